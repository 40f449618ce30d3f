// Package sandbox is the in-process default of the owner examples (doctor,
// emergency, health, owner-plan): an embedded chain with the protocol
// deployed by governance.Deploy from dev account 0, which governs, and an
// agijobs.Client on it that already runs the deployer's transaction
// manager.
package sandbox

import (
	"context"
	"errors"
	"os"
	"path/filepath"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/governance"
)

// Sandbox is an embedded chain with the protocol deployed (paused on
// launch), its files in a temporary directory. Close it when done.
type Sandbox struct {
	// Chain is the embedded chain.
	Chain *chain.Embedded
	// Deployer is dev account 0, the deployer and governance.
	Deployer chain.KeySigner
	// Manifest is the deployment; Dir holds its files.
	Manifest *deployment.Manifest
	Dir      string
	// Client is the protocol on the chain; its Manager hands out the one
	// transaction manager of the deployer, the one that deployed.
	Client *agijobs.Client

	deployer *chain.Manager
}

// Start starts the chain and deploys from the deployer's transaction
// manager, which Client then hands out: one manager per account.
func Start(ctx context.Context) (*Sandbox, error) {
	ch, err := chain.NewEmbedded(chain.EmbeddedConfig{})
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "agijobs-sandbox-")
	if err != nil {
		return nil, errors.Join(err, ch.Close())
	}
	s := &Sandbox{Chain: ch, Deployer: ch.Account(0), Dir: dir}
	m, err := chain.NewManager(ctx, chain.ManagerConfig{Backend: ch.Backend(), Signer: s.Deployer})
	if err != nil {
		return nil, errors.Join(err, s.Close())
	}
	s.deployer = m
	res, err := governance.Deploy(ctx, m, governance.DefaultDeployerConfig(s.Deployer.Address()), governance.DeployOptions{
		ManifestPath: filepath.Join(dir, "latest-deployment.json"),
	})
	if err != nil {
		return nil, errors.Join(err, s.Close())
	}
	s.Manifest = res.Manifest
	addrs := agijobs.AddressesFromManifest(res.Manifest)
	if s.Client, err = agijobs.New(ctx, agijobs.Options{Backend: ch.Backend(), Addresses: &addrs, Managers: []*chain.Manager{m}}); err != nil {
		return nil, errors.Join(err, s.Close())
	}
	return s, nil
}

// Backend returns the chain's backend.
func (s *Sandbox) Backend() chain.Backend { return s.Chain.Backend() }

// Close stops the chain and removes the files.
func (s *Sandbox) Close() error {
	var err error
	if s.Client != nil {
		err = s.Client.Close()
	}
	if s.deployer != nil {
		err = errors.Join(err, s.deployer.Close())
	}
	return errors.Join(err, s.Chain.Close(), os.RemoveAll(s.Dir))
}
