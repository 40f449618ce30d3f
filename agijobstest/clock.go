package agijobstest

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/input"
)

// Clock drives the blocks and the clock of a dev chain. An Env is one;
// NodeClock makes one for a dev node a program reaches on its own.
type Clock interface {
	// Mine mines n blocks (empty unless transactions are pending).
	Mine(ctx context.Context, n int) error
	// AdvanceTime moves the chain's clock forward by d and mines a block
	// carrying the new time.
	AdvanceTime(ctx context.Context, d time.Duration) error
}

var (
	_ Clock = (*Env)(nil)
	_ Clock = embeddedClock{}
	_ Clock = nodeClock{}
)

type embeddedClock struct{ c *chain.Embedded }

func (k embeddedClock) Mine(ctx context.Context, n int) error {
	for range n {
		if err := ctx.Err(); err != nil {
			return err
		}
		k.c.Commit()
	}
	return nil
}

func (k embeddedClock) AdvanceTime(ctx context.Context, d time.Duration) error {
	return k.c.AdvanceTime(ctx, d)
}

// NodeClock returns the Clock of a dev node (anvil, hardhat) reached
// through rc, such as (*chain.Conn).RPC(): Mine calls evm_mine, and
// AdvanceTime reads the head block's time, sets the next block's to it
// plus d rounded up to whole seconds (evm_setNextBlockTimestamp), then
// calls evm_mine.
//
// The time is set, not added (evm_increaseTime adds to an offset the node
// keeps): when evm_mine fails in transport and the caller tries again,
// the second try sets the same time instead of moving the clock forward
// twice, which would skip a whole phase of a job, such as its reveal
// window.
func NodeClock(rc *rpc.Client) Clock { return nodeClock{rc} }

type nodeClock struct{ rc *rpc.Client }

func (k nodeClock) Mine(ctx context.Context, n int) error {
	for range n {
		if err := k.rc.CallContext(ctx, nil, "evm_mine"); err != nil {
			return fmt.Errorf("evm_mine: %w", err)
		}
	}
	return nil
}

func (k nodeClock) AdvanceTime(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return fmt.Errorf("advance time: duration %v must be positive", d)
	}
	secs := uint64((d + time.Second - 1) / time.Second)
	head, err := ethclient.NewClient(k.rc).HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("advance time: read the head block: %w", err)
	}
	if err := k.rc.CallContext(ctx, nil, "evm_setNextBlockTimestamp", hexutil.Uint64(head.Time+secs)); err != nil {
		return fmt.Errorf("evm_setNextBlockTimestamp: %w", err)
	}
	return k.Mine(ctx, 1)
}

// Mine mines n blocks: on the embedded chain, which mines only when asked
// (or on WithBlockInterval's ticks), this is how a test reaches a block
// such as a round's selection block.
func (e *Env) Mine(ctx context.Context, n int) error {
	if e == nil || e.backend == nil {
		return input.Unbuilt("agijobstest.Env", "agijobstest.Start or agijobstest.New")
	}
	return e.clock.Mine(ctx, n)
}

// AdvanceTime moves the chain's clock forward by d and mines a block, so
// that contracts see block.timestamp move by d: past a commit deadline, an
// unbonding period or a job's deadline.
func (e *Env) AdvanceTime(ctx context.Context, d time.Duration) error {
	if e == nil || e.backend == nil {
		return input.Unbuilt("agijobstest.Env", "agijobstest.Start or agijobstest.New")
	}
	return e.clock.AdvanceTime(ctx, d)
}

// MinePast mines until the head is past block n; it does nothing when it
// already is.
func (e *Env) MinePast(ctx context.Context, n uint64) error {
	if e == nil || e.backend == nil {
		return input.Unbuilt("agijobstest.Env", "agijobstest.Start or agijobstest.New")
	}
	head, err := e.backend.BlockNumber(ctx)
	if err != nil || head > n {
		return err
	}
	return e.Mine(ctx, int(n-head+1))
}

// AdvancePast moves the chain's clock past t (a deadline read from the
// chain); it does nothing when the head block is already later.
func (e *Env) AdvancePast(ctx context.Context, t time.Time) error {
	if e == nil || e.backend == nil {
		return input.Unbuilt("agijobstest.Env", "agijobstest.Start or agijobstest.New")
	}
	now, err := e.Now(ctx)
	if err != nil || now.After(t) {
		return err
	}
	return e.AdvanceTime(ctx, t.Sub(now)+time.Second)
}

// Now returns the time of the head block: the clock contracts see, which
// AdvanceTime moves away from the wall clock.
func (e *Env) Now(ctx context.Context) (time.Time, error) {
	if e == nil || e.backend == nil {
		return time.Time{}, input.Unbuilt("agijobstest.Env", "agijobstest.Start or agijobstest.New")
	}
	h, err := e.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, err
	}
	return time.Unix(int64(h.Time), 0), nil
}
