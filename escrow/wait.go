package escrow

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/wait"
)

// JobEndedError is returned by WaitForState when the job reached a
// terminal state (Finalized, Cancelled) that was not among the states
// waited for: no transition leaves it, so waiting longer cannot help. It
// matches ErrJobEnded.
type JobEndedError struct {
	// Job is the job as last read, in its terminal State.
	Job Job
	// Want are the states that were waited for.
	Want []State
}

// Error reads "escrow: job 7 ended Cancelled while waiting for [Applied]".
func (e *JobEndedError) Error() string {
	if e == nil {
		return "<nil>"
	}
	return fmt.Sprintf("escrow: job %v ended %s while waiting for %v", e.Job.ID, e.Job.State, e.Want)
}

// Unwrap returns ErrJobEnded.
func (e *JobEndedError) Unwrap() error { return ErrJobEnded }

// WaitForState polls job id until it is in one of states and returns it,
// backing off as Config.Wait says. maxWait must be positive. On timeout it
// returns the last job read with a *wait.TimeoutError (errors.Is(err,
// wait.ErrTimeout)). When the job reaches a terminal state (Finalized,
// Cancelled) that is not among states, waiting stops at once with the job
// and a *JobEndedError (errors.Is(err, ErrJobEnded)). A job that does not
// exist yet is waited for. Each poll is one eth_call.
func (c *Client) WaitForState(ctx context.Context, id *big.Int, maxWait time.Duration, states ...State) (Job, error) {
	if c == nil || c.backend == nil {
		return Job{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	if err := uintArg("id", id, false, fixJobID); err != nil {
		return Job{}, err
	}
	if len(states) == 0 {
		return Job{}, input.New("states", "is empty", "name at least one state to wait for")
	}
	var last Job
	return wait.Until(ctx, maxWait, c.wait, fmt.Sprintf("job %v to be %v", id, states), func(ctx context.Context) (Job, bool, error) {
		j, err := c.Job(ctx, id)
		switch {
		case errors.Is(err, ErrJobNotFound):
			return last, false, nil
		case chain.IsTransport(err):
			// The node unreachable for longer than the retry policy's
			// budget does not end a wait of minutes: the next poll may get
			// through, and the error is the timeout's cause if none does.
			return last, false, wait.Retry(err)
		case err != nil:
			return last, false, err
		}
		last = j
		if slices.Contains(states, j.State) {
			return j, true, nil
		}
		if j.State.Terminal() {
			return j, false, &JobEndedError{Job: j, Want: slices.Clone(states)}
		}
		return j, false, nil
	})
}

// WaitForCommittee polls until the committee of job id is drawn and
// returns it. maxWait must be positive. On timeout it returns the last
// committee read (empty) with a *wait.TimeoutError.
//
// It does not trigger the draw, which someone must send once the head is
// past the round's selection block (Round.SelectionBlock), with that
// block's RLP header: Validator.SelectValidators does it, and anyone may.
// A draw sent after the selection block left the 256-block hash window
// re-arms the round with a new selection block instead, and the wait goes
// on; a round whose re-armed selection block expired too is never drawn,
// and the wait times out.
func (c *Client) WaitForCommittee(ctx context.Context, id *big.Int, maxWait time.Duration) ([]common.Address, error) {
	if c == nil || c.backend == nil {
		return nil, input.Unbuilt("escrow.Client", "escrow.New")
	}
	if err := uintArg("id", id, false, fixJobID); err != nil {
		return nil, err
	}
	return wait.Until(ctx, maxWait, c.wait, fmt.Sprintf("the committee of job %v", id), func(ctx context.Context) ([]common.Address, bool, error) {
		v, err := c.Committee(ctx, id)
		if chain.IsTransport(err) {
			return v, false, wait.Retry(err) // as in WaitForState
		}
		return v, err == nil && len(v) > 0, err
	})
}

// WaitForBlock polls until the chain's head is at least n and returns the
// head. maxWait must be positive; on timeout it returns the last head read
// with a *wait.TimeoutError. On chains that mine only on demand (anvil's
// automine, the embedded chain) something must produce blocks.
func (c *Client) WaitForBlock(ctx context.Context, n uint64, maxWait time.Duration) (uint64, error) {
	if c == nil || c.backend == nil {
		return 0, input.Unbuilt("escrow.Client", "escrow.New")
	}
	return wait.Until(ctx, maxWait, c.wait, fmt.Sprintf("block %d", n), func(ctx context.Context) (uint64, bool, error) {
		h, err := c.backend.BlockNumber(ctx)
		if err != nil {
			return 0, false, fmt.Errorf("escrow: read head: %w", err)
		}
		return h, h >= n, nil
	})
}

// inFlightMaxWait bounds PostJob's wait for the employer's transactions in
// flight: one still unmined after this long is stuck and needs a fee bump
// (the Manager's job), and posting again meanwhile could create a
// duplicate, so PostJob fails instead.
const inFlightMaxWait = 5 * time.Minute

// waitNoneInFlight polls until account's pending nonce equals its mined
// nonce: no transaction of the account is waiting to be mined. It gives up
// after inFlightMaxWait with a *wait.TimeoutError.
func (c *Client) waitNoneInFlight(ctx context.Context, account common.Address) error {
	what := "the in-flight transactions of " + account.Hex() + " to be mined"
	_, err := wait.Until(ctx, inFlightMaxWait, c.wait, what, func(ctx context.Context) (struct{}, bool, error) {
		pending, err := c.backend.PendingNonceAt(ctx, account)
		if err != nil {
			return struct{}{}, false, fmt.Errorf("escrow: read pending nonce: %w", err)
		}
		mined, err := c.backend.NonceAt(ctx, account, nil)
		if err != nil {
			return struct{}{}, false, fmt.Errorf("escrow: read nonce: %w", err)
		}
		if pending > mined {
			c.log.Debug("escrow: waiting for in-flight transactions", "account", account, "pending", pending, "mined", mined)
		}
		return struct{}{}, pending <= mined, nil
	})
	return err
}

// waitPast polls until the head is past block n, for at most maxWait (a
// maxWait already spent still checks once).
func (c *Client) waitPast(ctx context.Context, n uint64, maxWait time.Duration, what string) error {
	what = fmt.Sprintf("the head to pass %s, block %d (on a chain that mines on demand, mine up to block %d)", what, n, n+1)
	_, err := wait.Until(ctx, max(maxWait, time.Nanosecond), c.wait, what, func(ctx context.Context) (uint64, bool, error) {
		head, err := c.backend.BlockNumber(ctx)
		if err != nil {
			return 0, false, fmt.Errorf("escrow: read head: %w", err)
		}
		return head, head > n, nil
	})
	return err
}
