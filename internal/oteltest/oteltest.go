// Package oteltest gives tests real OpenTelemetry SDK providers that keep
// what they record in memory (a metric ManualReader and a span recorder),
// and reads the values back by instrument name.
package oteltest

import (
	"context"
	"testing"

	"go.opentelemetry.io/otel/attribute"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/agijobs/agijobs-go/telemetry"
)

// Recorder holds an SDK meter provider and tracer provider that record in
// memory.
type Recorder struct {
	reader *sdkmetric.ManualReader
	spans  *tracetest.SpanRecorder
	mp     *sdkmetric.MeterProvider
	tp     *sdktrace.TracerProvider
}

// New returns a Recorder whose providers shut down when t ends.
func New(t testing.TB) *Recorder {
	r := &Recorder{reader: sdkmetric.NewManualReader(), spans: tracetest.NewSpanRecorder()}
	r.mp = sdkmetric.NewMeterProvider(sdkmetric.WithReader(r.reader))
	r.tp = sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(r.spans))
	t.Cleanup(func() {
		_ = r.mp.Shutdown(context.Background())
		_ = r.tp.Shutdown(context.Background())
	})
	return r
}

// Providers returns the providers to put in an SDK config.
func (r *Recorder) Providers() telemetry.Providers {
	return telemetry.Providers{MeterProvider: r.mp, TracerProvider: r.tp}
}

// Metric returns the collected metric name, or false when nothing was
// recorded to it.
func (r *Recorder) Metric(t testing.TB, name string) (metricdata.Metrics, bool) {
	t.Helper()
	var rm metricdata.ResourceMetrics
	if err := r.reader.Collect(context.Background(), &rm); err != nil {
		t.Fatalf("collect metrics: %v", err)
	}
	for _, sm := range rm.ScopeMetrics {
		for _, m := range sm.Metrics {
			if m.Name == name {
				return m, true
			}
		}
	}
	return metricdata.Metrics{}, false
}

// Int returns the sum of the data points of the counter, up-down counter or
// gauge name whose attributes include every one of want (0 when none).
func (r *Recorder) Int(t testing.TB, name string, want ...attribute.KeyValue) int64 {
	t.Helper()
	m, ok := r.Metric(t, name)
	if !ok {
		return 0
	}
	var points []metricdata.DataPoint[int64]
	switch d := m.Data.(type) {
	case metricdata.Sum[int64]:
		points = d.DataPoints
	case metricdata.Gauge[int64]:
		points = d.DataPoints
	default:
		t.Fatalf("metric %s holds %T, not int64 sums or gauges", name, m.Data)
	}
	var total int64
	for _, p := range points {
		if has(p.Attributes, want) {
			total += p.Value
		}
	}
	return total
}

// Histogram returns the count and sum of the float64 histogram name over
// the data points whose attributes include every one of want.
func (r *Recorder) Histogram(t testing.TB, name string, want ...attribute.KeyValue) (count uint64, sum float64) {
	t.Helper()
	m, ok := r.Metric(t, name)
	if !ok {
		return 0, 0
	}
	h, ok := m.Data.(metricdata.Histogram[float64])
	if !ok {
		t.Fatalf("metric %s holds %T, not a float64 histogram", name, m.Data)
	}
	for _, p := range h.DataPoints {
		if has(p.Attributes, want) {
			count += p.Count
			sum += p.Sum
		}
	}
	return count, sum
}

// Attributes returns the attributes of every data point of every metric
// collected now and of every span ended so far, span events included.
func (r *Recorder) Attributes(t testing.TB) []attribute.KeyValue {
	t.Helper()
	var rm metricdata.ResourceMetrics
	if err := r.reader.Collect(context.Background(), &rm); err != nil {
		t.Fatalf("collect metrics: %v", err)
	}
	var out []attribute.KeyValue
	for _, sm := range rm.ScopeMetrics {
		for _, m := range sm.Metrics {
			switch d := m.Data.(type) {
			case metricdata.Sum[int64]:
				for _, p := range d.DataPoints {
					out = append(out, p.Attributes.ToSlice()...)
				}
			case metricdata.Gauge[int64]:
				for _, p := range d.DataPoints {
					out = append(out, p.Attributes.ToSlice()...)
				}
			case metricdata.Histogram[float64]:
				for _, p := range d.DataPoints {
					out = append(out, p.Attributes.ToSlice()...)
				}
			}
		}
	}
	for _, s := range r.spans.Ended() {
		out = append(out, s.Attributes()...)
		for _, e := range s.Events() {
			out = append(out, e.Attributes...)
		}
	}
	return out
}

// Spans returns the spans ended so far.
func (r *Recorder) Spans() []sdktrace.ReadOnlySpan { return r.spans.Ended() }

func has(set attribute.Set, want []attribute.KeyValue) bool {
	for _, kv := range want {
		v, ok := set.Value(kv.Key)
		if !ok || v != kv.Value {
			return false
		}
	}
	return true
}
