// Package telemetry chooses where the SDK sends its OpenTelemetry metrics
// and spans, and lists every instrument the SDK records.
//
// Each SDK config that does I/O has a Telemetry field of type [Providers]
// (chain.ManagerConfig, chain.DialOptions, chain.FollowQuery,
// storage.HTTPOptions, storage.EmbeddedOptions, matching.WorkerConfig). Its
// zero value records nothing and costs nothing: the SDK never reads the
// OpenTelemetry globals, so a program that wants them passes them itself:
//
//	tel := telemetry.Providers{MeterProvider: otel.GetMeterProvider(), TracerProvider: otel.GetTracerProvider()}
//
// Attributes are kept to a few values each, so that metric series stay few:
// the SDK never records transaction hashes, addresses, job ids or URLs in
// attributes. [Instruments] lists the names, units and attributes; a
// Prometheus exporter turns the names into snake case with unit and _total
// suffixes (agijobs.tx.sent becomes agijobs_tx_sent_total).
package telemetry

import (
	"go.opentelemetry.io/otel/metric"
	metricnoop "go.opentelemetry.io/otel/metric/noop"
	"go.opentelemetry.io/otel/trace"
	tracenoop "go.opentelemetry.io/otel/trace/noop"
)

// ScopeName is the instrumentation scope of every meter and tracer the SDK
// creates.
const ScopeName = "github.com/agijobs/agijobs-go"

// Providers selects the OpenTelemetry providers the SDK records to. A nil
// provider records nothing; the zero value is the default of every config.
type Providers struct {
	// MeterProvider receives the SDK's metrics; nil records none.
	MeterProvider metric.MeterProvider
	// TracerProvider receives the SDK's spans; nil records none.
	TracerProvider trace.TracerProvider
}

// Meter returns the SDK's meter from p.MeterProvider, or a no-op meter when
// it is nil.
func (p Providers) Meter() metric.Meter {
	if p.MeterProvider == nil {
		return metricnoop.Meter{}
	}
	return p.MeterProvider.Meter(ScopeName)
}

// Tracer returns the SDK's tracer from p.TracerProvider, or a no-op tracer
// when it is nil.
func (p Providers) Tracer() trace.Tracer {
	if p.TracerProvider == nil {
		return tracenoop.Tracer{}
	}
	return p.TracerProvider.Tracer(ScopeName)
}
