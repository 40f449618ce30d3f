package escrow_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/validationmodule"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/storage"
)

// chainTime returns the time of the embedded chain's head block.
func chainTime(ctx context.Context, e *agijobs.Embedded) time.Time {
	h, err := e.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		panic(err)
	}
	return time.Unix(int64(h.Time), 0)
}

func ExampleEmployer_PostJob() {
	ctx := context.Background()
	e, err := agijobs.NewEmbedded(ctx, agijobs.EmbeddedConfig{})
	if err != nil {
		panic(err)
	}
	defer e.Close()
	store := storage.NewMemory()
	defer store.Close()
	ec, err := e.Escrow(ctx, store)
	if err != nil {
		panic(err)
	}
	sender, err := e.Manager(ctx, e.Roles().Employers[0])
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
		Deadline: chainTime(ctx, e).Add(72 * time.Hour),
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
	e, err := agijobs.NewEmbedded(ctx, agijobs.EmbeddedConfig{})
	if err != nil {
		panic(err)
	}
	defer e.Close()
	ec, err := e.Escrow(ctx, storage.NewMemory())
	if err != nil {
		panic(err)
	}
	sender, err := e.Manager(ctx, e.Roles().Employers[0])
	if err != nil {
		panic(err)
	}
	_, err = ec.Employer(sender).PostJob(ctx, escrow.PostJobParams{
		Spec:     &storage.JobSpec{Title: "No description", Category: "x", AgentTypes: []string{"ai"}, AcceptanceCriteria: []string{"ok"}},
		Reward:   new(big.Int),
		Deadline: chainTime(ctx, e).Add(-time.Hour),
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
	e, err := agijobs.NewEmbedded(ctx, agijobs.EmbeddedConfig{Agents: 1, Validators: 3})
	if err != nil {
		panic(err)
	}
	defer e.Close()
	ec, err := e.Escrow(ctx, storage.NewMemory())
	if err != nil {
		panic(err)
	}
	roles := e.Roles()
	mgr := func(s chain.Signer) *chain.Manager {
		m, err := e.Manager(ctx, s)
		if err != nil {
			panic(err)
		}
		return m
	}
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	// Governance puts the validators in the pool; each stakes.
	var validators []*escrow.Validator
	var pool []chain.KeySigner
	for _, s := range roles.Validators {
		v, err := ec.Validator(mgr(s), escrow.ValidatorOptions{Votes: &escrow.MemoryVoteStore{}})
		must(err)
		_, err = v.Stake(ctx, deploy.Ether(500))
		must(err)
		validators = append(validators, v)
		pool = append(pool, s)
	}
	vm := e.Addresses().ValidationModule
	addrs := []common.Address{pool[0].Address(), pool[1].Address(), pool[2].Address()}
	_, err = e.Sender().Send(ctx, chain.TxCandidate{To: &vm, Data: validationmodule.NewValidationModule().PackSetValidatorPool(addrs), Label: "setValidatorPool"})
	must(err)

	employer := ec.Employer(mgr(roles.Employers[0]))
	agent := ec.Agent(mgr(roles.Agents[0]), escrow.Identity{Subdomain: "alice"})
	_, err = agent.Stake(ctx, deploy.Ether(50))
	must(err)
	posted, err := employer.PostJob(ctx, escrow.PostJobParams{Spec: testSpec(), Reward: deploy.Ether(100), Deadline: chainTime(ctx, e).Add(24 * time.Hour)})
	must(err)
	id := posted.JobID
	_, err = agent.Apply(ctx, id)
	must(err)
	_, err = agent.Submit(ctx, escrow.SubmitParams{JobID: id, Result: testResult()})
	must(err)

	// The draw is seeded by the round's selection block, a few blocks
	// after the submission (Params.SelectionDelay), and is sent with that
	// block's header once the head is past it. The embedded chain mines only when asked: mine up to it.
	round, err := ec.Round(ctx, id)
	must(err)
	for head, err := e.Backend().BlockNumber(ctx); head <= round.SelectionBlock; head++ {
		must(err)
		e.Chain().Commit()
	}
	committee, _, err := validators[0].SelectValidators(ctx, id)
	must(err)
	fmt.Println("committee size:", len(committee))
	for _, v := range validators {
		_, err := v.Commit(ctx, escrow.CommitParams{JobID: id, Approve: true})
		must(err)
	}
	prm, err := ec.Params(ctx)
	must(err)
	must(e.Chain().AdvanceTime(ctx, prm.CommitWindow+time.Second))
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
	e, err := agijobs.NewEmbedded(ctx, agijobs.EmbeddedConfig{})
	if err != nil {
		panic(err)
	}
	defer e.Close()
	ec, err := e.Escrow(ctx, nil)
	if err != nil {
		panic(err)
	}
	// Job 1 does not exist: the waiter gives up after maxWait.
	_, err = ec.WaitForState(ctx, big.NewInt(1), 100*time.Millisecond, escrow.StateFinalized)
	fmt.Println(errors.Is(err, escrow.ErrWaitTimeout))
	// Output:
	// true
}
