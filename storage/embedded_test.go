package storage

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"

	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"
	carstorage "github.com/ipld/go-car/v2/storage"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEmbeddedOnDisk(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := OpenEmbedded(ctx, EmbeddedOptions{Dir: dir})
	require.NoError(t, err)
	data := genBytes(3, 5*ChunkSize+11)
	c, err := s.Put(ctx, bytes.NewReader(data))
	require.NoError(t, err)
	require.NoError(t, s.Pin(ctx, c))
	require.NoError(t, s.Close())
	require.NoError(t, s.Close(), "Close twice is harmless")
	_, err = s.Put(ctx, strings.NewReader("x"))
	assert.ErrorIs(t, err, ErrClosed)
	_, err = s.Get(ctx, c)
	assert.ErrorIs(t, err, ErrClosed)

	s, err = OpenEmbedded(ctx, EmbeddedOptions{Dir: dir})
	require.NoError(t, err)
	defer s.Close()
	pinned, err := s.IsPinned(ctx, c)
	require.NoError(t, err)
	assert.True(t, pinned, "pins survive reopening")
	rc, err := s.Get(ctx, c)
	assert.Equal(t, data, readAllClose(t, rc, err))
	require.NoError(t, s.Unpin(ctx, c))
	pinned, err = s.IsPinned(ctx, c)
	require.NoError(t, err)
	assert.False(t, pinned)
	require.NoError(t, s.Unpin(ctx, c), "unpinning twice is harmless")

	// A second open of the same directory fails with a clear message.
	_, err = OpenEmbedded(ctx, EmbeddedOptions{Dir: dir})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "another process")
}

func TestEmbeddedMissingAndNotFile(t *testing.T) {
	ctx := context.Background()
	s := NewMemory()
	defer s.Close()
	missing, err := HashOnly(ctx, strings.NewReader("missing"))
	require.NoError(t, err)
	_, err = s.Get(ctx, missing)
	assert.ErrorIs(t, err, ErrNotFound)
	has, err := s.Has(ctx, missing)
	require.NoError(t, err)
	assert.False(t, has)
	assert.ErrorIs(t, s.Pin(ctx, missing), ErrNotFound)

	// A DAG with a missing leaf: Has is false, Pin fails, Get fails on Read.
	c, err := s.Put(ctx, newGen(4, 3*ChunkSize))
	require.NoError(t, err)
	other := NewMemory()
	defer other.Close()
	var car bytes.Buffer
	require.NoError(t, s.ExportCAR(ctx, &car, c))
	br, err := carv2.NewBlockReader(&car)
	require.NoError(t, err)
	root, err := br.Next()
	require.NoError(t, err)
	require.NoError(t, other.PutBlock(ctx, root))
	has, err = other.Has(ctx, c)
	require.NoError(t, err)
	assert.False(t, has)
	assert.ErrorIs(t, other.Pin(ctx, c), ErrNotFound)
	rc, err := other.Get(ctx, c)
	require.NoError(t, err)
	_, err = io.ReadAll(rc)
	assert.ErrorIs(t, err, ErrNotFound)

	// PutBlock refuses data that does not match the CID.
	bad, err := blocks.NewBlockWithCid([]byte("not it"), c)
	require.NoError(t, err)
	assert.ErrorIs(t, other.PutBlock(ctx, bad), ErrIntegrity)

	// A dag-cbor block is not a UnixFS file.
	cb, err := cid.Prefix{Version: 1, Codec: cid.DagCBOR, MhType: 0x12, MhLength: -1}.Sum([]byte{0xa0})
	require.NoError(t, err)
	blk, err := blocks.NewBlockWithCid([]byte{0xa0}, cb)
	require.NoError(t, err)
	require.NoError(t, s.PutBlock(ctx, blk))
	_, err = s.Get(ctx, cb)
	assert.ErrorIs(t, err, ErrNotFile)
}

func TestEmbeddedConcurrentPut(t *testing.T) {
	ctx := context.Background()
	s := NewMemory()
	defer s.Close()
	var wg sync.WaitGroup
	cids := make([]cid.Cid, 8)
	for i := range cids {
		wg.Go(func() {
			c, err := s.Put(ctx, newGen(uint64(i%4+1), 2*ChunkSize+uint64(i)))
			assert.NoError(t, err)
			cids[i] = c
		})
	}
	wg.Wait()
	for i, c := range cids {
		want, err := HashOnly(ctx, newGen(uint64(i%4+1), 2*ChunkSize+uint64(i)))
		require.NoError(t, err)
		assert.Equal(t, want, c)
	}
}

func TestCARRoundTrip(t *testing.T) {
	ctx := context.Background()
	a := NewMemory()
	defer a.Close()
	data := genBytes(6, MaxLinks*ChunkSize+ChunkSize/2) // two levels
	c, err := a.Put(ctx, bytes.NewReader(data))
	require.NoError(t, err)
	var car bytes.Buffer
	require.NoError(t, a.ExportCAR(ctx, &car, c))

	b := NewMemory()
	defer b.Close()
	roots, err := b.ImportCAR(ctx, bytes.NewReader(car.Bytes()))
	require.NoError(t, err)
	assert.Equal(t, []cid.Cid{c}, roots)
	rc, err := b.Get(ctx, c)
	assert.Equal(t, data, readAllClose(t, rc, err))

	// A tampered block is an integrity error.
	tampered := bytes.Clone(car.Bytes())
	tampered[len(tampered)/2] ^= 1
	_, err = NewMemory().ImportCAR(ctx, bytes.NewReader(tampered))
	assert.ErrorIs(t, err, ErrIntegrity)

	// A truncated CAR is an error, and so is an incomplete DAG.
	_, err = NewMemory().ImportCAR(ctx, bytes.NewReader(car.Bytes()[:car.Len()-10]))
	assert.Error(t, err)
	var partial bytes.Buffer
	cw, err := carstorage.NewWritable(&partial, []cid.Cid{c}, carv2.WriteAsCarV1(true))
	require.NoError(t, err)
	rb, err := a.GetBlock(ctx, c)
	require.NoError(t, err)
	require.NoError(t, cw.Put(ctx, c.KeyString(), rb.RawData()))
	require.NoError(t, cw.Finalize())
	_, err = NewMemory().ImportCAR(ctx, &partial)
	assert.ErrorIs(t, err, ErrNotFound)

	_, err = NewMemory().ImportCAR(ctx, strings.NewReader("not a car"))
	assert.Error(t, err)

	// Export of a DAG that is not complete fails with ErrNotFound.
	assert.ErrorIs(t, NewMemory().ExportCAR(ctx, io.Discard, c), ErrNotFound)
}

// memReplica records replications; fail makes it fail.
type memReplica struct {
	name  string
	fail  bool
	store *Embedded
	mu    sync.Mutex
	got   []cid.Cid
}

func (r *memReplica) Name() string { return r.name }

func (r *memReplica) Replicate(ctx context.Context, root cid.Cid, src BlockGetter) error {
	if r.fail {
		return fmt.Errorf("%s is down", r.name)
	}
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(WriteCAR(ctx, pw, root, src)) }()
	if _, err := r.store.ImportCAR(ctx, pr); err != nil {
		return err
	}
	r.mu.Lock()
	r.got = append(r.got, root)
	r.mu.Unlock()
	return nil
}

func TestReplicated(t *testing.T) {
	ctx := context.Background()
	remote := NewMemory()
	defer remote.Close()
	good := &memReplica{name: "good", store: remote}
	bad := &memReplica{name: "bad", fail: true}
	local := NewMemory()
	defer local.Close()

	s := NewReplicated(local, ReplicatedOptions{Replicas: []Replica{good}})
	data := genBytes(8, 2*ChunkSize)
	c, err := s.Put(ctx, bytes.NewReader(data))
	require.NoError(t, err)
	assert.Equal(t, []cid.Cid{c}, good.got)
	has, err := remote.Has(ctx, c)
	require.NoError(t, err)
	assert.True(t, has)
	pinned, err := local.IsPinned(ctx, c)
	require.NoError(t, err)
	assert.True(t, pinned)

	s2 := NewReplicated(local, ReplicatedOptions{Replicas: []Replica{good, bad}})
	c2, err := s2.Put(ctx, strings.NewReader("partial"))
	var re *ReplicationError
	require.ErrorAs(t, err, &re)
	assert.True(t, c2.Defined(), "CID returned with the replication error")
	assert.Contains(t, re.Failed, "bad")
	assert.NotContains(t, re.Failed, "good")

	// Reads fall back to fetchers, skipping a failing one, verified.
	fg := newFakeGateway(t, remote)
	fg.mode.Store("tamper")
	tampering, err := NewGateway(fg.srv.URL, fastHTTP())
	require.NoError(t, err)
	other := newFakeGateway(t, remote)
	honest, err := NewGateway(other.srv.URL, fastHTTP())
	require.NoError(t, err)
	empty := NewMemory()
	defer empty.Close()
	reader := NewReplicated(empty, ReplicatedOptions{Fetchers: []Fetcher{honest}})
	rc, err := reader.Get(ctx, c)
	assert.Equal(t, data, readAllClose(t, rc, err))
	has, err = reader.Has(ctx, c)
	require.NoError(t, err)
	assert.False(t, has, "Has is local only")

	// A tampered block is detected in the first response: the error names it.
	onlyBad := NewReplicated(empty, ReplicatedOptions{Fetchers: []Fetcher{tampering}})
	rc, err = onlyBad.Get(ctx, c)
	if err == nil {
		_, err = io.ReadAll(rc)
		rc.Close()
	}
	assert.ErrorIs(t, err, ErrIntegrity)

	missing, err := HashOnly(ctx, strings.NewReader("nowhere"))
	require.NoError(t, err)
	_, err = reader.Get(ctx, missing)
	assert.ErrorIs(t, err, ErrNotFound)
	assert.False(t, errors.Is(err, ErrIntegrity))
}
