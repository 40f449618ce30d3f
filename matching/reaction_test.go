package matching_test

import (
	"context"
	"math/big"
	"path/filepath"
	"slices"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/internal/testenv"
	"github.com/agijobs/agijobs-go/matching"
	"github.com/agijobs/agijobs-go/storage"
)

// reactionLatency is added to every request of the worker and of the
// reference watcher: a nearby hosted node.
const reactionLatency = 20 * time.Millisecond

// reactionJobs is how many jobs are measured.
const reactionJobs = 30

// BenchmarkWorkerReaction measures how fast a Worker on the fast path
// applies for a new job, against a minimal reference watcher in the same
// run: a log subscription and an application signed before the job
// exists. Both talk to anvil (1s blocks) over WebSocket with 20ms added
// to every request; an observer on a direct connection notes when each
// block arrives and when each application enters the pool
// (newPendingTransactions). Reported: the median reaction of each, from
// the block holding createJob to the application in the pool
// (worker-ms, reference-ms), their ratio (x-of-reference, target <= 2),
// and the worker's median node requests between seeing a job and
// broadcasting its application (requests/apply).
func BenchmarkWorkerReaction(b *testing.B) {
	node := testenv.StartAnvil(b, "--block-time", "1")
	p := deploy.DefaultParams()
	p.MaxActiveJobsPerAgent = 0 // both contenders win many jobs
	env := agijobstest.New(b, agijobstest.WithRPC(node.URL), agijobstest.WithParams(p), agijobstest.WithStakes(deploy.Ether(10_000), deploy.Ether(1_000)))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	dial := func() *chain.Conn {
		c, err := chain.Dial(ctx, node.WSURL, chain.DialOptions{})
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(c.Close)
		return c
	}
	obs := observe(ctx, b, dial())
	rec := &jobRequests{reqs: map[string][]string{}, sent: map[string]bool{}}
	remote := func(record bool) *hookBackend {
		return newHookBackend(dial(), true, func(ctx context.Context, method string) error {
			if record {
				_ = rec.before(ctx, method)
			}
			t := time.NewTimer(reactionLatency)
			defer t.Stop()
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-t.C:
				return nil
			}
		})
	}

	// The worker, on the fast path.
	workerNode := remote(true)
	agent := env.Roles().Agents[0]
	m, err := chain.NewManager(ctx, chain.ManagerConfig{Backend: workerNode, Signer: agent, ChainID: env.ChainID()})
	if err != nil {
		b.Fatal(err)
	}
	defer m.Close()
	applier := &chainApplier{m: m, jr: env.Addresses().JobRegistry, store: env.Store(), applies: map[string]int{}, submits: map[string]int{}}
	statePath := filepath.Join(b.TempDir(), "worker.json")
	cfg := workerConfig(b, env, applier, statePath)
	cfg.Backend, cfg.Sender, cfg.MaxConcurrent, cfg.PollInterval = workerNode, m, 16, 100*time.Millisecond
	if cfg.Reader, err = matching.NewReader(matching.ReaderConfig{Backend: workerNode, ReputationEngine: env.Addresses().ReputationEngine, StakeManager: env.Addresses().StakeManager}); err != nil {
		b.Fatal(err)
	}
	poster := newPoster(ctx, b, env, reactionJobs+1)
	run := startWorker(b, cfg)
	defer run.stop()
	// A first job the worker takes alone: its first application estimates
	// the gas and reads the nonce, as any sender's first transaction does.
	warm := poster.post()
	waitFor(b, "the warm-up job applied", func() bool {
		st, ok, _ := matching.LoadState(statePath)
		return ok && st.Jobs[warm.id.String()] != nil && st.Jobs[warm.id.String()].Status != matching.StatusApplying
	})

	// The reference watcher, on its own connection.
	ref := startReference(ctx, b, remote(false), env, env.Roles().Agents[1])
	b.ResetTimer()
	posted := make([]postedJob, 0, reactionJobs)
	for range reactionJobs {
		posted = append(posted, poster.post())
	}
	waitFor(b, "every application in the pool", func() bool {
		for _, j := range posted {
			if _, ok := obs.applied(agent.Address(), j.id); !ok {
				return false
			}
			if _, ok := obs.applied(ref.from, j.id); !ok {
				return false
			}
		}
		return true
	})
	b.StopTimer()

	var worker, reference, requests []float64
	for _, j := range posted {
		mined := obs.block(j.block)
		w, _ := obs.applied(agent.Address(), j.id)
		r, _ := obs.applied(ref.from, j.id)
		worker = append(worker, ms(w.Sub(mined)))
		reference = append(reference, ms(r.Sub(mined)))
		requests = append(requests, float64(len(rec.of(j.id.String()))))
	}
	wm, rm := median(worker), median(reference)
	b.Logf("worker ms: %v", worker)
	b.Logf("reference ms: %v", reference)
	b.Logf("worker requests per application: %v", requests)
	b.ReportMetric(wm, "worker-ms")
	b.ReportMetric(rm, "reference-ms")
	b.ReportMetric(wm/rm, "x-of-reference")
	b.ReportMetric(median(requests), "requests/apply")
	b.ReportMetric(0, "ns/op")
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	sort.Float64s(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// observer notes, on a connection without added latency, when each block
// arrives and when each transaction enters the pool.
type observer struct {
	conn *chain.Conn

	mu      sync.Mutex
	blocks  map[uint64]time.Time
	pending map[common.Hash]time.Time
	apps    map[common.Address]map[string]time.Time // resolved applications: account, job id
}

func observe(ctx context.Context, b testing.TB, conn *chain.Conn) *observer {
	o := &observer{conn: conn, blocks: map[uint64]time.Time{}, pending: map[common.Hash]time.Time{}, apps: map[common.Address]map[string]time.Time{}}
	heads := make(chan *types.Header, 64)
	hsub, err := conn.SubscribeNewHead(ctx, heads)
	if err != nil {
		b.Fatal(err)
	}
	txs := make(chan common.Hash, 1024)
	tsub, err := conn.RPC().EthSubscribe(ctx, txs, "newPendingTransactions")
	if err != nil {
		b.Fatal(err)
	}
	go func() {
		defer hsub.Unsubscribe()
		defer tsub.Unsubscribe()
		for {
			select {
			case <-ctx.Done():
				return
			case h := <-heads:
				now := time.Now()
				o.mu.Lock()
				o.blocks[h.Number.Uint64()] = now
				o.mu.Unlock()
			case h := <-txs:
				now := time.Now()
				o.mu.Lock()
				o.pending[h] = now
				o.mu.Unlock()
			}
		}
	}()
	return o
}

func (o *observer) block(n uint64) time.Time {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.blocks[n]
}

// applied returns when the application of from for job id entered the
// pool, reading the transactions seen so far.
func (o *observer) applied(from common.Address, id *big.Int) (time.Time, bool) {
	o.mu.Lock()
	var todo []common.Hash
	for h := range o.pending {
		todo = append(todo, h)
	}
	o.mu.Unlock()
	sel := jobregistry.NewJobRegistry().GetABI().Methods["applyForJob"].ID
	for _, h := range todo {
		tx, _, err := o.conn.TransactionByHash(context.Background(), h)
		o.mu.Lock()
		at := o.pending[h]
		delete(o.pending, h)
		o.mu.Unlock()
		if err != nil || len(tx.Data()) < 36 || !slices.Equal(tx.Data()[:4], sel) {
			continue
		}
		sender, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
		if err != nil {
			continue
		}
		o.mu.Lock()
		if o.apps[sender] == nil {
			o.apps[sender] = map[string]time.Time{}
		}
		o.apps[sender][new(big.Int).SetBytes(tx.Data()[4:36]).String()] = at
		o.mu.Unlock()
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	t, ok := o.apps[from][id.String()]
	return t, ok
}

// poster creates jobs for employer 0 without added latency.
type poster struct {
	ctx context.Context
	b   testing.TB
	env *agijobstest.Env
	m   *chain.Manager
}

type postedJob struct {
	id    *big.Int
	block uint64
}

// newPoster approves the JobRegistry for n jobs at once.
func newPoster(ctx context.Context, b testing.TB, env *agijobstest.Env, n int) *poster {
	m, err := env.Manager(ctx, env.Roles().Employers[0])
	if err != nil {
		b.Fatal(err)
	}
	approve, err := env.Escrow().BuildApprove(env.Addresses().Token, deploy.Ether(int64(60*n)))
	if err != nil {
		b.Fatal(err)
	}
	if _, err := m.Send(ctx, approve); err != nil {
		b.Fatal(err)
	}
	return &poster{ctx: ctx, b: b, env: env, m: m}
}

func (p *poster) post() postedJob {
	reward := deploy.Ether(50)
	now, err := p.env.Now(p.ctx)
	if err != nil {
		p.b.Fatal(err)
	}
	deadline := now.Add(24 * time.Hour)
	spec := &storage.JobSpec{
		Version: 1, Title: "port a parser", Description: "Port the parser to Go.", Category: "coding",
		Skills: []string{"go", "parsing"}, Reward: reward.String(), Token: p.env.Addresses().Token,
		Deadline: deadline.Unix(), AgentTypes: []string{storage.AgentAI}, AcceptanceCriteria: []string{"tests pass"},
	}
	pub, err := storage.PublishJobSpec(p.ctx, p.env.Store(), spec)
	if err != nil {
		p.b.Fatal(err)
	}
	create, err := p.env.Escrow().BuildCreateJob(escrow.CreateJobCall{Reward: reward, Deadline: deadline, SpecHash: pub.Hash, URI: pub.URI})
	if err != nil {
		p.b.Fatal(err)
	}
	r, err := p.m.Send(p.ctx, create)
	if err != nil {
		p.b.Fatal(err)
	}
	jr := jobregistry.NewJobRegistry()
	for _, l := range r.Logs {
		if ev, err := jr.UnpackJobCreatedEvent(l); err == nil {
			return postedJob{id: ev.JobId, block: r.BlockNumber.Uint64()}
		}
	}
	p.b.Fatal("no JobCreated event")
	return postedJob{}
}

// reference is the minimal watcher the worker is measured against: a log
// subscription, and the application of the next job id signed before the
// job exists, with a fixed gas limit, its own nonce and fees from the
// newest header.
type reference struct {
	node   *hookBackend
	signer chain.Signer
	from   common.Address
	chain  *big.Int
	jr     common.Address

	mu     sync.Mutex
	nonce  uint64
	tip    *big.Int
	base   *big.Int
	next   *big.Int
	signed *types.Transaction
}

func startReference(ctx context.Context, b testing.TB, node *hookBackend, env *agijobstest.Env, s chain.Signer) *reference {
	r := &reference{node: node, signer: s, from: s.Address(), chain: env.ChainID(), jr: env.Addresses().JobRegistry}
	var err error
	if r.nonce, err = node.PendingNonceAt(ctx, r.from); err != nil {
		b.Fatal(err)
	}
	if r.tip, err = node.SuggestGasTipCap(ctx); err != nil {
		b.Fatal(err)
	}
	h, err := node.HeaderByNumber(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	r.base = h.BaseFee
	next, err := chain.Read(ctx, node, ethCallTo(r.jr, jobregistry.NewJobRegistry().PackNextJobId()), nil, jobregistry.NewJobRegistry().UnpackNextJobId)
	if err != nil {
		b.Fatal(err)
	}
	r.presign(ctx, next)
	heads := make(chan *types.Header, 16)
	hsub, err := node.SubscribeNewHead(ctx, heads)
	if err != nil {
		b.Fatal(err)
	}
	logs := make(chan types.Log, 64)
	jr := jobregistry.NewJobRegistry()
	lsub, err := node.SubscribeFilterLogs(ctx, ethFilter(r.jr, jr.GetABI().Events["JobCreated"].ID), logs)
	if err != nil {
		b.Fatal(err)
	}
	go func() {
		defer hsub.Unsubscribe()
		defer lsub.Unsubscribe()
		for {
			select {
			case <-ctx.Done():
				return
			case h := <-heads:
				r.mu.Lock()
				r.base = h.BaseFee
				r.mu.Unlock()
			case l := <-logs:
				ev, err := jr.UnpackJobCreatedEvent(&l)
				if err != nil || l.Removed {
					continue
				}
				r.mu.Lock()
				tx := r.signed
				if r.next.Cmp(ev.JobId) != 0 {
					tx = r.sign(ctx, ev.JobId)
				}
				r.mu.Unlock()
				if err := node.SendTransaction(ctx, tx); err != nil && ctx.Err() == nil {
					b.Errorf("reference: apply for job %v: %v", ev.JobId, err)
				}
				r.mu.Lock()
				r.nonce++
				r.mu.Unlock()
				r.presign(ctx, new(big.Int).Add(ev.JobId, big.NewInt(1)))
			}
		}
	}()
	return r
}

func (r *reference) presign(ctx context.Context, id *big.Int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.next, r.signed = id, r.sign(ctx, id)
}

// sign signs the application for job id at the current nonce; r.mu is
// held.
func (r *reference) sign(ctx context.Context, id *big.Int) *types.Transaction {
	feeCap := new(big.Int).Add(new(big.Int).Lsh(r.base, 1), r.tip)
	tx, err := r.signer.SignTx(ctx, r.chain, types.NewTx(&types.DynamicFeeTx{
		ChainID: r.chain, Nonce: r.nonce, GasTipCap: r.tip, GasFeeCap: feeCap, Gas: 500_000, To: &r.jr,
		Data: jobregistry.NewJobRegistry().PackApplyForJob(id, "agent1", nil),
	}))
	if err != nil {
		panic(err)
	}
	return tx
}

func ethCallTo(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

func ethFilter(addr common.Address, topic common.Hash) ethereum.FilterQuery {
	return ethereum.FilterQuery{Addresses: []common.Address{addr}, Topics: [][]common.Hash{{topic}}}
}
