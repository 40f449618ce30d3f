package contracts_test

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	ct "github.com/agijobs/agijobs-go/internal/chaintest"
)

// Job states (v2 numbering).
const (
	stNone = iota
	stCreated
	stApplied
	stSubmitted
	stCompleted
	stDisputed
	stFinalized
	stCancelled
)

func TestLifecycleHappyPath(t *testing.T) {
	p := ct.NewProtocol(t, nil)
	agentBefore := p.Balance(t, p.Accounts[ct.Agent])
	employerBefore := p.Balance(t, p.Accounts[ct.Employer])
	vBefore := p.Balance(t, p.Accounts[ct.Validators[0]])
	fpBefore := p.Balance(t, p.Addr(deploy.FeePool))
	smBefore := p.Balance(t, p.Addr(deploy.StakeManager))

	id, steps := p.RunLifecycle(t, [3]bool{true, true, true})
	require.Equal(t, big.NewInt(1), id, "job ids start at 1")
	for _, s := range steps {
		t.Logf("%-20s %8d gas", s.Name, s.Gas)
	}

	job := p.Job(t, id)
	require.EqualValues(t, stFinalized, job.State)
	require.True(t, job.Success)
	require.Equal(t, p.Accounts[ct.Agent], job.Agent)
	require.Equal(t, p.D.Token, job.Token, "default token is reported")

	fee := pct(ct.Reward, p.Params.FeePct)
	vReward := pct(ct.Reward, p.Params.ValidatorRewardPct)
	share := new(big.Int).Div(vReward, big.NewInt(3))
	agentPay := new(big.Int).Sub(ct.Reward, new(big.Int).Mul(share, big.NewInt(3)))

	require.Equal(t, new(big.Int).Add(agentBefore, agentPay), p.Balance(t, p.Accounts[ct.Agent]))
	require.Equal(t, new(big.Int).Sub(employerBefore, new(big.Int).Add(ct.Reward, fee)), p.Balance(t, p.Accounts[ct.Employer]))
	require.Equal(t, new(big.Int).Add(vBefore, share), p.Balance(t, p.Accounts[ct.Validators[0]]))
	// The fee stays in the StakeManager for the FeePool, which accounts for
	// it at once: with no Platform stake, all of it is to be burnt.
	require.Equal(t, fpBefore, p.Balance(t, p.Addr(deploy.FeePool)))
	require.Equal(t, new(big.Int).Add(smBefore, fee), p.Balance(t, p.Addr(deploy.StakeManager)))
	f := fees()
	require.Equal(t, fee, ct.Call(t, p.Chain, p.Addr(deploy.FeePool), f.PackBurnable(p.D.Token), f.UnpackBurnable))
	require.Zero(t, ct.Call(t, p.Chain, p.Addr(deploy.FeePool), f.PackAccounted(p.D.Token), f.UnpackAccounted).Sign())
	require.Equal(t, pct(ct.Reward, 5), job.Stake, "the job stake: 5% of the reward")

	// The agent's job stake is unlocked and the certificate minted to the agent.
	locked := ct.Call(t, p.Chain, p.Addr(deploy.StakeManager), p.SM.PackLockedStake(p.Accounts[ct.Agent], 0), p.SM.UnpackLockedStake)
	require.Zero(t, locked.Sign())
	nft := certificate()
	owner := ct.Call(t, p.Chain, p.Addr(deploy.CertificateNFT), nft.PackOwnerOf(id), nft.UnpackOwnerOf)
	require.Equal(t, p.Accounts[ct.Agent], owner)
	rep := reputation()
	score := ct.Call(t, p.Chain, p.Addr(deploy.ReputationEngine), rep.PackReputation(p.Accounts[ct.Agent]), rep.UnpackReputation)
	require.EqualValues(t, 1, score.Int64())
}

func pct(v *big.Int, p uint64) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(v, new(big.Int).SetUint64(p)), big.NewInt(100))
}
