package chain

import (
	"bufio"
	"context"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/internal/testenv"
)

const (
	crashChildEnv = "AGIJOBS_TEST_JOURNAL_CHILD"
	crashTxs      = 40
	crashSigner   = 7
)

func crashRecipient(i int) common.Address { return common.BigToAddress(big.NewInt(int64(0xcc000 + i))) }

// crashBatch is the application under test: it sends candidates crashTxs
// in order, skipping those already handed to the node. A candidate's index
// equals its nonce because the account is fresh and used only here.
func crashBatch(ctx context.Context, m *Manager, from int, progress func(i int)) ([]*Pending, error) {
	var ps []*Pending
	for i := from; i < crashTxs; i++ {
		p, err := m.SendAsync(ctx, transfer(crashRecipient(i), 1, fmt.Sprintf("crash %d", i)))
		if err != nil {
			return ps, err
		}
		ps = append(ps, p)
		if progress != nil {
			progress(i)
		}
	}
	return ps, nil
}

// TestJournalChild runs only as the child process of
// TestJournalSurvivesKill: it sends the batch slowly and is killed midway.
func TestJournalChild(t *testing.T) {
	if os.Getenv(crashChildEnv) == "" {
		t.Skip("child process of TestJournalSurvivesKill")
	}
	ctx := context.Background()
	conn, err := Dial(ctx, os.Getenv("AGIJOBS_TEST_RPC"), DialOptions{})
	require.NoError(t, err)
	m, err := NewManager(ctx, ManagerConfig{Backend: conn, Signer: DevSigner(crashSigner), JournalDir: os.Getenv("AGIJOBS_TEST_JOURNAL"), PollInterval: 20 * time.Millisecond})
	require.NoError(t, err)
	_, err = crashBatch(ctx, m, 0, func(i int) {
		fmt.Printf("SENT %d\n", i)
		time.Sleep(70 * time.Millisecond)
	})
	require.NoError(t, err)
	time.Sleep(time.Minute) // wait to be killed
}

// TestJournalSurvivesKill kills a process in the middle of a batch
// (SIGKILL, no cleanup) and restarts from its journal: the in-flight
// transactions are watched, not sent again, and every candidate is mined
// exactly once.
func TestJournalSurvivesKill(t *testing.T) {
	if os.Getenv(crashChildEnv) != "" {
		t.Skip("in child")
	}
	ctx := context.Background()
	node := testenv.StartAnvil(t, "--block-time", "1")
	dir := t.TempDir()

	cmd := exec.Command(os.Args[0], "-test.run=^TestJournalChild$", "-test.v")
	cmd.Env = append(os.Environ(), crashChildEnv+"=1", "AGIJOBS_TEST_RPC="+node.URL, "AGIJOBS_TEST_JOURNAL="+dir)
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	cmd.Stderr = os.Stderr
	require.NoError(t, cmd.Start())
	sc := bufio.NewScanner(out)
	lastSent := -1
	for sc.Scan() {
		if n, ok := strings.CutPrefix(sc.Text(), "SENT "); ok {
			lastSent, _ = strconv.Atoi(n)
			if lastSent >= crashTxs/2 {
				break
			}
		}
	}
	require.NoError(t, cmd.Process.Kill())
	_ = cmd.Wait()
	require.GreaterOrEqual(t, lastSent, crashTxs/2, "child did not get far enough")

	conn, err := Dial(ctx, node.URL, DialOptions{})
	require.NoError(t, err)
	defer conn.Close()
	m := newManager(t, conn, DevSigner(crashSigner), func(c *ManagerConfig) {
		c.JournalDir = dir
		c.PollInterval = 20 * time.Millisecond
	})
	rec := m.Recovered()
	require.NotEmpty(t, rec, "a 1s block time leaves transactions in flight")
	mined, err := conn.NonceAt(ctx, m.Address(), nil)
	require.NoError(t, err)
	from := int(mined)
	for _, p := range rec {
		from = max(from, int(p.Nonce())+1)
	}
	t.Logf("killed after SENT %d; restart recovered %d in-flight (nonces %d..%d), %d already mined, resuming at %d",
		lastSent, len(rec), rec[0].Nonce(), rec[len(rec)-1].Nonce(), mined, from)

	rest, err := crashBatch(ctx, m, from, nil)
	require.NoError(t, err)
	_, err = WaitAll(ctx, append(rec, rest...))
	require.NoError(t, err)

	final, err := conn.NonceAt(ctx, m.Address(), nil)
	require.NoError(t, err)
	require.Equal(t, uint64(crashTxs), final, "a transaction was sent twice or lost")
	for i := range crashTxs {
		bal, err := conn.BalanceAt(ctx, crashRecipient(i), nil)
		require.NoError(t, err)
		require.Equal(t, int64(1), bal.Int64(), "recipient %d", i)
	}
}
