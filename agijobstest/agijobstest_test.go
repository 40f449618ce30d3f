package agijobstest_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/identity"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/testenv"
	"github.com/agijobs/agijobs-go/storage"
)

func spec() *storage.JobSpec { return agijobstest.SampleSpec() }

// checkSetup asserts what the fixture promises about its accounts: tokens,
// allowlists, stakes and the committee pool.
func checkSetup(t *testing.T, env *agijobstest.Env, agents, validators int) {
	ctx := context.Background()
	roles := env.Roles()
	require.Len(t, roles.Agents, agents)
	require.Len(t, roles.Validators, validators)
	require.Len(t, env.Validators(), validators)
	ec := env.Escrow()
	bal, err := ec.Balance(ctx, env.Addresses().Token, roles.Employers[0].Address())
	require.NoError(t, err)
	require.Equal(t, deploy.Ether(1_000_000), bal)
	id, err := env.Client().Identity()
	require.NoError(t, err)
	for i, a := range env.Agents() {
		require.Equal(t, roles.Agents[i].Address(), a.Address())
		ok, err := id.IsAllowlisted(ctx, identity.RoleAgent, a.Address())
		require.NoError(t, err)
		require.True(t, ok, "agent %d allowlisted", i)
		st, err := ec.StakeOf(ctx, a.Address(), escrow.RoleAgent)
		require.NoError(t, err)
		require.Equal(t, deploy.Ether(100), st.Amount, "agent %d stake", i)
	}
	for i, v := range env.Validators() {
		st, err := ec.StakeOf(ctx, v.Address(), escrow.RoleValidator)
		require.NoError(t, err)
		require.Equal(t, deploy.Ether(1000), st.Amount, "validator %d stake", i)
	}
	// One Manager per account: the registry hands out the same one.
	m1, err := env.Manager(ctx, roles.Agents[0])
	require.NoError(t, err)
	m2, err := env.Client().Manager(ctx, roles.Agents[0])
	require.NoError(t, err)
	require.Same(t, m1, m2)
	require.Equal(t, roles.Owner.Address(), env.Owner().Address())
}

// lifecycle runs one job to Finalized with the fixture's role clients and
// Validate, and checks that the agent was paid.
func lifecycle(t *testing.T, env *agijobstest.Env) {
	ctx := context.Background()
	ec := env.Escrow()
	now, err := env.Now(ctx)
	require.NoError(t, err)
	posted, err := env.Employer(0).PostJob(ctx, escrow.PostJobParams{Spec: spec(), Reward: deploy.Ether(100), Deadline: now.Add(24 * time.Hour)})
	require.NoError(t, err)
	agent := env.Agent(0)
	before, err := ec.Balance(ctx, env.Addresses().Token, agent.Address())
	require.NoError(t, err)
	_, err = agent.Apply(ctx, posted.JobID)
	require.NoError(t, err)
	_, err = agent.Submit(ctx, escrow.SubmitParams{JobID: posted.JobID, Result: &storage.JobResult{
		Summary: "done", Outputs: []storage.Attachment{{Name: "labels.csv", URI: posted.URI}},
	}})
	require.NoError(t, err)
	require.NoError(t, env.Validate(ctx, posted.JobID, true))
	j, err := ec.Job(ctx, posted.JobID)
	require.NoError(t, err)
	require.Equal(t, escrow.StateCompleted, j.State)
	require.True(t, j.Success)
	_, err = env.Employer(0).Finalize(ctx, posted.JobID)
	require.NoError(t, err)
	after, err := ec.Balance(ctx, env.Addresses().Token, agent.Address())
	require.NoError(t, err)
	require.Equal(t, 1, after.Cmp(before), "the agent was paid")
}

func TestNew(t *testing.T) {
	env := agijobstest.New(t)
	require.NotNil(t, env.Chain())
	require.Equal(t, int64(1337), env.ChainID().Int64())
	checkSetup(t, env, 2, 3)
	lifecycle(t, env)
}

func TestClock(t *testing.T) {
	ctx := context.Background()
	env := agijobstest.New(t, agijobstest.WithAgents(0), agijobstest.WithValidators(0))
	h0, err := env.Backend().BlockNumber(ctx)
	require.NoError(t, err)
	require.NoError(t, env.Mine(ctx, 3))
	require.NoError(t, env.MinePast(ctx, h0+5))
	h1, err := env.Backend().BlockNumber(ctx)
	require.NoError(t, err)
	require.Equal(t, h0+6, h1)
	t0, err := env.Now(ctx)
	require.NoError(t, err)
	require.NoError(t, env.AdvanceTime(ctx, 48*time.Hour))
	t1, err := env.Now(ctx)
	require.NoError(t, err)
	require.GreaterOrEqual(t, t1.Sub(t0), 48*time.Hour)
	require.NoError(t, env.AdvancePast(ctx, t1.Add(time.Hour)))
	t2, err := env.Now(ctx)
	require.NoError(t, err)
	require.True(t, t2.After(t1.Add(time.Hour)))
	require.Error(t, env.AdvanceTime(ctx, 0))
}

// TestServe posts a job and lets the fixture's agent and committee do the
// rest, the way a test of an employer's backend would.
func TestServe(t *testing.T) {
	env := agijobstest.New(t, agijobstest.WithAgents(1))
	ctx, stop := env.ServeBackground(context.Background(), agijobstest.ServeOptions{Agent: true, Committee: true})
	now, err := env.Now(ctx)
	require.NoError(t, err)
	posted, err := env.Employer(0).PostJob(ctx, escrow.PostJobParams{Spec: spec(), Reward: deploy.Ether(100), Deadline: now.Add(24 * time.Hour)})
	require.NoError(t, err)
	j, err := env.Escrow().WaitForState(ctx, posted.JobID, time.Minute, escrow.StateCompleted, escrow.StateDisputed)
	require.NoError(t, err)
	require.Equal(t, escrow.StateCompleted, j.State)
	require.Equal(t, env.Agent(0).Address(), j.Agent)
	require.NoError(t, stop(), "Serve returns nil once its context ends")

	// A role error stops Serve with that error, and ends the context of
	// the code under test.
	bare := agijobstest.New(t, agijobstest.WithAgents(0))
	err = bare.Serve(context.Background(), agijobstest.ServeOptions{Agent: true, Committee: true})
	require.ErrorContains(t, err, "no agent")
	ctx, stop = bare.ServeBackground(context.Background(), agijobstest.ServeOptions{Agent: true})
	<-ctx.Done()
	require.ErrorContains(t, context.Cause(ctx), "no agent")
	require.ErrorContains(t, stop(), "no agent")
}

func TestBadOptions(t *testing.T) {
	_, err := agijobstest.Start(context.Background(), agijobstest.WithAgents(-1), agijobstest.WithStakes(nil, big.NewInt(-1)))
	require.ErrorIs(t, err, input.ErrInvalid)
	var fe *input.Error
	require.ErrorAs(t, err, &fe)
	require.Equal(t, "WithAgents", fe.Field)
	require.ErrorContains(t, err, "WithStakes(validator)")
}

// TestOnAnvil runs the same fixture on a real anvil node, with more
// accounts than anvil funds (the fixture pays them ETH) and the node's
// time control. Under AGIJOBS_INTEGRATION=require a missing anvil fails it.
func TestOnAnvil(t *testing.T) {
	node := testenv.StartAnvil(t)
	env := agijobstest.New(t, agijobstest.WithRPC(node.URL), agijobstest.WithValidators(8))
	require.Nil(t, env.Chain())
	require.Equal(t, int64(31337), env.ChainID().Int64())
	checkSetup(t, env, 2, 8)
	lifecycle(t, env)

	ctx := context.Background()
	t0, err := env.Now(ctx)
	require.NoError(t, err)
	require.NoError(t, env.AdvanceTime(ctx, 1500*time.Millisecond)) // rounded up to 2s
	t1, err := env.Now(ctx)
	require.NoError(t, err)
	require.GreaterOrEqual(t, t1.Sub(t0), 2*time.Second)
}

// Start gives the fixture to a program without a testing.TB.
func ExampleStart() {
	ctx := context.Background()
	env, err := agijobstest.Start(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer env.Close()
	now, _ := env.Now(ctx)
	posted, err := env.Employer(0).PostJob(ctx, escrow.PostJobParams{Spec: spec(), Reward: deploy.Ether(100), Deadline: now.Add(24 * time.Hour)})
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = env.Agent(0).Apply(ctx, posted.JobID)
	j, _ := env.Escrow().Job(ctx, posted.JobID)
	fmt.Println("job", posted.JobID, j.State, "agent", j.Agent == env.Agent(0).Address(), errors.Is(err, nil))
	// Output: job 1 Applied agent true true
}
