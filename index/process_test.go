package index_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/index"
	"github.com/agijobs/agijobs-go/internal/testenv"
)

// The environment of an indexer child process (see TestMain).
const (
	childDSN   = "AGIJOBS_INDEX_CHILD_DSN"
	childRPC   = "AGIJOBS_INDEX_CHILD_RPC"
	childAddrs = "AGIJOBS_INDEX_CHILD_ADDRESSES"
)

// TestMain turns the test binary into an indexer process when the child
// environment is set, so that tests can SIGKILL a real writer.
func TestMain(m *testing.M) {
	if dsn := os.Getenv(childDSN); dsn != "" {
		if err := runChild(dsn); err != nil {
			fmt.Fprintln(os.Stderr, "child:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// runChild indexes one block per transaction, following the chain until
// it is killed.
func runChild(dsn string) error {
	ctx := context.Background()
	var addrs agijobs.Addresses
	if err := json.Unmarshal([]byte(os.Getenv(childAddrs)), &addrs); err != nil {
		return err
	}
	conn, err := chain.Dial(ctx, os.Getenv(childRPC), chain.DialOptions{})
	if err != nil {
		return err
	}
	db, err := index.Open(ctx, dsn)
	if err != nil {
		return err
	}
	ix, err := index.NewIndexer(db, index.Config{Backend: conn, Addresses: addrs, BatchBlocks: 1, MaxBatchBlocks: 1,
		PollInterval: 20 * time.Millisecond, LockPollInterval: 20 * time.Millisecond, Logger: slog.New(slog.NewTextHandler(os.Stderr, nil))})
	if err != nil {
		return err
	}
	return ix.Run(ctx)
}

// child is a running indexer process.
type child struct {
	cmd  *exec.Cmd
	mu   sync.Mutex
	logs strings.Builder
	done chan struct{}
}

// startChild starts an indexer process on dsn for env's deployment.
func startChild(t *testing.T, env *agijobstest.Env, url, dsn string) *child {
	t.Helper()
	addrs, err := json.Marshal(env.Addresses())
	require.NoError(t, err)
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), childDSN+"="+dsn, childRPC+"="+url, childAddrs+"="+string(addrs))
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	c := &child{cmd: cmd, done: make(chan struct{})}
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			c.mu.Lock()
			c.logs.WriteString(sc.Text() + "\n")
			c.mu.Unlock()
		}
		_ = cmd.Wait()
		close(c.done)
	}()
	t.Cleanup(c.kill)
	return c
}

func (c *child) kill() {
	_ = c.cmd.Process.Signal(syscall.SIGKILL)
	<-c.done
}

func (c *child) log() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.logs.String()
}

// waitFor polls cond every 10ms for at most 60s.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// processEnv is an anvil node with the protocol, a few jobs, and a long
// run of empty blocks between them, so that a backfill one block per
// transaction takes seconds.
func processEnv(t *testing.T) (*agijobstest.Env, string) {
	node := testenv.StartAnvil(t)
	env := agijobstest.New(t, agijobstest.WithRPC(node.URL), agijobstest.WithAgents(1), agijobstest.WithValidators(0))
	rc, err := rpc.Dial(node.URL)
	require.NoError(t, err)
	defer rc.Close()
	for i := range 4 {
		post(t, env, 0, fmt.Sprintf("Job %d", i), "process", int64(10+i))
		require.NoError(t, rc.Call(nil, "anvil_mine", hexutil.Uint64(500)))
	}
	return env, node.URL
}

// TestWriterProcesses runs indexers as processes of their own on one
// chain: killed during a backfill, then two at once.
func TestWriterProcesses(t *testing.T) {
	env, url := processEnv(t)
	pg := testenv.StartPostgres(t)
	t.Run("kill-during-backfill", func(t *testing.T) { killDuringBackfill(t, env, url, pg) })
	t.Run("two-writers", func(t *testing.T) { twoWriters(t, env, url, pg) })
}

// killDuringBackfill SIGKILLs an indexer process in the middle of a
// backfill, then finishes the index with another one: no event is lost
// or stored twice, and the jobs agree with the chain.
func killDuringBackfill(t *testing.T, env *agijobstest.Env, url string, pg *testenv.Postgres) {
	ctx := context.Background()
	head, err := env.Backend().BlockNumber(ctx)
	require.NoError(t, err)
	for name, dsn := range map[string]string{"sqlite": filepath.Join(t.TempDir(), "index.db"), "postgres": pg.NewDatabase(t)} {
		t.Run(name, func(t *testing.T) {
			db := openDB(t, dsn)
			c := startChild(t, env, url, dsn)
			waitFor(t, "a third of the backfill", func() bool {
				st, err := db.Status(ctx)
				return err == nil && st.Block > head/3
			})
			c.kill()
			st, err := db.Status(ctx)
			require.NoError(t, err)
			require.Less(t, st.Block, head, "killed before the end of the backfill")
			t.Logf("killed at block %d of %d", st.Block, head)
			// What was committed is exactly the chain's, up to the cursor.
			requireMatchesChain(t, env, db)

			require.NoError(t, newIndexer(t, env, db).Sync(ctx))
			st, err = db.Status(ctx)
			require.NoError(t, err)
			require.Equal(t, head, st.Block)
			requireMatchesChain(t, env, db)
			require.Equal(t, int64(4), st.Jobs)
		})
	}
}

// twoWriters runs two indexer processes on one database: the second
// waits for the lock while the first writes, and takes over when the
// first is killed; the index stays exactly the chain's.
func twoWriters(t *testing.T, env *agijobstest.Env, url string, pg *testenv.Postgres) {
	ctx := context.Background()
	for name, dsn := range map[string]string{"sqlite": filepath.Join(t.TempDir(), "index.db"), "postgres": pg.NewDatabase(t)} {
		t.Run(name, func(t *testing.T) {
			db := openDB(t, dsn)
			first := startChild(t, env, url, dsn)
			waitFor(t, "the first writer's lock", func() bool { return strings.Contains(first.log(), "writer lock taken") })
			second := startChild(t, env, url, dsn)
			waitFor(t, "the second writer to wait", func() bool { return strings.Contains(second.log(), "waiting for its lock") })

			id := post(t, env, 0, "Seen by the first writer", "process", 50)
			waitFor(t, "the first writer to index the job", func() bool { _, err := db.Job(ctx, id); return err == nil })
			require.NotContains(t, second.log(), "writer lock taken", "the second writer wrote while the first held the lock")

			first.kill()
			id = post(t, env, 0, "Seen by the second writer", "process", 60)
			waitFor(t, "the second writer to take over", func() bool { return strings.Contains(second.log(), "writer lock taken") })
			waitFor(t, "the second writer to index the job", func() bool { _, err := db.Job(ctx, id); return err == nil })
			second.kill()
			requireMatchesChain(t, env, db)
		})
	}
}
