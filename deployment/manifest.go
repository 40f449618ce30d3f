package deployment

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/input"
)

// Kind says what kind of account governs a deployment, which decides how
// owner actions are executed.
type Kind string

// The governance kinds.
const (
	// KindEOA is a plain account that sends owner calls itself.
	KindEOA Kind = "eoa"
	// KindSafe is a Safe multisig: owner calls go through execTransaction
	// with the owners' signatures.
	KindSafe Kind = "safe"
	// KindTimelock is an OpenZeppelin TimelockController: owner calls are
	// scheduled, then executed after the delay.
	KindTimelock Kind = "timelock"
)

// DefaultManifestPath is where a deployment writes its manifest when its
// config names no other path.
const DefaultManifestPath = "deployment-config/latest-deployment.json"

// Manifest is the deployment manifest (latest-deployment.json): where the
// protocol lives on one chain ("contracts" holds the token and every module
// proxy under its module name). It is the SDK's one manifest type: the root
// package reads it for agijobs.Config.ManifestPath and takes its typed
// addresses with agijobs.AddressesFromManifest; governance.Deploy writes it.
type Manifest struct {
	// ChainID is the chain the addresses belong to.
	ChainID uint64 `json:"chainId"`
	// Block is the block of the last deployment transaction.
	Block uint64 `json:"block"`
	// Governance is the owner of every module, or the pending owner that
	// still has to accept (see PendingAcceptance).
	Governance common.Address `json:"governance"`
	// GovernanceKind is "eoa", "safe" or "timelock", when known.
	GovernanceKind Kind `json:"governanceKind,omitempty"`
	// Deployer is the account that sent the deployment.
	Deployer common.Address `json:"deployer,omitempty"`
	// PendingAcceptance is true while governance has not accepted
	// ownership (Ownable2Step) of the modules.
	PendingAcceptance bool `json:"pendingAcceptance,omitempty"`
	// TokenDeployed is true when Token is the dev token deployed with the
	// protocol.
	TokenDeployed bool `json:"tokenDeployed,omitempty"`
	// Contracts maps "Token" and every module name to its proxy address.
	Contracts map[string]common.Address `json:"contracts"`
	// Implementations maps every module name to its implementation.
	Implementations map[string]common.Address `json:"implementations,omitempty"`
	// Versions maps every module name to its version() answer.
	Versions map[string]string `json:"versions,omitempty"`
}

// Address returns the proxy of module m (zero if absent).
func (m *Manifest) Address(mod deploy.Module) common.Address {
	if m == nil {
		return common.Address{}
	}
	return m.Contracts[string(mod)]
}

// Token returns the stake token's address.
func (m *Manifest) Token() common.Address {
	if m == nil {
		return common.Address{}
	}
	return m.Contracts["Token"]
}

// Deployment converts the manifest back into a contracts/deploy result.
func (m *Manifest) Deployment() *deploy.Deployment {
	if m == nil {
		return nil
	}
	d := &deploy.Deployment{
		ChainID: new(big.Int).SetUint64(m.ChainID), Token: m.Token(), TokenDeployed: m.TokenDeployed,
		Proxies: map[deploy.Module]common.Address{}, Implementations: map[deploy.Module]common.Address{},
		Owner: m.Governance, Block: m.Block,
	}
	for _, mod := range deploy.Modules {
		d.Proxies[mod] = m.Contracts[string(mod)]
		d.Implementations[mod] = m.Implementations[string(mod)]
	}
	if m.PendingAcceptance {
		d.Owner, d.PendingOwner = m.Deployer, m.Governance
	}
	return d
}

// ManifestOf builds the manifest of a contracts/deploy result; versions
// maps module names to their version() answers (nil leaves them out). A
// nil d gives a manifest without contracts, which Check rejects.
func ManifestOf(d *deploy.Deployment, deployer common.Address, kind Kind, versions map[deploy.Module]uint64) *Manifest {
	if d == nil {
		d = &deploy.Deployment{} // a manifest without contracts, which Check rejects
	}
	m := &Manifest{
		Block: d.Block, Governance: d.Owner, GovernanceKind: kind, Deployer: deployer,
		TokenDeployed:   d.TokenDeployed,
		Contracts:       map[string]common.Address{"Token": d.Token},
		Implementations: map[string]common.Address{},
	}
	if d.ChainID != nil {
		m.ChainID = d.ChainID.Uint64()
	}
	if d.PendingOwner != (common.Address{}) {
		m.Governance, m.PendingAcceptance = d.PendingOwner, true
	}
	for _, mod := range deploy.Modules {
		m.Contracts[string(mod)] = d.Proxies[mod]
		m.Implementations[string(mod)] = d.Implementations[mod]
	}
	if versions != nil {
		m.Versions = map[string]string{}
		for mod, v := range versions {
			m.Versions[string(mod)] = strconv.FormatUint(v, 10)
		}
	}
	return m
}

// Check reports every missing address of the manifest as input.Errors, each
// field named by its JSON path ("contracts.JobRegistry").
func (m *Manifest) Check() error {
	if m == nil {
		return input.New("deployment.Manifest", "is nil", "load it with deployment.LoadManifest")
	}
	var errs input.Errors
	if m.ChainID == 0 {
		errs.Add("chainId", "missing", "the manifest must name its chain")
	}
	for _, name := range append([]string{"Token"}, moduleNames()...) {
		if m.Contracts[name] == (common.Address{}) {
			errs.Add("contracts."+name, "missing or zero address", "redeploy or restore the manifest")
		}
	}
	return errs.Err()
}

func moduleNames() []string {
	out := make([]string, len(deploy.Modules))
	for i, m := range deploy.Modules {
		out[i] = string(m)
	}
	return out
}

// LoadManifest reads and checks a manifest file; an incomplete one is
// reported as input.Errors (see Manifest.Check).
func LoadManifest(path string) (*Manifest, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("deployment: manifest: %w", err)
	}
	var m Manifest
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("deployment: manifest %s: %w", path, err)
	}
	if err := m.Check(); err != nil {
		return nil, fmt.Errorf("deployment: manifest %s: %w", path, err)
	}
	return &m, nil
}

// WriteManifest writes m as indented JSON, atomically (temporary file and
// rename), creating the directory if needed.
func WriteManifest(path string, m *Manifest) error {
	raw, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(path, append(raw, '\n'))
}

// writeFileAtomic writes data to a temporary file beside path, syncs it and
// renames it over path, so that readers see the old or the new file.
func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("deployment: %w", err)
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("deployment: %w", err)
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("deployment: writing %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("deployment: writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("deployment: writing %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("deployment: writing %s: %w", path, err)
	}
	return nil
}
