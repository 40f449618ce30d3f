package escrow_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/reverts"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/wait"
)

func TestHeaderRLP(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	head, err := en.Backend().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := en.c.HeaderRLP(ctx, head-1)
	if err != nil {
		t.Fatal(err)
	}
	h, err := en.Backend().HeaderByNumber(ctx, new(big.Int).SetUint64(head-1))
	if err != nil {
		t.Fatal(err)
	}
	if crypto.Keccak256Hash(enc) != h.Hash() {
		t.Fatalf("the encoding hashes to %s, the block is %s", crypto.Keccak256Hash(enc).Hex(), h.Hash().Hex())
	}
	var back types.Header
	if err := rlp.DecodeBytes(enc, &back); err != nil || back.Number.Uint64() != head-1 {
		t.Fatalf("decode: %v %v", back.Number, err)
	}
	// The head's hash is only reported by its successor: not yet.
	if _, err := en.c.HeaderRLP(ctx, head); err == nil || !strings.Contains(err.Error(), "not mined yet") {
		t.Fatalf("header of the head: %v", err)
	}

	// A node whose header does not encode to the hash it reports is named.
	odd, err := escrow.New(ctx, escrow.Config{Backend: lyingBackend{en.Backend()}, Addresses: en.c.Addresses(), ChainID: en.c.ChainID()})
	if err != nil {
		t.Fatal(err)
	}
	_, err = odd.HeaderRLP(ctx, head-1)
	var hm *escrow.HeaderMismatchError
	if !errors.As(err, &hm) || hm.Block != head-1 || hm.Reported != (common.Hash{0xba, 0xd}) || hm.Encoded == hm.Reported || !strings.Contains(err.Error(), "go-ethereum") {
		t.Fatalf("mismatch: %v", err)
	}
}

// lyingBackend reports every block's parent hash wrong, as a node whose
// headers carry a field go-ethereum does not know would appear.
type lyingBackend struct{ chain.Backend }

func (b lyingBackend) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	h, err := b.Backend.HeaderByNumber(ctx, n)
	if err != nil {
		return nil, err
	}
	h = types.CopyHeader(h)
	h.ParentHash = common.Hash{0xba, 0xd}
	return h, nil
}

func TestSelectValidatorsWaitsForTheSelectionBlock(t *testing.T) {
	en := newEnv(t)
	id := en.submitted()
	r, err := en.c.Round(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	// Nobody mines: the wait ends with the context and says what is missing.
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	_, rcpt, err := en.validators[0].SelectValidators(ctx, id, time.Minute)
	if !errors.Is(err, context.DeadlineExceeded) || rcpt != nil || !strings.Contains(err.Error(), fmt.Sprintf("mine up to block %d", r.SelectionBlock+1)) {
		t.Fatalf("select before the selection block: %v", err)
	}
	// Nobody mines and maxWait runs out first: a timeout, not a hang.
	start := time.Now()
	_, _, err = en.validators[0].SelectValidators(context.Background(), id, 150*time.Millisecond)
	if !errors.Is(err, wait.ErrTimeout) || time.Since(start) > 5*time.Second {
		t.Fatalf("select with a short maxWait: %v after %v", err, time.Since(start))
	}
	if _, _, err = en.validators[0].SelectValidators(context.Background(), id, 0); !errors.Is(err, input.ErrInvalid) {
		t.Fatalf("maxWait 0: %v", err)
	}
	// Building the call by hand: the header of the selection block, sent
	// once the head is past it.
	en.minePastSelection(id)
	header, err := en.c.HeaderRLP(context.Background(), r.SelectionBlock)
	if err != nil {
		t.Fatal(err)
	}
	cand := en.built(en.c.BuildSelectValidators(id, header))
	if _, err := en.mgrOf(en.agent.Address()).Send(context.Background(), cand); err != nil {
		t.Fatal(err)
	}
	m, err := en.c.WaitForCommittee(context.Background(), id, time.Second)
	if err != nil || len(m) != 3 {
		t.Fatalf("committee: %v %v", m, err)
	}
}

func TestSelectValidatorsRejectsAWrongHeader(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	id := en.submitted()
	r, err := en.c.Round(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	en.minePastSelection(id)
	wrong, err := en.c.HeaderRLP(ctx, r.SelectionBlock-1)
	if err != nil {
		t.Fatal(err)
	}
	_, err = en.mgrOf(en.agent.Address()).Send(ctx, en.built(en.c.BuildSelectValidators(id, wrong)))
	var bad *reverts.InvalidHeaderError
	if !errors.As(err, &bad) || bad.SelectionBlock.Uint64() != r.SelectionBlock {
		t.Fatalf("wrong header: %v", err)
	}
}

// TestSelectValidatorsRearms lets the selection block fall out of the
// 256-block hash window: the first draw re-arms the round and
// SelectValidators draws again at the new selection block.
func TestSelectValidatorsRearms(t *testing.T) {
	en := newEnv(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	id := en.submitted()
	before, err := en.c.Round(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	for range 260 {
		en.Chain().Commit()
	}
	// Something must mine the blocks up to the new selection block.
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
				en.Chain().Commit()
			}
		}
	}()
	committee, rcpt, err := en.validators[0].SelectValidators(ctx, id, time.Minute)
	close(stop)
	wg.Wait()
	if err != nil || rcpt == nil || len(committee) != 3 {
		t.Fatalf("select: %v %v %v", committee, rcpt, err)
	}
	after, err := en.c.Round(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if after.Status != escrow.RoundVoting || after.SelectionBlock <= before.SelectionBlock+256 {
		t.Fatalf("round: %+v (selection block was %d)", after, before.SelectionBlock)
	}
	var rearmed []escrow.Event
	for ev, err := range en.c.Events(ctx, escrow.EventQuery{JobID: id, Kinds: []escrow.EventKind{escrow.EventSelectionRearmed, escrow.EventValidatorsSelected}}) {
		if err != nil {
			t.Fatal(err)
		}
		rearmed = append(rearmed, ev)
	}
	if len(rearmed) != 2 {
		t.Fatalf("events: %+v", rearmed)
	}
	re, ok1 := rearmed[0].(*escrow.SelectionRearmed)
	vs, ok2 := rearmed[1].(*escrow.ValidatorsSelected)
	if !ok1 || !ok2 || re.SelectionBlock != after.SelectionBlock || re.JobID.Cmp(id) != 0 ||
		vs.TxHash != rcpt.TxHash || len(vs.Validators) != 3 {
		t.Fatalf("events: %+v", rearmed)
	}
}

// TestSelectionExpiredTwiceStallsTheJob: a round re-arms its expired
// selection block once; when the new one expires too, the draw is refused
// for good (SelectionExpired) and the job can be disputed at once.
func TestSelectionExpiredTwiceStallsTheJob(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	id := en.submitted()
	keeper := en.mgrOf(en.agent.Address())
	// An expired target re-arms whatever header is sent.
	for range 260 {
		en.Chain().Commit()
	}
	r, err := keeper.Send(ctx, en.built(en.c.BuildSelectValidators(id, nil)))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Logs) != 1 {
		t.Fatalf("re-arm logs: %d", len(r.Logs))
	}
	for range 260 {
		en.Chain().Commit()
	}
	_, _, err = en.validators[0].SelectValidators(ctx, id, time.Minute)
	var exp *reverts.SelectionExpiredError
	var ee *escrow.Error
	var re *chain.RevertError
	if !errors.As(err, &exp) || !errors.As(err, &ee) || !errors.As(err, &re) || !strings.Contains(re.Hint, "dispute it now") {
		t.Fatalf("second expiry: %v", err)
	}
	j, err := en.c.Job(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	at, stage, err := en.c.DisputableAt(ctx, j)
	if err != nil || at.After(en.chainNow()) || !strings.Contains(stage, "stalled") {
		t.Fatalf("disputable at %s (%s): %v", at, stage, err)
	}
	if _, err := en.employer.Dispute(ctx, escrow.DisputeParams{JobID: id, Reason: "no committee"}); err != nil {
		t.Fatal(err)
	}
	if j, _ = en.c.Job(ctx, id); j.State != escrow.StateDisputed {
		t.Fatalf("state %v", j.State)
	}
	// Nothing is left to draw.
	_, _, err = en.validators[0].SelectValidators(ctx, id, time.Minute)
	wantInput(t, err, "JobID")
}
