package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain/internal/testcontract"
)

// emitPings deploys an Emitter and emits n events per transaction, txs times.
func emitPings(t testing.TB, ctx context.Context, m *Manager, txs, n int) common.Address {
	t.Helper()
	addr := deployEmitter(t, ctx, m)
	em := testcontract.NewEmitter()
	var ps []*Pending
	for i := range txs {
		p, err := m.SendAsync(ctx, TxCandidate{To: &addr, Data: em.PackPing(big.NewInt(int64(n)), "ipfs://bafkreiexample"), GasLimit: uint64(30_000 + n*6_000), Label: fmt.Sprintf("ping %d", i)})
		require.NoError(t, err)
		ps = append(ps, p)
	}
	_, err := WaitAll(ctx, ps)
	require.NoError(t, err)
	return addr
}

// cappedReader fails like a hosted provider when a request spans too many
// blocks, and counts requests.
type cappedReader struct {
	LogReader
	maxRange uint64
	calls    atomic.Int64
	refused  atomic.Int64
}

func (c *cappedReader) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.calls.Add(1)
	if q.ToBlock.Uint64()-q.FromBlock.Uint64()+1 > c.maxRange {
		c.refused.Add(1)
		return nil, errors.New("query returned more than 10000 results. Try with this block range [0x1, 0x2]")
	}
	return c.LogReader.FilterLogs(ctx, q)
}

func TestEventsPagesAdaptively(t *testing.T) { forEachNet(t, testEventsPagesAdaptively) }

func testEventsPagesAdaptively(t *testing.T, net testNet) {
	ctx := context.Background()
	m := newManager(t, net.backend, net.account(0), nil)
	addr := emitPings(t, ctx, m, 30, 20) // 600 events in 30 blocks
	em := testcontract.NewEmitter()

	r := &cappedReader{LogReader: net.backend, maxRange: 4}
	var ids []int64
	for ev, err := range Events(ctx, r, LogQuery{Addresses: []common.Address{addr}, ChunkSize: 64}, em.UnpackPingEvent) {
		require.NoError(t, err)
		ids = append(ids, ev.Id.Int64())
		require.Equal(t, "ipfs://bafkreiexample", ev.Uri)
	}
	require.Len(t, ids, 600)
	for i, id := range ids {
		require.Equal(t, int64(i+1), id)
	}
	require.Positive(t, r.refused.Load(), "the range was never halved")

	// Early stop releases the pager.
	n := 0
	for _, err := range Events(ctx, net.backend, LogQuery{Addresses: []common.Address{addr}, ChunkSize: 1}, em.UnpackPingEvent) {
		require.NoError(t, err)
		if n++; n == 5 {
			break
		}
	}
	require.Equal(t, 5, n)

	// Decode errors are yielded per log, the stream goes on.
	bad := 0
	for _, err := range Events(ctx, net.backend, LogQuery{Addresses: []common.Address{addr}}, func(l *types.Log) (uint64, error) {
		if l.Index%2 == 0 {
			return 0, errors.New("nope")
		}
		return l.BlockNumber, nil
	}) {
		if err != nil {
			bad++
		}
	}
	require.Equal(t, 300, bad)

	// Non-retryable errors end the stream with the error.
	var got error
	for _, err := range Logs(ctx, &cappedReader{LogReader: net.backend, maxRange: 0}, LogQuery{FromBlock: 5, ToBlock: 5}) {
		got = err
	}
	require.Error(t, got)
}

func TestFollowEmitsRemovalsOnReorg(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	chain := newChain(t, EmbeddedConfig{})
	m := newManager(t, chain.Backend(), chain.Account(0), nil)
	addr := deployEmitter(t, ctx, m)
	em := testcontract.NewEmitter()

	events := make(chan Event[*testcontract.EmitterPing], 100)
	go func() {
		defer close(events)
		for ev, err := range Follow(ctx, chain.Backend(), FollowQuery{Addresses: []common.Address{addr}, PollInterval: 5 * time.Millisecond}, em.UnpackPingEvent) {
			if err != nil {
				continue
			}
			events <- ev
		}
	}()
	next := func() Event[*testcontract.EmitterPing] {
		select {
		case ev := <-events:
			return ev
		case <-time.After(10 * time.Second):
			t.Fatal("no event")
		}
		panic("unreachable")
	}

	r1, err := m.Send(ctx, TxCandidate{To: &addr, Data: em.PackPing(big.NewInt(1), "a"), Label: "ping a"})
	require.NoError(t, err)
	ev := next()
	require.False(t, ev.Removed)
	require.Equal(t, r1.BlockHash, ev.Log.BlockHash)
	require.Equal(t, int64(1), ev.Value.Id.Int64())
	require.Equal(t, Cursor{Block: ev.Log.BlockNumber, LogIndex: ev.Log.Index}, ev.Cursor)
	cursorA := ev.Cursor

	r2, err := m.Send(ctx, TxCandidate{To: &addr, Data: em.PackPing(big.NewInt(1), "b"), Label: "ping b"})
	require.NoError(t, err)
	ev = next()
	require.Equal(t, r2.BlockHash, ev.Log.BlockHash)
	require.Equal(t, "b", ev.Value.Uri)

	// Reorg: fork from the parent of the block with "b" and grow the side
	// chain past the old head.
	parent, err := chain.Backend().HeaderByNumber(ctx, new(big.Int).Sub(r2.BlockNumber, big.NewInt(1)))
	require.NoError(t, err)
	require.NoError(t, chain.Fork(parent.Hash()))
	chain.Commit()
	chain.Commit()
	chain.Commit()

	ev = next()
	require.True(t, ev.Removed, "expected the removal of b")
	require.True(t, ev.Log.Removed)
	require.Equal(t, r2.BlockHash, ev.Log.BlockHash)
	require.Equal(t, "b", ev.Value.Uri)
	require.Equal(t, cursorA, ev.Cursor, "after the removal the stream stands after a again")

	// If the pool put b back into the new chain, it is delivered again from
	// its new block.
	select {
	case ev = <-events:
		require.False(t, ev.Removed)
		require.NotEqual(t, r2.BlockHash, ev.Log.BlockHash)
	case <-time.After(300 * time.Millisecond):
	}
	// "a" was never removed.
	cancel()
	for ev := range events {
		require.NotEqual(t, r1.BlockHash, ev.Log.BlockHash)
	}
}

func TestFollowWaitsForConfirmations(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	chain := newChain(t, EmbeddedConfig{})
	m := newManager(t, chain.Backend(), chain.Account(0), nil)
	addr := deployEmitter(t, ctx, m)
	em := testcontract.NewEmitter()
	_, err := m.Send(ctx, TxCandidate{To: &addr, Data: em.PackPing(big.NewInt(2), "c"), Label: "ping c"})
	require.NoError(t, err)

	got := make(chan Event[*testcontract.EmitterPing], 10)
	go func() {
		for ev, err := range Follow(ctx, chain.Backend(), FollowQuery{Addresses: []common.Address{addr}, Confirmations: 3, PollInterval: 5 * time.Millisecond}, em.UnpackPingEvent) {
			if err == nil {
				got <- ev
			}
		}
	}()
	select {
	case <-got:
		t.Fatal("delivered before 3 confirmations")
	case <-time.After(100 * time.Millisecond):
	}
	chain.Commit()
	chain.Commit()
	for range 2 {
		select {
		case ev := <-got:
			require.Equal(t, "c", ev.Value.Uri)
		case <-time.After(5 * time.Second):
			t.Fatal("not delivered after 3 confirmations")
		}
	}
}

// A Follow resumed after the Cursor of any event delivers exactly the
// events after it, whether the cursor is the last log of its block or in
// the middle of one.
func TestFollowResumesAfterCursor(t *testing.T) {
	ctx := context.Background()
	chain := newChain(t, EmbeddedConfig{})
	m := newManager(t, chain.Backend(), chain.Account(0), nil)
	addr := emitPings(t, ctx, m, 3, 20) // 60 events, 20 per block
	em := testcontract.NewEmitter()

	collect := func(after *Cursor, n int) []Event[*testcontract.EmitterPing] {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		var out []Event[*testcontract.EmitterPing]
		q := FollowQuery{Addresses: []common.Address{addr}, After: after, PollInterval: 5 * time.Millisecond}
		extra := time.AfterFunc(10*time.Second, cancel)
		defer extra.Stop()
		if n == 0 {
			time.AfterFunc(100*time.Millisecond, cancel)
		}
		for ev, err := range Follow(ctx, chain.Backend(), q, em.UnpackPingEvent) {
			require.NoError(t, err)
			out = append(out, ev)
			if len(out) == n {
				// Wait a few polls: nothing more may come.
				time.AfterFunc(50*time.Millisecond, cancel)
			}
		}
		return out
	}
	all := collect(nil, 60)
	require.Len(t, all, 60)
	for i, ev := range all {
		require.Equal(t, int64(i+1), ev.Value.Id.Int64())
		require.Equal(t, Cursor{Block: ev.Log.BlockNumber, LogIndex: ev.Log.Index}, ev.Cursor)
	}
	require.Equal(t, all[0].Log.BlockNumber, all[19].Log.BlockNumber, "20 events per block")
	for _, k := range []int{0, 7, 19, 20, 45, 59} {
		after := all[k].Cursor
		got := collect(&after, 59-k)
		require.Len(t, got, 59-k, "resumed after %v", after)
		for i, ev := range got {
			require.Equal(t, all[k+1+i].Log, ev.Log, "resumed after %v", after)
		}
	}
}
