package governance

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/feepool"
	"github.com/agijobs/agijobs-go/contracts/bindings/moduleproxy"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/internal/testcontracts/blockingtoken"
)

// deployTestToken deploys a mintable test token of the given decimals (a
// stand-in for USDC) from account 0.
func deployTestToken(t testing.TB, e *env, decimals uint8) common.Address {
	t.Helper()
	data := append(common.FromHex(blockingtoken.BlockingTokenMetaData.Bin), blockingtoken.NewBlockingToken().PackConstructor(decimals)...)
	r, err := e.mgr(0).Send(context.Background(), chain.TxCandidate{Data: data, Label: "deploy test token"})
	require.NoError(t, err)
	return r.ContractAddress
}

func sendTx(t testing.TB, e *env, from int, to common.Address, data []byte) {
	t.Helper()
	_, err := e.mgr(from).Send(context.Background(), chain.TxCandidate{To: &to, Data: data})
	require.NoError(t, err)
}

func check(r *Report, id string) Check {
	for _, c := range r.Checks {
		if c.ID == id {
			return c
		}
	}
	return Check{}
}

func methods(p *Plan) []string {
	var out []string
	for _, a := range p.Actions {
		out = append(out, a.Method)
	}
	return out
}

// plan reads the chain and plans desired, failing the test on error.
func plan(t testing.TB, e *env, m *Manifest, desired *ModuleConfigs) *Plan {
	t.Helper()
	st, err := ReadState(context.Background(), e.backend, m, desired, ReadOptions{})
	require.NoError(t, err)
	p, err := NewPlan(st, desired)
	require.NoError(t, err)
	return p
}

func execute(t testing.TB, e *env, p *Plan) {
	t.Helper()
	_, err := ExecuteDirect(context.Background(), e.mgr(0), p)
	require.NoError(t, err)
}

// TestTokenLimitsPlanAndDoctor allowlists a 6-decimal token with limits in
// its own units, breaks its floor so that a committee seat earns nothing,
// and has the doctor name the parameter and the owner plan repair it.
func TestTokenLimitsPlanAndDoctor(t *testing.T) {
	e := newEmbeddedEnv(t)
	ctx := context.Background()
	m := deployProtocol(t, e)
	usdc := deployTestToken(t, e, 6)
	desired := &ModuleConfigs{
		OwnerControl: &OwnerControl{Kind: KindEOA},
		JobRegistry: &JobRegistryConfig{
			AllowedTokens: map[common.Address]bool{usdc: true},
			TokenLimits:   map[common.Address]TokenLimits{usdc: {MinReward: MustUnits("0.5"), MaxReward: MustUnits("100000"), StakeBps: ptr[uint64](800)}},
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

	rep, err := Doctor(ctx, e.backend, DoctorInput{Manifest: m, Desired: desired})
	require.NoError(t, err)
	assert.Zero(t, rep.Summary.Fail, rep.Text())
	for _, id := range []string{"config", "minReward", "stakeBps", "feeToken"} {
		assert.Equal(t, Pass, check(rep, "token."+usdc.Hex()+"."+id).Status, id)
	}
	assert.Contains(t, check(rep, "token."+usdc.Hex()+".config").Details, "6 decimals, min 0.5, max 100000, stake 800 bps")
	assert.Equal(t, "2 of 16 fee-token slots are taken", check(rep, "feePool.feeTokens").Details)

	// A floor of one smallest unit pays each of 3 seats 1 * 10 / 100 / 3 = 0.
	jr := m.Address(deploy.JobRegistry)
	sendTx(t, e, 0, jr, mustPack(deploy.JobRegistry, "setTokenConfig", usdc, big.NewInt(1), big.NewInt(1e12), big.NewInt(800)))
	rep, err = Doctor(ctx, e.backend, DoctorInput{Manifest: m, Desired: desired})
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
	low := &ModuleConfigs{OwnerControl: desired.OwnerControl, JobRegistry: &JobRegistryConfig{
		TokenLimits: map[common.Address]TokenLimits{usdc: {MinReward: MustUnits("0.00001")}},
	}}
	assert.Contains(t, strings.Join(plan(t, e, m, low).Notes, "\n"), "raise tokenLimits."+usdc.Hex()+" to at least 0.00003")
	execute(t, e, fix)
	rep, err = Doctor(ctx, e.backend, DoctorInput{Manifest: m, Desired: desired})
	require.NoError(t, err)
	assert.Zero(t, rep.Summary.Fail, rep.Text())

	// Limits in units the token cannot express are refused by the plan.
	bad := &ModuleConfigs{OwnerControl: desired.OwnerControl, JobRegistry: &JobRegistryConfig{
		TokenLimits: map[common.Address]TokenLimits{usdc: {MinReward: MustUnits("0.0000001")}},
	}}
	st, err := ReadState(ctx, e.backend, m, bad, ReadOptions{})
	require.NoError(t, err)
	_, err = NewPlan(st, bad)
	require.ErrorContains(t, err, "job-registry.json tokenLimits."+usdc.Hex()+`: "0.0000001" has more decimals than the token's 6`)

	// The stake token: minJobReward, maxJobReward and jobStakeBps make one
	// setTokenConfig; jobStakeBps also applies to the listed tokens.
	stake := &ModuleConfigs{OwnerControl: desired.OwnerControl, JobRegistry: &JobRegistryConfig{
		MinJobReward: MustTokens("3"), JobStakeBps: ptr[uint64](900), AllowedTokens: map[common.Address]bool{usdc: true},
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
	e := newEmbeddedEnv(t)
	ctx := context.Background()
	m := deployProtocol(t, e)
	usdc := deployTestToken(t, e, 6)
	desired := &ModuleConfigs{
		OwnerControl: &OwnerControl{Kind: KindEOA},
		JobRegistry:  &JobRegistryConfig{AllowedTokens: map[common.Address]bool{usdc: true}},
		FeePool:      &FeePoolConfig{BurnPending: ptr(true), DistributeStray: ptr(true)},
	}
	execute(t, e, plan(t, e, m, desired))
	token, fp := m.Token(), m.Address(deploy.FeePool)
	ten := deploy.Ether(10)
	sendTx(t, e, 0, token, mustPack(tokenModule, "mint", mustSigner(t, 1).Address(), ten))
	sendTx(t, e, 1, token, mustPack(tokenModule, "transfer", fp, ten))
	supply := func() *big.Int {
		out, err := call(ctx, e.backend, tokenModule, token, "totalSupply")
		require.NoError(t, err)
		return out[0].(*big.Int)
	}
	before := supply()

	rep, err := Doctor(ctx, e.backend, DoctorInput{Manifest: m, Desired: desired})
	require.NoError(t, err)
	stray := check(rep, "token."+token.Hex()+".stray")
	assert.Equal(t, Warn, stray.Status, rep.Text())
	assert.Contains(t, stray.Fix, "FeePool.distribute("+token.Hex()+")")
	p := plan(t, e, m, desired)
	require.Equal(t, []string{"distribute"}, methods(p), p.Table())
	execute(t, e, p)

	rep, err = Doctor(ctx, e.backend, DoctorInput{Manifest: m, Desired: desired})
	require.NoError(t, err)
	burn := check(rep, "token."+token.Hex()+".burnable")
	assert.Equal(t, Warn, burn.Status, rep.Text())
	assert.Contains(t, burn.Details, "10000000000000000000 units")
	assert.Contains(t, burn.Fix, "FeePool.burn("+token.Hex()+")")
	p = plan(t, e, m, desired)
	require.Equal(t, []string{"burn"}, methods(p), p.Table())
	execute(t, e, p)
	assert.Equal(t, new(big.Int).Sub(before, ten), supply(), "the stake token is burnt")
	rep, err = Doctor(ctx, e.backend, DoctorInput{Manifest: m, Desired: desired})
	require.NoError(t, err)
	assert.Zero(t, rep.Summary.Warn+rep.Summary.Fail, rep.Text())

	// A paused FeePool cannot burn: the plan says so instead.
	paused := &ModuleConfigs{OwnerControl: desired.OwnerControl, FeePool: desired.FeePool, SystemPause: &SystemPauseConfig{Paused: ptr(true)}}
	assert.Contains(t, strings.Join(plan(t, e, m, paused).Notes, "\n"), "burning and sharing stray tokens wait")

	// Move to a fresh FeePool: the stake token gets its slot when it is
	// wired, the allowed token has none there (the doctor finds it through
	// the config, as the new pool does not list it).
	init := mustPack(deploy.FeePool, "initialize", mustSigner(t, 0).Address())
	r, err := e.mgr(0).Send(ctx, chain.TxCandidate{Data: append(common.FromHex(moduleproxy.ModuleProxyMetaData.Bin),
		moduleproxy.NewModuleProxy().PackConstructor(m.Implementations[string(deploy.FeePool)], init)...)})
	require.NoError(t, err)
	fp2 := r.ContractAddress
	f := feepool.NewFeePool()
	sendTx(t, e, 0, fp2, f.PackSetStakeManager(m.Address(deploy.StakeManager)))
	sendTx(t, e, 0, fp2, f.PackSetJobRegistry(m.Address(deploy.JobRegistry)))
	m2 := *m
	m2.Contracts = map[string]common.Address{}
	for k, v := range m.Contracts {
		m2.Contracts[k] = v
	}
	m2.Contracts[string(deploy.FeePool)] = fp2
	listed := &ModuleConfigs{OwnerControl: desired.OwnerControl, JobRegistry: desired.JobRegistry}
	rep, err = Doctor(ctx, e.backend, DoctorInput{Manifest: &m2, Desired: listed})
	require.NoError(t, err)
	slot := check(rep, "token."+usdc.Hex()+".feeToken")
	assert.Equal(t, Fail, slot.Status, rep.Text())
	assert.Contains(t, slot.Fix, "FeePool.registerToken("+usdc.Hex()+")")
	assert.Equal(t, Pass, check(rep, "token."+token.Hex()+".feeToken").Status)
	fix := plan(t, e, &m2, listed)
	assert.Equal(t, []string{"setFeePool", "setFeePool", "setPauser", "setModules", "registerToken"}, methods(fix))
	execute(t, e, fix)
	rep, err = Doctor(ctx, e.backend, DoctorInput{Manifest: &m2, Desired: listed})
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
	mk := func(c TokenParams) *State {
		jr := &ModuleState{Module: deploy.JobRegistry, values: map[string][]any{"validatorRewardPct": {big.NewInt(10)}}, errs: map[string]error{}}
		vm := &ModuleState{Module: deploy.ValidationModule, values: map[string][]any{"validatorsPerJob": {big.NewInt(3)}}, errs: map[string]error{}}
		return &State{
			Modules:   map[deploy.Module]*ModuleState{deploy.JobRegistry: jr, deploy.ValidationModule: vm},
			Tokens:    map[common.Address]*EscrowToken{tok: {Address: tok, Allowed: true, Config: c, Decimals: &six, FeeToken: true}},
			FeeTokens: []common.Address{tok},
		}
	}
	zero := big.NewInt(0)
	rep := &Report{}
	doctorTokens(rep, mk(TokenParams{MinReward: zero, MaxReward: zero, StakeBps: zero}))
	c := check(rep, "token."+tok.Hex()+".config")
	assert.Equal(t, Fail, c.Status)
	assert.Contains(t, c.Fix, "setTokenAllowed("+tok.Hex()+", true), which records its decimals")

	rep = &Report{}
	doctorTokens(rep, mk(TokenParams{MinReward: big.NewInt(1e6), MaxReward: deploy.MaxReward, StakeBps: big.NewInt(500)}))
	c = check(rep, "token."+tok.Hex()+".config")
	assert.Equal(t, Fail, c.Status)
	assert.Contains(t, c.Details, "recorded 0 decimals")
	assert.True(t, mk(TokenParams{MinReward: big.NewInt(1e6), MaxReward: deploy.MaxReward, StakeBps: big.NewInt(500)}).Tokens[tok].needsRecord())
}
