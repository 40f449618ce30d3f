package chain

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
)

// TestEmbeddedBatch: the embedded chain answers batches of reads as a node
// would, per-element errors included, and refuses anything else.
func TestEmbeddedBatch(t *testing.T) {
	e, err := NewEmbedded(EmbeddedConfig{Accounts: 1})
	require.NoError(t, err)
	defer e.Close()
	e.Commit()
	b, ok := e.Backend().(interface {
		BatchCallContext(context.Context, []rpc.BatchElem) error
	})
	require.True(t, ok, "the embedded backend batches")
	var (
		head  hexutil.Uint64
		id    hexutil.Big
		code  hexutil.Bytes
		other hexutil.Bytes
	)
	elems := []rpc.BatchElem{
		{Method: "eth_blockNumber", Result: &head},
		{Method: "eth_chainId", Result: &id},
		{Method: "eth_call", Args: []any{map[string]any{"to": common.Address{0x1}, "input": hexutil.Bytes{}}, "latest"}, Result: &code},
		{Method: "eth_sendRawTransaction", Args: []any{"0x00"}, Result: &other},
		{Method: "eth_call", Args: []any{"not a call"}, Result: &other},
	}
	require.NoError(t, b.BatchCallContext(context.Background(), elems))
	require.NoError(t, elems[0].Error)
	require.Equal(t, hexutil.Uint64(1), head)
	require.NoError(t, elems[1].Error)
	require.Equal(t, int64(1337), id.ToInt().Int64())
	require.NoError(t, elems[2].Error)
	require.Empty(t, code, "a call to an account without code returns nothing")
	require.ErrorContains(t, elems[3].Error, "not supported")
	require.ErrorContains(t, elems[4].Error, "arguments")
}
