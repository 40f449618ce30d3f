// Command agent-worker is an AGI Jobs agent: it stakes, then runs the
// SDK's matching.Worker, which follows new jobs, fetches and verifies each
// spec, scores the job against the agent's profile with a matching policy,
// applies to the jobs that qualify through the escrow agent client, runs
// the agent's handler and submits the result. The worker's decisions, with
// their reasons and scores, are printed as log lines.
//
// Without flags it runs on the test fixture's embedded chain
// (agijobstest), where an employer posts one job and the fixture's
// committee of three validators approves the result, so that one job goes
// through:
//
//	go run ./examples/agent-worker
//
// Against a node it plays the agent only:
//
//	AGIJOBS_KEY=<hex> go run ./examples/agent-worker -rpc ws://127.0.0.1:8545 \
//	    -manifest latest-deployment.json -store-dir /tmp/agijobs-docs
//
// Applying is first come, first served, so the agent takes the worker's
// fast path: the worker builds and sends each application itself through
// the agent's transaction manager (matching.WorkerConfig.Sender) as soon as
// a job is scored, and over a WebSocket URL (ws://, wss://) new jobs and
// blocks arrive by subscription instead of polling; an http:// URL works
// too, polling every 100ms.
//
// The keys come from the environment variable -key-env names (AGIJOBS_KEY
// by default) or from keystore files (-keystore, comma-separated, with the
// passphrase in $AGIJOBS_KEYSTORE_PASSPHRASE or the variable
// -keystore-pass-env names), never from the command line.
//
// # Policy
//
// -policy names the matching policy (weights and thresholds; see package
// matching). Its default, config/policies.default.json, is read relative
// to the working directory, so it is the repository's file when the
// command runs from the repository root. When that default file is not
// there (the binary runs elsewhere) the agent uses the copy of it built
// into the command and says so; a -policy given explicitly must exist.
// -categories and -skills are the agent's profile, which the policy
// scores with its on-chain reputation and stake; they are weighed, not
// required: to take only some categories, list them in the policy's
// thresholds.allowedCategories.
//
// # State
//
// -state is the worker's state file: the last event it handled and the
// jobs it applied to, saved durably after every step. A restarted agent
// reads it to go on where it stopped, finish the jobs it holds and never
// apply twice to a job. The default is
// ~/.agijobs/agent-worker/<chain id>-<genesis hash>/<agent>-<JobRegistry>.json,
// one file per chain, deployment and agent; a state file of another chain
// (such as a restarted anvil) is refused. A new state starts at the
// deployment block the manifest records (or -from-block), so that jobs
// posted before the agent started are not missed; once a state file
// exists, -from-block is ignored. On the embedded chain, which is new on every
// run, the state lives in a temporary file and -state is ignored.
//
// # Faults
//
// A failure to reach the node (a reset connection, a cut answer, a 5xx)
// that the SDK's own retries did not absorb is never a job's outcome: the
// worker retries each step under its retry policy
// (matching.WorkerConfig.Retry and RetryBudget), keeps the job where it
// was in the state file and does not move its resume point past a job it
// has not decided on. When a step's retry budget runs out the worker
// stops, and the agent starts it again on its state file after a pause;
// the steps before the worker starts (dialing, staking) are retried the
// same way, until the node answers or the agent is stopped.
package main

import (
	"cmp"
	"context"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/examples/internal/cli"
	"github.com/agijobs/agijobs-go/identity"
	"github.com/agijobs/agijobs-go/matching"
	"github.com/agijobs/agijobs-go/storage"
	"github.com/agijobs/agijobs-go/wait"
)

// defaultPolicyPath is the -policy default, relative to the repository
// root.
const defaultPolicyPath = "config/policies.default.json"

// builtinPolicy is a copy of config/policies.default.json; TestPolicyCopy
// keeps the two equal.
//
//go:embed policies.default.json
var builtinPolicy []byte

func main() { cli.Main(run) }

// agent is what the agent offers and how it runs.
type agent struct {
	out        *output
	identity   escrow.Identity
	categories []string
	skills     []string
	policy     *matching.Policy
	// statePath is the worker's state file; empty means a temporary one.
	statePath string
	// jobs is how many jobs to deliver before returning; 0 means forever.
	jobs int
	// fromBlock is the first block watched when the state file is new;
	// 0 means the manifest's deployment block on a node, the head on the
	// embedded chain.
	fromBlock uint64
	poll      time.Duration
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("agent-worker", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f cli.Flags
	f.Register(fs, "2")
	spec := agijobstest.SampleSpec()
	label := fs.String("subdomain", "agent", "identity label under agent.agi.eth")
	cats := fs.String("categories", spec.Category, "comma-separated job categories the agent works in")
	skills := fs.String("skills", strings.Join(spec.Skills, ","), "comma-separated skills the agent offers")
	policyPath := fs.String("policy", defaultPolicyPath, "matching policy file: which jobs to take; when the default is missing, the built-in copy of it is used")
	statePath := fs.String("state", "", "the worker's restart-safe state file; empty means ~/.agijobs/agent-worker/<chain id>-<genesis hash>/<agent>-<JobRegistry>.json (ignored without -rpc)")
	jobs := fs.Int("jobs", 0, "deliver this many jobs, then exit; 0 runs until interrupted")
	from := fs.Uint64("from-block", 0, "first block to look for jobs in when the state file does not exist yet; 0 means the manifest's deployment block")
	if err := cli.Parse(fs, args); err != nil {
		return 2
	}
	set := map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	a := &agent{out: &output{w: stdout}, identity: escrow.Identity{Subdomain: *label}, categories: splitList(*cats), skills: splitList(*skills),
		statePath: *statePath, jobs: *jobs, fromBlock: *from}
	policy, source, err := loadPolicy(*policyPath, set["policy"])
	if err == nil {
		a.policy = policy
		if f.RPC == "" {
			a.out.Printf("agent-worker: no -rpc: running on the embedded chain with an employer and three validators in-process")
			a.out.Printf("agent-worker: policy %s", source)
			if set["state"] {
				a.out.Printf("agent-worker: -state ignored: the embedded chain is new on every run, so the worker state is temporary")
			}
			err = a.runEmbedded(ctx)
		} else {
			err = a.runOnNode(ctx, f, source)
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "agent-worker:", err)
		return 1
	}
	return 0
}

// runOnNode dials the node with the manifest and plays the agent.
func (a *agent) runOnNode(ctx context.Context, f cli.Flags, policySource string) error {
	cfg, err := f.Config()
	if err != nil {
		return err
	}
	if a.fromBlock == 0 {
		// A new state follows jobs from the deployment on: whichever role
		// starts first, no job posted before the agent is missed.
		m, err := deployment.LoadManifest(f.Manifest)
		if err != nil {
			return err
		}
		a.fromBlock = m.Block
	}
	c, err := retry(ctx, a, "dial the node", func(ctx context.Context) (*agijobs.Client, error) { return agijobs.Dial(ctx, cfg) })
	if err != nil {
		return err
	}
	defer c.Close()
	ag, err := retry(ctx, a, "start the agent's transaction manager", func(ctx context.Context) (*escrow.Agent, error) {
		return c.Agent(ctx, cfg.Signers[0], a.identity)
	})
	if err != nil {
		return err
	}
	if a.statePath == "" {
		if a.statePath, err = retry(ctx, a, "read the genesis block", func(ctx context.Context) (string, error) {
			return defaultStatePath(ctx, c.Backend(), c.ChainID(), ag.Address(), c.Addresses().JobRegistry)
		}); err != nil {
			return err
		}
	}
	a.out.Printf("agent-worker: agent %s, policy %s, state %s", ag.Address().Hex(), policySource, a.statePath)
	a.poll = 100 * time.Millisecond
	return a.work(ctx, c, ag, cfg.Signers[0])
}

// runEmbedded plays the agent on the test fixture: an employer posts one
// job, the agent delivers it, the fixture's committee approves it in the
// background, and the employer finalizes it.
func (a *agent) runEmbedded(ctx context.Context) error {
	env, err := agijobstest.Start(ctx, agijobstest.WithAgents(1))
	if err != nil {
		return err
	}
	defer env.Close()
	ctx, stop := env.ServeBackground(ctx, agijobstest.ServeOptions{Committee: true})
	err = a.deliverOne(ctx, env)
	if serr := stop(); serr != nil {
		err = serr
	}
	return err
}

func (a *agent) deliverOne(ctx context.Context, env *agijobstest.Env) error {
	head, err := env.Backend().BlockNumber(ctx)
	if err != nil {
		return err
	}
	now, err := env.Now(ctx)
	if err != nil {
		return err
	}
	employer := env.Employer(0)
	posted, err := employer.PostJob(ctx, escrow.PostJobParams{Spec: agijobstest.SampleSpec(), Reward: deploy.Ether(100), Deadline: now.Add(48 * time.Hour)})
	if err != nil {
		return err
	}
	a.out.Printf("employer: posted job %v", posted.JobID)
	// One job, followed from the block after the head, and a temporary
	// state: the embedded chain is new on every run.
	a.jobs, a.fromBlock, a.statePath, a.poll = 1, head+1, "", 20*time.Millisecond
	if err := a.work(ctx, env.Client(), env.Agent(0), env.Roles().Agents[0]); err != nil {
		return err
	}
	j, err := env.Escrow().WaitForState(ctx, posted.JobID, time.Minute, escrow.StateCompleted, escrow.StateDisputed)
	if err != nil {
		return err
	}
	if _, err := employer.Finalize(ctx, j.ID); err != nil {
		return err
	}
	if j, err = env.Escrow().Job(ctx, j.ID); err == nil && j.State != escrow.StateFinalized {
		err = fmt.Errorf("job %v ended %s", j.ID, j.State)
	}
	if err == nil {
		a.out.Printf("employer: job %v is %s", j.ID, j.State)
	}
	return err
}

// work stakes the minimum agent stake plus the floor of a job's stake,
// enough for one job whose stake share of the reward stays under that
// floor (rewards up to 200 tokens at the default 5%; a larger job locks
// more, and its application is refused with the amount missing), then
// runs a matching.Worker for ag until ctx ends or a.jobs jobs are
// delivered. The worker follows new jobs, fetches and verifies each spec,
// scores the job against the agent's profile with the policy (its reasons
// go to the output), sends the application itself through the agent's
// transaction manager (the fast path), runs the handler and submits the
// result through the escrow agent client's WorkerApplier. s is the agent's
// signer.
func (a *agent) work(ctx context.Context, c *agijobs.Client, ag *escrow.Agent, s chain.Signer) error {
	ec, err := c.Escrow()
	if err != nil {
		return err
	}
	prm, err := retry(ctx, a, "read the protocol parameters", ec.Params)
	if err != nil {
		return err
	}
	if sr, err := retry(ctx, a, "stake", func(ctx context.Context) (*escrow.StakeResult, error) {
		return ag.EnsureStake(ctx, new(big.Int).Add(prm.MinAgentStake, prm.JobStake))
	}); err != nil {
		return err
	} else if sr != nil {
		a.out.Printf("agent %s: staked (tx %s)", ag.Address().Hex(), sr.Deposit.TxHash.Hex())
	}
	statePath := a.statePath
	if statePath == "" {
		dir, err := os.MkdirTemp("", "agent-worker-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		statePath = filepath.Join(dir, "worker.json")
	} else if _, err := retry(ctx, a, "bind the state file to the chain", func(ctx context.Context) (struct{}, error) {
		return struct{}{}, bindState(ctx, c.Backend(), c.ChainID(), statePath)
	}); err != nil {
		return err
	}
	reader, err := c.ProfileReader()
	if err != nil {
		return err
	}
	// The agent's own manager: the one its escrow client (the Applier)
	// sends through, so that the two never race for nonces.
	sender, err := c.Manager(ctx, s)
	if err != nil {
		return err
	}
	cfg := matching.WorkerConfig{
		Backend:     c.Backend(),
		JobRegistry: c.Addresses().JobRegistry,
		Fetcher:     c.Store(),
		Profile:     matching.Profile{Address: ag.Address(), Skills: a.skills, Categories: a.categories},
		Policy:      a.policy,
		Claim:       identity.Claim{Label: a.identity.Subdomain, Proof: a.identity.Proof},
		Applier:     ag.WorkerApplier(),
		Sender:      sender,
		Handler:     handler(a.out, c.Store()),
		StatePath:   statePath,
		Reader:      reader,
		FromBlock:   a.fromBlock,
		// The stake topped up above covers one job at a time.
		MaxConcurrent: 1,
		PollInterval:  a.poll,
		Logger:        a.out.logger(),
	}
	// A worker stops when a step's retry budget runs out with the node
	// unreachable, leaving its state file where the step began: start a
	// new one on it after a pause.
	p := &progress{}
	for pause := time.Second; ; pause = min(2*pause, time.Minute) {
		w, err := matching.NewWorker(cfg)
		if err != nil {
			return err
		}
		err = a.watch(ctx, w, p)
		if err == nil || !chain.IsTransport(err) || ctx.Err() != nil {
			return err
		}
		a.out.Printf("agent-worker: the worker stopped, the node could not be reached (%s); starting it again on its state in %v", strings.ReplaceAll(err.Error(), "\n", "; "), pause)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(pause):
		}
	}
}

// progress is what the agent has printed of its jobs' outcomes, across
// the workers it runs.
type progress struct {
	// seen is each job's last status printed; nil before the first
	// worker, which fills it with the statuses of the state file.
	seen map[string]matching.JobStatus
	// delivered counts the jobs submitted since the agent started.
	delivered int
}

// watch runs w until ctx ends or a.jobs jobs are delivered, printing the
// outcome of every job the worker applied to. Jobs already final in the
// state file before the agent started do not count.
func (a *agent) watch(ctx context.Context, w *matching.Worker, p *progress) error {
	if p.seen == nil {
		p.seen = map[string]matching.JobStatus{}
		for _, r := range w.Jobs() {
			p.seen[r.ID] = r.Status
		}
	}
	seen := p.seen
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- w.Run(wctx) }()
	tick := time.NewTicker(a.poll)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			if err != nil {
				return err
			}
			return ctx.Err()
		case <-tick.C:
		}
		var failed error
		for _, r := range w.Jobs() {
			if seen[r.ID] == r.Status {
				continue
			}
			seen[r.ID] = r.Status
			switch r.Status {
			case matching.StatusSubmitted:
				p.delivered++
				a.out.Printf("agent: delivered job %s", r.ID)
			case matching.StatusLost:
				a.out.Printf("agent: job %s went to another agent (%s)", r.ID, r.Reason)
			case matching.StatusDeferred:
				a.out.Printf("agent: job %s waits for its spec (%s)", r.ID, r.Reason)
			case matching.StatusFailed:
				a.out.Printf("agent: job %s failed: %s", r.ID, r.Reason)
				failed = cmp.Or(failed, fmt.Errorf("job %s failed: %s", r.ID, r.Reason))
			}
		}
		switch {
		case a.jobs > 0 && failed != nil:
			cancel()
			<-done
			return failed
		case a.jobs > 0 && p.delivered >= a.jobs:
			cancel()
			return <-done
		}
	}
}

// loadPolicy reads the policy at path. When path is the default (set is
// false) and the file does not exist, it returns the built-in copy of
// config/policies.default.json instead. source says which was used.
func loadPolicy(path string, set bool) (p *matching.Policy, source string, err error) {
	p, err = matching.LoadPolicy(path)
	if err == nil {
		return p, path, nil
	}
	if set || !errors.Is(err, os.ErrNotExist) {
		return nil, "", err
	}
	p, err = matching.ParsePolicy(builtinPolicy)
	return p, "built-in copy of " + defaultPolicyPath + " (" + path + " not found)", err
}

// handler returns the agent's work function: what a real agent replaces.
// The worker calls it for each job it won (the job is assigned to the
// agent on chain), with the spec verified against its on-chain hash, and
// submits the result it returns, filling in the result's version, jobId,
// specHash, agent and completedAt. An error marks the job failed in the
// state file and nothing is submitted for it.
//
// A real agent would, in order:
//
//   - fetch the job's inputs, t.Spec.Attachments, from storage
//     (storage.ParseIPFSURI and the store's Get; the content is verified
//     against its CID);
//   - do the work described by t.Spec.Description with its model, tools or
//     people, under ctx: when the worker stops, ctx ends and the job stays
//     "applied" in the state file, so the next run calls the handler
//     again; long work should therefore checkpoint or be idempotent;
//   - check the output against t.Spec.AcceptanceCriteria, which the
//     validators apply, and finish before t.Deadline (the chain's clock);
//   - store every output file (on a real network: IPFS with a pinning
//     service, so that validators can fetch it) and name each in Outputs
//     with its ipfs:// URI, media type and size, and summarise the
//     delivery in Summary.
//
// This one stores a single text file saying what it would have done.
func handler(out *output, store storage.Store) matching.Handler {
	return func(ctx context.Context, t matching.Task) (*storage.JobResult, error) {
		out.Printf("agent: working on job %v %q for %s (reward %v, score %.2f)", t.JobID, t.Spec.Title, t.Employer.Hex(), t.Reward, t.Score.Total)
		var b strings.Builder
		fmt.Fprintf(&b, "Job %v: %s\n\n%s\n\nAcceptance criteria:\n", t.JobID, t.Spec.Title, t.Spec.Description)
		for _, c := range t.Spec.AcceptanceCriteria {
			fmt.Fprintf(&b, "- %s: met\n", c)
		}
		body := b.String()
		c, err := store.Put(ctx, strings.NewReader(body))
		if err != nil {
			return nil, fmt.Errorf("store the output: %w", err)
		}
		return &storage.JobResult{
			Summary: fmt.Sprintf("%s: %d of %d acceptance criteria met; the output is result.txt.", t.Spec.Title, len(t.Spec.AcceptanceCriteria), len(t.Spec.AcceptanceCriteria)),
			Outputs: []storage.Attachment{{Name: "result.txt", URI: storage.IPFSURI(c), MediaType: "text/plain", Size: int64(len(body))}},
		}, nil
	}
}

// retry calls f until it succeeds or fails with an answer from the node (a
// revert, a refused input) or a timeout of its own: a failure to reach the
// node (chain.IsTransport) says nothing about the step, so it is tried
// again, after a pause that doubles from 100ms to 5s, for as long as ctx
// lasts. Every step retried is safe to run again.
func retry[T any](ctx context.Context, a *agent, what string, f func(context.Context) (T, error)) (T, error) {
	for pause := 100 * time.Millisecond; ; pause = min(2*pause, 5*time.Second) {
		v, err := f(ctx)
		if err == nil || !chain.IsTransport(err) || errors.Is(err, wait.ErrTimeout) || ctx.Err() != nil {
			return v, err
		}
		a.out.Printf("agent-worker: %s: the node could not be reached (%s); trying again in %v", what, strings.ReplaceAll(err.Error(), "\n", "; "), pause)
		select {
		case <-ctx.Done():
			return v, ctx.Err()
		case <-time.After(pause):
		}
	}
}

// splitList splits a comma-separated flag, dropping blanks.
func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// output serialises the lines of the worker's goroutine and of the main
// one.
type output struct {
	mu sync.Mutex
	w  io.Writer
}

func (o *output) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.w.Write(p)
}

// Printf writes one line.
func (o *output) Printf(format string, args ...any) {
	fmt.Fprintf(o, format+"\n", args...)
}

// logger returns a logger writing text lines to o, without timestamps.
func (o *output) logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(o, &slog.HandlerOptions{ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(groups) == 0 {
			return slog.Attr{}
		}
		return a
	}}))
}
