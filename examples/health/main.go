// Command health checks the runtime of a deployment: the RPC node answers
// and serves the manifest's chain, the head block is fresh, every contract
// answers, and whether the protocol is paused or escrow frozen.
//
//	go run ./examples/health [-manifest FILE -rpc URL] [-json] [-strict] [-max-age 5m]
//
// It exits 1 when a check fails, or, with -strict, warns. With no flags it
// checks a fresh deployment on an in-process chain (paused on launch: a
// warning).
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/agijobs/agijobs-go/examples/internal/cli"
	"github.com/agijobs/agijobs-go/examples/internal/sandbox"
	"github.com/agijobs/agijobs-go/governance/doctor"
)

func main() { cli.Main(run) }

// run is the whole command, testable: it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("health", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var target sandbox.Flags
	target.Register(fs)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	strict := fs.Bool("strict", false, "exit 1 on warnings too")
	maxAge := fs.Duration("max-age", 5*time.Minute, "head block age that counts as stale")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	// No chain id check: the report's own check names a manifest of
	// another chain.
	t, err := target.Open(ctx, false)
	switch {
	case errors.Is(err, sandbox.ErrDial):
		rep := &doctor.Report{}
		rep.Checks = append(rep.Checks, doctor.Check{ID: "rpc", Status: doctor.Fail, Details: err.Error(), Fix: "check the RPC URL and the network"})
		rep.Summary.Fail = 1
		return emit(stdout, rep, *asJSON, *strict)
	case err != nil:
		fmt.Fprintln(stderr, "health:", err)
		return 1
	}
	defer t.Close()
	rep := doctor.Health(ctx, t.Client.Backend(), t.Manifest, doctor.HealthOptions{MaxBlockAge: *maxAge})
	return emit(stdout, rep, *asJSON, *strict)
}

func emit(w io.Writer, rep *doctor.Report, asJSON, strict bool) int {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		_ = enc.Encode(rep)
	} else {
		fmt.Fprint(w, rep.Text())
	}
	return rep.ExitCode(strict)
}
