// Command employer posts a job, waits for the validators' verdict and
// finalizes the job, paying the agent.
//
// Without flags it runs on the test fixture's embedded chain
// (agijobstest), whose agent and committee of three validators do their
// part in-process, so that the job completes:
//
//	go run ./examples/employer
//
// Against a node it plays the employer only; run examples/agent-worker and
// examples/validator beside it with the same -manifest and -store-dir:
//
//	AGIJOBS_KEY=<hex> go run ./examples/employer -rpc http://127.0.0.1:8545 \
//	    -manifest latest-deployment.json -store-dir /tmp/agijobs-docs
//
// The keys come from the environment variable -key-env names (AGIJOBS_KEY
// by default) or from keystore files (-keystore, comma-separated, with the
// passphrase in $AGIJOBS_KEYSTORE_PASSPHRASE or the variable
// -keystore-pass-env names), never from the command line.
//
// # State and faults
//
// -state is the employer's state file: the job's spec (reward, token,
// deadline) and the block to look for it from, saved before createJob is
// sent, then the job's id. A restarted employer (after a crash, a kill or
// an unreachable node) reads it and sees the same job through: if the
// previous run was stopped after sending createJob but before saving the
// id, it finds the job among the employer's JobCreated events; it never
// posts a second one. Once the job ended and was reported, the next run
// posts a new job. The default is
// ~/.agijobs/employer/<chain id>-<genesis hash>/<employer>-<JobRegistry>.json;
// a state file of another chain, deployment or employer is refused. On the
// embedded chain, which is new on every run, the state is kept in memory.
//
// A failure to reach the node (a reset connection, a cut answer, a 5xx)
// that the SDK's own retries did not absorb is not the job's outcome: the
// step is tried again after a pause, until the node answers or the
// employer is stopped.
//
// The exit status is 0 only if the job ends Finalized.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/examples/internal/cli"
	"github.com/agijobs/agijobs-go/storage"
	"github.com/agijobs/agijobs-go/wait"
)

func main() { cli.Main(run) }

// employer is the employer's account and how it runs.
type employer struct {
	out io.Writer
	ec  *escrow.Client
	e   *escrow.Employer
	st  *jobState
	// wait bounds the wait for the validators' verdict.
	wait time.Duration
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("employer", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f cli.Flags
	f.Register(fs, "1")
	reward := fs.Int64("reward", 100, "reward in whole AGIALPHA tokens (a resumed job keeps its own)")
	maxWait := fs.Duration("wait", 5*time.Minute, "how long to wait for the job's validation")
	statePath := fs.String("state", "", "the employer's restart-safe state file; empty means ~/.agijobs/employer/<chain id>-<genesis hash>/<employer>-<JobRegistry>.json (ignored without -rpc)")
	if err := cli.Parse(fs, args); err != nil {
		return 2
	}
	m := &employer{out: stdout, wait: *maxWait}
	var job escrow.Job
	var err error
	if f.RPC == "" {
		job, err = m.runEmbedded(ctx, deploy.Ether(*reward))
	} else {
		job, err = m.runOnNode(ctx, f, deploy.Ether(*reward), *statePath)
	}
	if err != nil {
		fmt.Fprintln(stderr, "employer:", err)
		return 1
	}
	if job.State != escrow.StateFinalized {
		fmt.Fprintf(stderr, "employer: job %v ended %s\n", job.ID, job.State)
		return 1
	}
	fmt.Fprintf(stdout, "employer: job %v Finalized\n", job.ID)
	return 0
}

// runOnNode dials the node with the manifest, opens the state of the
// employer's job and sees it through.
func (m *employer) runOnNode(ctx context.Context, f cli.Flags, reward *big.Int, statePath string) (escrow.Job, error) {
	cfg, err := f.Config()
	if err != nil {
		return escrow.Job{}, err
	}
	c, err := retry(ctx, m, "dial the node", func(ctx context.Context) (*agijobs.Client, error) { return agijobs.Dial(ctx, cfg) })
	if err != nil {
		return escrow.Job{}, err
	}
	defer c.Close()
	if m.ec, err = c.Escrow(); err != nil {
		return escrow.Job{}, err
	}
	if m.e, err = retry(ctx, m, "start the employer's transaction manager", func(ctx context.Context) (*escrow.Employer, error) {
		return c.Employer(ctx, cfg.Signers[0])
	}); err != nil {
		return escrow.Job{}, err
	}
	// The genesis block tells a restarted dev chain from the one a state
	// file was written on.
	genesis, err := retry(ctx, m, "read the genesis block", func(ctx context.Context) (*types.Header, error) {
		return c.Backend().HeaderByNumber(ctx, big.NewInt(0))
	})
	if err != nil {
		return escrow.Job{}, err
	}
	if statePath == "" {
		statePath = defaultStatePath(c.ChainID(), genesis.Hash(), m.e.Address(), c.Addresses().JobRegistry)
	}
	if m.st, err = openState(statePath, jobState{ChainID: c.ChainID().String(), Genesis: genesis.Hash(), JobRegistry: c.Addresses().JobRegistry, Employer: m.e.Address()}); err != nil {
		return escrow.Job{}, err
	}
	fmt.Fprintf(m.out, "employer %s: state %s\n", m.e.Address().Hex(), statePath)
	return m.postAndFinalize(ctx, reward)
}

// runEmbedded plays the employer on the test fixture, whose agent and
// committee serve in the background.
func (m *employer) runEmbedded(ctx context.Context, reward *big.Int) (escrow.Job, error) {
	fmt.Fprintln(m.out, "employer: no -rpc: running on the embedded chain with an agent and three validators in-process")
	env, err := agijobstest.Start(ctx, agijobstest.WithAgents(1))
	if err != nil {
		return escrow.Job{}, err
	}
	defer env.Close()
	ctx, stop := env.ServeBackground(ctx, agijobstest.ServeOptions{Agent: true, Committee: true})
	m.ec, m.e, m.st = env.Escrow(), env.Employer(0), &jobState{} // a new chain on every run: no state file
	job, err := m.postAndFinalize(ctx, reward)
	if serr := stop(); serr != nil {
		err = serr
	}
	return job, err
}

// postAndFinalize posts the job of the state unless it is posted already,
// waits until validation completes it and finalizes it. It returns the
// final job.
func (m *employer) postAndFinalize(ctx context.Context, reward *big.Int) (escrow.Job, error) {
	if m.st.JobID == nil {
		if m.st.SpecHash == (common.Hash{}) {
			if err := m.fix(ctx, reward); err != nil {
				return escrow.Job{}, err
			}
		}
		if err := m.post(ctx); err != nil {
			return escrow.Job{}, err
		}
	} else {
		fmt.Fprintf(m.out, "employer %s: resuming job %v\n", m.e.Address().Hex(), m.st.JobID)
	}
	id := m.st.JobID
	until := time.Now().Add(m.wait)
	res, err := retry(ctx, m, fmt.Sprintf("wait for job %v and finalize it", id), func(ctx context.Context) (*escrow.FinalizeResult, error) {
		return m.e.WaitAndFinalize(ctx, id, max(time.Until(until), time.Millisecond))
	})
	if res == nil {
		return escrow.Job{}, err
	}
	j := res.Job
	if err != nil {
		return j, err
	}
	fmt.Fprintf(m.out, "employer: job %v is %s (success %v, finalize %s)\n", j.ID, j.State, j.Success, txOf(res.Receipt))
	// Reported: the next run posts a new job.
	m.st.Done = true
	return j, m.st.save()
}

// fix decides the new job (its reward, token and deadline, hence its spec
// hash) and saves it with the head block before anything is sent, so that
// a run stopped after sending createJob but before saving the job's id is
// resumed by finding the job on chain, not by posting it again.
func (m *employer) fix(ctx context.Context, reward *big.Int) error {
	head, err := retry(ctx, m, "read the head block", func(ctx context.Context) (*types.Header, error) { return m.ec.Backend().HeaderByNumber(ctx, nil) })
	if err != nil {
		return err
	}
	prm, err := retry(ctx, m, "read the protocol parameters", m.ec.Params)
	if err != nil {
		return err
	}
	m.st.FromBlock, m.st.Reward, m.st.Token = head.Number.Uint64(), reward, prm.DefaultToken
	m.st.Deadline = time.Unix(int64(head.Time), 0).Add(48 * time.Hour).Unix() // the chain's clock, not the wall's
	if m.st.SpecHash, err = m.st.spec().Hash(); err != nil {
		return err
	}
	return m.st.save()
}

// post posts the job that fix decided, exactly once, and saves its id.
func (m *employer) post(ctx context.Context) error {
	id, err := retry(ctx, m, "post the job", func(ctx context.Context) (*big.Int, error) {
		// A job this state created is in a block after FromBlock, with
		// this spec hash.
		for j, err := range m.ec.Jobs(ctx, escrow.JobQuery{Employer: m.e.Address(), FromBlock: m.st.FromBlock}) {
			if err != nil {
				return nil, err
			}
			if j.SpecHash == m.st.SpecHash && j.State != escrow.StateCancelled {
				fmt.Fprintf(m.out, "employer %s: found job %v, posted by an earlier run\n", m.e.Address().Hex(), j.ID)
				return j.ID, nil
			}
		}
		res, err := m.e.PostJob(ctx, escrow.PostJobParams{Spec: m.st.spec(), Reward: m.st.Reward, Deadline: time.Unix(m.st.Deadline, 0)})
		if err != nil {
			return nil, err
		}
		if res.Existing {
			// PostJob's own search found it (in Config.DuplicateWindow).
			fmt.Fprintf(m.out, "employer %s: found job %v, posted by an earlier run\n", m.e.Address().Hex(), res.JobID)
		} else {
			fmt.Fprintf(m.out, "employer %s: posted job %v (spec %s, %s)\n", m.e.Address().Hex(), res.JobID, res.URI, txOf(res.Create))
		}
		return res.JobID, nil
	})
	if err != nil {
		return err
	}
	m.st.JobID = id
	return m.st.save()
}

// spec is the job the employer posts: the fixture's sample spec with every
// field PostJob would fill in set from the state, so that its hash is
// known before posting and the same on every run.
func (st *jobState) spec() *storage.JobSpec {
	s := agijobstest.SampleSpec()
	s.Version, s.Reward, s.Token, s.Deadline = storage.DocumentVersion, st.Reward.String(), st.Token, st.Deadline
	return s
}

// retry calls f until it succeeds or fails with an answer from the node (a
// revert, a refused input) or a timeout of its own: a failure to reach the
// node (chain.IsTransport) says nothing about the step, so it is tried
// again, after a pause that doubles from 100ms to 5s, for as long as ctx
// lasts. Every step retried is safe to run again.
func retry[T any](ctx context.Context, m *employer, what string, f func(context.Context) (T, error)) (T, error) {
	for pause := 100 * time.Millisecond; ; pause = min(2*pause, 5*time.Second) {
		v, err := f(ctx)
		if err == nil || !chain.IsTransport(err) || errors.Is(err, wait.ErrTimeout) || ctx.Err() != nil {
			return v, err
		}
		fmt.Fprintf(m.out, "employer: %s: the node could not be reached (%s); trying again in %v\n", what, strings.ReplaceAll(err.Error(), "\n", "; "), pause)
		select {
		case <-ctx.Done():
			return v, ctx.Err()
		case <-time.After(pause):
		}
	}
}

// txOf prints a receipt's hash and gas, or "none" for a call not sent.
func txOf(r *types.Receipt) string {
	if r == nil {
		return "none: already done"
	}
	return fmt.Sprintf("tx %s, gas %d", r.TxHash.Hex(), r.GasUsed)
}
