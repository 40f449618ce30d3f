// Package readretry repeats an idempotent read whose failure was the
// transport's (a reset connection, a body cut short, a 5xx), never one the
// node answered (a revert, a bad argument). It is the deployment's stopgap
// until the SDK has one retry policy at one layer: a failed read there
// must never be taken for an answer ("no code", "not set"), and a run must
// not end on one dropped response.
package readretry

import (
	"context"
	"math/rand/v2"
	"time"

	"github.com/agijobs/agijobs-go/chain"
)

// Attempts is how many times Do calls f at most. With the HTTP layer's own
// retries of connection errors and 5xx answers below it, a read fails only
// when this many responses in a row were lost after the request was sent.
const Attempts = 6

// Do calls f until it succeeds, fails with an error that is not the
// transport's (chain.IsTransport), Attempts calls were made or ctx ends.
// Waits double from 100ms up to 2s, each shortened by up to a half at
// random so that clients that failed together do not retry together.
func Do[T any](ctx context.Context, f func(context.Context) (T, error)) (T, error) {
	wait := 100 * time.Millisecond
	for attempt := 1; ; attempt++ {
		v, err := f(ctx)
		if err == nil || attempt == Attempts || !chain.IsTransport(err) || ctx.Err() != nil {
			return v, err
		}
		d := wait - time.Duration(rand.Int64N(int64(wait/2)))
		select {
		case <-ctx.Done():
			return v, err
		case <-time.After(d):
		}
		wait = min(2*wait, 2*time.Second)
	}
}
