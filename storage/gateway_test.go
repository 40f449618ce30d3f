package storage

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"
	carstorage "github.com/ipld/go-car/v2/storage"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/retry"
)

// writeCARWithDups writes the DAG in depth-first order repeating duplicate
// blocks, as a gateway answers "dups=y".
func writeCARWithDups(ctx context.Context, w io.Writer, root cid.Cid, src *Embedded) error {
	cw, err := carstorage.NewWritable(w, []cid.Cid{root}, carv2.WriteAsCarV1(true), carv2.AllowDuplicatePuts(true))
	if err != nil {
		return err
	}
	var visit func(c cid.Cid) error
	visit = func(c cid.Cid) error {
		b, err := src.GetBlock(ctx, c)
		if err != nil {
			return err
		}
		if err := cw.Put(ctx, c.KeyString(), b.RawData()); err != nil {
			return err
		}
		_, kids, err := fileBlock(c, b.RawData())
		if err != nil {
			return err
		}
		for _, k := range kids {
			if err := visit(k); err != nil {
				return err
			}
		}
		return nil
	}
	if err := visit(root); err != nil {
		return err
	}
	return cw.Finalize()
}

// fakeGateway is a trustless gateway on loopback whose behaviour a test
// switches with mode.
type fakeGateway struct {
	t        *testing.T
	src      *Embedded
	mode     atomic.Value // string
	requests atomic.Int32
	srv      *httptest.Server
}

func newFakeGateway(t *testing.T, src *Embedded) *fakeGateway {
	g := &fakeGateway{t: t, src: src}
	g.mode.Store("ok")
	g.srv = httptest.NewServer(http.HandlerFunc(g.serve))
	t.Cleanup(g.srv.Close)
	return g
}

func (g *fakeGateway) serve(w http.ResponseWriter, r *http.Request) {
	n := g.requests.Add(1)
	mode := g.mode.Load().(string)
	ctx := r.Context()
	c, err := cid.Decode(strings.TrimPrefix(r.URL.Path, "/ipfs/"))
	if err != nil {
		http.Error(w, "bad cid", http.StatusBadRequest)
		return
	}
	switch mode {
	case "5xx":
		http.Error(w, "overloaded", http.StatusServiceUnavailable)
		return
	case "5xx-then-ok":
		if n <= 3 {
			http.Error(w, "bad gateway", http.StatusBadGateway)
			return
		}
	case "slow-headers":
		select {
		case <-time.After(2 * time.Second):
		case <-ctx.Done():
			return
		}
	case "html":
		w.Header().Set("Content-Type", "text/html")
		_, _ = io.WriteString(w, "<html>deserialized gateway</html>")
		return
	}
	if has, _ := g.src.Has(ctx, c); !has {
		if _, err := g.src.GetBlock(ctx, c); err != nil {
			http.Error(w, "not found", http.StatusNotFound)
			return
		}
	}
	if r.URL.Query().Get("format") == "raw" {
		b, err := g.src.GetBlock(ctx, c)
		if err != nil {
			http.Error(w, "not found", http.StatusNotFound)
			return
		}
		data := bytes.Clone(b.RawData())
		if mode == "tamper-raw" {
			data[0] ^= 1
		}
		w.Header().Set("Content-Type", "application/vnd.ipld.raw")
		_, _ = w.Write(data)
		return
	}
	var car bytes.Buffer
	switch mode {
	case "dups-n":
		require.NoError(g.t, g.src.ExportCAR(ctx, &car, c))
		w.Header().Set("Content-Type", "application/vnd.ipld.car; version=1; order=dfs; dups=n")
	case "wrong":
		other := NewMemory()
		oc, err := other.Put(ctx, newGen(99, 3*ChunkSize))
		require.NoError(g.t, err)
		require.NoError(g.t, writeCARWithDups(ctx, &car, oc, other))
		w.Header().Set("Content-Type", "application/vnd.ipld.car; version=1; order=dfs; dups=y")
	default:
		require.NoError(g.t, writeCARWithDups(ctx, &car, c, g.src))
		w.Header().Set("Content-Type", "application/vnd.ipld.car; version=1; order=dfs; dups=y")
	}
	body := car.Bytes()
	switch mode {
	case "tamper":
		body[len(body)-100] ^= 0x55 // inside the last leaf's data
	case "truncate":
		body = body[:len(body)/2]
	case "stall-body":
		_, _ = w.Write(body[:len(body)/2])
		w.(http.Flusher).Flush()
		select {
		case <-time.After(3 * time.Second):
		case <-ctx.Done():
		}
		return
	}
	_, _ = w.Write(body)
}

func fastHTTP() HTTPOptions {
	return HTTPOptions{Retry: retry.Policy{MaxAttempts: 4, MinBackoff: 5 * time.Millisecond, MaxBackoff: 20 * time.Millisecond,
		AttemptTimeout: 200 * time.Millisecond}, StallTimeout: 200 * time.Millisecond}
}

func TestGatewayVerifiedReads(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	src := NewMemory()
	defer src.Close()
	// Random chunks, then zero chunks that repeat the same leaf.
	data := append(genBytes(5, 3*ChunkSize+100), make([]byte, 3*ChunkSize)...)
	c, err := src.Put(ctx, bytes.NewReader(data))
	require.NoError(t, err)
	fg := newFakeGateway(t, src)
	gw, err := NewGateway(fg.srv.URL, fastHTTP())
	require.NoError(t, err)
	want := sha256.Sum256(data)

	read := func() ([]byte, error) {
		rc, err := gw.Get(ctx, c)
		if err != nil {
			return nil, err
		}
		defer rc.Close()
		return io.ReadAll(rc)
	}
	integrity := func(t *testing.T, err error) {
		t.Helper()
		require.Error(t, err)
		assert.ErrorIs(t, err, ErrIntegrity)
		var ie *IntegrityError
		require.ErrorAs(t, err, &ie)
		assert.True(t, ie.CID.Defined())
		assert.Contains(t, err.Error(), "retry later or read from another")
	}

	t.Run("ok", func(t *testing.T) {
		fg.mode.Store("ok")
		got, err := read()
		require.NoError(t, err)
		assert.Equal(t, want, sha256.Sum256(got))
	})
	t.Run("dups-n falls back to raw blocks", func(t *testing.T) {
		fg.mode.Store("dups-n")
		got, err := read()
		require.NoError(t, err)
		assert.Equal(t, want, sha256.Sum256(got))
	})
	t.Run("tampered block", func(t *testing.T) {
		fg.mode.Store("tamper")
		got, err := read()
		integrity(t, err)
		assert.Less(t, len(got), len(data), "no data past the bad block")
		assert.Equal(t, data[:len(got)], got, "what came before was verified")
	})
	t.Run("truncated", func(t *testing.T) {
		fg.mode.Store("truncate")
		_, err := read()
		integrity(t, err)
		assert.Contains(t, err.Error(), "truncated")
	})
	t.Run("wrong content", func(t *testing.T) {
		fg.mode.Store("wrong")
		_, err := read()
		integrity(t, err)
	})
	t.Run("not a trustless response", func(t *testing.T) {
		fg.mode.Store("html")
		_, err := read()
		integrity(t, err)
	})
	t.Run("tampered raw block", func(t *testing.T) {
		fg.mode.Store("tamper-raw")
		_, err := gw.GetBlock(ctx, c)
		integrity(t, err)
	})
	t.Run("5xx storm", func(t *testing.T) {
		fg.mode.Store("5xx")
		fg.requests.Store(0)
		_, err := read()
		var he *HTTPError
		require.ErrorAs(t, err, &he)
		assert.Equal(t, http.StatusServiceUnavailable, he.StatusCode)
		assert.Equal(t, 4, he.Attempts)
		assert.EqualValues(t, 4, fg.requests.Load(), "MaxAttempts attempts")
		assert.Contains(t, err.Error(), "retry later or use another endpoint")
	})
	t.Run("5xx then recovery", func(t *testing.T) {
		fg.mode.Store("5xx-then-ok")
		fg.requests.Store(0)
		got, err := read()
		require.NoError(t, err)
		assert.Equal(t, want, sha256.Sum256(got))
		assert.EqualValues(t, 4, fg.requests.Load())
	})
	t.Run("slow headers", func(t *testing.T) {
		fg.mode.Store("slow-headers")
		fg.requests.Store(0)
		start := time.Now()
		_, err := read()
		var he *HTTPError
		require.ErrorAs(t, err, &he)
		assert.Equal(t, 0, he.StatusCode)
		assert.EqualValues(t, 4, fg.requests.Load())
		assert.Less(t, time.Since(start), 2*time.Second, "header timeout, not the server's 2 s")
	})
	t.Run("stalled body", func(t *testing.T) {
		fg.mode.Store("stall-body")
		start := time.Now()
		_, err := read()
		integrity(t, err)
		assert.True(t, errors.Is(err, ErrIntegrity))
		assert.Contains(t, err.Error(), "stalled")
		assert.Less(t, time.Since(start), 2*time.Second)
	})
	t.Run("not found", func(t *testing.T) {
		fg.mode.Store("ok")
		missing, err := HashOnly(ctx, strings.NewReader("absent"))
		require.NoError(t, err)
		_, err = gw.Get(ctx, missing)
		assert.ErrorIs(t, err, ErrNotFound)
	})
	t.Run("cancelled", func(t *testing.T) {
		fg.mode.Store("slow-headers")
		cctx, ccancel := context.WithTimeout(ctx, 50*time.Millisecond)
		defer ccancel()
		_, err := gw.Get(cctx, c)
		assert.ErrorIs(t, err, context.DeadlineExceeded)
	})
}
