package agijobs_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/reputationengine"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/identity"
	"github.com/agijobs/agijobs-go/matching"
)

// TestIdentity reads the fixture's registry through the front door and
// sends an owner call it builds.
func TestIdentity(t *testing.T) {
	ctx := context.Background()
	env := agijobstest.New(t)
	id, err := env.Client().Identity()
	require.NoError(t, err)
	require.Equal(t, env.Addresses().IdentityRegistry, id.Registry())

	roles := env.Roles()
	agent, employer := roles.Agents[0].Address(), roles.Employers[0].Address()
	ok, err := id.IsAllowlisted(ctx, identity.RoleAgent, agent)
	require.NoError(t, err)
	require.True(t, ok, "the fixture allowlists the agents")
	v, err := id.Verify(ctx, identity.RoleAgent, agent, identity.Claim{Label: "alice"})
	require.NoError(t, err)
	require.True(t, v.OK)
	require.False(t, v.ViaMerkle)
	ok, err = id.IsAuthorized(ctx, identity.RoleAgent, employer, identity.Claim{Label: "bob"})
	require.NoError(t, err)
	require.False(t, ok, "the employer is not an agent")

	call, err := id.AddAllowlisted(identity.RoleAgent, employer)
	require.NoError(t, err)
	_, err = env.Owner().Send(ctx, call)
	require.NoError(t, err)
	ok, err = id.IsAuthorized(ctx, identity.RoleAgent, employer, identity.Claim{Label: "bob"})
	require.NoError(t, err)
	require.True(t, ok, "allowlisted by the owner's call")
}

// TestProfileReader fills agent profiles from the ReputationEngine and
// StakeManager and scores them with a policy.
func TestProfileReader(t *testing.T) {
	ctx := context.Background()
	// Agent 0 stakes 20 tokens in setup; agent 1 tops nothing up.
	env := agijobstest.New(t, agijobstest.WithStakes(deploy.Ether(20), deploy.Ether(1000)))
	r, err := env.Client().ProfileReader()
	require.NoError(t, err)
	roles := env.Roles()
	a0, a1 := roles.Agents[0], roles.Agents[1]
	// Agent 1 withdraws nothing but earns no reputation; agent 0 earns 7.
	re, rep := reputationengine.NewReputationEngine(), env.Addresses().ReputationEngine
	for _, data := range [][]byte{re.PackSetCaller(roles.Owner.Address(), true), re.PackAdd(a0.Address(), big.NewInt(7))} {
		_, err = env.Owner().Send(ctx, chain.TxCandidate{To: &rep, Data: data, Label: "reputation"})
		require.NoError(t, err)
	}

	ps := []matching.Profile{{Address: a0.Address()}, {Address: a1.Address()}, {Address: roles.Employers[0].Address()}}
	require.NoError(t, r.Load(ctx, ps))
	require.Equal(t, deploy.Ether(20), ps[0].Stake)
	require.Equal(t, int64(7), ps[0].Reputation.Int64())
	require.Equal(t, deploy.Ether(20), ps[1].Stake)
	require.Zero(t, ps[1].Reputation.Sign())
	require.Zero(t, ps[2].Stake.Sign(), "the employer holds no agent stake")

	// Both agents hold the job's stake; reputation decides.
	p := &matching.Policy{Version: matching.PolicyVersion, Weights: matching.Weights{Reputation: 1, Stake: 1}, ReputationTarget: "10", StakeTarget: deploy.Ether(20).String()}
	job := matching.Job{Category: "writing", Reward: deploy.Ether(100), RequiredStake: deploy.Ether(10)}
	best, err := p.Rank(job, ps, 2)
	require.NoError(t, err)
	require.Len(t, best, 2)
	require.Equal(t, a0.Address(), best[0].Address)
	require.InDelta(t, 0.85, best[0].Score.Total, 1e-9) // (0.7 + 1) / 2
	require.InDelta(t, 0.5, best[1].Score.Total, 1e-9)  // (0 + 1) / 2
}
