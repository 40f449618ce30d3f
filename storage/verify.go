package storage

import (
	"context"
	"errors"
	"fmt"
	"io"

	dag "github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/ipld/unixfs"
	pb "github.com/ipfs/boxo/ipld/unixfs/pb"
	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"
	"github.com/multiformats/go-multihash"
)

// maxBlockSize bounds a block read from anywhere (the bitswap limit is 2 MiB).
const maxBlockSize = 2 << 20

// errMissing marks a block that a presence check did not find.
var errMissing = errors.New("block missing")

// verifyBlock checks that data hashes to c.
func verifyBlock(c cid.Cid, data []byte, source string) error {
	got, err := c.Prefix().Sum(data)
	if err != nil {
		return &IntegrityError{CID: c, Source: source, Reason: "cannot hash with the CID's hash function: " + err.Error()}
	}
	if !got.Equals(c) {
		return &IntegrityError{CID: c, Source: source, Reason: fmt.Sprintf("content hashes to %s", got)}
	}
	return nil
}

// identityData returns the inline data of an identity CID.
func identityData(c cid.Cid) ([]byte, bool) {
	if c.Prefix().MhType != multihash.IDENTITY {
		return nil, false
	}
	dm, err := multihash.Decode(c.Hash())
	if err != nil {
		return nil, false
	}
	return dm.Digest, true
}

// fileBlock decodes one block of a UnixFS file: its file data and its
// children in order.
func fileBlock(c cid.Cid, data []byte) ([]byte, []cid.Cid, error) {
	switch c.Type() {
	case cid.Raw:
		return data, nil, nil
	case cid.DagProtobuf:
		pn, err := dag.DecodeProtobuf(data)
		if err != nil {
			return nil, nil, fmt.Errorf("storage: decode dag-pb block %s: %w", c, err)
		}
		fsn, err := unixfs.FSNodeFromBytes(pn.Data())
		if err != nil {
			return nil, nil, fmt.Errorf("storage: block %s is dag-pb without UnixFS data: %w", c, ErrNotFile)
		}
		switch fsn.Type() {
		case pb.Data_File, pb.Data_Raw:
		default:
			return nil, nil, fmt.Errorf("storage: block %s is a UnixFS %s: %w", c, fsn.Type(), ErrNotFile)
		}
		links := pn.Links()
		kids := make([]cid.Cid, len(links))
		for i, l := range links {
			kids[i] = l.Cid
		}
		return fsn.Data(), kids, nil
	default:
		return nil, nil, fmt.Errorf("storage: block %s has codec 0x%x, not raw or dag-pb: %w", c, c.Type(), ErrNotFile)
	}
}

// walkDAG visits the DAG under root depth first, each block once. Raw leaves
// are only checked with has unless visit is set; internal nodes are read with
// get. visit, when set, receives every block in DFS order.
func walkDAG(ctx context.Context, root cid.Cid,
	has func(context.Context, cid.Cid) (bool, error),
	get func(context.Context, cid.Cid) ([]byte, error),
	visit func(cid.Cid, []byte) error,
) error {
	seen := cid.NewSet()
	stack := []cid.Cid{root}
	for len(stack) > 0 {
		if err := ctx.Err(); err != nil {
			return err
		}
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !seen.Visit(c) {
			continue
		}
		if _, ok := identityData(c); ok {
			continue
		}
		if c.Type() == cid.Raw && visit == nil {
			ok, err := has(ctx, c)
			if err != nil {
				return err
			}
			if !ok {
				return fmt.Errorf("storage: block %s: %w", c, errMissing)
			}
			continue
		}
		data, err := get(ctx, c)
		if err != nil {
			return err
		}
		if visit != nil {
			if err := visit(c, data); err != nil {
				return err
			}
		}
		if c.Type() != cid.DagProtobuf {
			continue
		}
		pn, err := dag.DecodeProtobuf(data)
		if err != nil {
			return fmt.Errorf("storage: decode dag-pb block %s: %w", c, err)
		}
		links := pn.Links()
		for i := len(links) - 1; i >= 0; i-- {
			stack = append(stack, links[i].Cid)
		}
	}
	return nil
}

// fileReaderConfig says where a fileReader gets its blocks.
type fileReaderConfig struct {
	// source names the origin in integrity errors.
	source string
	// stream, when set, supplies blocks in DFS order (a CAR response).
	stream *carv2.BlockReader
	// body is closed by Close.
	body io.Closer
	// fetch supplies single blocks: every block when stream is nil, else only
	// blocks seen before in the stream (a CAR without duplicates).
	fetch func(context.Context, cid.Cid) ([]byte, error)
}

// fileReader streams a UnixFS file out of a DAG, verifying every block
// against its CID. Memory: the pending CIDs of one path of the tree, one
// block, and a small cache of recent blocks for repeated leaves.
type fileReader struct {
	ctx    context.Context
	cfg    fileReaderConfig
	stack  []cid.Cid
	buf    []byte
	err    error
	peek   *peeked
	ended  bool
	seen   *cid.Set
	recent [8]cachedBlock
	next   int
}

type peeked struct {
	c    cid.Cid
	data []byte
}

type cachedBlock struct {
	c    cid.Cid
	data []byte
}

// newFileReader reads and checks the root block at once, so that a missing
// root, a non-file DAG or a bad response fails here rather than on Read.
func newFileReader(ctx context.Context, root cid.Cid, cfg fileReaderConfig) (*fileReader, error) {
	r := &fileReader{ctx: ctx, cfg: cfg, seen: cid.NewSet()}
	data, err := r.block(root)
	if err == nil {
		var kids []cid.Cid
		r.buf, kids, err = fileBlock(root, data)
		r.push(kids)
	}
	if err != nil {
		_ = r.Close()
		return nil, err
	}
	return r, nil
}

func (r *fileReader) push(kids []cid.Cid) {
	for i := len(kids) - 1; i >= 0; i-- {
		r.stack = append(r.stack, kids[i])
	}
}

// Read implements io.Reader.
func (r *fileReader) Read(p []byte) (int, error) {
	for len(r.buf) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		if len(r.stack) == 0 {
			r.err = io.EOF
			continue
		}
		if err := r.ctx.Err(); err != nil {
			r.err = err
			continue
		}
		c := r.stack[len(r.stack)-1]
		r.stack = r.stack[:len(r.stack)-1]
		data, err := r.block(c)
		if err != nil {
			r.err = err
			continue
		}
		var kids []cid.Cid
		r.buf, kids, err = fileBlock(c, data)
		if err != nil {
			r.err = err
			continue
		}
		r.push(kids)
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

// Close implements io.Closer.
func (r *fileReader) Close() error {
	if r.err == nil {
		r.err = errors.New("storage: read after Close")
	}
	if r.cfg.body != nil {
		return r.cfg.body.Close()
	}
	return nil
}

// block returns the verified data of c from the cache, the stream or fetch.
func (r *fileReader) block(c cid.Cid) ([]byte, error) {
	if d, ok := identityData(c); ok {
		return d, nil
	}
	if r.cfg.stream != nil && !r.ended {
		if r.peek == nil {
			if err := r.advance(c); err != nil {
				return nil, err
			}
		}
		if r.peek != nil && r.peek.c.Equals(c) {
			data := r.peek.data
			r.peek = nil
			if err := verifyBlock(c, data, r.cfg.source); err != nil {
				return nil, err
			}
			r.remember(c, data)
			return data, nil
		}
	}
	// A block the stream does not repeat (a CAR without duplicates).
	for _, e := range r.recent {
		if e.data != nil && e.c.Equals(c) {
			return e.data, nil
		}
	}
	if r.cfg.fetch != nil && (r.cfg.stream == nil || r.seen.Has(c)) {
		data, err := r.cfg.fetch(r.ctx, c)
		if err != nil {
			return nil, err
		}
		if len(data) > maxBlockSize {
			return nil, &IntegrityError{CID: c, Source: r.cfg.source, Reason: fmt.Sprintf("block of %d bytes exceeds the %d-byte limit", len(data), maxBlockSize)}
		}
		if err := verifyBlock(c, data, r.cfg.source); err != nil {
			return nil, err
		}
		r.remember(c, data)
		return data, nil
	}
	if r.ended {
		return nil, &IntegrityError{CID: c, Source: r.cfg.source, Reason: "truncated: the response ended before this block"}
	}
	return nil, &IntegrityError{CID: c, Source: r.cfg.source,
		Reason: fmt.Sprintf("unexpected block %s where this block was expected (depth-first order)", r.peek.c)}
}

// advance reads the next block of the stream into r.peek.
func (r *fileReader) advance(want cid.Cid) error {
	b, err := r.cfg.stream.Next()
	switch {
	case err == nil:
		r.peek = &peeked{c: b.Cid(), data: b.RawData()}
		return nil
	case errors.Is(err, io.EOF):
		r.ended = true
		return nil
	case r.ctx.Err() != nil:
		return r.ctx.Err()
	default:
		r.ended = true
		return &IntegrityError{CID: want, Source: r.cfg.source, Reason: "truncated or malformed response: " + err.Error()}
	}
}

func (r *fileReader) remember(c cid.Cid, data []byte) {
	r.seen.Add(c)
	if len(data) <= 1<<20 {
		r.recent[r.next] = cachedBlock{c: c, data: data}
		r.next = (r.next + 1) % len(r.recent)
	}
}
