package index_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/index"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/inputtest"
	"github.com/agijobs/agijobs-go/storage"
)

// TestLifecycle indexes a finalized, a cancelled and an open job and reads
// them back through every query, on SQLite and on PostgreSQL.
func TestLifecycle(t *testing.T) {
	env := agijobstest.New(t, agijobstest.WithEmployers(2), agijobstest.WithAgents(1), agijobstest.WithValidators(3))
	ctx := context.Background()
	done := post(t, env, 0, "Label images", "Data-Labelling", 100)
	finish(t, env, done)
	cancelled := post(t, env, 1, "Translate", "translation", 40)
	_, err := env.Employer(1).Cancel(ctx, cancelled)
	require.NoError(t, err)
	open := post(t, env, 0, "Label more images", "data-labelling", 70)

	eachDB(t, func(t *testing.T, dsn string) {
		db := openDB(t, dsn)
		ix := newIndexer(t, env, db)
		require.NoError(t, ix.Sync(ctx))
		requireMatchesChain(t, env, db)

		// Indexing again changes nothing, even from the first block.
		before := indexedPositions(t, db)
		_, err := db.SQL().Exec(`DELETE FROM meta WHERE key IN ('cursor_block', 'cursor_hash')`)
		require.NoError(t, err)
		require.NoError(t, ix.Sync(ctx))
		require.Equal(t, before, indexedPositions(t, db))
		requireMatchesChain(t, env, db)

		j, err := db.Job(ctx, done)
		require.NoError(t, err)
		require.Equal(t, escrow.StateFinalized, j.State)
		require.NotNil(t, j.Success)
		require.True(t, *j.Success)
		require.Equal(t, env.Agent(0).Address(), j.Agent)
		require.Equal(t, env.Addresses().Token, j.Token)
		require.Equal(t, "data-labelling", j.Category, "the category comes from the spec, in lower case")
		require.Equal(t, "Label images", j.Title)
		require.Zero(t, deploy.Ether(100).Cmp(j.Reward))

		_, err = db.Job(ctx, big.NewInt(99))
		require.ErrorIs(t, err, index.ErrNotFound)

		// Filters.
		ids := func(q index.JobQuery) []int64 {
			t.Helper()
			p, err := db.Jobs(ctx, q)
			require.NoError(t, err)
			var out []int64
			for _, j := range p.Jobs {
				out = append(out, j.ID.Int64())
			}
			return out
		}
		require.Equal(t, []int64{open.Int64(), cancelled.Int64(), done.Int64()}, ids(index.JobQuery{}))
		require.Equal(t, []int64{open.Int64()}, ids(index.JobQuery{States: []escrow.State{escrow.StateCreated}}))
		require.Equal(t, []int64{cancelled.Int64()}, ids(index.JobQuery{States: []escrow.State{escrow.StateCancelled}}))
		two := []escrow.State{escrow.StateCancelled, escrow.StateCreated, escrow.StateCancelled}
		require.Equal(t, []int64{open.Int64(), cancelled.Int64()}, ids(index.JobQuery{States: two, Order: index.HighestReward}))
		require.Equal(t, []int64{cancelled.Int64(), open.Int64()}, ids(index.JobQuery{States: two, Order: index.OldestFirst}))
		p1, err := db.Jobs(ctx, index.JobQuery{States: two, Order: index.HighestReward, Limit: 1})
		require.NoError(t, err)
		p2, err := db.Jobs(ctx, index.JobQuery{States: two, Order: index.HighestReward, Limit: 1, PageToken: p1.NextPageToken})
		require.NoError(t, err)
		require.Equal(t, open.Int64(), p1.Jobs[0].ID.Int64())
		require.Equal(t, cancelled.Int64(), p2.Jobs[0].ID.Int64())
		require.Empty(t, p2.NextPageToken)
		require.Equal(t, []int64{open.Int64(), done.Int64()}, ids(index.JobQuery{Category: "DATA-labelling"}))
		require.Equal(t, []int64{cancelled.Int64()}, ids(index.JobQuery{Employer: env.Employer(1).Address()}))
		require.Equal(t, []int64{done.Int64()}, ids(index.JobQuery{Agent: env.Agent(0).Address()}))
		require.Equal(t, []int64{open.Int64()}, ids(index.JobQuery{MinReward: deploy.Ether(50), MaxReward: deploy.Ether(99)}))
		require.Equal(t, []int64{done.Int64(), open.Int64(), cancelled.Int64()}, ids(index.JobQuery{Order: index.HighestReward}))
		require.Empty(t, ids(index.JobQuery{Token: common.HexToAddress("0x1")}))
		require.Empty(t, ids(index.JobQuery{CreatedAfter: time.Now().Add(24 * 365 * time.Hour)}))

		// Keyset pages: one job per page, in reward order, each once.
		var paged []int64
		q := index.JobQuery{Order: index.HighestReward, Limit: 1}
		for {
			p, err := db.Jobs(ctx, q)
			require.NoError(t, err)
			for _, j := range p.Jobs {
				paged = append(paged, j.ID.Int64())
			}
			if p.NextPageToken == "" {
				break
			}
			q.PageToken = p.NextPageToken
		}
		require.Equal(t, []int64{done.Int64(), open.Int64(), cancelled.Int64()}, paged)

		// The finalized job's timeline: its lifecycle, the committee's
		// votes and the payouts of the settling transaction.
		tl, err := db.Timeline(ctx, done)
		require.NoError(t, err)
		count := map[string]int{}
		for _, ev := range tl {
			count[ev.Name]++
			require.NotEqual(t, common.Hash{}, ev.TxHash)
			require.NotZero(t, ev.Block)
		}
		for name, n := range map[string]int{"JobCreated": 1, "AgentAssigned": 1, "ResultSubmitted": 1, "ValidatorsSelected": 1, "ValidationCommitted": 3,
			"ValidationRevealed": 3, "ValidationTallied": 1, "JobCompleted": 1, "JobFinalized": 1} {
			require.Equal(t, n, count[name], "%s in the timeline: %v", name, count)
		}
		require.GreaterOrEqual(t, count["Transfer"], 4, "payouts to the agent and the 3 validators")
		require.Equal(t, "JobCreated", tl[0].Name)
		require.Equal(t, env.Employer(0).Address().Hex(), tl[0].Fields["employer"])

		// A validator's history.
		v := env.Validator(0).Address()
		hist, err := db.ValidatorHistory(ctx, v, index.HistoryQuery{})
		require.NoError(t, err)
		names := map[string]int{}
		for _, ev := range hist {
			names[ev.Name]++
			if ev.Name == "ValidationRevealed" {
				require.Equal(t, "true", ev.Fields["approve"])
			}
			if ev.Name == "Transfer" {
				require.Equal(t, v.Hex(), ev.Fields["to"])
				require.Equal(t, done.Int64(), ev.JobID.Int64())
			}
		}
		for _, n := range []string{"ValidatorsSelected", "ValidationCommitted", "ValidationRevealed", "Transfer", "StakeDeposited"} {
			require.Equal(t, 1, names[n], "%s in the validator's history: %v", n, names)
		}
		// Paging the history gives the same events.
		var pagedHist []index.Event
		hq := index.HistoryQuery{Limit: 2}
		for {
			p, err := db.ValidatorHistory(ctx, v, hq)
			require.NoError(t, err)
			pagedHist = append(pagedHist, p...)
			if len(p) < hq.Limit {
				break
			}
			hq.After = &p[len(p)-1]
		}
		require.Equal(t, hist, pagedHist)

		// The agent's record.
		st, err := db.AgentStats(ctx, env.Agent(0).Address())
		require.NoError(t, err)
		require.Equal(t, int64(1), st.Assigned)
		require.Equal(t, int64(1), st.Completed)
		require.Zero(t, st.Failed)
		require.Zero(t, st.InProgress)
		earned := st.Earned[env.Addresses().Token]
		require.NotNil(t, earned)
		require.Positive(t, earned.Sign())
		require.Negative(t, earned.Cmp(deploy.Ether(100)), "the validators took their share")
		require.NotNil(t, st.Reputation)

		// Fees of the finalized job, in one bucket and per day.
		fees, err := db.FeeTotals(ctx, index.FeeQuery{})
		require.NoError(t, err)
		require.Len(t, fees, 1)
		require.Equal(t, env.Addresses().Token, fees[0].Token)
		require.Positive(t, fees[0].Fees.Sign())
		daily, err := db.FeeTotals(ctx, index.FeeQuery{Period: index.Day, Token: env.Addresses().Token})
		require.NoError(t, err)
		require.Len(t, daily, 1)
		require.Zero(t, daily[0].Fees.Cmp(fees[0].Fees))
		require.False(t, daily[0].Start.IsZero())

		// Parameters as of now and as of before the deployment's end.
		params, err := db.Params(ctx, 0)
		require.NoError(t, err)
		require.NotEmpty(t, params)
		found := false
		for _, p := range params {
			if p.Contract == index.ContractValidationModule && p.Name == "ValidatorPoolUpdated" {
				found = true
				for _, v := range env.Validators() {
					require.Contains(t, p.Value["pool"], v.Address().Hex())
				}
			}
		}
		require.True(t, found, "ValidatorPoolUpdated among %d parameters", len(params))
		early, err := db.Params(ctx, 1)
		require.NoError(t, err)
		require.Less(t, len(early), len(params))

		s, err := db.Status(ctx)
		require.NoError(t, err)
		require.Equal(t, int64(3), s.Jobs)
	})
}

// TestBadInput checks that every query and constructor names the bad
// field and the fix.
func TestBadInput(t *testing.T) {
	ctx := context.Background()
	_, err := index.Open(ctx, " ")
	requireFields(t, err, "index.Open.dsn")
	_, err = index.NewIndexer(nil, index.Config{})
	requireFields(t, err, "index.NewIndexer.db")
	db := openDB(t, ":memory:")
	_, err = index.NewIndexer(db, index.Config{PollInterval: -1})
	requireFields(t, err, "index.Config.Backend", "index.Config.Addresses.JobRegistry", "index.Config.PollInterval")

	for _, c := range []struct {
		q     index.JobQuery
		field string
	}{
		{index.JobQuery{Limit: -1}, "index.JobQuery.Limit"},
		{index.JobQuery{Limit: index.MaxLimit + 1}, "index.JobQuery.Limit"},
		{index.JobQuery{Order: "cheapest"}, "index.JobQuery.Order"},
		{index.JobQuery{PageToken: "!!"}, "index.JobQuery.PageToken"},
		{index.JobQuery{PageToken: "eyJvIjoibmV3ZXN0IiwiaSI6M30", Order: index.HighestReward}, "index.JobQuery.PageToken"},
		{index.JobQuery{States: []escrow.State{escrow.StateNone}}, "index.JobQuery.States"},
		{index.JobQuery{MinReward: big.NewInt(-1)}, "index.JobQuery.MinReward"},
	} {
		_, err := db.Jobs(ctx, c.q)
		requireFields(t, err, c.field)
	}
	_, err = db.Job(ctx, nil)
	requireFields(t, err, "index.Job.id")
	_, err = db.Timeline(ctx, big.NewInt(-1))
	requireFields(t, err, "index.Timeline.id")
	_, err = db.ValidatorHistory(ctx, common.Address{}, index.HistoryQuery{})
	requireFields(t, err, "index.ValidatorHistory.v")
	_, err = db.AgentStats(ctx, common.Address{})
	requireFields(t, err, "index.AgentStats.a")
	_, err = db.FeeTotals(ctx, index.FeeQuery{Period: "week"})
	requireFields(t, err, "index.FeeQuery.Period")
	require.True(t, errors.Is(err, input.ErrInvalid))
}

// TestOtherDeployment refuses to index into a database that holds another
// deployment.
func TestOtherDeployment(t *testing.T) {
	ctx := context.Background()
	env := agijobstest.New(t)
	db := openDB(t, t.TempDir()+"/index.db")
	require.NoError(t, newIndexer(t, env, db).Sync(ctx))
	_, err := db.SQL().Exec(`UPDATE meta SET value = '0x0000000000000000000000000000000000000001' WHERE key = 'job_registry'`)
	require.NoError(t, err)
	err = newIndexer(t, env, db).Sync(ctx)
	var mismatch *index.DeploymentMismatchError
	require.ErrorAs(t, err, &mismatch)
	require.Equal(t, "JobRegistry", mismatch.What)
	require.Contains(t, err.Error(), "open a new database")
}

// requireFields fails t unless err is bad input naming every field.
func requireFields(t *testing.T, err error, fields ...string) {
	t.Helper()
	want := map[string]string{}
	for _, f := range fields {
		want[f] = ""
	}
	inputtest.Require(t, err, want)
}

// flakyFetcher fails its first reads, as an unreachable gateway would.
type flakyFetcher struct {
	storage.Fetcher
	failures atomic.Int32
}

func (f *flakyFetcher) Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	if f.failures.Add(-1) >= 0 {
		return nil, errors.New("gateway unreachable")
	}
	return f.Fetcher.Get(ctx, c)
}

// TestSpecRetried leaves a job's category empty while its spec cannot be
// read, without holding indexing up, and fills it in on a later try.
func TestSpecRetried(t *testing.T) {
	env := agijobstest.New(t, agijobstest.WithAgents(0), agijobstest.WithValidators(0))
	ctx := context.Background()
	id := post(t, env, 0, "Spec behind a flaky gateway", "Flaky", 5)
	db := openDB(t, ":memory:")
	f := &flakyFetcher{Fetcher: env.Store()}
	f.failures.Store(1)
	ix := newIndexer(t, env, db, func(c *index.Config) { c.Specs = f })
	require.NoError(t, ix.Sync(ctx))
	j, err := db.Job(ctx, id)
	require.NoError(t, err)
	require.Empty(t, j.Category, "the spec could not be read")
	var attempts int
	var msg string
	require.NoError(t, db.SQL().QueryRow(`SELECT attempts, error FROM specs`).Scan(&attempts, &msg))
	require.Equal(t, 1, attempts)
	require.Contains(t, msg, "gateway unreachable")

	require.NoError(t, ix.Sync(ctx))
	j, err = db.Job(ctx, id)
	require.NoError(t, err)
	require.Empty(t, j.Category, "not tried again before its backoff")

	_, err = db.SQL().Exec(`UPDATE specs SET next_try = 0`)
	require.NoError(t, err)
	require.NoError(t, ix.Sync(ctx))
	j, err = db.Job(ctx, id)
	require.NoError(t, err)
	require.Equal(t, "flaky", j.Category)
}

// TestConfirmations indexes only blocks that reached the depth asked.
func TestConfirmations(t *testing.T) {
	env := agijobstest.New(t, agijobstest.WithAgents(0), agijobstest.WithValidators(0))
	ctx := context.Background()
	id := post(t, env, 0, "Deep enough later", "depth", 3)
	db := openDB(t, ":memory:")
	ix := newIndexer(t, env, db, func(c *index.Config) { c.Confirmations = 4 })
	require.NoError(t, ix.Sync(ctx))
	head, err := env.Backend().BlockNumber(ctx)
	require.NoError(t, err)
	st, err := db.Status(ctx)
	require.NoError(t, err)
	require.Equal(t, head-3, st.Block, "the head is the first confirmation")
	_, err = db.Job(ctx, id)
	require.ErrorIs(t, err, index.ErrNotFound, "the job's block has 1 confirmation")
	require.NoError(t, env.Mine(ctx, 3))
	require.NoError(t, ix.Sync(ctx))
	_, err = db.Job(ctx, id)
	require.NoError(t, err)
	requireMatchesChain(t, env, db)
}

// TestJobJSON writes amounts as decimal strings and reads them back.
func TestJobJSON(t *testing.T) {
	huge, _ := new(big.Int).SetString("115792089237316195423570985008687907853269984665640564039457584007913129639935", 10)
	j := index.Job{ID: big.NewInt(7), State: escrow.StateApplied, Reward: huge, Fee: big.NewInt(5), Stake: big.NewInt(0)}
	b, err := json.Marshal(j)
	require.NoError(t, err)
	require.Contains(t, string(b), `"reward":"`+huge.String()+`"`)
	require.Contains(t, string(b), `"state":"Applied"`)
	var back index.Job
	require.NoError(t, json.Unmarshal(b, &back))
	require.Zero(t, huge.Cmp(back.Reward))
	require.Equal(t, escrow.StateApplied, back.State)
	require.Zero(t, back.Fee.Cmp(big.NewInt(5)))
}

// TestEveryBadFilter reports every bad field of a query at once.
func TestEveryBadFilter(t *testing.T) {
	db := openDB(t, ":memory:")
	_, err := db.Jobs(context.Background(), index.JobQuery{Limit: -1, Order: "cheapest", States: []escrow.State{escrow.StateNone}, MinReward: big.NewInt(-1)})
	requireFields(t, err, "index.JobQuery.Limit", "index.JobQuery.Order", "index.JobQuery.States", "index.JobQuery.MinReward")
	_, err = db.Timeline(context.Background(), big.NewInt(42))
	require.ErrorIs(t, err, index.ErrNotFound)
}

// TestDSNSecret keeps a PostgreSQL password out of the errors.
func TestDSNSecret(t *testing.T) {
	const pass = "s3cretpassw0rd1234567890"
	_, err := index.Open(context.Background(), "postgres://user:"+pass+"@127.0.0.1:1/db?sslmode=disable&connect_timeout=1")
	require.Error(t, err)
	require.NotContains(t, err.Error(), pass)
	_, err = index.Open(context.Background(), "postgres://user:"+pass+"@host:bad port/db")
	require.Error(t, err)
	require.NotContains(t, err.Error(), pass)
}

// TestJobMovesAcrossBatches indexes a job's life one step at a time, and
// then the same chain one block per batch, so that every change of state
// reaches a job row written by an earlier batch: the multi-row update, not
// the insert of a new job, must carry it.
func TestJobMovesAcrossBatches(t *testing.T) {
	env := agijobstest.New(t, agijobstest.WithEmployers(1), agijobstest.WithAgents(1), agijobstest.WithValidators(3))
	ctx := context.Background()
	var ids []*big.Int // one job stepped through per database
	requireFinal := func(t *testing.T, db *index.DB, id *big.Int) {
		t.Helper()
		j, err := db.Job(ctx, id)
		require.NoError(t, err)
		require.Equal(t, escrow.StateFinalized, j.State)
		require.Equal(t, env.Agent(0).Address(), j.Agent)
		require.NotNil(t, j.Success)
		require.True(t, *j.Success)
		require.NotEmpty(t, j.ResultURI)
	}
	eachDB(t, func(t *testing.T, dsn string) {
		db := openDB(t, dsn)
		ix := newIndexer(t, env, db)
		id := post(t, env, 0, "Step by step", "writing", 10)
		ids = append(ids, id)
		state := func() escrow.State {
			t.Helper()
			require.NoError(t, ix.Sync(ctx))
			requireMatchesChain(t, env, db)
			j, err := db.Job(ctx, id)
			require.NoError(t, err)
			return j.State
		}
		require.Equal(t, escrow.StateCreated, state())
		_, err := env.Agent(0).Apply(ctx, id)
		require.NoError(t, err)
		require.Equal(t, escrow.StateApplied, state())
		_, err = env.Agent(0).Submit(ctx, escrow.SubmitParams{JobID: id, Result: result()})
		require.NoError(t, err)
		require.Equal(t, escrow.StateSubmitted, state())
		require.NoError(t, env.Validate(ctx, id, true))
		require.Equal(t, escrow.StateCompleted, state())
		_, err = env.Employer(0).Finalize(ctx, id)
		require.NoError(t, err)
		require.Equal(t, escrow.StateFinalized, state())
		requireFinal(t, db, id)
	})
	require.Len(t, ids, 2, "a job per database")
	eachDB(t, func(t *testing.T, dsn string) {
		db := openDB(t, dsn)
		require.NoError(t, newIndexer(t, env, db, func(c *index.Config) { c.BatchBlocks, c.MaxBatchBlocks = 1, 1 }).Sync(ctx))
		requireMatchesChain(t, env, db)
		for _, id := range ids {
			requireFinal(t, db, id)
		}
	})
}

// rangeLimited refuses eth_getLogs over more than max blocks, as hosted
// nodes do, and counts the refusals.
type rangeLimited struct {
	index.Backend
	max     uint64
	refused atomic.Int32
}

func (b *rangeLimited) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if q.ToBlock.Uint64()-q.FromBlock.Uint64()+1 > b.max {
		b.refused.Add(1)
		return nil, fmt.Errorf("block range is too large (at most %d)", b.max)
	}
	return b.Backend.FilterLogs(ctx, q)
}

// TestRangeTooLarge: a node that refuses wide ranges gets halves of them
// until it answers, and the index still holds every event once, with the
// ranges fetched two at a time.
func TestRangeTooLarge(t *testing.T) {
	env := agijobstest.New(t, agijobstest.WithEmployers(1), agijobstest.WithAgents(1), agijobstest.WithValidators(3))
	ctx := context.Background()
	for i := range 3 {
		finish(t, env, post(t, env, 0, fmt.Sprintf("Job %d", i), "writing", 10+int64(i)))
	}
	eachDB(t, func(t *testing.T, dsn string) {
		db := openDB(t, dsn)
		b := &rangeLimited{Backend: env.Backend(), max: 7}
		require.NoError(t, newIndexer(t, env, db, func(c *index.Config) { c.Backend, c.BatchBlocks = b, 1000 }).Sync(ctx))
		require.Positive(t, b.refused.Load(), "the node refused some ranges")
		requireMatchesChain(t, env, db)
	})
}
