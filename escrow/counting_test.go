package escrow_test

import (
	"context"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/escrow"
)

// counting is a chain.Backend that counts the requests made through it: a
// JSON-RPC batch counts once (as "batch"), whatever its length, since it
// is one round trip.
type counting struct {
	chain.Backend
	mu    sync.Mutex
	calls map[string]int
	elems int // requests carried by batches
}

func newCounting(b chain.Backend) *counting { return &counting{Backend: b, calls: map[string]int{}} }

func (c *counting) add(m string) {
	c.mu.Lock()
	c.calls[m]++
	c.mu.Unlock()
}

// reads returns the number of round trips and resets the counts.
func (c *counting) reads() (int, string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, v := range c.calls {
		n += v
	}
	s := ""
	for _, k := range slices.Sorted(maps.Keys(c.calls)) {
		s += fmt.Sprintf("%s=%d ", k, c.calls[k])
	}
	c.calls, c.elems = map[string]int{}, 0
	return n, s
}

func (c *counting) CallContract(ctx context.Context, m ethereum.CallMsg, b *big.Int) ([]byte, error) {
	c.add("eth_call")
	return c.Backend.CallContract(ctx, m, b)
}

func (c *counting) CodeAt(ctx context.Context, a common.Address, b *big.Int) ([]byte, error) {
	c.add("eth_getCode")
	return c.Backend.CodeAt(ctx, a, b)
}

func (c *counting) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	c.add("eth_getBlockByNumber")
	return c.Backend.HeaderByNumber(ctx, n)
}

func (c *counting) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	c.add("eth_getTransactionCount")
	return c.Backend.PendingNonceAt(ctx, a)
}

func (c *counting) NonceAt(ctx context.Context, a common.Address, b *big.Int) (uint64, error) {
	c.add("eth_getTransactionCount")
	return c.Backend.NonceAt(ctx, a, b)
}

func (c *counting) BlockNumber(ctx context.Context) (uint64, error) {
	c.add("eth_blockNumber")
	return c.Backend.BlockNumber(ctx)
}

func (c *counting) ChainID(ctx context.Context) (*big.Int, error) {
	c.add("eth_chainId")
	return c.Backend.ChainID(ctx)
}

func (c *counting) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.add("eth_getLogs")
	return c.Backend.FilterLogs(ctx, q)
}

func (c *counting) BatchCallContext(ctx context.Context, elems []rpc.BatchElem) error {
	c.add("batch")
	c.mu.Lock()
	c.elems += len(elems)
	c.mu.Unlock()
	return c.Backend.(interface {
		BatchCallContext(context.Context, []rpc.BatchElem) error
	}).BatchCallContext(ctx, elems)
}

// countingClient returns an escrow Client of the fixture's protocol that
// reads through a counting backend, and the counter.
func (en *env) countingClient(cfg escrow.Config) (*escrow.Client, *counting) {
	en.t.Helper()
	cb := newCounting(en.Backend())
	cfg.Backend, cfg.Addresses, cfg.Store, cfg.ChainID = cb, en.c.Addresses(), en.Store(), en.ChainID()
	c, err := escrow.New(context.Background(), cfg)
	if err != nil {
		en.t.Fatal(err)
	}
	return c, cb
}
