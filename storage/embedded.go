package storage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/blockstore"
	dag "github.com/ipfs/boxo/ipld/merkledag"
	ipfspinner "github.com/ipfs/boxo/pinning/pinner"
	"github.com/ipfs/boxo/pinning/pinner/dspinner"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
	dssync "github.com/ipfs/go-datastore/sync"
	pebbleds "github.com/ipfs/go-ds-pebble"
	ipld "github.com/ipfs/go-ipld-format"

	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/otelinst"
	"github.com/agijobs/agijobs-go/telemetry"
)

// EmbeddedOptions configures [OpenEmbedded]. The zero value gives a silent
// in-memory store.
type EmbeddedOptions struct {
	// Dir is the directory of an on-disk Pebble store; it is created if
	// missing. Empty means an in-memory store whose content is lost on Close.
	Dir string
	// Sync makes every write batch wait for fsync. Without it, writes survive
	// a crash of the process but not a power loss. Ignored in memory.
	Sync bool
	// CacheSize is Pebble's block cache in bytes; 0 means 8 MiB. Ignored in
	// memory.
	CacheSize int64
	// Logger receives debug and warning records; nil means silent.
	Logger *slog.Logger
	// Telemetry receives the bytes Put imports and Get readers return,
	// and the integrity failures of Get (agijobs.storage.*, backend
	// "embedded"). The zero value records nothing.
	Telemetry telemetry.Providers
}

// Embedded is an IPFS block store inside the process, with UnixFS import and
// read, pins and CAR import and export. It is the default [Store]. It is safe
// for concurrent use.
type Embedded struct {
	ds    datastore.Batching
	bs    blockstore.Blockstore
	dag   ipld.DAGService
	pins  ipfspinner.Pinner
	log   *slog.Logger
	mu    sync.RWMutex // guards closed; held for reading by every operation
	close func() error
	// closed is set by Close.
	closed bool
	// tel records telemetry; nil when it is off.
	tel *otelinst.Storage
}

var _ Store = (*Embedded)(nil)

// NewMemory returns an empty in-memory store. It is the one-line fixture for
// tests and examples; content is lost when the store is garbage collected.
func NewMemory() *Embedded {
	e, err := OpenEmbedded(context.Background(), EmbeddedOptions{})
	if err != nil {
		// Cannot happen: the in-memory datastore does not fail to open.
		panic(err)
	}
	return e
}

// OpenEmbedded opens (or creates) an embedded store as described by opts.
// Close it when done to release the on-disk database.
func OpenEmbedded(ctx context.Context, opts EmbeddedOptions) (*Embedded, error) {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var (
		ds    datastore.Batching
		close = func() error { return nil }
	)
	if opts.Dir == "" {
		ds = dssync.MutexWrap(datastore.NewMapDatastore())
	} else {
		cache := opts.CacheSize
		if cache <= 0 {
			cache = 8 << 20
		}
		wo := pebble.NoSync
		if opts.Sync {
			wo = pebble.Sync
		}
		pds, err := pebbleds.NewDatastore(opts.Dir,
			pebbleds.WithCacheSize(cache),
			pebbleds.WithPebbleWriteOptions(wo),
			pebbleds.WithPebbleOpts(&pebble.Options{Logger: pebbleLogger{log}}),
		)
		if err != nil {
			return nil, fmt.Errorf("storage: open embedded store in %s: %w; check that the directory is writable and not opened by another process", opts.Dir, err)
		}
		ds = pds
		close = pds.Close
	}
	bs := blockstore.NewBlockstore(ds, blockstore.WriteThrough(false))
	dserv := dag.NewDAGService(blockservice.New(bs, nil))
	pins, err := dspinner.New(ctx, ds, dserv)
	if err != nil {
		_ = close()
		return nil, fmt.Errorf("storage: load pins: %w", err)
	}
	log.Debug("storage: embedded store open", "dir", opts.Dir)
	return &Embedded{ds: ds, bs: bs, dag: dserv, pins: pins, log: log, close: close,
		tel: otelinst.NewStorage(opts.Telemetry, "embedded")}, nil
}

// Close releases the store. Later calls return [ErrClosed]; readers returned
// by Get before Close fail on their next read.
func (e *Embedded) Close() error {
	if e == nil || e.ds == nil {
		return nil // nothing was opened
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return nil
	}
	e.closed = true
	return e.close()
}

// enter takes the read lock for one operation; the caller must call the
// returned function.
func (e *Embedded) enter() (func(), error) {
	if e == nil || e.ds == nil {
		return nil, input.Unbuilt("storage.Embedded", "storage.NewMemory or storage.OpenEmbedded")
	}
	e.mu.RLock()
	if e.closed {
		e.mu.RUnlock()
		return nil, ErrClosed
	}
	return e.mu.RUnlock, nil
}

// Put imports the bytes of r as a UnixFS file and returns its CID, which is
// the CID `ipfs add --cid-version=1` gives the same bytes. It reads r to the
// end, streaming: memory stays at a few chunks whatever the size. Putting
// the same bytes twice is cheap and returns the same CID.
func (e *Embedded) Put(ctx context.Context, r io.Reader) (cid.Cid, error) {
	done, err := e.enter()
	if err != nil {
		return cid.Undef, err
	}
	defer done()
	buf := ipld.NewBufferedDAG(ctx, e.dag)
	cr := &countingReader{r: r}
	nd, err := importFile(ctx, cr, buf)
	if err != nil {
		return cid.Undef, err
	}
	if err := buf.Commit(); err != nil {
		return cid.Undef, fmt.Errorf("storage: write blocks: %w", err)
	}
	e.tel.Put(ctx, cr.n)
	e.log.Debug("storage: put", "cid", nd.Cid())
	return nd.Cid(), nil
}

// Get returns the content of the UnixFS file c. Every block is read from the
// store and checked against its CID as the reader advances, so memory stays
// bounded. A missing block is reported by Get (root) or by Read (inner
// blocks) as an error wrapping [ErrNotFound]. ctx governs the reads of the
// returned reader too; close the reader when done.
func (e *Embedded) Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	done, err := e.enter()
	if err != nil {
		return nil, err
	}
	defer done()
	r, err := newFileReader(ctx, c, fileReaderConfig{source: "embedded store", fetch: e.getRaw})
	return measureGet(ctx, e.tel, r, err)
}

// getRaw is the block fetch function of the file reader.
func (e *Embedded) getRaw(ctx context.Context, c cid.Cid) ([]byte, error) {
	b, err := e.GetBlock(ctx, c)
	if err != nil {
		return nil, err
	}
	return b.RawData(), nil
}

// GetBlock returns one block. The error wraps [ErrNotFound] when the block is
// not stored.
func (e *Embedded) GetBlock(ctx context.Context, c cid.Cid) (blocks.Block, error) {
	done, err := e.enter()
	if err != nil {
		return nil, err
	}
	defer done()
	b, err := e.bs.Get(ctx, c)
	if err != nil {
		if ipld.IsNotFound(err) {
			return nil, fmt.Errorf("storage: block %s is not in the embedded store: %w", c, ErrNotFound)
		}
		return nil, fmt.Errorf("storage: read block %s: %w", c, err)
	}
	return b, nil
}

// getRawUnlocked reads a block's data; the caller holds the lock.
func (e *Embedded) getRawUnlocked(ctx context.Context, c cid.Cid) ([]byte, error) {
	b, err := e.bs.Get(ctx, c)
	if err != nil {
		return nil, err
	}
	return b.RawData(), nil
}

// isNotFound reports a missing block from boxo or from this package.
func isNotFound(err error) bool {
	return ipld.IsNotFound(err) || errors.Is(err, ErrNotFound)
}

// PutBlock stores one block after checking that its data matches its CID.
func (e *Embedded) PutBlock(ctx context.Context, b blocks.Block) error {
	done, err := e.enter()
	if err != nil {
		return err
	}
	defer done()
	if err := verifyBlock(b.Cid(), b.RawData(), "caller"); err != nil {
		return err
	}
	return e.bs.Put(ctx, b)
}

// Has reports whether the whole DAG under c is stored: the root and every
// block it links to, recursively. It reads the internal nodes of the DAG
// (about one per 43 MiB of file) and checks the presence of the leaves.
func (e *Embedded) Has(ctx context.Context, c cid.Cid) (bool, error) {
	done, err := e.enter()
	if err != nil {
		return false, err
	}
	defer done()
	err = walkDAG(ctx, c, e.bs.Has, e.getRawUnlocked, nil)
	switch {
	case err == nil:
		return true, nil
	case isNotFound(err) || errors.Is(err, errMissing):
		return false, nil
	default:
		return false, err
	}
}

// Pin records a recursive pin on c after checking that the whole DAG is
// stored; the error wraps [ErrNotFound] when a block is missing. Pins are kept
// in the store's datastore (on disk for an on-disk store). Pinning twice is
// harmless.
func (e *Embedded) Pin(ctx context.Context, c cid.Cid) error {
	done, err := e.enter()
	if err != nil {
		return err
	}
	defer done()
	nd, err := e.dag.Get(ctx, c)
	if err != nil {
		if ipld.IsNotFound(err) {
			return fmt.Errorf("storage: pin %s: root block is not in the embedded store, Put or ImportCAR it first: %w", c, ErrNotFound)
		}
		return fmt.Errorf("storage: pin %s: %w", c, err)
	}
	if err := e.pins.Pin(ctx, nd, true, ""); err != nil {
		if ipld.IsNotFound(err) {
			return fmt.Errorf("storage: pin %s: the DAG is incomplete in the embedded store (%v): %w", c, err, ErrNotFound)
		}
		return fmt.Errorf("storage: pin %s: %w", c, err)
	}
	if err := e.pins.Flush(ctx); err != nil {
		return fmt.Errorf("storage: save pin %s: %w", c, err)
	}
	return nil
}

// Unpin removes the recursive pin on c. Unpinning content that is not pinned
// is not an error. Blocks are not deleted.
func (e *Embedded) Unpin(ctx context.Context, c cid.Cid) error {
	done, err := e.enter()
	if err != nil {
		return err
	}
	defer done()
	if err := e.pins.Unpin(ctx, c, true); err != nil && !errors.Is(err, ipfspinner.ErrNotPinned) {
		return fmt.Errorf("storage: unpin %s: %w", c, err)
	}
	return e.pins.Flush(ctx)
}

// IsPinned reports whether c carries a recursive pin.
func (e *Embedded) IsPinned(ctx context.Context, c cid.Cid) (bool, error) {
	done, err := e.enter()
	if err != nil {
		return false, err
	}
	defer done()
	_, ok, err := e.pins.IsPinnedWithType(ctx, c, ipfspinner.Recursive)
	if err != nil {
		return false, fmt.Errorf("storage: check pin %s: %w", c, err)
	}
	return ok, nil
}

// pebbleLogger sends Pebble's log lines to slog.
type pebbleLogger struct{ log *slog.Logger }

func (l pebbleLogger) Infof(format string, args ...any) {
	l.log.Debug("pebble: " + fmt.Sprintf(format, args...))
}

func (l pebbleLogger) Errorf(format string, args ...any) {
	l.log.Warn("pebble: " + fmt.Sprintf(format, args...))
}

func (l pebbleLogger) Fatalf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	l.log.Error("pebble: " + msg)
	panic("pebble: " + msg)
}
