package governance

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
)

func sampleConfigs(t testing.TB) *ModuleConfigs {
	t.Helper()
	mc, err := LoadModuleConfigs(filepath.Join(repoRoot(t), "config"))
	require.NoError(t, err)
	return mc
}

// handOver offers every module to gov from the deployer (account 0).
func handOver(t testing.TB, e *env, m *Manifest, gov common.Address) {
	t.Helper()
	ctx := context.Background()
	for _, mod := range deploy.Modules {
		data := mustPack(mod, "transferOwnership", gov)
		to := m.Address(mod)
		_, err := e.mgr(0).Send(ctx, chain.TxCandidate{To: &to, Data: data, Label: "transferOwnership"})
		require.NoError(t, err)
	}
}

func TestSafePlanEmbedded(t *testing.T) { testSafePlan(t, newEmbeddedEnv(t)) }

func TestSafePlanAnvil(t *testing.T) { testSafePlan(t, newAnvilEnv(t)) }

// testSafePlan makes a real 2-of-3 Safe 1.4.1 the owner of every module,
// plans the sample configuration, checks the SDK's Safe transaction hash
// against the Safe's, executes with two signatures and plans again.
func testSafePlan(t *testing.T, e *env) {
	ctx := context.Background()
	m := deployProtocol(t, e)
	se := deploySafe(t, e)
	handOver(t, e, m, se.safe)

	desired := sampleConfigs(t)
	desired.OwnerControl.Governance = se.safe
	desired.OwnerControl.MultiSendCallOnly = se.multiSend
	// A 6-decimal escrow token with limits in its own units.
	usdc := deployTestToken(t, e, 6)
	desired.JobRegistry.AllowedTokens[usdc] = true
	desired.JobRegistry.TokenLimits[usdc] = TokenLimits{MinReward: MustUnits("1"), MaxReward: MustUnits("250000"), StakeBps: ptr[uint64](800)}

	st, err := ReadState(ctx, e.backend, m, desired, ReadOptions{})
	require.NoError(t, err)
	t.Logf("plan read: %d reads in %d round trip(s)", st.Reads, st.RoundTrips)
	plan, err := NewPlan(st, desired)
	require.NoError(t, err)
	require.False(t, plan.Empty())
	assert.Empty(t, plan.Notes)
	for i, mod := range deploy.Modules {
		assert.Equal(t, "acceptOwnership", plan.Actions[i].Method, "first the Safe accepts %s", mod)
	}
	t.Logf("\n%s", plan.Table())

	info, err := ReadSafe(ctx, e.backend, se.safe)
	require.NoError(t, err)
	require.Equal(t, int64(2), info.Threshold.Int64())
	tx, err := plan.SafeTx(se.safe, se.multiSend, info.Nonce)
	require.NoError(t, err)
	require.Equal(t, OpDelegateCall, tx.Operation)
	hash, err := tx.Hash()
	require.NoError(t, err)
	onchain, err := SafeTransactionHash(ctx, e.backend, tx)
	require.NoError(t, err)
	require.Equal(t, onchain, hash, "SDK hash must equal Safe.getTransactionHash")

	// Owners sign offline; the signatures are gathered in any order.
	var sigs []SafeSignature
	for _, k := range []int{2, 0} {
		s, err := SignSafeHash(hash, se.owners[k])
		require.NoError(t, err)
		sigs = append(sigs, s)
	}
	require.NoError(t, Threshold(hash, sigs, info))
	r, err := ExecuteSafe(ctx, e.mgr(0), tx, sigs)
	require.NoError(t, err)
	t.Logf("Safe execTransaction of %d actions: %d gas", len(plan.Actions), r.GasUsed)

	st2, err := ReadState(ctx, e.backend, m, desired, ReadOptions{})
	require.NoError(t, err)
	again, err := NewPlan(st2, desired)
	require.NoError(t, err)
	assert.Empty(t, again.Actions, "after executing, the plan is empty:\n%s", again.Table())
	for _, mod := range deploy.Modules {
		assert.Equal(t, se.safe, st2.Modules[mod].Owner)
	}

	// The bundle of the same plan round-trips with a valid checksum.
	b, err := plan.Bundle(BundleOptions{Safe: se.safe})
	require.NoError(t, err)
	raw, err := json.Marshal(b)
	require.NoError(t, err)
	ok, err := VerifyBundleChecksum(raw)
	require.NoError(t, err)
	assert.True(t, ok)
	path := filepath.Join(t.TempDir(), "bundle.json")
	require.NoError(t, os.WriteFile(path, raw, 0o644))
	var cfgTx *BundleTx
	for i, tx := range b.Transactions {
		if tx.ContractMethod.Name == "setTokenConfig" && tx.ContractInputsValues["token"] == usdc.Hex() {
			cfgTx = &b.Transactions[i]
		}
	}
	require.NotNil(t, cfgTx, "the bundle configures the new token")
	assert.Equal(t, []MethodInput{
		{InternalType: "address", Name: "token", Type: "address"}, {InternalType: "uint256", Name: "minReward", Type: "uint256"},
		{InternalType: "uint256", Name: "maxReward", Type: "uint256"}, {InternalType: "uint256", Name: "stakeBps", Type: "uint256"},
	}, cfgTx.ContractMethod.Inputs)
	assert.Equal(t, map[string]string{"token": usdc.Hex(), "minReward": "1000000", "maxReward": "250000000000", "stakeBps": "800"}, cfgTx.ContractInputsValues)
	assert.Equal(t, m.Address(deploy.JobRegistry).Hex(), cfgTx.To)
	cfg, err := call(ctx, e.backend, deploy.JobRegistry, m.Address(deploy.JobRegistry), "tokenConfig", usdc)
	require.NoError(t, err)
	assert.Equal(t, []any{uint8(6), big.NewInt(1_000_000), big.NewInt(250_000_000_000), big.NewInt(800)}, cfg, "executed through the Safe")
}
