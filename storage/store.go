package storage

import (
	"context"
	"io"

	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
)

// Store is content-addressed storage for files: what the SDK uses to publish
// job specs and results. [Embedded] is the default implementation and
// [Replicated] adds remote copies. Implementations are safe for concurrent
// use.
type Store interface {
	// Put imports the bytes of r as a UnixFS file and returns its CID, the
	// same CID `ipfs add --cid-version=1` gives the same bytes. Put is
	// idempotent: the CID is the natural key, so a failed Put can be retried.
	Put(ctx context.Context, r io.Reader) (cid.Cid, error)
	// Get returns the content of the UnixFS file c, verified block by block
	// against c as it is read. The caller must close the reader.
	Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error)
	// Has reports whether the store holds the whole DAG under c.
	Has(ctx context.Context, c cid.Cid) (bool, error)
	// Pin asks the store to keep c.
	Pin(ctx context.Context, c cid.Cid) error
}

// Fetcher reads UnixFS files from somewhere else, verifying every block:
// [Kubo] and [Gateway] implement it.
type Fetcher interface {
	// Get returns the content of the UnixFS file c; see [Store].
	Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error)
}

// BlockGetter gives single blocks by CID. [Embedded] implements it; it is
// the source of [WriteCAR] and of [Replica.Replicate].
type BlockGetter interface {
	// GetBlock returns the block c or an error wrapping [ErrNotFound].
	GetBlock(ctx context.Context, c cid.Cid) (blocks.Block, error)
}

// Replica is a remote that can hold a copy of a DAG: [Kubo] (which receives
// the blocks as a CAR) and [PinningService] (which fetches them itself from
// the origins it is told about).
type Replica interface {
	// Name identifies the replica in logs and errors.
	Name() string
	// Replicate makes the remote hold and pin the DAG under root, reading
	// blocks from src when it needs them. It does nothing when the remote
	// already has it pinned.
	Replicate(ctx context.Context, root cid.Cid, src BlockGetter) error
}
