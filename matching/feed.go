package matching

import (
	"context"
	"iter"
	"math"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/internal/otelinst"
)

// logSubscriber is a backend that pushes new logs (a node over WebSocket,
// the embedded chain); ethclient.Client is one.
type logSubscriber interface {
	SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error)
}

// jobEvent is an event of the Worker's job stream.
type jobEvent = chain.Event[*jobregistry.JobRegistryJobCreated]

// jobFeed returns where new jobs come from: WorkerConfig.Feed when set;
// else a log subscription when the backend pushes logs and events are
// taken at depth 1; else chain.Follow, polling.
func (w *Worker) jobFeed(ctx context.Context, from uint64, after *chain.Cursor) iter.Seq2[jobEvent, error] {
	if w.cfg.Feed != nil {
		return w.cfg.Feed.JobsCreated(ctx, from, after)
	}
	topics := [][]common.Hash{{w.jr.GetABI().Events["JobCreated"].ID}}
	if ls, ok := w.cfg.Backend.(logSubscriber); ok && w.cfg.Confirmations <= 1 {
		// Large enough for a burst of jobs while the history is read.
		ch := make(chan types.Log, 1024)
		q := ethereum.FilterQuery{Addresses: []common.Address{w.cfg.JobRegistry}, Topics: topics}
		sub, err := ls.SubscribeFilterLogs(ctx, q, ch)
		if err == nil {
			w.log.Info("matching worker: new jobs arrive by subscription")
			return w.subscribedJobs(ctx, ls, q, sub, ch, from, after)
		}
		w.log.Info("matching worker: the node does not push logs; polling for new jobs", "err", err)
	}
	return chain.Follow(ctx, w.cfg.Backend, chain.FollowQuery{
		Addresses:     []common.Address{w.cfg.JobRegistry},
		Topics:        topics,
		FromBlock:     from,
		After:         after, // strictly after the last event handled before a restart
		Confirmations: w.cfg.Confirmations,
		PollInterval:  w.cfg.PollInterval,
		Telemetry:     w.cfg.Telemetry,
		Label:         "matching.jobs",
	}, w.jr.UnpackJobCreatedEvent)
}

// subscribedJobs delivers the JobCreated events after the cursor (or from
// block from): the history up to the head first, then what the
// subscription pushes, skipping what the history already delivered. When
// the subscription drops it subscribes again and reads the history it
// missed. A log a reorg removes is delivered with Removed set and a
// Cursor at the end of the block before it, so that a restart reads its
// block again.
func (w *Worker) subscribedJobs(ctx context.Context, ls logSubscriber, q ethereum.FilterQuery, sub ethereum.Subscription, ch chan types.Log,
	from uint64, after *chain.Cursor) iter.Seq2[jobEvent, error] {
	return func(yield func(jobEvent, error) bool) {
		lag := otelinst.NewFollow(w.cfg.Telemetry, "matching.jobs")
		defer func() { sub.Unsubscribe() }()
		var pos *chain.Cursor
		if after != nil {
			c := *after
			pos = &c
		}
		// later reports whether l comes after what was delivered.
		later := func(l *types.Log) bool {
			if pos == nil {
				return l.BlockNumber >= from
			}
			return l.BlockNumber > pos.Block || l.BlockNumber == pos.Block && l.Index > pos.LogIndex
		}
		deliver := func(l types.Log) bool {
			ev, err := w.jr.UnpackJobCreatedEvent(&l)
			cur := chain.CursorOf(l)
			pos = &cur
			return yield(jobEvent{Value: ev, Log: l, Cursor: cur}, err)
		}
		for ctx.Err() == nil {
			// The history up to the head: what was missed before the
			// subscription started (or while it was down).
			head, err := retry(ctx, w, "reading the head block", func(ctx context.Context) (uint64, error) {
				n, err := w.cfg.Backend.BlockNumber(ctx)
				return n, chain.CallError(err)
			})
			if err != nil {
				if ctx.Err() == nil && !yield(jobEvent{}, err) {
					return
				}
				continue
			}
			lq := chain.LogQuery{Addresses: q.Addresses, Topics: q.Topics, FromBlock: from, ToBlock: head, After: pos}
			first := from
			if pos != nil {
				first = max(from, pos.Block)
			}
			if first <= head {
				for l, err := range chain.Logs(ctx, w.cfg.Backend, lq) {
					if err != nil {
						if ctx.Err() == nil && !yield(jobEvent{}, err) {
							return
						}
						break
					}
					if later(&l) && !deliver(l) {
						return
					}
				}
			}
			lag.Delivered(ctx, head, head)
			// Then what is pushed, until the subscription drops.
			for dropped := false; !dropped; {
				select {
				case <-ctx.Done():
					return
				case l := <-ch:
					switch {
					case l.Removed:
						cur := chain.Cursor{Block: l.BlockNumber - 1, LogIndex: math.MaxUint32}
						pos = &cur
						ev, err := w.jr.UnpackJobCreatedEvent(&l)
						if !yield(jobEvent{Value: ev, Log: l, Removed: true, Cursor: cur}, err) {
							return
						}
					case later(&l):
						if !deliver(l) {
							return
						}
						lag.Delivered(ctx, l.BlockNumber, l.BlockNumber)
					}
				case err := <-sub.Err():
					w.log.Warn("matching worker: job subscription dropped; subscribing again", "err", err)
					dropped = true
				}
			}
			s, err := retry(ctx, w, "subscribing to new jobs", func(ctx context.Context) (ethereum.Subscription, error) {
				s, err := ls.SubscribeFilterLogs(ctx, q, ch)
				return s, chain.CallError(err)
			})
			if err != nil {
				if ctx.Err() == nil {
					yield(jobEvent{}, err)
				}
				return
			}
			sub = s
		}
	}
}
