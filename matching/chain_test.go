package matching

import (
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
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/reputationengine"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/identity"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/chaintest"
	"github.com/agijobs/agijobs-go/storage"
)

// rpcBackend adds a Client() *rpc.Client to a backend, served by an
// in-process JSON-RPC server whose eth_call forwards to the backend, so the
// batched path of Reader runs on the embedded chain.
type rpcBackend struct {
	Backend
	rc *rpc.Client
}

func (b rpcBackend) Client() *rpc.Client { return b.rc }

type ethService struct{ b Backend }

type callArgs struct {
	To    common.Address `json:"to"`
	Input hexutil.Bytes  `json:"input"`
}

// Call serves eth_call.
func (s ethService) Call(ctx context.Context, args callArgs, block hexutil.Uint64) (hexutil.Bytes, error) {
	return s.b.CallContract(ctx, ethereum.CallMsg{To: &args.To, Data: args.Input}, new(big.Int).SetUint64(uint64(block)))
}

func withRPC(t *testing.T, b Backend) rpcBackend {
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
	p := chaintest.NewProtocol(t, nil)
	testReader(t, p, map[string]Backend{"batched": withRPC(t, p.Client), "plain calls": p.Client})
}

func TestReaderAnvil(t *testing.T) {
	p := chaintest.NewProtocolOn(t, chaintest.NewAnvil(t), nil)
	testReader(t, p, map[string]Backend{"batched": p.Client.(*ethclient.Client)})
}

func testReader(t *testing.T, p *chaintest.Protocol, backends map[string]Backend) {
	ctx := context.Background()
	re := reputationengine.NewReputationEngine()
	p.MustSend(t, chaintest.Owner, p.Addr(deploy.ReputationEngine), re.PackSetCaller(p.Accounts[chaintest.Owner], true))
	p.MustSend(t, chaintest.Owner, p.Addr(deploy.ReputationEngine), re.PackAdd(p.Accounts[chaintest.Agent], big.NewInt(7)))

	var base []Profile
	for i := range p.Accounts {
		base = append(base, Profile{Address: p.Accounts[i]})
	}
	for i := 0; i < 300; i++ { // enough for several batches
		base = append(base, Profile{Address: common.BigToAddress(big.NewInt(int64(1000 + i)))})
	}
	for name, backend := range backends {
		t.Run(name, func(t *testing.T) {
			r, err := NewReader(ReaderConfig{Backend: backend, ReputationEngine: p.Addr(deploy.ReputationEngine), StakeManager: p.Addr(deploy.StakeManager), BatchSize: 64})
			if err != nil {
				t.Fatal(err)
			}
			if batched := r.rpc != nil; batched != (name == "batched") {
				t.Fatalf("batched = %v", batched)
			}
			ps := append([]Profile(nil), base...)
			if err := r.Load(ctx, ps); err != nil {
				t.Fatal(err)
			}
			if ps[chaintest.Agent].Reputation.Int64() != 7 || ps[chaintest.Agent].Stake.Cmp(deploy.Ether(100)) != 0 {
				t.Fatalf("agent: reputation %v stake %v", ps[chaintest.Agent].Reputation, ps[chaintest.Agent].Stake)
			}
			if ps[chaintest.Validator].Stake.Sign() != 0 { // validator stake is role 1, not agent stake
				t.Fatalf("validator agent stake %v", ps[chaintest.Validator].Stake)
			}
			if last := ps[len(ps)-1]; last.Reputation == nil || last.Reputation.Sign() != 0 || last.Stake == nil {
				t.Fatalf("last profile not loaded: %+v", last)
			}
			// Wrong addresses give a clear error, not zeros.
			bad, _ := NewReader(ReaderConfig{Backend: backend, ReputationEngine: common.HexToAddress("0x01"), StakeManager: p.Addr(deploy.StakeManager)})
			if err := bad.Load(ctx, ps[:1]); err == nil || !strings.Contains(err.Error(), "check the ReaderConfig addresses") {
				t.Fatalf("reading reputation from a non-contract: %v", err)
			}
		})
	}
	if _, err := NewReader(ReaderConfig{}); err == nil {
		t.Fatal("empty ReaderConfig accepted")
	}
}

// chainApplier is a small Applier on the bindings and a chain.Manager.
type chainApplier struct {
	m     *chain.Manager
	jr    common.Address
	store storage.Store

	mu      sync.Mutex
	applies map[string]int
	submits map[string]int
}

func newChainApplier(t *testing.T, p *chaintest.Protocol, account int, store storage.Store) *chainApplier {
	t.Helper()
	s, err := chain.NewKeySigner(p.Keys[account])
	if err != nil {
		t.Fatal(err)
	}
	m, err := chain.NewManager(context.Background(), chain.ManagerConfig{Backend: p.Client, Signer: s, PollInterval: 5 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = m.Close() })
	return &chainApplier{m: m, jr: p.Addr(deploy.JobRegistry), store: store, applies: map[string]int{}, submits: map[string]int{}}
}

func proofWords(p []common.Hash) [][32]byte {
	out := make([][32]byte, len(p))
	for i, h := range p {
		out[i] = h
	}
	return out
}

func (a *chainApplier) Apply(ctx context.Context, id *big.Int, claim identity.Claim) error {
	a.mu.Lock()
	a.applies[id.String()]++
	a.mu.Unlock()
	_, err := a.m.Send(ctx, chain.TxCandidate{To: &a.jr, Data: jobregistry.NewJobRegistry().PackApplyForJob(id, claim.Label, proofWords(claim.Proof)), Label: "applyForJob " + id.String()})
	return err
}

func (a *chainApplier) Submit(ctx context.Context, id *big.Int, res *storage.JobResult, claim identity.Claim) error {
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

// postJob publishes a spec of category and creates the job; a non-zero
// badHash is put on chain instead of the spec's hash.
func postJob(t *testing.T, p *chaintest.Protocol, store storage.Store, category string, badHash common.Hash) (*big.Int, uint64) {
	t.Helper()
	reward := deploy.Ether(50)
	spec := &storage.JobSpec{
		Version: 1, Title: "port a parser", Description: "Port the parser to Go.", Category: category,
		Skills: []string{"go", "parsing"}, Reward: reward.String(), Token: p.D.Token,
		Deadline: int64(p.Now(t) + 86400), AgentTypes: []string{storage.AgentAI}, AcceptanceCriteria: []string{"tests pass"},
	}
	pub, err := storage.PublishJobSpec(context.Background(), store, spec)
	if err != nil {
		t.Fatal(err)
	}
	hash := pub.Hash
	if badHash != (common.Hash{}) {
		hash = badHash
	}
	fee := new(big.Int).Div(new(big.Int).Mul(reward, new(big.Int).SetUint64(p.Params.FeePct)), big.NewInt(100))
	p.Approve(t, chaintest.Employer, new(big.Int).Add(reward, fee))
	r := p.MustSendR(t, chaintest.Employer, p.Addr(deploy.JobRegistry), p.JR.PackCreateJob(reward, p.Now(t)+86400, hash, pub.URI))
	return p.JobID(t, r), r.BlockNumber.Uint64()
}

type workerRun struct {
	cancel context.CancelFunc
	done   chan error
}

func startWorker(t *testing.T, cfg WorkerConfig) *workerRun {
	t.Helper()
	w, err := NewWorker(cfg)
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

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func workerConfig(t *testing.T, p *chaintest.Protocol, store storage.Store, applier Applier, statePath string) WorkerConfig {
	t.Helper()
	reader, err := NewReader(ReaderConfig{Backend: p.Client, ReputationEngine: p.Addr(deploy.ReputationEngine), StakeManager: p.Addr(deploy.StakeManager)})
	if err != nil {
		t.Fatal(err)
	}
	return WorkerConfig{
		Backend: p.Client, JobRegistry: p.Addr(deploy.JobRegistry), Fetcher: store,
		Profile: Profile{Address: p.Accounts[chaintest.Agent], Skills: []string{"Go", "parsing"}, Categories: []string{"coding"}, Price: deploy.Ether(1)},
		Policy:  testPolicy(t), Claim: identity.Claim{Label: "alice"}, Applier: applier, Reader: reader,
		Handler: func(ctx context.Context, task Task) (*storage.JobResult, error) {
			return &storage.JobResult{Summary: "ported " + task.Spec.Title, Outputs: []storage.Attachment{{Name: "parser.go", URI: task.SpecURI}}}, nil
		},
		StatePath: statePath, PollInterval: 10 * time.Millisecond, FetchAttempts: 1,
	}
}

// recorded waits until the worker's state file shows job id in status.
func recorded(t *testing.T, path string, id *big.Int, status JobStatus) func() bool {
	return func() bool {
		st, ok, err := loadState(path)
		if err != nil || !ok {
			return false
		}
		r := st.Jobs[id.String()]
		return r != nil && r.Status == status
	}
}

func stateCursor(t *testing.T, path string) cursor {
	st, ok, err := loadState(path)
	if err != nil || !ok {
		t.Fatalf("state: %v %v", ok, err)
	}
	return st.Cursor
}

// TestWorkerRestart runs a worker, stops it, posts a job while it is down
// and restarts it on the same state file: the new job is taken, the old one
// is not applied to again, and declined jobs stay untouched.
func TestWorkerRestart(t *testing.T) {
	p := chaintest.NewProtocol(t, nil)
	store := storage.NewMemory()
	applier := newChainApplier(t, p, chaintest.Agent, store)
	statePath := filepath.Join(t.TempDir(), "worker.json")
	cfg := workerConfig(t, p, store, applier, statePath)

	run1 := startWorker(t, cfg)
	waitFor(t, "the state file", func() bool { _, err := os.Stat(statePath); return err == nil })
	job1, _ := postJob(t, p, store, "coding", common.Hash{})
	job2, _ := postJob(t, p, store, "gambling", common.Hash{})                         // denied category
	job3, b3 := postJob(t, p, store, "coding", crypto.Keccak256Hash([]byte("forged"))) // spec does not match its hash
	waitFor(t, "job 1 submitted", recorded(t, statePath, job1, StatusSubmitted))
	waitFor(t, "the worker to pass job 3", func() bool { c := stateCursor(t, statePath); return c.Started && c.Block >= b3 })
	run1.stop()

	job4, _ := postJob(t, p, store, "Coding", common.Hash{})
	run2 := startWorker(t, cfg)
	waitFor(t, "job 4 submitted", recorded(t, statePath, job4, StatusSubmitted))
	run2.stop()

	for _, c := range []struct {
		id               *big.Int
		applies, submits int
		state            uint8
	}{{job1, 1, 1, stateSubmitted}, {job2, 0, 0, stateCreated}, {job3, 0, 0, stateCreated}, {job4, 1, 1, stateSubmitted}} {
		a, s := applier.counts(c.id)
		if a != c.applies || s != c.submits {
			t.Errorf("job %s: %d applies, %d submits; want %d, %d", c.id, a, s, c.applies, c.submits)
		}
		if st := p.Job(t, c.id).State; st != c.state {
			t.Errorf("job %s: state %d, want %d", c.id, st, c.state)
		}
	}
	// The result on chain is the handler's, completed by the worker.
	w, _ := NewWorker(cfg)
	recs := w.Jobs()
	if len(recs) != 2 || recs[0].ID != job1.String() || recs[1].ID != job4.String() || recs[0].Status != StatusSubmitted || recs[1].Status != StatusSubmitted {
		t.Fatalf("records %+v", recs)
	}
}

// TestWorkerResumesInterruptedApplication starts a worker on a state file
// that says it was applying when the process died, while the application
// had in fact landed: the worker must not apply again, and must finish the
// job.
func TestWorkerResumesInterruptedApplication(t *testing.T) {
	p := chaintest.NewProtocol(t, nil)
	store := storage.NewMemory()
	applier := newChainApplier(t, p, chaintest.Agent, store)
	statePath := filepath.Join(t.TempDir(), "worker.json")
	cfg := workerConfig(t, p, store, applier, statePath)

	id, block := postJob(t, p, store, "coding", common.Hash{})
	j := p.Job(t, id)
	p.MustSend(t, chaintest.Agent, p.Addr(deploy.JobRegistry), p.JR.PackApplyForJob(id, "alice", nil))
	lost, _ := postJob(t, p, store, "coding", common.Hash{})
	p.MustSend(t, chaintest.Agent2, p.Addr(deploy.JobRegistry), p.JR.PackApplyForJob(lost, "bob", nil))
	st := &workerState{Version: stateVersion, JobRegistry: cfg.JobRegistry, Agent: cfg.Profile.Address,
		Cursor: cursor{Block: block + 10, Started: true},
		Jobs: map[string]*JobRecord{
			id.String():   {ID: id.String(), Status: StatusApplying, SpecURI: "", SpecHash: j.SpecHash, Block: block},
			lost.String(): {ID: lost.String(), Status: StatusApplying, Block: block},
		}}
	// The spec URI is what the JobCreated event said.
	for ev, err := range chain.Events(context.Background(), p.Client, chain.LogQuery{Addresses: []common.Address{cfg.JobRegistry}, FromBlock: block, ToBlock: block}, p.JR.UnpackJobCreatedEvent) {
		if err == nil && ev.JobId.Cmp(id) == 0 {
			st.Jobs[id.String()].SpecURI = ev.Uri
		}
	}
	if err := st.save(statePath); err != nil {
		t.Fatal(err)
	}

	run := startWorker(t, cfg)
	waitFor(t, "the job submitted", recorded(t, statePath, id, StatusSubmitted))
	run.stop()
	if a, s := applier.counts(id); a != 0 || s != 1 {
		t.Fatalf("%d applies, %d submits; want 0, 1", a, s)
	}
	w, _ := NewWorker(cfg)
	recs := w.Jobs()
	if len(recs) != 2 || recs[0].Status != StatusSubmitted || recs[1].Status != StatusLost {
		t.Fatalf("records %+v", recs)
	}

	// A state file of another agent is refused.
	cfg.Profile.Address = p.Accounts[chaintest.Agent2]
	w2, _ := NewWorker(cfg)
	if err := w2.Run(context.Background()); err == nil {
		t.Fatal("state of another agent accepted")
	}
}

func TestWorkerConfigCheck(t *testing.T) {
	_, err := NewWorker(WorkerConfig{Policy: &Policy{}, AgentType: "robot"})
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
