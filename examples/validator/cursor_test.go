package main

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/governance/safe"
)

// TestCursor: the cursor survives a restart on the same chain, marks
// every event up to it handled (the same block's later logs are not), and
// one of another chain (another genesis) is set aside.
func TestCursor(t *testing.T) {
	ctx := context.Background()
	ch, err := chain.NewEmbedded(chain.EmbeddedConfig{})
	require.NoError(t, err)
	defer ch.Close()
	dir, vm := t.TempDir(), common.HexToAddress("0x1234")
	c, err := openCursor(ctx, ch.Backend(), dir, big.NewInt(1337), vm)
	require.NoError(t, err)
	assert.Zero(t, c.Block, "no cursor yet")
	assert.False(t, c.handled(escrow.EventInfo{Block: 1}))
	require.NoError(t, c.save(escrow.EventInfo{Block: 7, Index: 2}))

	again, err := openCursor(ctx, ch.Backend(), dir, big.NewInt(1337), vm)
	require.NoError(t, err)
	assert.Equal(t, uint64(7), again.Block)
	for ev, want := range map[escrow.EventInfo]bool{
		{Block: 6, Index: 9}: true, {Block: 7, Index: 2}: true, {Block: 7, Index: 3}: false, {Block: 8}: false,
	} {
		assert.Equal(t, want, again.handled(ev), "%+v", ev)
	}
	var none *cursor // the embedded run keeps none
	assert.False(t, none.handled(escrow.EventInfo{Block: 1}))
	require.NoError(t, none.save(escrow.EventInfo{Block: 1}))

	// A new chain (a restarted anvil) reuses the addresses, not the cursor.
	other, err := chain.NewEmbedded(chain.EmbeddedConfig{Alloc: safe.DevAlloc()})
	require.NoError(t, err)
	defer other.Close()
	fresh, err := openCursor(ctx, other.Backend(), dir, big.NewInt(1337), vm)
	require.NoError(t, err)
	assert.Zero(t, fresh.Block, "a cursor of another genesis is set aside")
}
