package escrow

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/agijobs/agijobs-go/input"
)

// HeaderMismatchError means that go-ethereum's RLP encoding of a block
// header does not hash to the hash the node reports for that block: the
// node's headers carry a field, or a field encoding, that the go-ethereum
// version built into this program does not reproduce (typically a fork
// newer than the library, or a chain with its own header format). The
// ValidationModule would refuse such a header with InvalidHeader, so the
// committee draw cannot be sent from this program against this node.
type HeaderMismatchError struct {
	// Block is the block whose header was encoded.
	Block uint64
	// Encoded is keccak256 of go-ethereum's encoding of the header.
	Encoded common.Hash
	// Reported is the block hash the node reports (the parent hash of the
	// next block), which is what the EVM's blockhash returns.
	Reported common.Hash
}

// Error names the block, both hashes and the fix.
func (e *HeaderMismatchError) Error() string {
	if e == nil {
		return "<nil>"
	}
	return fmt.Sprintf("escrow: the header of block %d encodes to hash %s but the node reports the block's hash as %s: "+
		"the node's header has a field this build of go-ethereum does not encode; update github.com/ethereum/go-ethereum "+
		"to a version that knows the chain's current fork, or draw the committee through a node whose headers it encodes",
		e.Block, e.Encoded.Hex(), e.Reported.Hex())
}

// headerByHash is the optional capability of a backend to read a header by
// its hash (*ethclient.Client, *client.Conn and the embedded chain have it).
type headerByHash interface {
	HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error)
}

// HeaderRLP returns the header of block n, RLP-encoded as the chain hashes
// it (go-ethereum's rlp.EncodeToBytes of the *types.Header): the proof that
// selectValidatorsWithHeader takes for a round's selection block.
//
// It checks the encoding twice before returning it: it must hash to the
// header's own hash, and to the hash the node reports for block n, which is
// the parent hash of block n+1 (the value the EVM's blockhash(n) returns).
// Block n+1 must therefore be mined; the draw needs the head past n anyway.
// When the node's header cannot be reproduced it returns a
// *HeaderMismatchError naming both hashes. It costs two header reads.
func (c *Client) HeaderRLP(ctx context.Context, n uint64) ([]byte, error) {
	if c == nil || c.backend == nil {
		return nil, input.Unbuilt("escrow.Client", "escrow.New")
	}
	next, err := c.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(n+1))
	if errors.Is(err, ethereum.NotFound) || (err == nil && next == nil) {
		return nil, fmt.Errorf("escrow: header of block %d: block %d is not mined yet, and the node reports a block's hash only as the next block's parent hash; wait until the head is past %d (Client.WaitForBlock)", n, n+1, n)
	}
	if err != nil {
		return nil, fmt.Errorf("escrow: read header %d: %w", n+1, err)
	}
	// Reading block n by the hash that block n+1 names keeps both reads on
	// the same branch, even if the chain reorganises in between.
	var h *types.Header
	if hb, ok := c.backend.(headerByHash); ok {
		h, err = hb.HeaderByHash(ctx, next.ParentHash)
	} else {
		h, err = c.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	}
	if err == nil && h == nil {
		err = ethereum.NotFound
	}
	if err != nil {
		return nil, fmt.Errorf("escrow: read header %d: %w", n, err)
	}
	if h.Number == nil || h.Number.Uint64() != n {
		return nil, fmt.Errorf("escrow: the node returned header %v for block %d (hash %s)", h.Number, n, next.ParentHash.Hex())
	}
	enc, err := rlp.EncodeToBytes(h)
	if err != nil {
		return nil, fmt.Errorf("escrow: RLP-encode header %d: %w", n, err)
	}
	got := crypto.Keccak256Hash(enc)
	if got != h.Hash() {
		return nil, fmt.Errorf("escrow: the RLP encoding of header %d hashes to %s, not to the header's own hash %s; go-ethereum's header encoding is inconsistent", n, got.Hex(), h.Hash().Hex())
	}
	if got != next.ParentHash {
		return nil, &HeaderMismatchError{Block: n, Encoded: got, Reported: next.ParentHash}
	}
	return enc, nil
}
