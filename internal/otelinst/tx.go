package otelinst

import (
	"context"
	"time"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/metric"
	"go.opentelemetry.io/otel/trace"

	"github.com/agijobs/agijobs-go/telemetry"
)

// Failure reasons of transactions (telemetry.AttrErrorType).
const (
	TxReverted = "reverted"
	TxRejected = "rejected"
	TxReplaced = "replaced"
	TxClosed   = "closed"
)

// Tx records a transaction manager's metrics and spans. A nil *Tx records
// nothing.
type Tx struct {
	metrics bool
	tracer  trace.Tracer // nil when tracing is off

	sent, mined, replaced, failed, resyncs metric.Int64Counter
	pending                                metric.Int64UpDownCounter
	inclusion                              metric.Float64Histogram

	ops *cache[*opAttrs] // by operation
}

// opAttrs are the attribute sets and span options of one operation.
type opAttrs struct {
	name                   string // span name
	start                  []trace.SpanStartOption
	op, success, reverted  metric.MeasurementOption
	failReverted, rejected metric.MeasurementOption
	failReplaced           metric.MeasurementOption
}

func newOpAttrs(op string) *opAttrs {
	kv := telemetry.AttrOperation.String(op)
	failed := func(reason string) metric.MeasurementOption {
		return attrs(kv, telemetry.AttrErrorType.String(reason))
	}
	return &opAttrs{
		name:         "tx " + op,
		start:        []trace.SpanStartOption{trace.WithSpanKind(trace.SpanKindClient), trace.WithAttributes(kv)},
		op:           attrs(kv),
		success:      attrs(kv, telemetry.AttrTxStatus.String("success")),
		reverted:     attrs(kv, telemetry.AttrTxStatus.String(TxReverted)),
		failReverted: failed(TxReverted),
		rejected:     failed(TxRejected),
		failReplaced: failed(TxReplaced),
	}
}

// failed returns the attributes of a failure for reason.
func (a *opAttrs) failed(reason string) metric.MeasurementOption {
	switch reason {
	case TxReverted:
		return a.failReverted
	case TxReplaced:
		return a.failReplaced
	}
	return a.rejected
}

// NewTx creates the instruments of a transaction manager, or returns nil
// when p records nothing.
func NewTx(p telemetry.Providers) *Tx {
	if p.MeterProvider == nil && p.TracerProvider == nil {
		return nil
	}
	m := p.Meter()
	t := &Tx{
		metrics:   p.MeterProvider != nil,
		sent:      counter(m, telemetry.TxSent),
		mined:     counter(m, telemetry.TxMined),
		replaced:  counter(m, telemetry.TxReplaced),
		failed:    counter(m, telemetry.TxFailed),
		resyncs:   counter(m, telemetry.TxNonceResyncs),
		pending:   upDown(m, telemetry.TxPending),
		inclusion: histogram(m, telemetry.TxInclusionTime),
		ops:       newCache(newOpAttrs),
	}
	if p.TracerProvider != nil {
		t.tracer = p.Tracer()
	}
	return t
}

// StartSend starts the span of one transaction, from SendAsync until it
// settles; the span is named "tx <operation>".
func (t *Tx) StartSend(ctx context.Context, label string) (context.Context, trace.Span) {
	if t == nil || t.tracer == nil {
		return ctx, noSpan
	}
	a := t.ops.get(Operation(label))
	return t.tracer.Start(ctx, a.name, a.start...)
}

// Sent records a transaction handed to the node with nonce; it is now
// pending.
func (t *Tx) Sent(ctx context.Context, span trace.Span, label string, nonce uint64) {
	if t == nil {
		return
	}
	if span.IsRecording() {
		span.SetAttributes(attribute.Int64("agijobs.tx.nonce", int64(nonce)))
	}
	if t.metrics {
		t.sent.Add(ctx, 1, t.ops.get(Operation(label)).op)
		t.pending.Add(ctx, 1)
	}
}

// Recovered records a transaction a journal handed back as pending, and
// starts its span.
func (t *Tx) Recovered(label string) trace.Span {
	if t == nil {
		return noSpan
	}
	if t.metrics {
		t.pending.Add(context.Background(), 1)
	}
	_, span := t.StartSend(context.Background(), label)
	span.SetAttributes(attribute.Bool("agijobs.tx.recovered", true))
	return span
}

// Rejected ends the span of a send that failed before any transaction was
// handed to the node, for reason TxReverted or TxRejected. An empty reason
// (the caller cancelled, or the Manager was closed) is no failure: the
// span ends without an error and nothing is counted.
func (t *Tx) Rejected(ctx context.Context, span trace.Span, label, reason string) {
	if t == nil {
		return
	}
	endSpan(span, reason)
	if t.metrics && reason != "" {
		t.failed.Add(ctx, 1, t.ops.get(Operation(label)).failed(reason))
	}
}

// Replaced records a fee bump.
func (t *Tx) Replaced(span trace.Span, label string) {
	if t == nil {
		return
	}
	span.AddEvent("replaced with higher fees")
	if t.metrics {
		t.replaced.Add(context.Background(), 1, t.ops.get(Operation(label)).op)
	}
}

// Resynced records a reread of the account nonce after a conflict.
func (t *Tx) Resynced(ctx context.Context) {
	if t != nil && t.metrics {
		t.resyncs.Add(ctx, 1)
	}
}

// Settled records the end of a pending transaction and ends its span.
// mined says a receipt was found (reverted tells its status), inclusion is
// the time from the first broadcast to the first receipt seen (0 when
// unknown), and failure is TxReverted, TxReplaced, TxClosed or "" for
// success. TxClosed (the Manager closed first; the transaction may still be
// mined) marks the span but is not counted as failed.
func (t *Tx) Settled(span trace.Span, label string, mined, reverted bool, inclusion time.Duration, failure string) {
	if t == nil {
		return
	}
	endSpan(span, failure)
	if !t.metrics {
		return
	}
	ctx := context.Background()
	a := t.ops.get(Operation(label))
	t.pending.Add(ctx, -1)
	if mined {
		status := a.success
		if reverted {
			status = a.reverted
		}
		t.mined.Add(ctx, 1, status)
		if inclusion > 0 {
			t.inclusion.Record(ctx, inclusion.Seconds(), a.op)
		}
	}
	if failure != "" && failure != TxClosed {
		t.failed.Add(ctx, 1, a.failed(failure))
	}
}

// endSpan ends span, marked failed with the class of the failure when
// there is one. Error messages are left out on purpose: they name
// transaction hashes and addresses.
func endSpan(span trace.Span, failure string) {
	if failure != "" {
		span.SetAttributes(telemetry.AttrErrorType.String(failure))
		span.SetStatus(codes.Error, failure)
	}
	span.End()
}
