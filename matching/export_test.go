package matching

import (
	"context"
	"math/big"
)

// What the external tests of the worker's state file and the reader's
// batching reach inside the package.

type WorkerState = workerState

const StateVersion = stateVersion

var (
	LoadState = loadState
	// SamplePolicy loads config/policies.default.json.
	SamplePolicy = testPolicy
)

// Save writes st to path.
func (st *workerState) Save(path string) error { return st.save(path) }

// Batched reports whether r reads through JSON-RPC batches.
func (r *Reader) Batched() bool { return r.rpc != nil }

// JobOf returns the job whose decision or application ctx belongs to, or
// nil.
func JobOf(ctx context.Context) *big.Int {
	id, _ := ctx.Value(jobKey{}).(*big.Int)
	return id
}
