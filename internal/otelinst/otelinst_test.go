package otelinst

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"

	"github.com/agijobs/agijobs-go/telemetry"
)

// TestEveryListedInstrumentIsRecorded creates every instrument through the
// constructors of this package on a real SDK, records once to each, and
// checks that the collected names, units and kinds are exactly those that
// package telemetry lists.
func TestEveryListedInstrumentIsRecorded(t *testing.T) {
	ctx := context.Background()
	reader := sdkmetric.NewManualReader()
	p := telemetry.Providers{MeterProvider: sdkmetric.NewMeterProvider(sdkmetric.WithReader(reader))}

	tx := NewTx(p)
	_, span := tx.StartSend(ctx, "pay 1")
	tx.Sent(ctx, span, "pay 1", 0)
	tx.Replaced(span, "pay 1")
	tx.Resynced(ctx)
	tx.Settled(span, "pay 1", true, true, time.Second, TxReverted)

	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusBadGateway) }))
	defer srv.Close()
	rt := NewRPCTransport(countingTransport{http.DefaultTransport}, p)
	body := `{"jsonrpc":"2.0","id":1,"method":"eth_call","params":[]}`
	req, err := http.NewRequest(http.MethodPost, srv.URL, strings.NewReader(body))
	require.NoError(t, err)
	resp, err := rt.RoundTrip(req)
	require.NoError(t, err)
	resp.Body.Close()

	NewFollow(p, "jobs").Delivered(ctx, 10, 7)
	s := NewStorage(p, "embedded")
	s.Put(ctx, 3)
	s.Fetched(ctx, 3)
	s.VerifyFailed(ctx)
	m := NewMatching(p)
	m.Seen(ctx)
	m.Applied(ctx)
	m.Submitted(ctx)

	var rm metricdata.ResourceMetrics
	require.NoError(t, reader.Collect(ctx, &rm))
	var got, want []string
	for _, sm := range rm.ScopeMetrics {
		require.Equal(t, telemetry.ScopeName, sm.Scope.Name)
		for _, m := range sm.Metrics {
			got = append(got, m.Name+" "+m.Unit+" "+kindOf(m.Data))
		}
	}
	for _, in := range telemetry.Instruments() {
		want = append(want, in.Name+" "+in.Unit+" "+in.Kind.String())
	}
	sort.Strings(got)
	sort.Strings(want)
	require.Equal(t, want, got)
}

// countingTransport counts attempts the way go-retryablehttp's
// RequestLogHook does in the SDK, as if the request were retried once.
type countingTransport struct{ next http.RoundTripper }

func (c countingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	CountAttempt(req)
	CountAttempt(req) // as if retried once
	return c.next.RoundTrip(req)
}

func kindOf(d metricdata.Aggregation) string {
	switch d := d.(type) {
	case metricdata.Sum[int64]:
		if d.IsMonotonic {
			return telemetry.Counter.String()
		}
		return telemetry.UpDownCounter.String()
	case metricdata.Histogram[float64]:
		return telemetry.Histogram.String()
	case metricdata.Gauge[int64]:
		return telemetry.Gauge.String()
	}
	return "unexpected"
}

func TestOperationKeepsTheFirstWord(t *testing.T) {
	for label, want := range map[string]string{
		"createJob 7":                   "createJob",
		"Safe.execTransaction nonce 12": "Safe.execTransaction",
		"  deploy JobRegistry":          "deploy",
		"":                              "unlabelled",
		strings.Repeat("x", 100):        strings.Repeat("x", 64),
	} {
		require.Equal(t, want, Operation(label), label)
	}
}

func TestRPCMethod(t *testing.T) {
	for body, want := range map[string]string{
		`{"jsonrpc":"2.0","id":1,"method":"eth_getLogs","params":[{}]}`: "eth_getLogs",
		` [{"method":"eth_call"},{"method":"eth_call"}]`:                "batch",
		`{"method":"eth_call/0xdeadbeef"}`:                              "other",
		`{"method":"` + strings.Repeat("a", 65) + `"}`:                  "other",
		`not json`: "other",
		"{\"id\":1, \"method\" :\n \"eth_chainId\"}": "eth_chainId",
		`{"method":"eth_\"call"}`:                    "other",
	} {
		req, err := http.NewRequest(http.MethodPost, "http://127.0.0.1/", strings.NewReader(body))
		require.NoError(t, err)
		require.Equal(t, want, rpcMethod(req), body)
	}
	req, err := http.NewRequest(http.MethodPost, "http://127.0.0.1/", nil)
	require.NoError(t, err)
	require.Equal(t, "other", rpcMethod(req))
}

func TestOffMeansNil(t *testing.T) {
	var p telemetry.Providers
	require.Nil(t, NewTx(p))
	require.Nil(t, NewFollow(p, "x"))
	require.Nil(t, NewStorage(p, "embedded"))
	require.Nil(t, NewMatching(p))
	rt := http.DefaultTransport
	require.Equal(t, rt, NewRPCTransport(rt, p))
	// Nil receivers record nothing and do not panic.
	var tx *Tx
	ctx, span := tx.StartSend(context.Background(), "x")
	tx.Sent(ctx, span, "x", 1)
	tx.Settled(span, "x", true, false, time.Second, "")
	(*Follow)(nil).Delivered(ctx, 2, 1)
	(*Storage)(nil).Put(ctx, 1)
	(*Matching)(nil).Seen(ctx)
}

func TestCacheIsBounded(t *testing.T) {
	builds := 0
	c := newCache(func(k string) string { builds++; return "v" + k })
	for i := range cacheLimit + 10 {
		k := strings.Repeat("k", i+1)
		require.Equal(t, "v"+k, c.get(k))
		require.Equal(t, "v"+k, c.get(k))
	}
	require.Len(t, c.m, cacheLimit)
	require.Equal(t, cacheLimit+20, builds, "values past the limit are built on every use, kept ones once")
}
