package wait_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/wait"
)

var fast = wait.Backoff{MinDelay: time.Millisecond, MaxDelay: 4 * time.Millisecond}

func TestUntilDone(t *testing.T) {
	n := 0
	v, err := wait.Until(context.Background(), time.Minute, fast, "n to reach 3", func(context.Context) (int, bool, error) {
		n++
		return n, n == 3, nil
	})
	require.NoError(t, err)
	require.Equal(t, 3, v)
}

func TestUntilRejectsNoBound(t *testing.T) {
	for _, d := range []time.Duration{0, -time.Second} {
		_, err := wait.Until(context.Background(), d, fast, "x", func(context.Context) (int, bool, error) {
			t.Fatal("check called without a bound")
			return 0, false, nil
		})
		var fe *input.Error
		require.ErrorAs(t, err, &fe)
		require.Equal(t, "maxWait", fe.Field)
	}
}

func TestUntilTimeoutKeepsLastValueAndCause(t *testing.T) {
	flaky := errors.New("node said 502")
	n := 0
	v, err := wait.Until(context.Background(), 30*time.Millisecond, fast, "never", func(context.Context) (int, bool, error) {
		n++
		if n%2 == 0 {
			return n, false, wait.Retry(flaky)
		}
		return n, false, nil
	})
	require.ErrorIs(t, err, wait.ErrTimeout)
	var te *wait.TimeoutError
	require.ErrorAs(t, err, &te)
	require.Equal(t, n, v, "the last value read comes back with the timeout")
	require.Equal(t, n, te.Attempts)
	require.Equal(t, "never", te.What)
	require.GreaterOrEqual(t, n, 2)
	require.ErrorIs(t, err, flaky, "the last transient error is the cause")
	require.Contains(t, err.Error(), "node said 502")
}

func TestUntilPermanentErrorEndsWait(t *testing.T) {
	boom := errors.New("method not found")
	n := 0
	_, err := wait.Until(context.Background(), time.Minute, fast, "x", func(context.Context) (int, bool, error) {
		n++
		return n, false, boom
	})
	require.Equal(t, boom, err)
	require.Equal(t, 1, n, "a permanent error is not retried")
	require.NotErrorIs(t, err, wait.ErrTimeout)
}

func TestUntilContextEndsIsNotTimeout(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	_, err := wait.Until(ctx, time.Minute, fast, "x", func(context.Context) (int, bool, error) {
		cancel()
		return 0, false, nil
	})
	require.ErrorIs(t, err, context.Canceled)
	require.NotErrorIs(t, err, wait.ErrTimeout)
}

func TestUntilCheckCutShortByDeadlineIsTimeout(t *testing.T) {
	_, err := wait.Until(context.Background(), 20*time.Millisecond, fast, "slow read", func(ctx context.Context) (int, bool, error) {
		<-ctx.Done()
		return 0, false, ctx.Err()
	})
	require.ErrorIs(t, err, wait.ErrTimeout)
	require.ErrorIs(t, err, context.DeadlineExceeded)
}

func TestBackoffCheck(t *testing.T) {
	require.NoError(t, wait.Backoff{}.Check("cfg.Wait"))
	err := wait.Backoff{MinDelay: time.Second, MaxDelay: time.Millisecond}.Check("cfg.Wait")
	var fe *input.Error
	require.ErrorAs(t, err, &fe)
	require.Equal(t, "cfg.Wait", fe.Field)
}

// TestBackoffDelay: MinDelay after the first try, doubling, capped at
// MaxDelay; zero fields take the defaults.
func TestBackoffDelay(t *testing.T) {
	b := wait.Backoff{MinDelay: time.Second, MaxDelay: 5 * time.Second}
	var got []time.Duration
	for n := 1; n <= 5; n++ {
		got = append(got, b.Delay(n))
	}
	require.Equal(t, []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 5 * time.Second, 5 * time.Second}, got)
	require.Equal(t, wait.DefaultMinDelay, wait.Backoff{}.Delay(1))
	require.Equal(t, wait.DefaultMaxDelay, wait.Backoff{}.Delay(100))
}

// TestUntilParentDeadlineIsNotATimeout: a caller's context that ends
// before maxWait ends the wait with the context's error, not with a
// TimeoutError claiming maxWait elapsed.
func TestUntilParentDeadlineIsNotATimeout(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, err := wait.Until(ctx, time.Minute, fast, "never", func(context.Context) (int, bool, error) {
		return 0, false, nil
	})
	require.ErrorIs(t, err, context.DeadlineExceeded)
	require.NotErrorIs(t, err, wait.ErrTimeout)
}
