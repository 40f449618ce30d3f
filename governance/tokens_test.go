package governance

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/agijobs/agijobs-go/contracts/deploy"
)

// TestNeedsRecord covers token states the current contracts only reach
// through an upgrade from the first release: allowlisted without a config,
// and limits set while the decimals were never recorded.
func TestNeedsRecord(t *testing.T) {
	six := uint8(6)
	limits := TokenParams{MinReward: big.NewInt(1e6), MaxReward: deploy.MaxReward, StakeBps: big.NewInt(500)}
	zero := TokenParams{MinReward: big.NewInt(0), MaxReward: big.NewInt(0), StakeBps: big.NewInt(0)}
	assert.True(t, (&EscrowToken{Allowed: true, Config: zero, Decimals: &six}).needsRecord(), "never recorded")
	assert.True(t, (&EscrowToken{Allowed: true, Config: limits, Decimals: &six}).needsRecord(), "limits without decimals")
	limits.Decimals = 6
	assert.False(t, (&EscrowToken{Allowed: true, Config: limits, Decimals: &six}).needsRecord())
	assert.Equal(t, "min 1, max no limit, stake 500 bps", limits.String())
}
