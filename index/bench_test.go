package index

// Performance targets of the index, measured as ratios or percentiles
// within one run rather than as timed assertions, which a loaded CI
// machine would break:
//
//	go test ./index -run '^$' -bench Backfill -benchtime 5x -v
//	go test ./index -run '^$' -bench JobsPage -benchtime 2000x -v
//
// BenchmarkBackfill compares a backfill with the raw decoded scan of the
// same blocks (target: x-of-raw >= 0.7); BenchmarkJobsPage times filtered
// pages of 50 jobs out of 100,000 (target: p99-ms <= 5), and wants enough
// iterations for a 99th percentile. -v shows the set-up's logs: the
// chain's size, the seeding time, each mix's plan. The soak of a million
// events is TestSoak (make index-soak).

import (
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/internal/testenv"
	"github.com/agijobs/agijobs-go/storage"
)

// The chain of BenchmarkBackfill: full lifecycles make most of its events
// (about 20 each, payouts included), open, cancelled and half-done jobs
// the rest. Building it takes about half a minute.
const (
	backfillLifecycles = 200
	backfillOpen       = 400
	backfillCancelled  = 40
	backfillApplied    = 4 // by agent 2, which submits for half of them
	backfillDisputeGap = 25
)

// BenchmarkBackfill indexes a chain of thousands of events on the embedded
// chain into a fresh database per iteration, and scans the same blocks
// raw with chain.Events and the index's own decoder between iterations.
// It reports both rates and their ratio, x-of-raw: what the database
// writes cost over fetching and decoding. Specs are not read (Config.Specs
// is nil) since the raw scan has nothing like them.
func BenchmarkBackfill(b *testing.B) {
	ctx := context.Background()
	env := backfillChain(b)
	head, err := env.Backend().BlockNumber(ctx)
	if err != nil {
		b.Fatal(err)
	}
	n, err := rawScan(ctx, env, head)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("chain: %d blocks, %d events to index", head+1, n)
	run := func(b *testing.B, newDSN func() string) {
		var raw, indexed time.Duration
		for range b.N {
			b.StopTimer()
			start := time.Now()
			if got, err := rawScan(ctx, env, head); err != nil || got != n {
				b.Fatalf("raw scan: %d events, err %v; want %d", got, err, n)
			}
			raw += time.Since(start)
			db, err := Open(ctx, newDSN())
			if err != nil {
				b.Fatal(err)
			}
			ix, err := NewIndexer(db, Config{Backend: env.Backend(), Addresses: env.Addresses()})
			if err != nil {
				b.Fatal(err)
			}
			start = time.Now()
			b.StartTimer()
			err = ix.Sync(ctx)
			b.StopTimer()
			indexed += time.Since(start)
			if err != nil {
				b.Fatal(err)
			}
			st, err := db.Status(ctx)
			if err != nil || st.Events != int64(n) || st.Block != head {
				b.Fatalf("index holds %d events up to block %d (err %v); want %d up to %d", st.Events, st.Block, err, n, head)
			}
			db.Close()
			b.StartTimer()
		}
		perSec := func(d time.Duration) float64 { return float64(n) * float64(b.N) / d.Seconds() }
		b.ReportMetric(perSec(indexed), "events/s")
		b.ReportMetric(perSec(raw), "raw-events/s")
		b.ReportMetric(raw.Seconds()/indexed.Seconds(), "x-of-raw")
	}
	b.Run("sqlite", func(b *testing.B) {
		dir := b.TempDir()
		i := 0
		run(b, func() string { i++; return filepath.Join(dir, fmt.Sprintf("index-%d.db", i)) })
	})
	b.Run("postgres", func(b *testing.B) {
		pg := testenv.StartPostgres(b)
		run(b, func() string { return pg.NewDatabase(b) })
	})
}

// rawScan reads and decodes what an Indexer indexes up to block head,
// with the same two queries made at once (the modules' events, and the
// token transfers out of the StakeManager) in the Indexer's first block
// range, and returns how many events it decoded.
func rawScan(ctx context.Context, env *agijobstest.Env, head uint64) (int, error) {
	dec := newDecoder(env.Addresses())
	decode := func(l *types.Log) (*row, error) { return dec.decode(*l) }
	sm := common.BytesToHash(dec.stakeManager.Bytes())
	queries := []chain.LogQuery{
		{Addresses: dec.modules, ToBlock: head, ChunkSize: defaultBatchBlocks, MaxChunkSize: maxBatchBlocks},
		{Topics: [][]common.Hash{{dec.transfer.ID}, {sm}}, ToBlock: head, ChunkSize: defaultBatchBlocks, MaxChunkSize: maxBatchBlocks},
	}
	counts := make([]int, len(queries))
	errs := make([]error, len(queries))
	var wg sync.WaitGroup
	for i, q := range queries {
		wg.Go(func() {
			for _, err := range chain.Events(ctx, env.Backend(), q, decode) {
				if err != nil {
					errs[i] = err
					return
				}
				counts[i]++
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return 0, err
		}
	}
	return counts[0] + counts[1], nil
}

// backfillChain deploys the protocol on an embedded chain and fills it
// with jobs in every state.
func backfillChain(b *testing.B) *agijobstest.Env {
	b.Helper()
	ctx := context.Background()
	start := time.Now()
	env := agijobstest.New(b, agijobstest.WithEmployers(4), agijobstest.WithAgents(3), agijobstest.WithValidators(3))
	cats := []string{"translation", "data-labelling", "code-review", "writing", "research"}
	n := 0
	post := func() *big.Int {
		b.Helper()
		now, err := env.Now(ctx)
		if err != nil {
			b.Fatal(err)
		}
		res, err := env.Employer(n%4).PostJob(ctx, escrow.PostJobParams{
			Spec: &storage.JobSpec{Title: fmt.Sprintf("Job %d", n), Description: "A job of the backfill benchmark.", Category: cats[n%len(cats)],
				AgentTypes: []string{storage.AgentAny}, AcceptanceCriteria: []string{"it is done"}},
			Reward: deploy.Ether(int64(1 + n%97)), Deadline: now.Add(30 * 24 * time.Hour),
			// Every spec differs; skipping the search for an earlier post
			// of it halves the time a post takes here.
			AllowDuplicate: true,
		})
		if err != nil {
			b.Fatal(err)
		}
		n++
		return res.JobID
	}
	must := func(_ any, err error) {
		b.Helper()
		if err != nil {
			b.Fatal(err)
		}
	}
	submit := func(a *escrow.Agent, id *big.Int) {
		b.Helper()
		must(a.Submit(ctx, escrow.SubmitParams{JobID: id, Result: &storage.JobResult{Summary: "done",
			Outputs: []storage.Attachment{{Name: "out.txt", URI: "ipfs://bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"}}}}))
	}
	for i := range backfillLifecycles {
		id, emp, agent := post(), env.Employer((n-1)%4), env.Agent(i%2)
		must(agent.Apply(ctx, id))
		submit(agent, id)
		// A rejected result leaves the job Disputed, and the agent's
		// stake locked: few of them, spread over two agents, stay under
		// the protocol's limit of active jobs per agent.
		approve := i%backfillDisputeGap != backfillDisputeGap-1
		if err := env.Validate(ctx, id, approve); err != nil {
			b.Fatal(err)
		}
		if approve {
			must(emp.Finalize(ctx, id))
		}
	}
	for range backfillCancelled {
		id := post()
		must(env.Employer((n-1)%4).Cancel(ctx, id))
	}
	for i := range backfillApplied {
		id := post()
		must(env.Agent(2).Apply(ctx, id))
		if i%2 == 0 {
			submit(env.Agent(2), id)
		}
	}
	for range backfillOpen {
		post()
	}
	b.Logf("built the chain in %v", time.Since(start).Round(time.Millisecond))
	return env
}
