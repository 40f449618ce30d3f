package escrow_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/identityregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/contracts/reverts"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/wait"
)

// nonce returns the mined nonce of a.
func (en *env) nonce(a common.Address) uint64 {
	en.t.Helper()
	n, err := en.Backend().NonceAt(context.Background(), a, nil)
	if err != nil {
		en.t.Fatal(err)
	}
	return n
}

// built returns the candidate of a Build method, failing the test on its
// error.
func (en *env) built(c chain.TxCandidate, err error) chain.TxCandidate {
	en.t.Helper()
	if err != nil {
		en.t.Fatal(err)
	}
	return c
}

// wantInput checks that err holds an *input.Error on field.
func wantInput(t *testing.T, err error, field string) {
	t.Helper()
	if !errors.Is(err, input.ErrInvalid) {
		t.Fatalf("want an input error on %s, got %v", field, err)
	}
	var ies input.Errors
	if errors.As(err, &ies) {
		for _, ie := range ies {
			if ie.Field == field {
				return
			}
		}
		t.Fatalf("no problem on %s in %v", field, err)
	}
	var ie *input.Error
	if !errors.As(err, &ie) || ie.Field != field {
		t.Fatalf("want a problem on %s, got %v", field, err)
	}
}

func TestPostJobRejectsBadInputBeforeSending(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	emp := en.employer.Address()
	good := func() escrow.PostJobParams {
		return escrow.PostJobParams{Spec: testSpec(), Reward: deploy.Ether(10), Deadline: en.chainNow().Add(time.Hour)}
	}
	before := en.nonce(emp)
	cases := []struct {
		name, field string
		edit        func(p *escrow.PostJobParams)
	}{
		{"malformed spec", "Spec.title", func(p *escrow.PostJobParams) { p.Spec.Title = "" }},
		{"nil spec", "Spec", func(p *escrow.PostJobParams) { p.Spec = nil }},
		{"zero reward", "Reward", func(p *escrow.PostJobParams) { p.Reward = new(big.Int) }},
		{"nil reward", "Reward", func(p *escrow.PostJobParams) { p.Reward = nil }},
		{"reward beyond balance", "Reward", func(p *escrow.PostJobParams) { p.Reward = deploy.Ether(999_999) }},
		{"past deadline", "Deadline", func(p *escrow.PostJobParams) { p.Deadline = en.chainNow().Add(-time.Minute) }},
		{"deadline beyond limit", "Deadline", func(p *escrow.PostJobParams) { p.Deadline = en.chainNow().Add(365 * 24 * time.Hour) }},
		{"unknown token", "Token", func(p *escrow.PostJobParams) { p.Token = common.HexToAddress("0x1234") }},
		{"spec reward disagrees", "Spec.reward", func(p *escrow.PostJobParams) { p.Spec.Reward = "5" }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := good()
			tc.edit(&p)
			_, err := en.employer.PostJob(ctx, p)
			wantInput(t, err, tc.field)
			if !strings.Contains(err.Error(), tc.field) {
				t.Fatalf("message does not name %s: %v", tc.field, err)
			}
		})
	}
	// Several problems are reported at once.
	p := good()
	p.Reward, p.Spec.Description = nil, ""
	_, err := en.employer.PostJob(ctx, p)
	wantInput(t, err, "Reward")
	wantInput(t, err, "Spec.description")
	// The storage package's own field error stays reachable.
	var ies input.Errors
	if !errors.As(err, &ies) || len(ies) < 2 {
		t.Fatalf("not every problem is listed: %v", err)
	}
	var doc *input.Error
	if last := ies[len(ies)-1]; !errors.As(last.Err, &doc) || doc.Field != "description" {
		t.Fatalf("the storage field error is not reachable: %#v", last)
	}
	if got := en.nonce(emp); got != before {
		t.Fatalf("%d transactions were sent for bad input", got-before)
	}
}

func TestWrongRole(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	id := en.post(deploy.Ether(10)).JobID
	// The agent cannot cancel the employer's job.
	wantInput(t, errOnly(en.c.Employer(en.mgrOf(en.agent.Address())).Cancel(ctx, id)), "Sender")
	// The employer cannot apply to its own job.
	wantInput(t, errOnly(en.c.Agent(en.mgrOf(en.employer.Address()), escrow.Identity{}).Apply(ctx, id)), "Sender")
	// An allowlisted agent without an agent stake cannot apply: a
	// validator the owner also allowlists as an agent.
	stranger := en.validators[0].Address()
	en.owner(en.Addresses().IdentityRegistry, identityregistry.NewIdentityRegistry().PackAddAdditionalAgent(stranger), "allowlist as agent")
	agent2 := en.c.Agent(en.mgrOf(stranger), escrow.Identity{Subdomain: "bob"})
	wantInput(t, errOnly(agent2.Apply(ctx, id)), "Sender") // allowlisted but not staked
	// Finalize before completion names the state.
	_, err := en.employer.Finalize(ctx, id)
	wantInput(t, err, "JobID")
	if !strings.Contains(err.Error(), "Created") {
		t.Fatalf("error does not name the state: %v", err)
	}
	// A validator not on the committee cannot commit.
	sid, _ := en.selected()
	outsider, err := en.c.Validator(en.mgrOf(en.agent.Address()), escrow.ValidatorOptions{Votes: &escrow.MemoryVoteStore{}})
	if err != nil {
		t.Fatal(err)
	}
	wantInput(t, errOnly(outsider.Commit(ctx, escrow.CommitParams{JobID: sid, Approve: true})), "Sender")
	// Revealing before the commit deadline is refused before sending.
	if _, err := en.validators[0].Commit(ctx, escrow.CommitParams{JobID: sid, Approve: true}); err != nil {
		t.Fatal(err)
	}
	wantInput(t, errOnly(en.validators[0].Reveal(ctx, sid)), "JobID")
	// A validator without a vote store is refused.
	if _, err := en.c.Validator(en.mgrOf(en.agent.Address()), escrow.ValidatorOptions{}); !errors.Is(err, input.ErrInvalid) {
		t.Fatalf("nil vote store: %v", err)
	}
}

func errOnly[T any](_ T, err error) error { return err }

func TestRevertSurfacesTypedError(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	id := en.post(deploy.Ether(10)).JobID
	jr := en.Addresses().JobRegistry
	if _, err := en.Owner().Send(ctx, chain.TxCandidate{To: &jr, Data: jobregistry.NewJobRegistry().PackSetEscrowStatus(false), Label: "freeze"}); err != nil {
		t.Fatal(err)
	}
	_, err := en.employer.Cancel(ctx, id)
	var frozen *reverts.EscrowFrozenError
	var ee *escrow.Error
	var re *chain.RevertError
	if !errors.As(err, &frozen) || !errors.As(err, &ee) || !errors.As(err, &re) || !errors.Is(err, chain.ErrReverted) {
		t.Fatalf("want a typed revert, got %T %v", err, err)
	}
	// The action once, the problem, one remedy (escrow's).
	want := fmt.Sprintf("escrow: cancelJob %v: execution reverted: escrow frozen: governance froze escrow; retry once it is re-enabled", id)
	if err.Error() != want {
		t.Fatalf("got  %v\nwant %s", err, want)
	}
}

func TestPostJobRetryDoesNotDuplicate(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	p := escrow.PostJobParams{Spec: testSpec(), Reward: deploy.Ether(10), Deadline: en.chainNow().Add(time.Hour)}
	first, err := en.employer.PostJob(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	n := en.nonce(en.employer.Address())
	again, err := en.employer.PostJob(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if !again.Existing || again.JobID.Cmp(first.JobID) != 0 || again.Create != nil {
		t.Fatalf("retry created a job: %+v", again)
	}
	if en.nonce(en.employer.Address()) != n {
		t.Fatal("retry sent a transaction")
	}
	// The allowance left over is exact: approve was for reward + fee only.
	// A deliberate duplicate is allowed.
	p.AllowDuplicate = true
	dup, err := en.employer.PostJob(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if dup.Existing || dup.JobID.Cmp(first.JobID) == 0 {
		t.Fatalf("AllowDuplicate: %+v", dup)
	}
	// A cancelled job is not reused.
	if _, err := en.employer.Cancel(ctx, first.JobID); err != nil {
		t.Fatal(err)
	}
	if _, err := en.employer.Cancel(ctx, dup.JobID); err != nil {
		t.Fatal(err)
	}
	p.AllowDuplicate = false
	third, err := en.employer.PostJob(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if third.Existing {
		t.Fatalf("a cancelled job was reused: %+v", third)
	}
}

func TestWaiters(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	id := en.post(deploy.Ether(10)).JobID
	if _, err := en.c.WaitForState(ctx, id, 0, escrow.StateApplied); !errors.Is(err, input.ErrInvalid) {
		t.Fatalf("maxWait 0: %v", err)
	}
	j, err := en.c.WaitForState(ctx, id, 150*time.Millisecond, escrow.StateApplied)
	if !errors.Is(err, wait.ErrTimeout) || j.State != escrow.StateCreated {
		t.Fatalf("timeout: %v %v", j.State, err)
	}
	m, err := en.c.WaitForCommittee(ctx, id, 100*time.Millisecond)
	if !errors.Is(err, wait.ErrTimeout) || len(m) != 0 {
		t.Fatalf("committee timeout: %v %v", m, err)
	}
	// A state reached meanwhile ends the wait.
	go func() {
		time.Sleep(50 * time.Millisecond)
		_, _ = en.agent.Apply(ctx, id)
	}()
	if j, err = en.c.WaitForState(ctx, id, 5*time.Second, escrow.StateApplied); err != nil || j.State != escrow.StateApplied {
		t.Fatalf("wait: %v %v", j.State, err)
	}
}

// TestWaitForStateCancelledJob: a job cancelled while an agent waits for
// it to be Applied ends the wait at once with ErrJobEnded and the job,
// not after maxWait.
func TestWaitForStateCancelledJob(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	id := en.post(deploy.Ether(11)).JobID
	go func() {
		time.Sleep(100 * time.Millisecond)
		_, _ = en.employer.Cancel(ctx, id)
	}()
	start := time.Now()
	j, err := en.c.WaitForState(ctx, id, time.Minute, escrow.StateApplied, escrow.StateFinalized)
	var ended *escrow.JobEndedError
	if !errors.Is(err, escrow.ErrJobEnded) || !errors.As(err, &ended) || errors.Is(err, wait.ErrTimeout) {
		t.Fatalf("want ErrJobEnded, got %v", err)
	}
	if ended.Job.State != escrow.StateCancelled || ended.Job.ID.Cmp(id) != 0 || j.State != escrow.StateCancelled || len(ended.Want) != 2 {
		t.Fatalf("ended %+v, returned %v", ended, j.State)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Fatalf("the wait ended after %v, not promptly", d)
	}
	if !strings.Contains(err.Error(), "ended Cancelled") {
		t.Fatalf("message: %v", err)
	}
}

func TestStateString(t *testing.T) {
	for s, want := range map[escrow.State]string{escrow.StateNone: "None", escrow.StateFinalized: "Finalized", escrow.StateCancelled: "Cancelled", 42: "State(42)"} {
		if s.String() != want {
			t.Errorf("%d: %q, want %q", uint8(s), s.String(), want)
		}
	}
}

// flakyBackend fails its first failures calls in transport, as a node
// that stays unreachable past the retry policy's budget does.
type flakyBackend struct {
	chain.Backend
	failures atomic.Int32
}

func (b *flakyBackend) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if b.failures.Add(-1) >= 0 {
		return nil, fmt.Errorf("%w: read: connection reset by peer", chain.ErrTransport)
	}
	return b.Backend.CallContract(ctx, msg, block)
}

// TestWaitersPollThroughTransportFailures: a poll that fails in transport
// does not end WaitForState or WaitForCommittee; the next poll that gets
// through does, and a wait that never gets through times out with the
// transport failure as its cause.
func TestWaitersPollThroughTransportFailures(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	id := en.post(deploy.Ether(12)).JobID
	b := &flakyBackend{Backend: en.Backend()}
	c, err := escrow.New(ctx, escrow.Config{Backend: b, Addresses: en.Addresses().EscrowAddresses(), Store: en.Store(), Wait: wait.Backoff{MinDelay: time.Millisecond, MaxDelay: 5 * time.Millisecond}})
	if err != nil {
		t.Fatal(err)
	}
	b.failures.Store(3)
	j, err := c.WaitForState(ctx, id, 10*time.Second, escrow.StateCreated)
	if err != nil || j.State != escrow.StateCreated || b.failures.Load() >= 0 {
		t.Fatalf("WaitForState through 3 transport failures: %v %v (failures left %d)", j.State, err, b.failures.Load())
	}
	b.failures.Store(1 << 30)
	_, err = c.WaitForState(ctx, id, 100*time.Millisecond, escrow.StateApplied)
	if !errors.Is(err, wait.ErrTimeout) || !chain.IsTransport(err) {
		t.Fatalf("an unreachable node: want a timeout caused by the transport, got %v", err)
	}
	_, err = c.WaitForCommittee(ctx, id, 100*time.Millisecond)
	if !errors.Is(err, wait.ErrTimeout) || !chain.IsTransport(err) {
		t.Fatalf("committee, unreachable node: want a timeout caused by the transport, got %v", err)
	}
}

// headlessBackend fails its first failures head reads in transport.
type headlessBackend struct {
	chain.Backend
	failures atomic.Int32
}

func (b *headlessBackend) BlockNumber(ctx context.Context) (uint64, error) {
	if b.failures.Add(-1) >= 0 {
		return 0, fmt.Errorf("%w: read: connection reset by peer", chain.ErrTransport)
	}
	return b.Backend.BlockNumber(ctx)
}

// TestWatchFromHeadThroughTransportFailures: Watch from the head (FromBlock
// 0) yields a failed first head read as an error and, when the loop goes
// on, reads the head again and delivers the events that follow.
func TestWatchFromHeadThroughTransportFailures(t *testing.T) {
	en := newEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	b := &headlessBackend{Backend: en.Backend()}
	b.failures.Store(2)
	c, err := escrow.New(ctx, escrow.Config{Backend: b, Addresses: en.Addresses().EscrowAddresses(), Store: en.Store()})
	if err != nil {
		t.Fatal(err)
	}
	var errs int
	var id *big.Int
	for ev, err := range c.Watch(ctx, escrow.WatchQuery{Kinds: []escrow.EventKind{escrow.EventJobCreated}, PollInterval: 10 * time.Millisecond}) {
		if err != nil {
			if !chain.IsTransport(err) || !strings.Contains(err.Error(), "read the head block") {
				t.Fatalf("want the head read's transport failure, got %v", err)
			}
			if errs++; errs == 2 {
				// Mined before the head is read again: FromBlock is that
				// head, which Watch delivers.
				id = en.post(deploy.Ether(3)).JobID
			}
			continue
		}
		if errs != 2 {
			t.Fatalf("an event before the head was read: %v", ev)
		}
		if got := ev.Info().JobID; got == nil || got.Cmp(id) != 0 {
			t.Fatalf("want job %v created, got %v", id, ev)
		}
		return
	}
	t.Fatalf("Watch ended: %v", ctx.Err())
}
