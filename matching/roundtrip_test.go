package matching_test

import (
	"context"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/matching"
)

// jobRequests records, per job, the node requests a worker makes for it
// until the first transaction it sends for it: the requests between
// seeing the job and broadcasting its application.
type jobRequests struct {
	mu   sync.Mutex
	reqs map[string][]string
	sent map[string]bool
}

func (j *jobRequests) before(ctx context.Context, method string) error {
	id := matching.JobOf(ctx)
	if id == nil {
		return nil
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if !j.sent[id.String()] {
		j.reqs[id.String()] = append(j.reqs[id.String()], method)
		j.sent[id.String()] = method == "eth_sendRawTransaction"
	}
	return nil
}

func (j *jobRequests) of(id string) []string {
	j.mu.Lock()
	defer j.mu.Unlock()
	return slices.Clone(j.reqs[id])
}

// TestWorkerApplyRoundTrips counts the node requests a worker on the fast
// path makes between seeing a JobCreated event (pushed by a log
// subscription) and broadcasting its application: at most 3 for the
// first job (the gas estimate and the nonce are read once), and only the
// broadcast itself afterwards, since the stake, reputation, identity,
// protocol limits and fees come from what the worker read at the last
// block.
func TestWorkerApplyRoundTrips(t *testing.T) {
	env := agijobstest.New(t)
	ctx := context.Background()
	rec := &jobRequests{reqs: map[string][]string{}, sent: map[string]bool{}}
	node := newHookBackend(env.Backend(), true, rec.before)
	m, err := chain.NewManager(ctx, chain.ManagerConfig{Backend: node, Signer: env.Roles().Agents[0], ChainID: env.ChainID(), PollInterval: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	applier := &chainApplier{m: m, jr: env.Addresses().JobRegistry, store: env.Store(), applies: map[string]int{}, submits: map[string]int{}}
	statePath := filepath.Join(t.TempDir(), "worker.json")
	cfg := workerConfig(t, env, applier, statePath)
	cfg.Backend, cfg.Sender = node, m
	reader, err := matching.NewReader(matching.ReaderConfig{Backend: node, ReputationEngine: env.Addresses().ReputationEngine, StakeManager: env.Addresses().StakeManager})
	if err != nil {
		t.Fatal(err)
	}
	cfg.Reader = reader
	cfg.PollInterval = time.Hour // nothing may arrive by polling
	run := startWorker(t, cfg)
	waitFor(t, "the state file", func() bool { _, ok, _ := matching.LoadState(statePath); return ok })

	for i := range 3 {
		id, _ := postJob(t, env, "coding", common.Hash{})
		waitFor(t, "the job submitted", recorded(statePath, id, matching.StatusSubmitted))
		reqs := rec.of(id.String())
		t.Logf("job %v: %d requests between seeing it and broadcasting its application: %v", id, len(reqs), reqs)
		if len(reqs) == 0 || reqs[len(reqs)-1] != "eth_sendRawTransaction" {
			t.Fatalf("job %v: the application was not the last request: %v", id, reqs)
		}
		limit := 1
		if i == 0 {
			limit = 3
		}
		if len(reqs) > limit {
			t.Errorf("job %v: %d requests before the application is broadcast, want at most %d: %v", id, len(reqs), limit, reqs)
		}
		if a, s := applier.counts(id); a != 0 || s != 1 {
			t.Errorf("job %v: %d applies through the Applier, %d submits; want 0 (the worker sent it) and 1", id, a, s)
		}
	}
	run.stop()
}
