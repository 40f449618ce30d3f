package index

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/sys/unix"

	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/testenv"
)

// The listing of BenchmarkJobsPage: 100,000 jobs of 1,000 employers in
// 20 categories, most of them finalized, as on a busy deployment.
const (
	pageJobs       = 100_000
	pageEmployers  = 1_000
	pageAgents     = 300
	pageCategories = 20
	pageDepth      = 100 // pages followed by the deep-pages mix
)

// pageStates weighs the seven states a stored job can be in (escrow's
// eighth, StateNone, is no job's).
var pageStates = []struct {
	s escrow.State
	w int
}{{escrow.StateCreated, 12}, {escrow.StateApplied, 6}, {escrow.StateSubmitted, 4}, {escrow.StateCompleted, 3},
	{escrow.StateDisputed, 2}, {escrow.StateFinalized, 55}, {escrow.StateCancelled, 18}}

// BenchmarkJobsPage times pages of 50 jobs out of 100,000 on SQLite and on
// PostgreSQL, one query per iteration, and reports the 99th percentile
// (target: 5 ms) and the median. Each mix draws its filter anew for every
// query from the same distribution the rows were drawn from.
func BenchmarkJobsPage(b *testing.B) {
	b.Run("sqlite", func(b *testing.B) {
		benchmarkJobsPage(b, filepath.Join(b.TempDir(), "index.db"))
	})
	b.Run("postgres", func(b *testing.B) {
		benchmarkJobsPage(b, testenv.StartPostgres(b).NewDatabase(b))
	})
}

func benchmarkJobsPage(b *testing.B, dsn string) {
	ctx := context.Background()
	db, err := Open(ctx, dsn)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	start := time.Now()
	ds, err := seedJobs(ctx, db, pageJobs)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("seeded %d jobs in %v", pageJobs, time.Since(start).Round(time.Millisecond))

	state := func(r *rand.Rand) escrow.State {
		// Listings ask for live jobs far more than for closed ones.
		return []escrow.State{escrow.StateCreated, escrow.StateCreated, escrow.StateApplied, escrow.StateSubmitted, escrow.StateFinalized}[r.IntN(5)]
	}
	mixes := []struct {
		name  string
		query func(r *rand.Rand) JobQuery
	}{
		{"state-reward", func(r *rand.Rand) JobQuery {
			return JobQuery{States: []escrow.State{state(r)}, Order: HighestReward}
		}},
		{"category-state-reward", func(r *rand.Rand) JobQuery {
			return JobQuery{Category: ds.category(r), States: []escrow.State{state(r)}, Order: HighestReward}
		}},
		{"employer", func(r *rand.Rand) JobQuery {
			return JobQuery{Employer: ds.employers[r.IntN(len(ds.employers))]}
		}},
		{"reward-range", func(r *rand.Rand) JobQuery {
			lo := ds.reward(r)
			return JobQuery{MinReward: lo, MaxReward: new(big.Int).Mul(lo, big.NewInt(2))}
		}},
		{"reward-range-by-reward", func(r *rand.Rand) JobQuery {
			lo := ds.reward(r)
			return JobQuery{MinReward: lo, MaxReward: new(big.Int).Mul(lo, big.NewInt(2)), Order: HighestReward}
		}},
		{"states-reward", func(r *rand.Rand) JobQuery {
			return JobQuery{States: []escrow.State{escrow.StateApplied, escrow.StateSubmitted}, Order: HighestReward}
		}},
	}
	for _, m := range mixes {
		plan, err := explain(ctx, db, m.query(rand.New(rand.NewPCG(7, 7))))
		if err != nil {
			b.Fatal(err)
		}
		b.Logf("%s (load average %s) plan:\n%s", m.name, loadAverage(), plan)
		b.Run(m.name, func(b *testing.B) {
			r := rand.New(rand.NewPCG(7, 7))
			clock := newQueryClock(b, db)
			b.ResetTimer()
			for range b.N {
				q := m.query(r)
				clock.start()
				p, err := db.Jobs(ctx, q)
				clock.stop()
				if err != nil {
					b.Fatal(err)
				}
				if len(p.Jobs) == 0 {
					b.Fatalf("%+v: no jobs", q)
				}
			}
			clock.report(b)
		})
	}
	// Deep pages: each iteration fetches the next page of a listing of
	// finalized jobs by reward, starting over after pageDepth pages.
	b.Logf("deep-pages (load average %s)", loadAverage())
	b.Run("deep-pages", func(b *testing.B) {
		clock := newQueryClock(b, db)
		q := JobQuery{States: []escrow.State{escrow.StateFinalized}, Order: HighestReward}
		depth := 0
		b.ResetTimer()
		for range b.N {
			clock.start()
			p, err := db.Jobs(ctx, q)
			clock.stop()
			if err != nil {
				b.Fatal(err)
			}
			if len(p.Jobs) != DefaultLimit || p.NextPageToken == "" {
				b.Fatalf("page %d: %d jobs, next %q", depth, len(p.Jobs), p.NextPageToken)
			}
			q.PageToken, depth = p.NextPageToken, depth+1
			if depth == pageDepth {
				q.PageToken, depth = "", 0
			}
		}
		clock.report(b)
	})
}

// queryClock times each query: its wall time and, on SQLite, whose
// queries run on the calling thread, that thread's CPU time too. On a
// machine shared with other work the wall time's tail is mostly waiting
// for a core; the CPU time's is the query's own cost.
type queryClock struct {
	cpu         bool
	t0          time.Time
	c0          time.Duration
	wall, spent []time.Duration
}

func newQueryClock(b *testing.B, db *DB) *queryClock {
	c := &queryClock{cpu: db.dialect.name == "sqlite", wall: make([]time.Duration, 0, b.N)}
	if c.cpu {
		// The thread's clock measures the query only while the query's
		// goroutine keeps to the thread.
		runtime.LockOSThread()
		b.Cleanup(runtime.UnlockOSThread)
	}
	return c
}

func (c *queryClock) start() {
	if c.cpu {
		c.c0 = threadCPU()
	}
	c.t0 = time.Now()
}

func (c *queryClock) stop() {
	c.wall = append(c.wall, time.Since(c.t0))
	if c.cpu {
		c.spent = append(c.spent, threadCPU()-c.c0)
	}
}

// report reports the median and the 99th percentile of the wall times,
// and the 99th percentile of the CPU times when measured.
func (c *queryClock) report(b *testing.B) {
	b.Helper()
	at := func(ds []time.Duration, p float64) float64 {
		slices.Sort(ds)
		i := int(math.Ceil(p*float64(len(ds)))) - 1
		return float64(ds[max(i, 0)]) / float64(time.Millisecond)
	}
	b.ReportMetric(at(c.wall, 0.50), "p50-ms")
	b.ReportMetric(at(c.wall, 0.99), "p99-ms")
	if c.cpu {
		b.ReportMetric(at(c.spent, 0.99), "cpu-p99-ms")
	}
}

// threadCPU is the CPU time the calling thread has used.
func threadCPU() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}

// loadAverage is the machine's load over the last 1, 5 and 15 minutes: a
// machine busy with other work than the benchmark's stretches its tail
// latencies, and the log tells when that was the case.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	return strings.Join(f[:min(3, len(f))], " ")
}

// jobSet is what seedJobs drew, for the queries to draw filters from.
type jobSet struct {
	employers  []common.Address
	categories []string
	catWeights []float64 // cumulative
}

// category draws a category as often as the rows have it.
func (s *jobSet) category(r *rand.Rand) string {
	u := r.Float64() * s.catWeights[len(s.catWeights)-1]
	i, _ := slices.BinarySearch(s.catWeights, u)
	return s.categories[min(i, len(s.categories)-1)]
}

// reward draws a reward as the rows have them: log-uniform from 1 to
// 100,000 tokens, in hundredths.
func (s *jobSet) reward(r *rand.Rand) *big.Int {
	cents := int64(math.Pow(10, 2+5*r.Float64()))
	return new(big.Int).Mul(big.NewInt(cents), big.NewInt(1e16))
}

// seedJobs inserts n jobs into db with SQL, in transactions of 10,000
// rows written 500 at a time, and analyses the tables as a production
// database's statistics would be (PostgreSQL's autovacuum does it after
// such a load; SQLite keeps whatever statistics ANALYZE last gathered,
// none here unless the index gathers them).
func seedJobs(ctx context.Context, db *DB, n int) (*jobSet, error) {
	r := rand.New(rand.NewPCG(1, 1))
	addr := func(kind string, i int) common.Address {
		return common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprintf("%s %d", kind, i))))
	}
	ds := &jobSet{}
	for i := range pageEmployers {
		ds.employers = append(ds.employers, addr("employer", i))
	}
	agents := make([]common.Address, pageAgents)
	for i := range agents {
		agents[i] = addr("agent", i)
	}
	sum := 0.0
	for i := range pageCategories {
		ds.categories = append(ds.categories, fmt.Sprintf("category-%02d", i))
		sum += 1 / float64(i+1) // a few categories hold most jobs
		ds.catWeights = append(ds.catWeights, sum)
	}
	token, other := addr("token", 0), addr("token", 1)
	totalW := 0
	for _, s := range pageStates {
		totalW += s.w
	}
	const cols = 19
	const perStmt = 500
	const perTx = 10_000
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	for id := 1; id <= n; {
		tx, err := db.db.BeginTx(ctx, nil)
		if err != nil {
			return nil, err
		}
		for end := min(id+perTx, n+1); id < end; {
			rows := min(perStmt, end-id)
			var q strings.Builder
			q.WriteString(`INSERT INTO jobs (` + jobColumns + `) VALUES `)
			args := make([]any, 0, rows*cols)
			for k := range rows {
				if k > 0 {
					q.WriteString(", ")
				}
				q.WriteString("(" + strings.TrimSuffix(strings.Repeat("?, ", cols), ", ") + ")")
				args = append(args, ds.row(r, id, totalW, agents, token, other, t0)...)
				id++
			}
			if _, err := tx.ExecContext(ctx, db.dialect.rebind(q.String()), args...); err != nil {
				tx.Rollback() //nolint:errcheck // the insert's error is the one to report
				return nil, fmt.Errorf("seed jobs: %w", err)
			}
		}
		if err := tx.Commit(); err != nil {
			return nil, err
		}
	}
	if db.dialect.name == "postgres" {
		if _, err := db.db.ExecContext(ctx, `ANALYZE`); err != nil {
			return nil, err
		}
	}
	return ds, nil
}

// row draws the columns (jobColumns) of job id.
func (s *jobSet) row(r *rand.Rand, id, totalW int, agents []common.Address, token, other common.Address, t0 int64) []any {
	w := r.IntN(totalW)
	st := pageStates[0].s
	for _, ps := range pageStates {
		if w < ps.w {
			st = ps.s
			break
		}
		w -= ps.w
	}
	reward := s.reward(r)
	fee := new(big.Int).Div(reward, big.NewInt(20))
	stake := new(big.Int).Div(reward, big.NewInt(10))
	var success, agent, resultHash, resultURI any
	if st != escrow.StateCreated && (st != escrow.StateCancelled || r.IntN(4) == 0) {
		a := agents[r.IntN(len(agents))]
		agent = addrText(&a)
	}
	if st >= escrow.StateSubmitted && st != escrow.StateCancelled {
		h := crypto.Keccak256([]byte(fmt.Sprintf("result %d", id)))
		resultHash, resultURI = h, "ipfs://result-"+common.Bytes2Hex(h[:16])
	}
	if st == escrow.StateCompleted || st == escrow.StateFinalized {
		success = boolInt(r.IntN(10) != 0)
	}
	tok := token
	if r.IntN(20) == 0 {
		tok = other
	}
	emp := s.employers[r.IntN(len(s.employers))]
	spec := crypto.Keccak256([]byte(fmt.Sprintf("spec %d", id)))
	created := t0 + int64(id)*36
	block := int64(1_000 + 3*id)
	return []any{int64(id), int(st), success, addrText(&emp), agent, addrText(&tok), amountText(reward), amountText(fee), amountText(stake),
		spec, "ipfs://spec-" + common.Bytes2Hex(spec[:16]), resultHash, resultURI, s.category(r), fmt.Sprintf("Job %d", id),
		block, created, block + int64(r.IntN(5_000)), created + int64(r.IntN(100_000))}
}

// explain returns the database's plan of a listing, for reports.
func explain(ctx context.Context, db *DB, q JobQuery) (string, error) {
	var errs input.Errors
	where, args := jobFilter(q, &errs)
	if err := errs.Err(); err != nil {
		return "", err
	}
	query := `SELECT ` + jobColumns + ` FROM jobs`
	if len(where) > 0 {
		query += ` WHERE ` + strings.Join(where, " AND ")
	}
	order := map[Order]string{"": "id DESC", NewestFirst: "id DESC", OldestFirst: "id ASC", HighestReward: "reward DESC, id DESC"}[q.Order]
	query += ` ORDER BY ` + order + ` LIMIT 51`
	prefix := "EXPLAIN QUERY PLAN "
	if db.dialect.name == "postgres" {
		prefix = "EXPLAIN ANALYZE "
	}
	rows, err := db.db.QueryContext(ctx, db.dialect.rebind(prefix+query), args...)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []string
	for rows.Next() {
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return "", err
		}
		out = append(out, vals[len(vals)-1].String)
	}
	return strings.Join(out, "\n"), rows.Err()
}
