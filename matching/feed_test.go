package matching_test

import (
	"context"
	"iter"
	"math/big"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/index"
	"github.com/agijobs/agijobs-go/matching"
)

// TestWorkerFeedFromIndex runs a worker whose jobs come from an index
// (Feed) instead of its own chain scan, across a restart: it takes the
// jobs the index delivers, each once.
func TestWorkerFeedFromIndex(t *testing.T) {
	env := agijobstest.New(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	db, err := index.Open(ctx, filepath.Join(t.TempDir(), "index.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ix, err := index.NewIndexer(db, index.Config{Backend: env.Backend(), Addresses: env.Addresses(), PollInterval: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	indexed := make(chan error, 1)
	go func() { indexed <- ix.Run(ctx) }()
	defer func() { cancel(); <-indexed }()

	applier := newChainApplier(t, env, env.Roles().Agents[0])
	statePath := filepath.Join(t.TempDir(), "worker.json")
	cfg := workerConfig(t, env, applier, statePath)
	feed := &countingFeed{db: db}
	cfg.Feed = feed

	run1 := startWorker(t, cfg)
	job1, _ := postJob(t, env, "coding", common.Hash{})
	waitFor(t, "job 1 submitted", recorded(statePath, job1, matching.StatusSubmitted))
	run1.stop()

	job2, _ := postJob(t, env, "coding", common.Hash{})
	run2 := startWorker(t, cfg)
	waitFor(t, "job 2 submitted", recorded(statePath, job2, matching.StatusSubmitted))
	run2.stop()
	if n := feed.delivered.Load(); n < 2 {
		t.Fatalf("the index delivered %d jobs, want the 2 the worker took", n)
	}
	for _, id := range []*big.Int{job1, job2} {
		a, s := applier.counts(id)
		if a != 1 || s != 1 {
			t.Errorf("job %v: %d applies, %d submits; want 1 each", id, a, s)
		}
		if st := jobState(t, env, id); st != escrow.StateSubmitted {
			t.Errorf("job %v: state %s", id, st)
		}
	}
}

// countingFeed counts the events the index delivers.
type countingFeed struct {
	db        *index.DB
	delivered atomic.Int64
}

func (f *countingFeed) JobsCreated(ctx context.Context, from uint64, after *chain.Cursor) iter.Seq2[chain.Event[*jobregistry.JobRegistryJobCreated], error] {
	return func(yield func(chain.Event[*jobregistry.JobRegistryJobCreated], error) bool) {
		for ev, err := range f.db.JobsCreated(ctx, from, after) {
			if err == nil {
				f.delivered.Add(1)
			}
			if !yield(ev, err) {
				return
			}
		}
	}
}
