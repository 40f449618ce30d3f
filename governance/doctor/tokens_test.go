package doctor

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/agialphatoken"
	"github.com/agijobs/agijobs-go/contracts/bindings/feepool"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/moduleproxy"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/governance"
	"github.com/agijobs/agijobs-go/governance/internal/govtest"
	"path/filepath"
)

func check(r *Report, id string) Check {
	for _, c := range r.Checks {
		if c.ID == id {
			return c
		}
	}
	return Check{}
}

func methods(p *governance.Plan) []string {
	var out []string
	for _, a := range p.Actions {
		out = append(out, a.Method)
	}
	return out
}

// plan reads the chain and plans desired, failing the test on error.
func plan(t testing.TB, e *govtest.Env, m *deployment.Manifest, desired *governance.ModuleConfigs) *governance.Plan {
	t.Helper()
	st, err := governance.ReadState(context.Background(), e.Backend, m, desired, governance.ReadOptions{})
	require.NoError(t, err)
	p, err := governance.NewPlan(st, desired)
	require.NoError(t, err)
	return p
}

func execute(t testing.TB, e *govtest.Env, p *governance.Plan) {
	t.Helper()
	_, err := governance.ExecuteDirect(context.Background(), e.Mgr(0), p)
	require.NoError(t, err)
}

// TestTokenLimitsPlanAndDoctor allowlists a 6-decimal token with limits in
// its own units, breaks its floor so that a committee seat earns nothing,
// and has the doctor name the parameter and the owner plan repair it.
func TestTokenLimitsPlanAndDoctor(t *testing.T) {
	e := govtest.NewEmbedded(t)
	ctx := context.Background()
	m := e.Deploy(t)
	usdc := e.TestToken(t, 6)
	desired := &governance.ModuleConfigs{
		OwnerControl: &governance.OwnerControl{Kind: deployment.KindEOA},
		JobRegistry: &governance.JobRegistryConfig{
			AllowedTokens: map[common.Address]bool{usdc: true},
			TokenLimits:   map[common.Address]governance.TokenLimits{usdc: {MinReward: governance.MustUnits("0.5"), MaxReward: governance.MustUnits("100000"), StakeBps: ptr[uint64](800)}},
		},
	}
	p := plan(t, e, m, desired)
	require.Equal(t, []string{"setTokenAllowed", "setTokenConfig"}, methods(p), p.Table())
	cfg := p.Actions[1]
	assert.Equal(t, []string{usdc.Hex(), "500000", "100000000000", "800"}, cfg.ArgsText)
	assert.Equal(t, "min 1, max no limit, stake 500 bps", cfg.Current, "the defaults setTokenAllowed records")
	assert.Equal(t, "min 0.5, max 100000, stake 800 bps", cfg.Desired)
	assert.Equal(t, "tokenLimits."+usdc.Hex(), cfg.Label)
	execute(t, e, p)
	assert.Empty(t, plan(t, e, m, desired).Actions)

	rep, err := Run(ctx, e.Backend, Input{Manifest: m, Desired: desired})
	require.NoError(t, err)
	assert.Zero(t, rep.Summary.Fail, rep.Text())
	for _, id := range []string{"config", "minReward", "stakeBps", "feeToken"} {
		assert.Equal(t, Pass, check(rep, "token."+usdc.Hex()+"."+id).Status, id)
	}
	assert.Contains(t, check(rep, "token."+usdc.Hex()+".config").Details, "6 decimals, min 0.5, max 100000, stake 800 bps")
	assert.Equal(t, "2 of 16 fee-token slots are taken", check(rep, "feePool.feeTokens").Details)

	// A floor of one smallest unit pays each of 3 seats 1 * 10 / 100 / 3 = 0.
	jr := m.Address(deploy.JobRegistry)
	e.Send(t, 0, jr, jobregistry.NewJobRegistry().PackSetTokenConfig(usdc, big.NewInt(1), big.NewInt(1e12), big.NewInt(800)))
	rep, err = Run(ctx, e.Backend, Input{Manifest: m, Desired: desired})
	require.NoError(t, err)
	c := check(rep, "token."+usdc.Hex()+".minReward")
	assert.Equal(t, Fail, c.Status, rep.Text())
	assert.Contains(t, c.Details, "tokenConfig.minReward 0.000001) pays each of 3 committee seats 0")
	assert.Contains(t, c.Fix, "raise tokenConfig.minReward to at least 0.00003 with JobRegistry.setTokenConfig (job-registry.json tokenLimits."+usdc.Hex()+".minReward)")
	assert.Equal(t, 1, rep.ExitCode(false))
	t.Log("\n" + rep.Text())

	// The plan restores the configured limits; a floor the plan itself
	// would set too low is noted.
	fix := plan(t, e, m, desired)
	require.Equal(t, []string{"setTokenConfig"}, methods(fix))
	low := &governance.ModuleConfigs{OwnerControl: desired.OwnerControl, JobRegistry: &governance.JobRegistryConfig{
		TokenLimits: map[common.Address]governance.TokenLimits{usdc: {MinReward: governance.MustUnits("0.00001")}},
	}}
	assert.Contains(t, strings.Join(plan(t, e, m, low).Notes, "\n"), "raise tokenLimits."+usdc.Hex()+" to at least 0.00003")
	execute(t, e, fix)
	rep, err = Run(ctx, e.Backend, Input{Manifest: m, Desired: desired})
	require.NoError(t, err)
	assert.Zero(t, rep.Summary.Fail, rep.Text())

	// Limits in units the token cannot express are refused by the plan.
	bad := &governance.ModuleConfigs{OwnerControl: desired.OwnerControl, JobRegistry: &governance.JobRegistryConfig{
		TokenLimits: map[common.Address]governance.TokenLimits{usdc: {MinReward: governance.MustUnits("0.0000001")}},
	}}
	st, err := governance.ReadState(ctx, e.Backend, m, bad, governance.ReadOptions{})
	require.NoError(t, err)
	_, err = governance.NewPlan(st, bad)
	require.ErrorContains(t, err, "job-registry.json tokenLimits."+usdc.Hex()+`: "0.0000001" has more decimals than the token's 6`)

	// The stake token: minJobReward, maxJobReward and jobStakeBps make one
	// setTokenConfig; jobStakeBps also applies to the listed tokens.
	stake := &governance.ModuleConfigs{OwnerControl: desired.OwnerControl, JobRegistry: &governance.JobRegistryConfig{
		MinJobReward: governance.MustTokens("3"), JobStakeBps: ptr[uint64](900), AllowedTokens: map[common.Address]bool{usdc: true},
	}}
	sp := plan(t, e, m, stake)
	require.Equal(t, []string{"setTokenConfig", "setTokenConfig"}, methods(sp), sp.Table())
	assert.Equal(t, []string{m.Token().Hex(), "3000000000000000000", "1000000000000000000000000", "900"}, sp.Actions[0].ArgsText)
	assert.Equal(t, []string{usdc.Hex(), "500000", "100000000000", "900"}, sp.Actions[1].ArgsText)
}

// TestFeePoolStrayBurnAndSlots sends tokens to the FeePool directly and
// has the plan share them (distribute, owner only) and burn the bucket
// (with no Platform stake the whole amount is set aside for burning), then
// moves the protocol to a new FeePool and has the plan give the allowed
// token its fee-token slot there.
func TestFeePoolStrayBurnAndSlots(t *testing.T) {
	e := govtest.NewEmbedded(t)
	ctx := context.Background()
	m := e.Deploy(t)
	usdc := e.TestToken(t, 6)
	desired := &governance.ModuleConfigs{
		OwnerControl: &governance.OwnerControl{Kind: deployment.KindEOA},
		JobRegistry:  &governance.JobRegistryConfig{AllowedTokens: map[common.Address]bool{usdc: true}},
		FeePool:      &governance.FeePoolConfig{BurnPending: ptr(true), DistributeStray: ptr(true)},
	}
	execute(t, e, plan(t, e, m, desired))
	token, fp := m.Token(), m.Address(deploy.FeePool)
	ten := deploy.Ether(10)
	tok := agialphatoken.NewAGIALPHAToken()
	e.Send(t, 0, token, tok.PackMint(govtest.Signer(1).Address(), ten))
	e.Send(t, 1, token, tok.PackTransfer(fp, ten))
	supply := func() *big.Int {
		v, err := tok.UnpackTotalSupply(e.Call(t, token, tok.PackTotalSupply()))
		require.NoError(t, err)
		return v
	}
	before := supply()

	rep, err := Run(ctx, e.Backend, Input{Manifest: m, Desired: desired})
	require.NoError(t, err)
	stray := check(rep, "token."+token.Hex()+".stray")
	assert.Equal(t, Warn, stray.Status, rep.Text())
	assert.Contains(t, stray.Fix, "FeePool.distribute("+token.Hex()+")")
	p := plan(t, e, m, desired)
	require.Equal(t, []string{"distribute"}, methods(p), p.Table())
	execute(t, e, p)

	rep, err = Run(ctx, e.Backend, Input{Manifest: m, Desired: desired})
	require.NoError(t, err)
	burn := check(rep, "token."+token.Hex()+".burnable")
	assert.Equal(t, Warn, burn.Status, rep.Text())
	assert.Contains(t, burn.Details, "10000000000000000000 units")
	assert.Contains(t, burn.Fix, "FeePool.burn("+token.Hex()+")")
	p = plan(t, e, m, desired)
	require.Equal(t, []string{"burn"}, methods(p), p.Table())
	execute(t, e, p)
	assert.Equal(t, new(big.Int).Sub(before, ten), supply(), "the stake token is burnt")
	rep, err = Run(ctx, e.Backend, Input{Manifest: m, Desired: desired})
	require.NoError(t, err)
	assert.Zero(t, rep.Summary.Warn+rep.Summary.Fail, rep.Text())

	// A paused FeePool cannot burn: the plan says so instead.
	paused := &governance.ModuleConfigs{OwnerControl: desired.OwnerControl, FeePool: desired.FeePool, SystemPause: &governance.SystemPauseConfig{Paused: ptr(true)}}
	assert.Contains(t, strings.Join(plan(t, e, m, paused).Notes, "\n"), "burning and sharing stray tokens wait")

	// Move to a fresh FeePool: the stake token gets its slot when it is
	// wired, the allowed token has none there (the doctor finds it through
	// the config, as the new pool does not list it).
	init := feepool.NewFeePool().PackInitialize(govtest.Signer(0).Address())
	r, err := e.Mgr(0).Send(ctx, chain.TxCandidate{Data: append(common.FromHex(moduleproxy.ModuleProxyMetaData.Bin),
		moduleproxy.NewModuleProxy().PackConstructor(m.Implementations[string(deploy.FeePool)], init)...)})
	require.NoError(t, err)
	fp2 := r.ContractAddress
	f := feepool.NewFeePool()
	e.Send(t, 0, fp2, f.PackSetStakeManager(m.Address(deploy.StakeManager)))
	e.Send(t, 0, fp2, f.PackSetJobRegistry(m.Address(deploy.JobRegistry)))
	m2 := *m
	m2.Contracts = map[string]common.Address{}
	for k, v := range m.Contracts {
		m2.Contracts[k] = v
	}
	m2.Contracts[string(deploy.FeePool)] = fp2
	listed := &governance.ModuleConfigs{OwnerControl: desired.OwnerControl, JobRegistry: desired.JobRegistry}
	rep, err = Run(ctx, e.Backend, Input{Manifest: &m2, Desired: listed})
	require.NoError(t, err)
	slot := check(rep, "token."+usdc.Hex()+".feeToken")
	assert.Equal(t, Fail, slot.Status, rep.Text())
	assert.Contains(t, slot.Fix, "FeePool.registerToken("+usdc.Hex()+")")
	assert.Equal(t, Pass, check(rep, "token."+token.Hex()+".feeToken").Status)
	fix := plan(t, e, &m2, listed)
	assert.Equal(t, []string{"setFeePool", "setFeePool", "setPauser", "setModules", "registerToken"}, methods(fix))
	execute(t, e, fix)
	rep, err = Run(ctx, e.Backend, Input{Manifest: &m2, Desired: listed})
	require.NoError(t, err)
	assert.Zero(t, rep.Summary.Fail, rep.Text())
	assert.Equal(t, Pass, check(rep, "token."+usdc.Hex()+".feeToken").Status)
}

// TestDoctorUnrecordedToken covers token states the current contracts only
// reach through an upgrade from the first release: allowlisted without a
// config, and limits set while the decimals were never recorded.
func TestDoctorUnrecordedToken(t *testing.T) {
	tok := common.HexToAddress("0x4444444444444444444444444444444444444444")
	six := uint8(6)
	mk := func(c governance.TokenParams) *governance.State {
		return &governance.State{
			Tokens:    map[common.Address]*governance.EscrowToken{tok: {Address: tok, Allowed: true, Config: c, Decimals: &six, FeeToken: true}},
			FeeTokens: []common.Address{tok},
		}
	}
	committee := committee{pct: big.NewInt(10), seats: big.NewInt(3)}
	zero := big.NewInt(0)
	rep := &Report{}
	checkTokens(rep, mk(governance.TokenParams{MinReward: zero, MaxReward: zero, StakeBps: zero}), committee)
	c := check(rep, "token."+tok.Hex()+".config")
	assert.Equal(t, Fail, c.Status)
	assert.Contains(t, c.Fix, "setTokenAllowed("+tok.Hex()+", true), which records its decimals")

	rep = &Report{}
	checkTokens(rep, mk(governance.TokenParams{MinReward: big.NewInt(1e6), MaxReward: deploy.MaxReward, StakeBps: big.NewInt(500)}), committee)
	c = check(rep, "token."+tok.Hex()+".config")
	assert.Equal(t, Fail, c.Status)
	assert.Contains(t, c.Details, "recorded 0 decimals")
	assert.Equal(t, Pass, check(rep, "token."+tok.Hex()+".minReward").Status, "the floor pays 1e6 * 10% / 3 per seat")
}

func ptr[T any](v T) *T { return &v }

// sampleConfigs loads the committed sample config files.
func sampleConfigs(t testing.TB) *governance.ModuleConfigs {
	t.Helper()
	mc, err := governance.LoadModuleConfigs(filepath.Join(govtest.RepoRoot(), "config"))
	require.NoError(t, err)
	return mc
}
