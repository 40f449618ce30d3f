package chaintest

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/rlp"

	"github.com/agijobs/agijobs-go/contracts/deploy"
)

// SelectionBlock returns the target block of job id's pending draw.
func (p *Protocol) SelectionBlock(t testing.TB, id *big.Int) uint64 {
	t.Helper()
	r := Call(t, p.Chain, p.Addr(deploy.ValidationModule), p.VM.PackRound(id), p.VM.UnpackRound)
	return r.SelectionBlock.Uint64()
}

// HeaderRLP returns block n's header, RLP-encoded as the chain hashes it.
func (c *Chain) HeaderRLP(t testing.TB, n uint64) []byte {
	t.Helper()
	h, err := c.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
	if err != nil {
		t.Fatalf("chaintest: header %d: %v", n, err)
	}
	enc, err := rlp.EncodeToBytes(h)
	if err != nil {
		t.Fatalf("chaintest: encode header %d: %v", n, err)
	}
	return enc
}

// SelectCall mines up to one block past job id's selection block and returns
// the selectValidatorsWithHeader call data carrying that block's header.
func (p *Protocol) SelectCall(t testing.TB, id *big.Int) []byte {
	t.Helper()
	target := p.SelectionBlock(t, id)
	for p.Head(t) <= target {
		p.Mine(1)
	}
	return p.VM.PackSelectValidatorsWithHeader(id, p.HeaderRLP(t, target))
}

// Head returns the current block number.
func (c *Chain) Head(t testing.TB) uint64 {
	t.Helper()
	n, err := c.Client.BlockNumber(context.Background())
	if err != nil {
		t.Fatalf("chaintest: head: %v", err)
	}
	return n
}
