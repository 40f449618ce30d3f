package sandbox

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/governance"
	"github.com/agijobs/agijobs-go/governance/safe"
)

// TestDefaultGovernanceIsARealSafe: with no flags the sandbox's governance
// is a Safe 1.4.1 (as config/owner-control.json says), which owns every
// module, and the MultiSendCallOnly the committed config names has code.
func TestDefaultGovernanceIsARealSafe(t *testing.T) {
	ctx := context.Background()
	tg, err := Flags{}.Open(ctx, true)
	require.NoError(t, err)
	defer tg.Close()
	m, b := tg.Manifest, tg.Client.Backend()
	assert.Equal(t, deployment.KindSafe, m.GovernanceKind)
	assert.False(t, m.PendingAcceptance)
	info, err := safe.ReadInfo(ctx, b, m.Governance)
	require.NoError(t, err)
	assert.Equal(t, "1.4.1", info.Version)
	assert.Equal(t, int64(Threshold), info.Threshold.Int64())
	for i, o := range SafeOwners() {
		assert.Equal(t, chain.DevSigner(o).Address(), info.Owners[i])
	}
	assert.Equal(t, int64(1), info.Nonce.Int64(), "the Safe accepted the modules in one transaction")
	code, err := b.CodeAt(ctx, governance.CanonicalMultiSendCallOnly, nil)
	require.NoError(t, err)
	assert.NotEmpty(t, code)
	st, err := governance.ReadState(ctx, b, m, nil, governance.ReadOptions{})
	require.NoError(t, err)
	for _, mod := range deploy.Modules {
		assert.Equal(t, m.Governance, st.Modules[mod].Owner, "%s", mod)
		if p := st.Modules[mod].Paused; p != nil {
			assert.True(t, *p, "%s paused on launch", mod)
		}
	}

	// Execute goes through the Safe: its owners sign, the deployer relays.
	resume, err := governance.EmergencyPlan(ctx, b, m, m.GovernanceKind, false)
	require.NoError(t, err)
	how, err := tg.Execute(ctx, resume)
	require.NoError(t, err)
	assert.Contains(t, how, "through Safe "+m.Governance.Hex())
	again, err := governance.EmergencyPlan(ctx, b, m, m.GovernanceKind, false)
	require.NoError(t, err)
	assert.Empty(t, again.Actions, "resumed")
}

func TestEOAGovernance(t *testing.T) {
	ctx := context.Background()
	tg, err := Flags{Governance: deployment.KindEOA}.Open(ctx, true)
	require.NoError(t, err)
	defer tg.Close()
	assert.Equal(t, tg.Deployer.Address(), tg.Manifest.Governance)
	resume, err := governance.EmergencyPlan(ctx, tg.Client.Backend(), tg.Manifest, deployment.KindEOA, false)
	require.NoError(t, err)
	how, err := tg.Execute(ctx, resume)
	require.NoError(t, err)
	assert.Contains(t, how, "from governance "+tg.Deployer.Address().Hex())
}
