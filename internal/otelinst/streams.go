package otelinst

import (
	"context"

	"go.opentelemetry.io/otel/metric"

	"github.com/agijobs/agijobs-go/telemetry"
)

// Follow records the lag of one event stream. A nil *Follow records
// nothing.
type Follow struct {
	lag   metric.Int64Gauge
	attrs metric.MeasurementOption
}

// NewFollow creates the lag gauge of the stream named label, or returns nil
// when p has no meter provider.
func NewFollow(p telemetry.Providers, label string) *Follow {
	if p.MeterProvider == nil {
		return nil
	}
	f := &Follow{lag: gauge(p.Meter(), telemetry.FollowLag), attrs: attrs()}
	if label != "" {
		f.attrs = attrs(telemetry.AttrStream.String(label))
	}
	return f
}

// Delivered records that the stream delivered every block up to block
// while the head was head.
func (f *Follow) Delivered(ctx context.Context, head, block uint64) {
	if f == nil {
		return
	}
	lag := int64(0)
	if head > block {
		lag = int64(head - block)
	}
	f.lag.Record(ctx, lag, f.attrs)
}

// Storage records a storage backend's bytes and verification failures. A
// nil *Storage records nothing.
type Storage struct {
	put, fetched, failures metric.Int64Counter
	attrs                  metric.MeasurementOption
}

// NewStorage creates the instruments of the storage backend named backend
// ("embedded", "kubo", "gateway"), or returns nil when p has no meter
// provider.
func NewStorage(p telemetry.Providers, backend string) *Storage {
	if p.MeterProvider == nil {
		return nil
	}
	m := p.Meter()
	return &Storage{
		put:      counter(m, telemetry.StoragePutSize),
		fetched:  counter(m, telemetry.StorageFetchSize),
		failures: counter(m, telemetry.StorageVerifyFail),
		attrs:    attrs(telemetry.AttrStorageBackend.String(backend)),
	}
}

// Put records n bytes imported.
func (s *Storage) Put(ctx context.Context, n int64) {
	if s != nil && n > 0 {
		s.put.Add(ctx, n, s.attrs)
	}
}

// Fetched records n verified bytes returned to a reader.
func (s *Storage) Fetched(ctx context.Context, n int64) {
	if s != nil && n > 0 {
		s.fetched.Add(ctx, n, s.attrs)
	}
}

// VerifyFailed records content that failed verification.
func (s *Storage) VerifyFailed(ctx context.Context) {
	if s != nil {
		s.failures.Add(ctx, 1, s.attrs)
	}
}

// Matching records the matching worker's job counts. A nil *Matching
// records nothing.
type Matching struct {
	seen, applied, submitted metric.Int64Counter
}

// NewMatching creates the worker's instruments, or returns nil when p has
// no meter provider.
func NewMatching(p telemetry.Providers) *Matching {
	if p.MeterProvider == nil {
		return nil
	}
	m := p.Meter()
	return &Matching{
		seen:      counter(m, telemetry.JobsSeen),
		applied:   counter(m, telemetry.JobsApplied),
		submitted: counter(m, telemetry.JobsSubmitted),
	}
}

// Seen counts a new job considered.
func (m *Matching) Seen(ctx context.Context) {
	if m != nil {
		m.seen.Add(ctx, 1)
	}
}

// Applied counts a job applied to.
func (m *Matching) Applied(ctx context.Context) {
	if m != nil {
		m.applied.Add(ctx, 1)
	}
}

// Submitted counts a result submitted.
func (m *Matching) Submitted(ctx context.Context) {
	if m != nil {
		m.submitted.Add(ctx, 1)
	}
}
