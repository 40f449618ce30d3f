package safe_test

import (
	"context"
	"encoding/json"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/governance"
	"github.com/agijobs/agijobs-go/governance/internal/govtest"
	"github.com/agijobs/agijobs-go/governance/safe"
	"github.com/agijobs/agijobs-go/identity"
)

func sampleConfigs(t testing.TB) *governance.ModuleConfigs {
	t.Helper()
	mc, err := governance.LoadModuleConfigs(filepath.Join(govtest.RepoRoot(), "config"))
	require.NoError(t, err)
	return mc
}

// sign has owners k of s sign t and checks the threshold.
func sign(t testing.TB, s *govtest.Safe, tx *safe.Tx, info *safe.Info, owners ...int) []safe.Signature {
	t.Helper()
	hash, err := tx.Hash()
	require.NoError(t, err)
	var sigs []safe.Signature
	for _, k := range owners {
		sig, err := safe.Sign(hash, s.Owners[k])
		require.NoError(t, err)
		sigs = append(sigs, sig)
	}
	require.NoError(t, safe.CheckThreshold(hash, sigs, info))
	return sigs
}

func TestSafePlanEmbedded(t *testing.T) { testSafePlan(t, govtest.NewEmbedded(t)) }

func TestSafePlanAnvil(t *testing.T) { testSafePlan(t, govtest.NewAnvil(t)) }

// testSafePlan makes a real 2-of-3 Safe 1.4.1 the owner of every module,
// plans the sample configuration, checks the SDK's Safe transaction hash
// against the Safe's, executes with two signatures and plans again.
func testSafePlan(t *testing.T, e *govtest.Env) {
	ctx := context.Background()
	m := e.Deploy(t)
	s := e.DeploySafe(t)
	e.HandOver(t, m, s.Address)

	desired := sampleConfigs(t)
	desired.OwnerControl.Governance = s.Address
	desired.OwnerControl.MultiSendCallOnly = s.MultiSend
	// A 6-decimal escrow token with limits in its own units.
	usdc := e.TestToken(t, 6)
	stakeBps := uint64(800)
	desired.JobRegistry.AllowedTokens[usdc] = true
	desired.JobRegistry.TokenLimits[usdc] = governance.TokenLimits{MinReward: governance.MustUnits("1"), MaxReward: governance.MustUnits("250000"), StakeBps: &stakeBps}

	st, err := governance.ReadState(ctx, e.Backend, m, desired, governance.ReadOptions{})
	require.NoError(t, err)
	t.Logf("plan read: %d reads in %d round trip(s)", st.Reads, st.RoundTrips)
	plan, err := governance.NewPlan(st, desired)
	require.NoError(t, err)
	require.False(t, plan.Empty())
	assert.Empty(t, plan.Notes)
	for i, mod := range deploy.Modules {
		assert.Equal(t, "acceptOwnership", plan.Actions[i].Method, "first the Safe accepts %s", mod)
	}
	t.Logf("\n%s", plan.Table())

	info, err := safe.ReadInfo(ctx, e.Backend, s.Address)
	require.NoError(t, err)
	require.Equal(t, int64(2), info.Threshold.Int64())
	tx, err := safe.NewTx(plan, s.Address, s.MultiSend, info.Nonce)
	require.NoError(t, err)
	require.Equal(t, safe.OpDelegateCall, tx.Operation)
	hash, err := tx.Hash()
	require.NoError(t, err)
	onchain, err := safe.TransactionHash(ctx, e.Backend, tx)
	require.NoError(t, err)
	require.Equal(t, onchain, hash, "SDK hash must equal Safe.getTransactionHash")

	// Owners sign offline; the signatures are gathered in any order.
	r, err := safe.Execute(ctx, e.Mgr(0), tx, sign(t, s, tx, info, 2, 0))
	require.NoError(t, err)
	t.Logf("Safe execTransaction of %d actions: %d gas", len(plan.Actions), r.GasUsed)

	st2, err := governance.ReadState(ctx, e.Backend, m, desired, governance.ReadOptions{})
	require.NoError(t, err)
	again, err := governance.NewPlan(st2, desired)
	require.NoError(t, err)
	assert.Empty(t, again.Actions, "after executing, the plan is empty:\n%s", again.Table())
	for _, mod := range deploy.Modules {
		assert.Equal(t, s.Address, st2.Modules[mod].Owner)
	}
	checkBundle(t, plan, s.Address, m, usdc)
	jr := jobregistry.NewJobRegistry()
	cfg, err := jr.UnpackTokenConfig(e.Call(t, m.Address(deploy.JobRegistry), jr.PackTokenConfig(usdc)))
	require.NoError(t, err)
	assert.Equal(t, jobregistry.TokenConfigOutput{Decimals: 6, MinReward: big.NewInt(1_000_000), MaxReward: big.NewInt(250_000_000_000), StakeBps: big.NewInt(800)}, cfg, "executed through the Safe")
}

// checkBundle checks that the plan's Transaction Builder bundle
// round-trips with a valid checksum and configures the new token.
func checkBundle(t *testing.T, plan *governance.Plan, at common.Address, m *deployment.Manifest, usdc common.Address) {
	b, err := safe.NewBundle(plan, safe.BundleOptions{Safe: at})
	require.NoError(t, err)
	raw, err := json.Marshal(b)
	require.NoError(t, err)
	ok, err := safe.VerifyChecksum(raw)
	require.NoError(t, err)
	assert.True(t, ok)
	var cfgTx *safe.BundleTx
	for i, tx := range b.Transactions {
		if tx.ContractMethod.Name == "setTokenConfig" && tx.ContractInputsValues["token"] == usdc.Hex() {
			cfgTx = &b.Transactions[i]
		}
	}
	require.NotNil(t, cfgTx, "the bundle configures the new token")
	assert.Equal(t, []safe.MethodInput{
		{InternalType: "address", Name: "token", Type: "address"}, {InternalType: "uint256", Name: "minReward", Type: "uint256"},
		{InternalType: "uint256", Name: "maxReward", Type: "uint256"}, {InternalType: "uint256", Name: "stakeBps", Type: "uint256"},
	}, cfgTx.ContractMethod.Inputs)
	assert.Equal(t, map[string]string{"token": usdc.Hex(), "minReward": "1000000", "maxReward": "250000000000", "stakeBps": "800"}, cfgTx.ContractInputsValues)
	assert.Equal(t, m.Address(deploy.JobRegistry).Hex(), cfgTx.To)
}

// TestDeploySafeGovernance deploys with a Safe as governance: the
// deployment offers every module to it, and the acceptance plan executed
// through the Safe completes the hand-over.
func TestDeploySafeGovernance(t *testing.T) {
	e := govtest.NewEmbedded(t)
	ctx := context.Background()
	s := e.DeploySafe(t)
	cfg := governance.DefaultDeployerConfig(s.Address)
	cfg.Governance.Kind = deployment.KindSafe
	res, err := governance.Deploy(ctx, e.Mgr(0), cfg, governance.DeployOptions{ManifestPath: filepath.Join(t.TempDir(), "m.json")})
	require.NoError(t, err)
	require.NotNil(t, res.Acceptance)
	assert.True(t, res.Manifest.PendingAcceptance)
	require.Len(t, res.Acceptance.Actions, len(deploy.Modules)+1, "every module and the dev token")
	info, err := safe.ReadInfo(ctx, e.Backend, s.Address)
	require.NoError(t, err)
	tx, err := safe.NewTx(res.Acceptance, s.Address, s.MultiSend, info.Nonce)
	require.NoError(t, err)
	_, err = safe.Execute(ctx, e.Mgr(2), tx, sign(t, s, tx, info, 0, 1))
	require.NoError(t, err)
	after, err := governance.AcceptancePlan(ctx, e.Backend, res.Manifest, deployment.KindSafe)
	require.NoError(t, err)
	st, err := governance.ReadState(ctx, e.Backend, res.Manifest, nil, governance.ReadOptions{})
	require.NoError(t, err)
	for _, mod := range deploy.Modules {
		assert.Equal(t, s.Address, st.Modules[mod].Owner)
	}
	assert.Empty(t, after.Actions)
}

// TestIdentityPlanThroughSafe syncs the identity registry of a
// Safe-governed deployment: identity's plan becomes governance actions, one
// Safe transaction executes them, and a second sync finds nothing to do.
func TestIdentityPlanThroughSafe(t *testing.T) {
	e := govtest.NewEmbedded(t)
	ctx := context.Background()
	m := e.Deploy(t)
	s := e.DeploySafe(t)
	e.HandOver(t, m, s.Address)
	st, err := governance.ReadState(ctx, e.Backend, m, nil, governance.ReadOptions{})
	require.NoError(t, err)
	accept, err := governance.NewPlan(st, &governance.ModuleConfigs{OwnerControl: &governance.OwnerControl{Governance: s.Address, Kind: deployment.KindSafe}})
	require.NoError(t, err)

	ic, err := identity.New(identity.Config{Backend: e.Backend, Registry: m.Address(deploy.IdentityRegistry)})
	require.NoError(t, err)
	agent, validator := govtest.Signer(2).Address(), govtest.Signer(3).Address()
	cfg := &identity.RegistryConfig{
		Version:    identity.ConfigVersion,
		Agents:     identity.RoleConfig{Allowlist: []string{agent.Hex()}},
		Validators: identity.RoleConfig{Allowlist: []string{validator.Hex()}},
	}
	ip, err := ic.Sync(ctx, cfg, identity.SyncOptions{KeepUnlisted: true})
	require.NoError(t, err)
	require.Len(t, ip.Actions, 2, ip.String())
	actions, err := governance.IdentityActions(ip)
	require.NoError(t, err)
	assert.Equal(t, "addAdditionalAgent", actions[0].Method)
	assert.Equal(t, "addAdditionalAgent(address)", actions[0].Signature)
	assert.Equal(t, []string{agent.Hex()}, actions[0].ArgsText)
	assert.Equal(t, ip.Actions[0].Description, actions[0].Why)

	// The Safe accepts ownership and applies the identity plan in one
	// transaction.
	accept.Actions = append(accept.Actions, actions...)
	b, err := safe.NewBundle(accept, safe.BundleOptions{Safe: s.Address})
	require.NoError(t, err)
	last := b.Transactions[len(b.Transactions)-1]
	assert.Equal(t, "addAdditionalValidator", last.ContractMethod.Name)
	assert.Equal(t, map[string]string{"validator": validator.Hex()}, last.ContractInputsValues)
	info, err := safe.ReadInfo(ctx, e.Backend, s.Address)
	require.NoError(t, err)
	tx, err := safe.NewTx(accept, s.Address, s.MultiSend, info.Nonce)
	require.NoError(t, err)
	_, err = safe.Execute(ctx, e.Mgr(1), tx, sign(t, s, tx, info, 1, 2))
	require.NoError(t, err)

	again, err := ic.Sync(ctx, cfg, identity.SyncOptions{KeepUnlisted: true})
	require.NoError(t, err)
	assert.True(t, again.Empty(), again.String())
}

func TestNewTxRejectsBadInput(t *testing.T) {
	_, err := safe.NewTx(&governance.Plan{}, common.Address{}, common.Address{}, nil)
	require.ErrorIs(t, err, governance.ErrEmptyPlan)
	a, err := governance.NewAction(governance.ActionSpec{Module: deploy.JobRegistry, Method: "setFeePct", Args: []any{big.NewInt(1)}})
	require.NoError(t, err)
	_, err = safe.NewTx(&governance.Plan{Actions: []governance.Action{a}}, common.Address{}, common.Address{}, nil)
	require.ErrorContains(t, err, "Plan.ChainID")
}
