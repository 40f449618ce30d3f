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
	"github.com/agijobs/agijobs-go/escrow"
)

// cursor is the last submitted result the committee handled on one chain
// and deployment, kept in the vote directory so that a restarted process
// goes on after it. The genesis hash tells a restarted dev chain, which
// deploys to the same addresses again, from the old one.
type cursor struct {
	Genesis common.Hash `json:"genesis"`
	Block   uint64      `json:"block"`
	Index   uint        `json:"index"`

	path string
}

// openCursor reads the cursor of this chain and ValidationModule from dir;
// a cursor of another chain (another genesis) is set aside, and a missing
// one is zero.
func openCursor(ctx context.Context, b chain.Backend, dir string, chainID *big.Int, validation common.Address) (*cursor, error) {
	g, err := b.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		return nil, fmt.Errorf("read the genesis block: %w", err)
	}
	c := &cursor{Genesis: g.Hash(), path: filepath.Join(dir, fmt.Sprintf("cursor-%v-%s.json", chainID, validation.Hex()))}
	raw, err := os.ReadFile(c.path)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return nil, err
	}
	var saved cursor
	if err := json.Unmarshal(raw, &saved); err != nil {
		return nil, fmt.Errorf("%s: %w; remove it to start from the deployment block", c.path, err)
	}
	if saved.Genesis == c.Genesis {
		c.Block, c.Index = saved.Block, saved.Index
	}
	return c, nil
}

// handled reports whether the event comes at or before the cursor.
func (c *cursor) handled(ev escrow.EventInfo) bool {
	if c == nil || c.Block == 0 {
		return false
	}
	return ev.Block < c.Block || (ev.Block == c.Block && ev.Index <= c.Index)
}

// save moves the cursor to ev and writes it durably (a temporary file
// renamed over the old one).
func (c *cursor) save(ev escrow.EventInfo) error {
	if c == nil {
		return nil
	}
	c.Block, c.Index = ev.Block, ev.Index
	raw, err := json.Marshal(c)
	if err != nil {
		return err
	}
	tmp := c.path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(append(raw, '\n')); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, c.path)
}
