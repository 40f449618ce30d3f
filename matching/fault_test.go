package matching_test

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/matching"
	"github.com/agijobs/agijobs-go/storage"
	"github.com/agijobs/agijobs-go/wait"
)

// faults fails a share of the calls it is asked about with a connection
// reset, the failure a flaky link or proxy gives most often.
type faults struct {
	mu       sync.Mutex
	rng      *rand.Rand
	share    float64
	injected atomic.Int64
}

func newFaults(share float64, seed uint64) *faults {
	return &faults{rng: rand.New(rand.NewPCG(seed, seed)), share: share}
}

func (f *faults) maybe() error {
	f.mu.Lock()
	hit := f.rng.Float64() < f.share
	f.mu.Unlock()
	if !hit {
		return nil
	}
	f.injected.Add(1)
	return &net.OpError{Op: "read", Net: "tcp", Err: syscall.ECONNRESET}
}

// faultedMethods are the reads a fault-injecting node fails: contract
// calls, batches of them, logs, headers and the head.
var faultedMethods = map[string]bool{"eth_call": true, "batch": true, "eth_getLogs": true, "eth_getBlockByNumber": true, "eth_blockNumber": true}

// stateWatch samples a worker's state file while the worker runs and
// records every violation of the worker's promises: a transient error
// recorded as a job's outcome, or a resume point past a job that should
// have been taken and is not recorded.
type stateWatch struct {
	path string

	mu         sync.Mutex
	taken      map[string]chain.Cursor // jobs the worker must take, by id
	violations []string
	samples    int

	stop chan struct{}
	done chan struct{}
}

func watchState(t *testing.T, path string) *stateWatch {
	w := &stateWatch{path: path, taken: map[string]chain.Cursor{}, stop: make(chan struct{}), done: make(chan struct{})}
	go w.run()
	t.Cleanup(w.close)
	return w
}

// expect says the worker must take job id, created at cur.
func (w *stateWatch) expect(id *big.Int, cur chain.Cursor) {
	w.mu.Lock()
	w.taken[id.String()] = cur
	w.mu.Unlock()
}

func (w *stateWatch) run() {
	defer close(w.done)
	for {
		select {
		case <-w.stop:
			return
		case <-time.After(time.Millisecond):
		}
		w.check()
	}
}

func (w *stateWatch) check() {
	st, ok, err := matching.LoadState(w.path)
	w.mu.Lock()
	defer w.mu.Unlock()
	if err != nil {
		w.violations = append(w.violations, "state unreadable: "+err.Error())
		return
	}
	if !ok {
		return
	}
	w.samples++
	for id, r := range st.Jobs {
		if r.Status == matching.StatusFailed || r.Status == matching.StatusLost || strings.Contains(r.Reason, "connection reset") {
			w.violations = append(w.violations, fmt.Sprintf("job %s recorded %s: %s", id, r.Status, r.Reason))
		}
	}
	if st.After == nil {
		return
	}
	for id, cur := range w.taken {
		past := st.After.Block > cur.Block || st.After.Block == cur.Block && st.After.LogIndex >= cur.LogIndex
		if _, recorded := st.Jobs[id]; past && !recorded {
			w.violations = append(w.violations, fmt.Sprintf("resume point %v is past job %s (%v), which is not recorded", *st.After, id, cur))
		}
	}
}

func (w *stateWatch) close() {
	select {
	case <-w.stop:
	default:
		close(w.stop)
	}
	<-w.done
}

// result stops watching, checks the state a last time and returns the
// violations and how many states were sampled.
func (w *stateWatch) result() ([]string, int) {
	w.close()
	w.check()
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.violations...), w.samples
}

// TestWorkerThroughTransportFaults runs a worker on a node that fails a
// quarter of its reads (calls, batches, logs, headers, the head) with a
// connection reset, and an applier whose calls fail the same way before
// sending, through a stop in the middle of a job and a restart. Every job
// that fits is applied to once and submitted once on chain, the state
// file never records a failure, and its resume point never passes a job
// that fits and is not recorded. Both ways of applying run: the fast path
// (a Sender) and the Applier.
func TestWorkerThroughTransportFaults(t *testing.T) {
	for _, fast := range []bool{true, false} {
		name := "applier"
		if fast {
			name = "fast path"
		}
		t.Run(name, func(t *testing.T) { testWorkerFaults(t, fast) })
	}
}

func testWorkerFaults(t *testing.T, fast bool) {
	env := agijobstest.New(t)
	ctx := context.Background()
	agent := env.Roles().Agents[0].Address()
	applier := newChainApplier(t, env, env.Roles().Agents[0])
	fs := newFaults(0.25, 13)
	applier.fault = fs.maybe
	node := newHookBackend(env.Backend(), false, func(_ context.Context, method string) error {
		if faultedMethods[method] {
			return fs.maybe()
		}
		return nil
	})
	statePath := filepath.Join(t.TempDir(), "worker.json")
	cfg := workerConfig(t, env, applier, statePath)
	cfg.Backend = node
	reader, err := matching.NewReader(matching.ReaderConfig{Backend: node, ReputationEngine: env.Addresses().ReputationEngine, StakeManager: env.Addresses().StakeManager})
	if err != nil {
		t.Fatal(err)
	}
	cfg.Reader = reader
	cfg.Retry = wait.Backoff{MinDelay: time.Millisecond, MaxDelay: 20 * time.Millisecond}
	cfg.RetryBudget = 30 * time.Second
	if fast {
		cfg.Sender = applier.m
	}
	// The handler holds a job while hold is set, until the worker stops.
	var hold atomic.Bool
	handler := cfg.Handler
	cfg.Handler = func(ctx context.Context, task matching.Task) (*storage.JobResult, error) {
		if hold.Load() {
			<-ctx.Done()
			return nil, ctx.Err()
		}
		return handler(ctx, task)
	}
	watch := watchState(t, statePath)
	post := func(category string) *big.Int {
		id, cur := postJobAt(t, env, category, common.Hash{})
		if category == "coding" {
			watch.expect(id, cur)
		}
		return id
	}

	run1 := startWorker(t, cfg)
	job1 := post("coding")
	declined := post("gambling")
	waitFor(t, "job 1 submitted", recorded(statePath, job1, matching.StatusSubmitted))
	hold.Store(true)
	job2 := post("coding")
	waitFor(t, "job 2 applied", recorded(statePath, job2, matching.StatusApplied))
	run1.stop() // mid-job: the handler was working on job 2
	hold.Store(false)

	job3 := post("coding")
	run2 := startWorker(t, cfg)
	job4 := post("coding")
	for _, id := range []*big.Int{job2, job3, job4} {
		waitFor(t, fmt.Sprintf("job %v submitted", id), recorded(statePath, id, matching.StatusSubmitted))
	}
	run2.stop()

	violations, samples := watch.result()
	for _, v := range violations {
		t.Error(v)
	}
	t.Logf("%d faults injected, %d states sampled", fs.injected.Load(), samples)
	if fs.injected.Load() < 20 {
		t.Errorf("only %d faults injected; the test proves nothing", fs.injected.Load())
	}
	for _, id := range []*big.Int{job1, job2, job3, job4} {
		if n := minedCalls(t, env, agent, "applyForJob", id); n != 1 {
			t.Errorf("job %v: %d applications on chain, want 1", id, n)
		}
		if n := minedCalls(t, env, agent, "submit", id); n != 1 {
			t.Errorf("job %v: %d submissions on chain, want 1", id, n)
		}
		if st := jobState(t, env, id); st != escrow.StateSubmitted {
			t.Errorf("job %v: state %s", id, st)
		}
	}
	if n := minedCalls(t, env, agent, "applyForJob", declined); n != 0 {
		t.Errorf("declined job %v: %d applications", declined, n)
	}
	if _, err := env.Escrow().Job(ctx, declined); err != nil {
		t.Fatal(err)
	}
}

// TestWorkerTakesOverUnrecordedApplication starts a worker whose state
// file has neither a record of a job nor a resume point past it, while the
// chain shows the job assigned to the agent: a run stopped after sending
// the application and before its record reached the disk. The worker
// takes the job as its own, without applying again, and submits it.
func TestWorkerTakesOverUnrecordedApplication(t *testing.T) {
	env := agijobstest.New(t)
	ctx := context.Background()
	applier := newChainApplier(t, env, env.Roles().Agents[0])
	statePath := filepath.Join(t.TempDir(), "worker.json")
	cfg := workerConfig(t, env, applier, statePath)
	cfg.Sender = applier.m
	id, block := postJob(t, env, "coding", common.Hash{})
	if _, err := env.Agent(0).Apply(ctx, id); err != nil {
		t.Fatal(err)
	}
	st := &matching.WorkerState{Version: matching.StateVersion, JobRegistry: cfg.JobRegistry, Agent: cfg.Profile.Address, FromBlock: block, Jobs: map[string]*matching.JobRecord{}}
	if err := st.Save(statePath); err != nil {
		t.Fatal(err)
	}
	run := startWorker(t, cfg)
	waitFor(t, "the job submitted", recorded(statePath, id, matching.StatusSubmitted))
	run.stop()
	agent := env.Roles().Agents[0].Address()
	if a, s := minedCalls(t, env, agent, "applyForJob", id), minedCalls(t, env, agent, "submit", id); a != 1 || s != 1 {
		t.Fatalf("%d applications and %d submissions on chain; want 1 each", a, s)
	}
}
