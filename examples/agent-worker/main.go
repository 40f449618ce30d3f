// Command agent-worker stakes, follows new jobs, applies to those in its
// categories, does the work and submits the result.
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
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"time"

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
	fs := flag.NewFlagSet("agent-worker", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f roles.Flags
	f.Register(fs, "2")
	label := fs.String("subdomain", "agent", "identity label under agent.agi.eth")
	cats := fs.String("categories", roles.DemoSpec().Category, "comma-separated job categories to take")
	jobs := fs.Int("jobs", 0, "deliver this many jobs, then exit; 0 runs until interrupted")
	from := fs.Uint64("from-block", 0, "first block to look for jobs in; 0 means the head")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var err error
	if f.RPC == "" {
		var env *roles.Env
		var cast *roles.Cast
		if env, cast, err = roles.Embedded(ctx, stdout); err == nil {
			fmt.Fprintln(stdout, "agent-worker: no -rpc: running on the embedded chain with an employer and three validators in-process")
			var job escrow.Job
			job, err = roles.RunEmbedded(ctx, env, cast, time.Minute)
			if err == nil && job.State != escrow.StateFinalized {
				err = fmt.Errorf("job %v ended %s", job.ID, job.State)
			}
			_ = env.Close()
		}
	} else {
		var env *roles.Env
		if env, err = roles.Connect(ctx, f, stdout); err == nil {
			err = roles.RunAgent(ctx, env, env.Sender(0), roles.AgentOptions{
				Identity: escrow.Identity{Subdomain: *label}, Categories: strings.Split(*cats, ","), Jobs: *jobs, FromBlock: *from,
			})
			_ = env.Close()
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "agent-worker:", err)
		return 1
	}
	return 0
}
