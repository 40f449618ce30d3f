package index

import (
	"context"
	"fmt"
	"iter"
	"time"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/input"
)

// feedPoll is how often JobsCreated looks for new rows once it has
// delivered every one; feedPage how many rows it reads at a time.
const (
	feedPoll = 200 * time.Millisecond
	feedPage = 100
)

// JobsCreated delivers the JobCreated events the index holds, in chain
// order, from block from (or strictly after the Cursor after, when set),
// then the new ones as the Indexer writes them, until ctx ends. It makes
// *DB a matching.JobFeed, so that a matching.Worker takes its jobs from
// the index instead of scanning the chain.
//
// It never delivers removals: a reorg rolls the index back, and the
// events the Indexer had written from the dropped blocks were delivered
// already. Give the Indexer enough Confirmations that the jobs a worker
// sees are final. Database errors are yielded and reading goes on if the
// loop continues.
func (d *DB) JobsCreated(ctx context.Context, from uint64, after *chain.Cursor) iter.Seq2[chain.Event[*jobregistry.JobRegistryJobCreated], error] {
	if d == nil || d.db == nil {
		return func(yield func(chain.Event[*jobregistry.JobRegistryJobCreated], error) bool) {
			yield(chain.Event[*jobregistry.JobRegistryJobCreated]{}, input.Unbuilt("index.DB", "index.Open"))
		}
	}
	jr := jobregistry.NewJobRegistry()
	query := d.dialect.rebind(`SELECT ` + eventColumns + ` FROM events WHERE contract = ? AND name = 'JobCreated' AND block >= ?
		AND (block > ? OR (block = ? AND log_index > ?)) ORDER BY block, log_index LIMIT ?`)
	return func(yield func(chain.Event[*jobregistry.JobRegistryJobCreated], error) bool) {
		// pos is the last row delivered; -1 as a log index delivers the
		// whole block.
		block, index := int64Of(from), int64(-1)
		if after != nil {
			block, index = int64Of(after.Block), int64Of(uint64(after.LogIndex))
		}
		for ctx.Err() == nil {
			evs, err := d.feedPage(ctx, query, int64Of(from), block, index)
			if err != nil {
				if !yield(chain.Event[*jobregistry.JobRegistryJobCreated]{}, err) {
					return
				}
			}
			for _, e := range evs {
				l := e.log()
				v, err := jr.UnpackJobCreatedEvent(&l)
				if err != nil {
					err = fmt.Errorf("index: decode JobCreated at block %d: %w", e.block, err)
				}
				block, index = e.block, e.logIndex
				if !yield(chain.Event[*jobregistry.JobRegistryJobCreated]{Value: v, Log: l, Cursor: chain.CursorOf(l)}, err) {
					return
				}
			}
			if len(evs) == feedPage {
				continue
			}
			select {
			case <-ctx.Done():
			case <-time.After(feedPoll):
			}
		}
	}
}

func (d *DB) feedPage(ctx context.Context, query string, from, block, index int64) ([]storedEvent, error) {
	rows, err := d.db.QueryContext(ctx, query, ContractJobRegistry, from, block, block, index, feedPage)
	if err != nil {
		return nil, d.connErr(err)
	}
	defer rows.Close()
	var out []storedEvent
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, d.connErr(rows.Err())
}
