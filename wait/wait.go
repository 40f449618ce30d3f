// Package wait is the SDK's one way to poll: every waiter of the SDK
// (receipts, job states, committees, blocks, pins, in-flight transactions)
// is built on Until, so each takes a required maximum wait, backs off
// exponentially, returns the last value it read and, on timeout, an error
// that matches ErrTimeout and carries the cause.
//
//	j, err := wait.Until(ctx, 2*time.Minute, wait.Backoff{}, "job 7 to be Finalized",
//		func(ctx context.Context) (escrow.Job, bool, error) { ... })
//	if errors.Is(err, wait.ErrTimeout) { /* j is the last job read */ }
//
// A check ends the wait by returning an error, unless it marks the error
// as transient with Retry: the wait then goes on, and the error becomes
// the timeout's Cause if the wait runs out.
package wait

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/agijobs/agijobs-go/input"
)

// ErrTimeout is matched by every timeout of the SDK's waiters
// (errors.Is(err, wait.ErrTimeout)), whatever the package.
var ErrTimeout = errors.New("wait: timed out")

// TimeoutError is returned when maxWait elapsed before the condition held.
// It matches ErrTimeout and unwraps to its Cause.
type TimeoutError struct {
	// What is the condition that was waited for, e.g. "job 7 to be Finalized".
	What string
	// MaxWait is the wait that elapsed.
	MaxWait time.Duration
	// Attempts is how many times the condition was checked.
	Attempts int
	// Cause is the last transient error a check returned (see Retry), or
	// the error of a check cut short by the deadline; nil when every check
	// succeeded and the condition simply did not hold.
	Cause error
}

// Error reads "timed out after 2m0s waiting for job 7 to be Finalized
// (12 checks; last error: ...)".
func (e *TimeoutError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := fmt.Sprintf("timed out after %v waiting for %s (%d checks", e.MaxWait, e.What, e.Attempts)
	if e.Cause != nil {
		return s + "; last error: " + e.Cause.Error() + ")"
	}
	return s + ")"
}

// Unwrap returns ErrTimeout and the cause.
func (e *TimeoutError) Unwrap() []error {
	if e == nil {
		return nil
	}
	if e.Cause == nil {
		return []error{ErrTimeout}
	}
	return []error{ErrTimeout, e.Cause}
}

// Backoff is the delay between checks: it starts at MinDelay and doubles
// up to MaxDelay. The zero value means 50ms to 2s.
type Backoff struct {
	// MinDelay is the first delay; 0 means 50ms.
	MinDelay time.Duration
	// MaxDelay caps the growing delay; 0 means 2s.
	MaxDelay time.Duration
}

// Delay is the wait after the n-th failed try (n from 1): MinDelay
// doubled n-1 times, at most MaxDelay. A zero field takes its default.
func (b Backoff) Delay(n int) time.Duration {
	b = b.withDefaults()
	d := b.MinDelay
	for i := 1; i < n && d < b.MaxDelay; i++ {
		d *= 2
	}
	return min(d, b.MaxDelay)
}

// DefaultMinDelay and DefaultMaxDelay are what a zero Backoff uses.
const (
	DefaultMinDelay = 50 * time.Millisecond
	DefaultMaxDelay = 2 * time.Second
)

// Check reports a Backoff with negative delays or MinDelay above MaxDelay
// as an *input.Error naming field (the caller's path to the Backoff).
func (b Backoff) Check(field string) error {
	if b.MinDelay < 0 || b.MaxDelay < 0 || (b.MaxDelay > 0 && b.MinDelay > b.MaxDelay) {
		return input.New(field, fmt.Sprintf("has MinDelay %v and MaxDelay %v", b.MinDelay, b.MaxDelay),
			"use positive delays with MinDelay <= MaxDelay, or 0 for the defaults")
	}
	return nil
}

func (b Backoff) withDefaults() Backoff {
	if b.MinDelay <= 0 {
		b.MinDelay = DefaultMinDelay
	}
	if b.MaxDelay <= 0 {
		b.MaxDelay = max(DefaultMaxDelay, b.MinDelay)
	}
	return b
}

type transient struct{ err error }

func (t transient) Error() string { return t.err.Error() }
func (t transient) Unwrap() error { return t.err }

// Retry marks err as transient: a check that returns it does not end the
// wait, and err becomes the TimeoutError's Cause if the wait runs out.
// Retry(nil) is nil.
func Retry(err error) error {
	if err == nil {
		return nil
	}
	return transient{err}
}

// Until calls check until it reports done, returns an error that is not
// marked with Retry, ctx ends or maxWait elapses, sleeping b between
// calls. It always returns the last value check produced.
//
//   - done: the value and nil.
//   - check fails with an error not marked by Retry: the value and that
//     error, as is.
//   - maxWait elapses: the value and a *TimeoutError.
//   - ctx ends first: the value and an error wrapping ctx.Err().
//
// maxWait must be positive: a wait without a bound is a bug waiting for a
// stuck chain, so it is rejected as an *input.Error on field "maxWait".
// check gets a context that ends at the deadline; an error from a check
// that the deadline cut short counts as a timeout, not as a failure.
func Until[T any](ctx context.Context, maxWait time.Duration, b Backoff, what string, check func(context.Context) (T, bool, error)) (T, error) {
	var last T
	if maxWait <= 0 {
		return last, input.New("maxWait", fmt.Sprintf("%v is not positive", maxWait), "pass how long to wait at most, e.g. 2*time.Minute")
	}
	b = b.withDefaults()
	// The deadline is maxWait's own: a parent context that ends earlier
	// ends the wait with its error, not with a timeout of maxWait.
	deadline := time.Now().Add(maxWait)
	wctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	timeout := &TimeoutError{What: what, MaxWait: maxWait}
	for {
		v, done, err := check(wctx)
		timeout.Attempts++
		last = v
		var t transient
		switch {
		case err == nil && done:
			return last, nil
		case errors.As(err, &t):
			timeout.Cause = t.err
		case err != nil && ctx.Err() == nil && (wctx.Err() != nil || !time.Now().Before(deadline)):
			// A read cut short by maxWait is a timeout, whether the
			// context already reports it or the transport's own deadline
			// fired first ("i/o timeout").
			timeout.Cause = err
			return last, timeout
		case err != nil:
			return last, err
		}
		t2 := time.NewTimer(min(b.Delay(timeout.Attempts), max(time.Until(deadline), 0)))
		select {
		case <-t2.C:
		case <-wctx.Done():
			t2.Stop()
			if ctx.Err() != nil {
				return last, fmt.Errorf("waiting for %s: %w", what, ctx.Err())
			}
			return last, timeout
		}
		if ctx.Err() != nil {
			return last, fmt.Errorf("waiting for %s: %w", what, ctx.Err())
		}
		if !time.Now().Before(deadline) {
			return last, timeout
		}
	}
}
