package telemetry

import "go.opentelemetry.io/otel/attribute"

// Kind is the kind of an OpenTelemetry instrument.
type Kind int

// The kinds of instrument the SDK uses.
const (
	// Counter only goes up; Prometheus adds _total to its name.
	Counter Kind = iota + 1
	// UpDownCounter is a sum that goes up and down (a gauge in Prometheus).
	UpDownCounter
	// Histogram records a distribution (Prometheus _bucket, _sum, _count).
	Histogram
	// Gauge records the last value.
	Gauge
)

// String returns the kind's name, e.g. "counter".
func (k Kind) String() string {
	switch k {
	case Counter:
		return "counter"
	case UpDownCounter:
		return "updowncounter"
	case Histogram:
		return "histogram"
	case Gauge:
		return "gauge"
	}
	return "unknown"
}

// Instrument describes one metric the SDK records.
type Instrument struct {
	// Name is the OpenTelemetry name, e.g. "agijobs.tx.sent".
	Name string
	// Kind is counter, up-down counter, histogram or gauge.
	Kind Kind
	// Unit is the UCUM unit: "s", "By", or an annotation such as
	// "{transaction}" that a Prometheus exporter drops.
	Unit string
	// Description says what is counted, for exporters and dashboards.
	Description string
	// Attributes are the keys the SDK sets on measurements.
	Attributes []attribute.Key
	// Buckets are a histogram's explicit bucket boundaries, nil otherwise.
	Buckets []float64
}

// Attribute keys. Each has a small, fixed set of values.
const (
	// AttrOperation is the transaction's operation: the first word of its
	// TxCandidate.Label ("createJob", "Safe.execTransaction").
	AttrOperation attribute.Key = "agijobs.tx.operation"
	// AttrTxStatus is "success" or "reverted" for a mined transaction.
	AttrTxStatus attribute.Key = "agijobs.tx.status"
	// AttrErrorType classifies a failure: for transactions "reverted",
	// "rejected" or "replaced"; for RPC calls "transport", "timeout" or the
	// HTTP status code.
	AttrErrorType attribute.Key = "error.type"
	// AttrRPCMethod is the JSON-RPC method ("eth_call"), "batch" for a batch
	// request and "other" for anything that is not a plain method name.
	AttrRPCMethod attribute.Key = "rpc.method"
	// AttrStream is the FollowQuery.Label of an event stream.
	AttrStream attribute.Key = "agijobs.stream"
	// AttrStorageBackend is "embedded", "kubo" or "gateway".
	AttrStorageBackend attribute.Key = "agijobs.storage.backend"
)

// Instrument names.
const (
	TxSent            = "agijobs.tx.sent"
	TxMined           = "agijobs.tx.mined"
	TxReplaced        = "agijobs.tx.replaced"
	TxFailed          = "agijobs.tx.failed"
	TxPending         = "agijobs.tx.pending"
	TxInclusionTime   = "agijobs.tx.inclusion.duration"
	TxNonceResyncs    = "agijobs.tx.nonce.resyncs"
	RPCRequests       = "agijobs.rpc.requests"
	RPCErrors         = "agijobs.rpc.errors"
	RPCRetries        = "agijobs.rpc.retries"
	RPCDuration       = "agijobs.rpc.duration"
	FollowLag         = "agijobs.follow.lag"
	StoragePutSize    = "agijobs.storage.put.size"
	StorageFetchSize  = "agijobs.storage.fetch.size"
	StorageVerifyFail = "agijobs.storage.verify.failures"
	JobsSeen          = "agijobs.matching.jobs.seen"
	JobsApplied       = "agijobs.matching.jobs.applied"
	JobsSubmitted     = "agijobs.matching.jobs.submitted"
)

// Instruments returns a fresh copy of the description of every instrument
// the SDK records, in a fixed order.
func Instruments() []Instrument {
	op, method := []attribute.Key{AttrOperation}, []attribute.Key{AttrRPCMethod}
	backend := []attribute.Key{AttrStorageBackend}
	return []Instrument{
		{TxSent, Counter, "{transaction}", "Transactions handed to the node (fee bumps of the same nonce are not counted again).", op, nil},
		{TxMined, Counter, "{transaction}", "Transactions settled with a receipt at the confirmation depth, reverted ones included.", []attribute.Key{AttrOperation, AttrTxStatus}, nil},
		{TxReplaced, Counter, "{transaction}", "Fee bumps: stuck transactions replaced by a version with higher fees.", op, nil},
		{TxFailed, Counter, "{transaction}", "Sends that failed: reverted, rejected by the node before broadcast, or replaced by another sender.", []attribute.Key{AttrOperation, AttrErrorType}, nil},
		{TxPending, UpDownCounter, "{transaction}", "Transactions broadcast and not yet settled.", nil, nil},
		{TxInclusionTime, Histogram, "s", "Time from the first broadcast to the first receipt the Manager saw.", op,
			[]float64{0.5, 1, 2, 4, 8, 15, 30, 60, 120, 300, 600, 1800}},
		{TxNonceResyncs, Counter, "{resync}", "Times the Manager reread its account nonce from the chain after a conflict.", nil, nil},
		{RPCRequests, Counter, "{request}", "JSON-RPC requests over HTTP, each counted once however many attempts it took.", method, nil},
		{RPCErrors, Counter, "{request}", "JSON-RPC requests that got no answer: transport failure, timeout or a non-2xx HTTP status after all retries.", []attribute.Key{AttrRPCMethod, AttrErrorType}, nil},
		{RPCRetries, Counter, "{retry}", "Attempts beyond the first of JSON-RPC requests.", method, nil},
		{RPCDuration, Histogram, "s", "Duration of JSON-RPC requests, retries included.", method,
			[]float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30}},
		{FollowLag, Gauge, "{block}", "Blocks between the node's head and the last block an event stream delivered.", []attribute.Key{AttrStream}, nil},
		{StoragePutSize, Counter, "By", "Bytes imported into a store by Put.", backend, nil},
		{StorageFetchSize, Counter, "By", "Verified file bytes returned by Get readers.", backend, nil},
		{StorageVerifyFail, Counter, "{failure}", "Content that failed verification against its CID (IntegrityError).", backend, nil},
		{JobsSeen, Counter, "{job}", "New JobCreated events the matching worker considered.", nil, nil},
		{JobsApplied, Counter, "{job}", "Jobs the matching worker applied to and was assigned.", nil, nil},
		{JobsSubmitted, Counter, "{job}", "Results the matching worker submitted on chain.", nil, nil},
	}
}
