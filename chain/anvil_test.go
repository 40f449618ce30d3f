package chain

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/internal/testenv"
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
	_, err = Dial(ctx, "http://127.0.0.1:1", DialOptions{Retry: RetryConfig{Max: 1, WaitMin: time.Millisecond}})
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

// faultProxy forwards JSON-RPC to a node and injures a share of requests:
// dropped before forwarding, dropped after forwarding (the node acted but
// the answer is lost), answered 5xx, or delayed.
type faultProxy struct {
	target string
	rate   float64
	mu     sync.Mutex
	rng    *rand.Rand

	total, dropBefore, dropAfter, status5xx, delayed atomic.Int64
	sendRaw, sendRawFaulted                          atomic.Int64
}

func (p *faultProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.total.Add(1)
	body, _ := io.ReadAll(r.Body)
	isSend := bytes.Contains(body, []byte("eth_sendRawTransaction"))
	if isSend {
		p.sendRaw.Add(1)
	}
	p.mu.Lock()
	x := p.rng.Float64()
	delay := time.Duration(5+p.rng.IntN(45)) * time.Millisecond
	p.mu.Unlock()
	fault := x < p.rate
	if fault && isSend {
		p.sendRawFaulted.Add(1)
	}
	hangUp := func() {
		if hj, ok := w.(http.Hijacker); ok {
			if c, _, err := hj.Hijack(); err == nil {
				c.Close()
				return
			}
		}
		panic(http.ErrAbortHandler)
	}
	switch {
	case fault && x < p.rate*0.25:
		p.dropBefore.Add(1)
		hangUp()
		return
	case fault && x < p.rate*0.5:
		p.dropAfter.Add(1)
		resp, err := http.Post(p.target, "application/json", bytes.NewReader(body))
		if err == nil {
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
		hangUp()
		return
	case fault && x < p.rate*0.75:
		p.status5xx.Add(1)
		codes := []int{500, 502, 503, 504}
		w.WriteHeader(codes[int(x*1000)%len(codes)])
		return
	case fault:
		p.delayed.Add(1)
		time.Sleep(delay)
	}
	resp, err := http.Post(p.target, "application/json", bytes.NewReader(body))
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
	proxy := &faultProxy{target: node.URL, rate: 0.20, rng: rand.New(rand.NewPCG(1, 2))}
	srv := httptest.NewServer(proxy)
	defer srv.Close()

	conn, err := Dial(ctx, srv.URL, DialOptions{ChainID: 31337, Retry: RetryConfig{WaitMin: 5 * time.Millisecond, WaitMax: 100 * time.Millisecond}})
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
	t.Logf("fault injection: %d txs mined exactly once in %v (%.0f tx/s); %d requests, %d injured (%d dropped before, %d dropped after forwarding, %d 5xx, %d delayed); eth_sendRawTransaction %d requests, %d injured; 0 errors surfaced",
		n, elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds(), proxy.total.Load(),
		proxy.dropBefore.Load()+proxy.dropAfter.Load()+proxy.status5xx.Load()+proxy.delayed.Load(),
		proxy.dropBefore.Load(), proxy.dropAfter.Load(), proxy.status5xx.Load(), proxy.delayed.Load(),
		proxy.sendRaw.Load(), proxy.sendRawFaulted.Load())
	require.Positive(t, proxy.dropAfter.Load())
	require.False(t, strings.Contains(fmt.Sprint(err), "giving up"))
}
