package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/ipfs/go-cid"

	"github.com/agijobs/agijobs-go/storage"
)

// DirStore is a storage.Store that keeps each file as a CAR in a shared
// directory, so that separate processes on one machine exchange job
// documents the way they would through IPFS. Reads are verified block by
// block by the embedded store they are imported into. It stands in for
// Kubo or a pinning service in the examples.
type DirStore struct {
	dir string
}

var _ storage.Store = (*DirStore)(nil)

// NewDirStore opens (creating) the directory.
func NewDirStore(dir string) (*DirStore, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	return &DirStore{dir: dir}, nil
}

func (d *DirStore) path(c cid.Cid) string { return filepath.Join(d.dir, c.String()+".car") }

// Put imports r and writes its CAR into the directory.
func (d *DirStore) Put(ctx context.Context, r io.Reader) (cid.Cid, error) {
	mem := storage.NewMemory()
	defer mem.Close()
	c, err := mem.Put(ctx, r)
	if err != nil {
		return cid.Undef, err
	}
	var buf bytes.Buffer
	if err := mem.ExportCAR(ctx, &buf, c); err != nil {
		return cid.Undef, err
	}
	tmp, err := os.CreateTemp(d.dir, ".put-*")
	if err != nil {
		return cid.Undef, err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(buf.Bytes()); err != nil {
		tmp.Close()
		return cid.Undef, err
	}
	if err := tmp.Close(); err != nil {
		return cid.Undef, err
	}
	return c, os.Rename(tmp.Name(), d.path(c))
}

// Get reads the CAR of c, verifies it and returns the file.
func (d *DirStore) Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	f, err := os.Open(d.path(c))
	if os.IsNotExist(err) {
		return nil, fmt.Errorf("%w: %s", storage.ErrNotFound, c)
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	mem := storage.NewMemory()
	if _, err := mem.ImportCAR(ctx, f); err != nil {
		mem.Close()
		return nil, err
	}
	rc, err := mem.Get(ctx, c)
	if err != nil {
		mem.Close()
		return nil, err
	}
	b, err := io.ReadAll(rc)
	rc.Close()
	mem.Close()
	if err != nil {
		return nil, err
	}
	return io.NopCloser(bytes.NewReader(b)), nil
}

// Has reports whether the directory holds c.
func (d *DirStore) Has(_ context.Context, c cid.Cid) (bool, error) {
	_, err := os.Stat(d.path(c))
	if os.IsNotExist(err) {
		return false, nil
	}
	return err == nil, err
}

// Pin does nothing: files stay until the directory is removed.
func (d *DirStore) Pin(context.Context, cid.Cid) error { return nil }
