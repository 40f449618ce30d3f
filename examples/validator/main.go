// Command validator stakes one or more validator accounts and votes on
// submitted results: it draws the committee, checks the result document,
// commits each member's vote (saved to the vote directory first, so that a
// restarted process still reveals), reveals after the commit deadline and
// tallies.
//
// Without flags it runs on the embedded chain, where an employer and an
// agent run in-process so that one job goes through:
//
//	go run ./examples/validator
//
// Against a node it plays the validators only (keys comma-separated):
//
//	AGIJOBS_KEY=<hex>,<hex>,<hex> go run ./examples/validator -rpc http://127.0.0.1:8545 \
//	    -manifest latest-deployment.json -store-dir /tmp/agijobs-docs -votes ~/.agijobs/votes
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
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
	fs := flag.NewFlagSet("validator", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f roles.Flags
	f.Register(fs, "3,4,5")
	home, _ := os.UserHomeDir()
	votesDir := fs.String("votes", filepath.Join(home, ".agijobs", "votes"), "directory of the persisted votes")
	jobs := fs.Int("jobs", 0, "tally this many jobs, then exit; 0 runs until interrupted")
	from := fs.Uint64("from-block", 0, "first block to look for submitted results in; 0 means the head")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var err error
	if f.RPC == "" {
		var env *roles.Env
		var cast *roles.Cast
		if env, cast, err = roles.Embedded(ctx, stdout); err == nil {
			fmt.Fprintln(stdout, "validator: no -rpc: running on the embedded chain with an employer and an agent in-process")
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
			var votes *escrow.FileVoteStore
			if votes, err = escrow.NewFileVoteStore(*votesDir); err == nil {
				err = roles.RunValidators(ctx, env, env.Senders(), roles.ValidatorOptions{Votes: votes, Jobs: *jobs, FromBlock: *from})
			}
			_ = env.Close()
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "validator:", err)
		return 1
	}
	return 0
}
