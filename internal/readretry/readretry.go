// Package readretry repeats an idempotent read whose failure was the
// transport's (a reset connection, a body cut short, a timeout, a 5xx),
// never one the node answered (a revert, a bad argument), within a time
// budget, on the SDK's one poller (package wait). The deployment reads
// through it: a failed read there must never be taken for an answer ("no
// code", "not applied"), and a run must not end on one dropped response.
package readretry

import (
	"context"
	"errors"
	"time"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/wait"
)

// Budget is how long Do keeps retrying one read; the HTTP transport's own
// retries of connection errors and 5xx answers happen within each try.
const Budget = time.Minute

// Do calls f until it succeeds, fails with an error that is not the
// transport's (chain.IsTransport, and not a revert), ctx ends or Budget is
// spent, waiting between tries as the zero wait.Backoff does (50ms
// doubling to 2s). A spent budget returns a *wait.TimeoutError whose cause
// is the last failure.
func Do[T any](ctx context.Context, f func(context.Context) (T, error)) (T, error) {
	return DoWithin(ctx, Budget, f)
}

// DoWithin is Do with another budget.
func DoWithin[T any](ctx context.Context, budget time.Duration, f func(context.Context) (T, error)) (T, error) {
	return wait.Until(ctx, budget, wait.Backoff{}, "a read to get through", func(ctx context.Context) (T, bool, error) {
		v, err := f(ctx)
		switch {
		case err == nil:
			return v, true, nil
		case chain.IsTransport(err) && !errors.Is(err, chain.ErrReverted):
			return v, false, wait.Retry(err)
		}
		return v, false, err
	})
}
