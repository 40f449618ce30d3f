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
//	    [-json] [-safe FILE [-safe-address ADDR] [-sign]] [-execute]
//	    [-key-env NAME | -keystore FILE]
//
// With no flags it deploys the protocol on an in-process chain and plans the
// committed sample configuration against it (a non-empty plan). -safe
// writes the bundle and prints "safeTxHash 0x..." on its own line: the hash
// every Safe owner signs. -sign adds the offline signature of the owner
// whose key is given. -execute sends the actions from the key given when
// governance is that account. The key is the hex key in the variable
// -key-env names ($AGIJOBS_KEY by default) or a keystore file (-keystore,
// passphrase in the variable -keystore-pass-env names), never a flag's
// value; on the in-process chain it is the deployer's unless one is named.
// Nothing is sent without -execute.
package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/ethereum/go-ethereum/common"

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
	configDir, safeFile, safeAddr string
	keys                          cli.KeyFlags
	asJSON, execute, sign         bool
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
	fs.BoolVar(&o.sign, "sign", false, "print the offline signature of the Safe transaction by the key of -key-env or -keystore (a Safe owner's)")
	fs.BoolVar(&o.execute, "execute", false, "send the actions from the key of -key-env or -keystore (governance must be that account; on the in-process chain: the deployer)")
	o.keys.Register(fs, "AGIJOBS_KEY")
	if err := cli.Parse(fs, args); err != nil {
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
	// The key of -sign and -execute, read first so that a missing one
	// fails before any work; nil lets the sandbox's deployer execute.
	var key *ecdsa.PrivateKey
	if o.sign || (o.execute && (o.target.RPCURL != "" || o.keys.Explicit())) {
		need := "-execute"
		if o.sign {
			need = "-sign"
		}
		k, err := o.keys.Key(need)
		if err != nil {
			return err
		}
		key = k
	}
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
		var signWith *ecdsa.PrivateKey
		if o.sign {
			signWith = key
		}
		if err := writeBundle(ctx, stdout, t.Client.Backend(), plan, desired, safeAt, o.safeFile, signWith); err != nil {
			return err
		}
	}
	if !o.execute {
		fmt.Fprintln(stdout, "dry run: nothing was sent (add -execute to send)")
		return nil
	}
	return execute(ctx, stdout, t, plan, key)
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

// execute sends the plan from key's account (the sandbox's deployer when
// key is nil) through the client's one transaction manager for it.
func execute(ctx context.Context, stdout io.Writer, t *sandbox.Target, plan *governance.Plan, key *ecdsa.PrivateKey) error {
	sender := t.Deployer
	if key != nil {
		s, err := chain.NewKeySigner(key)
		if err != nil {
			return err
		}
		sender = s
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

func writeBundle(ctx context.Context, stdout io.Writer, backend chain.Backend, plan *governance.Plan, desired *governance.ModuleConfigs, safeAt common.Address, path string, signWith *ecdsa.PrivateKey) error {
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
	if signWith != nil {
		sig, err := safe.Sign(hash, signWith)
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
