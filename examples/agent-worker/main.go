// Command agent-worker is an AGI Jobs agent: it stakes, then runs the
// SDK's matching.Worker, which follows new jobs, fetches and verifies each
// spec, scores the job against the agent's profile with a matching policy,
// applies to the jobs that qualify through the escrow agent client, runs
// the agent's handler and submits the result. The worker's decisions, with
// their reasons and scores, are printed as log lines.
//
// Without flags it runs on the embedded chain, where an employer and three
// validators run in-process so that one job goes through:
//
//	go run ./examples/agent-worker
//
// Against a node it plays the agent only:
//
//	AGIJOBS_KEY=<hex> go run ./examples/agent-worker -rpc http://127.0.0.1:8545 \
//	    -manifest latest-deployment.json -store-dir /tmp/agijobs-docs
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
// (such as a restarted anvil) is refused. Once a state file exists,
// -from-block is ignored. On the embedded chain, which is new on every
// run, the state lives in a temporary file and -state is ignored.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/examples/internal/roles"
	"github.com/agijobs/agijobs-go/matching"
	"github.com/agijobs/agijobs-go/storage"
)

// defaultPolicyPath is the -policy default, relative to the repository
// root.
const defaultPolicyPath = "config/policies.default.json"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("agent-worker", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f roles.Flags
	f.Register(fs, "2")
	spec := roles.DemoSpec()
	label := fs.String("subdomain", "agent", "identity label under agent.agi.eth")
	cats := fs.String("categories", spec.Category, "comma-separated job categories the agent works in")
	skills := fs.String("skills", strings.Join(spec.Skills, ","), "comma-separated skills the agent offers")
	policyPath := fs.String("policy", defaultPolicyPath, "matching policy file: which jobs to take; when the default is missing, the built-in copy of it is used")
	statePath := fs.String("state", "", "the worker's restart-safe state file; empty means ~/.agijobs/agent-worker/<chain id>-<genesis hash>/<agent>-<JobRegistry>.json (ignored without -rpc)")
	jobs := fs.Int("jobs", 0, "deliver this many jobs, then exit; 0 runs until interrupted")
	from := fs.Uint64("from-block", 0, "first block to look for jobs in when the state file does not exist yet; 0 means the head")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	set := map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	opts := roles.AgentOptions{
		Identity:   escrow.Identity{Subdomain: *label},
		Categories: splitList(*cats),
		Skills:     splitList(*skills),
		Jobs:       *jobs,
		FromBlock:  *from,
	}
	policy, source, err := loadPolicy(*policyPath, set["policy"])
	if err == nil {
		opts.Policy = policy
		if f.RPC == "" {
			var env *roles.Env
			var cast *roles.Cast
			if env, cast, err = roles.Embedded(ctx, stdout); err == nil {
				env.Printf("agent-worker: no -rpc: running on the embedded chain with an employer and three validators in-process")
				env.Printf("agent-worker: policy %s", source)
				if set["state"] {
					env.Printf("agent-worker: -state ignored: the embedded chain is new on every run, so the worker state is temporary")
				}
				opts.Handler = handler(env)
				var job escrow.Job
				job, err = roles.RunEmbeddedWith(ctx, env, cast, time.Minute, opts)
				if err == nil && job.State != escrow.StateFinalized {
					err = fmt.Errorf("job %v ended %s", job.ID, job.State)
				}
				_ = env.Close()
			}
		} else {
			var env *roles.Env
			if env, err = roles.Connect(ctx, f, stdout); err == nil {
				err = runAgent(ctx, env, opts, *statePath, source)
				_ = env.Close()
			}
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "agent-worker:", err)
		return 1
	}
	return 0
}

// runAgent plays the agent against a node.
func runAgent(ctx context.Context, env *roles.Env, opts roles.AgentOptions, statePath, policySource string) error {
	s := env.Sender(0)
	if statePath == "" {
		var err error
		if statePath, err = roles.DefaultStatePath(ctx, env, s.Address()); err != nil {
			return err
		}
	}
	env.Printf("agent-worker: agent %s, policy %s, state %s", s.Address().Hex(), policySource, statePath)
	opts.StatePath = statePath
	opts.Handler = handler(env)
	return roles.RunAgent(ctx, env, s, opts)
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
	p, err = roles.DefaultPolicy()
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
func handler(env *roles.Env) matching.Handler {
	return func(ctx context.Context, t matching.Task) (*storage.JobResult, error) {
		env.Printf("agent: working on job %v %q for %s (reward %v, score %.2f)", t.JobID, t.Spec.Title, t.Employer.Hex(), t.Reward, t.Score.Total)
		var b strings.Builder
		fmt.Fprintf(&b, "Job %v: %s\n\n%s\n\nAcceptance criteria:\n", t.JobID, t.Spec.Title, t.Spec.Description)
		for _, c := range t.Spec.AcceptanceCriteria {
			fmt.Fprintf(&b, "- %s: met\n", c)
		}
		body := b.String()
		c, err := env.Escrow.Store().Put(ctx, strings.NewReader(body))
		if err != nil {
			return nil, fmt.Errorf("store the output: %w", err)
		}
		return &storage.JobResult{
			Summary: fmt.Sprintf("%s: %d of %d acceptance criteria met; the output is result.txt.", t.Spec.Title, len(t.Spec.AcceptanceCriteria), len(t.Spec.AcceptanceCriteria)),
			Outputs: []storage.Attachment{{Name: "result.txt", URI: storage.IPFSURI(c), MediaType: "text/plain", Size: int64(len(body))}},
		}, nil
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
