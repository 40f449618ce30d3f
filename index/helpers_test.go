package index_test

import (
	"context"
	"math/big"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/index"
	"github.com/agijobs/agijobs-go/internal/testenv"
	"github.com/agijobs/agijobs-go/storage"
)

// eachDB runs f on a fresh SQLite file and on a fresh database of a real
// PostgreSQL server.
func eachDB(t *testing.T, f func(t *testing.T, dsn string)) {
	t.Run("sqlite", func(t *testing.T) { f(t, filepath.Join(t.TempDir(), "index.db")) })
	t.Run("postgres", func(t *testing.T) {
		pg := testenv.StartPostgres(t)
		f(t, pg.NewDatabase(t))
	})
}

// openDB opens dsn and closes it when the test ends.
func openDB(t testing.TB, dsn string) *index.DB {
	t.Helper()
	db, err := index.Open(context.Background(), dsn)
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	return db
}

// newIndexer returns an Indexer of env's deployment writing into db.
func newIndexer(t testing.TB, env *agijobstest.Env, db *index.DB, mod ...func(*index.Config)) *index.Indexer {
	t.Helper()
	cfg := index.Config{Backend: env.Backend(), Addresses: env.Addresses(), Specs: env.Store(), PollInterval: 20 * time.Millisecond, LockPollInterval: 20 * time.Millisecond}
	for _, m := range mod {
		m(&cfg)
	}
	ix, err := index.NewIndexer(db, cfg)
	require.NoError(t, err)
	return ix
}

// spec is a job spec of category cat.
func spec(title, cat string) *storage.JobSpec {
	return &storage.JobSpec{Title: title, Description: "Work for the index tests.", Category: cat,
		AgentTypes: []string{storage.AgentAny}, AcceptanceCriteria: []string{"it is done"}}
}

// post posts a job of category cat with reward ether.
func post(t testing.TB, env *agijobstest.Env, employer int, title, cat string, reward int64) *big.Int {
	t.Helper()
	ctx := context.Background()
	now, err := env.Now(ctx)
	require.NoError(t, err)
	res, err := env.Employer(employer).PostJob(ctx, escrow.PostJobParams{Spec: spec(title, cat), Reward: deploy.Ether(reward), Deadline: now.Add(72 * time.Hour)})
	require.NoError(t, err)
	return res.JobID
}

// result is a result document.
func result() *storage.JobResult {
	return &storage.JobResult{Summary: "done", Outputs: []storage.Attachment{{Name: "out.txt", URI: "ipfs://bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"}}}
}

// finish runs job id to Finalized with approving validators.
func finish(t testing.TB, env *agijobstest.Env, id *big.Int) {
	t.Helper()
	ctx := context.Background()
	_, err := env.Agent(0).Apply(ctx, id)
	require.NoError(t, err)
	_, err = env.Agent(0).Submit(ctx, escrow.SubmitParams{JobID: id, Result: result()})
	require.NoError(t, err)
	require.NoError(t, env.Validate(ctx, id, true))
	_, err = env.Employer(0).Finalize(ctx, id)
	require.NoError(t, err)
}

// chainLogs returns every log the index should hold up to block to: the
// modules' events and the token transfers out of the StakeManager.
func chainLogs(t testing.TB, env *agijobstest.Env, from, to uint64) []types.Log {
	t.Helper()
	a := env.Addresses()
	modules := []common.Address{a.JobRegistry, a.ValidationModule, a.StakeManager, a.IdentityRegistry, a.ReputationEngine, a.DisputeModule, a.FeePool, a.CertificateNFT, a.SystemPause}
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: modules}
	logs, err := env.Backend().FilterLogs(context.Background(), q)
	require.NoError(t, err)
	transfer := common.HexToHash("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef")
	q = ethereum.FilterQuery{FromBlock: q.FromBlock, ToBlock: q.ToBlock, Topics: [][]common.Hash{{transfer}, {common.BytesToHash(a.StakeManager.Bytes())}}}
	payouts, err := env.Backend().FilterLogs(context.Background(), q)
	require.NoError(t, err)
	all := append(logs, payouts...)
	slices.SortFunc(all, func(x, y types.Log) int {
		if x.BlockNumber != y.BlockNumber {
			return int(x.BlockNumber) - int(y.BlockNumber)
		}
		return int(x.Index) - int(y.Index)
	})
	return all
}

// position is where a log or an event sits, and its transaction.
type position struct {
	Block uint64
	Index uint
	Tx    common.Hash
}

// indexedPositions returns the position of every event the index holds,
// in order, read with SQL so that duplicates would show.
func indexedPositions(t testing.TB, db *index.DB) []position {
	t.Helper()
	rows, err := db.SQL().Query(`SELECT block, log_index, tx_hash FROM events ORDER BY block, log_index`)
	require.NoError(t, err)
	defer rows.Close()
	var out []position
	for rows.Next() {
		var p position
		var tx []byte
		require.NoError(t, rows.Scan(&p.Block, &p.Index, &tx))
		p.Tx = common.BytesToHash(tx)
		out = append(out, p)
	}
	require.NoError(t, rows.Err())
	return out
}

func logPositions(logs []types.Log) []position {
	out := make([]position, len(logs))
	for i, l := range logs {
		out[i] = position{l.BlockNumber, l.Index, l.TxHash}
	}
	return out
}

// requireMatchesChain asserts that the index holds exactly the chain's
// logs up to its cursor, no more, no fewer, and that every job row agrees
// with the JobRegistry.
func requireMatchesChain(t testing.TB, env *agijobstest.Env, db *index.DB) {
	t.Helper()
	ctx := context.Background()
	st, err := db.Status(ctx)
	require.NoError(t, err)
	require.Equal(t, logPositions(chainLogs(t, env, 0, st.Block)), indexedPositions(t, db), "the index's events are not the chain's")
	page, err := db.Jobs(ctx, index.JobQuery{Limit: index.MaxLimit, Order: index.OldestFirst})
	require.NoError(t, err)
	for _, j := range page.Jobs {
		onchain, err := env.Escrow().Job(ctx, j.ID)
		require.NoError(t, err)
		require.Equal(t, onchain.State, j.State, "job %v", j.ID)
		require.Equal(t, onchain.Agent, j.Agent, "job %v", j.ID)
		require.Equal(t, onchain.Employer, j.Employer, "job %v", j.ID)
		require.Zero(t, onchain.Reward.Cmp(j.Reward), "job %v", j.ID)
	}
	created := jobregistry.NewJobRegistry().GetABI().Events["JobCreated"].ID
	var want int
	for _, l := range chainLogs(t, env, 0, st.Block) {
		if l.Topics[0] == created {
			want++
		}
	}
	require.Equal(t, want, len(page.Jobs), "jobs in the index")
}
