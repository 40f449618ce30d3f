// Command doctor checks the owner config files and the live deployment:
// code and version at every address, wiring, pausers, owners, pause and
// escrow state, parameter ranges, every escrow token (a recorded config, a
// reward floor that pays each committee seat, a stake fraction of at most
// 100%, a FeePool fee-token slot, fees waiting to be burnt, tokens sent to
// the FeePool directly) and drift from the config files. Every finding
// names the parameter and the fix.
//
//	go run ./examples/doctor [-config DIR] [-manifest FILE -rpc URL] [-json] [-strict]
//
// It prints one line per check (or the JSON report with -json) and exits 1
// when a check fails, or, with -strict, warns. With no flags it checks a
// fresh deployment on an in-process chain against the sample configs.
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

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/examples/internal/sandbox"
	"github.com/agijobs/agijobs-go/governance"
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
	fs := flag.NewFlagSet("doctor", flag.ContinueOnError)
	fs.SetOutput(stderr)
	configDir := fs.String("config", "", "owner config directory (default: config/ if present, else the built-in samples)")
	manifestPath := fs.String("manifest", "", "deployment manifest; needs -rpc")
	rpcURL := fs.String("rpc", "", "JSON-RPC URL (default: an in-process chain with a fresh deployment)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	strict := fs.Bool("strict", false, "exit 1 on warnings too")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	fail := func(err error) int { fmt.Fprintln(stderr, "doctor:", err); return 1 }
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
		// The manifest is read here, not by Dial, so that missing contracts
		// are a finding of the report instead of a dial error.
		c, err := agijobs.Dial(ctx, agijobs.Config{RPCURL: *rpcURL, ChainID: m.ChainID})
		if err != nil {
			return fail(err)
		}
		defer c.Close()
		backend = c.Backend()
	}
	in := doctor.Input{Manifest: m}
	dir := *configDir
	if dir == "" {
		if st, err := os.Stat("config"); err == nil && st.IsDir() {
			dir = "config"
		}
	}
	if dir == "" {
		in.Desired = governance.SampleModuleConfigs(m.Governance, m.GovernanceKind)
	} else {
		in.Desired, in.ConfigErr = governance.LoadModuleConfigs(dir)
		if in.Desired != nil && in.Desired.OwnerControl != nil && in.Desired.OwnerControl.Governance == ([20]byte{}) {
			in.Desired.OwnerControl.Kind = m.GovernanceKind
		}
	}
	rep, err := doctor.Run(ctx, backend, in)
	if err != nil {
		return fail(err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(rep)
	} else {
		fmt.Fprint(stdout, rep.Text())
	}
	return rep.ExitCode(*strict)
}
