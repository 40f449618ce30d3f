package deploy

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/contracts"
)

// decimalsBackend answers every decimals() call with 6; tokenPlans needs
// nothing else.
type decimalsBackend struct{}

func (decimalsBackend) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	return common.LeftPadBytes([]byte{6}, 32), nil
}

// TestTokenPlansFromCommittedAllowlist resolves the committed mainnet
// allowlist: its minReward in token units, overridden field by field by
// Params.TokenLimits.
func TestTokenPlansFromCommittedAllowlist(t *testing.T) {
	entries := contracts.DefaultAllowlistEntries(big.NewInt(1))
	require.NotEmpty(t, entries)
	usdc := entries[0].Address
	p := DefaultParams()
	plans, err := tokenPlans(context.Background(), decimalsBackend{}, Options{}, p, big.NewInt(1), common.Address{})
	require.NoError(t, err)
	require.Len(t, plans, len(entries))
	require.Equal(t, uint8(6), plans[0].decimals)
	require.Equal(t, "1000000", plans[0].min.String(), "1 USDC")
	require.Equal(t, MaxReward, plans[0].max)
	require.EqualValues(t, DefaultStakeBps, plans[0].stakeBps.Int64())

	bps := uint64(300)
	p.TokenLimits = map[common.Address]TokenLimits{usdc: {MaxReward: "5000", StakeBps: &bps}}
	plans, err = tokenPlans(context.Background(), decimalsBackend{}, Options{}, p, big.NewInt(1), common.Address{})
	require.NoError(t, err)
	require.Equal(t, "1000000", plans[0].min.String(), "the allowlist's floor stays")
	require.Equal(t, "5000000000", plans[0].max.String())
	require.EqualValues(t, 300, plans[0].stakeBps.Int64())
}
