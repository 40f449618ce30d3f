package storage

import (
	"context"
	"errors"
	"fmt"
	"io"

	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"
	carstorage "github.com/ipld/go-car/v2/storage"

	"github.com/agijobs/agijobs-go/input"
)

// carOptions bound what a CAR may make us read: a header of at most 32 KiB
// and sections no larger than a maximal block plus its CID.
func carReadOptions() []carv2.Option {
	return []carv2.Option{
		carv2.WithTrustedCAR(true), // verified by verifyBlock, which gives a typed error
		carv2.MaxAllowedHeaderSize(32 << 10),
		carv2.MaxAllowedSectionSize(maxBlockSize + 1024),
	}
}

// WriteCAR writes the DAG under root to w as a CARv1 whose only root is root:
// blocks in depth-first order, each block once, identity CIDs left out (the
// layout of `ipfs dag export`). Blocks come from src; the error wraps
// [ErrNotFound] when one is missing. Memory is bounded by one block and the
// set of CIDs written.
func WriteCAR(ctx context.Context, w io.Writer, root cid.Cid, src BlockGetter) error {
	if w == nil {
		return input.New("storage.WriteCAR: w", "is nil", "pass the io.Writer the CAR goes to")
	}
	if src == nil {
		return input.New("storage.WriteCAR: src", "is nil", "pass the store that holds the DAG")
	}
	cw, err := carstorage.NewWritable(w, []cid.Cid{root}, carv2.WriteAsCarV1(true))
	if err != nil {
		return fmt.Errorf("storage: start CAR: %w", err)
	}
	get := func(ctx context.Context, c cid.Cid) ([]byte, error) {
		b, err := src.GetBlock(ctx, c)
		if err != nil {
			return nil, err
		}
		return b.RawData(), nil
	}
	err = walkDAG(ctx, root, nil, get, func(c cid.Cid, data []byte) error {
		return cw.Put(ctx, c.KeyString(), data)
	})
	if err != nil {
		return fmt.Errorf("storage: export CAR of %s: %w", root, err)
	}
	if err := cw.Finalize(); err != nil {
		return fmt.Errorf("storage: finish CAR: %w", err)
	}
	return nil
}

// ExportCAR writes the DAG under root to w as a CARv1; see [WriteCAR].
func (e *Embedded) ExportCAR(ctx context.Context, w io.Writer, root cid.Cid) error {
	return WriteCAR(ctx, w, root, e)
}

// ImportCAR reads a CAR (v1 or v2) from r, checks every block against its
// CID, stores the blocks and returns the CAR's roots. It fails with an
// [*IntegrityError] on the first block whose content does not match its CID
// (blocks stored before it stay stored; they are valid), and with an error
// wrapping [ErrNotFound] when the DAG of a root is not complete after the
// import. Blocks are written in batches of at most 8 MiB.
func (e *Embedded) ImportCAR(ctx context.Context, r io.Reader) ([]cid.Cid, error) {
	done, err := e.enter()
	if err != nil {
		return nil, err
	}
	defer done()
	if r == nil {
		return nil, input.New("storage.Embedded.ImportCAR: r", "is nil", "pass the CAR's io.Reader")
	}
	br, err := carv2.NewBlockReader(r, carReadOptions()...)
	if err != nil {
		return nil, fmt.Errorf("storage: read CAR header: %w; the input is not a CAR file", err)
	}
	var (
		batch []blocks.Block
		size  int
	)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := e.bs.PutMany(ctx, batch); err != nil {
			return fmt.Errorf("storage: store CAR blocks: %w", err)
		}
		batch, size = batch[:0], 0
		return nil
	}
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		b, err := br.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("storage: read CAR block: %w; the CAR is truncated or malformed", err)
		}
		if err := verifyBlock(b.Cid(), b.RawData(), "car"); err != nil {
			return nil, err
		}
		if _, ok := identityData(b.Cid()); ok {
			continue
		}
		batch = append(batch, b)
		size += len(b.RawData())
		if size >= 8<<20 {
			if err := flush(); err != nil {
				return nil, err
			}
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	for _, root := range br.Roots {
		err := walkDAG(ctx, root, e.bs.Has, e.getRawUnlocked, nil)
		if err != nil {
			if errors.Is(err, errMissing) || isNotFound(err) {
				return br.Roots, fmt.Errorf("storage: CAR root %s is incomplete (%v): %w", root, err, ErrNotFound)
			}
			return br.Roots, err
		}
	}
	e.log.Debug("storage: imported CAR", "roots", br.Roots)
	return br.Roots, nil
}
