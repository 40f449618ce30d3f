// Command emergency prints the emergency runbook and the pause bundle
// (SystemPause.pauseAll + JobRegistry.setEscrowStatus(false)), or with
// -resume the reverse, as a plan, a Safe Transaction Builder bundle, or
// executed directly.
//
//	go run ./examples/emergency [-resume] [-manifest FILE -rpc URL]
//	    [-safe FILE [-safe-address ADDR] [-nonce N] [-multisend ADDR]]
//	    [-execute [-key KEYHEX]]
//
// With no flags it deploys on an in-process chain, governed by a real Safe
// 1.4.1 as config/owner-control.json says, and shows the pause bundle
// against it. -safe writes the bundle and prints the Safe's address,
// version and nonce, the operation and the MultiSendCallOnly the hash
// depends on, and the hash the owners sign; a Safe that cannot be read is
// an error unless -nonce is given. Nothing is sent without -execute; in
// the sandbox without -key, governance executes (the Safe's owners sign).
package main

import (
	"context"
	"encoding/json"
	"errors"
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
	keyHex          string
}

// run is the whole command, testable: it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("emergency", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.BoolVar(&o.resume, "resume", false, "the reverse: re-enable escrow and unpause every module")
	o.target.Register(fs)
	o.bundle.Register(fs)
	fs.BoolVar(&o.execute, "execute", false, "send the actions now from -key (governance must be that account)")
	fs.StringVar(&o.keyHex, "key", "", "hex private key for -execute (default on the in-process chain: governance)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if err := o.bundle.Check(); err != nil {
		fmt.Fprintln(stderr, "emergency:", err)
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "emergency: unexpected argument %q\n", fs.Arg(0))
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
	t, err := o.target.Open(ctx, true)
	if err != nil {
		return err
	}
	defer t.Close()
	var signer chain.Signer
	if o.keyHex != "" {
		if signer, err = chain.ParseKeySigner(o.keyHex); err != nil {
			return err
		}
	}
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
	if signer == nil && !t.Sandbox() {
		return errors.New("-execute needs -key: the governance account's key (a Safe executes the bundle instead)")
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
