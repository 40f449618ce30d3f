package escrow_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/input"
)

// noPanic runs call and turns a panic into a test failure naming name; it
// returns the call's error.
func noPanic(t *testing.T, name string, call func() error) (err error) {
	t.Helper()
	defer func() {
		if p := recover(); p != nil {
			t.Errorf("%s panicked: %v", name, p)
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	return call()
}

// TestNilJobIDIsAnInputError covers the calls of the issue that panicked on
// a nil job id (reflect: call of reflect.Value.Type on zero Value) while
// Cancel(nil) returned an error: every one returns an *input.Error now,
// on a live deployment, and sends nothing.
func TestNilJobIDIsAnInputError(t *testing.T) {
	en := newEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	v := en.validators[0]
	before := en.nonce(en.agent.Address())
	calls := []struct {
		name string
		call func() error
	}{
		{"Agent.Apply", func() error { _, err := en.agent.Apply(ctx, nil); return err }},
		{"Agent.Submit", func() error {
			_, err := en.agent.Submit(ctx, escrow.SubmitParams{Result: testResult()})
			return err
		}},
		{"Client.Job", func() error { _, err := en.c.Job(ctx, nil); return err }},
		{"Client.Round", func() error { _, err := en.c.Round(ctx, nil); return err }},
		{"Client.Committee", func() error { _, err := en.c.Committee(ctx, nil); return err }},
		{"Client.WaitForState", func() error {
			_, err := en.c.WaitForState(ctx, nil, time.Second, escrow.StateCompleted)
			return err
		}},
		{"Client.WaitForCommittee", func() error { _, err := en.c.WaitForCommittee(ctx, nil, time.Second); return err }},
		{"Validator.SelectValidators", func() error { _, _, err := v.SelectValidators(ctx, nil, time.Second); return err }},
		{"Validator.Reveal", func() error { _, err := v.Reveal(ctx, nil); return err }},
		{"Validator.Tally", func() error { _, err := v.Tally(ctx, nil); return err }},
		{"Validator.IsMember", func() error { _, err := v.IsMember(ctx, nil); return err }},
		{"Employer.Cancel", func() error { _, err := en.employer.Cancel(ctx, nil); return err }},
		{"Employer.Finalize", func() error { _, err := en.employer.Finalize(ctx, nil); return err }},
		{"Employer.ClaimTimeout", func() error { _, err := en.employer.ClaimTimeout(ctx, nil); return err }},
		{"Employer.WaitAndFinalize", func() error { _, err := en.employer.WaitAndFinalize(ctx, nil, time.Second); return err }},
	}
	for _, c := range calls {
		err := noPanic(t, c.name, c.call)
		if !errors.Is(err, input.ErrInvalid) {
			t.Errorf("%s(nil job id) = %v, want an *input.Error", c.name, err)
		}
	}
	if got := en.nonce(en.agent.Address()); got != before {
		t.Fatalf("%d transactions were sent for a nil job id", got-before)
	}
}

// TestBuildRejectsNilAmounts covers the Build methods of the issue that
// panicked on a nil *big.Int: each names the argument in an *input.Error.
func TestBuildRejectsNilAmounts(t *testing.T) {
	en := newEnv(t)
	token := en.Addresses().Token
	builds := []struct {
		name string
		call func() error
	}{
		{"BuildApply", func() error { _, err := en.c.BuildApply(nil, "alice", nil); return err }},
		{"BuildSubmit", func() error { _, err := en.c.BuildSubmit(nil, common.Hash{1}, "ipfs://x", "alice", nil); return err }},
		{"BuildCancel", func() error { _, err := en.c.BuildCancel(nil); return err }},
		{"BuildClaimTimeout", func() error { _, err := en.c.BuildClaimTimeout(nil); return err }},
		{"BuildFinalize", func() error { _, err := en.c.BuildFinalize(nil); return err }},
		{"BuildTally", func() error { _, err := en.c.BuildTally(nil); return err }},
		{"BuildDispute", func() error { _, err := en.c.BuildDispute(nil, common.Hash{1}, "why"); return err }},
		{"BuildSelectValidators", func() error { _, err := en.c.BuildSelectValidators(nil, nil); return err }},
		{"BuildApprove", func() error { _, err := en.c.BuildApprove(token, nil); return err }},
		{"BuildDepositStake", func() error { _, err := en.c.BuildDepositStake(escrow.RoleAgent, nil); return err }},
		{"BuildRequestWithdraw", func() error { _, err := en.c.BuildRequestWithdraw(escrow.RoleAgent, nil); return err }},
		{"BuildCreateJob", func() error { _, err := en.c.BuildCreateJob(escrow.CreateJobCall{}); return err }},
		{"BuildCommit", func() error { _, err := en.c.BuildCommit(escrow.Vote{}, escrow.Identity{}); return err }},
		{"BuildReveal", func() error { _, err := en.c.BuildReveal(escrow.Vote{}, escrow.Identity{}); return err }},
	}
	for _, b := range builds {
		err := noPanic(t, b.name, b.call)
		if !errors.Is(err, input.ErrInvalid) {
			t.Errorf("%s with nil numbers = %v, want an *input.Error", b.name, err)
		}
	}
}

// TestRolesWithoutSender covers Employer(nil) and the other roles built
// without a sender (a read-only Client has none to give): their methods
// return an *input.Error naming the role instead of panicking, and
// Validator refuses a nil sender at once.
func TestRolesWithoutSender(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	id := big.NewInt(1)
	emp := en.c.Employer(nil)
	ag := en.c.Agent(nil, escrow.Identity{})
	calls := []struct {
		name string
		call func() error
	}{
		{"Employer(nil).PostJob", func() error {
			_, err := emp.PostJob(ctx, escrow.PostJobParams{Spec: testSpec(), Reward: deploy.Ether(1), Deadline: en.chainNow().Add(time.Hour)})
			return err
		}},
		{"Employer(nil).Cancel", func() error { _, err := emp.Cancel(ctx, id); return err }},
		{"Employer(nil).Finalize", func() error { _, err := emp.Finalize(ctx, id); return err }},
		{"Employer(nil).WithdrawCredit", func() error { _, err := emp.WithdrawCredit(ctx, common.Address{}); return err }},
		{"Agent(nil).Apply", func() error { _, err := ag.Apply(ctx, id); return err }},
		{"Agent(nil).Stake", func() error { _, err := ag.Stake(ctx, deploy.Ether(1)); return err }},
		{"Agent(nil).Submit", func() error {
			_, err := ag.Submit(ctx, escrow.SubmitParams{JobID: id, Result: testResult()})
			return err
		}},
		{"Validator(nil)", func() error {
			_, err := en.c.Validator(nil, escrow.ValidatorOptions{Votes: new(escrow.MemoryVoteStore)})
			return err
		}},
		{"zero Client.Job", func() error { _, err := new(escrow.Client).Job(ctx, id); return err }},
		{"nil Client.Params", func() error { _, err := (*escrow.Client)(nil).Params(ctx); return err }},
	}
	for _, c := range calls {
		err := noPanic(t, c.name, c.call)
		if !errors.Is(err, input.ErrInvalid) {
			t.Errorf("%s = %v, want an *input.Error", c.name, err)
		}
	}
	if emp.Address() != (common.Address{}) {
		t.Errorf("Employer(nil).Address() = %s, want the zero address", emp.Address().Hex())
	}
}
