package deploy_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/contracts"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/stakemanager"
	"github.com/agijobs/agijobs-go/contracts/bindings/validationmodule"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	ct "github.com/agijobs/agijobs-go/internal/chaintest"
)

func TestDeployWiresAndConfigures(t *testing.T) {
	c := ct.New(t)
	usdc := c.Accounts[11] // any address works as an allowlisted token id
	params := deploy.DefaultParams()
	params.FeePct = 7
	params.CommitWindow = 2 * time.Hour
	var events []deploy.Event
	d, err := deploy.Deploy(context.Background(), c.Client, c.Auth(0), deploy.Options{
		Params:        &params,
		AllowedTokens: []common.Address{usdc},
		Progress:      func(e deploy.Event) { events = append(events, e) },
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

	phases := map[string]bool{}
	for _, e := range events {
		if e.Done {
			phases[e.Phase] = true
		}
	}
	require.True(t, phases["implementations"] && phases["proxies"] && phases["configure"], "progress reports every phase: %v", phases)
}

func TestDeployOffersOwnershipToGovernance(t *testing.T) {
	c := ct.New(t)
	gov := c.Accounts[5]
	d, err := deploy.Deploy(context.Background(), c.Client, c.Auth(0), deploy.Options{Governance: gov, AllowedTokens: []common.Address{}})
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
}

// TestDeployResumeDeploysNothingTwice interrupts a deployment after its
// implementations and resumes it from the partial result: the resumed run
// deploys the proxies only, and a third run deploys nothing at all.
func TestDeployResumeDeploysNothingTwice(t *testing.T) {
	c := ct.New(t)
	ctx, cancel := context.WithCancel(context.Background())
	partial, err := deploy.Deploy(ctx, c.Client, c.Auth(0), deploy.Options{
		AllowedTokens: []common.Address{},
		Progress: func(e deploy.Event) {
			if e.Phase == "implementations" && e.Done {
				cancel() // the next phase fails on the cancelled context
			}
		},
	})
	require.Error(t, err)
	require.Len(t, partial.Implementations, len(deploy.Modules))

	from := head(t, c)
	full, err := deploy.Deploy(context.Background(), c.Client, c.Auth(0), deploy.Options{AllowedTokens: []common.Address{}, Resume: partial})
	require.NoError(t, err)
	require.Equal(t, partial.Implementations, full.Implementations)
	require.Equal(t, partial.Token, full.Token)
	require.Equal(t, len(deploy.Modules), creations(t, c, from), "resume deploys the proxies only")

	from = head(t, c)
	again, err := deploy.Deploy(context.Background(), c.Client, c.Auth(0), deploy.Options{AllowedTokens: []common.Address{}, Resume: full})
	require.NoError(t, err)
	require.Equal(t, full.Proxies, again.Proxies)
	require.Zero(t, creations(t, c, from), "a finished deployment deploys nothing")
}

func head(t *testing.T, c *ct.Chain) uint64 {
	n, err := c.Client.BlockNumber(context.Background())
	require.NoError(t, err)
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
	for name, mutate := range map[string]func(*deploy.Params){
		"FeePct":            func(p *deploy.Params) { p.FeePct = 101 },
		"BurnPct":           func(p *deploy.Params) { p.BurnPct = 200 },
		"ApprovalThreshold": func(p *deploy.Params) { p.ApprovalThreshold = 0 },
		"ValidatorsPerJob":  func(p *deploy.Params) { p.ValidatorsPerJob = 17 },
		"CommitWindow":      func(p *deploy.Params) { p.CommitWindow = time.Second },
		"JobStake":          func(p *deploy.Params) { p.JobStake = nil },
		"MaxJobReward":      func(p *deploy.Params) { p.MaxJobReward = new(big.Int).Lsh(big.NewInt(1), 100) },
	} {
		t.Run(name, func(t *testing.T) {
			p := deploy.DefaultParams()
			mutate(&p)
			err := p.Check()
			require.Error(t, err)
			require.Contains(t, err.Error(), name)
		})
	}
	require.NoError(t, deploy.DefaultParams().Check())
}

func TestDeployRejectsPresetNonce(t *testing.T) {
	c := ct.New(t)
	auth := c.Auth(0)
	auth.Nonce = big.NewInt(3)
	_, err := deploy.Deploy(context.Background(), c.Client, auth, deploy.Options{})
	require.ErrorContains(t, err, "Nonce must be nil")
}

func TestCommittedAllowlistParses(t *testing.T) {
	entries := contracts.DefaultAllowlist(big.NewInt(1))
	require.NotEmpty(t, entries, "mainnet entries")
	require.Empty(t, contracts.DefaultAllowlist(big.NewInt(1337)), "no dev-chain entries")
	_, err := contracts.ParseAllowlist([]byte(`{"tokens":[{"symbol":"X","chainId":1}]}`))
	require.ErrorContains(t, err, "tokens[0].address")
}

func TestNamehash(t *testing.T) {
	// EIP-137 test vectors.
	require.Equal(t, common.Hash{}, deploy.Namehash(""))
	require.Equal(t, common.HexToHash("0x93cdeb708b7545dc668eb9280176169d1c33cfd8ed6f04690a0bcc88a93fc4ae"), deploy.Namehash("eth"))
	require.Equal(t, common.HexToHash("0xde9b09fd7c5f901e23a3f19fecc54828e9c848539801e86591bd9801b019f84f"), deploy.Namehash("foo.eth"))
}

func TestDeployOnAnvil(t *testing.T) {
	c := ct.NewAnvil(t)
	d, err := deploy.Deploy(context.Background(), c.Client, c.Auth(0), deploy.Options{})
	require.NoError(t, err)
	jr := jobregistry.NewJobRegistry()
	require.EqualValues(t, 1, ct.Call(t, c, d.Address(deploy.JobRegistry), jr.PackVersion(), jr.UnpackVersion).Int64())
}
