package otelinst

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/agijobs/agijobs-go/telemetry"
)

// sdkProviders are real SDK providers as an operator would run them: every
// span sampled into a batch processor (whose exporter drops the spans) and
// metrics aggregated for a reader.
func sdkProviders(b *testing.B) telemetry.Providers {
	mp := sdkmetric.NewMeterProvider(sdkmetric.WithReader(sdkmetric.NewManualReader()))
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(tracetest.NewNoopExporter()))
	b.Cleanup(func() {
		_ = mp.Shutdown(context.Background())
		_ = tp.Shutdown(context.Background())
	})
	return telemetry.Providers{MeterProvider: mp, TracerProvider: tp}
}

// BenchmarkTxLifecycle is the telemetry cost of one transaction in the
// Manager, from its span's start to its settlement.
func BenchmarkTxLifecycle(b *testing.B) {
	tx := NewTx(sdkProviders(b))
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		ctx, span := tx.StartSend(ctx, "createJob 7")
		tx.Sent(ctx, span, "createJob 7", 7)
		tx.Settled(span, "createJob 7", true, false, 1500*time.Millisecond, "")
	}
}

// BenchmarkRPCTransport compares JSON-RPC requests to a loopback server
// through the plain transport and through the instrumented one, under a
// caller's span (so each request also gets a client span), in one run.
func BenchmarkRPCTransport(b *testing.B) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		_, _ = io.WriteString(w, `{"jsonrpc":"2.0","id":1,"result":"0x1"}`)
	}))
	defer srv.Close()
	p := sdkProviders(b)
	ctx, parent := p.Tracer().Start(context.Background(), "caller")
	defer parent.End()
	body := `{"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":["0x` + strings.Repeat("ab", 120) + `"]}`
	plain := srv.Client().Transport
	traced := NewRPCTransport(plain, p)
	do := func(rt http.RoundTripper) time.Duration {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL, strings.NewReader(body))
		t0 := time.Now()
		resp, err := rt.RoundTrip(req)
		if err != nil {
			b.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return time.Since(t0)
	}
	var plainDur, tracedDur time.Duration
	n := 0
	for b.Loop() {
		plainDur += do(plain)
		tracedDur += do(traced)
		n++
	}
	b.ReportMetric(float64(plainDur.Microseconds())/float64(n), "µs/req-plain")
	b.ReportMetric(float64(tracedDur.Microseconds())/float64(n), "µs/req-otel")
	b.ReportMetric((float64(tracedDur)/float64(plainDur)-1)*100, "otel-overhead-%")
}
