package roles

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/identity"
	"github.com/agijobs/agijobs-go/matching"
	"github.com/agijobs/agijobs-go/storage"
)

// defaultPolicy is a copy of config/policies.default.json; TestPolicyCopy
// keeps the two equal.
//
//go:embed policies.default.json
var defaultPolicy []byte

// DefaultPolicy returns the built-in copy of config/policies.default.json,
// for agents run where that file is not at hand (outside the repository).
func DefaultPolicy() (*matching.Policy, error) { return matching.ParsePolicy(defaultPolicy) }

// AgentOptions configure RunAgent.
type AgentOptions struct {
	// Identity is the agent's label and proof.
	Identity escrow.Identity
	// Categories and Skills are what the agent offers: with its on-chain
	// reputation and stake they make the profile the policy scores.
	Categories, Skills []string
	// Policy decides which jobs the agent takes; nil means DefaultPolicy.
	Policy *matching.Policy
	// Handler does the work of a job; nil means DemoHandler.
	Handler matching.Handler
	// StatePath is the worker's state file: the last event handled and the
	// jobs applied to, so that a restarted agent resumes where it stopped
	// and never applies twice. Its directory is created. Empty means a
	// temporary file removed when RunAgent returns (no restart safety).
	StatePath string
	// Jobs is how many jobs to deliver before returning; 0 means forever.
	// With Jobs set, a job the worker fails for good (handler or
	// submission error) ends the run with its reason.
	Jobs int
	// FromBlock is the first block watched for new jobs when the state
	// file does not exist yet; 0 means the head. Later runs resume from the
	// state file.
	FromBlock uint64
}

// RunAgent stakes the minimum agent stake plus the floor of a job's stake,
// enough for one job whose stake share of the reward stays under that
// floor (rewards up to 200 tokens at the default 5%; a larger job locks
// more, and its application is refused with the amount missing), then
// runs a matching.Worker for the agent until ctx ends or o.Jobs jobs are
// delivered. The worker follows new
// jobs, fetches and verifies each spec, scores the job against the agent's
// profile with the policy (its reasons go to env.Out), applies through the
// escrow agent client's WorkerApplier, runs the handler and submits the
// result.
func RunAgent(ctx context.Context, env *Env, s escrow.Sender, o AgentOptions) error {
	c := env.Escrow
	agent := c.Agent(s, o.Identity)
	prm, err := c.Params(ctx)
	if err != nil {
		return err
	}
	sr, err := agent.EnsureStake(ctx, new(big.Int).Add(prm.MinAgentStake, prm.JobStake))
	if err != nil {
		return err
	}
	if sr != nil {
		env.Printf("agent %s: staked (tx %s)", agent.Address().Hex(), sr.Deposit.TxHash.Hex())
	}
	policy := o.Policy
	if policy == nil {
		if policy, err = DefaultPolicy(); err != nil {
			return err
		}
	}
	handler := o.Handler
	if handler == nil {
		handler = DemoHandler(env)
	}
	statePath := o.StatePath
	if statePath == "" {
		dir, err := os.MkdirTemp("", "agent-worker-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		statePath = filepath.Join(dir, "worker.json")
	} else {
		if err := os.MkdirAll(filepath.Dir(statePath), 0o700); err != nil {
			return err
		}
		if err := bindState(ctx, c.Backend(), c.ChainID(), statePath); err != nil {
			return err
		}
	}
	reader, err := matching.NewReader(matching.ReaderConfig{Backend: c.Backend(), ReputationEngine: env.addrs.ReputationEngine, StakeManager: env.addrs.StakeManager})
	if err != nil {
		return err
	}
	w, err := matching.NewWorker(matching.WorkerConfig{
		Backend:     c.Backend(),
		JobRegistry: env.addrs.JobRegistry,
		Fetcher:     c.Store(),
		Profile:     matching.Profile{Address: agent.Address(), Skills: o.Skills, Categories: o.Categories},
		Policy:      policy,
		Claim:       identity.Claim{Label: o.Identity.Subdomain, Proof: o.Identity.Proof},
		Applier:     agent.WorkerApplier(),
		Handler:     handler,
		StatePath:   statePath,
		Reader:      reader,
		FromBlock:   o.FromBlock,
		// The stake topped up above covers one job at a time.
		MaxConcurrent: 1,
		PollInterval:  env.Poll,
		Logger:        env.logger(),
	})
	if err != nil {
		return err
	}
	return watchWorker(ctx, env, w, o.Jobs)
}

// watchWorker runs w until ctx ends or jobs jobs are delivered, printing
// the outcome of every job the worker applied to. Jobs already final in
// the state file before the run do not count.
func watchWorker(ctx context.Context, env *Env, w *matching.Worker, jobs int) error {
	seen := map[string]matching.JobStatus{}
	for _, r := range w.Jobs() {
		seen[r.ID] = r.Status
	}
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- w.Run(wctx) }()
	tick := time.NewTicker(env.Poll)
	defer tick.Stop()
	delivered := 0
	for {
		var runErr error
		stopped := false
		select {
		case runErr = <-done:
			stopped = true
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
				delivered++
				env.Printf("agent: delivered job %s", r.ID)
			case matching.StatusLost:
				env.Printf("agent: job %s went to another agent (%s)", r.ID, r.Reason)
			case matching.StatusFailed:
				env.Printf("agent: job %s failed: %s", r.ID, r.Reason)
				if failed == nil {
					failed = fmt.Errorf("job %s failed: %s", r.ID, r.Reason)
				}
			}
		}
		switch {
		case stopped && runErr != nil:
			return runErr
		case stopped:
			return ctx.Err()
		case jobs > 0 && failed != nil:
			cancel()
			<-done
			return failed
		case jobs > 0 && delivered >= jobs:
			cancel()
			return <-done
		}
	}
}

// DemoHandler is the handler of the agent the employer and validator
// examples run in-process: it stores a short text as the job's output and
// returns a result naming it. examples/agent-worker shows what a real agent
// does there.
func DemoHandler(env *Env) matching.Handler {
	return func(ctx context.Context, t matching.Task) (*storage.JobResult, error) {
		body := "Done: " + t.Spec.Title + "\n"
		c, err := env.Escrow.Store().Put(ctx, strings.NewReader(body))
		if err != nil {
			return nil, err
		}
		return &storage.JobResult{
			Summary: "Done: " + t.Spec.Title,
			Outputs: []storage.Attachment{{Name: "result.txt", URI: storage.IPFSURI(c), MediaType: "text/plain", Size: int64(len(body))}},
		}, nil
	}
}

// DefaultStatePath returns where an agent keeps its worker state by
// default: ~/.agijobs/agent-worker/<chain id>-<genesis hash>/<agent>-<JobRegistry>.json.
// The genesis hash keeps the state of a restarted dev chain (anvil, which
// deploys to the same addresses again) apart from the old chain's.
func DefaultStatePath(ctx context.Context, env *Env, agent common.Address) (string, error) {
	g, err := env.Escrow.Backend().HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		return "", fmt.Errorf("read the genesis block: %w", err)
	}
	home, err := os.UserHomeDir()
	if err != nil {
		home = "."
	}
	chain := fmt.Sprintf("%v-%s", env.Escrow.ChainID(), g.Hash().Hex()[:10])
	return filepath.Join(home, ".agijobs", "agent-worker", chain, agent.Hex()+"-"+env.addrs.JobRegistry.Hex()+".json"), nil
}

// chainMark identifies the chain a worker state file belongs to.
type chainMark struct {
	ChainID string      `json:"chainId"`
	Genesis common.Hash `json:"genesis"`
}

// bindState ties the worker state file at path to the chain: on first use
// it records the chain id and genesis hash in path+".chain", later it
// refuses a state file recorded on another chain. The worker itself checks
// the agent and JobRegistry a state file belongs to, but a restarted dev
// chain reproduces both: its old cursor and jobs would silently skip the
// new chain's jobs.
func bindState(ctx context.Context, b chain.Backend, chainID *big.Int, path string) error {
	g, err := b.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		return fmt.Errorf("read the genesis block: %w", err)
	}
	here := chainMark{ChainID: chainID.String(), Genesis: g.Hash()}
	markPath := path + ".chain"
	_, err = os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		// A new state: (re)bind it below.
	case err != nil:
		return err
	default:
		raw, err := os.ReadFile(markPath)
		if err == nil {
			var m chainMark
			if err := json.Unmarshal(raw, &m); err != nil {
				return fmt.Errorf("%s: %w; remove it to bind the state to this chain", markPath, err)
			}
			if m != here {
				return fmt.Errorf("worker state %s belongs to chain %s with genesis %s, not to this chain %s with genesis %s (a restarted dev chain?); remove it or pass another -state",
					path, m.ChainID, m.Genesis.Hex(), here.ChainID, here.Genesis.Hex())
			}
			return nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	raw, err := json.Marshal(here)
	if err != nil {
		return err
	}
	return os.WriteFile(markPath, append(raw, '\n'), 0o600)
}
