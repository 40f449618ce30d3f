package chain

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/input"
)

// HeaderReader reads block headers; nil reads the head. *ethclient.Client,
// *Conn and the embedded chain's backend implement it.
type HeaderReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// BlockAtTime returns the number of the first block whose timestamp is at
// or after t: the block where a window of chain time that starts at t
// begins. When the head is older than t it returns the head's number plus
// one (the next block will be the first); when t is at or before the
// genesis block's time it returns 0.
//
// It binary-searches the header timestamps, which consensus keeps from
// going backwards, so it holds on chains whose block times vary or jump
// (a halted L2, a dev chain's time travel): 1 read for the head plus at
// most ceil(log2(head+1)) header reads.
func BlockAtTime(ctx context.Context, r HeaderReader, t time.Time) (uint64, error) {
	if r == nil {
		return 0, input.New("chain.BlockAtTime: r", "is nil", "pass the chain's Backend")
	}
	head, err := r.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("chain: read the head block: %w", err)
	}
	target := t.Unix()
	if int64(head.Time) < target {
		return head.Number.Uint64() + 1, nil
	}
	// Invariant: the answer lies in [lo, hi], and block hi is at or after t.
	lo, hi := uint64(0), head.Number.Uint64()
	for lo < hi {
		mid := lo + (hi-lo)/2
		h, err := r.HeaderByNumber(ctx, new(big.Int).SetUint64(mid))
		if err != nil {
			return 0, fmt.Errorf("chain: read block %d: %w", mid, err)
		}
		if int64(h.Time) >= target {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}
