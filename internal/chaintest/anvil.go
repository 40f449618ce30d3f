package chaintest

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agijobs/agijobs-go/internal/testenv"
)

// NewAnvil starts a real anvil node (skipped or failed as internal/testenv
// decides when the binary is missing) and funds the same deterministic
// accounts as New, so that the same transactions cost the same gas on both.
func NewAnvil(t testing.TB) *Chain {
	t.Helper()
	node := testenv.StartAnvil(t)
	rc, err := rpc.DialContext(context.Background(), node.URL)
	if err != nil {
		t.Fatalf("chaintest: dial anvil: %v", err)
	}
	t.Cleanup(rc.Close)
	c := &Chain{Client: ethclient.NewClient(rc)}
	balance := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	for i := 0; i < Accounts; i++ {
		k := Key(i)
		c.Keys = append(c.Keys, k)
		a := addressOf(k)
		c.Accounts = append(c.Accounts, a)
		if err := rc.Call(nil, "anvil_setBalance", a, hexutil.EncodeBig(balance)); err != nil {
			t.Fatalf("chaintest: anvil_setBalance: %v", err)
		}
	}
	c.adjust = func(d time.Duration) error {
		if err := rc.Call(nil, "evm_increaseTime", int64(d/time.Second)); err != nil {
			return err
		}
		return rc.Call(nil, "evm_mine")
	}
	mine := func() { _ = rc.Call(nil, "evm_mine") }
	c.commit = func() {} // anvil automines
	c.mineEmpty = mine
	id, err := c.Client.ChainID(context.Background())
	if err != nil {
		t.Fatalf("chaintest: chain id: %v", err)
	}
	c.ChainID = id
	return c
}
