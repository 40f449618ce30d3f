package matching

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"math/big"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/identity"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/otelinst"
	"github.com/agijobs/agijobs-go/internal/rpcbatch"
	"github.com/agijobs/agijobs-go/storage"
	"github.com/agijobs/agijobs-go/telemetry"
	"github.com/agijobs/agijobs-go/wait"
)

// Applier sends the agent's transactions for a Worker. The escrow
// package's agent client implements it; any implementation must build the
// calls and send them through the agent's transaction manager, and return
// only once the transaction is mined (or failed).
type Applier interface {
	// Apply applies for job jobID with the agent's identity claim
	// (applyForJob). It returns nil once the application is mined.
	Apply(ctx context.Context, jobID *big.Int, claim identity.Claim) error
	// Submit stores result (its canonical JSON, e.g. with
	// storage.PublishJobResult) and submits its hash and URI for jobID
	// (submit). It returns nil once the submission is mined.
	Submit(ctx context.Context, jobID *big.Int, result *storage.JobResult, claim identity.Claim) error
}

// Task is a job handed to a Handler.
type Task struct {
	// JobID is the on-chain job id.
	JobID *big.Int
	// Spec is the verified job spec.
	Spec *storage.JobSpec
	// SpecHash is the spec's hash recorded on chain.
	SpecHash common.Hash
	// SpecURI is where the spec is stored ("ipfs://<CID>").
	SpecURI string
	// Employer posted the job.
	Employer common.Address
	// Reward is the escrowed reward, in the job token's smallest unit.
	Reward *big.Int
	// Deadline is the delivery deadline on chain (escrow.Job.Deadline).
	Deadline time.Time
	// Score is the agent's score for the job; zero when the job was resumed
	// after a restart.
	Score Score
}

// Handler does the work of a job and returns its result. The Worker fills
// in the result's Version, JobID, SpecHash, Agent and CompletedAt when they
// are zero. An error marks the job failed (it is not submitted); the
// handler should return when ctx ends.
type Handler func(ctx context.Context, task Task) (*storage.JobResult, error)

// JobFeed delivers JobCreated events to a Worker in chain order, from
// block from (or strictly after the Cursor after, when set), until ctx
// ends. *index.DB implements it, so that a Worker takes its job feed from
// an index instead of scanning the chain; a nil WorkerConfig.Feed follows
// the chain with chain.Follow.
type JobFeed interface {
	JobsCreated(ctx context.Context, from uint64, after *chain.Cursor) iter.Seq2[chain.Event[*jobregistry.JobRegistryJobCreated], error]
}

// Sender sends the agent's transactions without waiting for them to be
// mined; *chain.Manager implements it. With a Sender, the Worker sends its
// applications itself (see WorkerConfig.Sender).
type Sender interface {
	// Address is the account that signs.
	Address() common.Address
	// SendAsync signs and broadcasts c and returns without waiting for
	// its receipt.
	SendAsync(ctx context.Context, c chain.TxCandidate) (*chain.Pending, error)
}

var _ Sender = (*chain.Manager)(nil)

// WorkerConfig configures a Worker.
type WorkerConfig struct {
	// Backend is the node to follow and read. Required. When it pushes
	// logs (a node reached over WebSocket, the embedded chain), new jobs
	// arrive by subscription; otherwise the Worker polls.
	Backend Backend
	// JobRegistry is the JobRegistry proxy address. Required.
	JobRegistry common.Address
	// Fetcher reads job specs (storage.Embedded, storage.Kubo,
	// storage.Gateway, ...). Required.
	Fetcher storage.Fetcher
	// Profile is the agent's own profile; Profile.Address is the agent.
	// Required.
	Profile Profile
	// Policy decides which jobs the agent takes. Required.
	Policy *Policy
	// Claim is the agent's identity (label and proof) passed to Apply and
	// Submit.
	Claim identity.Claim
	// Applier sends submissions, and applications when Sender is nil.
	// Required.
	Applier Applier
	// Sender, when set, is the fast path of applications: the Worker
	// builds applyForJob itself and sends it through Sender as soon as a
	// job is scored, with the gas limit learned from its earlier
	// applications and fees priced from the newest block header, checking
	// the agent's stake, identity and the protocol's limits against what
	// it read at the last block instead of reading them per job. It must
	// send for Profile.Address, through the same transaction manager as
	// the Applier (one manager per account: two race for nonces), as
	// agijobs.Client.Manager returns it. nil applies through
	// Applier.Apply.
	Sender Sender
	// Handler does the work. Required.
	Handler Handler
	// StatePath is the state file (created if missing; its directory must
	// exist). Required. One Worker per file.
	StatePath string
	// Reader, when set, makes the Worker score jobs with the profile's
	// Reputation and Stake as on chain: read when Run starts and on every
	// new block, not per job.
	Reader *Reader
	// AgentType is "ai" or "human"; jobs whose spec agentTypes name neither
	// it nor "any" are declined. Empty means "ai".
	AgentType string
	// FromBlock is the first block read on the very first run (no state
	// file); 0 means the head at that moment, so only new jobs are
	// considered. Later runs resume from the state file.
	FromBlock uint64
	// Confirmations is the depth a JobCreated event must reach; 0 means 1.
	// With Feed set, the index's own Confirmations apply instead. Above
	// 1, new jobs are polled for, never taken by subscription.
	Confirmations uint64
	// PollInterval is the time between polls of the head; 0 means 1s.
	PollInterval time.Duration
	// Feed, when set, is where new jobs come from (an *index.DB whose
	// Indexer follows the same JobRegistry); nil follows the chain.
	Feed JobFeed
	// MaxConcurrent bounds the jobs worked on at once; 0 means 1. The
	// Worker applies to a job only when it can start on it at once.
	MaxConcurrent int
	// FetchAttempts is how often a spec fetch is tried before the job is
	// deferred (StatusDeferred); 0 means 3. A spec that is fetched but
	// fails verification (its hash, its form) is declined at once.
	FetchAttempts int
	// SpecRetry is the backoff between the fetches of a deferred job's
	// spec; the zero value means 15s doubling to 10min.
	SpecRetry wait.Backoff
	// Retry is the backoff between tries of a step that failed in
	// transport (a reset connection, a cut response, a timeout, a 5xx);
	// the zero value means 50ms doubling to 2s. A revert or a refused
	// argument is never retried.
	Retry wait.Backoff
	// RetryBudget bounds how long one step (deciding on a job, sending or
	// settling its application, submitting, resuming a job) is retried;
	// 0 means DefaultRetryBudget. A job whose decision runs out of budget
	// stays before the state file's resume point and Run returns an
	// error: run it again once the node answers. A transient failure is
	// never recorded as a job's outcome.
	RetryBudget time.Duration
	// Logger receives the Worker's messages; nil is silent.
	Logger *slog.Logger
	// Now returns the current time (for CompletedAt); nil means time.Now.
	Now func() time.Time
	// Telemetry receives the Worker's job counts (agijobs.matching.jobs.*:
	// seen, applied, submitted) and its event stream's lag (stream
	// "matching.jobs"). The zero value records nothing.
	Telemetry telemetry.Providers
}

// Check reports every missing or invalid field of c, each with the fix.
func (c *WorkerConfig) Check() error {
	if c == nil {
		return input.New("matching.WorkerConfig", "is nil", "pass the WorkerConfig to check")
	}
	var errs input.Errors
	req := func(ok bool, field, problem, fix string) {
		if !ok {
			errs.Add("matching.WorkerConfig."+field, problem, fix)
		}
	}
	req(c.Backend != nil, "Backend", "is nil", "pass a chain.Backend")
	req(c.JobRegistry != (common.Address{}), "JobRegistry", "is the zero address", "pass the JobRegistry proxy from the deployment manifest")
	req(c.Fetcher != nil, "Fetcher", "is nil", "pass the storage the specs are read from (storage.Embedded, Kubo or Gateway)")
	req(c.Profile.Address != (common.Address{}), "Profile.Address", "is the zero address", "set the agent's account")
	req(c.Policy != nil, "Policy", "is nil", "load one with LoadPolicy")
	req(c.Applier != nil, "Applier", "is nil", "pass the escrow agent client or another Applier")
	req(c.Sender == nil || c.Sender.Address() == c.Profile.Address, "Sender", "sends for another account than Profile.Address", "pass the transaction manager of the agent's own account")
	req(c.Handler != nil, "Handler", "is nil", "pass the func that does the work")
	req(c.StatePath != "", "StatePath", "is empty", "name a file the Worker may create")
	req(c.AgentType == "" || c.AgentType == storage.AgentAI || c.AgentType == storage.AgentHuman, "AgentType", fmt.Sprintf("is %q", c.AgentType), `use "ai" or "human"`)
	req(c.MaxConcurrent >= 0, "MaxConcurrent", "is negative", "use 0 for the default or a positive number")
	req(c.FetchAttempts >= 0, "FetchAttempts", "is negative", "use 0 for the default or a positive number")
	req(c.PollInterval >= 0, "PollInterval", "is negative", "use 0 for the default or a positive duration")
	req(c.RetryBudget >= 0, "RetryBudget", "is negative", "use 0 for the default or a positive duration")
	for _, b := range []struct {
		field string
		b     wait.Backoff
	}{{"Retry", c.Retry}, {"SpecRetry", c.SpecRetry}} {
		if err := b.b.Check("matching.WorkerConfig." + b.field); err != nil {
			var ie *input.Error
			if errors.As(err, &ie) {
				errs = append(errs, ie)
			}
		}
	}
	if c.Policy != nil {
		for _, p := range c.Policy.problems() {
			errs = append(errs, &input.Error{Field: "matching.WorkerConfig.Policy." + p.Field, Problem: p.Problem, Fix: p.Fix, Err: p.Err})
		}
	}
	return errs.Err()
}

// Worker follows new jobs and works on those that fit its agent. Create it
// with NewWorker and start it with Run.
type Worker struct {
	cfg   WorkerConfig
	jr    *jobregistry.JobRegistry
	jobs  *escrow.JobReader
	batch rpcbatch.Caller // nil: the backend cannot batch
	log   *slog.Logger
	sem   chan struct{}
	view  *view
	// startHead is the head when Run started: an event up to it may be
	// one a previous run acted on, so its job is read before deciding.
	startHead uint64

	takeMu   sync.Mutex    // one decision at a time (see take)
	deferred chan struct{} // wakes retryDeferred when a job is deferred

	mu      sync.Mutex // guards st, version and saved
	st      *workerState
	version uint64     // counts the changes of st
	saved   uint64     // the version on disk
	saveMu  sync.Mutex // one write of the state file at a time
	flush   chan struct{}
	wg      sync.WaitGroup

	tel *otelinst.Matching // nil when telemetry is off
}

// NewWorker checks cfg and returns a Worker.
func NewWorker(cfg WorkerConfig) (*Worker, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.AgentType == "" {
		cfg.AgentType = storage.AgentAI
	}
	if cfg.MaxConcurrent == 0 {
		cfg.MaxConcurrent = 1
	}
	if cfg.FetchAttempts == 0 {
		cfg.FetchAttempts = 3
	}
	if cfg.SpecRetry.MinDelay == 0 {
		cfg.SpecRetry.MinDelay = 15 * time.Second
	}
	if cfg.SpecRetry.MaxDelay == 0 {
		cfg.SpecRetry.MaxDelay = max(10*time.Minute, cfg.SpecRetry.MinDelay)
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.RetryBudget == 0 {
		cfg.RetryBudget = DefaultRetryBudget
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Worker{cfg: cfg, jr: jobregistry.NewJobRegistry(), jobs: escrow.NewJobReader(cfg.Backend, cfg.JobRegistry), batch: rpcbatch.CallerOf(cfg.Backend),
		log: log, sem: make(chan struct{}, cfg.MaxConcurrent), tel: otelinst.NewMatching(cfg.Telemetry), flush: make(chan struct{}, 1), deferred: make(chan struct{}, 1),
		view: &view{profile: cfg.Profile, inflight: map[string]*big.Int{}, refresh: make(chan struct{}, 1)}}, nil
}

// Jobs returns a copy of the records of the jobs the Worker applied to (or
// tried to) and of those it deferred (StatusDeferred), sorted by job id.
func (w *Worker) Jobs() []JobRecord {
	if w == nil || w.jr == nil {
		return nil
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.st == nil {
		st, _, _ := loadState(w.cfg.StatePath)
		if st == nil {
			return nil
		}
		return sortedRecords(st)
	}
	return sortedRecords(w.st)
}

func sortedRecords(st *workerState) []JobRecord {
	out := make([]JobRecord, 0, len(st.Jobs))
	for _, r := range st.Jobs {
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool {
		a, _ := new(big.Int).SetString(out[i].ID, 10)
		b, _ := new(big.Int).SetString(out[j].ID, 10)
		return a.Cmp(b) < 0
	})
	return out
}

// Run follows JobCreated events until ctx ends, then waits for the jobs in
// progress to stop and returns nil. It resumes the jobs a previous run left
// applying or applied, and reads events from where that run stopped.
// Reads that fail in transport are retried under the retry policy
// (WorkerConfig.Retry and RetryBudget). Run returns an error when the
// state file cannot be read or written or belongs to another agent or
// registry, and when the node stays unreachable for a whole retry budget
// at a step that must not be skipped: the state file then resumes at that
// step, so running again goes on where this run stopped.
func (w *Worker) Run(ctx context.Context) error {
	if w == nil || w.jr == nil {
		return input.Unbuilt("matching.Worker", "matching.NewWorker")
	}
	if err := w.open(ctx); err != nil {
		return err
	}
	defer w.wg.Wait()
	if err := w.loadView(ctx); err != nil {
		return err
	}
	bg, stop := context.WithCancel(context.WithoutCancel(ctx))
	var bgDone sync.WaitGroup
	defer func() { stop(); bgDone.Wait() }()
	bgDone.Add(3)
	go func() { defer bgDone.Done(); w.followHeads(bg) }()
	go func() { defer bgDone.Done(); w.refresher(bg) }()
	go func() { defer bgDone.Done(); w.flusher(bg) }()
	// The last resume point reaches the disk before Run returns.
	defer func() {
		w.mu.Lock()
		v := w.version
		w.mu.Unlock()
		if err := w.persist(v); err != nil {
			w.log.Error("matching worker: save state", "err", err)
		}
	}()

	if err := w.resume(ctx); err != nil {
		return err
	}
	// Deferred jobs are retried beside the event loop and stopped
	// before the last save; jobs they start stop with them, their
	// records resume on the next run.
	dctx, dstop := context.WithCancel(ctx)
	var deferredDone sync.WaitGroup
	deferredDone.Go(func() { w.retryDeferred(dctx) })
	defer func() { dstop(); deferredDone.Wait() }()
	w.mu.Lock()
	from, after := w.st.FromBlock, w.st.After
	w.mu.Unlock()
	w.log.Info("matching worker: following jobs", "agent", w.cfg.Profile.Address, "from", from, "after", after, "fast", w.cfg.Sender != nil)
	var streamErr error
	for ev, err := range w.jobFeed(ctx, from, after) {
		if ctx.Err() != nil {
			break
		}
		if err != nil {
			streamErr = err
			w.log.Warn("matching worker: event stream", "err", err)
			continue
		}
		if ev.Removed {
			// The job stays recorded; the resume point moves back before
			// the removed event so that what replaces it is read after a
			// restart too.
			w.log.Warn("matching worker: a reorg removed a JobCreated event", "job", ev.Value.JobId, "block", ev.Log.BlockNumber)
		} else if err := w.handle(ctx, ev.Value, ev.Log); err != nil {
			if ctx.Err() != nil {
				break
			}
			return err
		}
		cur := ev.Cursor
		w.updateLater(func(st *workerState) { st.After = &cur })
	}
	if ctx.Err() == nil {
		return fmt.Errorf("matching: worker: the job stream ended: %w", cmp.Or(streamErr, errors.New("no more events")))
	}
	return nil
}

// open loads or creates the state file.
func (w *Worker) open(ctx context.Context) error {
	st, ok, err := loadState(w.cfg.StatePath)
	if err != nil {
		return err
	}
	if ok {
		if st.Agent != w.cfg.Profile.Address || st.JobRegistry != w.cfg.JobRegistry {
			return fmt.Errorf("matching: worker state %s belongs to agent %s on registry %s, not agent %s on registry %s; use another StatePath",
				w.cfg.StatePath, st.Agent.Hex(), st.JobRegistry.Hex(), w.cfg.Profile.Address.Hex(), w.cfg.JobRegistry.Hex())
		}
	} else {
		from := w.cfg.FromBlock
		if from == 0 {
			if from, err = retry(ctx, w, "reading the head block", func(ctx context.Context) (uint64, error) {
				n, err := w.cfg.Backend.BlockNumber(ctx)
				return n, chain.CallError(err)
			}); err != nil {
				return fmt.Errorf("matching: worker: head block: %w", err)
			}
		}
		st = &workerState{Version: stateVersion, JobRegistry: w.cfg.JobRegistry, Agent: w.cfg.Profile.Address,
			FromBlock: from, Jobs: map[string]*JobRecord{}}
		if err := st.save(w.cfg.StatePath); err != nil {
			return err
		}
	}
	w.mu.Lock()
	w.st = st
	w.mu.Unlock()
	return nil
}

// update changes the state and returns once the change is on disk. The
// writes of concurrent updates are grouped: an update waits for at most
// the write in progress and then one write with every change so far, and
// no lock is held during a write, so that recording a job before its
// application is sent does not queue behind the records of other jobs.
func (w *Worker) update(f func(*workerState)) error {
	return w.persist(w.change(f))
}

// updateLater changes the state and has it written soon, without waiting:
// for the resume point, which may lag behind (a restart then reads a few
// events again, and skips the jobs it recorded) but must never lead.
func (w *Worker) updateLater(f func(*workerState)) {
	w.change(f)
	select {
	case w.flush <- struct{}{}:
	default:
	}
}

// change applies f to the state and returns the new version.
func (w *Worker) change(f func(*workerState)) uint64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	f(w.st)
	w.version++
	return w.version
}

// persist returns once version v of the state is on disk.
func (w *Worker) persist(v uint64) error {
	w.saveMu.Lock()
	defer w.saveMu.Unlock()
	w.mu.Lock()
	if w.saved >= v {
		w.mu.Unlock()
		return nil
	}
	b, err := json.MarshalIndent(w.st, "", "  ")
	cur := w.version
	w.mu.Unlock()
	if err == nil {
		err = writeState(w.cfg.StatePath, b)
	}
	if err != nil {
		return err
	}
	w.mu.Lock()
	w.saved = max(w.saved, cur)
	w.mu.Unlock()
	return nil
}

// flusher writes the changes of updateLater until ctx ends.
func (w *Worker) flusher(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-w.flush:
		}
		w.mu.Lock()
		v := w.version
		w.mu.Unlock()
		if err := w.persist(v); err != nil {
			w.log.Error("matching worker: save state", "err", err)
		}
	}
}

func (w *Worker) setStatus(id *big.Int, status JobStatus, reason string) error {
	return w.update(func(st *workerState) {
		r := st.Jobs[id.String()]
		r.Status, r.Reason = status, reason
	})
}

// onchainJob reads a job as escrow does, the one job shape of the SDK.
func (w *Worker) onchainJob(ctx context.Context, id *big.Int) (escrow.Job, error) {
	j, err := w.jobs.Job(ctx, id)
	if err != nil {
		return j, fmt.Errorf("matching: %w", err)
	}
	return j, nil
}

// readJob is onchainJob retried under the retry policy.
func (w *Worker) readJob(ctx context.Context, id *big.Int) (escrow.Job, error) {
	return retry(ctx, w, "reading job "+id.String(), func(ctx context.Context) (escrow.Job, error) { return w.onchainJob(ctx, id) })
}

// jobKey is the context key of the job a step works for: it ties the node
// requests of one job's decision and application together (the tests
// count them).
type jobKey struct{}

func withJob(ctx context.Context, id *big.Int) context.Context {
	return context.WithValue(ctx, jobKey{}, new(big.Int).Set(id))
}

// decision is what deciding on a job found.
type decision struct {
	spec  *storage.JobSpec
	score Score
	job   *escrow.Job // nil when the event was fresh enough not to read it
}

// freshBlocks is how close to the head a JobCreated event must be for its
// job to be taken as still open without reading it: the event itself says
// the job was created in that block.
const freshBlocks = 2

// decide decides on one new job: it returns nil (and logs why) when the
// job is declined, a specLater when its spec cannot be fetched yet, and
// any other error only for a transient failure, which the caller retries.
// A spec already fetched (a deferred job's) is passed in.
func (w *Worker) decide(ctx context.Context, ev *jobregistry.JobRegistryJobCreated, l types.Log, spec *storage.JobSpec) (*decision, error) {
	id := ev.JobId
	log := w.log.With("job", id.String())
	var err error
	if spec == nil {
		spec, err = w.fetchSpec(ctx, ev.Uri, ev.SpecHash)
	}
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if !specUnusable(ev.Uri, err) {
			return nil, specLater{err}
		}
		log.Info("matching worker: job declined, spec unusable", "uri", ev.Uri, "err", err)
		return nil, nil
	}
	if !slices.Contains(spec.AgentTypes, storage.AgentAny) && !slices.Contains(spec.AgentTypes, w.cfg.AgentType) {
		log.Info("matching worker: job declined, agent type", "want", spec.AgentTypes, "have", w.cfg.AgentType)
		return nil, nil
	}
	d := &decision{spec: spec}
	if head, ok := w.view.headNumber(); !ok || l.BlockNumber <= w.startHead || l.BlockNumber+freshBlocks <= head {
		// An event from the history: the job may have moved on since,
		// and a run that stopped just after applying may have left it
		// the agent's without recording it.
		job, err := w.onchainJob(ctx, id)
		if transient(err) {
			return nil, err
		}
		if err != nil {
			log.Warn("matching worker: job declined, cannot read it", "err", err)
			return nil, nil
		}
		if job.Agent == w.cfg.Profile.Address && job.State >= escrow.StateApplied {
			log.Info("matching worker: the job is already the agent's", "state", job.State)
			d.job = &job
			return d, nil
		}
		if job.State != escrow.StateCreated {
			log.Info("matching worker: job declined, no longer open", "state", job.State)
			return nil, nil
		}
		d.job = &job
	}
	profile := w.view.currentProfile()
	mj := JobFromSpec(id, spec)
	// The chain is the truth: the job stake was fixed at creation, so the
	// event's stake is the one applying locks (getJob().stake).
	mj.Reward, mj.RequiredStake = ev.Reward, ev.Stake
	if d.score, err = w.cfg.Policy.Score(mj, &profile); err != nil {
		log.Warn("matching worker: job declined, cannot score it", "err", err)
		return nil, nil
	}
	if !d.score.Qualified {
		log.Info("matching worker: job declined", "reason", d.score.Reason, "score", d.score.Total)
		return nil, nil
	}
	if w.cfg.Sender != nil {
		if why := w.view.refusal(ev.Stake); why != "" {
			log.Info("matching worker: job declined, applying would revert", "reason", why)
			return nil, nil
		}
	}
	return d, nil
}

// handle decides on one new job and, when it qualifies, records it and
// sends the application (the fast path broadcasts it before handle
// returns). It returns an error when the state file cannot be written and
// when the node stays unreachable for a whole retry budget before the
// decision is recorded; the caller then keeps its resume point before the
// job.
func (w *Worker) handle(ctx context.Context, ev *jobregistry.JobRegistryJobCreated, l types.Log) error {
	id := ev.JobId
	w.mu.Lock()
	_, known := w.st.Jobs[id.String()]
	w.mu.Unlock()
	if known {
		return nil // decided, or deferred (retryDeferred has it)
	}
	ctx = withJob(ctx, id)
	w.tel.Seen(ctx)
	w.takeMu.Lock()
	defer w.takeMu.Unlock()
	return w.take(ctx, ev, l, nil)
}

// take decides on a job and, when it qualifies, records it and sends the
// application; spec is the spec of a deferred job, fetched already, or
// nil. The caller holds takeMu, so that two decisions never count the
// same free stake. A job whose spec cannot be fetched yet is recorded as
// deferred; a deferred job that is declined loses its record.
func (w *Worker) take(ctx context.Context, ev *jobregistry.JobRegistryJobCreated, l types.Log, spec *storage.JobSpec) error {
	id := ev.JobId
	d, err := retry(ctx, w, "deciding on job "+id.String(), func(ctx context.Context) (*decision, error) { return w.decide(ctx, ev, l, spec) })
	var later specLater
	if errors.As(err, &later) {
		return w.deferJob(ev, l, later.err)
	}
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("matching: worker: job %v is not decided, the node could not be read: %w; the state file resumes before the job, run the worker again", id, err)
	}
	if d == nil {
		if spec != nil {
			return w.update(func(st *workerState) { delete(st.Jobs, id.String()) })
		}
		return nil
	}
	task := Task{JobID: id, Spec: d.spec, SpecHash: ev.SpecHash, SpecURI: ev.Uri, Employer: ev.Employer, Reward: ev.Reward, Score: d.score}
	if d.job != nil {
		task.Deadline = d.job.Deadline
	}
	record := func(status JobStatus) func(*workerState) {
		return func(st *workerState) {
			st.Jobs[id.String()] = &JobRecord{ID: id.String(), Status: status, SpecURI: ev.Uri, SpecHash: ev.SpecHash, Block: l.BlockNumber}
		}
	}
	if d.job != nil && d.job.Agent == w.cfg.Profile.Address {
		// Applied by a run that stopped before recording it.
		if d.job.State > escrow.StateApplied {
			return w.update(record(StatusSubmitted))
		}
		select {
		case w.sem <- struct{}{}:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := w.update(record(StatusApplied)); err != nil {
			<-w.sem
			return err
		}
		w.wg.Add(1)
		go func() {
			defer w.wg.Done()
			defer func() { <-w.sem }()
			w.work(ctx, task)
		}()
		return nil
	}
	w.log.Info("matching worker: applying", "job", id, "score", d.score.String())

	// Take a work slot first: never hold a job nobody works on.
	select {
	case w.sem <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	if w.cfg.Sender == nil {
		if err := w.update(record(StatusApplying)); err != nil {
			<-w.sem
			return err
		}
		return w.start(ctx, task, ev.Stake)
	}
	// The fast path writes the record while the application goes out: a
	// run that stops before the record is on disk has not moved its
	// resume point past the job either (the resume point is written
	// after, in the same file), so the next run reads the job again and
	// finds it the agent's.
	saved := make(chan error, 1)
	v := w.change(record(StatusApplying))
	go func() { saved <- w.persist(v) }()
	err = w.start(ctx, task, ev.Stake)
	if serr := <-saved; serr != nil {
		return serr
	}
	return err
}

// start sends the application of task's job (its record is "applying" and
// the caller holds a work slot, which start hands on) and, once it is
// mined, works on the job in the background. On the fast path the
// application is broadcast before start returns. Only a state-file
// failure, or a node unreachable for a whole retry budget before anything
// was sent, is returned.
func (w *Worker) start(ctx context.Context, task Task, jobStake *big.Int) error {
	if w.cfg.Sender == nil {
		w.wg.Add(1)
		go func() {
			defer w.wg.Done()
			defer func() { <-w.sem }()
			if w.applyThroughApplier(ctx, task) {
				w.applied(ctx, task)
			}
		}()
		return nil
	}
	p, err := w.sendApply(ctx, task.JobID, jobStake)
	if p == nil {
		<-w.sem
		switch {
		case ctx.Err() != nil:
			return ctx.Err() // stays "applying": the next run asks the chain
		case unreachable(err):
			return fmt.Errorf("matching: worker: job %v: the application could not be sent, the node could not be reached: %w; the job stays applying, run the worker again", task.JobID, err)
		}
		// Refused before it was sent (a reverting estimate, a refused
		// fee): the chain says whether another agent was faster.
		w.wg.Add(1)
		go func() {
			defer w.wg.Done()
			w.settleFailedApply(ctx, task.JobID, err)
		}()
		return nil
	}
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		defer func() { <-w.sem }()
		if w.awaitApply(ctx, task, jobStake, p) {
			w.applied(ctx, task)
		}
	}()
	return nil
}

// sendApply builds the application with what the view holds and sends it
// through the Sender, retrying failures that happen before anything is
// sent. A nil Pending means nothing was sent.
func (w *Worker) sendApply(ctx context.Context, id, jobStake *big.Int) (*chain.Pending, error) {
	w.view.addInflight(id, jobStake)
	var sent *chain.Pending
	_, err := retry(ctx, w, "sending the application for job "+id.String(), func(ctx context.Context) (struct{}, error) {
		tip, feeCap := w.view.fees()
		p, err := w.cfg.Sender.SendAsync(ctx, chain.TxCandidate{
			To: &w.cfg.JobRegistry, Data: w.jr.PackApplyForJob(id, w.cfg.Claim.Label, proofWords(w.cfg.Claim.Proof)),
			GasLimit: w.view.gas(), GasTipCap: tip, GasFeeCap: feeCap, Label: "applyForJob " + id.String(),
		})
		if p != nil {
			sent = p
			return struct{}{}, nil // whatever err says, the Pending tells the outcome
		}
		return struct{}{}, err
	})
	if sent == nil {
		w.view.dropInflight(id)
		return nil, err
	}
	return sent, nil
}

// awaitApply waits for the application sent as p and settles its record;
// it reports whether the job is now the agent's.
func (w *Worker) awaitApply(ctx context.Context, task Task, jobStake *big.Int, p *chain.Pending) bool {
	id := task.JobID
	defer w.view.dropInflight(id)
	for range 2 {
		r, err := p.Wait(ctx)
		if ctx.Err() != nil {
			return false // stays "applying": the next run asks the chain
		}
		if err == nil {
			w.view.learnGas(r.GasUsed)
			return true
		}
		var re *chain.RevertError
		if errors.As(err, &re) && re.OutOfGas && w.view.gas() != 0 {
			// The learned gas limit was short for this job: estimate, if
			// the job is still open.
			w.view.forgetGas()
			job, rerr := w.readJob(ctx, id)
			if rerr == nil && job.State == escrow.StateCreated && job.Agent == (common.Address{}) {
				w.log.Info("matching worker: the application ran out of gas; sending it again with an estimate", "job", id)
				if p, rerr = w.sendApply(ctx, id, jobStake); p != nil {
					continue
				}
				err = rerr
			}
		}
		return w.settleFailedApply(ctx, id, err)
	}
	return false
}

// settleFailedApply records the outcome of an application that failed
// with err, asking the chain whether it landed anyway or another agent was
// faster; it reports whether the job is the agent's. A transient failure
// is never recorded: when the chain cannot be read the job stays
// "applying" and the next run settles it.
func (w *Worker) settleFailedApply(ctx context.Context, id *big.Int, err error) bool {
	job, rerr := w.readJob(ctx, id)
	switch {
	case rerr != nil:
		if ctx.Err() == nil {
			w.log.Error("matching worker: cannot settle a failed application; the job stays applying until the next run", "job", id, "err", err, "read", rerr)
		}
		return false
	case job.Agent == w.cfg.Profile.Address:
		return true
	case job.Agent != (common.Address{}):
		w.log.Info("matching worker: another agent got the job", "job", id, "agent", job.Agent)
		w.logErr(w.setStatus(id, StatusLost, "another agent was assigned"))
	case job.State != escrow.StateCreated:
		w.logErr(w.setStatus(id, StatusLost, fmt.Sprintf("the job left the Created state (%d) before the application landed", job.State)))
	case transient(err) || errors.Is(err, chain.ErrClosed) || errors.Is(err, context.Canceled):
		w.log.Warn("matching worker: application outcome unknown; the job stays applying until the next run", "job", id, "err", err)
	default:
		w.log.Info("matching worker: application failed", "job", id, "err", err)
		w.logErr(w.setStatus(id, StatusFailed, "apply: "+err.Error()))
	}
	return false
}

// applyThroughApplier applies with Applier.Apply, retrying transient
// failures once the chain shows the job still open; it reports whether
// the job is the agent's.
func (w *Worker) applyThroughApplier(ctx context.Context, task Task) bool {
	id := task.JobID
	err := retryErr(ctx, w, "applying for job "+id.String(), func(ctx context.Context) error {
		err := w.cfg.Applier.Apply(ctx, id, w.cfg.Claim)
		if !transient(err) {
			return err
		}
		// Did it land anyway? Apply again only while the job is open.
		job, rerr := w.onchainJob(ctx, id)
		switch {
		case rerr != nil:
			return rerr
		case job.Agent == w.cfg.Profile.Address:
			return nil
		case job.Agent != (common.Address{}) || job.State != escrow.StateCreated:
			return permanent{err}
		}
		return err
	})
	if err == nil {
		return true
	}
	if ctx.Err() != nil {
		return false // stays "applying": the next run asks the chain
	}
	var p permanent
	if errors.As(err, &p) {
		err = p.err
	}
	return w.settleFailedApply(ctx, id, err)
}

// permanent marks a transient error that a step must not retry.
type permanent struct{ err error }

func (p permanent) Error() string { return p.err.Error() }

// applied records that the job is the agent's and works on it: the
// caller holds its work slot.
func (w *Worker) applied(ctx context.Context, task Task) {
	id := task.JobID
	if err := w.setStatus(id, StatusApplied, ""); err != nil {
		w.log.Error("matching worker: save state", "job", id, "err", err)
		return
	}
	w.tel.Applied(ctx)
	if task.Deadline.IsZero() {
		job, err := w.readJob(ctx, id)
		if err != nil {
			if ctx.Err() == nil {
				w.log.Error("matching worker: cannot read the job's deadline; the job stays applied until the next run", "job", id, "err", err)
			}
			return
		}
		task.Deadline = job.Deadline
	}
	w.work(ctx, task)
}

// work runs the handler and submits the result.
func (w *Worker) work(ctx context.Context, task Task) {
	id := task.JobID
	log := w.log.With("job", id.String())
	res, err := w.cfg.Handler(ctx, task)
	if ctx.Err() != nil {
		return // stays "applied": the next run works on it again
	}
	if err == nil && res == nil {
		err = errors.New("the handler returned no result")
	}
	if err != nil {
		log.Warn("matching worker: handler failed", "err", err)
		w.fail(id, "handler: "+err.Error())
		return
	}
	r := *res
	if r.Version == 0 {
		r.Version = storage.DocumentVersion
	}
	if r.JobID == "" {
		r.JobID = id.String()
	}
	if r.SpecHash == (common.Hash{}) {
		r.SpecHash = task.SpecHash
	}
	if r.Agent == (common.Address{}) {
		r.Agent = w.cfg.Profile.Address
	}
	if r.CompletedAt == 0 {
		r.CompletedAt = w.cfg.Now().Unix()
	}
	if err := r.Validate(); err != nil {
		log.Warn("matching worker: handler result invalid", "err", err)
		w.fail(id, "result: "+err.Error())
		return
	}
	for {
		err = retryErr(ctx, w, "submitting job "+id.String(), func(ctx context.Context) error { return w.submit(ctx, id, &r) })
		if err == nil || !unreachable(err) || ctx.Err() != nil {
			break
		}
		if !task.Deadline.IsZero() && w.cfg.Now().After(task.Deadline) {
			err = fmt.Errorf("the deadline %s passed while the node could not be reached: %w", task.Deadline.Format(time.RFC3339), err)
			break
		}
		log.Error("matching worker: the node could not be reached for a whole retry budget; trying the submission again", "err", err)
	}
	if err != nil {
		if ctx.Err() != nil {
			return // stays "applied": the next run works on it again
		}
		var p permanent
		if errors.As(err, &p) {
			err = p.err
		}
		log.Warn("matching worker: submit failed", "err", err)
		w.fail(id, "submit: "+err.Error())
		return
	}
	if err := w.setStatus(id, StatusSubmitted, ""); err != nil {
		log.Error("matching worker: save state", "err", err)
		return
	}
	w.tel.Submitted(ctx)
	log.Info("matching worker: result submitted")
}

// submit is one try at submitting r: whatever Submit's error, the
// transaction may have landed, so the chain decides. A transient error is
// returned as is (the caller retries); anything else is wrapped in
// permanent.
func (w *Worker) submit(ctx context.Context, id *big.Int, r *storage.JobResult) error {
	err := w.cfg.Applier.Submit(ctx, id, r, w.cfg.Claim)
	if err == nil {
		return nil
	}
	if ctx.Err() != nil {
		// Ask the chain briefly, even though ctx has ended.
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		ctx = rctx
	}
	job, rerr := w.onchainJob(ctx, id)
	switch {
	case rerr == nil && job.State >= escrow.StateSubmitted && job.Agent == w.cfg.Profile.Address:
		return nil // it landed
	case transient(err):
		return err
	case rerr != nil && transient(rerr):
		return rerr
	}
	return permanent{err}
}

func (w *Worker) fail(id *big.Int, reason string) {
	if err := w.setStatus(id, StatusFailed, reason); err != nil {
		w.log.Error("matching worker: save state", "job", id, "err", err)
	}
}

// fetchSpec reads and verifies a spec, retrying transient failures.
func (w *Worker) fetchSpec(ctx context.Context, uri string, hash common.Hash) (*storage.JobSpec, error) {
	var err error
	for attempt := 0; attempt < w.cfg.FetchAttempts; attempt++ {
		if attempt > 0 {
			t := time.NewTimer(time.Duration(attempt) * 500 * time.Millisecond)
			select {
			case <-ctx.Done():
				t.Stop()
				return nil, ctx.Err()
			case <-t.C:
			}
		}
		var spec *storage.JobSpec
		spec, err = storage.FetchJobSpec(ctx, w.cfg.Fetcher, uri, hash)
		if err == nil {
			return spec, nil
		}
		if specUnusable(uri, err) {
			return nil, err
		}
	}
	return nil, err
}

// resume reconciles the jobs a previous run left applying or applied with

// resume reconciles the jobs a previous run left applying or applied with
// the chain and restarts their work. It returns an error when the chain
// cannot be read for a whole retry budget (the jobs stay as they are) or
// the state file cannot be written.
func (w *Worker) resume(ctx context.Context) error {
	w.mu.Lock()
	var open []JobRecord
	for _, r := range w.st.Jobs {
		if r.Status == StatusApplying || r.Status == StatusApplied {
			open = append(open, *r)
		}
	}
	w.mu.Unlock()
	for _, r := range open {
		id, _ := new(big.Int).SetString(r.ID, 10)
		log := w.log.With("job", r.ID)
		job, err := w.readJob(ctx, id)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("matching: worker: cannot resume job %s: %w; run the worker again once the node answers", r.ID, err)
		}
		var status JobStatus
		var reason string
		switch {
		case job.Agent == w.cfg.Profile.Address && job.State == escrow.StateApplied:
			// Ours and not submitted: work on it.
		case job.Agent == w.cfg.Profile.Address && job.State > escrow.StateApplied:
			status = StatusSubmitted
		case job.Agent != (common.Address{}):
			status, reason = StatusLost, "another agent was assigned"
		case job.State != escrow.StateCreated:
			status, reason = StatusLost, fmt.Sprintf("the job left the Created state (%d) before the application landed", job.State)
		}
		if status != "" {
			if err := w.setStatus(id, status, reason); err != nil {
				return err
			}
			continue
		}
		spec, err := w.fetchSpec(ctx, r.SpecURI, r.SpecHash)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if transient(err) {
				log.Warn("matching worker: cannot resume the job yet, its spec cannot be fetched; it stays as it is until the next run", "err", err)
				continue
			}
			log.Warn("matching worker: cannot resume job, spec unusable", "err", err)
			w.fail(id, "spec: "+err.Error())
			continue
		}
		task := Task{JobID: id, Spec: spec, SpecHash: r.SpecHash, SpecURI: r.SpecURI, Employer: job.Employer, Reward: job.Reward, Deadline: job.Deadline}
		select {
		case w.sem <- struct{}{}:
		case <-ctx.Done():
			return ctx.Err()
		}
		if job.State == escrow.StateCreated {
			// The application never landed: the chain still shows the
			// job open and unassigned, so sending it now cannot assign
			// the job twice.
			log.Info("matching worker: resuming an application that did not land")
			if err := w.start(withJob(ctx, id), task, job.Stake); err != nil {
				return err
			}
			continue
		}
		log.Info("matching worker: resuming work on an applied job")
		if err := w.setStatus(id, StatusApplied, ""); err != nil {
			<-w.sem
			return err
		}
		w.wg.Add(1)
		go func() {
			defer w.wg.Done()
			defer func() { <-w.sem }()
			w.work(ctx, task)
		}()
	}
	return nil
}

func (w *Worker) logErr(err error) {
	if err != nil {
		w.log.Error("matching worker: save state", "err", err)
	}
}
