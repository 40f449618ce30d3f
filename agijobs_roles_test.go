package agijobs_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/reputationengine"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/identity"
	"github.com/agijobs/agijobs-go/matching"
)

func newEmbedded(t *testing.T) *agijobs.Embedded {
	t.Helper()
	e, err := agijobs.NewEmbedded(context.Background(), agijobs.EmbeddedConfig{})
	require.NoError(t, err)
	t.Cleanup(func() { _ = e.Close() })
	return e
}

// TestIdentity reads the embedded registry through the façade and sends an
// owner call it builds.
func TestIdentity(t *testing.T) {
	ctx := context.Background()
	e := newEmbedded(t)
	id, err := e.Identity()
	require.NoError(t, err)
	require.Equal(t, e.Addresses().IdentityRegistry, id.Registry())

	roles := e.Roles()
	agent, employer := roles.Agents[0].Address(), roles.Employers[0].Address()
	ok, err := id.IsAllowlisted(ctx, identity.RoleAgent, agent)
	require.NoError(t, err)
	require.True(t, ok, "NewEmbedded allowlists the agents")
	v, err := id.Verify(ctx, identity.RoleAgent, agent, identity.Claim{Label: "alice"})
	require.NoError(t, err)
	require.True(t, v.OK)
	require.False(t, v.ViaMerkle)
	ok, err = id.IsAuthorized(ctx, identity.RoleAgent, employer, identity.Claim{Label: "bob"})
	require.NoError(t, err)
	require.False(t, ok, "the employer is not an agent")

	call, err := id.AddAllowlisted(identity.RoleAgent, employer)
	require.NoError(t, err)
	_, err = e.Sender().Send(ctx, call)
	require.NoError(t, err)
	ok, err = id.IsAuthorized(ctx, identity.RoleAgent, employer, identity.Claim{Label: "bob"})
	require.NoError(t, err)
	require.True(t, ok, "allowlisted by the owner's call")
}

// TestProfileReader fills agent profiles from the embedded
// ReputationEngine and StakeManager and scores them with a policy.
func TestProfileReader(t *testing.T) {
	ctx := context.Background()
	e := newEmbedded(t)
	r, err := e.ProfileReader()
	require.NoError(t, err)

	roles := e.Roles()
	a0, a1 := roles.Agents[0], roles.Agents[1]
	// Agent 0 stakes 20 tokens and earns 7 reputation points.
	ec, err := e.Escrow(ctx, nil)
	require.NoError(t, err)
	m, err := e.Manager(ctx, a0)
	require.NoError(t, err)
	_, err = ec.Agent(m, escrow.Identity{}).Stake(ctx, deploy.Ether(20))
	require.NoError(t, err)
	re, rep := reputationengine.NewReputationEngine(), e.Addresses().ReputationEngine
	for _, data := range [][]byte{re.PackSetCaller(roles.Owner.Address(), true), re.PackAdd(a0.Address(), big.NewInt(7))} {
		_, err = e.Sender().Send(ctx, chain.TxCandidate{To: &rep, Data: data, Label: "reputation"})
		require.NoError(t, err)
	}

	ps := []matching.Profile{{Address: a0.Address()}, {Address: a1.Address()}}
	require.NoError(t, r.Load(ctx, ps))
	require.Equal(t, deploy.Ether(20), ps[0].Stake)
	require.Equal(t, int64(7), ps[0].Reputation.Int64())
	require.Zero(t, ps[1].Stake.Sign())
	require.Zero(t, ps[1].Reputation.Sign())

	// Only the staked agent holds the job's stake.
	p := &matching.Policy{Version: matching.PolicyVersion, Weights: matching.Weights{Reputation: 1, Stake: 1}, ReputationTarget: "10", StakeTarget: deploy.Ether(20).String()}
	job := matching.Job{Category: "writing", Reward: deploy.Ether(100), RequiredStake: deploy.Ether(10)}
	best, err := p.Rank(job, ps, 2)
	require.NoError(t, err)
	require.Len(t, best, 1)
	require.Equal(t, a0.Address(), best[0].Address)
	require.InDelta(t, 0.85, best[0].Score.Total, 1e-9) // (0.7 + 1) / 2
}
