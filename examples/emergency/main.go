// Command emergency prints the emergency runbook and the pause bundle
// (SystemPause.pauseAll + JobRegistry.setEscrowStatus(false)), or with
// -resume the reverse, as a plan, a Safe Transaction Builder bundle, or
// executed directly.
//
//	go run ./examples/emergency [-resume] [-manifest FILE -rpc URL]
//	    [-safe FILE [-safe-address ADDR]] [-execute [-key-env NAME | -keystore FILE]]
//
// With no flags it deploys on an in-process chain and shows the pause
// bundle against it. Nothing is sent without -execute, which sends from
// the hex key in the variable -key-env names ($AGIJOBS_KEY by default) or
// from a keystore file (-keystore, passphrase in the variable
// -keystore-pass-env names); on the in-process chain, from governance
// unless a key is named.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/ethereum/go-ethereum/common"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/examples/internal/cli"
	"github.com/agijobs/agijobs-go/examples/internal/sandbox"
	"github.com/agijobs/agijobs-go/governance"
	"github.com/agijobs/agijobs-go/governance/safe"
)

func main() { cli.Main(run) }

// options are the command's flags.
type options struct {
	target                        sandbox.Flags
	resume, execute               bool
	safeFile, safeAddr, multiSend string
	keys                          cli.KeyFlags
}

// run is the whole command, testable: it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("emergency", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.BoolVar(&o.resume, "resume", false, "the reverse: re-enable escrow and unpause every module")
	o.target.Register(fs)
	fs.StringVar(&o.safeFile, "safe", "", "write the bundle for the Safe Transaction Builder to this file")
	fs.StringVar(&o.safeAddr, "safe-address", "", "the Safe that executes (default: governance)")
	fs.StringVar(&o.multiSend, "multisend", "", "MultiSendCallOnly address (default: the canonical v1.4.1 one)")
	fs.BoolVar(&o.execute, "execute", false, "send the actions now from the key of -key-env or -keystore (governance must be that account; on the in-process chain: governance)")
	o.keys.Register(fs, "AGIJOBS_KEY")
	if err := cli.Parse(fs, args); err != nil {
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
	if signer == nil {
		signer = t.Deployer // governance in the sandbox
	}
	if t.Deployer != nil && !o.resume {
		// The sandbox pauses on launch; resume first so that the pause
		// bundle has something to do.
		if err := runPlan(ctx, t.Client, t.Manifest, t.Deployer, false); err != nil {
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
	if o.safeFile != "" {
		if err := writeBundle(ctx, stdout, t.Client.Backend(), plan, t.Manifest, o); err != nil {
			return err
		}
	}
	if !o.execute {
		fmt.Fprintln(stdout, "dry run: nothing was sent (add -execute to send)")
		return nil
	}
	if err := runPlan(ctx, t.Client, t.Manifest, signer, pause); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "executed; check with examples/health")
	return nil
}

// writeBundle writes the plan as a Safe Transaction Builder bundle and
// prints the hash the Safe's owners sign.
func writeBundle(ctx context.Context, stdout io.Writer, backend chain.Backend, plan *governance.Plan, m *deployment.Manifest, o options) error {
	safeAt := m.Governance
	if o.safeAddr != "" {
		if !common.IsHexAddress(o.safeAddr) {
			return fmt.Errorf("-safe-address %q is not an address", o.safeAddr)
		}
		safeAt = common.HexToAddress(o.safeAddr)
	}
	b, err := safe.NewBundle(plan, safe.BundleOptions{Safe: safeAt})
	if err != nil {
		return err
	}
	raw, _ := json.MarshalIndent(b, "", "  ")
	if err := os.WriteFile(o.safeFile, append(raw, '\n'), 0o644); err != nil {
		return err
	}
	tx, err := safe.NewTx(plan, safeAt, common.HexToAddress(o.multiSend), nil)
	if err != nil {
		return err
	}
	if info, err := safe.ReadInfo(ctx, backend, safeAt); err == nil {
		tx.Nonce = info.Nonce
	}
	hash, err := tx.Hash()
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\nsafeTxHash %s\n", o.safeFile, hash.Hex())
	return nil
}

// runPlan sends the emergency plan (pause or resume) from s through the
// client's one transaction manager for s.
func runPlan(ctx context.Context, c *agijobs.Client, m *deployment.Manifest, s chain.Signer, pause bool) error {
	plan, err := governance.EmergencyPlan(ctx, c.Backend(), m, m.GovernanceKind, pause)
	if err != nil || plan.Empty() {
		return err
	}
	mgr, err := c.Manager(ctx, s)
	if err != nil {
		return err
	}
	_, err = governance.ExecuteDirect(ctx, mgr, plan)
	return err
}
