// Package sandbox is the -rpc and -manifest flags of the owner examples
// (doctor, emergency, health, owner-plan) and their in-process default:
// an embedded chain with the protocol deployed by governance.Deploy from
// dev account 0, which governs, and an agijobs.Client on it that already
// runs the deployer's transaction manager.
package sandbox

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/governance"
)

// Target is the chain and the deployment an owner example works on.
type Target struct {
	// Client is the chain: on a real chain a client without protocol
	// addresses (the examples read the manifest themselves, so that a
	// missing contract is a finding, not a dial error); in the sandbox
	// the protocol, whose Manager hands out the deployer's manager.
	Client *agijobs.Client
	// Manifest is the deployment.
	Manifest *deployment.Manifest
	// Deployer is the sandbox's deployer and governance; nil on a real
	// chain.
	Deployer chain.Signer

	close func() error
}

// Close stops what Open started.
func (t *Target) Close() error { return t.close() }

// Flags are -rpc and -manifest.
type Flags struct {
	RPCURL, Manifest string
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
		return start(ctx)
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

// start starts the chain and deploys from the deployer's transaction
// manager, which the Client then hands out: one manager per account.
func start(ctx context.Context) (*Target, error) {
	ch, err := chain.NewEmbedded(chain.EmbeddedConfig{})
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
	res, err := governance.Deploy(ctx, mgr, governance.DefaultDeployerConfig(t.Deployer.Address()), governance.DeployOptions{
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
	return t, nil
}
