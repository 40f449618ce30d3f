package retry_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/retry"
)

func TestZeroPolicyIsTheDefault(t *testing.T) {
	require.NoError(t, retry.Policy{}.Check("p"))
	require.Equal(t, retry.Policy{MaxAttempts: 5, MinBackoff: 100 * time.Millisecond, MaxBackoff: 2 * time.Second,
		AttemptTimeout: 15 * time.Second, Budget: 30 * time.Second}, retry.Policy{}.Resolved())
	// A MinBackoff above the default MaxBackoff raises it.
	require.Equal(t, 5*time.Second, retry.Policy{MinBackoff: 5 * time.Second}.Resolved().MaxBackoff)
	require.Equal(t, 1, retry.Policy{MaxAttempts: 1}.Resolved().MaxAttempts)
}

func TestCheckNamesEveryBadField(t *testing.T) {
	err := retry.Policy{MaxAttempts: -1, MinBackoff: -1, MaxBackoff: -1, AttemptTimeout: -1, Budget: -1}.Check("x.Retry")
	require.ErrorIs(t, err, input.ErrInvalid)
	var fields []string
	for _, e := range input.All(err) {
		fields = append(fields, e.Field)
	}
	require.ElementsMatch(t, []string{"x.Retry.MaxAttempts", "x.Retry.MinBackoff", "x.Retry.MaxBackoff", "x.Retry.AttemptTimeout", "x.Retry.Budget"}, fields)

	err = retry.Policy{MinBackoff: time.Second, MaxBackoff: time.Millisecond}.Check("x.Retry")
	require.ErrorContains(t, err, "x.Retry.MinBackoff")
	require.ErrorContains(t, err, "exceeds MaxBackoff")
}

// TestBackoffFullJitter: the wait before retry n lies in [0, min(Max,
// Min*2^(n-1))] and is spread over that range.
func TestBackoffFullJitter(t *testing.T) {
	p := retry.Policy{MinBackoff: 10 * time.Millisecond, MaxBackoff: 50 * time.Millisecond}
	for n, ceil := range map[int]time.Duration{1: 10 * time.Millisecond, 2: 20 * time.Millisecond, 3: 40 * time.Millisecond, 4: 50 * time.Millisecond, 40: 50 * time.Millisecond} {
		lo, hi := ceil, time.Duration(0)
		for range 2000 {
			d := p.Backoff(n)
			require.GreaterOrEqual(t, d, time.Duration(0))
			require.LessOrEqual(t, d, ceil, "retry %d", n)
			lo, hi = min(lo, d), max(hi, d)
		}
		require.Less(t, lo, ceil/10, "retry %d: no short waits drawn", n)
		require.Greater(t, hi, ceil*9/10, "retry %d: no long waits drawn", n)
	}
}
