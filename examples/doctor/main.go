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
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/examples/internal/cli"
	"github.com/agijobs/agijobs-go/examples/internal/sandbox"
	"github.com/agijobs/agijobs-go/governance"
	"github.com/agijobs/agijobs-go/governance/doctor"
)

func main() { cli.Main(run) }

// run is the whole command, testable: it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("doctor", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var target sandbox.Flags
	target.Register(fs)
	configDir := fs.String("config", "", "owner config directory (default: config/ if present, else the built-in samples)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	strict := fs.Bool("strict", false, "exit 1 on warnings too")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	rep, err := diagnose(ctx, target, *configDir)
	if err != nil {
		fmt.Fprintln(stderr, "doctor:", err)
		return 1
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

// diagnose compares the deployment on chain with the owner config; the
// sandbox is governed as the config's owner-control.json says.
func diagnose(ctx context.Context, target sandbox.Flags, configDir string) (*doctor.Report, error) {
	if configDir == "" {
		if st, err := os.Stat("config"); err == nil && st.IsDir() {
			configDir = "config"
		}
	}
	var in doctor.Input
	if configDir != "" {
		in.Desired, in.ConfigErr = governance.LoadModuleConfigs(configDir)
		if in.Desired != nil && in.Desired.OwnerControl != nil {
			target.Governance = in.Desired.OwnerControl.Kind
		}
	}
	t, err := target.Open(ctx, true)
	if err != nil {
		return nil, err
	}
	defer t.Close()
	in.Manifest = t.Manifest
	switch {
	case configDir == "":
		in.Desired = governance.SampleModuleConfigs(t.Manifest.Governance, t.Manifest.GovernanceKind)
	case in.Desired != nil && in.Desired.OwnerControl != nil && in.Desired.OwnerControl.Governance == (common.Address{}):
		in.Desired.OwnerControl.Kind = t.Manifest.GovernanceKind
	}
	return doctor.Run(ctx, t.Client.Backend(), in)
}
