package matching

import (
	"context"
	"errors"
	"time"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/wait"
)

// DefaultRetryBudget is how long a Worker keeps retrying one step that
// fails in transport (WorkerConfig.RetryBudget's default).
const DefaultRetryBudget = 2 * time.Minute

// transient reports whether err is a failure to reach the node (a reset
// connection, a cut response, a timeout, a 5xx) rather than an answer from
// it: such a step may be retried, and its failure says nothing about the
// job. A revert, a bad argument or a decoding error is an answer.
func transient(err error) bool {
	var p permanent
	if errors.As(err, &p) {
		return false
	}
	return err != nil && !errors.Is(err, chain.ErrReverted) && chain.IsTransport(err)
}

// retry runs f until it succeeds, fails with an error that is not
// transient, ctx ends or the Worker's retry budget is spent, backing off
// between tries as WorkerConfig.Retry says. On a spent budget the error
// matches wait.ErrTimeout and carries the last transient error.
func retry[T any](ctx context.Context, w *Worker, what string, f func(context.Context) (T, error)) (T, error) {
	tries := 0
	return wait.Until(ctx, w.cfg.RetryBudget, w.cfg.Retry, what, func(ctx context.Context) (T, bool, error) {
		v, err := f(ctx)
		switch {
		case err == nil:
			return v, true, nil
		case transient(err):
			tries++
			w.log.Debug("matching worker: transient failure, retrying", "step", what, "try", tries, "err", err)
			return v, false, wait.Retry(err)
		default:
			return v, false, err
		}
	})
}

// retryErr is retry for steps without a value.
func retryErr(ctx context.Context, w *Worker, what string, f func(context.Context) error) error {
	_, err := retry(ctx, w, what, func(ctx context.Context) (struct{}, error) { return struct{}{}, f(ctx) })
	return err
}

// unreachable reports whether err ended a step because the node could not
// be reached (a spent retry budget, or a transient error as is).
func unreachable(err error) bool {
	return errors.Is(err, wait.ErrTimeout) || transient(err)
}
