package deployment

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/contracts/deploy"
)

// State is the progress record of a one-click deployment (the state file):
// the contracts created so far and the phases completed, so that a run
// killed at any point and restarted with the same config deploys nothing
// twice. It is written after every phase, when the phase's receipts have
// given the addresses of its contracts.
type State struct {
	ChainID    uint64         `json:"chainId"`
	Deployer   common.Address `json:"deployer"`
	Governance common.Address `json:"governance"`
	// ConfigHash fingerprints the config the deployment started with.
	ConfigHash common.Hash `json:"configHash"`
	// Contracts maps "Token" (present when the dev token was deployed),
	// "<Module>.implementation" and "<Module>.proxy" to the address of each
	// contract created so far.
	Contracts map[string]common.Address `json:"contracts"`
	// Phases lists the completed phases in order.
	Phases []string `json:"phases"`
	// Checkpoints counts recorded phases.
	Checkpoints int `json:"checkpoints"`
	// Done is set when the manifest has been written.
	Done      bool      `json:"done"`
	UpdatedAt time.Time `json:"updatedAt"`
}

// PhaseDone reports whether phase p is recorded as completed.
func (s *State) PhaseDone(p string) bool { return slices.Contains(s.Phases, p) }

// Record files the contracts of d (the dev token only when d deployed it).
func (s *State) Record(d *deploy.Deployment) {
	if s.Contracts == nil {
		s.Contracts = map[string]common.Address{}
	}
	if d.TokenDeployed {
		s.Contracts["Token"] = d.Token
	}
	for _, m := range deploy.Modules {
		if a := d.Implementations[m]; a != (common.Address{}) {
			s.Contracts[string(m)+".implementation"] = a
		}
		if a := d.Proxies[m]; a != (common.Address{}) {
			s.Contracts[string(m)+".proxy"] = a
		}
	}
}

// Deployment returns the recorded contracts as a deployment to resume
// (deploy.Options.Resume).
func (s *State) Deployment() *deploy.Deployment {
	d := &deploy.Deployment{Proxies: map[deploy.Module]common.Address{}, Implementations: map[deploy.Module]common.Address{}}
	if t, ok := s.Contracts["Token"]; ok {
		d.Token, d.TokenDeployed = t, true
	}
	for _, m := range deploy.Modules {
		if a, ok := s.Contracts[string(m)+".implementation"]; ok {
			d.Implementations[m] = a
		}
		if a, ok := s.Contracts[string(m)+".proxy"]; ok {
			d.Proxies[m] = a
		}
	}
	return d
}

// StatePath returns the default state file path beside a manifest: its
// path with ".state.json" instead of ".json".
func StatePath(manifestPath string) string {
	if base, ok := strings.CutSuffix(manifestPath, ".json"); ok {
		return base + ".state.json"
	}
	return manifestPath + ".state"
}

// LoadState reads a state file; a missing file returns nil and no error.
func LoadState(path string) (*State, error) {
	raw, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("deployment: state file: %w", err)
	}
	var s State
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, fmt.Errorf("deployment: state file %s is damaged (%v); move it away to start afresh", path, err)
	}
	if s.Contracts == nil {
		s.Contracts = map[string]common.Address{}
	}
	return &s, nil
}

// SaveState writes s to path atomically, creating the directory if needed.
func SaveState(path string, s *State) error {
	raw, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(path, append(raw, '\n'))
}
