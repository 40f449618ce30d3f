package escrow_test

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/internal/chaintest"
)

func TestCommitHashMatchesReference(t *testing.T) {
	id, nonce := big.NewInt(7), big.NewInt(2)
	spec, salt := crypto.Keccak256Hash([]byte("spec")), crypto.Keccak256Hash([]byte("salt"))
	v, vm := common.HexToAddress("0x1111"), common.HexToAddress("0x2222")
	for _, approve := range []bool{true, false} {
		got := escrow.CommitHash(id, nonce, spec, approve, common.Hash{}, salt, v, vm, big.NewInt(31337))
		want := chaintest.CommitHash(id, nonce, spec, approve, common.Hash{}, salt, v, vm, big.NewInt(31337))
		if got != want {
			t.Fatalf("approve=%v: %s, want %s", approve, got, want)
		}
	}
}

// TestRevealAfterRestart commits with one Validator value and reveals with
// a fresh one on the same vote directory, as a restarted process would.
func TestRevealAfterRestart(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	dir := t.TempDir()
	open := func(i int) *escrow.Validator {
		store, err := escrow.NewFileVoteStore(dir)
		if err != nil {
			t.Fatal(err)
		}
		v, err := en.c.Validator(en.mgrOf(en.validators[i].Address()), escrow.ValidatorOptions{Votes: store})
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	id, _ := en.selected()
	for i := range en.validators {
		if _, err := open(i).Commit(ctx, escrow.CommitParams{JobID: id, Approve: true}); err != nil {
			t.Fatal(err)
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "vote-*.json"))
	if len(files) != 3 {
		t.Fatalf("%d vote files", len(files))
	}
	if fi, err := os.Stat(files[0]); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("vote file mode: %v %v", fi.Mode(), err)
	}
	prm, _ := en.c.Params(ctx)
	en.advance(prm.CommitWindow + time.Second)
	for i := range en.validators {
		v := open(i) // "restarted"
		left, err := v.Unrevealed()
		if err != nil || len(left) != 1 || left[0].JobID.Cmp(id) != 0 {
			t.Fatalf("unrevealed: %v %v", left, err)
		}
		if _, err := v.Reveal(ctx, id); err != nil {
			t.Fatal(err)
		}
		if left, _ := v.Unrevealed(); len(left) != 0 {
			t.Fatalf("still unrevealed after reveal: %v", left)
		}
	}
	if _, err := en.validators[0].Tally(ctx, id); err != nil {
		t.Fatal(err)
	}
	if j, _ := en.c.Job(ctx, id); j.State != escrow.StateCompleted {
		t.Fatalf("state %v", j.State)
	}
}

// TestRevealMinedButNotMarked reveals, then puts the vote back to
// unrevealed in the store, as a process killed after its reveal was mined
// but before marking it leaves it: a restarted process's Reveal sends
// nothing and marks the vote revealed.
func TestRevealMinedButNotMarked(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	store, err := escrow.NewFileVoteStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	m := en.mgrOf(en.validators[0].Address())
	v, err := en.c.Validator(m, escrow.ValidatorOptions{Votes: store})
	if err != nil {
		t.Fatal(err)
	}
	id, _ := en.selected()
	cr, err := v.Commit(ctx, escrow.CommitParams{JobID: id, Approve: true})
	if err != nil {
		t.Fatal(err)
	}
	prm, _ := en.c.Params(ctx)
	en.advance(prm.CommitWindow + time.Second)
	if r, err := v.Reveal(ctx, id); err != nil || r == nil {
		t.Fatalf("first reveal: %v %v", r, err)
	}
	vote, ok, err := store.Load(cr.Vote.Key())
	if err != nil || !ok || !vote.Revealed {
		t.Fatalf("stored vote: %+v %v %v", vote, ok, err)
	}
	vote.Revealed = false
	if err := store.Save(vote); err != nil {
		t.Fatal(err)
	}
	nonce, err := en.Backend().NonceAt(ctx, v.Address(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := v.Reveal(ctx, id); err != nil || r != nil {
		t.Fatalf("second reveal: receipt %v, err %v; want neither", r, err)
	}
	if now, _ := en.Backend().NonceAt(ctx, v.Address(), nil); now != nonce {
		t.Fatalf("the second reveal sent %d transactions", now-nonce)
	}
	if left, _ := v.Unrevealed(); len(left) != 0 {
		t.Fatalf("still unrevealed: %v", left)
	}
}

func TestStakeWithdraw(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	if _, err := en.agent.FinalizeWithdraw(ctx); err == nil {
		t.Fatal("finalize without a request succeeded")
	}
	if _, err := en.agent.RequestWithdraw(ctx, deploy.Ether(1000)); err == nil {
		t.Fatal("withdrawing more than the stake succeeded")
	}
	if _, err := en.agent.RequestWithdraw(ctx, deploy.Ether(40)); err != nil {
		t.Fatal(err)
	}
	if _, err := en.agent.FinalizeWithdraw(ctx); err == nil {
		t.Fatal("finalize before unbonding succeeded")
	}
	prm, _ := en.c.Params(ctx)
	en.advance(prm.UnbondingPeriod + time.Second)
	if _, err := en.agent.FinalizeWithdraw(ctx); err != nil {
		t.Fatal(err)
	}
	st, err := en.c.StakeOf(ctx, en.agent.Address(), escrow.RoleAgent)
	if err != nil || st.Amount.Cmp(deploy.Ether(60)) != 0 || st.Pending.Sign() != 0 {
		t.Fatalf("stake after withdraw: %+v %v", st, err)
	}
}
