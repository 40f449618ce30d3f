package deploy_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts"
	"github.com/agijobs/agijobs-go/contracts/bindings/feepool"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/stakemanager"
	"github.com/agijobs/agijobs-go/contracts/bindings/validationmodule"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/input"
	ct "github.com/agijobs/agijobs-go/internal/chaintest"
	"github.com/agijobs/agijobs-go/internal/testcontracts/blockingtoken"
)

// deployToken deploys the test token with the given decimals (a stand-in
// for USDC and the like) from account 0.
func deployToken(t *testing.T, c *ct.Chain, decimals uint8) common.Address {
	t.Helper()
	bt := blockingtoken.NewBlockingToken()
	a, _, err := c.Deploy(0, common.FromHex(blockingtoken.BlockingTokenMetaData.Bin), bt.PackConstructor(decimals))
	require.NoError(t, err)
	return a
}

func u64(v uint64) *uint64 { return &v }

func TestDeployWiresAndConfigures(t *testing.T) {
	c := ct.New(t)
	usdc := deployToken(t, c, 6)
	plain := deployToken(t, c, 8) // allowed without limits: contract defaults, JobStakeBps
	params := deploy.DefaultParams()
	params.FeePct = 7
	params.CommitWindow = 2 * time.Hour
	params.MinJobReward = deploy.Ether(2)
	params.JobStakeBps = 700
	params.TokenLimits = map[common.Address]deploy.TokenLimits{usdc: {MinReward: "2.5", MaxReward: "50000", StakeBps: u64(800)}}
	var phases []deploy.Phase
	d, err := deploy.Deploy(context.Background(), c.Manager(t, 0), deploy.Options{
		Params:        &params,
		AllowedTokens: []common.Address{usdc, plain},
		Checkpoint: func(cp deploy.Checkpoint) error {
			phases = append(phases, cp.Phase)
			return nil
		},
	})
	require.NoError(t, err)
	require.True(t, d.TokenDeployed)
	require.Len(t, d.Proxies, len(deploy.Modules))
	require.NotZero(t, d.Block)
	for _, m := range deploy.Modules {
		code, err := c.Client.CodeAt(context.Background(), d.Address(m), nil)
		require.NoError(t, err)
		require.NotEmpty(t, code, "%s proxy has no code", m)
		require.NotEqual(t, d.Proxies[m], d.Implementations[m])
	}

	jr := jobregistry.NewJobRegistry()
	at := d.Address(deploy.JobRegistry)
	require.Equal(t, d.Address(deploy.StakeManager), ct.Call(t, c, at, jr.PackStakeManager(), jr.UnpackStakeManager))
	require.Equal(t, d.Address(deploy.FeePool), ct.Call(t, c, at, jr.PackFeePool(), jr.UnpackFeePool))
	require.EqualValues(t, 7, ct.Call(t, c, at, jr.PackFeePct(), jr.UnpackFeePct).Int64())
	require.True(t, ct.Call(t, c, at, jr.PackIsTokenAllowed(usdc), jr.UnpackIsTokenAllowed))
	require.True(t, ct.Call(t, c, at, jr.PackIsTokenAllowed(d.Token), jr.UnpackIsTokenAllowed))
	sm := stakemanager.NewStakeManager()
	require.Equal(t, at, ct.Call(t, c, d.Address(deploy.StakeManager), sm.PackJobRegistry(), sm.UnpackJobRegistry))
	vm := validationmodule.NewValidationModule()
	require.EqualValues(t, 7200, ct.Call(t, c, d.Address(deploy.ValidationModule), vm.PackCommitWindow(), vm.UnpackCommitWindow).Int64())
	for _, m := range deploy.PausableModuleNames {
		p := ct.Call(t, c, d.Address(m), jr.PackPauser(), jr.UnpackPauser)
		require.Equal(t, d.Address(deploy.SystemPause), p, "%s pauser", m)
	}

	checkTokenConfigs(t, c, d, params, usdc, plain)
	require.Equal(t, deploy.Phases, phases, "a checkpoint after every phase, in order")

	// Running it again with the result sends nothing at all.
	from := head(t, c)
	again, err := deploy.Deploy(context.Background(), c.Manager(t, 0), deploy.Options{
		Params: &params, AllowedTokens: []common.Address{usdc, plain}, Resume: d,
	})
	require.NoError(t, err)
	require.Equal(t, d.Proxies, again.Proxies)
	require.Zero(t, sent(t, c, from), "a finished deployment sends nothing")

	// A changed limit sends exactly its setter.
	params.TokenLimits[usdc] = deploy.TokenLimits{MinReward: "5", MaxReward: "50000", StakeBps: u64(800)}
	var steps []string
	_, err = deploy.Deploy(context.Background(), c.Manager(t, 0), deploy.Options{
		Params: &params, AllowedTokens: []common.Address{usdc, plain}, Resume: d,
		Checkpoint: func(cp deploy.Checkpoint) error {
			steps = append(steps, cp.Steps...)
			return nil
		},
	})
	require.NoError(t, err)
	require.Equal(t, []string{"JobRegistry.setTokenConfig(" + usdc.Hex() + ")"}, steps)
	require.EqualValues(t, 5_000_000, ct.Call(t, c, d.Address(deploy.JobRegistry), jr.PackTokenConfig(usdc), jr.UnpackTokenConfig).MinReward.Int64())
}

// checkTokenConfigs checks the reward limits and stake fraction of every
// token, in each token's units, and the FeePool's fee-token slots.
func checkTokenConfigs(t *testing.T, c *ct.Chain, d *deploy.Deployment, params deploy.Params, usdc, plain common.Address) {
	t.Helper()
	jr := jobregistry.NewJobRegistry()
	at := d.Address(deploy.JobRegistry)
	cfg := func(tok common.Address) jobregistry.TokenConfigOutput {
		return ct.Call(t, c, at, jr.PackTokenConfig(tok), jr.UnpackTokenConfig)
	}
	def := cfg(d.Token)
	require.EqualValues(t, 18, def.Decimals)
	require.Equal(t, deploy.Ether(2), def.MinReward)
	require.Equal(t, params.MaxJobReward, def.MaxReward)
	require.EqualValues(t, 700, def.StakeBps.Int64())
	require.Equal(t, params.MaxJobReward, ct.Call(t, c, at, jr.PackMaxJobReward(), jr.UnpackMaxJobReward))
	uc := cfg(usdc)
	require.EqualValues(t, 6, uc.Decimals)
	require.EqualValues(t, 2_500_000, uc.MinReward.Int64())
	require.EqualValues(t, 50_000_000_000, uc.MaxReward.Int64())
	require.EqualValues(t, 800, uc.StakeBps.Int64())
	pc := cfg(plain)
	require.EqualValues(t, 8, pc.Decimals)
	require.EqualValues(t, 100_000_000, pc.MinReward.Int64(), "one whole token by default")
	require.Equal(t, deploy.MaxReward, pc.MaxReward)
	require.EqualValues(t, 700, pc.StakeBps.Int64(), "Params.JobStakeBps")

	// The FeePool has a slot for the stake token and every allowed token.
	fp := feepool.NewFeePool()
	require.ElementsMatch(t, []common.Address{d.Token, usdc, plain}, ct.Call(t, c, d.Address(deploy.FeePool), fp.PackFeeTokens(), fp.UnpackFeeTokens))

}

// TestDeployRejectsBadTokenLimits checks that token limits the contracts
// would refuse, or that pay a committee seat nothing, fail before anything
// is sent, naming the field and the fix.
func TestDeployRejectsBadTokenLimits(t *testing.T) {
	c := ct.New(t)
	usdc := deployToken(t, c, 6)
	for name, tc := range map[string]struct {
		allowed []common.Address
		limits  deploy.TokenLimits
		want    string
	}{
		"too many decimals": {nil, deploy.TokenLimits{MinReward: "0.0000001"}, "MinReward: \"0.0000001\" has more decimals than the token's 6"},
		"seat pays nothing": {nil, deploy.TokenLimits{MinReward: "0.000001"}, "MinReward = 0.000001 pays each of the 3 committee seats 0 at 10% validator reward; raise it to at least 0.00003"},
		"floor above cap":   {nil, deploy.TokenLimits{MinReward: "10", MaxReward: "5"}, "MinReward (10) is above"},
		"cap too large":     {nil, deploy.TokenLimits{MaxReward: "100000000000000000000000000"}, "MaxReward 100000000000000000000000000 is above"},
		"stake above 100%":  {nil, deploy.TokenLimits{StakeBps: u64(10_001)}, "StakeBps = 10001 is above 10000"},
		"not allowed":       {[]common.Address{}, deploy.TokenLimits{MinReward: "1"}, "names a token that is not allowed; add it to Options.AllowedTokens"},
		"malformed":         {nil, deploy.TokenLimits{MinReward: "1e6"}, "not a plain decimal number"},
	} {
		t.Run(name, func(t *testing.T) {
			params := deploy.DefaultParams()
			params.TokenLimits = map[common.Address]deploy.TokenLimits{usdc: tc.limits}
			allowed := tc.allowed
			if allowed == nil {
				allowed = []common.Address{usdc}
			}
			from := head(t, c)
			_, err := deploy.Deploy(context.Background(), c.Manager(t, 0), deploy.Options{Params: &params, AllowedTokens: allowed})
			require.ErrorContains(t, err, tc.want)
			require.ErrorContains(t, err, "Params.TokenLimits["+usdc.Hex()+"]")
			require.Zero(t, sent(t, c, from), "nothing is sent")
		})
	}
	t.Run("stake token without decimals", func(t *testing.T) {
		from := head(t, c)
		_, err := deploy.Deploy(context.Background(), c.Manager(t, 0), deploy.Options{Token: c.Accounts[10], AllowedTokens: []common.Address{}})
		require.ErrorIs(t, err, deploy.ErrNoDecimals)
		require.ErrorContains(t, err, "the stake token")
		require.Zero(t, sent(t, c, from))
	})
	t.Run("no decimals", func(t *testing.T) {
		from := head(t, c)
		_, err := deploy.Deploy(context.Background(), c.Manager(t, 0), deploy.Options{AllowedTokens: []common.Address{c.Accounts[11]}})
		require.ErrorContains(t, err, "TokenDecimalsUnavailable")
		require.ErrorIs(t, err, deploy.ErrNoDecimals)
		require.Zero(t, sent(t, c, from))
	})
}

func TestDeployOffersOwnershipToGovernance(t *testing.T) {
	c := ct.New(t)
	gov := c.Accounts[5]
	opts := deploy.Options{Governance: gov, AllowedTokens: []common.Address{}}
	d, err := deploy.Deploy(context.Background(), c.Manager(t, 0), opts)
	require.NoError(t, err)
	require.Equal(t, gov, d.PendingOwner)
	jr := jobregistry.NewJobRegistry()
	for _, m := range deploy.Modules {
		require.Equal(t, gov, ct.Call(t, c, d.Address(m), jr.PackPendingOwner(), jr.UnpackPendingOwner), "%s pending owner", m)
		require.Equal(t, c.Accounts[0], ct.Call(t, c, d.Address(m), jr.PackOwner(), jr.UnpackOwner), "%s owner until accepted", m)
		_, err := c.Send(5, d.Address(m), jr.PackAcceptOwnership())
		require.NoError(t, err)
		require.Equal(t, gov, ct.Call(t, c, d.Address(m), jr.PackOwner(), jr.UnpackOwner))
	}
	_, err = c.Send(5, d.Token, jr.PackAcceptOwnership())
	require.NoError(t, err)

	// Once governance owns everything, running the deployment again sends
	// nothing (the deployer could no longer change anything anyway).
	from := head(t, c)
	opts.Resume = d
	again, err := deploy.Deploy(context.Background(), c.Manager(t, 0), opts)
	require.NoError(t, err)
	require.Zero(t, sent(t, c, from))
	require.Equal(t, gov, again.Owner)
	require.Zero(t, again.PendingOwner)

	// Changed parameters are governance's business now: a clear error, not
	// a revert.
	p := deploy.DefaultParams()
	p.FeePct = 9
	opts.Params = &p
	_, err = deploy.Deploy(context.Background(), c.Manager(t, 0), opts)
	require.ErrorIs(t, err, deploy.ErrNotOwner)
	require.ErrorContains(t, err, "JobRegistry.setFeePct")
	require.Zero(t, sent(t, c, from))
}

// TestDeployResumeDeploysNothingTwice interrupts a deployment after its
// implementations and resumes it from the partial result: the resumed run
// deploys the proxies only, and a third run deploys nothing at all.
func TestDeployResumeDeploysNothingTwice(t *testing.T) {
	c := ct.New(t)
	ctx, cancel := context.WithCancel(context.Background())
	partial, err := deploy.Deploy(ctx, c.Manager(t, 0), deploy.Options{
		AllowedTokens: []common.Address{},
		Checkpoint: func(cp deploy.Checkpoint) error {
			if cp.Phase == deploy.PhaseImplementations {
				cancel() // the next phase fails on the cancelled context
			}
			return nil
		},
	})
	require.Error(t, err)
	require.Len(t, partial.Implementations, len(deploy.Modules))

	from := head(t, c)
	full, err := deploy.Deploy(context.Background(), c.Manager(t, 0), deploy.Options{AllowedTokens: []common.Address{}, Resume: partial})
	require.NoError(t, err)
	require.Equal(t, partial.Implementations, full.Implementations)
	require.Equal(t, partial.Token, full.Token)
	require.Equal(t, len(deploy.Modules), creations(t, c, from), "resume deploys the proxies only")

	from = head(t, c)
	again, err := deploy.Deploy(context.Background(), c.Manager(t, 0), deploy.Options{AllowedTokens: []common.Address{}, Resume: full})
	require.NoError(t, err)
	require.Equal(t, full.Proxies, again.Proxies)
	require.Zero(t, sent(t, c, from), "a finished deployment sends nothing")
}

// TestDeployResumeMidConfigure stops a deployment after its proxies, then
// applies two of its settings by other means: the resumed run sends only
// the settings that are still missing, and the result equals an
// uninterrupted one.
func TestDeployResumeMidConfigure(t *testing.T) {
	c := ct.New(t)
	usdc := deployToken(t, c, 6)
	params := deploy.DefaultParams()
	params.FeePct = 7
	params.TokenLimits = map[common.Address]deploy.TokenLimits{usdc: {MinReward: "2"}}
	opts := deploy.Options{Params: &params, AllowedTokens: []common.Address{usdc}}
	ctx, cancel := context.WithCancel(context.Background())
	o := opts
	o.Checkpoint = func(cp deploy.Checkpoint) error {
		if cp.Phase == deploy.PhaseProxies {
			cancel() // the configure phase fails
		}
		return nil
	}
	partial, err := deploy.Deploy(ctx, c.Manager(t, 0), o)
	require.ErrorIs(t, err, context.Canceled)
	jr := jobregistry.NewJobRegistry()
	at := partial.Address(deploy.JobRegistry)
	for _, data := range [][]byte{jr.PackSetFeePct(big.NewInt(7)), jr.PackSetStakeManager(partial.Address(deploy.StakeManager))} {
		_, err = c.Send(0, at, data)
		require.NoError(t, err)
	}

	from := head(t, c)
	var steps []string
	o = opts
	o.Resume = partial
	o.Checkpoint = func(cp deploy.Checkpoint) error {
		steps = append(steps, cp.Steps...)
		return nil
	}
	full, err := deploy.Deploy(context.Background(), c.Manager(t, 0), o)
	require.NoError(t, err)
	require.Equal(t, partial.Proxies, full.Proxies)
	require.Equal(t, len(steps), sent(t, c, from))
	require.NotContains(t, steps, "JobRegistry.setStakeManager", "applied by hand")
	require.NotContains(t, steps, "JobRegistry.setFeePct", "applied by hand")
	require.Contains(t, steps, "JobRegistry.setFeePool")
	require.Contains(t, steps, "JobRegistry.setTokenAllowed("+usdc.Hex()+")")
	require.Contains(t, steps, "JobRegistry.setTokenConfig("+usdc.Hex()+")")

	uc := ct.Call(t, c, at, jr.PackTokenConfig(usdc), jr.UnpackTokenConfig)
	require.EqualValues(t, 2_000_000, uc.MinReward.Int64())
	from = head(t, c)
	opts.Resume = full
	_, err = deploy.Deploy(context.Background(), c.Manager(t, 0), opts)
	require.NoError(t, err)
	require.Zero(t, sent(t, c, from))
}

// TestDeployAdoptsJournaledCreations crashes a deployment while its
// implementations are in flight (sent, not mined) and resumes it with a
// Manager on the same journal: the resumed run waits for the creations the
// Manager recovered instead of creating the contracts again.
func TestDeployAdoptsJournaledCreations(t *testing.T) {
	ch, err := chain.NewEmbedded(chain.EmbeddedConfig{BlockInterval: time.Hour}) // mined by hand below
	require.NoError(t, err)
	t.Cleanup(func() { _ = ch.Close() })
	ctx := context.Background()
	journal := t.TempDir()
	owner := ch.Account(0)
	newManager := func() *chain.Manager {
		m, err := chain.NewManager(ctx, chain.ManagerConfig{Backend: ch.Backend(), Signer: owner, JournalDir: journal, PollInterval: 2 * time.Millisecond})
		require.NoError(t, err)
		return m
	}

	// First run: the implementations phase is sent, nothing is mined, and
	// the process "dies" while waiting for the receipts.
	m1 := newManager()
	crashed, crash := context.WithCancel(ctx)
	go func() {
		for {
			n, err := ch.Backend().PendingNonceAt(ctx, owner.Address())
			if err == nil && n == uint64(1+len(deploy.Modules)) {
				crash()
				return
			}
			time.Sleep(time.Millisecond)
		}
	}()
	_, err = deploy.Deploy(crashed, m1, deploy.Options{AllowedTokens: []common.Address{}})
	require.ErrorIs(t, err, context.Canceled)
	require.NoError(t, m1.Close())

	// Second run on the same journal, with an empty resume record: nothing
	// was checkpointed. The chain mines again.
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
				ch.Commit()
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-done })
	m2 := newManager()
	t.Cleanup(func() { _ = m2.Close() })
	require.Len(t, m2.Recovered(), 1+len(deploy.Modules))
	d, err := deploy.Deploy(ctx, m2, deploy.Options{AllowedTokens: []common.Address{}, Resume: &deploy.Deployment{}})
	require.NoError(t, err)
	require.True(t, d.TokenDeployed)

	nonce, err := ch.Backend().NonceAt(ctx, owner.Address(), nil)
	require.NoError(t, err)
	blocks, ok := ch.Backend().(interface {
		BlockByNumber(context.Context, *big.Int) (*types.Block, error)
	})
	require.True(t, ok, "the embedded backend reads blocks")
	creates := 0
	head, err := ch.Backend().BlockNumber(ctx)
	require.NoError(t, err)
	for b := uint64(1); b <= head; b++ {
		blk, err := blocks.BlockByNumber(ctx, new(big.Int).SetUint64(b))
		require.NoError(t, err)
		for _, tx := range blk.Transactions() {
			if tx.To() == nil {
				creates++
			}
		}
	}
	require.Equal(t, 1+2*len(deploy.Modules), creates, "every contract created once (%d transactions in all)", nonce)
}

func head(t *testing.T, c *ct.Chain) uint64 {
	n, err := c.Client.BlockNumber(context.Background())
	require.NoError(t, err)
	return n
}

// sent counts the transactions in blocks after `after`.
func sent(t *testing.T, c *ct.Chain, after uint64) int {
	to := head(t, c)
	n := 0
	for b := after + 1; b <= to; b++ {
		blk, err := c.Client.BlockByNumber(context.Background(), new(big.Int).SetUint64(b))
		require.NoError(t, err)
		n += len(blk.Transactions())
	}
	return n
}

// creations counts contract-creation transactions in blocks after `after`.
func creations(t *testing.T, c *ct.Chain, after uint64) int {
	to := head(t, c)
	n := 0
	for b := after + 1; b <= to; b++ {
		blk, err := c.Client.BlockByNumber(context.Background(), new(big.Int).SetUint64(b))
		require.NoError(t, err)
		for _, tx := range blk.Transactions() {
			if tx.To() == nil {
				n++
			}
		}
	}
	return n
}

func TestParamsCheck(t *testing.T) {
	for name, tc := range map[string]struct {
		mutate func(*deploy.Params)
		want   string
	}{
		"FeePct":            {func(p *deploy.Params) { p.FeePct = 101 }, "FeePct"},
		"BurnPct":           {func(p *deploy.Params) { p.BurnPct = 200 }, "BurnPct"},
		"ApprovalThreshold": {func(p *deploy.Params) { p.ApprovalThreshold = 0 }, "ApprovalThreshold"},
		"ValidatorsPerJob":  {func(p *deploy.Params) { p.ValidatorsPerJob = 17 }, "ValidatorsPerJob"},
		"CommitWindow":      {func(p *deploy.Params) { p.CommitWindow = time.Second }, "CommitWindow"},
		"JobStake":          {func(p *deploy.Params) { p.JobStake = nil }, "JobStake"},
		"MaxJobReward":      {func(p *deploy.Params) { p.MaxJobReward = new(big.Int).Lsh(big.NewInt(1), 104) }, "MaxJobReward is above 2^104-1"},
		"MinJobReward nil":  {func(p *deploy.Params) { p.MinJobReward = nil }, "MinJobReward must be set"},
		"MinJobReward zero": {func(p *deploy.Params) { p.MinJobReward = big.NewInt(0) }, "MinJobReward is 0"},
		"MinJobReward cap":  {func(p *deploy.Params) { p.MinJobReward = deploy.Ether(2_000_000) }, "MinJobReward (2000000) is above Params.MaxJobReward (1000000)"},
		"MinJobReward dust": {func(p *deploy.Params) { p.MinJobReward = big.NewInt(29) }, "pays each of the 3 committee seats 0 at 10% validator reward; raise it to at least 0.00000000000000003"},
		"no seat pay":       {func(p *deploy.Params) { p.ValidatorRewardPct = 0 }, "ValidatorRewardPct is 0: no job pays its committee"},
		"JobStakeBps":       {func(p *deploy.Params) { p.JobStakeBps = 10_001 }, "JobStakeBps = 10001 is above 10000"},
	} {
		t.Run(name, func(t *testing.T) {
			p := deploy.DefaultParams()
			tc.mutate(&p)
			require.ErrorContains(t, p.Check(), tc.want)
		})
	}
	require.NoError(t, deploy.DefaultParams().Check())
	p := deploy.DefaultParams()
	p.MinJobReward = big.NewInt(30) // 30 * 10 / 100 / 3 = 1 wei per seat
	require.NoError(t, p.Check())
}

func TestMinRewardForSeatPay(t *testing.T) {
	require.Equal(t, "30", deploy.MinRewardForSeatPay(10, 3).String())
	require.Equal(t, "34", deploy.MinRewardForSeatPay(9, 3).String()) // 34*9/100 = 3 -> 1 per seat; 33 gives 2 -> 0
	require.Nil(t, deploy.MinRewardForSeatPay(0, 3))
	require.Equal(t, "1", deploy.SeatPay(big.NewInt(34), 9, 3).String())
	require.Equal(t, "0", deploy.SeatPay(big.NewInt(33), 9, 3).String())
}

// TestDeployNilManager checks that a missing Manager is bad input, not a
// panic.
func TestDeployNilManager(t *testing.T) {
	_, err := deploy.Deploy(context.Background(), nil, deploy.Options{})
	var fe *input.Error
	require.ErrorAs(t, err, &fe)
	require.Contains(t, fe.Fix, "chain.NewManager")
}

func TestCommittedAllowlistParses(t *testing.T) {
	entries := contracts.DefaultAllowlistEntries(big.NewInt(1))
	require.NotEmpty(t, entries, "mainnet entries")
	for _, e := range entries {
		require.NotEmpty(t, e.MinReward, "%s has a reward floor", e.Symbol)
	}
	require.Equal(t, []common.Address{entries[0].Address}, contracts.DefaultAllowlist(big.NewInt(1))[:1])
	require.Empty(t, contracts.DefaultAllowlist(big.NewInt(1337)), "no dev-chain entries")
	for raw, want := range map[string]string{
		`{"tokens":[{"symbol":"X","chainId":1}]}`:                                                                                                                                                                          "tokens[0].address",
		`{"tokens":[{"symbol":"X","chainId":1,"address":"0x0000000000000000000000000000000000000001"}]}`:                                                                                                                   "tokens[0].minReward is missing",
		`{"tokens":[{"symbol":"X","chainId":1,"address":"0x0000000000000000000000000000000000000001","minReward":"0"}]}`:                                                                                                   "tokens[0].minReward is 0",
		`{"tokens":[{"symbol":"X","chainId":1,"address":"0x0000000000000000000000000000000000000001","minReward":"1 USDC"}]}`:                                                                                              "tokens[0].minReward: \"1 USDC\" is not a plain decimal",
		`{"tokens":[{"symbol":"X","chainId":1,"address":"0x0000000000000000000000000000000000000001","minReward":"5","maxReward":"1"}]}`:                                                                                   "tokens[0].maxReward 1 is below minReward 5",
		`{"tokens":[{"symbol":"X","chainId":1,"address":"0x0000000000000000000000000000000000000001","minReward":"1","stakeBps":20000}]}`:                                                                                  "tokens[0].stakeBps = 20000",
		`{"tokens":[{"symbol":"X","chainId":1,"address":"0x0000000000000000000000000000000000000001","minReward":"1","maxRewad":"1"}]}`:                                                                                    "unknown field",
		`{"tokens":[{"symbol":"X","chainId":1,"address":"0x0000000000000000000000000000000000000001","minReward":"1"},{"symbol":"Y","chainId":1,"address":"0x0000000000000000000000000000000000000001","minReward":"1"}]}`: "tokens[1] repeats tokens[0]",
	} {
		_, err := contracts.ParseAllowlist([]byte(raw))
		require.ErrorContains(t, err, want)
	}
}

func TestNamehash(t *testing.T) {
	// EIP-137 test vectors.
	require.Equal(t, common.Hash{}, deploy.Namehash(""))
	require.Equal(t, common.HexToHash("0x93cdeb708b7545dc668eb9280176169d1c33cfd8ed6f04690a0bcc88a93fc4ae"), deploy.Namehash("eth"))
	require.Equal(t, common.HexToHash("0xde9b09fd7c5f901e23a3f19fecc54828e9c848539801e86591bd9801b019f84f"), deploy.Namehash("foo.eth"))
}

func TestDeployOnAnvil(t *testing.T) {
	c := ct.NewAnvil(t)
	usdc := deployToken(t, c, 6)
	params := deploy.DefaultParams()
	params.TokenLimits = map[common.Address]deploy.TokenLimits{usdc: {MinReward: "1", StakeBps: u64(250)}}
	opts := deploy.Options{Params: &params, AllowedTokens: []common.Address{usdc}}
	d, err := deploy.Deploy(context.Background(), c.Manager(t, 0), opts)
	require.NoError(t, err)
	jr := jobregistry.NewJobRegistry()
	at := d.Address(deploy.JobRegistry)
	require.EqualValues(t, 1, ct.Call(t, c, at, jr.PackVersion(), jr.UnpackVersion).Int64())
	uc := ct.Call(t, c, at, jr.PackTokenConfig(usdc), jr.UnpackTokenConfig)
	require.EqualValues(t, 1_000_000, uc.MinReward.Int64())
	require.EqualValues(t, 250, uc.StakeBps.Int64())

	// The applied settings are read in one JSON-RPC batch; nothing is resent.
	from := head(t, c)
	opts.Resume = d
	_, err = deploy.Deploy(context.Background(), c.Manager(t, 0), opts)
	require.NoError(t, err)
	require.Zero(t, sent(t, c, from))
}

// TestDeployRejectsZeroManager: a nil or zero chain.Manager (one not made
// by chain.NewManager) is an *input.Error naming m, not a panic.
func TestDeployRejectsZeroManager(t *testing.T) {
	for name, m := range map[string]*chain.Manager{"nil": nil, "zero": {}} {
		var err error
		require.NotPanics(t, func() { _, err = deploy.Deploy(context.Background(), m, deploy.Options{}) }, name)
		var ie *input.Error
		require.ErrorAs(t, err, &ie, name)
		require.Equal(t, "deploy.Deploy: m", ie.Field, name)
	}
}
