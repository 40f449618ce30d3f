package chain

import (
	"context"
	"errors"
	"iter"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/internal/otelinst"
	"github.com/agijobs/agijobs-go/telemetry"
)

// FollowQuery selects the logs Follow delivers.
type FollowQuery struct {
	// Addresses and Topics filter as in LogQuery.
	Addresses []common.Address
	Topics    [][]common.Hash
	// FromBlock is the first block delivered.
	FromBlock uint64
	// After, when set, resumes strictly after this log: pass the Cursor of
	// the last Event the program handled (see Cursor). Following starts at
	// the later of FromBlock and After.Block. nil means from FromBlock.
	// Resuming is exact for logs that were final when delivered, which is
	// what Confirmations is for: a block reorged while the program was down
	// is not detected.
	After *Cursor
	// Confirmations is the depth a block must reach before its logs are
	// delivered: 1 (the default for 0) delivers logs of the head block.
	Confirmations uint64
	// PollInterval is the time between polls of the head; 0 means 1s.
	PollInterval time.Duration
	// ReorgWindow is how many recent blocks are remembered to detect
	// reorgs; 0 means 128. A reorg deeper than the window is not detected.
	ReorgWindow uint64
	// Telemetry receives the stream's lag (head minus the last block
	// delivered) as the agijobs.follow.lag gauge; the zero value records
	// nothing.
	Telemetry telemetry.Providers
	// Label names the stream in telemetry ("jobs"); use a fixed word, not
	// an id.
	Label string
}

// Event is a log delivered by Follow, decoded, or its removal after a
// reorg.
type Event[T any] struct {
	// Value is the decoded event (the zero T if decoding failed).
	Value T
	// Log is the raw log; Log.Removed is set for removals.
	Log types.Log
	// Removed is true when a reorg took the log out of the canonical chain
	// after it was delivered: undo what its delivery did.
	Removed bool
	// Cursor is the stream's position once this event is handled: persist
	// it and pass it as FollowQuery.After to resume. For a delivered log it
	// is the log's own position; for a removal it is the position of the
	// log delivered before the removed one, so a resumed stream delivers
	// whatever the new chain holds in its place.
	Cursor Cursor
}

// Follow delivers the logs selected by q from q.FromBlock (or after
// q.After) on, first the history then new blocks as they reach
// q.Confirmations, polling the node; the history is read with a LogPager.
// When a reorg replaces blocks whose logs were delivered, it delivers those
// logs again with Removed set (newest first), then the logs of the new
// blocks. It runs until ctx ends or the loop stops; transport failures are
// retried on the next poll, other errors are yielded (with the zero Event)
// and the following goes on if the loop continues.
func Follow[T any](ctx context.Context, r HeaderLogReader, q FollowQuery, decode Decoder[T]) iter.Seq2[Event[T], error] {
	lag := otelinst.NewFollow(q.Telemetry, q.Label)
	return func(yield func(Event[T], error) bool) {
		if err := checkStream("chain.Follow", r, decode); err != nil {
			yield(Event[T]{}, err)
			return
		}
		ctx, cancel := context.WithCancel(ctx) // releases the pager's requests on an early stop
		defer cancel()
		f := newFollower(r, q, decode, yield)
		f.lag = lag
		for ctx.Err() == nil && f.step(ctx) {
		}
	}
}

// followedBlock is a delivered block inside the reorg window: its hash,
// to notice when it is replaced, and its logs, to remove them then.
type followedBlock struct {
	num  uint64
	hash common.Hash
	logs []types.Log
}

// follower is the state of one Follow iteration.
type follower[T any] struct {
	r      HeaderLogReader
	q      FollowQuery
	decode Decoder[T]
	yield  func(Event[T], error) bool
	lag    *otelinst.Follow
	conf   uint64        // Confirmations, at least 1
	window uint64        // ReorgWindow
	poll   time.Duration // PollInterval
	start  uint64        // no block below it is read

	next    uint64          // first block not yet processed
	pager   *LogPager       // reads from next to the confirmed head of its time; nil between ranges
	endHash common.Hash     // hash of block next-1 while it is inside the window
	recent  []followedBlock // delivered blocks with logs inside the window, oldest first
	floor   uint64          // blocks below were final when delivered
	pos     Cursor          // Cursor of the last event yielded
	base    Cursor          // position of the last delivered log not in recent
}

func newFollower[T any](r HeaderLogReader, q FollowQuery, decode Decoder[T], yield func(Event[T], error) bool) *follower[T] {
	f := &follower[T]{r: r, q: q, decode: decode, yield: yield,
		conf: max(q.Confirmations, 1), window: q.ReorgWindow, poll: q.PollInterval, start: q.FromBlock}
	if f.window == 0 {
		f.window = 128
	}
	if f.poll <= 0 {
		f.poll = time.Second
	}
	if q.After != nil {
		f.start = max(f.start, q.After.Block)
		f.pos, f.base = *q.After, *q.After
	}
	f.next = f.start
	return f
}

// step is one poll: read the head, undo a reorg if there was one, else
// deliver the next page of confirmed logs. It returns false when following
// must stop.
func (f *follower[T]) step(ctx context.Context) bool {
	head, err := f.r.BlockNumber(ctx)
	if err != nil {
		return f.fail(ctx, classify("eth_blockNumber", err))
	}
	if canonical, err := f.stillCanonical(ctx); err != nil {
		return f.fail(ctx, classify("eth_getBlockByNumber", err))
	} else if !canonical {
		return f.unwind(ctx)
	}
	if f.pager == nil {
		if head+1 < f.conf || head+1-f.conf < f.next {
			return f.sleep(ctx) // nothing confirmed beyond what was delivered
		}
		q := LogQuery{Addresses: f.q.Addresses, Topics: f.q.Topics, FromBlock: f.next}
		if f.pos != (Cursor{}) {
			q.After = &f.pos // resuming mid-block: skip what FollowQuery.After or an earlier range covered
		}
		f.pager = newRangePager(f.r, q, head+1-f.conf)
	}
	pg, err := f.pager.nextChunk(ctx)
	if err != nil {
		return f.fail(ctx, err)
	}
	fresh, endHash, ok := f.verify(ctx, head, pg)
	if !ok {
		f.dropPager()
		return true // the chain moved under us; read this range again
	}
	if !f.deliver(ctx, head, pg, fresh, endHash) {
		return false
	}
	if !f.pager.HasMorePages() {
		f.pager = nil
		return f.sleep(ctx)
	}
	return true
}

// stillCanonical reports whether the last block processed is still the one
// whose hash was recorded; it is true when none is recorded (the block was
// below the window, or nothing was read yet).
func (f *follower[T]) stillCanonical(ctx context.Context) (bool, error) {
	if f.endHash == (common.Hash{}) {
		return true, nil
	}
	h, ok, err := f.headerHash(ctx, f.next-1)
	if err != nil {
		return false, err
	}
	return ok && h == f.endHash, nil
}

// unwind removes, newest first, the delivered blocks that are no longer
// canonical, yielding their logs with Removed set, and moves next back to
// the first block to read again. If a header cannot be read, the blocks
// not yet checked stay recorded and the next poll goes on from there.
func (f *follower[T]) unwind(ctx context.Context) bool {
	f.dropPager()
	rewind := max(f.next-min(f.next, f.window), f.floor) // the oldest block that could have been missed
	for len(f.recent) > 0 {
		b := f.recent[len(f.recent)-1]
		h, ok, err := f.headerHash(ctx, b.num)
		if err != nil {
			return f.fail(ctx, classify("eth_getBlockByNumber", err))
		}
		if ok && h == b.hash {
			rewind = b.num + 1
			break
		}
		if !f.remove(b) {
			return false
		}
		f.recent = f.recent[:len(f.recent)-1]
		rewind = b.num
	}
	f.next = max(rewind, f.start)
	f.endHash = common.Hash{}
	return true
}

// remove yields the removals of the logs of b, the newest recorded block.
func (f *follower[T]) remove(b followedBlock) bool {
	for i := len(b.logs) - 1; i >= 0; i-- {
		before := f.base
		switch {
		case i > 0:
			before = CursorOf(b.logs[i-1])
		case len(f.recent) > 1:
			prev := f.recent[len(f.recent)-2].logs
			before = CursorOf(prev[len(prev)-1])
		}
		if !f.emit(b.logs[i], true, before) {
			return false
		}
	}
	return true
}

// verify checks that a page read near the head matches the canonical chain
// now: each block with logs inside the window, and the page's last block,
// must have the hash the logs carry. It returns the blocks to remember for
// reorg detection and the hash of the page's last block (zero below the
// window).
func (f *follower[T]) verify(ctx context.Context, head uint64, pg logPage) (fresh []followedBlock, endHash common.Hash, ok bool) {
	horizon := f.horizon(head)
	for _, l := range pg.logs {
		if l.BlockNumber <= horizon {
			continue
		}
		if len(fresh) == 0 || fresh[len(fresh)-1].num != l.BlockNumber {
			h, ok, err := f.headerHash(ctx, l.BlockNumber)
			if err != nil || !ok || h != l.BlockHash {
				return nil, common.Hash{}, false
			}
			fresh = append(fresh, followedBlock{num: l.BlockNumber, hash: l.BlockHash})
		}
		fresh[len(fresh)-1].logs = append(fresh[len(fresh)-1].logs, l)
	}
	if pg.end > horizon {
		h, ok, err := f.headerHash(ctx, pg.end)
		if err != nil || !ok {
			return nil, common.Hash{}, false
		}
		endHash = h
	}
	return fresh, endHash, true
}

// deliver yields the logs of a verified page, records the lag, and
// remembers the page's blocks inside the window.
func (f *follower[T]) deliver(ctx context.Context, head uint64, pg logPage, fresh []followedBlock, endHash common.Hash) bool {
	for _, l := range pg.logs {
		if !f.emit(l, false, CursorOf(l)) {
			return false
		}
	}
	f.lag.Delivered(ctx, head, pg.end)
	horizon := f.horizon(head)
	for len(f.recent) > 0 && f.recent[0].num <= horizon {
		old := f.recent[0].logs
		f.base = CursorOf(old[len(old)-1])
		f.recent = f.recent[1:]
	}
	for i := len(pg.logs) - 1; i >= 0; i-- {
		if pg.logs[i].BlockNumber <= horizon {
			f.base = CursorOf(pg.logs[i])
			break
		}
	}
	f.recent = append(f.recent, fresh...)
	f.floor = max(f.floor, horizon+1)
	f.next = pg.end + 1
	f.endHash = endHash
	return true
}

// horizon is the newest block outside the reorg window: blocks up to it
// are taken as final.
func (f *follower[T]) horizon(head uint64) uint64 {
	if head > f.window {
		return head - f.window
	}
	return 0
}

// emit decodes l and yields it; cur becomes the stream's position.
func (f *follower[T]) emit(l types.Log, removed bool, cur Cursor) bool {
	l.Removed = removed
	v, err := f.decode(&l)
	f.pos = cur
	return f.yield(Event[T]{Value: v, Log: l, Removed: removed, Cursor: cur}, err)
}

// headerHash returns the hash of block n; ok is false when the node has no
// such block.
func (f *follower[T]) headerHash(ctx context.Context, n uint64) (hash common.Hash, ok bool, err error) {
	h, err := f.r.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if errors.Is(err, ethereum.NotFound) || (err == nil && h == nil) {
		return common.Hash{}, false, nil
	}
	if err != nil {
		return common.Hash{}, false, err
	}
	return h.Hash(), true, nil
}

// dropPager abandons the range being read, cancelling its requests.
func (f *follower[T]) dropPager() {
	if f.pager != nil {
		f.pager.restart(f.next)
		f.pager = nil
	}
}

// fail reports a classified error: transport failures wait for the next
// poll, other errors are yielded first. It returns false when following
// must stop.
func (f *follower[T]) fail(ctx context.Context, err error) bool {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	if IsTransport(err) {
		return f.sleep(ctx)
	}
	return f.yield(Event[T]{}, err) && f.sleep(ctx)
}

// sleep waits one poll interval; it returns false when ctx ends first.
func (f *follower[T]) sleep(ctx context.Context) bool {
	t := time.NewTimer(f.poll)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
