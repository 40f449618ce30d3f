// Command employer posts a job, waits for the validators' verdict and
// finalizes the job, paying the agent.
//
// Without flags it runs on the embedded chain, where it also runs an agent
// and three validators in-process so that the job completes:
//
//	go run ./examples/employer
//
// Against a node it plays the employer only; run examples/agent-worker and
// examples/validator beside it with the same -manifest and -store-dir:
//
//	AGIJOBS_KEY=<hex> go run ./examples/employer -rpc http://127.0.0.1:8545 \
//	    -manifest latest-deployment.json -store-dir /tmp/agijobs-docs
//
// The exit status is 0 only if the job ends Finalized.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/examples/internal/roles"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("employer", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f roles.Flags
	f.Register(fs, "1")
	reward := fs.Int64("reward", 100, "reward in whole AGIALPHA tokens")
	wait := fs.Duration("wait", 5*time.Minute, "how long to wait for the job's validation")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var job escrow.Job
	var err error
	if f.RPC == "" {
		var env *roles.Env
		var cast *roles.Cast
		if env, cast, err = roles.Embedded(ctx, stdout); err == nil {
			fmt.Fprintln(stdout, "employer: no -rpc: running on the embedded chain with an agent and three validators in-process")
			job, err = roles.RunEmbedded(ctx, env, cast, *wait)
			_ = env.Close()
		}
	} else {
		var env *roles.Env
		if env, err = roles.Connect(ctx, f, stdout); err == nil {
			job, err = roles.RunEmployer(ctx, env, env.Sender(0), roles.EmployerOptions{Reward: deploy.Ether(*reward), MaxWait: *wait})
			_ = env.Close()
		}
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
