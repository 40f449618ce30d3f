// Command owner-plan compares the owner config files with the chain and
// prints the actions that reconcile them; it can write them as a Safe
// Transaction Builder bundle and execute them. Besides the module settings
// it plans the escrow tokens' reward limits and agent stake fractions
// (job-registry.json minJobReward, maxJobReward, jobStakeBps and
// tokenLimits, in each token's own units: JobRegistry.setTokenConfig), the
// FeePool's fee-token slots (registerToken), and, when fee-pool.json asks,
// burning the burn buckets (burn) and sharing tokens sent to the pool
// directly (distribute).
//
//	go run ./examples/owner-plan [-config DIR] [-manifest FILE -rpc URL]
//	    [-json] [-safe FILE [-safe-address ADDR] [-sign KEYHEX]] [-execute -key KEYHEX]
//
// With no flags it deploys the protocol on an in-process chain and plans the
// committed sample configuration against it (a non-empty plan). -safe
// writes the bundle and prints "safeTxHash 0x..." on its own line: the hash
// every Safe owner signs. -sign adds that owner's offline signature.
// -execute sends the actions from -key when governance is that account.
// Nothing is sent without -execute.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

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
	target                                   sandbox.Flags
	configDir, safeFile, safeAddr, sign, key string
	asJSON, execute                          bool
}

// run is the whole command, testable: it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("owner-plan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	o.target.Register(fs)
	fs.StringVar(&o.configDir, "config", "", "directory of the owner config files (default: config/ if present, else the built-in samples)")
	fs.BoolVar(&o.asJSON, "json", false, "print the plan as JSON instead of a table")
	fs.StringVar(&o.safeFile, "safe", "", "write the plan as a Safe Transaction Builder bundle to this file")
	fs.StringVar(&o.safeAddr, "safe-address", "", "the Safe that executes (default: the governance address)")
	fs.StringVar(&o.sign, "sign", "", "hex private key of a Safe owner: print its offline signature of the Safe transaction")
	fs.BoolVar(&o.execute, "execute", false, "send the actions (governance must be the -key account)")
	fs.StringVar(&o.key, "key", "", "hex private key sending with -execute (default on the in-process chain: the deployer)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if err := ownerPlan(ctx, o, stdout); err != nil {
		fmt.Fprintln(stderr, "owner-plan:", err)
		return 1
	}
	return 0
}

// ownerPlan reads the chain, plans what makes it match the config, prints
// the plan, and writes it as a Safe bundle or sends it when asked.
func ownerPlan(ctx context.Context, o options, stdout io.Writer) error {
	t, err := o.target.Open(ctx, true)
	if err != nil {
		return err
	}
	defer t.Close()
	m := t.Manifest
	if t.Deployer != nil {
		fmt.Fprintf(stdout, "in-process chain: protocol deployed, governance %s\n", m.Governance.Hex())
	}
	desired, err := loadDesired(o.configDir, m)
	if err != nil {
		return err
	}
	st, err := governance.ReadState(ctx, t.Client.Backend(), m, desired, governance.ReadOptions{})
	if err != nil {
		return err
	}
	plan, err := governance.NewPlan(st, desired)
	if err != nil {
		return err
	}
	if err := printPlan(stdout, plan, o.asJSON); err != nil || plan.Empty() {
		return err
	}
	if o.safeFile != "" {
		safeAt := plan.Governance
		if o.safeAddr != "" {
			if !common.IsHexAddress(o.safeAddr) {
				return fmt.Errorf("-safe-address %q is not an address", o.safeAddr)
			}
			safeAt = common.HexToAddress(o.safeAddr)
		}
		if err := writeBundle(ctx, stdout, t.Client.Backend(), plan, desired, safeAt, o.safeFile, o.sign); err != nil {
			return err
		}
	}
	if !o.execute {
		fmt.Fprintln(stdout, "dry run: nothing was sent (add -execute to send)")
		return nil
	}
	return execute(ctx, stdout, t, plan, o.key)
}

func printPlan(stdout io.Writer, plan *governance.Plan, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(plan)
	}
	fmt.Fprint(stdout, plan.Table())
	fmt.Fprintf(stdout, "chain read in %d round trip(s)\n", plan.ReadRoundTrips)
	return nil
}

// execute sends the plan from the -key account (the sandbox's deployer by
// default) through the client's one transaction manager for it.
func execute(ctx context.Context, stdout io.Writer, t *sandbox.Target, plan *governance.Plan, key string) error {
	sender := t.Deployer
	if key != "" {
		s, err := chain.ParseKeySigner(key)
		if err != nil {
			return err
		}
		sender = s
	}
	if sender == nil {
		return errors.New("-execute needs -key: the governance account's key")
	}
	mgr, err := t.Client.Manager(ctx, sender)
	if err != nil {
		return err
	}
	rs, err := governance.ExecuteDirect(ctx, mgr, plan)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "executed %d action(s)\n", len(rs))
	return nil
}

// loadDesired reads the config directory: the flag's, else config/ when it
// exists, else the built-in samples (governed by the manifest's account).
func loadDesired(dir string, m *deployment.Manifest) (*governance.ModuleConfigs, error) {
	if dir == "" {
		if st, err := os.Stat("config"); err == nil && st.IsDir() {
			dir = "config"
		}
	}
	var desired *governance.ModuleConfigs
	if dir == "" {
		desired = governance.SampleModuleConfigs(m.Governance, m.GovernanceKind)
	} else {
		d, err := governance.LoadModuleConfigs(dir)
		if err != nil {
			return nil, err
		}
		desired = d
	}
	if desired.OwnerControl != nil && desired.OwnerControl.Governance == (common.Address{}) && m.GovernanceKind != "" {
		desired.OwnerControl.Kind = m.GovernanceKind // the manifest knows how its governance executes
	}
	return desired, nil
}

func writeBundle(ctx context.Context, stdout io.Writer, backend chain.Backend, plan *governance.Plan, desired *governance.ModuleConfigs, safeAt common.Address, path, signKey string) error {
	b, err := safe.NewBundle(plan, safe.BundleOptions{Safe: safeAt})
	if err != nil {
		return err
	}
	raw, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(raw, '\n'), 0o644); err != nil {
		return err
	}
	nonce := "0 (not a Safe on this chain)"
	tx, err := safe.NewTx(plan, safeAt, multiSendOf(desired), nil)
	if err != nil {
		return err
	}
	if info, err := safe.ReadInfo(ctx, backend, safeAt); err == nil {
		tx.Nonce = info.Nonce
		nonce = info.Nonce.String()
	}
	hash, err := tx.Hash()
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%d transaction(s), checksum %s) for Safe %s, nonce %s\n", path, len(b.Transactions), b.Meta.Checksum, safeAt.Hex(), nonce)
	fmt.Fprintf(stdout, "safeTxHash %s\n", hash.Hex())
	if signKey != "" {
		k, err := crypto.HexToECDSA(trim0x(signKey))
		if err != nil {
			return fmt.Errorf("-sign: %w", err)
		}
		sig, err := safe.Sign(hash, k)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "signature %s by %s\n", sig.Signature, sig.Signer.Hex())
	}
	return nil
}

func multiSendOf(d *governance.ModuleConfigs) common.Address {
	if d != nil && d.OwnerControl != nil {
		return d.OwnerControl.MultiSendCallOnly
	}
	return common.Address{}
}

func trim0x(s string) string {
	if len(s) > 2 && (s[:2] == "0x" || s[:2] == "0X") {
		return s[2:]
	}
	return s
}
