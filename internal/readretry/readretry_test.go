package readretry

import (
	"context"
	"errors"
	"io"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/wait"
)

func TestDo(t *testing.T) {
	ctx := context.Background()
	calls := 0
	v, err := Do(ctx, func(context.Context) (int, error) {
		calls++
		if calls < 3 {
			return 0, io.ErrUnexpectedEOF // a body cut short
		}
		return 7, nil
	})
	require.NoError(t, err)
	require.Equal(t, 7, v)
	require.Equal(t, 3, calls)

	calls = 0
	answer := errors.New("execution reverted")
	_, err = Do(ctx, func(context.Context) (int, error) { calls++; return 0, answer })
	require.ErrorIs(t, err, answer)
	require.Equal(t, 1, calls, "an answer of the node is not retried")

	calls = 0
	began := time.Now()
	_, err = DoWithin(ctx, 300*time.Millisecond, func(context.Context) (int, error) { calls++; return 0, io.ErrUnexpectedEOF })
	require.ErrorIs(t, err, wait.ErrTimeout)
	require.ErrorIs(t, err, io.ErrUnexpectedEOF, "the last failure is the cause")
	require.Less(t, time.Since(began), time.Second, "the budget bounds the retries")
	require.GreaterOrEqual(t, calls, 3)

	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	calls = 0
	_, err = Do(cancelled, func(context.Context) (int, error) { calls++; return 0, io.ErrUnexpectedEOF })
	require.ErrorIs(t, err, context.Canceled)
	require.Equal(t, 1, calls, "no retry after the context ended")
}
