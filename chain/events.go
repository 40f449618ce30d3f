package chain

import (
	"context"
	"errors"
	"iter"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/internal/otelinst"
	"github.com/agijobs/agijobs-go/telemetry"
)

// LogReader is what the historical log streams need from a node.
type LogReader interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	BlockNumber(ctx context.Context) (uint64, error)
}

// HeaderLogReader is what Follow needs: logs, the head, and block headers to
// detect reorgs.
type HeaderLogReader interface {
	LogReader
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

var (
	_ LogReader       = Backend(nil)
	_ HeaderLogReader = Backend(nil)
)

// LogQuery selects historical logs.
type LogQuery struct {
	// Addresses restricts the logs to these contracts; empty means any.
	Addresses []common.Address
	// Topics filters by topic position, as in ethereum.FilterQuery.
	Topics [][]common.Hash
	// FromBlock is the first block scanned.
	FromBlock uint64
	// ToBlock is the last block scanned; 0 means the head when the
	// iteration starts.
	ToBlock uint64
	// ChunkSize is the first block range per request; 0 means 8. The range
	// halves when the node answers that a request covers too much (too many
	// results, response too large, range too wide) or when an answer holds
	// more than 8,000 logs, and doubles after each answer of fewer than
	// 2,000 logs, up to MaxChunkSize. Small chunks let decoding overlap
	// fetching; the doubling reaches large ranges in a few requests.
	ChunkSize uint64
	// MaxChunkSize caps the range per request; 0 means 100,000.
	MaxChunkSize uint64
}

// Decoder turns a log into a typed event; abigen v2 bindings' UnpackXEvent
// methods have this shape.
type Decoder[T any] func(*types.Log) (T, error)

type logChunk struct {
	logs []types.Log
	err  error
}

// Logs returns the logs selected by q in chain order. It pages through the
// block range in adaptive chunks and fetches the next chunk while the
// current one is consumed, so memory stays bounded by two chunks whatever
// the range. Transport failures are retried; other errors are yielded once
// and end the iteration.
func Logs(ctx context.Context, r LogReader, q LogQuery) iter.Seq2[types.Log, error] {
	return func(yield func(types.Log, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		for c := range fetchChunks(ctx, r, q) {
			if c.err != nil {
				yield(types.Log{}, c.err)
				return
			}
			for _, l := range c.logs {
				if !yield(l, nil) {
					return
				}
			}
		}
	}
}

// Events decodes the logs selected by q with decode, in chain order (see
// Logs for paging and memory). Decoding runs concurrently with fetching and
// with the loop body, on up to two goroutines: decode must be safe for
// concurrent use (abigen's UnpackXEvent methods are). A log that decode rejects is yielded as its error with
// the zero T; the iteration goes on if the loop continues.
func Events[T any](ctx context.Context, r LogReader, q LogQuery, decode Decoder[T]) iter.Seq2[T, error] {
	type decoded struct {
		vals []T
		errs []error // parallel to vals, nil when all decoded
		err  error   // fetch error, ends the stream
	}
	return func(yield func(T, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		out := make(chan decoded, 1)
		go func() {
			defer close(out)
			for c := range fetchChunks(ctx, r, q) {
				d := decoded{err: c.err}
				if c.err == nil {
					d.vals, d.errs = decodeChunk(c.logs, decode)
				}
				select {
				case out <- d:
				case <-ctx.Done():
					return
				}
				if c.err != nil {
					return
				}
			}
		}()
		for d := range out {
			if d.err != nil {
				var zero T
				yield(zero, d.err)
				return
			}
			for i, v := range d.vals {
				var err error
				if d.errs != nil {
					err = d.errs[i]
				}
				if !yield(v, err) {
					return
				}
			}
		}
	}
}

// decodeChunk decodes logs, on two goroutines for large chunks.
func decodeChunk[T any](logs []types.Log, decode Decoder[T]) ([]T, []error) {
	vals := make([]T, len(logs))
	errs := make([]error, len(logs))
	failed := atomic.Bool{}
	work := func(lo, hi int) {
		for i := lo; i < hi; i++ {
			v, err := decode(&logs[i])
			vals[i] = v
			if err != nil {
				errs[i] = err
				failed.Store(true)
			}
		}
	}
	if n := len(logs); n >= 512 {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() { defer wg.Done(); work(0, n/2) }()
		work(n/2, n)
		wg.Wait()
	} else {
		work(0, n)
	}
	if !failed.Load() {
		errs = nil
	}
	return vals, errs
}

// fetchChunks runs the adaptive pager in a goroutine. It keeps two
// requests in flight (the node builds one answer while this process parses
// the other) and delivers chunks in order, one ahead of the consumer.
func fetchChunks(ctx context.Context, r LogReader, q LogQuery) <-chan logChunk {
	out := make(chan logChunk, 1)
	go func() {
		defer close(out)
		send := func(c logChunk) bool {
			select {
			case out <- c:
				return true
			case <-ctx.Done():
				return false
			}
		}
		to := q.ToBlock
		if to == 0 {
			head, err := withTransportRetry(ctx, func() (uint64, error) { return r.BlockNumber(ctx) })
			if err != nil {
				send(logChunk{err: classify("eth_blockNumber", err)})
				return
			}
			to = head
		}
		size := q.ChunkSize
		if size == 0 {
			size = 8
		}
		maxSize := q.MaxChunkSize
		if maxSize == 0 {
			maxSize = 100_000
		}
		type job struct {
			from, end uint64
			cancel    context.CancelFunc
			done      chan struct{}
			logs      []types.Log
			err       error
		}
		var queue []*job
		defer func() {
			for _, j := range queue {
				j.cancel()
			}
		}()
		launch := func(from, end uint64) *job {
			jctx, cancel := context.WithCancel(ctx)
			j := &job{from: from, end: end, cancel: cancel, done: make(chan struct{})}
			go func() {
				defer close(j.done)
				j.logs, j.err = withTransportRetry(jctx, func() ([]types.Log, error) {
					return r.FilterLogs(jctx, ethereum.FilterQuery{
						FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(end),
						Addresses: q.Addresses, Topics: q.Topics,
					})
				})
			}()
			return j
		}
		next, more := q.FromBlock, q.FromBlock <= to
		for {
			for len(queue) < 2 && more {
				end := min(next+size-1, to)
				queue = append(queue, launch(next, end))
				more = end < to
				next = end + 1
			}
			if len(queue) == 0 {
				return
			}
			j := queue[0]
			select {
			case <-j.done:
			case <-ctx.Done():
				return
			}
			queue = queue[1:]
			j.cancel()
			if j.err != nil {
				if isRangeTooLarge(j.err) && j.end > j.from {
					// Drop the requests launched after it and retry
					// with half the range.
					for _, k := range queue {
						k.cancel()
					}
					queue = nil
					size = max(1, (j.end-j.from+1)/2)
					next, more = j.from, true
					continue
				}
				send(logChunk{err: classify("eth_getLogs", j.err)})
				return
			}
			if !send(logChunk{logs: j.logs}) {
				return
			}
			switch n := len(j.logs); {
			case n < 2000:
				size = min(size*2, maxSize)
			case n > 8000 && size > 1:
				size /= 2
			}
		}
	}()
	return out
}

// isRangeTooLarge reports whether a getLogs error asks for a smaller block
// range. It is the only place that matches providers' messages for this.
func isRangeTooLarge(err error) bool {
	m := strings.ToLower(err.Error())
	for _, s := range []string{
		"query returned more than",          // geth, infura: "query returned more than 10000 results"
		"too many results",                  //
		"response size exceeded",            // alchemy: "Log response size exceeded"
		"response size should not",          // quicknode
		"limit exceeded",                    //
		"block range",                       // "block range is too wide", "exceed maximum block range", "block range too large"
		"range too large",                   //
		"range is too large",                //
		"max results",                       //
		"query timeout exceeded",            // nethermind/erigon timeouts on big ranges
		"logs matched by query exceeds",     // erigon
		"exceeds the max",                   //
		"response is too big",               // ankr
		"eth_getlogs is limited",            // quicknode: "eth_getLogs is limited to a 10,000 range"
		"please limit the query to at most", //
		"returned too many",                 //
		"413",                               // HTTP 413 Payload Too Large
	} {
		if strings.Contains(m, s) {
			return true
		}
	}
	return false
}

// withTransportRetry retries f on transport failures with a short backoff.
func withTransportRetry[T any](ctx context.Context, f func() (T, error)) (T, error) {
	var zero T
	var err error
	for attempt := range 5 {
		if attempt > 0 {
			select {
			case <-ctx.Done():
				return zero, ctx.Err()
			case <-time.After(time.Duration(attempt) * 100 * time.Millisecond):
			}
		}
		var v T
		if v, err = f(); err == nil {
			return v, nil
		}
		if !isTransport(err) {
			return zero, err
		}
	}
	return zero, err
}

// FollowQuery selects the logs Follow delivers.
type FollowQuery struct {
	// Addresses and Topics filter as in LogQuery.
	Addresses []common.Address
	Topics    [][]common.Hash
	// FromBlock is the first block delivered.
	FromBlock uint64
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
}

type followedBlock struct {
	num  uint64
	hash common.Hash
	logs []types.Log
}

// Follow delivers the logs selected by q from q.FromBlock on, first the
// history then new blocks as they reach q.Confirmations, polling the node.
// When a reorg replaces blocks whose logs were delivered, it delivers those
// logs again with Removed set (newest first), then the logs of the new
// blocks. It runs until ctx ends or the loop stops; transport failures are
// retried on the next poll, other errors are yielded and the following goes
// on if the loop continues.
func Follow[T any](ctx context.Context, r HeaderLogReader, q FollowQuery, decode Decoder[T]) iter.Seq2[Event[T], error] {
	conf := max(q.Confirmations, 1)
	poll := q.PollInterval
	if poll <= 0 {
		poll = time.Second
	}
	window := q.ReorgWindow
	if window == 0 {
		window = 128
	}
	lag := otelinst.NewFollow(q.Telemetry, q.Label)
	return func(yield func(Event[T], error) bool) {
		next := q.FromBlock // first block not yet processed
		var recent []followedBlock
		var cursorHash common.Hash // hash of block next-1 when inside the window
		var floor uint64           // blocks below were final when delivered

		emit := func(l types.Log, removed bool) bool {
			l.Removed = removed
			v, err := decode(&l)
			return yield(Event[T]{Value: v, Log: l, Removed: removed}, err)
		}
		headerHash := func(n uint64) (common.Hash, bool, error) {
			h, err := r.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
			if errors.Is(err, ethereum.NotFound) || (err == nil && h == nil) {
				return common.Hash{}, false, nil
			}
			if err != nil {
				return common.Hash{}, false, err
			}
			return h.Hash(), true, nil
		}
		wait := func() bool {
			t := time.NewTimer(poll)
			defer t.Stop()
			select {
			case <-ctx.Done():
				return false
			case <-t.C:
				return true
			}
		}
		// fail reports an error; it returns false when following must stop.
		fail := func(op string, err error) bool {
			err = classify(op, err)
			if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
				return false
			}
			if IsTransport(err) {
				return wait()
			}
			var zero Event[T]
			return yield(zero, err) && wait()
		}

		for ctx.Err() == nil {
			head, err := r.BlockNumber(ctx)
			if err != nil {
				if !fail("eth_blockNumber", err) {
					return
				}
				continue
			}
			// Reorg check: is the last processed block still canonical?
			if cursorHash != (common.Hash{}) {
				h, ok, err := headerHash(next - 1)
				if err != nil {
					if !fail("eth_getBlockByNumber", err) {
						return
					}
					continue
				}
				if !ok || h != cursorHash {
					// Unwind delivered blocks until one is still canonical.
					rewind := max(next-min(next, window), floor) // oldest block we could have missed
					for len(recent) > 0 {
						b := recent[len(recent)-1]
						h, ok, err := headerHash(b.num)
						if err != nil {
							break // retry on the next poll: recent is intact
						}
						if ok && h == b.hash {
							rewind = b.num + 1
							break
						}
						for i := len(b.logs) - 1; i >= 0; i-- {
							if !emit(b.logs[i], true) {
								return
							}
						}
						recent = recent[:len(recent)-1]
						rewind = b.num
					}
					if len(recent) > 0 && recent[len(recent)-1].num >= rewind {
						continue // header lookup failed; try again
					}
					next = max(rewind, q.FromBlock)
					cursorHash = common.Hash{}
				}
			}
			if head+1 < conf || head+1-conf < next {
				if !wait() {
					return
				}
				continue
			}
			target := head + 1 - conf
			end := min(target, next+1999)
			logs, err := r.FilterLogs(ctx, ethereum.FilterQuery{
				FromBlock: new(big.Int).SetUint64(next), ToBlock: new(big.Int).SetUint64(end),
				Addresses: q.Addresses, Topics: q.Topics,
			})
			if err != nil {
				if !fail("eth_getLogs", err) {
					return
				}
				continue
			}
			// Blocks near the head may be reorged: remember their hashes
			// and make sure the logs match the canonical chain right now.
			horizon := uint64(0)
			if head > window {
				horizon = head - window
			}
			consistent := true
			var fresh []followedBlock
			for _, l := range logs {
				if l.BlockNumber <= horizon {
					continue
				}
				if len(fresh) == 0 || fresh[len(fresh)-1].num != l.BlockNumber {
					h, ok, err := headerHash(l.BlockNumber)
					if err != nil || !ok || h != l.BlockHash {
						consistent = false
						break
					}
					fresh = append(fresh, followedBlock{num: l.BlockNumber, hash: l.BlockHash})
				}
				fresh[len(fresh)-1].logs = append(fresh[len(fresh)-1].logs, l)
			}
			var endHash common.Hash
			if consistent && end > horizon {
				h, ok, err := headerHash(end)
				if err != nil || !ok {
					consistent = false
				}
				endHash = h
			}
			if !consistent {
				continue // the chain moved under us; redo this range
			}
			for _, l := range logs {
				if !emit(l, false) {
					return
				}
			}
			lag.Delivered(ctx, head, end)
			recent = append(recent, fresh...)
			floor = max(floor, horizon+1)
			for len(recent) > 0 && recent[0].num <= horizon {
				recent = recent[1:]
			}
			next = end + 1
			cursorHash = endHash
			if end == target && !wait() {
				return
			}
		}
	}
}
