package matching_test

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/matching"
	"github.com/agijobs/agijobs-go/storage"
	"github.com/agijobs/agijobs-go/wait"
)

// gatedFetcher answers "not found" while closed, as a gateway does for
// content that has not reached it yet.
type gatedFetcher struct {
	storage.Fetcher
	closed atomic.Bool
	gets   atomic.Int64
}

func (f *gatedFetcher) Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	f.gets.Add(1)
	if f.closed.Load() {
		return nil, fmt.Errorf("gateway: %s: %w", c, storage.ErrNotFound)
	}
	return f.Fetcher.Get(ctx, c)
}

// TestWorkerDefersUnfetchableSpec: a job whose spec cannot be fetched is
// neither declined nor waited for. It is recorded as deferred and the
// worker goes on past it; the spec is fetched again later, across a
// restart, and the job is taken when the spec comes. A deferred job that
// leaves the Created state loses its record.
func TestWorkerDefersUnfetchableSpec(t *testing.T) {
	env := agijobstest.New(t)
	ctx := context.Background()
	applier := newChainApplier(t, env, env.Roles().Agents[0])
	statePath := filepath.Join(t.TempDir(), "worker.json")
	cfg := workerConfig(t, env, applier, statePath)
	f := &gatedFetcher{Fetcher: env.Store()}
	f.closed.Store(true)
	cfg.Fetcher = f
	cfg.SpecRetry = wait.Backoff{MinDelay: 20 * time.Millisecond, MaxDelay: 50 * time.Millisecond}

	run1 := startWorker(t, cfg)
	kept, _ := postJob(t, env, "coding", common.Hash{})
	cancelled, at := postJob(t, env, "coding", common.Hash{})
	waitFor(t, "both jobs deferred", func() bool {
		return recorded(statePath, kept, matching.StatusDeferred)() && recorded(statePath, cancelled, matching.StatusDeferred)()
	})
	waitFor(t, "the resume point past both jobs", func() bool { c := stateCursor(t, statePath); return c != nil && c.Block >= at })
	waitFor(t, "the specs fetched again", func() bool {
		st, _, _ := matching.LoadState(statePath)
		return st.Jobs[kept.String()].Tries >= 3
	})
	if _, err := env.Employer(0).Cancel(ctx, cancelled); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the cancelled job's record dropped", func() bool {
		st, _, _ := matching.LoadState(statePath)
		_, ok := st.Jobs[cancelled.String()]
		return !ok
	})
	run1.stop()
	r := func() matching.JobRecord {
		st, _, _ := matching.LoadState(statePath)
		return *st.Jobs[kept.String()]
	}()
	if r.Event == nil || r.SpecURI == "" || r.Reason == "" {
		t.Fatalf("deferred record %+v: want its event, spec URI and reason", r)
	}
	if a, _ := applier.counts(kept); a != 0 {
		t.Fatalf("%d applications while the spec could not be fetched", a)
	}

	// The spec comes while the worker is down: the next run takes the job
	// from its record, although no event delivers it again.
	f.closed.Store(false)
	run2 := startWorker(t, cfg)
	waitFor(t, "the deferred job submitted", recorded(statePath, kept, matching.StatusSubmitted))
	run2.stop()
	if a, s := applier.counts(kept); a != 1 || s != 1 {
		t.Fatalf("deferred job: %d applies, %d submits; want 1, 1", a, s)
	}
	if st := jobState(t, env, kept); st != escrow.StateSubmitted {
		t.Fatalf("deferred job in state %s", st)
	}
	if st := jobState(t, env, cancelled); st != escrow.StateCancelled {
		t.Fatalf("cancelled job in state %s", st)
	}
}
