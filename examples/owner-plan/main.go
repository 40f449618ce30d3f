// Command owner-plan compares the owner config files with the chain and
// prints the actions that reconcile them; it can write them as a Safe
// Transaction Builder bundle and execute them. Besides the module settings
// it plans the escrow tokens' reward limits and agent stake fractions
// (job-registry.json minJobReward, maxJobReward, jobStakeBps and
// tokenLimits, in each token's own units: JobRegistry.setTokenConfig), the
// FeePool's fee-token slots (registerToken), and, when fee-pool.json asks,
// burning the burn buckets (burn) and sharing tokens sent to the pool
// directly (distribute). When the directory holds identity-registry.json,
// the plan also makes the IdentityRegistry match it (identity.Client.Sync:
// allowlists, Merkle roots, ENS root nodes, attestors).
//
//	go run ./examples/owner-plan [-config DIR] [-manifest FILE -rpc URL] [-json]
//	    [-safe FILE [-safe-address ADDR] [-nonce N] [-multisend ADDR] [-sign]
//	    [-signatures SIG,...]] [-execute] [-key-env NAME | -keystore FILE]
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
// account; with -safe it executes the Safe transaction instead: every key
// given (comma-separated in -key-env, or several -keystore files) that
// belongs to a Safe owner signs it, -signatures adds owners' signatures
// made elsewhere with -sign, and the first key, an owner or a relayer,
// sends execTransaction once the signatures reach the Safe's threshold. In the sandbox without a key named, governance
// executes them (the Safe's owners sign). The key is the hex key in the variable
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
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/examples/internal/cli"
	"github.com/agijobs/agijobs-go/examples/internal/sandbox"
	"github.com/agijobs/agijobs-go/governance"
	"github.com/agijobs/agijobs-go/governance/safe"
	"github.com/agijobs/agijobs-go/identity"
)

func main() { cli.Main(run) }

// options are the command's flags.
type options struct {
	target                sandbox.Flags
	bundle                sandbox.SafeFlags
	configDir             string
	keys                  cli.KeyFlags
	asJSON, execute, sign bool
	signatures            string
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
	fs.BoolVar(&o.execute, "execute", false, "send the actions from the key of -key-env or -keystore (governance must be that account; with -safe: execute the Safe transaction, signed by every key given; on the in-process chain without a key named: governance)")
	fs.StringVar(&o.signatures, "signatures", "", "with -safe -execute: Safe owners' signatures made with -sign, comma-separated hex, added to those of the keys given")
	o.keys.Register(fs, "AGIJOBS_KEY")
	if err := cli.Parse(fs, args); err != nil {
		return 2
	}
	var needSafe []string
	if o.sign {
		needSafe = append(needSafe, "-sign")
	}
	if o.signatures != "" {
		needSafe = append(needSafe, "-signatures")
	}
	err := o.bundle.Check(needSafe...)
	if err == nil && o.signatures != "" && !o.execute {
		err = errors.New("-signatures is for -execute: it adds owners' signatures to the Safe transaction executed")
	}
	if err != nil {
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
	// The keys of -sign and -execute, read first so that a missing one
	// fails before any work. No execKeys lets the sandbox's governance
	// execute. A Safe transaction is signed by every key given, other
	// executions take one.
	var signKey *ecdsa.PrivateKey
	var execKeys []*ecdsa.PrivateKey
	useKey := o.target.RPCURL != "" || o.keys.Explicit()
	if o.sign {
		k, err := o.keys.Key("-sign")
		if err != nil {
			return err
		}
		signKey = k
	}
	if o.execute && useKey {
		if o.bundle.File != "" {
			ks, err := o.keys.Keys()
			if err == nil && len(ks) == 0 {
				_, err = o.keys.Key("-safe -execute (the Safe owners who sign; the first sends execTransaction)")
			}
			if err != nil {
				return err
			}
			execKeys = ks
		} else {
			k, err := o.keys.Key("-execute")
			if err != nil {
				return err
			}
			execKeys = []*ecdsa.PrivateKey{k}
		}
	}
	extraSigs, err := parseSignatures(o.signatures)
	if err != nil {
		return err
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
	if err := syncIdentity(ctx, t, dir, desired, plan); err != nil {
		return err
	}
	rep := report{Plan: plan}
	if !o.asJSON {
		fmt.Fprint(stdout, plan.Table())
		fmt.Fprintf(stdout, "chain read in %d round trip(s)\n", plan.ReadRoundTrips)
	}
	var proposal *safe.Proposal
	if !plan.Empty() && o.bundle.File != "" {
		if rep.Safe, proposal, err = writeBundle(ctx, info, t.Client.Backend(), plan, desired, o.bundle, signKey); err != nil {
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
	if proposal != nil && len(execKeys) > 0 {
		return executeSafe(ctx, info, t, proposal, execKeys, extraSigs)
	}
	var execKey *ecdsa.PrivateKey
	if len(execKeys) > 0 {
		execKey = execKeys[0]
	}
	return execute(ctx, info, t, plan, execKey)
}

// syncIdentity adds to plan the calls that make the IdentityRegistry match
// dir's identity-registry.json (allowlists, Merkle roots, ENS root nodes,
// attestors), when the file exists and owner-control.json does not leave
// the registry out of plans. They go after the module settings, in the
// same plan: one Safe transaction, where the acceptance of the registry's
// ownership comes first.
func syncIdentity(ctx context.Context, t *sandbox.Target, dir string, desired *governance.ModuleConfigs, plan *governance.Plan) error {
	if dir == "" || !desired.OwnerControl.Manages(string(deploy.IdentityRegistry)) {
		return nil
	}
	path := filepath.Join(dir, "identity-registry.json")
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	cfg, err := identity.LoadRegistryConfig(path)
	if err != nil {
		return err
	}
	ic, err := identity.New(identity.Config{Backend: t.Client.Backend(), Registry: t.Manifest.Address(deploy.IdentityRegistry)})
	if err != nil {
		return err
	}
	// The registry's events since the deployment name every address
	// allowlisted so far.
	ip, err := ic.Sync(ctx, cfg, identity.SyncOptions{FromBlock: t.Manifest.Block})
	if err != nil {
		return err
	}
	acts, err := governance.IdentityActions(ip)
	if err != nil {
		return err
	}
	plan.Actions = append(plan.Actions, acts...)
	return nil
}

// executeSafe executes the proposal through the Safe: each key of an
// owner signs it, extra holds signatures made elsewhere (with -sign), and
// the first key, an owner or not, sends execTransaction once they reach
// the Safe's threshold.
func executeSafe(ctx context.Context, info io.Writer, t *sandbox.Target, p *safe.Proposal, keys []*ecdsa.PrivateKey, extra []safe.Signature) error {
	if p.Info == nil {
		return errors.New("-execute through a Safe that cannot be read: check -safe-address and the node")
	}
	sigs := append([]safe.Signature(nil), extra...)
	for _, k := range keys {
		if !p.Info.IsOwner(crypto.PubkeyToAddress(k.PublicKey)) {
			continue // a relayer: it sends, it does not sign
		}
		s, err := safe.Sign(p.Hash, k)
		if err != nil {
			return err
		}
		sigs = append(sigs, s)
	}
	if err := safe.CheckThreshold(p.Hash, sigs, p.Info); err != nil {
		return err
	}
	relayer, err := chain.NewKeySigner(keys[0])
	if err != nil {
		return err
	}
	mgr, err := t.Client.Manager(ctx, relayer)
	if err != nil {
		return err
	}
	r, err := safe.Execute(ctx, mgr, p.Tx, sigs)
	if err != nil {
		return err
	}
	fmt.Fprintf(info, "executed %d action(s) through Safe %s: safeTxHash %s, nonce %s, %d signature(s), tx %s sent by %s, gas %d\n",
		p.Summary().Calls, p.Tx.Safe.Hex(), p.Hash.Hex(), p.Tx.Nonce, len(sigs), r.TxHash.Hex(), relayer.Address().Hex(), r.GasUsed)
	return nil
}

// parseSignatures reads -signatures: 65-byte hex signatures, as -sign
// prints them; the signer of each is recovered when it is used.
func parseSignatures(s string) ([]safe.Signature, error) {
	var out []safe.Signature
	for i, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		raw, err := hexutil.Decode(f)
		if err != nil || len(raw) != 65 {
			return nil, fmt.Errorf("-signatures: signature %d is not 65 bytes of 0x-prefixed hex, as -sign prints", i+1)
		}
		out = append(out, safe.Signature{Signature: raw})
	}
	return out, nil
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
func writeBundle(ctx context.Context, info io.Writer, backend chain.Backend, plan *governance.Plan, desired *governance.ModuleConfigs, f sandbox.SafeFlags, key *ecdsa.PrivateKey) (*safeReport, *safe.Proposal, error) {
	opts := f.Options(multiSendOf(desired))
	if key != nil {
		opts.Owner = crypto.PubkeyToAddress(key.PublicKey)
	}
	p, err := safe.Propose(ctx, backend, plan, opts)
	if err != nil {
		return nil, nil, err
	}
	raw, err := json.MarshalIndent(p.Bundle, "", "  ")
	if err != nil {
		return nil, nil, err
	}
	if err := os.WriteFile(f.File, append(raw, '\n'), 0o644); err != nil {
		return nil, nil, err
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
			return nil, nil, err
		}
		rep.Signature = &sig
		fmt.Fprintf(info, "signature %s by %s\n", sig.Signature, sig.Signer.Hex())
	}
	return rep, p, nil
}

func multiSendOf(d *governance.ModuleConfigs) common.Address {
	if d != nil && d.OwnerControl != nil {
		return d.OwnerControl.MultiSendCallOnly
	}
	return common.Address{}
}
