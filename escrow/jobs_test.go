package escrow_test

import (
	"context"
	"fmt"
	"math/big"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
)

// createJobs creates n jobs for employer s with createJob calls sent
// straight through its Manager (no spec documents, no duplicate search),
// the quickest way to fill a registry, and returns their ids.
func createJobs(tb testing.TB, e *agijobstest.Env, s chain.Signer, n int) []*big.Int {
	tb.Helper()
	ctx := context.Background()
	c := e.Escrow()
	m, err := e.Manager(ctx, s)
	if err != nil {
		tb.Fatal(err)
	}
	reward := deploy.Ether(10)
	approve, err := c.BuildApprove(c.Addresses().Token, new(big.Int).Mul(deploy.Ether(20), big.NewInt(int64(n))))
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := m.Send(ctx, approve); err != nil {
		tb.Fatal(err)
	}
	now, err := e.Now(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	jr := jobregistry.NewJobRegistry()
	ids := make([]*big.Int, 0, n)
	for i := range n {
		spec := crypto.Keccak256Hash([]byte(fmt.Sprintf("%s job %d", s.Address().Hex(), i)))
		cand, err := c.BuildCreateJob(escrow.CreateJobCall{Reward: reward, Deadline: now.Add(24 * time.Hour), SpecHash: spec, URI: "ipfs://bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"})
		if err != nil {
			tb.Fatal(err)
		}
		r, err := m.Send(ctx, cand)
		if err != nil {
			tb.Fatal(err)
		}
		for _, l := range r.Logs {
			if ev, err := jr.UnpackJobCreatedEvent(l); err == nil {
				ids = append(ids, ev.JobId)
			}
		}
	}
	if len(ids) != n {
		tb.Fatalf("created %d jobs, want %d", len(ids), n)
	}
	return ids
}

// TestJobsEveryJobOnce: over a range no reorg touches, Jobs returns every
// job of the employer once, in creation order, across pages (230 jobs of
// one employer interleaved with another's), with one JSON-RPC batch per
// page and no per-job eth_call.
func TestJobsEveryJobOnce(t *testing.T) {
	e := agijobstest.New(t, agijobstest.WithEmployers(2), agijobstest.WithAgents(0), agijobstest.WithValidators(0))
	en := &env{Env: e, t: t, c: e.Escrow()}
	emps := e.Roles().Employers
	var mine []*big.Int
	for range 3 {
		mine = append(mine, createJobs(t, e, emps[0], 2*escrow.JobPageSize/3+10)...) // 76 at a time
		createJobs(t, e, emps[1], 7)
	}
	ctx := context.Background()
	c, cb := en.countingClient(escrow.Config{})
	cb.reads()
	var got []*big.Int
	for j, err := range c.Jobs(ctx, escrow.JobQuery{Employer: emps[0].Address()}) {
		if err != nil {
			t.Fatal(err)
		}
		if j.Employer != emps[0].Address() || j.State != escrow.StateCreated {
			t.Fatalf("job %v: employer %s state %s", j.ID, j.Employer.Hex(), j.State)
		}
		got = append(got, j.ID)
	}
	if len(got) != len(mine) {
		t.Fatalf("%d jobs, want %d", len(got), len(mine))
	}
	for i := range mine {
		if got[i].Cmp(mine[i]) != 0 {
			t.Fatalf("job %d is %v, want %v", i, got[i], mine[i])
		}
	}
	n, detail := cb.reads()
	pages := (len(mine) + escrow.JobPageSize - 1) / escrow.JobPageSize
	t.Logf("%d jobs in %d requests: %s", len(got), n, detail)
	if strings.Contains(detail, "eth_call=") {
		t.Errorf("per-job reads: %s", detail)
	}
	if want := fmt.Sprintf("batch=%d ", pages); !strings.Contains(detail, want) {
		t.Errorf("want %d batches: %s", pages, detail)
	}
	// Every job, both employers, by state.
	all := 0
	for _, err := range c.Jobs(ctx, escrow.JobQuery{State: escrow.StateCreated}) {
		if err != nil {
			t.Fatal(err)
		}
		all++
	}
	if all != len(mine)+3*7 {
		t.Fatalf("%d jobs in all, want %d", all, len(mine)+21)
	}
}

// BenchmarkJobs lists a registry of 300 jobs on the embedded chain and
// reports the requests and the bytes allocated per job listed; both stay
// flat from 100 to 300 jobs, since Jobs holds one page at a time.
// Run it with: go test -run '^$' -bench Jobs ./escrow
func BenchmarkJobs(b *testing.B) {
	e := agijobstest.New(b, agijobstest.WithAgents(0), agijobstest.WithValidators(0))
	en := &env{Env: e, t: b, c: e.Escrow()}
	ids := createJobs(b, e, e.Roles().Employers[0], 300)
	c, cb := en.countingClient(escrow.Config{})
	ctx := context.Background()
	for _, n := range []int{100, 300} {
		b.Run(fmt.Sprintf("jobs=%d", n), func(b *testing.B) {
			// The range that holds the first n jobs.
			to := jobBlock(b, e, ids[n-1])
			cb.reads()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			b.ResetTimer()
			for range b.N {
				count := 0
				for _, err := range c.Jobs(ctx, escrow.JobQuery{ToBlock: to}) {
					if err != nil {
						b.Fatal(err)
					}
					count++
				}
				if count != n {
					b.Fatalf("%d jobs, want %d", count, n)
				}
			}
			b.StopTimer()
			runtime.ReadMemStats(&after)
			reqs, _ := cb.reads()
			jobs := float64(b.N * n)
			b.ReportMetric(float64(reqs)/jobs, "reads/job")
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/jobs, "B/job")
		})
	}
}

// jobBlock returns the block that created job id.
func jobBlock(tb testing.TB, e *agijobstest.Env, id *big.Int) uint64 {
	tb.Helper()
	for ev, err := range e.Escrow().Events(context.Background(), escrow.EventQuery{Kinds: []escrow.EventKind{escrow.EventJobCreated}, JobID: id}) {
		if err != nil {
			tb.Fatal(err)
		}
		return ev.Info().Block
	}
	tb.Fatalf("no JobCreated event for job %v", id)
	return 0
}
