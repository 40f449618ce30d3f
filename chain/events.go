package chain

import (
	"context"
	"iter"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/input"
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
	// After, when set, resumes a stream strictly after this log (see
	// Cursor): scanning starts at the later of FromBlock and After.Block,
	// and the logs of that block up to After.LogIndex are skipped. nil
	// means from FromBlock.
	After *Cursor
}

// Decoder turns a log into a typed event; abigen v2 bindings' UnpackXEvent
// methods have this shape.
type Decoder[T any] func(*types.Log) (T, error)

// Logs returns the logs selected by q in chain order. It pages through the
// block range with a LogPager (adaptive chunks, two requests in flight), so
// memory stays bounded by two chunks whatever the range. A failed request
// (after the HTTP transport's retries, see Dial) is yielded once and ends
// the iteration, as does the end of ctx; a node's "range too large" answer
// halves the range instead.
func Logs(ctx context.Context, r LogReader, q LogQuery) iter.Seq2[types.Log, error] {
	return func(yield func(types.Log, error) bool) {
		ctx, cancel := context.WithCancel(ctx) // releases the requests in flight on an early stop
		defer cancel()
		p := NewLogPager(r, q)
		for p.HasMorePages() {
			logs, _, err := p.NextPage(ctx)
			if err != nil {
				yield(types.Log{}, err)
				return
			}
			for _, l := range logs {
				if !yield(l, nil) {
					return
				}
			}
		}
	}
}

// checkStream rejects the nil reader or decoder of Events or Follow, which
// would otherwise panic on the stream's goroutine.
func checkStream[T any, R any](fn string, r R, decode Decoder[T]) error {
	if any(r) == nil {
		return input.New(fn+": r", "is nil", "pass the chain's Backend")
	}
	if decode == nil {
		return input.New(fn+": decode", "is nil", "pass the binding's UnpackXEvent method")
	}
	return nil
}

// decodedPage is a page of Events, decoded.
type decodedPage[T any] struct {
	vals []T
	errs []error // parallel to vals, nil when all decoded
	err  error   // fetch error, ends the stream
}

// Events decodes the logs selected by q with decode, in chain order (see
// Logs for paging and memory). Decoding runs concurrently with fetching and
// with the loop body, on up to two goroutines: decode must be safe for
// concurrent use (abigen's UnpackXEvent methods are). A log that decode
// rejects is yielded as its error with the zero T; the iteration goes on if
// the loop continues.
func Events[T any](ctx context.Context, r LogReader, q LogQuery, decode Decoder[T]) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		if err := checkStream("chain.Events", r, decode); err != nil {
			var zero T
			yield(zero, err)
			return
		}
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		for d := range decodePages(ctx, NewLogPager(r, q), decode) {
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

// decodePages fetches and decodes the pages of p on a goroutine, one page
// ahead of the consumer, until the pages or ctx end.
func decodePages[T any](ctx context.Context, p *LogPager, decode Decoder[T]) <-chan decodedPage[T] {
	out := make(chan decodedPage[T], 1)
	go func() {
		defer close(out)
		for p.HasMorePages() {
			logs, _, err := p.NextPage(ctx)
			d := decodedPage[T]{err: err}
			if err == nil {
				d.vals, d.errs = decodeChunk(logs, decode)
			}
			select {
			case out <- d:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	return out
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

// IsRangeTooLarge reports whether an eth_getLogs error asks for a smaller
// block range (too many results, response too large, range too wide), as
// providers word it. Programs that page through logs themselves halve
// their range on it; LogPager does so already.
func IsRangeTooLarge(err error) bool { return err != nil && isRangeTooLarge(err) }

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
