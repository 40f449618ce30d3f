package chain

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/internal/faultproxy"
	"github.com/agijobs/agijobs-go/internal/testenv"
	"github.com/agijobs/agijobs-go/retry"
)

func TestDialAnvil(t *testing.T) {
	ctx := context.Background()
	node := testenv.StartAnvil(t)

	_, err := Dial(ctx, node.URL, DialOptions{ChainID: 1})
	var mm *ChainIDMismatchError
	require.ErrorAs(t, err, &mm)
	require.ErrorIs(t, err, ErrChainIDMismatch)
	require.ErrorContains(t, err, "configured 1")
	require.ErrorContains(t, err, "serves 31337")

	for _, u := range []string{node.URL, node.WSURL} {
		conn, err := Dial(ctx, u, DialOptions{ChainID: 31337})
		require.NoError(t, err, u)
		id, err := conn.ChainID(ctx)
		require.NoError(t, err)
		require.Equal(t, int64(31337), id.Int64())
		var accounts []common.Address
		require.NoError(t, conn.Client.Client().CallContext(ctx, &accounts, "eth_accounts"))
		require.Len(t, accounts, 10)
		for i, a := range accounts {
			require.Equal(t, a, DevSigner(i).Address(), "dev account %d differs from anvil's", i)
		}
		conn.Close()
	}

	_, err = Dial(ctx, "ftp://127.0.0.1:1", DialOptions{})
	require.ErrorContains(t, err, "unsupported URL scheme")
}

func TestDialRetriesAndLogsWithoutSecrets(t *testing.T) {
	ctx := context.Background()
	node := testenv.StartAnvil(t)
	var calls atomic.Int64
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch calls.Add(1) {
		case 1:
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		case 2:
			w.WriteHeader(http.StatusBadGateway)
			return
		}
		forward(w, r, node.URL)
	}))
	defer proxy.Close()

	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	start := time.Now()
	conn, err := Dial(ctx, proxy.URL+"/v3/"+testAPIKey, DialOptions{ChainID: 31337, Logger: log})
	require.NoError(t, err)
	defer conn.Close()
	require.GreaterOrEqual(t, time.Since(start), time.Second, "Retry-After ignored")
	require.Equal(t, int64(3), calls.Load())
	require.Contains(t, logs.String(), "retrying")
	require.NotContains(t, logs.String(), testAPIKey)

	// Silent by default: no logger, nothing written anywhere we can see;
	// a dead endpoint is a transport error.
	_, err = Dial(ctx, "http://127.0.0.1:1", DialOptions{Retry: retry.Policy{MaxAttempts: 2, MinBackoff: time.Millisecond}})
	require.ErrorIs(t, err, ErrTransport)
}

func forward(w http.ResponseWriter, r *http.Request, target string) {
	body, _ := io.ReadAll(r.Body)
	resp, err := http.Post(target, "application/json", bytes.NewReader(body))
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	_, _ = io.Copy(w, resp.Body)
}

// TestFaultInjection sends transactions through a proxy that injures 20% of
// requests and checks that every one is mined exactly once, with
// contiguous nonces, and that no error a retry could absorb reaches the
// caller. 500 transactions normally, 100 under -short.
func TestFaultInjection(t *testing.T) {
	ctx := context.Background()
	node := testenv.StartAnvil(t)
	proxy, proxyURL := faultproxy.Start(t, node.URL, faultproxy.Config{Rate: 0.20, Seed: 1})

	// Every failed read of a send surfaces (nothing above the transport
	// retries), so the policy allows more attempts than the default: at
	// 20% faults, of which 4 in 5 fail the attempt, a read fails all 8
	// with a probability of 3e-7.
	conn, err := Dial(ctx, proxyURL, DialOptions{ChainID: 31337, Retry: retry.Policy{MaxAttempts: 8, MinBackoff: 5 * time.Millisecond, MaxBackoff: 100 * time.Millisecond}})
	require.NoError(t, err)
	defer conn.Close()
	direct, err := Dial(ctx, node.URL, DialOptions{})
	require.NoError(t, err)
	defer direct.Close()

	signer := DevSigner(3)
	m := newManager(t, conn, signer, func(c *ManagerConfig) { c.PollInterval = 20 * time.Millisecond })
	start, err := direct.NonceAt(ctx, signer.Address(), nil)
	require.NoError(t, err)

	n := 500
	if testing.Short() {
		n = 100
	}
	recipient := func(i int) common.Address { return common.BigToAddress(big.NewInt(int64(0xfa000 + i))) }
	began := time.Now()
	ps := make([]*Pending, n)
	var sendErrs []error
	var wg sync.WaitGroup
	var mu sync.Mutex
	next := atomic.Int64{}
	for range 8 { // concurrent senders: estimates and fees run in parallel
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				c := transfer(recipient(i), 1, fmt.Sprintf("fault %d", i))
				if i%2 == 0 {
					c.GasLimit = 21000 // half skip the estimate
				}
				p, err := m.SendAsync(ctx, c)
				mu.Lock()
				ps[i] = p
				if err != nil {
					sendErrs = append(sendErrs, fmt.Errorf("send %d: %w", i, err))
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	require.Empty(t, sendErrs)
	rs, err := WaitAll(ctx, ps)
	require.NoError(t, err)
	elapsed := time.Since(began)

	// Exactly once: the account's nonce advanced by n, every recipient
	// holds exactly 1 wei, and the nonces are contiguous.
	end, err := direct.NonceAt(ctx, signer.Address(), nil)
	require.NoError(t, err)
	require.Equal(t, start+uint64(n), end)
	seen := make(map[uint64]bool, n)
	for i, p := range ps {
		require.False(t, seen[p.Nonce()], "nonce %d twice", p.Nonce())
		seen[p.Nonce()] = true
		require.Equal(t, uint64(1), rs[i].Status)
		bal, err := direct.BalanceAt(ctx, recipient(i), nil)
		require.NoError(t, err)
		require.Equal(t, int64(1), bal.Int64(), "recipient %d", i)
	}
	for nn := start; nn < start+uint64(n); nn++ {
		require.True(t, seen[nn], "nonce %d missing", nn)
	}
	st := proxy.Stats()
	t.Logf("fault injection: %d txs mined exactly once in %v (%.0f tx/s); proxy: %s; 0 errors surfaced",
		n, elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds(), st)
	require.Positive(t, st.DroppedAfter)
	require.Positive(t, st.CutBodies)
	require.Positive(t, st.SendRawInjured)
}
