package chain

import (
	"context"
	"encoding/json"
	"errors"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"
)

// memLogs is a node that holds logs in memory: FilterLogs answers by block
// range, like a node, and counts requests.
type memLogs struct {
	logs  []types.Log // in chain order
	head  uint64
	calls atomic.Int64
	// failAt, when fail is positive, makes the next fail requests that
	// cover block failAt fail with a node error.
	failAt uint64
	fail   atomic.Int64
}

func (m *memLogs) BlockNumber(context.Context) (uint64, error) { return m.head, nil }

func (m *memLogs) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	m.calls.Add(1)
	from, to := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	if from <= m.failAt && m.failAt <= to && m.fail.Add(-1) >= 0 {
		return nil, errors.New("header not found")
	}
	var out []types.Log
	for _, l := range m.logs {
		if l.BlockNumber >= from && l.BlockNumber <= to {
			out = append(out, l)
		}
	}
	return out, ctx.Err()
}

// newMemLogs spreads logs over blocks 1..head: perBlock[i] logs in block
// i+1, indexed from 0 in each block and numbered in TxIndex for checks.
func newMemLogs(perBlock ...int) *memLogs {
	m := &memLogs{head: uint64(len(perBlock))}
	n := 0
	for i, k := range perBlock {
		for j := range k {
			m.logs = append(m.logs, types.Log{BlockNumber: uint64(i + 1), Index: uint(j), TxIndex: uint(n),
				BlockHash: common.BytesToHash([]byte{byte(i + 1)})})
			n++
		}
	}
	return m
}

// drain pages p to the end and checks the cursor after each page.
func drain(t *testing.T, p *LogPager, start Cursor) []types.Log {
	t.Helper()
	var got []types.Log
	want := start
	for p.HasMorePages() {
		logs, cur, err := p.NextPage(context.Background())
		require.NoError(t, err)
		got = append(got, logs...)
		if len(logs) > 0 {
			want = CursorOf(logs[len(logs)-1])
		}
		require.Equal(t, want, cur, "the cursor is the last log delivered so far")
	}
	logs, cur, err := p.NextPage(context.Background())
	require.NoError(t, err)
	require.Empty(t, logs, "no page after the last")
	require.Equal(t, want, cur)
	return got
}

func TestLogPagerResumesAfterEveryCursor(t *testing.T) {
	// Blocks with 0..4 logs, several in a row without any.
	node := newMemLogs(3, 0, 4, 1, 0, 0, 2, 4, 1, 3, 0, 2, 4, 4, 1, 0, 3)
	for _, tc := range []struct {
		name     string
		chunk    uint64
		maxRange uint64 // 0: the node takes any range
	}{
		{"one block per chunk", 1, 0},
		{"chunks of 2 doubling", 2, 0},
		{"halved chunks", 8, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var r LogReader = node
			capped := &cappedReader{LogReader: node, maxRange: tc.maxRange}
			if tc.maxRange > 0 {
				r = capped
			}
			q := LogQuery{ChunkSize: tc.chunk, MaxChunkSize: 4}
			all := drain(t, NewLogPager(r, q), Cursor{})
			require.Equal(t, node.logs, all)
			if tc.maxRange > 0 {
				require.Positive(t, capped.refused.Load(), "no chunk was halved")
			}
			// Resuming after each log delivers exactly the logs after it,
			// wherever the log sits in its block and chunk.
			for k := range all {
				after := CursorOf(all[k])
				q.After = &after
				got := drain(t, NewLogPager(r, q), after)
				require.Equal(t, len(all)-k-1, len(got), "resumed after %v", after)
				if len(got) > 0 {
					require.Equal(t, all[k+1:], got, "resumed after %v", after)
				}
			}
		})
	}
}

func TestLogPagerBoundsAndErrors(t *testing.T) {
	ctx := context.Background()
	node := newMemLogs(1, 1, 1, 1, 1, 1)

	// FromBlock, ToBlock and After combine: the later start wins.
	q := LogQuery{FromBlock: 2, ToBlock: 5, After: &Cursor{Block: 3, LogIndex: 0}}
	got := drain(t, NewLogPager(node, q), *q.After)
	require.Equal(t, node.logs[3:5], got)
	q = LogQuery{FromBlock: 5, After: &Cursor{Block: 2}}
	got = drain(t, NewLogPager(node, q), Cursor{Block: 2})
	require.Equal(t, node.logs[4:], got)

	// A range past the head has no pages once the head is known.
	p := NewLogPager(node, LogQuery{FromBlock: 9})
	require.True(t, p.HasMorePages(), "the head is not read before NextPage")
	logs, _, err := p.NextPage(ctx)
	require.NoError(t, err)
	require.Empty(t, logs)
	require.False(t, p.HasMorePages())

	// An error leaves the pager in place: the next call reads the same
	// blocks again and nothing is skipped.
	p = NewLogPager(node, LogQuery{FromBlock: 1, ChunkSize: 2})
	node.failAt = 3
	node.fail.Store(1)
	logs, cur, err := p.NextPage(ctx)
	require.NoError(t, err)
	require.Equal(t, node.logs[:2], logs)
	_, cur2, err := p.NextPage(ctx)
	require.EqualError(t, err, "eth_getLogs: header not found")
	require.Equal(t, cur, cur2, "a failed page does not move the cursor")
	node.fail.Store(0)
	require.Equal(t, node.logs[2:], drain(t, p, cur))

	// A cancelled context ends NextPage; a later call with a live context
	// goes on where it stopped.
	p = NewLogPager(node, LogQuery{FromBlock: 1, ChunkSize: 1})
	_, _, err = p.NextPage(ctx)
	require.NoError(t, err)
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	_, _, err = p.NextPage(cctx)
	require.ErrorIs(t, err, context.Canceled)
	require.Equal(t, node.logs[1:], drain(t, p, CursorOf(node.logs[0])))
}

func TestCursorJSON(t *testing.T) {
	c := Cursor{Block: 19_000_000, LogIndex: 417}
	b, err := json.Marshal(c)
	require.NoError(t, err)
	require.JSONEq(t, `{"block":19000000,"logIndex":417}`, string(b))
	var back Cursor
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, c, back)
	require.Equal(t, "block 19000000, log 417", c.String())

	// In a struct, a nil *Cursor is "not started".
	type state struct {
		After *Cursor `json:"after,omitempty"`
	}
	b, err = json.Marshal(state{})
	require.NoError(t, err)
	require.JSONEq(t, `{}`, string(b))
}

// stallingLogs holds requests for block stallAt until their context ends,
// while stall is set.
type stallingLogs struct {
	*memLogs
	stallAt uint64
	stall   atomic.Bool
}

func (s *stallingLogs) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if s.stall.Load() && q.FromBlock.Uint64() <= s.stallAt && s.stallAt <= q.ToBlock.Uint64() {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	return s.memLogs.FilterLogs(ctx, q)
}

// A request started ahead under a context that has ended since is started
// again by the next NextPage, not reported as that call's failure.
func TestLogPagerRestartsRequestsOfAnEndedContext(t *testing.T) {
	node := &stallingLogs{memLogs: newMemLogs(1, 1, 1, 1), stallAt: 2}
	node.stall.Store(true)
	p := NewLogPager(node, LogQuery{FromBlock: 1, ChunkSize: 1})
	ctx1, cancel := context.WithCancel(context.Background())
	logs, cur, err := p.NextPage(ctx1)
	require.NoError(t, err)
	require.Equal(t, node.logs[:1], logs)
	cancel() // the request for block 2, started ahead, fails with context.Canceled
	node.stall.Store(false)
	require.Equal(t, node.logs[1:], drain(t, p, cur))
}
