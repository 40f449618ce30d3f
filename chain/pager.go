package chain

import (
	"context"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/input"
)

// Cursor is the position of one log in the chain: block Block, index
// LogIndex within the block (types.Log.Index). A stream given a Cursor
// (LogQuery.After, FollowQuery.After) resumes strictly after this log: it
// delivers the later logs of the same block and those of the following
// blocks, and neither the log itself nor anything before it. A program
// that persists the Cursor of the last log it handled therefore restarts
// without duplicates and without gaps, and need not de-duplicate the
// boundary block itself.
//
// A Cursor is plain data: it marshals to JSON as
// {"block":120,"logIndex":3}. The zero Cursor is before every log of a
// chain, since a genesis block has no logs.
type Cursor struct {
	// Block is the number of the log's block.
	Block uint64 `json:"block"`
	// LogIndex is the log's index in its block.
	LogIndex uint `json:"logIndex"`
}

// String reads "block 120, log 3".
func (c Cursor) String() string { return fmt.Sprintf("block %d, log %d", c.Block, c.LogIndex) }

// CursorOf returns the Cursor of l: a stream resumed with it delivers the
// logs after l.
func CursorOf(l types.Log) Cursor { return Cursor{Block: l.BlockNumber, LogIndex: l.Index} }

// precedes reports whether c is strictly before the log l.
func (c Cursor) precedes(l *types.Log) bool {
	return l.BlockNumber > c.Block || l.BlockNumber == c.Block && l.Index > c.LogIndex
}

// LogPager pages through the logs a LogQuery selects, one block range (a
// chunk) per page, in chain order: the page-level form of Logs for a
// program that checkpoints its progress (the shape of aws-sdk-go-v2's
// paginators).
//
//	p := chain.NewLogPager(backend, chain.LogQuery{Addresses: addrs, After: saved})
//	for p.HasMorePages() {
//		logs, cur, err := p.NextPage(ctx)
//		if err != nil { ... }
//		handle(logs)
//		save(cur)
//	}
//
// The chunks adapt to the node: the first covers LogQuery.ChunkSize blocks,
// the next ones double while answers are small, and a chunk the node
// refuses as too large is requested again with half the range. Two requests
// are in flight at a time, so the node builds the next page while the
// program handles the current one; a request runs under the context of the
// NextPage call that started it, so cancelling that context releases it.
// A request that fails (after the HTTP transport's retries, see Dial) ends
// NextPage with its error, and the next call asks for the same blocks
// again.
//
// A LogPager is not safe for concurrent use.
type LogPager struct {
	r       LogReader
	q       LogQuery
	after   Cursor // logs at or before it are skipped, when skip is set
	skip    bool
	pos     Cursor // the last log delivered, or after, or zero
	next    uint64 // first block not yet delivered
	to      uint64 // last block, once known
	toKnown bool
	launch  uint64 // first block not yet requested
	size    uint64 // blocks per request
	maxSize uint64
	queue   []*logRequest // requests in flight, in block order
}

// logRequest is one eth_getLogs request in flight.
type logRequest struct {
	from, end uint64
	ctx       context.Context
	cancel    context.CancelFunc
	done      chan struct{}
	logs      []types.Log
	err       error
}

// logPage is the answer for the blocks from..end, without the logs
// LogQuery.After excludes.
type logPage struct {
	from, end uint64
	logs      []types.Log
}

// Default chunk sizes of a LogQuery.
const (
	defaultChunkSize    = 8
	defaultMaxChunkSize = 100_000
	maxLogsInFlight     = 2
)

// NewLogPager returns a pager over the logs q selects. It makes no request
// until the first NextPage, which reads the head when q.ToBlock is 0.
func NewLogPager(r LogReader, q LogQuery) *LogPager {
	p := &LogPager{r: r, q: q, next: q.FromBlock, size: q.ChunkSize, maxSize: q.MaxChunkSize}
	if p.maxSize == 0 {
		p.maxSize = defaultMaxChunkSize
	}
	if p.size == 0 {
		p.size = defaultChunkSize
	}
	p.size = min(p.size, p.maxSize)
	if q.After != nil {
		p.after, p.skip, p.pos = *q.After, true, *q.After
		p.next = max(p.next, q.After.Block)
	}
	if q.ToBlock != 0 {
		p.setEnd(q.ToBlock)
	}
	p.launch = p.next
	return p
}

// newRangePager is NewLogPager for the blocks of q up to to, inclusive,
// whatever q.ToBlock says (Follow's confirmed range may end at block 0).
func newRangePager(r LogReader, q LogQuery, to uint64) *LogPager {
	p := NewLogPager(r, q)
	p.setEnd(to)
	return p
}

// HasMorePages reports whether NextPage has blocks left to read. It is
// true before the first NextPage when the range ends at the head.
func (p *LogPager) HasMorePages() bool { return p != nil && (!p.toKnown || p.next <= p.to) }

// NextPage returns the logs of the next chunk of blocks, which may be
// none, and the Cursor to resume from: the last log delivered so far
// (LogQuery.After, or the zero Cursor, until a page holds a log). Persist
// the Cursor together with what the program did with the logs; a pager
// built with LogQuery.After set to it delivers exactly the logs that
// follow.
//
// An error leaves the pager where it was: a later NextPage asks for the
// same blocks again. Once HasMorePages is false, NextPage returns no logs
// and no error.
func (p *LogPager) NextPage(ctx context.Context) ([]types.Log, Cursor, error) {
	pg, err := p.nextChunk(ctx)
	if p == nil {
		return nil, Cursor{}, err
	}
	return pg.logs, p.pos, err
}

// nextChunk is NextPage with the block range of the page, for Follow.
func (p *LogPager) nextChunk(ctx context.Context) (logPage, error) {
	if p == nil || p.r == nil {
		return logPage{}, input.Unbuilt("chain.LogPager", "chain.NewLogPager and a LogReader")
	}
	if err := p.resolveEnd(ctx); err != nil {
		return logPage{}, err
	}
	for p.HasMorePages() {
		if err := ctx.Err(); err != nil {
			return logPage{}, err
		}
		p.fill(ctx)
		req := p.queue[0]
		select {
		case <-req.done:
		case <-ctx.Done():
			return logPage{}, ctx.Err()
		}
		p.queue = p.queue[1:]
		stale := req.ctx.Err() != nil // started by a call whose context has ended since
		req.cancel()
		if req.err == nil {
			return p.accept(req), nil
		}
		switch {
		case stale:
		case isRangeTooLarge(req.err) && req.end > req.from:
			p.size = max(1, (req.end-req.from+1)/2)
		default:
			p.restart(req.from) // a later NextPage asks for these blocks again
			return logPage{}, classify("eth_getLogs", req.err)
		}
		p.restart(req.from)
	}
	return logPage{}, nil
}

// resolveEnd reads the head once when the range ends there.
func (p *LogPager) resolveEnd(ctx context.Context) error {
	if p.toKnown {
		return nil
	}
	head, err := p.r.BlockNumber(ctx)
	if err != nil {
		return classify("eth_blockNumber", err)
	}
	p.setEnd(head)
	return nil
}

// setEnd sets the last block. It stays below the largest uint64 so that
// "the block after it" exists.
func (p *LogPager) setEnd(to uint64) { p.to, p.toKnown = min(to, math.MaxUint64-1), true }

// fill starts requests until maxLogsInFlight are in flight or the range is
// covered.
func (p *LogPager) fill(ctx context.Context) {
	for len(p.queue) < maxLogsInFlight && p.launch <= p.to {
		end := p.to
		if p.to-p.launch >= p.size { // written so that it cannot overflow
			end = p.launch + p.size - 1
		}
		p.queue = append(p.queue, p.request(ctx, p.launch, end))
		p.launch = end + 1
	}
}

// request starts eth_getLogs for the blocks from..end.
func (p *LogPager) request(ctx context.Context, from, end uint64) *logRequest {
	rctx, cancel := context.WithCancel(ctx)
	req := &logRequest{from: from, end: end, ctx: rctx, cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(req.done)
		req.logs, req.err = p.r.FilterLogs(rctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(end),
			Addresses: p.q.Addresses, Topics: p.q.Topics,
		})
	}()
	return req
}

// restart drops the requests in flight and goes on from block from.
func (p *LogPager) restart(from uint64) {
	for _, r := range p.queue {
		r.cancel()
	}
	p.queue = nil
	p.launch = from
}

// accept delivers a request's answer and adapts the chunk size: it doubles
// after a small answer and halves after a very large one, which would be
// slow to build and to parse.
func (p *LogPager) accept(req *logRequest) logPage {
	switch n := len(req.logs); {
	case n < 2000:
		p.size = min(p.size*2, p.maxSize)
	case n > 8000 && p.size > 1:
		p.size /= 2
	}
	logs := req.logs
	if p.skip {
		i := 0
		for i < len(logs) && !p.after.precedes(&logs[i]) {
			i++
		}
		logs = logs[i:]
	}
	if len(logs) > 0 {
		p.pos = CursorOf(logs[len(logs)-1])
	}
	p.next = req.end + 1
	return logPage{from: req.from, end: req.end, logs: logs}
}
