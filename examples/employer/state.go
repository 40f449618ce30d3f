package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
)

// jobState is what the employer remembers of the job it posts, in the
// -state file. Everything that decides the job (its spec hash, from its
// reward, token and deadline) and the block to look for it from are saved
// before createJob is sent, and the job's id as soon as it is known, so
// that a restarted employer sees its own job through and never posts a
// second one.
type jobState struct {
	// ChainID, Genesis, JobRegistry and Employer say whose job it is: a
	// state of another chain (a restarted dev chain reproduces the
	// addresses), deployment or account is refused.
	ChainID     string         `json:"chainId"`
	Genesis     common.Hash    `json:"genesis"`
	JobRegistry common.Address `json:"jobRegistry"`
	Employer    common.Address `json:"employer"`
	// FromBlock was the head before createJob was sent: a job created by
	// this state is in a later block.
	FromBlock uint64 `json:"fromBlock,omitempty"`
	// Reward, Token and Deadline (Unix seconds) fix the spec; SpecHash is
	// its hash, which createJob records.
	Reward   *big.Int       `json:"reward,omitempty"`
	Token    common.Address `json:"token,omitempty"`
	Deadline int64          `json:"deadline,omitempty"`
	SpecHash common.Hash    `json:"specHash,omitempty"`
	// JobID is the job once createJob is mined.
	JobID *big.Int `json:"jobId,omitempty"`
	// Done is set once the job ended and the outcome was reported: the
	// next run posts a new job.
	Done bool `json:"done,omitempty"`

	path string // "" keeps the state in memory only
}

// openState reads the state at path, or starts a new one when there is
// none or its job is done. A state that belongs to another chain,
// deployment or employer is an error naming the file and the fix.
func openState(path string, want jobState) (*jobState, error) {
	st := want
	st.path = path
	raw, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &st, os.MkdirAll(filepath.Dir(path), 0o700)
	case err != nil:
		return nil, err
	}
	var old jobState
	if err := json.Unmarshal(raw, &old); err != nil {
		return nil, fmt.Errorf("employer state %s: %w; remove it or pass another -state", path, err)
	}
	if old.ChainID != want.ChainID || old.Genesis != want.Genesis || old.JobRegistry != want.JobRegistry || old.Employer != want.Employer {
		return nil, fmt.Errorf("employer state %s belongs to employer %s on JobRegistry %s of chain %s (genesis %s), not to employer %s on JobRegistry %s of chain %s (genesis %s); remove it or pass another -state",
			path, old.Employer.Hex(), old.JobRegistry.Hex(), old.ChainID, old.Genesis.Hex(), want.Employer.Hex(), want.JobRegistry.Hex(), want.ChainID, want.Genesis.Hex())
	}
	if old.Done {
		return &st, nil
	}
	old.path = path
	return &old, nil
}

// save writes the state durably: to a temporary file, synced, renamed over
// the old one. A state without a path is not written.
func (st *jobState) save() error {
	if st.path == "" {
		return nil
	}
	raw, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(st.path), filepath.Base(st.path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("save the employer state: %w", err)
	}
	_, werr := f.Write(append(raw, '\n'))
	serr := f.Sync()
	cerr := f.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		_ = os.Remove(f.Name())
		return fmt.Errorf("save the employer state: %w", err)
	}
	if err := os.Rename(f.Name(), st.path); err != nil {
		_ = os.Remove(f.Name())
		return fmt.Errorf("save the employer state: %w", err)
	}
	return nil
}

// defaultStatePath is where an employer keeps its state by default:
// ~/.agijobs/employer/<chain id>-<genesis hash>/<employer>-<JobRegistry>.json,
// one file per chain, deployment and employer.
func defaultStatePath(chainID *big.Int, genesis common.Hash, employer, jobRegistry common.Address) string {
	home, err := os.UserHomeDir()
	if err != nil {
		home = "."
	}
	return filepath.Join(home, ".agijobs", "employer", fmt.Sprintf("%v-%s", chainID, genesis.Hex()[:10]), employer.Hex()+"-"+jobRegistry.Hex()+".json")
}
