package otelinst

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
	"go.opentelemetry.io/otel/trace"

	"github.com/agijobs/agijobs-go/telemetry"
)

// RPCTransport is an http.RoundTripper around a retrying JSON-RPC transport
// that records requests, errors, retries and latency by method, and a
// client span per request when the caller's context carries a span.
// Install CountAttempt as the retrying client's RequestLogHook (chain.Dial
// does) so that retries are seen.
type RPCTransport struct {
	next    http.RoundTripper
	metrics bool
	tracer  trace.Tracer // nil when tracing is off

	requests, errors, retries metric.Int64Counter
	duration                  metric.Float64Histogram

	methods *cache[methodAttrs] // by JSON-RPC method
}

// methodAttrs are the attribute set and span options of one method.
type methodAttrs struct {
	m     metric.MeasurementOption
	start []trace.SpanStartOption
}

func newMethodAttrs(method string) methodAttrs {
	kv := telemetry.AttrRPCMethod.String(method)
	return methodAttrs{m: attrs(kv), start: []trace.SpanStartOption{trace.WithSpanKind(trace.SpanKindClient),
		trace.WithAttributes(attribute.String("rpc.system", "jsonrpc"), kv)}}
}

// NewRPCTransport wraps next, or returns next itself when p records
// nothing.
func NewRPCTransport(next http.RoundTripper, p telemetry.Providers) http.RoundTripper {
	if p.MeterProvider == nil && p.TracerProvider == nil {
		return next
	}
	m := p.Meter()
	t := &RPCTransport{
		next:     next,
		metrics:  p.MeterProvider != nil,
		requests: counter(m, telemetry.RPCRequests),
		errors:   counter(m, telemetry.RPCErrors),
		retries:  counter(m, telemetry.RPCRetries),
		duration: histogram(m, telemetry.RPCDuration),
		methods:  newCache(newMethodAttrs),
	}
	if p.TracerProvider != nil {
		t.tracer = p.Tracer()
	}
	return t
}

type attemptsKey struct{}

// CountAttempt counts one attempt of the request whose context an
// RPCTransport prepared; it has the shape of go-retryablehttp's
// RequestLogHook (logger, request, attempt number) minus the logger.
func CountAttempt(req *http.Request) {
	if n, ok := req.Context().Value(attemptsKey{}).(*atomic.Int64); ok {
		n.Add(1)
	}
}

// RoundTrip implements http.RoundTripper.
func (t *RPCTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	method := rpcMethod(req)
	a := t.methods.get(method)
	ctx := req.Context()
	var span trace.Span
	if t.tracer != nil && trace.SpanContextFromContext(ctx).IsValid() {
		ctx, span = t.tracer.Start(ctx, method, a.start...)
	}
	attempts := new(atomic.Int64)
	ctx = context.WithValue(ctx, attemptsKey{}, attempts)
	start := time.Now()
	resp, err := t.next.RoundTrip(req.WithContext(ctx))
	failure := ""
	switch {
	case errors.Is(err, context.Canceled):
	case errors.Is(err, context.DeadlineExceeded):
		failure = "timeout"
	case err != nil:
		failure = "transport"
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		failure = strconv.Itoa(resp.StatusCode)
	}
	if span != nil {
		endSpan(span, failure)
	}
	if t.metrics {
		ctx := req.Context()
		t.requests.Add(ctx, 1, a.m)
		t.duration.Record(ctx, time.Since(start).Seconds(), a.m)
		if n := attempts.Load(); n > 1 {
			t.retries.Add(ctx, n-1, a.m)
		}
		if failure != "" {
			t.errors.Add(ctx, 1, attrs(telemetry.AttrRPCMethod.String(method), telemetry.AttrErrorType.String(failure)))
		}
	}
	return resp, err
}

// rpcMethod reads the JSON-RPC method from the start of a copy of the
// request body (go-ethereum's HTTP client sets GetBody and writes "method"
// before "params"). A batch is "batch"; anything but a plain method name
// is "other", so that the attribute keeps a few values.
func rpcMethod(req *http.Request) string {
	if req.GetBody == nil {
		return "other"
	}
	body, err := req.GetBody()
	if err != nil {
		return "other"
	}
	defer body.Close()
	var buf [256]byte
	n, _ := io.ReadFull(body, buf[:])
	head := bytes.TrimLeft(buf[:n], " \t\r\n")
	if len(head) > 0 && head[0] == '[' {
		return "batch"
	}
	i := bytes.Index(head, []byte(`"method"`))
	if i < 0 {
		return "other"
	}
	rest := bytes.TrimLeft(head[i+len(`"method"`):], " \t\r\n")
	if len(rest) == 0 || rest[0] != ':' {
		return "other"
	}
	rest = bytes.TrimLeft(rest[1:], " \t\r\n")
	if len(rest) == 0 || rest[0] != '"' {
		return "other"
	}
	name, _, ok := bytes.Cut(rest[1:], []byte(`"`))
	if !ok || !plainMethod(name) {
		return "other"
	}
	return string(name)
}

// plainMethod reports whether s looks like namespace_method.
func plainMethod(s []byte) bool {
	if len(s) == 0 || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_') {
			return false
		}
	}
	return true
}
