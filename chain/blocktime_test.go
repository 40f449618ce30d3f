package chain

import (
	"context"
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"
)

// countingHeaders counts the header reads of BlockAtTime.
type countingHeaders struct {
	HeaderReader
	n int
}

func (c *countingHeaders) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	c.n++
	return c.HeaderReader.HeaderByNumber(ctx, n)
}

// TestBlockAtTime checks BlockAtTime against a linear scan on an embedded
// chain whose clock jumps (an hour, then ten days) between runs of
// blocks, for every block time, the seconds around it, and times before
// genesis and after the head, within the O(log n) read bound.
func TestBlockAtTime(t *testing.T) {
	ctx := context.Background()
	e, err := NewEmbedded(EmbeddedConfig{Accounts: 1})
	require.NoError(t, err)
	defer e.Close()
	mine := func(n int) {
		for range n {
			e.Commit()
		}
	}
	mine(20)
	require.NoError(t, e.AdvanceTime(ctx, time.Hour))
	mine(30)
	require.NoError(t, e.AdvanceTime(ctx, 10*24*time.Hour))
	mine(25)
	b := e.Backend()
	head, err := b.BlockNumber(ctx)
	require.NoError(t, err)
	times := make([]int64, head+1)
	for i := range times {
		h, err := b.HeaderByNumber(ctx, big.NewInt(int64(i)))
		require.NoError(t, err)
		times[i] = int64(h.Time)
		if i > 0 {
			require.GreaterOrEqual(t, times[i], times[i-1])
		}
	}
	require.Greater(t, times[head]-times[0], int64(10*24*3600), "the clock jumped")
	linear := func(target int64) uint64 {
		for i, ts := range times {
			if ts >= target {
				return uint64(i)
			}
		}
		return head + 1
	}
	bound := 1 + int(math.Ceil(math.Log2(float64(head+1))))
	var targets []int64
	for _, ts := range times {
		targets = append(targets, ts-1, ts, ts+1)
	}
	targets = append(targets, 0, times[0]-3600, times[head]+1, times[head]+86400)
	for _, target := range targets {
		c := &countingHeaders{HeaderReader: b}
		got, err := BlockAtTime(ctx, c, time.Unix(target, 0))
		require.NoError(t, err)
		require.Equal(t, linear(target), got, "target %d", target)
		require.LessOrEqual(t, c.n, bound, "reads for target %d", target)
	}
}
