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
//	go run ./examples/owner-plan [-config DIR] [-manifest FILE -rpc URL] [-json]
//	    [-safe FILE [-safe-address ADDR] [-nonce N] [-multisend ADDR] [-sign]]
//	    [-execute] [-key-env NAME | -keystore FILE]
//
// With no flags it deploys the protocol on an in-process chain, governed as
// config/owner-control.json says (the committed one: a real Safe 1.4.1,
// 2-of-3), and plans the committed sample configuration against it (a
// non-empty plan). -safe writes the bundle and prints the Safe's address,
// version and nonce, the operation and the MultiSendCallOnly the hash
// depends on, then "safeTxHash 0x..." on its own line: the hash every Safe
// owner signs. A Safe that cannot be read is an error unless -nonce is
// given. -sign adds the offline signature of the owner whose key is given.
// -execute sends the actions from the key given when governance is that
// account; in the sandbox without a key named, governance executes them
// (the Safe's owners sign). The key is the hex key in the variable
// -key-env names ($AGIJOBS_KEY by default) or a keystore file (-keystore,
// passphrase in the variable -keystore-pass-env names), never a flag's
// value. Nothing is sent without -execute. With -json, stdout is one JSON
// document (the plan, and the Safe transaction under "safe"); every other
// line goes to stderr.
package main

import (
	"context"
	"crypto/ecdsa"
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
	target                sandbox.Flags
	bundle                sandbox.SafeFlags
	configDir             string
	keys                  cli.KeyFlags
	asJSON, execute, sign bool
}

// run is the whole command, testable: it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("owner-plan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	o.target.Register(fs)
	o.bundle.Register(fs)
	fs.StringVar(&o.configDir, "config", "", "directory of the owner config files (default: config/ if present, else the built-in samples)")
	fs.BoolVar(&o.asJSON, "json", false, "print the plan as JSON instead of a table")
	fs.BoolVar(&o.sign, "sign", false, "with -safe: print the offline signature of the Safe transaction by the key of -key-env or -keystore (a Safe owner's)")
	fs.BoolVar(&o.execute, "execute", false, "send the actions from the key of -key-env or -keystore (governance must be that account; on the in-process chain without a key named: governance)")
	o.keys.Register(fs, "AGIJOBS_KEY")
	if err := cli.Parse(fs, args); err != nil {
		return 2
	}
	var needSafe []string
	if o.sign {
		needSafe = append(needSafe, "-sign")
	}
	if err := o.bundle.Check(needSafe...); err != nil {
		fmt.Fprintln(stderr, "owner-plan:", err)
		return 2
	}
	// With -json stdout carries the JSON document alone.
	info := stdout
	if o.asJSON {
		info = stderr
	}
	if err := ownerPlan(ctx, o, stdout, info); err != nil {
		fmt.Fprintln(stderr, "owner-plan:", err)
		return 1
	}
	return 0
}

// report is the -json document: the plan and, with -safe, its Safe
// transaction.
type report struct {
	*governance.Plan
	Safe *safeReport `json:"safe,omitempty"`
}

// safeReport is what a Safe owner checks: the Summary, the bundle written
// and the signature made.
type safeReport struct {
	safe.Summary
	Bundle    string          `json:"bundle"`
	Checksum  string          `json:"checksum"`
	Signature *safe.Signature `json:"signature,omitempty"`
}

// ownerPlan reads the chain, plans what makes it match the config, prints
// the plan (the result to stdout, everything else to info), and writes it
// as a Safe bundle or sends it when asked.
func ownerPlan(ctx context.Context, o options, stdout, info io.Writer) error {
	// The key of -sign and -execute, read first so that a missing one
	// fails before any work. execKey nil lets the sandbox's governance
	// execute.
	var signKey, execKey *ecdsa.PrivateKey
	useKey := o.target.RPCURL != "" || o.keys.Explicit()
	if o.sign || (o.execute && useKey) {
		need := "-execute"
		if o.sign {
			need = "-sign"
		}
		k, err := o.keys.Key(need)
		if err != nil {
			return err
		}
		if o.sign {
			signKey = k
		}
		if o.execute && useKey {
			execKey = k
		}
	}
	dir, fromDir, err := loadConfigDir(o.configDir)
	if err != nil {
		return err
	}
	if fromDir != nil && fromDir.OwnerControl != nil {
		o.target.Governance = fromDir.OwnerControl.Kind
	}
	t, err := o.target.Open(ctx, true)
	if err != nil {
		return err
	}
	defer t.Close()
	m := t.Manifest
	if t.Sandbox() {
		fmt.Fprintf(info, "in-process chain: protocol deployed, %s governance %s\n", m.GovernanceKind, m.Governance.Hex())
	}
	desired := desiredConfig(dir, fromDir, m)
	st, err := governance.ReadState(ctx, t.Client.Backend(), m, desired, governance.ReadOptions{})
	if err != nil {
		return err
	}
	plan, err := governance.NewPlan(st, desired)
	if err != nil {
		return err
	}
	rep := report{Plan: plan}
	if !o.asJSON {
		fmt.Fprint(stdout, plan.Table())
		fmt.Fprintf(stdout, "chain read in %d round trip(s)\n", plan.ReadRoundTrips)
	}
	if !plan.Empty() && o.bundle.File != "" {
		if rep.Safe, err = writeBundle(ctx, info, t.Client.Backend(), plan, desired, o.bundle, signKey); err != nil {
			return err
		}
	}
	if o.asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	}
	if plan.Empty() {
		return nil
	}
	if !o.execute {
		fmt.Fprintln(info, "dry run: nothing was sent (add -execute to send)")
		return nil
	}
	return execute(ctx, info, t, plan, execKey)
}

// execute sends the plan from key's account through the client's one
// transaction manager for it; in the sandbox with key nil, governance
// executes it (through the Safe, its owners signing).
func execute(ctx context.Context, info io.Writer, t *sandbox.Target, plan *governance.Plan, key *ecdsa.PrivateKey) error {
	if key == nil {
		if !t.Sandbox() {
			return errors.New("-execute needs a key (-key-env or -keystore): the governance account's (a Safe executes the bundle instead)")
		}
		how, err := t.Execute(ctx, plan)
		if err != nil {
			return err
		}
		fmt.Fprintln(info, how)
		return nil
	}
	sender, err := chain.NewKeySigner(key)
	if err != nil {
		return err
	}
	mgr, err := t.Client.Manager(ctx, sender)
	if err != nil {
		return err
	}
	rs, err := governance.ExecuteDirect(ctx, mgr, plan)
	if err != nil {
		return err
	}
	fmt.Fprintf(info, "executed %d action(s)\n", len(rs))
	return nil
}

// loadConfigDir reads the config directory: the flag's, else config/ when
// it exists; none leaves the built-in samples to desiredConfig.
func loadConfigDir(dir string) (string, *governance.ModuleConfigs, error) {
	if dir == "" {
		if st, err := os.Stat("config"); err == nil && st.IsDir() {
			dir = "config"
		}
	}
	if dir == "" {
		return "", nil, nil
	}
	d, err := governance.LoadModuleConfigs(dir)
	return dir, d, err
}

// desiredConfig is the config read from the directory, or the built-in
// samples (governed by the manifest's account).
func desiredConfig(dir string, fromDir *governance.ModuleConfigs, m *deployment.Manifest) *governance.ModuleConfigs {
	desired := fromDir
	if dir == "" {
		desired = governance.SampleModuleConfigs(m.Governance, m.GovernanceKind)
	}
	if desired.OwnerControl != nil && desired.OwnerControl.Governance == (common.Address{}) && m.GovernanceKind != "" {
		desired.OwnerControl.Kind = m.GovernanceKind // the manifest knows how its governance executes
	}
	return desired
}

// writeBundle proposes the plan to the Safe (failing closed: see
// safe.Propose), writes the bundle, prints what a signer checks and the
// hash, and signs it with key, -sign's (nil: no signature).
func writeBundle(ctx context.Context, info io.Writer, backend chain.Backend, plan *governance.Plan, desired *governance.ModuleConfigs, f sandbox.SafeFlags, key *ecdsa.PrivateKey) (*safeReport, error) {
	opts := f.Options(multiSendOf(desired))
	if key != nil {
		opts.Owner = crypto.PubkeyToAddress(key.PublicKey)
	}
	p, err := safe.Propose(ctx, backend, plan, opts)
	if err != nil {
		return nil, err
	}
	raw, err := json.MarshalIndent(p.Bundle, "", "  ")
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(f.File, append(raw, '\n'), 0o644); err != nil {
		return nil, err
	}
	if p.Tx.Safe != plan.Governance {
		fmt.Fprintf(info, "note: Safe %s is not governance %s, to which the modules answer\n", p.Tx.Safe.Hex(), plan.Governance.Hex())
	}
	rep := &safeReport{Summary: p.Summary(), Bundle: f.File, Checksum: p.Bundle.Meta.Checksum}
	fmt.Fprintf(info, "wrote %s (%d transaction(s), checksum %s)\n", f.File, len(p.Bundle.Transactions), p.Bundle.Meta.Checksum)
	fmt.Fprintln(info, rep.Summary)
	if p.Info == nil {
		fmt.Fprintf(info, "warning: the Safe could not be read (%v); the hash uses -nonce %s as given\n", p.ReadErr, p.Tx.Nonce)
	}
	fmt.Fprintf(info, "safeTxHash %s\n", p.Hash.Hex())
	if key != nil {
		sig, err := safe.Sign(p.Hash, key)
		if err != nil {
			return nil, err
		}
		rep.Signature = &sig
		fmt.Fprintf(info, "signature %s by %s\n", sig.Signature, sig.Signer.Hex())
	}
	return rep, nil
}

func multiSendOf(d *governance.ModuleConfigs) common.Address {
	if d != nil && d.OwnerControl != nil {
		return d.OwnerControl.MultiSendCallOnly
	}
	return common.Address{}
}
