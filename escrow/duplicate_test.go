package escrow_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/input"
)

// dupEnv is a fixture with an employer whose Client has a duplicate window
// of window.
type dupEnv struct {
	*env
	employer *escrow.Employer
	params   escrow.PostJobParams
}

func newDupEnv(t *testing.T, window time.Duration) *dupEnv {
	en := newEnv(t)
	c, _ := en.countingClient(escrow.Config{DuplicateWindow: window})
	// The deadline is far out, so that the same spec (its deadline is in
	// its hash) stays postable across the clock jumps below.
	p := escrow.PostJobParams{Spec: testSpec(), Reward: deploy.Ether(10), Deadline: en.chainNow().Add(25 * 24 * time.Hour)}
	return &dupEnv{env: en, employer: c.Employer(en.manager(en.Roles().Employers[0])), params: p}
}

func (d *dupEnv) post() *escrow.PostJobResult {
	d.t.Helper()
	res, err := d.employer.PostJob(context.Background(), d.params)
	if err != nil {
		d.t.Fatal(err)
	}
	d.params.Spec = &res.Spec
	return res
}

// blockTime returns the time of the block that created job res.
func (d *dupEnv) blockTime(res *escrow.PostJobResult) time.Time {
	d.t.Helper()
	h, err := d.Backend().HeaderByNumber(context.Background(), res.Create.BlockNumber)
	if err != nil {
		d.t.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0)
}

// advanceTo moves the head's time to t exactly (AdvanceTime mines one
// block on its own first, one second later).
func (d *dupEnv) advanceTo(t time.Time) {
	d.t.Helper()
	now := d.chainNow()
	if step := t.Sub(now) - time.Second; step > 0 {
		d.advance(step)
	}
	if got := d.chainNow(); !got.Equal(t) {
		d.t.Fatalf("head time %s, want %s", got, t)
	}
}

// TestDuplicateWindowEdges: a retry whose head is one second inside the
// window finds the job; one second outside, it posts a new one.
func TestDuplicateWindowEdges(t *testing.T) {
	const window = 2 * time.Hour
	d := newDupEnv(t, window)
	first := d.post()
	created := d.blockTime(first)
	d.advanceTo(created.Add(window - time.Second))
	again := d.post()
	if !again.Existing || again.JobID.Cmp(first.JobID) != 0 || again.Create != nil {
		t.Fatalf("just inside the window: %+v", again)
	}
	d.advanceTo(created.Add(window + time.Second))
	third := d.post()
	if third.Existing || third.JobID.Cmp(first.JobID) == 0 {
		t.Fatalf("just outside the window: %+v", third)
	}
}

// TestDuplicateWindowIsTimeNotBlocks: mining more blocks than the old
// 5,000-block lookback, within the window's time, does not hide the job
// from a retry.
func TestDuplicateWindowIsTimeNotBlocks(t *testing.T) {
	d := newDupEnv(t, 3*time.Hour)
	first := d.post()
	if err := d.Mine(context.Background(), 5100); err != nil {
		t.Fatal(err)
	}
	if d.chainNow().Sub(d.blockTime(first)) >= 3*time.Hour {
		t.Fatal("mining moved the clock out of the window; the test proves nothing")
	}
	again := d.post()
	if !again.Existing || again.JobID.Cmp(first.JobID) != 0 {
		t.Fatalf("after 5,100 blocks: %+v", again)
	}
}

// TestDuplicateWindowClockJump: on a chain whose clock jumps by ten days,
// a job from before the jump is outside a one-day window, and a job posted
// after the jump is found by the next retry, the headers before the jump
// notwithstanding.
func TestDuplicateWindowClockJump(t *testing.T) {
	d := newDupEnv(t, 24*time.Hour)
	first := d.post()
	d.advance(10 * 24 * time.Hour)
	second := d.post()
	if second.Existing || second.JobID.Cmp(first.JobID) == 0 {
		t.Fatalf("after the jump: %+v", second)
	}
	if err := d.Mine(context.Background(), 3); err != nil {
		t.Fatal(err)
	}
	third := d.post()
	if !third.Existing || third.JobID.Cmp(second.JobID) != 0 {
		t.Fatalf("retry after the jump: %+v", third)
	}
}

// TestDuplicateWindowConfig: a negative window is an input error.
func TestDuplicateWindowConfig(t *testing.T) {
	cfg := escrow.Config{DuplicateWindow: -time.Second}
	err := cfg.Check()
	var es input.Errors
	if !errors.As(err, &es) || len(es) == 0 || !containsField(es, "escrow.Config.DuplicateWindow") {
		t.Fatalf("negative window: %v", err)
	}
}

func containsField(es input.Errors, field string) bool {
	for _, e := range es {
		if e.Field == field {
			return true
		}
	}
	return false
}
