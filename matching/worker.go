package matching

import (
	"context"
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
	"github.com/agijobs/agijobs-go/storage"
	"github.com/agijobs/agijobs-go/telemetry"
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

// WorkerConfig configures a Worker.
type WorkerConfig struct {
	// Backend is the node to follow and read. Required.
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
	// Applier sends applications and submissions. Required.
	Applier Applier
	// Handler does the work. Required.
	Handler Handler
	// StatePath is the state file (created if missing; its directory must
	// exist). Required. One Worker per file.
	StatePath string
	// Reader, when set, refreshes the profile's Reputation and Stake from
	// the chain before each decision.
	Reader *Reader
	// AgentType is "ai" or "human"; jobs whose spec agentTypes name neither
	// it nor "any" are declined. Empty means "ai".
	AgentType string
	// FromBlock is the first block read on the very first run (no state
	// file); 0 means the head at that moment, so only new jobs are
	// considered. Later runs resume from the state file.
	FromBlock uint64
	// Confirmations is the depth a JobCreated event must reach; 0 means 1.
	// With Feed set, the index's own Confirmations apply instead.
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
	// skipped; 0 means 3.
	FetchAttempts int
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
	req(c.Handler != nil, "Handler", "is nil", "pass the func that does the work")
	req(c.StatePath != "", "StatePath", "is empty", "name a file the Worker may create")
	req(c.AgentType == "" || c.AgentType == storage.AgentAI || c.AgentType == storage.AgentHuman, "AgentType", fmt.Sprintf("is %q", c.AgentType), `use "ai" or "human"`)
	req(c.MaxConcurrent >= 0, "MaxConcurrent", "is negative", "use 0 for the default or a positive number")
	req(c.FetchAttempts >= 0, "FetchAttempts", "is negative", "use 0 for the default or a positive number")
	req(c.PollInterval >= 0, "PollInterval", "is negative", "use 0 for the default or a positive duration")
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
	cfg  WorkerConfig
	jr   *jobregistry.JobRegistry
	jobs *escrow.JobReader
	log  *slog.Logger
	sem  chan struct{}

	mu sync.Mutex
	st *workerState
	wg sync.WaitGroup

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
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Worker{cfg: cfg, jr: jobregistry.NewJobRegistry(), jobs: escrow.NewJobReader(cfg.Backend, cfg.JobRegistry), log: log, sem: make(chan struct{}, cfg.MaxConcurrent),
		tel: otelinst.NewMatching(cfg.Telemetry)}, nil
}

// Jobs returns a copy of the records of the jobs the Worker applied to (or
// tried to), sorted by job id.
func (w *Worker) Jobs() []JobRecord {
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
// applied but not submitted, and reads events from where that run stopped.
// It returns an error when the state file cannot be read or written, or
// belongs to another agent or registry.
func (w *Worker) Run(ctx context.Context) error {
	if err := w.open(ctx); err != nil {
		return err
	}
	defer w.wg.Wait()
	w.resume(ctx)

	w.mu.Lock()
	from, after := w.st.FromBlock, w.st.After
	w.mu.Unlock()
	w.log.Info("matching worker: following jobs", "agent", w.cfg.Profile.Address, "from", from, "after", after)
	q := chain.FollowQuery{
		Addresses:     []common.Address{w.cfg.JobRegistry},
		Topics:        [][]common.Hash{{w.jr.GetABI().Events["JobCreated"].ID}},
		FromBlock:     from,
		After:         after, // strictly after the last event handled before a restart
		Confirmations: w.cfg.Confirmations,
		PollInterval:  w.cfg.PollInterval,
		Telemetry:     w.cfg.Telemetry,
		Label:         "matching.jobs",
	}
	feed := chain.Follow(ctx, w.cfg.Backend, q, w.jr.UnpackJobCreatedEvent)
	if w.cfg.Feed != nil {
		feed = w.cfg.Feed.JobsCreated(ctx, from, after)
	}
	for ev, err := range feed {
		if ctx.Err() != nil {
			break
		}
		if err != nil {
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
		if err := w.update(func(st *workerState) { st.After = &cur }); err != nil {
			return err
		}
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
			if from, err = w.cfg.Backend.BlockNumber(ctx); err != nil {
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

// update changes the state under the lock and saves it.
func (w *Worker) update(f func(*workerState)) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	f(w.st)
	return w.st.save(w.cfg.StatePath)
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

// handle decides on one new job and, when it qualifies, applies and starts
// the work. Only a state-file failure is returned: every other problem
// declines the job.
func (w *Worker) handle(ctx context.Context, ev *jobregistry.JobRegistryJobCreated, l types.Log) error {
	id := ev.JobId
	log := w.log.With("job", id.String())
	w.mu.Lock()
	_, known := w.st.Jobs[id.String()]
	w.mu.Unlock()
	if known {
		return nil
	}
	w.tel.Seen(ctx)
	spec, err := w.fetchSpec(ctx, ev.Uri, ev.SpecHash)
	if err != nil {
		log.Info("matching worker: job declined, spec unusable", "uri", ev.Uri, "err", err)
		return nil
	}
	if !slices.Contains(spec.AgentTypes, storage.AgentAny) && !slices.Contains(spec.AgentTypes, w.cfg.AgentType) {
		log.Info("matching worker: job declined, agent type", "want", spec.AgentTypes, "have", w.cfg.AgentType)
		return nil
	}
	job, err := w.onchainJob(ctx, id)
	if err != nil {
		log.Warn("matching worker: job declined, cannot read it", "err", err)
		return nil
	}
	if job.State != escrow.StateCreated {
		log.Info("matching worker: job declined, no longer open", "state", job.State)
		return nil
	}
	profile := w.cfg.Profile
	if w.cfg.Reader != nil {
		ps := []Profile{profile}
		if err := w.cfg.Reader.Load(ctx, ps); err != nil {
			log.Warn("matching worker: job declined, cannot read own reputation and stake", "err", err)
			return nil
		}
		profile = ps[0]
	}
	mj := JobFromSpec(id, spec)
	// The chain is the truth: the job stake was fixed at creation, so the
	// event's stake is the one applying locks (getJob().stake).
	mj.Reward, mj.RequiredStake = ev.Reward, ev.Stake
	score, err := w.cfg.Policy.Score(mj, &profile)
	if err != nil {
		log.Warn("matching worker: job declined, cannot score it", "err", err)
		return nil
	}
	if !score.Qualified {
		log.Info("matching worker: job declined", "reason", score.Reason, "score", score.Total)
		return nil
	}
	log.Info("matching worker: applying", "score", score.String())

	// Take a work slot first: never hold a job nobody works on.
	select {
	case w.sem <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	if err := w.update(func(st *workerState) {
		st.Jobs[id.String()] = &JobRecord{ID: id.String(), Status: StatusApplying, SpecURI: ev.Uri, SpecHash: ev.SpecHash, Block: l.BlockNumber}
	}); err != nil {
		<-w.sem
		return err
	}
	task := Task{JobID: id, Spec: spec, SpecHash: ev.SpecHash, SpecURI: ev.Uri, Employer: ev.Employer, Reward: ev.Reward, Deadline: job.Deadline, Score: score}
	return w.applyAndWork(ctx, task)
}

// applyAndWork applies for the task's job (its record is "applying" and
// the caller holds a work slot) and starts the work.
func (w *Worker) applyAndWork(ctx context.Context, task Task) error {
	id := task.JobID
	if err := w.cfg.Applier.Apply(ctx, id, w.cfg.Claim); err != nil {
		if ctx.Err() != nil {
			<-w.sem
			return ctx.Err() // stays "applying": the next run asks the chain
		}
		// Did it land anyway, or did another agent win?
		job, rerr := w.onchainJob(ctx, id)
		if rerr != nil || job.Agent != w.cfg.Profile.Address {
			<-w.sem
			w.log.Info("matching worker: application failed", "job", id, "err", err)
			status := StatusFailed
			if rerr == nil && job.Agent != (common.Address{}) {
				status = StatusLost
			}
			return w.setStatus(id, status, "apply: "+err.Error())
		}
	}
	if err := w.setStatus(id, StatusApplied, ""); err != nil {
		<-w.sem
		return err
	}
	w.tel.Applied(ctx)
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		defer func() { <-w.sem }()
		w.work(ctx, task)
	}()
	return nil
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
	if err := w.cfg.Applier.Submit(ctx, id, &r, w.cfg.Claim); err != nil {
		// Whatever the error, the transaction may have landed: ask the
		// chain (briefly, even when ctx has ended) before deciding.
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		job, rerr := w.onchainJob(rctx, id)
		cancel()
		landed := rerr == nil && job.State >= escrow.StateSubmitted && job.Agent == w.cfg.Profile.Address
		if !landed && ctx.Err() != nil {
			return // stays "applied": the next run works on it again
		}
		if landed {
			err = nil // it landed
		} else {
			log.Warn("matching worker: submit failed", "err", err)
			w.fail(id, "submit: "+err.Error())
			return
		}
	}
	if err := w.setStatus(id, StatusSubmitted, ""); err != nil {
		log.Error("matching worker: save state", "err", err)
		return
	}
	w.tel.Submitted(ctx)
	log.Info("matching worker: result submitted")
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
		if errors.Is(err, storage.ErrHashMismatch) || errors.Is(err, input.ErrInvalid) || errors.Is(err, storage.ErrIntegrity) {
			return nil, err // permanent
		}
		if _, perr := storage.ParseIPFSURI(uri); perr != nil {
			return nil, err
		}
	}
	return nil, err
}

// resume reconciles the jobs a previous run left applying or applied with
// the chain and restarts their work.
func (w *Worker) resume(ctx context.Context) {
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
		job, err := w.onchainJob(ctx, id)
		if err != nil {
			log.Warn("matching worker: cannot resume job", "err", err)
			continue
		}
		switch {
		case job.Agent == w.cfg.Profile.Address && job.State == escrow.StateApplied:
			// Ours and not submitted: work on it.
		case job.Agent == w.cfg.Profile.Address && job.State > escrow.StateApplied:
			w.logErr(w.setStatus(id, StatusSubmitted, ""))
			continue
		case job.Agent != (common.Address{}):
			w.logErr(w.setStatus(id, StatusLost, "another agent was assigned"))
			continue
		case job.State != escrow.StateCreated:
			w.logErr(w.setStatus(id, StatusLost, fmt.Sprintf("the job left the Created state (%d) before the application landed", job.State)))
			continue
		}
		spec, err := w.fetchSpec(ctx, r.SpecURI, r.SpecHash)
		if err != nil {
			log.Warn("matching worker: cannot resume job, spec unusable", "err", err)
			w.fail(id, "spec: "+err.Error())
			continue
		}
		task := Task{JobID: id, Spec: spec, SpecHash: r.SpecHash, SpecURI: r.SpecURI, Employer: job.Employer, Reward: job.Reward, Deadline: job.Deadline}
		select {
		case w.sem <- struct{}{}:
		case <-ctx.Done():
			return
		}
		if job.State == escrow.StateCreated {
			// The application never landed: the chain still shows the
			// job open and unassigned, so sending it now cannot assign
			// the job twice.
			log.Info("matching worker: resuming an application that did not land")
			if err := w.applyAndWork(ctx, task); err != nil {
				log.Warn("matching worker: resume", "err", err)
			}
			continue
		}
		log.Info("matching worker: resuming work on an applied job")
		w.logErr(w.setStatus(id, StatusApplied, ""))
		w.wg.Add(1)
		go func() {
			defer w.wg.Done()
			defer func() { <-w.sem }()
			w.work(ctx, task)
		}()
	}
}

func (w *Worker) logErr(err error) {
	if err != nil {
		w.log.Error("matching worker: save state", "err", err)
	}
}
