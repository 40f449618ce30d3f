package chain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/internal/faultproxy"
	"github.com/agijobs/agijobs-go/internal/testenv"
	"github.com/agijobs/agijobs-go/retry"
)

// attemptsKey carries the counter of one logical call's HTTP attempts.
type attemptsKey struct{}

// countingClient is an HTTP client that counts every request it makes,
// in total and for the logical call whose context carries a counter
// (withAttempts): what the transport sends, attempt by attempt.
func countingClient(total *atomic.Int64) *http.Client {
	return &http.Client{Transport: roundTripFunc(func(req *http.Request) (*http.Response, error) {
		total.Add(1)
		if n, ok := req.Context().Value(attemptsKey{}).(*atomic.Int64); ok {
			n.Add(1)
		}
		return http.DefaultTransport.RoundTrip(req)
	})}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func withAttempts(ctx context.Context) (context.Context, *atomic.Int64) {
	n := new(atomic.Int64)
	return context.WithValue(ctx, attemptsKey{}, n), n
}

// TestRetryBoundUnderFaults makes many logical reads of several kinds
// through a proxy that injures 20% of the requests (drops before and after
// forwarding, 5xx, delays, bodies cut mid-way) in front of anvil, under
// the default retry policy except for shorter waits. It counts the HTTP
// attempts of each read: none exceeds the policy's MaxAttempts (5 by
// default), every attempt is accounted for by the proxy, and the reads
// succeed. It runs over three fault seeds (one with -short) and logs the
// attempts per read of each and of all.
func TestRetryBoundUnderFaults(t *testing.T) {
	node := testenv.StartAnvil(t)
	seeds := []uint64{13, 29, 71}
	if testing.Short() {
		seeds = seeds[:1]
	}
	var reads, sum, maxSeen int64
	for _, seed := range seeds {
		t.Run(fmt.Sprintf("seed %d", seed), func(t *testing.T) {
			n, s, m := retryBoundUnderFaults(t, node.URL, seed)
			reads, sum, maxSeen = reads+int64(n), sum+s, max(maxSeen, m)
		})
	}
	t.Logf("over seeds %v: %d logical reads at 20%% faults, max %d HTTP attempts per read, mean %.3f", seeds, reads, maxSeen, float64(sum)/float64(max(reads, 1)))
}

// retryBoundUnderFaults makes TestRetryBoundUnderFaults' reads through a
// proxy injuring with seed, and returns the number of reads, of their
// attempts, and the most attempts of one read.
func retryBoundUnderFaults(t *testing.T, nodeURL string, seed uint64) (int, int64, int64) {
	ctx := context.Background()
	proxy, proxyURL := faultproxy.Start(t, nodeURL, faultproxy.Config{Rate: 0.20, Seed: seed})
	var total atomic.Int64
	policy := retry.Policy{MinBackoff: time.Millisecond, MaxBackoff: 20 * time.Millisecond}
	bound := policy.Resolved().MaxAttempts
	require.Equal(t, retry.DefaultMaxAttempts, bound)
	conn, err := Dial(ctx, proxyURL, DialOptions{ChainID: 31337, Retry: policy, HTTPClient: countingClient(&total)})
	require.NoError(t, err)
	defer conn.Close()

	dev := DevSigner(0).Address()
	nobody := common.Address{0xaa}
	reads := []struct {
		name string
		do   func(context.Context) error
	}{
		{"eth_blockNumber", func(ctx context.Context) error { _, err := conn.BlockNumber(ctx); return err }},
		{"eth_getBalance", func(ctx context.Context) error {
			b, err := conn.BalanceAt(ctx, dev, nil)
			if err == nil && b.Sign() == 0 {
				return errors.New("zero balance for a funded dev account")
			}
			return err
		}},
		{"eth_getBlockByNumber", func(ctx context.Context) error { _, err := conn.HeaderByNumber(ctx, nil); return err }},
		{"eth_call", func(ctx context.Context) error {
			_, err := conn.CallContract(ctx, ethereum.CallMsg{To: &nobody, Data: []byte{1, 2, 3, 4}}, nil)
			return err
		}},
		{"eth_getTransactionCount", func(ctx context.Context) error { _, err := conn.NonceAt(ctx, dev, nil); return err }},
		{"eth_getLogs", func(ctx context.Context) error {
			_, err := conn.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0)})
			return err
		}},
		{"eth_chainId", func(ctx context.Context) error {
			var id string
			return conn.RPC().CallContext(ctx, &id, "eth_chainId")
		}},
	}

	n := 700
	if testing.Short() {
		n = 210
	}
	before, countedBefore := proxy.Stats().Requests, total.Load()
	require.Equal(t, before, countedBefore, "the counting client sees every request the proxy gets")
	hist := make([]int, bound+2)
	var sum, failed int64
	maxSeen := int64(0)
	for i := range n {
		r := reads[i%len(reads)]
		rctx, attempts := withAttempts(ctx)
		err := r.do(rctx)
		a := attempts.Load()
		require.GreaterOrEqual(t, a, int64(1), r.name)
		require.LessOrEqual(t, a, int64(bound), "%s made %d HTTP attempts, above the policy's bound of %d", r.name, a, bound)
		if err != nil {
			// Only a read that used its every attempt may fail, and then
			// in transport.
			failed++
			require.ErrorIs(t, classify(r.name, err), ErrTransport, r.name)
			require.Equal(t, int64(bound), a, "%s failed before its attempts were spent: %v", r.name, err)
		}
		hist[a]++
		sum += a
		maxSeen = max(maxSeen, a)
	}
	st := proxy.Stats()
	require.Equal(t, st.Requests-before, sum, "the proxy got exactly the attempts counted per read")
	require.Equal(t, total.Load()-countedBefore, sum)
	require.LessOrEqual(t, failed, int64(n/100), "more than 1%% of the reads failed")
	require.Positive(t, st.DroppedBefore)
	require.Positive(t, st.DroppedAfter)
	require.Positive(t, st.Status5xx)
	require.Positive(t, st.CutBodies)
	require.Greater(t, maxSeen, int64(1), "no read was retried: the faults did not reach the reads")
	t.Logf("%d logical reads at 20%% faults, bound %d HTTP attempts per read: max %d, mean %.3f, %d failed; attempts per read %v (index = attempts); proxy: %s",
		n, bound, maxSeen, float64(sum)/float64(n), failed, hist[1:bound+1], st)
	return n, sum, maxSeen
}

// TestRetryPermanentAnswersOnce: what the node answers (a revert, an
// invalid argument, an unknown method, "nonce too low", a JSON-RPC error
// under HTTP 500) and other HTTP statuses are not transport failures, and
// are sent exactly once.
func TestRetryPermanentAnswersOnce(t *testing.T) {
	ctx := context.Background()
	node := testenv.StartAnvil(t)
	var total atomic.Int64
	conn, err := Dial(ctx, node.URL, DialOptions{ChainID: 31337, HTTPClient: countingClient(&total),
		Retry: retry.Policy{MaxAttempts: 4, MinBackoff: time.Millisecond}})
	require.NoError(t, err)
	defer conn.Close()

	signer := DevSigner(7)
	chainID := big.NewInt(31337)
	signed := func(nonce uint64) *types.Transaction {
		tx, err := signer.SignTx(ctx, chainID, types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce,
			GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: 21000, To: &common.Address{7}, Value: big.NewInt(int64(nonce) + 1)}))
		require.NoError(t, err)
		return tx
	}
	require.NoError(t, conn.SendTransaction(ctx, signed(0)))
	_, err = WaitForReceipt(ctx, conn, signed(0).Hash(), 10*time.Second)
	require.NoError(t, err)

	cases := []struct {
		name  string
		do    func(context.Context) error
		check func(*testing.T, error)
	}{
		{"revert", func(ctx context.Context) error {
			// Init code that reverts: PUSH1 0 PUSH1 0 REVERT.
			_, err := Call(ctx, conn, ethereum.CallMsg{Data: common.FromHex("0x60006000fd")}, nil)
			return err
		}, func(t *testing.T, err error) {
			var re *RevertError
			require.ErrorAs(t, err, &re)
		}},
		{"invalid argument", func(ctx context.Context) error {
			var out string
			return conn.RPC().CallContext(ctx, &out, "eth_getBalance", "0xnot-an-address", "latest")
		}, func(t *testing.T, err error) {
			var re rpc.Error
			require.ErrorAs(t, err, &re)
		}},
		{"unknown method", func(ctx context.Context) error {
			var out string
			return conn.RPC().CallContext(ctx, &out, "eth_noSuchMethod")
		}, nil},
		{"the mined transaction again", func(ctx context.Context) error {
			return classify("eth_sendRawTransaction", conn.SendTransaction(ctx, signed(0)))
		}, nil},
		{"nonce too low, another transaction", func(ctx context.Context) error {
			tx := signed(0)
			other, err := signer.SignTx(ctx, chainID, types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: 0,
				GasTipCap: tx.GasTipCap(), GasFeeCap: tx.GasFeeCap(), Gas: 21000, To: &common.Address{8}, Value: big.NewInt(9)}))
			require.NoError(t, err)
			return classify("eth_sendRawTransaction", conn.SendTransaction(ctx, other))
		}, func(t *testing.T, err error) { require.ErrorIs(t, err, ErrNonceTooLow) }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rctx, attempts := withAttempts(ctx)
			err := c.do(rctx)
			require.Error(t, err)
			require.False(t, IsTransport(classify(c.name, err)), "%v", err)
			if c.check != nil {
				c.check(t, err)
			}
			require.Equal(t, int64(1), attempts.Load(), "a node's answer is never retried: %v", err)
		})
	}

	// HTTP statuses: a JSON-RPC error under 500 and a 400 are answers; a
	// bare 500 and a 503 are retried up to the bound; a call that must
	// not be repeated (evm_mine) is sent once even on a 503.
	var status atomic.Int64
	var body atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if status.Load() == 0 {
			// Status 0: the connection drops before any answer.
			c, _, err := http.NewResponseController(w).Hijack()
			if err == nil {
				c.Close()
			}
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(int(status.Load()))
		_, _ = w.Write([]byte(body.Load().(string)))
	}))
	defer srv.Close()
	status.Store(200)
	body.Store(`{"jsonrpc":"2.0","id":1,"result":"0x7a69"}`)
	fake, err := Dial(ctx, srv.URL, DialOptions{HTTPClient: countingClient(&total), Retry: retry.Policy{MaxAttempts: 4, MinBackoff: time.Millisecond}})
	require.NoError(t, err)
	defer fake.Close()
	for _, c := range []struct {
		status    int
		body      string
		method    string
		want      int64
		transport bool
	}{
		{500, `{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"execution reverted"}}`, "eth_call", 1, false},
		{400, `{"jsonrpc":"2.0","id":1,"error":{"code":-32600,"message":"invalid request"}}`, "eth_call", 1, false},
		{404, `not found`, "eth_blockNumber", 1, false},
		{500, `internal error`, "eth_blockNumber", 4, true},
		{503, `busy`, "eth_blockNumber", 4, true},
		{503, `busy`, "evm_mine", 1, true},
		{503, `busy`, "eth_sendTransaction", 1, true},
		{0, ``, "eth_blockNumber", 4, true},
		{0, ``, "anvil_mine", 1, true},
	} {
		status.Store(int64(c.status))
		body.Store(c.body)
		rctx, attempts := withAttempts(ctx)
		var out any
		err := fake.RPC().CallContext(rctx, &out, c.method)
		require.Error(t, err)
		require.Equal(t, c.want, attempts.Load(), "HTTP %d %q for %s: %v", c.status, c.body, c.method, err)
		require.Equal(t, c.transport, IsTransport(classify(c.method, err)), "HTTP %d %q: %v", c.status, c.body, err)
		if c.status == 0 && c.want == 1 {
			require.ErrorContains(t, err, "not retried: "+c.method+" is not safe to repeat")
		}
	}
	status.Store(500)
	body.Store(`{"jsonrpc":"2.0","id":1,"error":{"code":3,"message":"execution reverted","data":"0x08c379a0` +
		`0000000000000000000000000000000000000000000000000000000000000020` +
		`0000000000000000000000000000000000000000000000000000000000000002` +
		`6e6f000000000000000000000000000000000000000000000000000000000000"}}`)
	_, err = Call(ctx, fake, ethereum.CallMsg{To: &common.Address{1}}, nil)
	var reason *ReasonError
	require.ErrorAs(t, err, &reason, "a revert under HTTP 500 is decoded: %v", err)
	require.Equal(t, "no", reason.Reason)
}

// TestRetryCutBody: an answer cut in the middle of its body is a failed
// attempt, retried; cut every time, the read fails after the policy's
// attempts with an error that says so.
func TestRetryCutBody(t *testing.T) {
	ctx := context.Background()
	node := testenv.StartAnvil(t)
	proxy := faultproxy.New(node.URL, faultproxy.Config{Rate: 1, Faults: []faultproxy.Fault{faultproxy.CutBody}})
	var cutOnce, cutAll atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		proxy.SetInjuring(cutOnce.Swap(false) || cutAll.Load())
		proxy.ServeHTTP(w, r)
	}))
	defer srv.Close()
	var total atomic.Int64
	conn, err := Dial(ctx, srv.URL, DialOptions{ChainID: 31337, HTTPClient: countingClient(&total),
		Retry: retry.Policy{MaxAttempts: 3, MinBackoff: time.Millisecond}})
	require.NoError(t, err)
	defer conn.Close()

	// Cut once: the read gets through on its second attempt.
	cutOnce.Store(true)
	rctx, attempts := withAttempts(ctx)
	h, err := conn.HeaderByNumber(rctx, big.NewInt(0))
	require.NoError(t, err)
	require.Equal(t, uint64(0), h.Number.Uint64())
	require.Equal(t, int64(2), attempts.Load())
	require.Equal(t, int64(1), proxy.Stats().CutBodies)

	// Cut every time: 3 attempts, then ErrTransport naming the cause.
	cutAll.Store(true)
	rctx, attempts = withAttempts(ctx)
	_, err = conn.HeaderByNumber(rctx, big.NewInt(0))
	require.ErrorIs(t, classify("eth_getBlockByNumber", err), ErrTransport)
	require.Equal(t, 1, strings.Count(classify("eth_getBlockByNumber", err).Error(), ErrTransport.Error()), "the message names the transport once: %v", classify("eth_getBlockByNumber", err))
	require.ErrorContains(t, err, "reading the answer")
	require.ErrorContains(t, err, "MaxAttempts (3)")
	require.Equal(t, int64(3), attempts.Load())
	require.Equal(t, int64(4), proxy.Stats().CutBodies)
}

// TestRetryBudget: the budget bounds the whole logical call, retries and
// waits included, and an attempt that hangs is cut by AttemptTimeout and
// retried; neither looks like the caller's own deadline.
func TestRetryBudget(t *testing.T) {
	ctx := context.Background()
	var total atomic.Int64
	var mode atomic.Int64 // 0 answers, 1 is busy, 2 hangs
	stop := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch mode.Load() {
		case 0:
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":1,"result":"0x7a69"}`))
		case 1:
			w.WriteHeader(http.StatusServiceUnavailable)
		case 2:
			select {
			case <-r.Context().Done():
			case <-stop:
			}
		}
	}))
	defer srv.Close()
	defer close(stop)
	conn, err := Dial(ctx, srv.URL, DialOptions{HTTPClient: countingClient(&total),
		Retry: retry.Policy{MaxAttempts: 1000, MinBackoff: 20 * time.Millisecond, MaxBackoff: 40 * time.Millisecond, Budget: 300 * time.Millisecond}})
	require.NoError(t, err)
	defer conn.Close()
	conn2, err := Dial(ctx, srv.URL, DialOptions{HTTPClient: countingClient(&total),
		Retry: retry.Policy{MaxAttempts: 3, MinBackoff: time.Millisecond, AttemptTimeout: 100 * time.Millisecond}})
	require.NoError(t, err)
	defer conn2.Close()

	mode.Store(1)
	rctx, attempts := withAttempts(ctx)
	start := time.Now()
	_, err = conn.BlockNumber(rctx)
	elapsed := time.Since(start)
	require.ErrorIs(t, classify("eth_blockNumber", err), ErrTransport)
	require.NotErrorIs(t, err, context.DeadlineExceeded)
	require.ErrorContains(t, err, "the retry policy's Budget (300ms) was spent")
	require.ErrorContains(t, err, "last failure: HTTP 503")
	require.Less(t, elapsed, 2*time.Second, "the budget was passed (1000 attempts would take 20s or more)")
	require.Greater(t, attempts.Load(), int64(2))
	require.Less(t, attempts.Load(), int64(1000))

	mode.Store(2)
	rctx, attempts = withAttempts(ctx)
	start = time.Now()
	_, err = conn2.BlockNumber(rctx)
	elapsed = time.Since(start)
	require.ErrorIs(t, classify("eth_blockNumber", err), ErrTransport)
	require.NotErrorIs(t, err, context.DeadlineExceeded)
	require.ErrorContains(t, err, "no answer within")
	require.Equal(t, int64(3), attempts.Load())
	require.Less(t, elapsed, 2*time.Second)

	// The caller's own deadline stays a context error, and is not retried
	// past.
	cctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	start = time.Now()
	_, err = conn2.BlockNumber(cctx)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	require.Less(t, time.Since(start), 90*time.Millisecond)
}

// TestWebSocketAfterDrop: over WebSocket nothing retries a request, but a
// dropped connection is not the end: a request in flight fails in
// transport (ErrTransport), and go-ethereum dials again for the next one.
func TestWebSocketAfterDrop(t *testing.T) {
	ctx := context.Background()
	node := testenv.StartAnvil(t)
	target := strings.TrimPrefix(node.WSURL, "ws://")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	var mu sync.Mutex
	var open []net.Conn
	var swallow atomic.Bool // requests are not forwarded: they stay in flight
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			mu.Lock()
			open = append(open, c, up)
			mu.Unlock()
			go func() {
				buf := make([]byte, 32<<10)
				for {
					n, err := c.Read(buf)
					if n > 0 && !swallow.Load() {
						if _, werr := up.Write(buf[:n]); werr != nil {
							break
						}
					}
					if err != nil {
						break
					}
				}
				up.Close()
			}()
			go func() { _, _ = io.Copy(c, up); c.Close() }()
		}
	}()
	dropAll := func() {
		mu.Lock()
		defer mu.Unlock()
		for _, c := range open {
			c.Close()
		}
		open = nil
	}

	conn, err := Dial(ctx, "ws://"+ln.Addr().String(), DialOptions{ChainID: 31337})
	require.NoError(t, err)
	defer conn.Close()
	_, err = conn.BlockNumber(ctx)
	require.NoError(t, err)

	// A request in flight when the connection drops fails in transport.
	swallow.Store(true)
	failed := make(chan error, 1)
	go func() { _, err := conn.BlockNumber(ctx); failed <- err }()
	time.Sleep(100 * time.Millisecond)
	dropAll()
	swallow.Store(false)
	select {
	case err := <-failed:
		require.Error(t, err)
		require.True(t, IsTransport(classify("eth_blockNumber", err)), "%v", err)
	case <-time.After(5 * time.Second):
		t.Fatal("the request in flight did not fail when its connection dropped")
	}

	// The next requests dial again.
	var errs []error
	for range 3 {
		if _, err = conn.BlockNumber(ctx); err == nil {
			break
		}
		require.True(t, IsTransport(classify("eth_blockNumber", err)), "%v", err)
		errs = append(errs, err)
	}
	require.NoError(t, err, "no request got through after the drop: %v", errs)
	require.LessOrEqual(t, len(errs), 1)
	t.Logf("after a dropped WebSocket: %d failed request(s) %v, then the next one dialed again", len(errs), errs)
}
