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
// The exit status is 0 only if the job ends Finalized.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/examples/internal/cli"
)

func main() { cli.Main(run) }

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("employer", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f cli.Flags
	f.Register(fs, "1")
	reward := fs.Int64("reward", 100, "reward in whole AGIALPHA tokens")
	wait := fs.Duration("wait", 5*time.Minute, "how long to wait for the job's validation")
	if err := cli.Parse(fs, args); err != nil {
		return 2
	}
	var job escrow.Job
	var err error
	if f.RPC == "" {
		job, err = runEmbedded(ctx, stdout, deploy.Ether(*reward), *wait)
	} else {
		job, err = runOnNode(ctx, f, stdout, deploy.Ether(*reward), *wait)
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

// runOnNode dials the node with the manifest and plays the employer.
func runOnNode(ctx context.Context, f cli.Flags, out io.Writer, reward *big.Int, wait time.Duration) (escrow.Job, error) {
	cfg, err := f.Config()
	if err != nil {
		return escrow.Job{}, err
	}
	c, err := agijobs.Dial(ctx, cfg)
	if err != nil {
		return escrow.Job{}, err
	}
	defer c.Close()
	ec, err := c.Escrow()
	if err != nil {
		return escrow.Job{}, err
	}
	employer, err := c.Employer(ctx, cfg.Signers[0])
	if err != nil {
		return escrow.Job{}, err
	}
	return postAndFinalize(ctx, out, ec, employer, reward, wait)
}

// runEmbedded plays the employer on the test fixture, whose agent and
// committee serve in the background.
func runEmbedded(ctx context.Context, out io.Writer, reward *big.Int, wait time.Duration) (escrow.Job, error) {
	fmt.Fprintln(out, "employer: no -rpc: running on the embedded chain with an agent and three validators in-process")
	env, err := agijobstest.Start(ctx, agijobstest.WithAgents(1))
	if err != nil {
		return escrow.Job{}, err
	}
	defer env.Close()
	ctx, stop := env.ServeBackground(ctx, agijobstest.ServeOptions{Agent: true, Committee: true})
	job, err := postAndFinalize(ctx, out, env.Escrow(), env.Employer(0), reward, wait)
	if serr := stop(); serr != nil {
		err = serr
	}
	return job, err
}

// postAndFinalize posts one job, waits until validation completes it and
// finalizes it. It returns the final job.
func postAndFinalize(ctx context.Context, out io.Writer, ec *escrow.Client, employer *escrow.Employer, reward *big.Int, wait time.Duration) (escrow.Job, error) {
	head, err := ec.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		return escrow.Job{}, err
	}
	deadline := time.Unix(int64(head.Time), 0).Add(48 * time.Hour) // the chain's clock, not the wall's
	res, err := employer.PostJob(ctx, escrow.PostJobParams{Spec: agijobstest.SampleSpec(), Reward: reward, Deadline: deadline})
	if err != nil {
		return escrow.Job{}, err
	}
	fmt.Fprintf(out, "employer %s: posted job %v (spec %s, %s)\n", employer.Address().Hex(), res.JobID, res.URI, txOf(res.Create))
	j, err := ec.WaitForState(ctx, res.JobID, wait, escrow.StateCompleted, escrow.StateDisputed)
	if err != nil {
		return j, err
	}
	fmt.Fprintf(out, "employer: job %v is %s (success %v)\n", j.ID, j.State, j.Success)
	if j.State != escrow.StateCompleted {
		return j, fmt.Errorf("job %v went to %s: a moderator must resolve it", j.ID, j.State)
	}
	r, err := employer.Finalize(ctx, j.ID)
	if err != nil {
		return j, err
	}
	if j, err = ec.Job(ctx, j.ID); err != nil {
		return j, err
	}
	fmt.Fprintf(out, "employer: job %v is %s (%s)\n", j.ID, j.State, txOf(r))
	return j, nil
}

// txOf prints a receipt's hash and gas, or "none" for a call not sent.
func txOf(r *types.Receipt) string {
	if r == nil {
		return "none: already done"
	}
	return fmt.Sprintf("tx %s, gas %d", r.TxHash.Hex(), r.GasUsed)
}
