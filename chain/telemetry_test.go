package chain

import (
	"context"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/otel/codes"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"

	"github.com/agijobs/agijobs-go/chain/internal/testcontract"
	"github.com/agijobs/agijobs-go/internal/oteltest"
	"github.com/agijobs/agijobs-go/internal/testenv"
	"github.com/agijobs/agijobs-go/retry"
	"github.com/agijobs/agijobs-go/telemetry"
)

// requireNoIdentifiers fails when an attribute value looks like a hash, an
// address or a URL: those must never become attributes.
func requireNoIdentifiers(t *testing.T, rec *oteltest.Recorder, secrets ...string) {
	t.Helper()
	for _, kv := range rec.Attributes(t) {
		v := kv.Value.String()
		require.NotContains(t, v, "0x", "attribute %s", kv.Key)
		require.NotContains(t, v, "://", "attribute %s", kv.Key)
		for _, s := range secrets {
			require.NotContains(t, v, s, "attribute %s", kv.Key)
		}
	}
}

func spansNamed(spans []sdktrace.ReadOnlySpan, name string) []sdktrace.ReadOnlySpan {
	var out []sdktrace.ReadOnlySpan
	for _, s := range spans {
		if s.Name() == name {
			out = append(out, s)
		}
	}
	return out
}

func TestManagerTelemetry(t *testing.T) {
	rec := oteltest.New(t)
	ctx, parent := rec.Providers().TracerProvider.Tracer("test").Start(context.Background(), "test")
	chain := newChain(t, EmbeddedConfig{})
	m := newManager(t, chain.Backend(), chain.Account(0), func(c *ManagerConfig) { c.Telemetry = rec.Providers() })
	to := chain.Account(1).Address()
	for _, label := range []string{"pay 1", "pay 2"} {
		_, err := m.Send(ctx, transfer(to, 1, label))
		require.NoError(t, err)
	}
	addr := deployEmitter(t, ctx, m)
	em := testcontract.NewEmitter()
	_, err := m.Send(ctx, TxCandidate{To: &addr, Data: em.PackFailString(), Label: "failString estimated"})
	require.ErrorIs(t, err, ErrReverted) // at estimation: nothing sent
	_, err = m.Send(ctx, TxCandidate{To: &addr, Data: em.PackFailString(), GasLimit: 100_000, Label: "failString mined"})
	require.ErrorIs(t, err, ErrReverted)
	parent.End()

	op := telemetry.AttrOperation.String
	require.Equal(t, int64(4), rec.Int(t, telemetry.TxSent))
	require.Equal(t, int64(2), rec.Int(t, telemetry.TxSent, op("pay")))
	require.Equal(t, int64(3), rec.Int(t, telemetry.TxMined, telemetry.AttrTxStatus.String("success")))
	require.Equal(t, int64(1), rec.Int(t, telemetry.TxMined, telemetry.AttrTxStatus.String("reverted")))
	require.Equal(t, int64(2), rec.Int(t, telemetry.TxFailed, op("failString"), telemetry.AttrErrorType.String("reverted")))
	require.Equal(t, int64(2), rec.Int(t, telemetry.TxFailed))
	require.Equal(t, int64(0), rec.Int(t, telemetry.TxPending))
	require.Equal(t, int64(0), rec.Int(t, telemetry.TxReplaced))
	n, sum := rec.Histogram(t, telemetry.TxInclusionTime)
	require.Equal(t, uint64(4), n)
	require.Greater(t, sum, 0.0)

	spans := rec.Spans()
	require.Len(t, spansNamed(spans, "tx pay"), 2)
	require.Len(t, spansNamed(spans, "tx deploy"), 1)
	failed := spansNamed(spans, "tx failString")
	require.Len(t, failed, 2)
	for _, s := range append(failed, spansNamed(spans, "tx pay")...) {
		require.Equal(t, parent.SpanContext().SpanID(), s.Parent().SpanID(), "a transaction span is a child of the caller's span")
	}
	for _, s := range failed {
		require.Equal(t, codes.Error, s.Status().Code)
		require.Equal(t, "reverted", s.Status().Description)
	}
	requireNoIdentifiers(t, rec)
}

func TestManagerTelemetryOffRecordsNothing(t *testing.T) {
	rec := oteltest.New(t)
	chain := newChain(t, EmbeddedConfig{})
	m := newManager(t, chain.Backend(), chain.Account(0), nil)
	_, err := m.Send(context.Background(), transfer(common.Address{1}, 1, "pay"))
	require.NoError(t, err)
	_, ok := rec.Metric(t, telemetry.TxSent)
	require.False(t, ok)
	require.Empty(t, rec.Spans())
}

func TestManagerTelemetryCountsFeeBumps(t *testing.T) {
	ctx := context.Background()
	rec := oteltest.New(t)
	chain := newChain(t, EmbeddedConfig{BlockInterval: time.Hour}) // mine by hand
	m := newManager(t, chain.Backend(), chain.Account(0), func(c *ManagerConfig) {
		c.ResubmitAfter = 50 * time.Millisecond
		c.Telemetry = rec.Providers()
	})
	p, err := m.SendAsync(ctx, transfer(common.Address{3}, 1, "stuck"))
	require.NoError(t, err)
	require.Equal(t, int64(1), rec.Int(t, telemetry.TxPending))
	first := p.Hash()
	require.Eventually(t, func() bool { return p.Hash() != first }, 5*time.Second, 10*time.Millisecond, "no fee bump")
	require.GreaterOrEqual(t, rec.Int(t, telemetry.TxReplaced, telemetry.AttrOperation.String("stuck")), int64(1))
	chain.Commit()
	_, err = p.Wait(ctx)
	require.NoError(t, err)

	require.Equal(t, int64(1), rec.Int(t, telemetry.TxSent), "a fee bump is not a new send")
	require.Equal(t, int64(1), rec.Int(t, telemetry.TxMined))
	require.Equal(t, int64(0), rec.Int(t, telemetry.TxPending))
	n, sum := rec.Histogram(t, telemetry.TxInclusionTime, telemetry.AttrOperation.String("stuck"))
	require.Equal(t, uint64(1), n)
	require.GreaterOrEqual(t, sum, 0.05, "inclusion time counts from the first broadcast, before the bump")
	spans := spansNamed(rec.Spans(), "tx stuck")
	require.Len(t, spans, 1)
	var replaced int
	for _, e := range spans[0].Events() {
		if e.Name == "replaced with higher fees" {
			replaced++
		}
	}
	require.GreaterOrEqual(t, replaced, 1)
}

func TestManagerTelemetryCountsNonceResyncs(t *testing.T) {
	ctx := context.Background()
	rec := oteltest.New(t)
	chain := newChain(t, EmbeddedConfig{})
	a := newManager(t, chain.Backend(), chain.Account(0), func(c *ManagerConfig) { c.Telemetry = rec.Providers() })
	_, err := a.Send(ctx, transfer(common.Address{2}, 1, "first"))
	require.NoError(t, err)
	require.Equal(t, int64(0), rec.Int(t, telemetry.TxNonceResyncs), "the first nonce read is no resync")
	b := newManager(t, chain.Backend(), chain.Account(0), nil)
	_, err = b.Send(ctx, transfer(common.Address{2}, 2, "foreign"))
	require.NoError(t, err)
	_, err = a.Send(ctx, transfer(common.Address{2}, 1, "after foreign"))
	require.NoError(t, err)
	require.Equal(t, int64(1), rec.Int(t, telemetry.TxNonceResyncs))
	require.Equal(t, int64(0), rec.Int(t, telemetry.TxFailed))
}

// TestRPCTelemetry dials a real node (anvil) over HTTP through a proxy
// that fails the first request, and checks requests, retries, errors,
// latency and spans by method, with no trace of the URL's key.
func TestRPCTelemetry(t *testing.T) {
	ctx := context.Background()
	node := testenv.StartAnvil(t)
	var calls atomic.Int64
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		forward(w, r, node.URL)
	}))
	defer proxy.Close()
	rec := oteltest.New(t)
	tel := rec.Providers()
	conn, err := Dial(ctx, proxy.URL+"/v3/"+testAPIKey, DialOptions{ChainID: 31337, Telemetry: tel,
		Retry: retry.Policy{MinBackoff: time.Millisecond, MaxBackoff: 10 * time.Millisecond}})
	require.NoError(t, err)
	defer conn.Close()

	method := telemetry.AttrRPCMethod.String
	require.Equal(t, int64(1), rec.Int(t, telemetry.RPCRequests, method("eth_chainId")))
	require.Equal(t, int64(1), rec.Int(t, telemetry.RPCRetries, method("eth_chainId")))
	require.Equal(t, int64(0), rec.Int(t, telemetry.RPCErrors))

	// Under a caller's span, each request is a child span; the Manager's
	// transaction span is the parent of its broadcast.
	m := newManager(t, conn, DevSigner(0), func(c *ManagerConfig) { c.Telemetry = tel })
	_, err = m.Send(ctx, transfer(common.Address{7}, 1, "pay"))
	require.NoError(t, err)
	spans := rec.Spans()
	txSpans := spansNamed(spans, "tx pay")
	require.Len(t, txSpans, 1)
	sends := spansNamed(spans, "eth_sendRawTransaction")
	require.Len(t, sends, 1)
	require.Equal(t, txSpans[0].SpanContext().SpanID(), sends[0].Parent().SpanID())
	require.Equal(t, txSpans[0].SpanContext().TraceID(), sends[0].SpanContext().TraceID())
	require.Empty(t, spansNamed(spans, "eth_chainId"), "no span without a caller's span")

	reqs := rec.Int(t, telemetry.RPCRequests)
	require.Greater(t, reqs, int64(3))
	require.Equal(t, int64(1), rec.Int(t, telemetry.RPCRequests, method("eth_sendRawTransaction")))
	n, _ := rec.Histogram(t, telemetry.RPCDuration)
	require.Equal(t, uint64(reqs), n)

	// A dead endpoint: the request fails after its retry.
	_, err = Dial(ctx, "http://127.0.0.1:1/SECRETKEY", DialOptions{Telemetry: tel, Retry: retry.Policy{MaxAttempts: 2, MinBackoff: time.Millisecond}})
	require.ErrorIs(t, err, ErrTransport)
	require.Equal(t, int64(1), rec.Int(t, telemetry.RPCErrors, method("eth_chainId"), telemetry.AttrErrorType.String("transport")))
	require.Equal(t, int64(2), rec.Int(t, telemetry.RPCRetries, method("eth_chainId")))
	requireNoIdentifiers(t, rec, "SECRETKEY")
}

func TestRPCMethodAttributeStaysSmall(t *testing.T) {
	ctx := context.Background()
	var bodies atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		bodies.Add(1)
		w.Header().Set("Content-Type", "application/json")
		if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
			_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":1,"result":"0x7a69"}`))
		}
	}))
	defer srv.Close()
	rec := oteltest.New(t)
	conn, err := Dial(ctx, srv.URL, DialOptions{Telemetry: rec.Providers()})
	require.NoError(t, err)
	defer conn.Close()
	var out any
	_ = conn.RPC().CallContext(ctx, &out, "weird method/0xabc")
	require.Equal(t, int64(1), rec.Int(t, telemetry.RPCRequests, telemetry.AttrRPCMethod.String("other")))
	requireNoIdentifiers(t, rec)
}

func TestFollowTelemetryLag(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rec := oteltest.New(t)
	chain := newChain(t, EmbeddedConfig{})
	m := newManager(t, chain.Backend(), chain.Account(0), nil)
	addr := deployEmitter(t, ctx, m)
	em := testcontract.NewEmitter()
	_, err := m.Send(ctx, TxCandidate{To: &addr, Data: em.PackPing(big.NewInt(2), "c"), Label: "ping c"})
	require.NoError(t, err)
	for range 5 {
		chain.Commit()
	}
	q := FollowQuery{Addresses: []common.Address{addr}, Confirmations: 3, PollInterval: 5 * time.Millisecond,
		Telemetry: rec.Providers(), Label: "pings"}
	got := make(chan struct{}, 1)
	go func() {
		for _, err := range Follow(ctx, chain.Backend(), q, em.UnpackPingEvent) {
			if err == nil {
				got <- struct{}{}
			}
		}
	}()
	select {
	case <-got:
	case <-time.After(5 * time.Second):
		t.Fatal("no event")
	}
	// Delivered up to head-2 (3 confirmations): a lag of 2 blocks.
	stream := telemetry.AttrStream.String("pings")
	require.Eventually(t, func() bool {
		_, ok := rec.Metric(t, telemetry.FollowLag)
		return ok && rec.Int(t, telemetry.FollowLag, stream) == 2
	}, 5*time.Second, 10*time.Millisecond)
	requireNoIdentifiers(t, rec)
}
