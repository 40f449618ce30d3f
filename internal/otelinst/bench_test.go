package otelinst

import (
	"context"
	"net/http"
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

// BenchmarkRPCTransport is the cost the instrumented transport adds to a
// JSON-RPC request under a caller's span (so with a client span too): the
// wrapped transport answers at once, without a network, so that only the
// instrumentation is timed.
func BenchmarkRPCTransport(b *testing.B) {
	p := sdkProviders(b)
	ctx, parent := p.Tracer().Start(context.Background(), "caller")
	defer parent.End()
	body := `{"jsonrpc":"2.0","id":1,"method":"eth_sendRawTransaction","params":["0x` + strings.Repeat("ab", 120) + `"]}`
	rt := NewRPCTransport(answer{}, p)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://127.0.0.1:8545", strings.NewReader(body))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		resp, err := rt.RoundTrip(req)
		if err != nil {
			b.Fatal(err)
		}
		resp.Body.Close()
	}
}

// answer is a transport that answers every request at once.
type answer struct{}

func (answer) RoundTrip(req *http.Request) (*http.Response, error) {
	return &http.Response{StatusCode: http.StatusOK, Body: http.NoBody, Request: req}, nil
}
