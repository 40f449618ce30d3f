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
	"os"
	"os/signal"
	"time"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/examples/internal/sandbox"
	"github.com/agijobs/agijobs-go/governance/doctor"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is the whole command, testable: it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("health", flag.ContinueOnError)
	fs.SetOutput(stderr)
	manifestPath := fs.String("manifest", "", "deployment manifest; needs -rpc")
	rpcURL := fs.String("rpc", "", "JSON-RPC URL (default: an in-process chain with a fresh deployment)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	strict := fs.Bool("strict", false, "exit 1 on warnings too")
	maxAge := fs.Duration("max-age", 5*time.Minute, "head block age that counts as stale")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	fail := func(err error) int { fmt.Fprintln(stderr, "health:", err); return 1 }
	var (
		backend chain.Backend
		m       *deployment.Manifest
	)
	if *rpcURL == "" {
		sb, err := sandbox.Start(ctx)
		if err != nil {
			return fail(err)
		}
		defer sb.Close()
		backend, m = sb.Backend(), sb.Manifest
	} else {
		if *manifestPath == "" {
			return fail(errors.New("-rpc needs -manifest"))
		}
		var err error
		if m, err = deployment.LoadManifest(*manifestPath); err != nil {
			return fail(err)
		}
		// No chain id: the report's own check names a manifest of another
		// chain.
		c, err := agijobs.Dial(ctx, agijobs.Config{RPCURL: *rpcURL})
		if err != nil {
			rep := &doctor.Report{}
			rep.Checks = append(rep.Checks, doctor.Check{ID: "rpc", Status: doctor.Fail, Details: err.Error(), Fix: "check the RPC URL and the network"})
			rep.Summary.Fail = 1
			return emit(stdout, rep, *asJSON, *strict)
		}
		defer c.Close()
		backend = c.Backend()
	}
	rep := doctor.Health(ctx, backend, m, doctor.HealthOptions{MaxBlockAge: *maxAge})
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
