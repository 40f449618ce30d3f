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

// followState is where the validators resume following submitted
// results, in the -state file. The votes themselves, with their salts,
// are in the vote directory (-votes), saved before each commit.
type followState struct {
	// ChainID, Genesis and ValidationModule say which deployment the
	// cursor belongs to: a state of another chain (a restarted dev chain
	// reproduces the addresses) or deployment is refused.
	ChainID          string         `json:"chainId"`
	Genesis          common.Hash    `json:"genesis"`
	ValidationModule common.Address `json:"validationModule"`
	// FromBlock is the first block read on a restart: the block of the
	// oldest submission not yet seen through (its round tallied). It never
	// moves past a job in progress; a restart reads the submissions of
	// that block again and skips the rounds already tallied.
	FromBlock uint64 `json:"fromBlock"`

	path string // "" keeps the state in memory only
}

// openState reads the state at path, or returns want as a new state when
// there is none. A state of another chain or deployment is an error
// naming the file and the fix.
func openState(path string, want followState) (*followState, error) {
	want.path = path
	raw, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &want, os.MkdirAll(filepath.Dir(path), 0o700)
	case err != nil:
		return nil, err
	}
	var st followState
	if err := json.Unmarshal(raw, &st); err != nil {
		return nil, fmt.Errorf("validator state %s: %w; remove it or pass another -state", path, err)
	}
	if st.ChainID != want.ChainID || st.Genesis != want.Genesis || st.ValidationModule != want.ValidationModule {
		return nil, fmt.Errorf("validator state %s belongs to ValidationModule %s of chain %s (genesis %s), not to ValidationModule %s of chain %s (genesis %s); remove it or pass another -state",
			path, st.ValidationModule.Hex(), st.ChainID, st.Genesis.Hex(), want.ValidationModule.Hex(), want.ChainID, want.Genesis.Hex())
	}
	st.path = path
	return &st, nil
}

// save writes the state durably: to a temporary file, synced, renamed over
// the old one. A state without a path is not written.
func (st *followState) save() error {
	if st.path == "" {
		return nil
	}
	raw, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(st.path), filepath.Base(st.path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("save the validator state: %w", err)
	}
	_, werr := f.Write(append(raw, '\n'))
	serr := f.Sync()
	cerr := f.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		_ = os.Remove(f.Name())
		return fmt.Errorf("save the validator state: %w", err)
	}
	if err := os.Rename(f.Name(), st.path); err != nil {
		_ = os.Remove(f.Name())
		return fmt.Errorf("save the validator state: %w", err)
	}
	return nil
}

// defaultStatePath is where the validators keep their state by default:
// ~/.agijobs/validator/<chain id>-<genesis hash>/<first validator>-<ValidationModule>.json.
func defaultStatePath(chainID *big.Int, genesis common.Hash, validator, vm common.Address) string {
	home, err := os.UserHomeDir()
	if err != nil {
		home = "."
	}
	return filepath.Join(home, ".agijobs", "validator", fmt.Sprintf("%v-%s", chainID, genesis.Hex()[:10]), validator.Hex()+"-"+vm.Hex()+".json")
}
