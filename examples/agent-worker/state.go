package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/chain"
)

// defaultStatePath returns where an agent keeps its worker state by
// default: ~/.agijobs/agent-worker/<chain id>-<genesis hash>/<agent>-<JobRegistry>.json.
// The genesis hash keeps the state of a restarted dev chain (anvil, which
// deploys to the same addresses again) apart from the old chain's.
func defaultStatePath(ctx context.Context, b chain.Backend, chainID *big.Int, agent, jobRegistry common.Address) (string, error) {
	g, err := b.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		return "", fmt.Errorf("read the genesis block: %w", err)
	}
	home, err := os.UserHomeDir()
	if err != nil {
		home = "."
	}
	ch := fmt.Sprintf("%v-%s", chainID, g.Hash().Hex()[:10])
	return filepath.Join(home, ".agijobs", "agent-worker", ch, agent.Hex()+"-"+jobRegistry.Hex()+".json"), nil
}

// chainMark identifies the chain a worker state file belongs to.
type chainMark struct {
	ChainID string      `json:"chainId"`
	Genesis common.Hash `json:"genesis"`
}

// bindState ties the worker state file at path to the chain: on first use
// it creates the directory and records the chain id and genesis hash in
// path+".chain", later it refuses a state file recorded on another chain.
// The worker itself checks the agent and JobRegistry a state file belongs
// to, but a restarted dev chain reproduces both: its old cursor and jobs
// would silently skip the new chain's jobs.
func bindState(ctx context.Context, b chain.Backend, chainID *big.Int, path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	g, err := b.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		return fmt.Errorf("read the genesis block: %w", err)
	}
	here := chainMark{ChainID: chainID.String(), Genesis: g.Hash()}
	markPath := path + ".chain"
	_, err = os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		// A new state: (re)bind it below.
	case err != nil:
		return err
	default:
		raw, err := os.ReadFile(markPath)
		if err == nil {
			var m chainMark
			if err := json.Unmarshal(raw, &m); err != nil {
				return fmt.Errorf("%s: %w; remove it to bind the state to this chain", markPath, err)
			}
			if m != here {
				return fmt.Errorf("worker state %s belongs to chain %s with genesis %s, not to this chain %s with genesis %s (a restarted dev chain?); remove it or pass another -state",
					path, m.ChainID, m.Genesis.Hex(), here.ChainID, here.Genesis.Hex())
			}
			return nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	raw, err := json.Marshal(here)
	if err != nil {
		return err
	}
	return os.WriteFile(markPath, append(raw, '\n'), 0o600)
}
