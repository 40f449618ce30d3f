package escrow

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// poll calls check with exponential backoff between the Client's MinDelay
// and MaxDelay until it reports done, ctx ends or maxWait elapses. It
// returns ErrWaitTimeout (wrapped) on timeout and the context's error when
// ctx ends; errors from check end the wait.
func (c *Client) poll(ctx context.Context, maxWait time.Duration, what string, check func(context.Context) (bool, error)) error {
	if maxWait <= 0 {
		return &InputError{Field: "maxWait", Problem: fmt.Sprintf("%v is not positive", maxWait), Fix: "pass how long to wait at most, e.g. 2*time.Minute"}
	}
	wctx, cancel := context.WithTimeout(ctx, maxWait)
	defer cancel()
	deadline, _ := wctx.Deadline()
	delay := c.wait.MinDelay
	for {
		done, err := check(wctx)
		switch {
		// A read cut short by maxWait is a timeout, whether the context
		// already reports it or the transport's deadline fired first
		// ("i/o timeout").
		case err != nil && ctx.Err() == nil && (wctx.Err() != nil || !time.Now().Before(deadline)):
			return fmt.Errorf("%w after %v waiting for %s", ErrWaitTimeout, maxWait, what)
		case err != nil:
			return err
		case done:
			return nil
		}
		if err := sleep(wctx, delay); err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("escrow: waiting for %s: %w", what, ctx.Err())
			}
			return fmt.Errorf("%w after %v waiting for %s", ErrWaitTimeout, maxWait, what)
		}
		delay = min(2*delay, c.wait.MaxDelay)
	}
}

// WaitForState polls job id until it is in one of states and returns it.
// maxWait must be positive. On timeout it returns the last job read with an
// error wrapping ErrWaitTimeout. When the job reaches a terminal state
// (Finalized, Cancelled) that is not among states, waiting stops early with
// an error saying so. A job that does not exist yet is waited for.
func (c *Client) WaitForState(ctx context.Context, id *big.Int, maxWait time.Duration, states ...State) (Job, error) {
	if len(states) == 0 {
		return Job{}, &InputError{Field: "states", Problem: "is empty", Fix: "name at least one state to wait for"}
	}
	var last Job
	err := c.poll(ctx, maxWait, fmt.Sprintf("job %v to be %v", id, states), func(ctx context.Context) (bool, error) {
		j, err := c.Job(ctx, id)
		if errors.Is(err, ErrJobNotFound) {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		last = j
		if slices.Contains(states, j.State) {
			return true, nil
		}
		if j.State.Terminal() {
			return false, fmt.Errorf("escrow: job %v ended %s while waiting for %v", id, j.State, states)
		}
		return false, nil
	})
	return last, err
}

// WaitForCommittee polls until the committee of job id is drawn and
// returns it. maxWait must be positive. On timeout it returns the last
// committee read (empty) with an error wrapping ErrWaitTimeout.
//
// It does not trigger the draw, which someone must send once the head is
// past the round's selection block (Round.SelectionBlock), with that
// block's RLP header: Validator.SelectValidators does it, and anyone may.
// A draw sent after the selection block left the 256-block hash window
// re-arms the round with a new selection block instead, and the wait goes
// on; a round whose re-armed selection block expired too is never drawn,
// and the wait times out.
func (c *Client) WaitForCommittee(ctx context.Context, id *big.Int, maxWait time.Duration) ([]common.Address, error) {
	var last []common.Address
	err := c.poll(ctx, maxWait, fmt.Sprintf("the committee of job %v", id), func(ctx context.Context) (bool, error) {
		v, err := c.Committee(ctx, id)
		if err != nil {
			return false, err
		}
		last = v
		return len(v) > 0, nil
	})
	return last, err
}

// WaitForBlock polls until the chain's head is at least n and returns the
// head. maxWait must be positive. On chains that mine only on demand
// (anvil's automine, the embedded chain) something must produce blocks.
func (c *Client) WaitForBlock(ctx context.Context, n uint64, maxWait time.Duration) (uint64, error) {
	var head uint64
	err := c.poll(ctx, maxWait, fmt.Sprintf("block %d", n), func(ctx context.Context) (bool, error) {
		h, err := c.backend.BlockNumber(ctx)
		if err != nil {
			return false, err
		}
		head = h
		return h >= n, nil
	})
	return head, err
}
