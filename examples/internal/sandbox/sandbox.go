// Package sandbox is the -rpc and -manifest flags of the owner examples
// (doctor, emergency, health, owner-plan) and their in-process default:
// an embedded chain with the protocol deployed by governance.Deploy from
// dev account 0, and an agijobs.Client on it that already runs the
// deployer's transaction manager. Governance is what config/owner-control.json
// asks for: by default a real Safe 1.4.1 on its canonical addresses, a
// 2-of-3 of dev accounts 1, 2 and 3 that has accepted every module, so
// that the Safe transaction hash an example prints belongs to a real Safe.
package sandbox

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/governance"
	"github.com/agijobs/agijobs-go/governance/safe"
	"github.com/agijobs/agijobs-go/internal/devchain"
)

// SafeOwners returns the dev accounts that own the sandbox's Safe;
// Threshold of them sign.
func SafeOwners() []int { return []int{1, 2, 3} }

// Threshold is the number of SafeOwners signatures the sandbox's Safe
// needs.
const Threshold = 2

// Target is the chain and the deployment an owner example works on.
type Target struct {
	// Client is the chain: on a real chain a client without protocol
	// addresses (the examples read the manifest themselves, so that a
	// missing contract is a finding, not a dial error); in the sandbox
	// the protocol, whose Manager hands out the deployer's manager.
	Client *agijobs.Client
	// Manifest is the deployment.
	Manifest *deployment.Manifest
	// Deployer is the sandbox's deployer (governance too when it is an
	// EOA); nil on a real chain.
	Deployer chain.Signer

	owners []*ecdsa.PrivateKey // the Safe's owners, in the sandbox
	close  func() error
}

// Close stops what Open started.
func (t *Target) Close() error { return t.close() }

// Sandbox reports whether the target is the in-process chain.
func (t *Target) Sandbox() bool { return t.Deployer != nil }

// Flags are -rpc and -manifest.
type Flags struct {
	RPCURL, Manifest string
	// Governance is the kind of governance the sandbox sets up: KindEOA
	// makes the deployer govern, anything else a Safe (config/
	// owner-control.json's "kind" decides; the committed one says safe).
	Governance deployment.Kind
}

// Register adds -rpc and -manifest to fs.
func (f *Flags) Register(fs *flag.FlagSet) {
	fs.StringVar(&f.RPCURL, "rpc", "", "JSON-RPC URL (default: an in-process chain with a fresh deployment)")
	fs.StringVar(&f.Manifest, "manifest", "", "deployment manifest (latest-deployment.json); needs -rpc")
}

// ErrDial marks a failure to reach the -rpc node, which the health example
// reports as a finding.
var ErrDial = errors.New("cannot reach the node")

// Open returns the target: without -rpc a fresh sandbox; with it the
// manifest and a connection, which must serve the manifest's chain when
// checkChain is set.
func (f Flags) Open(ctx context.Context, checkChain bool) (*Target, error) {
	if f.RPCURL == "" {
		if f.Manifest != "" {
			return nil, errors.New("-manifest needs -rpc: the manifest's chain")
		}
		return start(ctx, f.Governance)
	}
	if f.Manifest == "" {
		return nil, errors.New("-rpc needs -manifest: where the protocol lives")
	}
	m, err := deployment.LoadManifest(f.Manifest)
	if err != nil {
		return nil, err
	}
	cfg := agijobs.Config{RPCURL: f.RPCURL}
	if checkChain {
		cfg.ChainID = m.ChainID
	}
	c, err := agijobs.Dial(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrDial, err)
	}
	return &Target{Client: c, Manifest: m, close: c.Close}, nil
}

// start starts the chain (with the Safe singleton factory), makes the
// governance and deploys from the deployer's transaction manager, which the
// Client then hands out: one manager per account.
func start(ctx context.Context, kind deployment.Kind) (*Target, error) {
	ch, err := chain.NewEmbedded(chain.EmbeddedConfig{Alloc: safe.DevAlloc()})
	if err != nil {
		return nil, err
	}
	t := &Target{Deployer: ch.Account(0)}
	var mgr *chain.Manager
	dir, err := os.MkdirTemp("", "agijobs-sandbox-")
	t.close = func() error {
		var errs []error
		if t.Client != nil {
			errs = append(errs, t.Client.Close())
		}
		if mgr != nil {
			errs = append(errs, mgr.Close())
		}
		return errors.Join(append(errs, ch.Close(), os.RemoveAll(dir))...)
	}
	if err != nil {
		return nil, errors.Join(err, t.close())
	}
	if mgr, err = chain.NewManager(ctx, chain.ManagerConfig{Backend: ch.Backend(), Signer: t.Deployer}); err != nil {
		return nil, errors.Join(err, t.close())
	}
	cfg := governance.DefaultDeployerConfig(t.Deployer.Address())
	if kind != deployment.KindEOA {
		if cfg.Governance.Address, err = t.createSafe(ctx, mgr); err != nil {
			return nil, errors.Join(err, t.close())
		}
		cfg.Governance.Kind = deployment.KindSafe
	}
	res, err := governance.Deploy(ctx, mgr, cfg, governance.DeployOptions{
		ManifestPath: filepath.Join(dir, "latest-deployment.json"),
	})
	if err != nil {
		return nil, errors.Join(err, t.close())
	}
	t.Manifest = res.Manifest
	addrs := agijobs.AddressesFromManifest(res.Manifest)
	if t.Client, err = agijobs.New(ctx, agijobs.Options{Backend: ch.Backend(), Addresses: &addrs, Managers: []*chain.Manager{mgr}}); err != nil {
		return nil, errors.Join(err, t.close())
	}
	if res.Acceptance != nil && !res.Acceptance.Empty() {
		// The Safe accepts the modules offered to it, as its owners would.
		if _, err := t.Execute(ctx, res.Acceptance); err != nil {
			return nil, errors.Join(fmt.Errorf("sandbox: the Safe accepting ownership: %w", err), t.close())
		}
		t.Manifest.PendingAcceptance = false
	}
	return t, nil
}

// createSafe puts the Safe 1.4.1 contracts on their canonical addresses and
// creates the sandbox's Safe.
func (t *Target) createSafe(ctx context.Context, mgr *chain.Manager) (common.Address, error) {
	if _, err := safe.DeploySingletons(ctx, mgr); err != nil {
		return common.Address{}, err
	}
	var owners []common.Address
	for _, i := range SafeOwners() {
		t.owners = append(t.owners, devchain.Key(i))
		owners = append(owners, chain.DevSigner(i).Address())
	}
	return safe.Create(ctx, mgr, owners, Threshold, 0)
}

// Execute carries out plan as the sandbox's governance and says how: the
// deployer sends it when it governs; otherwise Threshold owners of the
// Safe sign the proposal and the deployer relays execTransaction. It is
// an error on a real chain, where governance's own keys execute.
func (t *Target) Execute(ctx context.Context, plan *governance.Plan) (string, error) {
	if !t.Sandbox() {
		return "", errors.New("sandbox: only the in-process chain executes as governance")
	}
	mgr, err := t.Client.Manager(ctx, t.Deployer)
	if err != nil {
		return "", err
	}
	if t.owners == nil {
		rs, err := governance.ExecuteDirect(ctx, mgr, plan)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("executed %d action(s) from governance %s", len(rs), t.Deployer.Address().Hex()), nil
	}
	p, err := safe.Propose(ctx, t.Client.Backend(), plan, safe.ProposalOptions{Safe: t.Manifest.Governance})
	if err != nil {
		return "", err
	}
	var sigs []safe.Signature
	for _, k := range t.owners[:Threshold] {
		s, err := safe.Sign(p.Hash, k)
		if err != nil {
			return "", err
		}
		sigs = append(sigs, s)
	}
	if _, err := safe.Execute(ctx, mgr, p.Tx, sigs); err != nil {
		return "", err
	}
	return fmt.Sprintf("executed %d action(s) through Safe %s: safeTxHash %s, nonce %s, signed by %d of its owners", len(plan.Actions), p.Tx.Safe.Hex(), p.Hash.Hex(), p.Tx.Nonce, Threshold), nil
}
