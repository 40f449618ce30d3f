package escrow_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"math/big"
	"time"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/storage"
	"github.com/agijobs/agijobs-go/wait"
)

// chainTime returns the time of the fixture chain's head block.
func chainTime(ctx context.Context, env *agijobstest.Env) time.Time {
	now, err := env.Now(ctx)
	if err != nil {
		panic(err)
	}
	return now
}

func ExampleEmployer_PostJob() {
	ctx := context.Background()
	env, err := agijobstest.Start(ctx) // the protocol deployed on an in-process chain
	if err != nil {
		panic(err)
	}
	defer env.Close()
	ec := env.Escrow()
	sender, err := env.Manager(ctx, env.Roles().Employers[0]) // the employer's one transaction manager
	if err != nil {
		panic(err)
	}
	employer := ec.Employer(sender)

	res, err := employer.PostJob(ctx, escrow.PostJobParams{
		Spec: &storage.JobSpec{
			Title:              "Translate a README into French",
			Description:        "Translate README.md; keep the Markdown structure.",
			Category:           "translation",
			AgentTypes:         []string{storage.AgentAny},
			AcceptanceCriteria: []string{"every section is translated"},
		},
		Reward:   deploy.Ether(100),
		Deadline: chainTime(ctx, env).Add(72 * time.Hour),
	})
	if err != nil {
		panic(err)
	}
	job, err := ec.Job(ctx, res.JobID)
	if err != nil {
		panic(err)
	}
	fmt.Println("job", res.JobID, job.State)
	fmt.Println("fee", res.Fee, "wei")
	fmt.Println("spec hash matches:", job.SpecHash == res.SpecHash)

	// Retrying the same post finds the job instead of creating another.
	again, err := employer.PostJob(ctx, escrow.PostJobParams{Spec: &res.Spec, Reward: deploy.Ether(100), Deadline: time.Unix(res.Spec.Deadline, 0)})
	if err != nil {
		panic(err)
	}
	fmt.Println("retry:", again.JobID, "existing:", again.Existing)
	// Output:
	// job 1 Created
	// fee 5000000000000000000 wei
	// spec hash matches: true
	// retry: 1 existing: true
}

func ExampleEmployer_PostJob_badInput() {
	ctx := context.Background()
	env, err := agijobstest.Start(ctx)
	if err != nil {
		panic(err)
	}
	defer env.Close()
	_, err = env.Employer(0).PostJob(ctx, escrow.PostJobParams{
		Spec:     &storage.JobSpec{Title: "No description", Category: "x", AgentTypes: []string{"ai"}, AcceptanceCriteria: []string{"ok"}},
		Reward:   new(big.Int),
		Deadline: chainTime(ctx, env).Add(-time.Hour),
	})
	var problems input.Errors
	if errors.As(err, &problems) {
		for _, p := range problems {
			fmt.Println(p.Field)
		}
	}
	// Output:
	// Reward
	// Deadline
	// Spec.description
}

// ExampleValidator_Commit runs a whole lifecycle: post, apply, submit, draw
// the committee, commit, reveal, tally and finalize.
func ExampleValidator_Commit() {
	ctx := context.Background()
	// The fixture funds the accounts, puts the validators in the pool and
	// stakes the agent and the validators (WithStakes).
	env, err := agijobstest.Start(ctx, agijobstest.WithAgents(1), agijobstest.WithStakes(deploy.Ether(50), deploy.Ether(500)))
	if err != nil {
		panic(err)
	}
	defer env.Close()
	ec := env.Escrow()
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	roles := env.Roles()
	var validators []*escrow.Validator
	for _, s := range roles.Validators {
		m, err := env.Manager(ctx, s)
		must(err)
		v, err := ec.Validator(m, escrow.ValidatorOptions{Votes: &escrow.MemoryVoteStore{}})
		must(err)
		validators = append(validators, v)
	}
	employer, agent := env.Employer(0), env.Agent(0)
	posted, err := employer.PostJob(ctx, escrow.PostJobParams{Spec: testSpec(), Reward: deploy.Ether(100), Deadline: chainTime(ctx, env).Add(24 * time.Hour)})
	must(err)
	id := posted.JobID
	_, err = agent.Apply(ctx, id)
	must(err)
	_, err = agent.Submit(ctx, escrow.SubmitParams{JobID: id, Result: testResult()})
	must(err)

	// The draw is seeded by the round's selection block, a few blocks
	// after the submission (Params.SelectionDelay), and is sent with that
	// block's header once the head is past it. The embedded chain mines
	// only when asked: mine past it.
	round, err := ec.Round(ctx, id)
	must(err)
	must(env.MinePast(ctx, round.SelectionBlock))
	committee, _, err := validators[0].SelectValidators(ctx, id, time.Minute)
	must(err)
	fmt.Println("committee size:", len(committee))
	for _, v := range validators {
		_, err := v.Commit(ctx, escrow.CommitParams{JobID: id, Approve: true})
		must(err)
	}
	prm, err := ec.Params(ctx)
	must(err)
	must(env.AdvanceTime(ctx, prm.CommitWindow+time.Second))
	for _, v := range validators {
		_, err := v.Reveal(ctx, id)
		must(err)
	}
	_, err = validators[0].Tally(ctx, id)
	must(err)
	job, err := ec.WaitForState(ctx, id, time.Second, escrow.StateCompleted, escrow.StateDisputed)
	must(err)
	fmt.Println("after tally:", job.State, "success:", job.Success)
	_, err = employer.Finalize(ctx, id)
	must(err)
	job, err = ec.Job(ctx, id)
	must(err)
	fmt.Println("after finalize:", job.State)
	// Output:
	// committee size: 3
	// after tally: Completed success: true
	// after finalize: Finalized
}

func ExampleClient_WaitForState() {
	ctx := context.Background()
	env, err := agijobstest.Start(ctx, agijobstest.WithAgents(0), agijobstest.WithValidators(0))
	if err != nil {
		panic(err)
	}
	defer env.Close()
	ec := env.Escrow()
	// Job 1 does not exist: the waiter gives up after maxWait.
	_, err = ec.WaitForState(ctx, big.NewInt(1), 100*time.Millisecond, escrow.StateFinalized)
	fmt.Println(errors.Is(err, wait.ErrTimeout))
	// Output:
	// true
}

// An employer posts a job and sees it through: WaitAndFinalize waits for
// the validators' verdict and pays the job out. ServeBackground plays the
// agent and the validators here; on a real chain they are other programs.
func ExampleEmployer_WaitAndFinalize() {
	ctx := context.Background()
	env, err := agijobstest.Start(ctx) // chain + protocol + funded, staked roles
	if err != nil {
		log.Fatal(err)
	}
	defer env.Close()
	ctx, stop := env.ServeBackground(ctx, agijobstest.ServeOptions{Agent: true, Committee: true})
	defer stop()
	now, err := env.Now(ctx) // the chain's clock
	if err != nil {
		log.Fatal(err)
	}
	employer := env.Employer(0)
	posted, err := employer.PostJob(ctx, escrow.PostJobParams{Spec: agijobstest.SampleSpec(), Reward: deploy.Ether(100), Deadline: now.Add(24 * time.Hour)})
	if err != nil {
		log.Fatal(err)
	}
	done, err := employer.WaitAndFinalize(ctx, posted.JobID, 5*time.Minute)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("job", done.Job.ID, done.Job.State, "agent paid:", done.Job.Success)
	// Output: job 1 Finalized agent paid: true
}
