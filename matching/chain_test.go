package matching_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/reputationengine"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/identity"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/testenv"
	"github.com/agijobs/agijobs-go/matching"
	"github.com/agijobs/agijobs-go/storage"
)

// rpcBackend adds a Client() *rpc.Client to a backend, served by an
// in-process JSON-RPC server whose eth_call forwards to the backend, so the
// batched path of Reader runs on the embedded chain.
type rpcBackend struct {
	matching.Backend
	rc *rpc.Client
}

func (b rpcBackend) Client() *rpc.Client { return b.rc }

type ethService struct{ b matching.Backend }

type callArgs struct {
	To    common.Address `json:"to"`
	Input hexutil.Bytes  `json:"input"`
}

// Call serves eth_call.
func (s ethService) Call(ctx context.Context, args callArgs, block hexutil.Uint64) (hexutil.Bytes, error) {
	return s.b.CallContract(ctx, ethereum.CallMsg{To: &args.To, Data: args.Input}, new(big.Int).SetUint64(uint64(block)))
}

func withRPC(t *testing.T, b matching.Backend) rpcBackend {
	t.Helper()
	srv := rpc.NewServer()
	if err := srv.RegisterName("eth", ethService{b}); err != nil {
		t.Fatal(err)
	}
	rc := rpc.DialInProc(srv)
	t.Cleanup(func() { rc.Close(); srv.Stop() })
	return rpcBackend{b, rc}
}

func TestReaderBatchedAndPlain(t *testing.T) {
	env := agijobstest.New(t)
	testReader(t, env, map[string]matching.Backend{
		"batched":        withRPC(t, env.Backend()),
		"embedded batch": env.Backend(),
		"plain calls":    struct{ matching.Backend }{env.Backend()}, // hides BatchCallContext
	})
}

func TestReaderAnvil(t *testing.T) {
	env := agijobstest.New(t, agijobstest.WithRPC(testenv.StartAnvil(t).URL))
	testReader(t, env, map[string]matching.Backend{"batched": env.Backend()})
}

func testReader(t *testing.T, env *agijobstest.Env, backends map[string]matching.Backend) {
	ctx := context.Background()
	re, rep := reputationengine.NewReputationEngine(), env.Addresses().ReputationEngine
	r := env.Roles()
	for _, data := range [][]byte{re.PackSetCaller(r.Owner.Address(), true), re.PackAdd(r.Agents[0].Address(), big.NewInt(7))} {
		if _, err := env.Owner().Send(ctx, chain.TxCandidate{To: &rep, Data: data, Label: "reputation"}); err != nil {
			t.Fatal(err)
		}
	}

	const agent, validator = 0, 1
	base := []matching.Profile{{Address: r.Agents[0].Address()}, {Address: r.Validators[0].Address()}}
	for i := 0; i < 300; i++ { // enough for several batches
		base = append(base, matching.Profile{Address: common.BigToAddress(big.NewInt(int64(1000 + i)))})
	}
	addrs := env.Addresses()
	for name, backend := range backends {
		t.Run(name, func(t *testing.T) {
			r, err := matching.NewReader(matching.ReaderConfig{Backend: backend, ReputationEngine: addrs.ReputationEngine, StakeManager: addrs.StakeManager, BatchSize: 64})
			if err != nil {
				t.Fatal(err)
			}
			if batched := r.Batched(); batched != (name != "plain calls") {
				t.Fatalf("batched = %v", batched)
			}
			ps := append([]matching.Profile(nil), base...)
			if err := r.Load(ctx, ps); err != nil {
				t.Fatal(err)
			}
			if ps[agent].Reputation.Int64() != 7 || ps[agent].Stake.Cmp(deploy.Ether(100)) != 0 {
				t.Fatalf("agent: reputation %v stake %v", ps[agent].Reputation, ps[agent].Stake)
			}
			if ps[validator].Stake.Sign() != 0 { // validator stake is role 1, not agent stake
				t.Fatalf("validator agent stake %v", ps[validator].Stake)
			}
			if last := ps[len(ps)-1]; last.Reputation == nil || last.Reputation.Sign() != 0 || last.Stake == nil {
				t.Fatalf("last profile not loaded: %+v", last)
			}
			// Wrong addresses give a clear error, not zeros.
			bad, _ := matching.NewReader(matching.ReaderConfig{Backend: backend, ReputationEngine: common.HexToAddress("0x01"), StakeManager: addrs.StakeManager})
			if err := bad.Load(ctx, ps[:1]); err == nil || !strings.Contains(err.Error(), "check the ReaderConfig addresses") {
				t.Fatalf("reading reputation from a non-contract: %v", err)
			}
		})
	}
	if _, err := matching.NewReader(matching.ReaderConfig{}); err == nil {
		t.Fatal("empty ReaderConfig accepted")
	}
}

// chainApplier is a small Applier on the bindings and a chain.Manager.
type chainApplier struct {
	m     *chain.Manager
	jr    common.Address
	store storage.Store

	// fault, when set, may fail a call before anything is sent, as a
	// transport failure of the reads an Applier makes first would.
	fault func() error

	mu      sync.Mutex
	applies map[string]int
	submits map[string]int
}

func (a *chainApplier) injectFault() error {
	if a.fault == nil {
		return nil
	}
	return a.fault()
}

// minedCalls counts the transactions from account in the chain's blocks
// that call method of the JobRegistry for job id, reverted ones included:
// what was sent, whatever the senders' own counts say.
func minedCalls(t *testing.T, env *agijobstest.Env, from common.Address, method string, id *big.Int) int {
	t.Helper()
	ctx := context.Background()
	blocks, ok := env.Backend().(interface {
		BlockByNumber(context.Context, *big.Int) (*types.Block, error)
	})
	if !ok {
		t.Fatal("the backend cannot read blocks")
	}
	head, err := env.Backend().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sel := jobregistry.NewJobRegistry().GetABI().Methods[method].ID
	n := 0
	for b := uint64(1); b <= head; b++ {
		blk, err := blocks.BlockByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range blk.Transactions() {
			d := tx.Data()
			if len(d) < 36 || !bytes.Equal(d[:4], sel) || new(big.Int).SetBytes(d[4:36]).Cmp(id) != 0 {
				continue
			}
			if sender, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx); err == nil && sender == from {
				n++
			}
		}
	}
	return n
}

func newChainApplier(t *testing.T, env *agijobstest.Env, s chain.Signer) *chainApplier {
	t.Helper()
	m, err := env.Manager(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	return &chainApplier{m: m, jr: env.Addresses().JobRegistry, store: env.Store(), applies: map[string]int{}, submits: map[string]int{}}
}

func proofWords(p []common.Hash) [][32]byte {
	out := make([][32]byte, len(p))
	for i, h := range p {
		out[i] = h
	}
	return out
}

func (a *chainApplier) Apply(ctx context.Context, id *big.Int, claim identity.Claim) error {
	if err := a.injectFault(); err != nil {
		return err
	}
	a.mu.Lock()
	a.applies[id.String()]++
	a.mu.Unlock()
	_, err := a.m.Send(ctx, chain.TxCandidate{To: &a.jr, Data: jobregistry.NewJobRegistry().PackApplyForJob(id, claim.Label, proofWords(claim.Proof)), Label: "applyForJob " + id.String()})
	return err
}

func (a *chainApplier) Submit(ctx context.Context, id *big.Int, res *storage.JobResult, claim identity.Claim) error {
	if err := a.injectFault(); err != nil {
		return err
	}
	a.mu.Lock()
	a.submits[id.String()]++
	a.mu.Unlock()
	pub, err := storage.PublishJobResult(ctx, a.store, res)
	if err != nil {
		return err
	}
	_, err = a.m.Send(ctx, chain.TxCandidate{To: &a.jr, Data: jobregistry.NewJobRegistry().PackSubmit(id, pub.Hash, pub.URI, claim.Label, proofWords(claim.Proof)), Label: "submit " + id.String()})
	return err
}

func (a *chainApplier) counts(id *big.Int) (int, int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.applies[id.String()], a.submits[id.String()]
}

// postJob publishes a spec of category and has employer 0 create the job;
// a non-zero badHash is put on chain instead of the spec's hash. It returns
// the job id and the creation block.
func postJob(t testing.TB, env *agijobstest.Env, category string, badHash common.Hash) (*big.Int, uint64) {
	t.Helper()
	id, at := postJobAt(t, env, category, badHash)
	return id, at.Block
}

// postJobAt is postJob returning the position of the JobCreated event.
func postJobAt(t testing.TB, env *agijobstest.Env, category string, badHash common.Hash) (*big.Int, chain.Cursor) {
	t.Helper()
	ctx := context.Background()
	reward := deploy.Ether(50)
	now, err := env.Now(ctx)
	if err != nil {
		t.Fatal(err)
	}
	deadline := now.Add(24 * time.Hour)
	spec := &storage.JobSpec{
		Version: 1, Title: "port a parser", Description: "Port the parser to Go.", Category: category,
		Skills: []string{"go", "parsing"}, Reward: reward.String(), Token: env.Addresses().Token,
		Deadline: deadline.Unix(), AgentTypes: []string{storage.AgentAI}, AcceptanceCriteria: []string{"tests pass"},
	}
	pub, err := storage.PublishJobSpec(ctx, env.Store(), spec)
	if err != nil {
		t.Fatal(err)
	}
	hash := pub.Hash
	if badHash != (common.Hash{}) {
		hash = badHash
	}
	ec := env.Escrow()
	prm, err := ec.Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Div(new(big.Int).Mul(reward, new(big.Int).SetUint64(prm.FeePct)), big.NewInt(100))
	m, err := env.Manager(ctx, env.Roles().Employers[0])
	if err != nil {
		t.Fatal(err)
	}
	approve, err := ec.BuildApprove(env.Addresses().Token, new(big.Int).Add(reward, fee))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.Send(ctx, approve); err != nil {
		t.Fatal(err)
	}
	create, err := ec.BuildCreateJob(escrow.CreateJobCall{Reward: reward, Deadline: deadline, SpecHash: hash, URI: pub.URI})
	if err != nil {
		t.Fatal(err)
	}
	r, err := m.Send(ctx, create)
	if err != nil {
		t.Fatal(err)
	}
	jr := jobregistry.NewJobRegistry()
	for _, l := range r.Logs {
		if ev, err := jr.UnpackJobCreatedEvent(l); err == nil {
			return ev.JobId, chain.CursorOf(*l)
		}
	}
	t.Fatal("no JobCreated event")
	return nil, chain.Cursor{}
}

type workerRun struct {
	cancel context.CancelFunc
	done   chan error
}

func startWorker(t testing.TB, cfg matching.WorkerConfig) *workerRun {
	t.Helper()
	w, err := matching.NewWorker(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &workerRun{cancel: cancel, done: make(chan error, 1)}
	go func() { r.done <- w.Run(ctx) }()
	t.Cleanup(r.stop)
	return r
}

func (r *workerRun) stop() {
	r.cancel()
	<-r.done
	r.done <- nil // let a second stop return
}

func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func workerConfig(t testing.TB, env *agijobstest.Env, applier matching.Applier, statePath string) matching.WorkerConfig {
	t.Helper()
	reader, err := env.Client().ProfileReader()
	if err != nil {
		t.Fatal(err)
	}
	return matching.WorkerConfig{
		Backend: env.Backend(), JobRegistry: env.Addresses().JobRegistry, Fetcher: env.Store(),
		Profile: matching.Profile{Address: env.Roles().Agents[0].Address(), Skills: []string{"Go", "parsing"}, Categories: []string{"coding"}, Price: deploy.Ether(1)},
		Policy:  matching.SamplePolicy(t), Claim: identity.Claim{Label: "alice"}, Applier: applier, Reader: reader,
		Handler: func(ctx context.Context, task matching.Task) (*storage.JobResult, error) {
			return &storage.JobResult{Summary: "ported " + task.Spec.Title, Outputs: []storage.Attachment{{Name: "parser.go", URI: task.SpecURI}}}, nil
		},
		StatePath: statePath, PollInterval: 10 * time.Millisecond, FetchAttempts: 1,
	}
}

// recorded waits until the worker's state file shows job id in status.
func recorded(path string, id *big.Int, status matching.JobStatus) func() bool {
	return func() bool {
		st, ok, err := matching.LoadState(path)
		if err != nil || !ok {
			return false
		}
		r := st.Jobs[id.String()]
		return r != nil && r.Status == status
	}
}

// stateCursor reads where the worker's state file says it would resume;
// nil before the first event.
func stateCursor(t *testing.T, path string) *chain.Cursor {
	st, ok, err := matching.LoadState(path)
	if err != nil || !ok {
		t.Fatalf("state: %v %v", ok, err)
	}
	return st.After
}

// jobState reads the state of job id.
func jobState(t *testing.T, env *agijobstest.Env, id *big.Int) escrow.State {
	t.Helper()
	j, err := env.Escrow().Job(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return j.State
}

// TestWorkerRestart runs a worker, stops it, posts a job while it is down
// and restarts it on the same state file: the new job is taken, the old one
// is not applied to again, and declined jobs stay untouched.
func TestWorkerRestart(t *testing.T) {
	env := agijobstest.New(t)
	applier := newChainApplier(t, env, env.Roles().Agents[0])
	statePath := filepath.Join(t.TempDir(), "worker.json")
	cfg := workerConfig(t, env, applier, statePath)

	run1 := startWorker(t, cfg)
	waitFor(t, "the state file", func() bool { _, err := os.Stat(statePath); return err == nil })
	job1, _ := postJob(t, env, "coding", common.Hash{})
	job2, _ := postJob(t, env, "gambling", common.Hash{})                         // denied category
	job3, b3 := postJob(t, env, "coding", crypto.Keccak256Hash([]byte("forged"))) // spec does not match its hash
	waitFor(t, "job 1 submitted", recorded(statePath, job1, matching.StatusSubmitted))
	waitFor(t, "the worker to pass job 3", func() bool { c := stateCursor(t, statePath); return c != nil && c.Block >= b3 })
	run1.stop()

	job4, _ := postJob(t, env, "Coding", common.Hash{})
	run2 := startWorker(t, cfg)
	waitFor(t, "job 4 submitted", recorded(statePath, job4, matching.StatusSubmitted))
	run2.stop()

	for _, c := range []struct {
		id               *big.Int
		applies, submits int
		state            escrow.State
	}{{job1, 1, 1, escrow.StateSubmitted}, {job2, 0, 0, escrow.StateCreated}, {job3, 0, 0, escrow.StateCreated}, {job4, 1, 1, escrow.StateSubmitted}} {
		a, s := applier.counts(c.id)
		if a != c.applies || s != c.submits {
			t.Errorf("job %s: %d applies, %d submits; want %d, %d", c.id, a, s, c.applies, c.submits)
		}
		if st := jobState(t, env, c.id); st != c.state {
			t.Errorf("job %s: state %s, want %s", c.id, st, c.state)
		}
	}
	// The result on chain is the handler's, completed by the worker.
	w, _ := matching.NewWorker(cfg)
	recs := w.Jobs()
	if len(recs) != 2 || recs[0].ID != job1.String() || recs[1].ID != job4.String() || recs[0].Status != matching.StatusSubmitted || recs[1].Status != matching.StatusSubmitted {
		t.Fatalf("records %+v", recs)
	}
}

// TestWorkerResumesInterruptedApplication starts a worker on a state file
// that says it was applying when the process died, while the application
// had in fact landed: the worker must not apply again, and must finish the
// job.
func TestWorkerResumesInterruptedApplication(t *testing.T) {
	env := agijobstest.New(t)
	applier := newChainApplier(t, env, env.Roles().Agents[0])
	statePath := filepath.Join(t.TempDir(), "worker.json")
	cfg := workerConfig(t, env, applier, statePath)

	ctx := context.Background()
	id, block := postJob(t, env, "coding", common.Hash{})
	j, err := env.Escrow().Job(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := env.Agent(0).Apply(ctx, id); err != nil {
		t.Fatal(err)
	}
	lost, _ := postJob(t, env, "coding", common.Hash{})
	if _, err := env.Agent(1).Apply(ctx, lost); err != nil {
		t.Fatal(err)
	}
	st := &matching.WorkerState{Version: matching.StateVersion, JobRegistry: cfg.JobRegistry, Agent: cfg.Profile.Address,
		FromBlock: block, After: &chain.Cursor{Block: block + 10},
		Jobs: map[string]*matching.JobRecord{
			id.String():   {ID: id.String(), Status: matching.StatusApplying, SpecURI: "", SpecHash: j.SpecHash, Block: block},
			lost.String(): {ID: lost.String(), Status: matching.StatusApplying, Block: block},
		}}
	// The spec URI is what the JobCreated event said.
	for ev, err := range chain.Events(ctx, env.Backend(), chain.LogQuery{Addresses: []common.Address{cfg.JobRegistry}, FromBlock: block, ToBlock: block}, jobregistry.NewJobRegistry().UnpackJobCreatedEvent) {
		if err == nil && ev.JobId.Cmp(id) == 0 {
			st.Jobs[id.String()].SpecURI = ev.Uri
		}
	}
	if err := st.Save(statePath); err != nil {
		t.Fatal(err)
	}

	run := startWorker(t, cfg)
	waitFor(t, "the job submitted", recorded(statePath, id, matching.StatusSubmitted))
	run.stop()
	if a, s := applier.counts(id); a != 0 || s != 1 {
		t.Fatalf("%d applies, %d submits; want 0, 1", a, s)
	}
	w, _ := matching.NewWorker(cfg)
	recs := w.Jobs()
	if len(recs) != 2 || recs[0].Status != matching.StatusSubmitted || recs[1].Status != matching.StatusLost {
		t.Fatalf("records %+v", recs)
	}

	// A state file of another agent is refused.
	cfg.Profile.Address = env.Roles().Agents[1].Address()
	w2, _ := matching.NewWorker(cfg)
	if err := w2.Run(context.Background()); err == nil {
		t.Fatal("state of another agent accepted")
	}
}

func TestWorkerConfigCheck(t *testing.T) {
	_, err := matching.NewWorker(matching.WorkerConfig{Policy: &matching.Policy{}, AgentType: "robot"})
	if err == nil {
		t.Fatal("empty config accepted")
	}
	for _, want := range []string{"Backend", "JobRegistry", "Fetcher", "Profile.Address", "Applier", "Handler", "StatePath", "AgentType", "weights"} {
		if !contains(err.Error(), want) {
			t.Errorf("error lacks %q: %v", want, err)
		}
	}
	var ve input.Errors
	if !errors.As(err, &ve) || !errors.Is(err, input.ErrInvalid) {
		t.Fatalf("problems not reachable with errors.As: %v", err)
	}
	fields := map[string]bool{}
	for _, f := range ve {
		fields[f.Field] = true
	}
	for _, want := range []string{"matching.WorkerConfig.Backend", "matching.WorkerConfig.AgentType", "matching.WorkerConfig.Policy.weights"} {
		if !fields[want] {
			t.Errorf("no problem on %s in %v", want, err)
		}
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
