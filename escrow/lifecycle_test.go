package escrow_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
)

func TestLifecycle(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	c := en.c
	tok := en.Addresses().Token
	bal := func(a common.Address) *big.Int {
		b, err := c.Balance(ctx, tok, a)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	empBefore, agentBefore := bal(en.employer.Address()), bal(en.agent.Address())

	reward := deploy.Ether(1000)
	res := en.post(reward)
	if res.JobID.Sign() <= 0 || res.Existing || res.Approve == nil || res.Create == nil {
		t.Fatalf("PostJob result: %+v", res)
	}
	j, err := c.Job(ctx, res.JobID)
	if err != nil {
		t.Fatal(err)
	}
	if j.State != escrow.StateCreated || j.State.String() != "Created" || j.SpecHash != res.SpecHash || j.Employer != en.employer.Address() {
		t.Fatalf("job after post: %+v", j)
	}
	id := res.JobID
	if _, err := en.agent.Apply(ctx, id); err != nil {
		t.Fatal(err)
	}
	sub, err := en.agent.Submit(ctx, escrow.SubmitParams{JobID: id, Result: testResult()})
	if err != nil {
		t.Fatal(err)
	}
	if j, _ = c.Job(ctx, id); j.State != escrow.StateSubmitted || j.ResultHash != sub.ResultHash {
		t.Fatalf("job after submit: %v %s", j.State, j.ResultHash)
	}
	r, err := c.Round(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	prm, err := c.Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != escrow.RoundPending || prm.SelectionDelay < 2 || r.SelectionBlock != sub.Receipt.BlockNumber.Uint64()+prm.SelectionDelay {
		t.Fatalf("round after submit: %+v (submitted in block %v)", r, sub.Receipt.BlockNumber)
	}
	en.minePastSelection(id)
	committee, rcpt, err := en.validators[1].SelectValidators(ctx, id, time.Minute)
	if err != nil || rcpt == nil || len(committee) != 3 {
		t.Fatalf("select: %v %v %v", committee, rcpt, err)
	}
	if m, err := c.WaitForCommittee(ctx, id, time.Second); err != nil || len(m) != 3 {
		t.Fatalf("WaitForCommittee: %v %v", m, err)
	}
	// A second trigger returns the committee without sending.
	if m, r, err := en.validators[2].SelectValidators(ctx, id, time.Minute); err != nil || r != nil || len(m) != 3 {
		t.Fatalf("second select: %v %v %v", m, r, err)
	}
	for _, v := range en.validators {
		cr, err := v.Commit(ctx, escrow.CommitParams{JobID: id, Approve: true})
		if err != nil {
			t.Fatal(err)
		}
		// Retrying a commit sends nothing.
		again, err := v.Commit(ctx, escrow.CommitParams{JobID: id, Approve: true})
		if err != nil || again.Receipt != nil || again.Vote.Salt != cr.Vote.Salt {
			t.Fatalf("commit retry: %+v %v", again, err)
		}
	}
	prm, err = c.Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	en.advance(prm.CommitWindow + time.Second)
	for _, v := range en.validators {
		if _, err := v.Reveal(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := en.validators[0].Tally(ctx, id); err != nil {
		t.Fatal(err)
	}
	if j, err = c.WaitForState(ctx, id, time.Second, escrow.StateCompleted); err != nil || !j.Success {
		t.Fatalf("after tally: %+v %v", j, err)
	}
	if _, err := en.employer.Finalize(ctx, id); err != nil {
		t.Fatal(err)
	}
	if j, _ = c.Job(ctx, id); j.State != escrow.StateFinalized {
		t.Fatalf("state %v", j.State)
	}
	fee := escrow.Fee(reward, prm.FeePct)
	valReward := new(big.Int).Div(new(big.Int).Mul(reward, big.NewInt(int64(prm.ValidatorRewardPct))), big.NewInt(100))
	share := new(big.Int).Div(valReward, big.NewInt(3))
	agentGain := new(big.Int).Sub(reward, new(big.Int).Mul(share, big.NewInt(3)))
	if got := new(big.Int).Sub(empBefore, bal(en.employer.Address())); got.Cmp(new(big.Int).Add(reward, fee)) != 0 {
		t.Fatalf("employer paid %v, want %v", got, new(big.Int).Add(reward, fee))
	}
	if got := new(big.Int).Sub(bal(en.agent.Address()), agentBefore); got.Cmp(agentGain) != 0 {
		t.Fatalf("agent got %v, want %v", got, agentGain)
	}

	// The history holds the whole lifecycle in order.
	var kinds []escrow.EventKind
	for ev, err := range c.Events(ctx, escrow.EventQuery{JobID: id}) {
		if err != nil {
			t.Fatal(err)
		}
		kinds = append(kinds, ev.Kind())
	}
	want := []escrow.EventKind{escrow.EventJobCreated, escrow.EventAgentAssigned, escrow.EventResultSubmitted, escrow.EventValidatorsSelected,
		escrow.EventValidationCommitted, escrow.EventValidationCommitted, escrow.EventValidationCommitted,
		escrow.EventValidationRevealed, escrow.EventValidationRevealed, escrow.EventValidationRevealed,
		escrow.EventValidationTallied, escrow.EventJobCompleted, escrow.EventJobFinalized}
	if len(kinds) != len(want) {
		t.Fatalf("events %v, want %v", kinds, want)
	}
	for i := range want {
		if kinds[i] != want[i] {
			t.Fatalf("events %v, want %v", kinds, want)
		}
	}
	// Jobs filters by party and state.
	n := 0
	for j, err := range c.Jobs(ctx, escrow.JobQuery{Agent: en.agent.Address(), State: escrow.StateFinalized}) {
		if err != nil {
			t.Fatal(err)
		}
		if j.ID.Cmp(id) != 0 {
			t.Fatalf("unexpected job %v", j.ID)
		}
		n++
	}
	if n != 1 {
		t.Fatalf("Jobs found %d", n)
	}
}
