package storage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"

	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	"github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"

	"github.com/agijobs/agijobs-go/input"
)

// The UnixFS import parameters of `ipfs add --cid-version=1` in Kubo. They
// are fixed: changing any of them changes every CID.
const (
	// ChunkSize is the size of every leaf but the last (Kubo's
	// "size-262144" chunker).
	ChunkSize = 256 << 10
	// MaxLinks is the number of children of each internal node of the
	// balanced layout (boxo's DefaultLinksPerBlock, 8192/47).
	MaxLinks = 174
)

// importFile imports r as a UnixFS file into dserv and returns the root node.
// All layout parameters are passed explicitly to boxo's balanced layout; the
// splitter cuts fixed ChunkSize chunks and hashes them in parallel ahead of
// the layout, and the CID builder (CIDv1, sha2-256) reuses those digests for
// the raw leaves.
func importFile(ctx context.Context, r io.Reader, dserv ipld.DAGService) (ipld.Node, error) {
	if r == nil {
		return nil, input.New("r", "is a nil io.Reader", "pass the content to import")
	}
	_, hashOnly := dserv.(discardDAG)
	spl := newParallelSplitter(&ctxReader{ctx: ctx, r: r}, runtime.GOMAXPROCS(0), hashOnly)
	defer spl.stop()
	params := helpers.DagBuilderParams{
		Maxlinks:   MaxLinks,
		RawLeaves:  true,
		CidBuilder: leafBuilder{spl: spl, codec: cid.DagProtobuf},
		Dagserv:    dserv,
	}
	db, err := params.New(spl)
	if err != nil {
		return nil, fmt.Errorf("storage: prepare UnixFS import: %w", err)
	}
	nd, err := balanced.Layout(db)
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil && errors.Is(err, ctxErr) {
			return nil, ctxErr
		}
		return nil, fmt.Errorf("storage: UnixFS import: %w", err)
	}
	return nd, nil
}

// HashOnly returns the CID that [Embedded.Put] (and `ipfs add
// --cid-version=1`) would give the bytes of r, without storing anything. It
// reads r to the end and uses memory for about two chunks.
func HashOnly(ctx context.Context, r io.Reader) (cid.Cid, error) {
	nd, err := importFile(ctx, r, discardDAG{})
	if err != nil {
		return cid.Undef, err
	}
	return nd.Cid(), nil
}

// ctxReader stops a read loop when its context is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// discardDAG is a DAG service that drops every node: the only-hash mode.
type discardDAG struct{}

func (discardDAG) Get(_ context.Context, c cid.Cid) (ipld.Node, error) {
	return nil, ipld.ErrNotFound{Cid: c}
}

func (discardDAG) GetMany(_ context.Context, cs []cid.Cid) <-chan *ipld.NodeOption {
	ch := make(chan *ipld.NodeOption, len(cs))
	for _, c := range cs {
		ch <- &ipld.NodeOption{Err: ipld.ErrNotFound{Cid: c}}
	}
	close(ch)
	return ch
}

func (discardDAG) Add(context.Context, ipld.Node) error        { return nil }
func (discardDAG) AddMany(context.Context, []ipld.Node) error  { return nil }
func (discardDAG) Remove(context.Context, cid.Cid) error       { return nil }
func (discardDAG) RemoveMany(context.Context, []cid.Cid) error { return nil }
