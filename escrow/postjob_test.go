package escrow_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/stakemanager"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/contracts/reverts"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/internal/testenv"
)

// TestPostJobPausedSendsNothing: on a paused registry (a fresh
// deployment's state) or frozen escrow, PostJob says so and what lifts it,
// and sends no transaction, not even the approve.
func TestPostJobPausedSendsNothing(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	jr, jrb := en.Addresses().JobRegistry, jobregistry.NewJobRegistry()
	emp := en.employer.Address()
	p := escrow.PostJobParams{Spec: testSpec(), Reward: deploy.Ether(10), Deadline: en.chainNow().Add(time.Hour)}

	en.owner(jr, jrb.PackPause(), "pause")
	before := en.nonce(emp)
	_, err := en.employer.PostJob(ctx, p)
	var un *escrow.UnavailableError
	if !errors.Is(err, escrow.ErrPaused) || !errors.As(err, &un) || un.Module != "JobRegistry" || un.Address != jr {
		t.Fatalf("paused: want an *UnavailableError matching ErrPaused, got %T %v", err, err)
	}
	if !strings.Contains(err.Error(), "unpause") || !strings.Contains(err.Error(), "nothing was sent") {
		t.Fatalf("the message does not say what to do: %v", err)
	}
	if got := en.nonce(emp); got != before {
		t.Fatalf("paused: %d transactions were sent", got-before)
	}
	en.owner(jr, jrb.PackUnpause(), "unpause")

	en.owner(jr, jrb.PackSetEscrowStatus(false), "freeze")
	_, err = en.employer.PostJob(ctx, p)
	if !errors.Is(err, escrow.ErrEscrowFrozen) || !errors.As(err, &un) || !strings.Contains(err.Error(), "setEscrowStatus(true)") {
		t.Fatalf("frozen: want an *UnavailableError matching ErrEscrowFrozen, got %v", err)
	}
	if got := en.nonce(emp); got != before {
		t.Fatalf("frozen: %d transactions were sent", got-before)
	}
	en.owner(jr, jrb.PackSetEscrowStatus(true), "unfreeze")

	// A paused StakeManager does not stop createJob (it pulls the escrow
	// whatever its pause), so it does not stop PostJob either.
	sm := en.Addresses().StakeManager
	en.owner(sm, stakemanager.NewStakeManager().PackPause(), "pause StakeManager")
	if res, err := en.employer.PostJob(ctx, p); err != nil || res.JobID == nil {
		t.Fatalf("with the StakeManager paused: %+v %v", res, err)
	}
}

// pendingAhead is a backend whose pending block is ahead of the head by
// lead, like anvil's once the head is minutes old: the next block will
// carry the wall clock's time, not the head's plus a second.
type pendingAhead struct {
	chain.Backend
	lead time.Duration
}

func (b pendingAhead) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if n == nil || n.Int64() != int64(rpc.PendingBlockNumber) {
		return b.Backend.HeaderByNumber(ctx, n)
	}
	h, err := b.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	h = types.CopyHeader(h)
	h.Number.Add(h.Number, big.NewInt(1))
	h.Time += uint64(b.lead / time.Second)
	return h, nil
}

// TestPostJobDeadlineAgainstPendingBlock: a deadline after the head's
// time but before the next block's is refused before anything is sent,
// as is one within DeadlineMargin of the next block.
func TestPostJobDeadlineAgainstPendingBlock(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	c, err := escrow.New(ctx, escrow.Config{Backend: pendingAhead{en.Backend(), time.Hour}, Addresses: en.c.Addresses(), Store: en.Store(), ChainID: en.ChainID()})
	if err != nil {
		t.Fatal(err)
	}
	employer := c.Employer(en.manager(en.Roles().Employers[0]))
	head := en.chainNow()
	before := en.nonce(employer.Address())
	for _, d := range []time.Duration{30 * time.Minute, time.Hour + escrow.DeadlineMargin - time.Second} {
		_, err := employer.PostJob(ctx, escrow.PostJobParams{Spec: testSpec(), Reward: deploy.Ether(10), Deadline: head.Add(d)})
		wantInput(t, err, "Deadline")
		if !strings.Contains(err.Error(), "next block") {
			t.Fatalf("head + %v: the message does not name the next block: %v", d, err)
		}
	}
	if got := en.nonce(employer.Address()); got != before {
		t.Fatalf("%d transactions were sent", got-before)
	}
	// Past the margin the job is created.
	if _, err := employer.PostJob(ctx, escrow.PostJobParams{Spec: testSpec(), Reward: deploy.Ether(10), Deadline: head.Add(2 * time.Hour)}); err != nil {
		t.Fatal(err)
	}
}

// TestPostJobDeadlineStaleHeadAnvil is the case on a real node: anvil's
// clock moved an hour on (evm_increaseTime) while the head block is old.
// A deadline half an hour after the head passed the old check, got its
// approve mined and then reverted in createJob; now nothing is sent.
func TestPostJobDeadlineStaleHeadAnvil(t *testing.T) {
	node := testenv.StartAnvil(t)
	env := agijobstest.New(t, agijobstest.WithRPC(node.URL), agijobstest.WithAgents(0), agijobstest.WithValidators(0))
	ctx := context.Background()
	rc := env.Backend().(*chain.Conn).RPC()
	if err := rc.CallContext(ctx, nil, "evm_increaseTime", 3600); err != nil {
		t.Fatal(err)
	}
	head, err := env.Now(ctx)
	if err != nil {
		t.Fatal(err)
	}
	employer := env.Employer(0)
	before, err := env.Backend().NonceAt(ctx, employer.Address(), nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = employer.PostJob(ctx, escrow.PostJobParams{Spec: testSpec(), Reward: deploy.Ether(10), Deadline: head.Add(30 * time.Minute)})
	wantInput(t, err, "Deadline")
	after, err := env.Backend().NonceAt(ctx, employer.Address(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if after != before {
		t.Fatalf("%d transactions were sent for a deadline the next block passes", after-before)
	}
	if _, err := employer.PostJob(ctx, escrow.PostJobParams{Spec: testSpec(), Reward: deploy.Ether(10), Deadline: head.Add(2 * time.Hour)}); err != nil {
		t.Fatal(err)
	}
}

// pauseAfterApprove is a Sender that counts the approves it sends and,
// after the first, has the owner pause the JobRegistry: the protocol
// paused between PostJob's check and its createJob.
type pauseAfterApprove struct {
	escrow.Sender
	approves atomic.Int32
	pause    func()
}

func (s *pauseAfterApprove) Send(ctx context.Context, c chain.TxCandidate) (*types.Receipt, error) {
	r, err := s.Sender.Send(ctx, c)
	if err == nil && strings.HasPrefix(c.Label, "approve") && s.approves.Add(1) == 1 {
		s.pause()
	}
	return r, err
}

// TestPostJobRetryReusesApproval: a createJob that fails after its approve
// leaves the allowance, and the retry creates the job with it: one
// approve in all.
func TestPostJobRetryReusesApproval(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	jr, jrb := en.Addresses().JobRegistry, jobregistry.NewJobRegistry()
	s := &pauseAfterApprove{Sender: en.manager(en.Roles().Employers[0]), pause: func() { en.owner(jr, jrb.PackPause(), "pause") }}
	employer := en.c.Employer(s)
	p := escrow.PostJobParams{Spec: testSpec(), Reward: deploy.Ether(10), Deadline: en.chainNow().Add(time.Hour)}
	res, err := employer.PostJob(ctx, p)
	var paused *reverts.EnforcedPauseError
	if !errors.As(err, &paused) || res == nil || res.Approve == nil || res.Create != nil {
		t.Fatalf("want createJob to revert on the pause after the approve, got %+v %v", res, err)
	}
	en.owner(jr, jrb.PackUnpause(), "unpause")
	again, err := employer.PostJob(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if again.Existing || again.JobID == nil || again.Approve != nil {
		t.Fatalf("retry: %+v", again)
	}
	if n := s.approves.Load(); n != 1 {
		t.Fatalf("%d approves were sent, want 1", n)
	}
}
