package escrow_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/reputationengine"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/contracts/reverts"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/internal/testcontracts/blockingtoken"
)

// owner sends an owner call and fails the test on error.
func (en *env) owner(to common.Address, data []byte, label string) {
	en.t.Helper()
	if _, err := en.Owner().Send(context.Background(), chain.TxCandidate{To: &to, Data: data, Label: label}); err != nil {
		en.t.Fatalf("%s: %v", label, err)
	}
}

// blockingToken deploys a test token of 6 decimals whose issuer can block
// accounts, allowlists it for escrow and mints 1,000 tokens to the
// employer.
func (en *env) blockingToken() common.Address {
	en.t.Helper()
	ctx := context.Background()
	bt := blockingtoken.NewBlockingToken()
	r, err := en.Owner().Send(ctx, chain.TxCandidate{Data: append(common.FromHex(blockingtoken.BlockingTokenMetaData.Bin), bt.PackConstructor(6)...), Label: "deploy BlockingToken"})
	if err != nil {
		en.t.Fatal(err)
	}
	tok := r.ContractAddress
	en.owner(en.Addresses().JobRegistry, jobregistry.NewJobRegistry().PackSetTokenAllowed(tok, true), "setTokenAllowed")
	en.owner(tok, bt.PackMint(en.employer.Address(), big.NewInt(1_000_000_000)), "mint")
	return tok
}

func TestRewardLimitsPerToken(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	tok := en.blockingToken()
	tc, err := en.c.TokenConfig(ctx, tok)
	if err != nil {
		t.Fatal(err)
	}
	if tc.Decimals != 6 || tc.MinReward.Cmp(big.NewInt(1_000_000)) != 0 || tc.StakeBps != 500 {
		t.Fatalf("token config: %+v", tc)
	}
	def, err := en.c.TokenConfig(ctx, common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	if def.Decimals != 18 || def.MinReward.Cmp(deploy.Ether(1)) != 0 {
		t.Fatalf("default token config: %+v", def)
	}
	before := en.nonce(en.employer.Address())
	post := func(token common.Address, reward *big.Int) error {
		_, err := en.employer.PostJob(ctx, escrow.PostJobParams{Spec: testSpec(), Reward: reward, Token: token, Deadline: en.chainNow().Add(time.Hour)})
		return err
	}
	// Below the floor of one whole token, in the token's own units.
	err = post(tok, big.NewInt(500_000))
	wantInput(t, err, "Reward")
	for _, want := range []string{"0.5 tokens is below the token's minimum reward of 1 token (1000000 in the smallest unit)", "raise the reward to at least 1 token"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message lacks %q: %v", want, err)
		}
	}
	err = post(common.Address{}, new(big.Int).Div(deploy.Ether(1), big.NewInt(2)))
	wantInput(t, err, "Reward")
	if !strings.Contains(err.Error(), "0.5 tokens is below the token's minimum reward of 1 token") {
		t.Errorf("default token floor: %v", err)
	}
	// Above a ceiling governance set.
	en.owner(en.Addresses().JobRegistry, jobregistry.NewJobRegistry().PackSetTokenConfig(tok, big.NewInt(1_000_000), big.NewInt(50_000_000), big.NewInt(1000)), "setTokenConfig")
	err = post(tok, big.NewInt(60_000_000))
	wantInput(t, err, "Reward")
	if !strings.Contains(err.Error(), "60 tokens is above the token's maximum reward of 50 tokens") {
		t.Errorf("ceiling: %v", err)
	}
	if got := en.nonce(en.employer.Address()); got != before {
		t.Fatalf("%d transactions were sent for rewards out of bounds", got-before)
	}
	// Within the limits the job is created with its stake fixed at
	// creation: 10% of 20 tokens is 2 tokens (scaled to 18 decimals), below
	// the job stake floor of 10 AGIALPHA, so the floor applies.
	want, err := en.c.JobStakeFor(ctx, tok, big.NewInt(20_000_000))
	if err != nil {
		t.Fatal(err)
	}
	prm, err := en.c.Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want.Cmp(prm.JobStake) != 0 {
		t.Fatalf("JobStakeFor = %v, want the floor %v", want, prm.JobStake)
	}
	res, err := en.employer.PostJob(ctx, escrow.PostJobParams{Spec: testSpec(), Reward: big.NewInt(20_000_000), Token: tok, Deadline: en.chainNow().Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if res.Stake.Cmp(want) != 0 {
		t.Fatalf("job stake %v, want %v", res.Stake, want)
	}
	// A large default-token job locks 5% of its reward.
	big1 := en.post(deploy.Ether(10_000))
	j, err := en.c.Job(ctx, big1.JobID)
	if err != nil {
		t.Fatal(err)
	}
	if j.Stake.Cmp(deploy.Ether(500)) != 0 || big1.Stake.Cmp(j.Stake) != 0 {
		t.Fatalf("stake of a 10,000-token job: %v (result %v)", j.Stake, big1.Stake)
	}
}

func TestApplyNamesTheMissingStake(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	// 5% of 10,000 tokens is 500 tokens; the agent staked 100.
	id := en.post(deploy.Ether(10_000)).JobID
	n := en.nonce(en.agent.Address())
	_, err := en.agent.Apply(ctx, id)
	wantInput(t, err, "Sender")
	for _, want := range []string{"400 AGIALPHA short", "job " + id.String() + " locks 500 AGIALPHA", "Agent.EnsureStake"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message lacks %q: %v", want, err)
		}
	}
	if en.nonce(en.agent.Address()) != n {
		t.Fatal("a transaction was sent")
	}
	j, err := en.c.Job(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	st, err := en.c.StakeOf(ctx, en.agent.Address(), escrow.RoleAgent)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := en.agent.EnsureStake(ctx, new(big.Int).Add(st.Locked, j.Stake)); err != nil {
		t.Fatal(err)
	}
	if _, err := en.agent.Apply(ctx, id); err != nil {
		t.Fatal(err)
	}
	if st, _ = en.c.StakeOf(ctx, en.agent.Address(), escrow.RoleAgent); st.Locked.Cmp(j.Stake) != 0 {
		t.Fatalf("locked %v, want the job's stake %v", st.Locked, j.Stake)
	}
}

// TestWithdrawCredit refunds an employer whose token refuses the refund:
// the StakeManager credits it, and the employer pulls the credit once the
// token lets it.
func TestWithdrawCredit(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	tok := en.blockingToken()
	bt := blockingtoken.NewBlockingToken()
	emp := en.employer.Address()
	_, err := en.employer.WithdrawCredit(ctx, tok)
	wantInput(t, err, "token")
	res, err := en.employer.PostJob(ctx, escrow.PostJobParams{Spec: testSpec(), Reward: big.NewInt(10_000_000), Token: tok, Deadline: en.chainNow().Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	en.owner(tok, bt.PackSetBlocked(emp, true), "block the employer")
	if _, err := en.employer.Cancel(ctx, res.JobID); err != nil {
		t.Fatal(err)
	}
	due := new(big.Int).Add(big.NewInt(10_000_000), res.Fee)
	credit, err := en.c.Credits(ctx, tok, emp)
	if err != nil || credit.Cmp(due) != 0 {
		t.Fatalf("credit %v (%v), want %v", credit, err, due)
	}
	// Still blocked: the withdrawal reverts and the credit stays.
	if _, err := en.employer.WithdrawCredit(ctx, tok); err == nil {
		t.Fatal("a withdrawal to a blocked account succeeded")
	}
	en.owner(tok, bt.PackSetBlocked(emp, false), "unblock the employer")
	before, err := en.c.Balance(ctx, tok, emp)
	if err != nil {
		t.Fatal(err)
	}
	w, err := en.employer.WithdrawCredit(ctx, tok)
	if err != nil {
		t.Fatal(err)
	}
	after, err := en.c.Balance(ctx, tok, emp)
	if err != nil {
		t.Fatal(err)
	}
	if w.Amount.Cmp(due) != 0 || w.Token != tok || w.Receipt == nil || new(big.Int).Sub(after, before).Cmp(due) != 0 {
		t.Fatalf("withdrawal %+v, balance %v -> %v", w, before, after)
	}
	if credit, _ = en.c.Credits(ctx, tok, emp); credit.Sign() != 0 {
		t.Fatalf("credit left: %v", credit)
	}
	// Nothing is credited in the stake token either.
	_, err = en.agent.WithdrawCredit(ctx, common.Address{})
	wantInput(t, err, "token")
}

// TestDisputeOnlyStalledValidation: a Submitted job is disputable only
// once its validation stalled (here: the committee was never drawn by the
// deadline plus the grace period).
func TestDisputeOnlyStalledValidation(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	id := en.submitted()
	j, err := en.c.Job(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	at, stage, err := en.c.DisputableAt(ctx, j)
	if err != nil {
		t.Fatal(err)
	}
	prm, err := en.c.Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !at.Equal(j.Deadline.Add(prm.GracePeriod+time.Second)) || !strings.Contains(stage, "not drawn") {
		t.Fatalf("disputable at %s (%s), deadline %s", at, stage, j.Deadline)
	}
	n := en.nonce(en.employer.Address())
	_, err = en.employer.Dispute(ctx, escrow.DisputeParams{JobID: id, Reason: "slow"})
	wantInput(t, err, "JobID")
	if !strings.Contains(err.Error(), "it can be disputed only if validation stalls, from "+at.UTC().Format(time.RFC3339)) {
		t.Fatalf("message: %v", err)
	}
	if en.nonce(en.employer.Address()) != n {
		t.Fatal("a transaction was sent")
	}
	// Sent anyway, the contract's ValidationPending comes back typed, with
	// the time in the hint.
	_, err = en.mgrOf(en.employer.Address()).Send(ctx, en.built(en.c.BuildDispute(id, common.Hash{}, "slow")))
	var vp *reverts.ValidationPendingError
	if !errors.As(err, &vp) || vp.DisputableAt.Int64() != at.Unix() {
		t.Fatalf("raw dispute: %v", err)
	}
	// One second before, still pending; from then on, stalled, and the
	// agent may dispute too.
	en.advance(at.Sub(en.chainNow()) - 2*time.Second)
	wantInput(t, errOnly(en.agent.Dispute(ctx, escrow.DisputeParams{JobID: id})), "JobID")
	en.advance(2 * time.Second)
	if _, err := en.agent.Dispute(ctx, escrow.DisputeParams{JobID: id, Reason: "nobody validated"}); err != nil {
		t.Fatal(err)
	}
	if j, _ = en.c.Job(ctx, id); j.State != escrow.StateDisputed {
		t.Fatalf("state %v", j.State)
	}
	var kinds []escrow.EventKind
	for ev, err := range en.c.Events(ctx, escrow.EventQuery{JobID: id, Kinds: []escrow.EventKind{escrow.EventValidationAborted, escrow.EventJobDisputed}}) {
		if err != nil {
			t.Fatal(err)
		}
		kinds = append(kinds, ev.Kind())
	}
	if len(kinds) != 2 || kinds[0] != escrow.EventValidationAborted || kinds[1] != escrow.EventJobDisputed {
		t.Fatalf("events %v", kinds)
	}
}

func TestBlacklistedAgentCannotSubmit(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	id := en.post(deploy.Ether(10)).JobID
	if _, err := en.agent.Apply(ctx, id); err != nil {
		t.Fatal(err)
	}
	en.owner(en.Addresses().ReputationEngine, reputationengine.NewReputationEngine().PackSetBlacklist(en.agent.Address(), true), "blacklist the agent")
	_, err := en.agent.Submit(ctx, escrow.SubmitParams{JobID: id, Result: testResult()})
	wantInput(t, err, "Sender")
	if !strings.Contains(err.Error(), "is blacklisted by the identity registry") || !strings.Contains(err.Error(), "ReputationEngine.setBlacklist") {
		t.Fatalf("message: %v", err)
	}
	// The contract refuses it too, with a typed error and the same advice.
	_, err = en.mgrOf(en.agent.Address()).Send(ctx, en.built(en.c.BuildSubmit(id, common.Hash{1}, "ipfs://x", "alice", nil)))
	var bl *reverts.BlacklistedError
	if !errors.As(err, &bl) || bl.Account != en.agent.Address() {
		t.Fatalf("raw submit: %v", err)
	}
}
