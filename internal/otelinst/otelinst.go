// Package otelinst creates the SDK's OpenTelemetry instruments, all from
// the descriptions in package telemetry, and records to them. Every
// recording method is cheap when telemetry is off: it returns before
// building attributes.
package otelinst

import (
	"strings"
	"sync"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
	"go.opentelemetry.io/otel/trace"
	tracenoop "go.opentelemetry.io/otel/trace/noop"

	"github.com/agijobs/agijobs-go/telemetry"
)

var descriptions = sync.OnceValue(func() map[string]telemetry.Instrument {
	out := map[string]telemetry.Instrument{}
	for _, d := range telemetry.Instruments() {
		out[d.Name] = d
	}
	return out
})

// describe returns the description of the instrument name. An unknown name
// is a bug in this package, which its tests catch.
func describe(name string, kind telemetry.Kind) telemetry.Instrument {
	d, ok := descriptions()[name]
	if !ok || d.Kind != kind {
		panic("otelinst: instrument " + name + " is not listed as a " + kind.String() + " in package telemetry")
	}
	return d
}

// The constructors below never fail on the names of package telemetry
// (its tests create every one); an SDK still returns a usable instrument
// alongside an error, so the error is dropped.

func counter(m metric.Meter, name string) metric.Int64Counter {
	d := describe(name, telemetry.Counter)
	c, _ := m.Int64Counter(d.Name, metric.WithUnit(d.Unit), metric.WithDescription(d.Description))
	return c
}

func upDown(m metric.Meter, name string) metric.Int64UpDownCounter {
	d := describe(name, telemetry.UpDownCounter)
	c, _ := m.Int64UpDownCounter(d.Name, metric.WithUnit(d.Unit), metric.WithDescription(d.Description))
	return c
}

func histogram(m metric.Meter, name string) metric.Float64Histogram {
	d := describe(name, telemetry.Histogram)
	h, _ := m.Float64Histogram(d.Name, metric.WithUnit(d.Unit), metric.WithDescription(d.Description),
		metric.WithExplicitBucketBoundaries(d.Buckets...))
	return h
}

func gauge(m metric.Meter, name string) metric.Int64Gauge {
	d := describe(name, telemetry.Gauge)
	g, _ := m.Int64Gauge(d.Name, metric.WithUnit(d.Unit), metric.WithDescription(d.Description))
	return g
}

// attrs is the measurement option for one attribute set.
func attrs(kv ...attribute.KeyValue) metric.MeasurementOption {
	return metric.WithAttributeSet(attribute.NewSet(kv...))
}

// noSpan is what Start functions return when tracing is off, so that the
// caller's context keeps its own span.
var noSpan trace.Span = tracenoop.Span{}

// Operation returns the operation attribute value of a transaction label:
// its first word, at most 64 bytes, so that ids after the first space never
// become attribute values.
func Operation(label string) string {
	op, _, _ := strings.Cut(strings.TrimSpace(label), " ")
	if op == "" {
		return "unlabelled"
	}
	if len(op) > 64 {
		op = op[:64]
	}
	return op
}
