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
// the contracts created so far, the creations sent and not seen mined yet,
// and the phases completed, so that a run killed at any point and
// restarted with the same config deploys nothing twice. It is written
// before every contract creation is sent and after every phase.
type State struct {
	ChainID uint64 `json:"chainId"`
	// Genesis is the hash of the chain's block 0, which tells apart the
	// chains that share a chain id (every anvil is 31337, and a restarted
	// one is a new chain). Files written before it existed have none.
	Genesis    common.Hash    `json:"genesis,omitzero"`
	Deployer   common.Address `json:"deployer"`
	Governance common.Address `json:"governance"`
	// ConfigHash fingerprints the config the deployment started with.
	ConfigHash common.Hash `json:"configHash"`
	// Contracts maps "Token" (present when the dev token was deployed),
	// "<Module>.implementation" and "<Module>.proxy" to the address of each
	// contract created so far.
	Contracts map[string]common.Address `json:"contracts"`
	// Sent maps the same names to the creations handed to the node whose
	// contracts were not seen on chain yet: the address the deployer's
	// nonce gives each. A resumed run looks for them there.
	Sent map[string]SentContract `json:"sent,omitempty"`
	// Phases lists the completed phases in order.
	Phases []string `json:"phases"`
	// Checkpoints counts recorded phases.
	Checkpoints int `json:"checkpoints"`
	// Done is set when the manifest has been written.
	Done      bool      `json:"done"`
	UpdatedAt time.Time `json:"updatedAt"`
}

// SentContract is a contract creation handed to the node: the address its
// contract gets and the deployer's nonce it takes.
type SentContract struct {
	Address common.Address `json:"address"`
	Nonce   uint64         `json:"nonce"`
}

// PhaseDone reports whether phase p is recorded as completed.
func (s *State) PhaseDone(p string) bool {
	if s == nil {
		return false
	}
	return slices.Contains(s.Phases, p)
}

// Record files the contracts of d (the dev token only when d deployed it)
// and replaces the creations in flight with d's.
func (s *State) Record(d *deploy.Deployment) {
	if s == nil {
		return
	}
	if s.Contracts == nil {
		s.Contracts = map[string]common.Address{}
	}
	for name, a := range d.Contracts() {
		s.Contracts[name] = a
	}
	s.Sent = nil
	for name, c := range d.Sent {
		s.RecordSending(deploy.Creation{Contract: name, Address: c.Address, Nonce: c.Nonce})
	}
}

// RecordSending files a creation about to be sent (deploy.Options.Sending).
func (s *State) RecordSending(c deploy.Creation) {
	if s == nil {
		return
	}
	if s.Sent == nil {
		s.Sent = map[string]SentContract{}
	}
	s.Sent[c.Contract] = SentContract{Address: c.Address, Nonce: c.Nonce}
}

// Deployment returns the recorded contracts and creations in flight as a
// deployment to resume (deploy.Options.Resume).
func (s *State) Deployment() *deploy.Deployment {
	if s == nil {
		return nil
	}
	d := &deploy.Deployment{Proxies: map[deploy.Module]common.Address{}, Implementations: map[deploy.Module]common.Address{},
		Sent: map[string]deploy.Creation{}}
	for name, a := range s.Contracts {
		d.SetContract(name, a)
	}
	for name, c := range s.Sent {
		d.Sent[name] = deploy.Creation{Contract: name, Address: c.Address, Nonce: c.Nonce}
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
