// Command emergency prints the emergency runbook and the pause bundle
// (SystemPause.pauseAll + JobRegistry.setEscrowStatus(false)), or with
// -resume the reverse, as a plan, a Safe Transaction Builder bundle, or
// executed directly.
//
//	go run ./examples/emergency [-resume] [-manifest FILE -rpc URL]
//	    [-safe FILE [-safe-address ADDR] [-nonce N] [-multisend ADDR]]
//	    [-execute [-key-env NAME | -keystore FILE]]
//
// With no flags it deploys on an in-process chain, governed by a real Safe
// 1.4.1 as config/owner-control.json says, and shows the pause bundle
// against it. -safe writes the bundle and prints the Safe's address,
// version and nonce, the operation and the MultiSendCallOnly the hash
// depends on, and the hash the owners sign; a Safe that cannot be read is
// an error unless -nonce is given. Nothing is sent without -execute, which
// sends from the hex key in the variable -key-env names ($AGIJOBS_KEY by
// default) or from a keystore file (-keystore, passphrase in the variable
// -keystore-pass-env names), never a flag's value; in the sandbox without
// a key named, governance executes (the Safe's owners sign).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/examples/internal/cli"
	"github.com/agijobs/agijobs-go/examples/internal/sandbox"
	"github.com/agijobs/agijobs-go/governance"
	"github.com/agijobs/agijobs-go/governance/safe"
)

func main() { cli.Main(run) }

// options are the command's flags.
type options struct {
	target          sandbox.Flags
	bundle          sandbox.SafeFlags
	resume, execute bool
	keys            cli.KeyFlags
}

// run is the whole command, testable: it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("emergency", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.BoolVar(&o.resume, "resume", false, "the reverse: re-enable escrow and unpause every module")
	o.target.Register(fs)
	o.bundle.Register(fs)
	fs.BoolVar(&o.execute, "execute", false, "send the actions now from the key of -key-env or -keystore (governance must be that account; on the in-process chain without a key named: governance)")
	o.keys.Register(fs, "AGIJOBS_KEY")
	if err := cli.Parse(fs, args); err != nil {
		return 2
	}
	if err := o.bundle.Check(); err != nil {
		fmt.Fprintln(stderr, "emergency:", err)
		return 2
	}
	if err := emergency(ctx, o, stdout); err != nil {
		fmt.Fprintln(stderr, "emergency:", err)
		return 1
	}
	return 0
}

// emergency prints the runbook and the plan, writes the Safe bundle when
// asked and sends the plan with -execute.
func emergency(ctx context.Context, o options, stdout io.Writer) error {
	// The key of -execute, read first so that a missing one fails before
	// any work; nil lets the sandbox's governance execute.
	var signer chain.Signer
	if o.execute && (o.target.RPCURL != "" || o.keys.Explicit()) {
		s, err := o.keys.Signer("-execute")
		if err != nil {
			return err
		}
		signer = s
	}
	t, err := o.target.Open(ctx, true)
	if err != nil {
		return err
	}
	defer t.Close()
	if t.Sandbox() && !o.resume {
		// The sandbox pauses on launch; governance resumes first so that
		// the pause bundle has something to do.
		if err := runPlan(ctx, t, nil, false); err != nil {
			return err
		}
	}
	pause := !o.resume
	plan, err := governance.EmergencyPlan(ctx, t.Client.Backend(), t.Manifest, t.Manifest.GovernanceKind, pause)
	if err != nil {
		return err
	}
	fmt.Fprint(stdout, governance.Runbook(t.Manifest, plan, pause))
	fmt.Fprintln(stdout)
	fmt.Fprint(stdout, plan.Table())
	if plan.Empty() {
		return nil
	}
	if o.bundle.File != "" {
		if err := writeBundle(ctx, stdout, t.Client.Backend(), plan, o.bundle); err != nil {
			return err
		}
	}
	if !o.execute {
		fmt.Fprintln(stdout, "dry run: nothing was sent (add -execute to send)")
		return nil
	}
	if err := runPlan(ctx, t, signer, pause); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "executed; check with examples/health")
	return nil
}

// writeBundle proposes the plan to the Safe (failing closed: see
// safe.Propose), writes the bundle and prints what a signer checks and
// the hash the Safe's owners sign.
func writeBundle(ctx context.Context, stdout io.Writer, backend chain.Backend, plan *governance.Plan, f sandbox.SafeFlags) error {
	p, err := safe.Propose(ctx, backend, plan, f.Options(governance.CanonicalMultiSendCallOnly))
	if err != nil {
		return err
	}
	raw, err := json.MarshalIndent(p.Bundle, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(f.File, append(raw, '\n'), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%d transaction(s), checksum %s)\n", f.File, len(p.Bundle.Transactions), p.Bundle.Meta.Checksum)
	fmt.Fprintln(stdout, p.Summary())
	if p.Info == nil {
		fmt.Fprintf(stdout, "warning: the Safe could not be read (%v); the hash uses -nonce %s as given\n", p.ReadErr, p.Tx.Nonce)
	}
	fmt.Fprintf(stdout, "safeTxHash %s\n", p.Hash.Hex())
	return nil
}

// runPlan sends the emergency plan (pause or resume) from s through the
// client's one transaction manager for s; with s nil, the sandbox's
// governance executes it.
func runPlan(ctx context.Context, t *sandbox.Target, s chain.Signer, pause bool) error {
	c, m := t.Client, t.Manifest
	plan, err := governance.EmergencyPlan(ctx, c.Backend(), m, m.GovernanceKind, pause)
	if err != nil || plan.Empty() {
		return err
	}
	if s == nil {
		_, err := t.Execute(ctx, plan)
		return err
	}
	mgr, err := c.Manager(ctx, s)
	if err != nil {
		return err
	}
	_, err = governance.ExecuteDirect(ctx, mgr, plan)
	return err
}
