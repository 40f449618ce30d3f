package index_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/index"
	"github.com/agijobs/agijobs-go/internal/testenv"
)

// bothDBs opens a fresh SQLite file and a fresh PostgreSQL database.
func bothDBs(t *testing.T) map[string]*index.DB {
	pg := testenv.StartPostgres(t)
	return map[string]*index.DB{
		"sqlite":   openDB(t, filepath.Join(t.TempDir(), "index.db")),
		"postgres": openDB(t, pg.NewDatabase(t)),
	}
}

// reorgScenario posts job A, then (after the point reorg returns to)
// assigns A and posts job B, and indexes all of it. reorg replaces every
// block after the point with another branch. The index must then hold
// exactly the new chain's events (positions and transactions). When the
// new branch dropped the transactions (dropped), A is back to Created
// with no agent and B is gone; when it mined them again elsewhere, as
// geth does with a reorged transaction, they are indexed at their new
// places.
func reorgScenario(t *testing.T, env *agijobstest.Env, dropped bool, reorgTo func() (undo func())) {
	ctx := context.Background()
	dbs := bothDBs(t)
	a := post(t, env, 0, "Survives the reorg", "reorg", 10)
	undo := reorgTo()
	_, err := env.Agent(0).Apply(ctx, a)
	require.NoError(t, err)
	b := post(t, env, 0, "Dropped by the reorg", "reorg", 20)

	before := map[string][]position{}
	for name, db := range dbs {
		require.NoError(t, newIndexer(t, env, db).Sync(ctx), name)
		before[name] = indexedPositions(t, db)
		j, err := db.Job(ctx, a)
		require.NoError(t, err, name)
		require.Equal(t, escrow.StateApplied, j.State, name)
		_, err = db.Job(ctx, b)
		require.NoError(t, err, name)
	}
	undo()
	for name, db := range dbs {
		t.Run(name, func(t *testing.T) {
			require.NoError(t, newIndexer(t, env, db).Sync(ctx))
			requireMatchesChain(t, env, db)
			require.NotEqual(t, before[name], indexedPositions(t, db), "the reorg moved or dropped events")
			if !dropped {
				return
			}
			j, err := db.Job(ctx, a)
			require.NoError(t, err)
			require.Equal(t, escrow.StateCreated, j.State, "the assignment was dropped")
			require.Zero(t, j.Agent)
			_, err = db.Job(ctx, b)
			require.ErrorIs(t, err, index.ErrNotFound, "job B was dropped")
			tl, err := db.Timeline(ctx, a)
			require.NoError(t, err)
			require.Len(t, tl, 1, "only JobCreated remains of job A")
		})
	}
}

// TestReorgEmbedded reorgs the embedded chain onto a longer side branch;
// the simulated chain mines the dropped transactions again in it, at other
// blocks.
func TestReorgEmbedded(t *testing.T) {
	env := agijobstest.New(t, agijobstest.WithAgents(1), agijobstest.WithValidators(0))
	ctx := context.Background()
	reorgScenario(t, env, false, func() func() {
		fork, err := env.Backend().HeaderByNumber(ctx, nil)
		require.NoError(t, err)
		return func() {
			head, err := env.Backend().BlockNumber(ctx)
			require.NoError(t, err)
			require.NoError(t, env.Chain().Fork(fork.Hash()))
			for n := fork.Number.Uint64(); n <= head; n++ {
				env.Chain().Commit()
			}
			h, err := env.Backend().HeaderByNumber(ctx, nil)
			require.NoError(t, err)
			require.Greater(t, h.Number.Uint64(), head, "the side branch is the longer chain")
		}
	})
}

// TestReorgAnvil reorgs a real anvil node: evm_revert to a snapshot, then
// more empty blocks than were dropped.
func TestReorgAnvil(t *testing.T) {
	node := testenv.StartAnvil(t)
	env := agijobstest.New(t, agijobstest.WithRPC(node.URL), agijobstest.WithAgents(1), agijobstest.WithValidators(0))
	ctx := context.Background()
	rc, err := rpc.DialContext(ctx, node.URL)
	require.NoError(t, err)
	t.Cleanup(rc.Close)
	reorgScenario(t, env, true, func() func() {
		var snap string
		require.NoError(t, rc.CallContext(ctx, &snap, "evm_snapshot"))
		before, err := env.Backend().BlockNumber(ctx)
		require.NoError(t, err)
		return func() {
			head, err := env.Backend().BlockNumber(ctx)
			require.NoError(t, err)
			dropped, err := env.Backend().HeaderByNumber(ctx, nil)
			require.NoError(t, err)
			var ok bool
			require.NoError(t, rc.CallContext(ctx, &ok, "evm_revert", snap))
			require.True(t, ok)
			require.NoError(t, rc.CallContext(ctx, nil, "anvil_mine", hexutil.Uint64(head-before+1)))
			now, err := env.Backend().HeaderByNumber(ctx, dropped.Number)
			require.NoError(t, err)
			require.NotEqual(t, common.Hash(dropped.Hash()), now.Hash(), "block %v was replaced", dropped.Number)
		}
	})
}

// TestWriterConnectionLost kills the PostgreSQL session that holds the
// writer lock: the Indexer takes the lock again on a new session and goes
// on indexing.
func TestWriterConnectionLost(t *testing.T) {
	env := agijobstest.New(t, agijobstest.WithAgents(0), agijobstest.WithValidators(0))
	pg := testenv.StartPostgres(t)
	db := openDB(t, pg.NewDatabase(t))
	ix := newIndexer(t, env, db)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- ix.Run(ctx) }()
	defer func() { cancel(); require.NoError(t, <-done) }()

	first := post(t, env, 0, "Before", "session", 1)
	waitFor(t, "the first job", func() bool { _, err := db.Job(ctx, first); return err == nil })
	var killed int
	require.NoError(t, db.SQL().QueryRow(`SELECT COUNT(pg_terminate_backend(pid)) FROM pg_locks WHERE locktype = 'advisory' AND granted`).Scan(&killed))
	require.Equal(t, 1, killed, "one session holds the writer lock")
	second := post(t, env, 0, "After", "session", 2)
	waitFor(t, "the job posted after the session died", func() bool { _, err := db.Job(ctx, second); return err == nil })
	requireMatchesChain(t, env, db)
}
