package storage

import (
	"bytes"
	"context"
	"crypto/sha256"
	"io"
	"os"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/retry"
)

func readAllClose(t testing.TB, rc io.ReadCloser, err error) []byte {
	t.Helper()
	require.NoError(t, err)
	defer rc.Close()
	b, err := io.ReadAll(rc)
	require.NoError(t, err)
	return b
}

// TestKuboBackend replicates DAGs from the embedded store into a real
// offline Kubo daemon and reads them back through its RPC API and its
// gateway, verified.
func TestKuboBackend(t *testing.T) {
	d := startKubo(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	fast := HTTPOptions{Retry: retry.Policy{MinBackoff: 10 * time.Millisecond, MaxBackoff: 50 * time.Millisecond}}
	kubo, err := NewKubo(d.api, KuboOptions{HTTPOptions: fast})
	require.NoError(t, err)
	gw, err := NewGateway(d.gateway, fast)
	require.NoError(t, err)
	local := NewMemory()
	defer local.Close()

	cases := []struct {
		name       string
		seed, size uint64
	}{
		{"empty", 1, 0},
		{"small", 1, 1000},
		{"two-chunks", 1, ChunkSize + 1},
		{"zeros-with-duplicate-leaves", 0, 3*ChunkSize + 7},
		{"two-levels", 2, MaxLinks*ChunkSize + 3*ChunkSize},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data := genBytes(tc.seed, tc.size)
			c, err := local.Put(ctx, bytes.NewReader(data))
			require.NoError(t, err)

			// Same CID as Kubo's own add.
			path := writeGen(t, t.TempDir(), tc.seed, tc.size)
			assert.Equal(t, kuboHash(t, d.bin, d.repo, path), c.String())

			has, err := kubo.Has(ctx, c)
			require.NoError(t, err)
			assert.False(t, has, "not yet replicated")
			pinned, err := kubo.IsPinned(ctx, c)
			require.NoError(t, err)
			assert.False(t, pinned)

			require.NoError(t, kubo.Replicate(ctx, c, local))
			pinned, err = kubo.IsPinned(ctx, c)
			require.NoError(t, err)
			assert.True(t, pinned)
			has, err = kubo.Has(ctx, c)
			require.NoError(t, err)
			assert.True(t, has)
			require.NoError(t, kubo.Replicate(ctx, c, local), "second replicate is a no-op")
			require.NoError(t, kubo.Pin(ctx, c))

			rc, err := kubo.Get(ctx, c)
			assert.Equal(t, sha256.Sum256(data), sha256.Sum256(readAllClose(t, rc, err)), "kubo dag/export read")
			rc, err = gw.Get(ctx, c)
			assert.Equal(t, sha256.Sum256(data), sha256.Sum256(readAllClose(t, rc, err)), "kubo gateway read")

			// Our CAR export is byte-identical to `ipfs dag export`.
			var ours bytes.Buffer
			require.NoError(t, local.ExportCAR(ctx, &ours, c))
			out, err := kuboCmd(ctx, d.bin, d.repo, "dag", "export", "--progress=false", c.String()).Output()
			require.NoError(t, err)
			assert.Equal(t, sha256.Sum256(out), sha256.Sum256(ours.Bytes()), "CAR export matches ipfs dag export")
		})
	}

	t.Run("missing", func(t *testing.T) {
		c, err := HashOnly(ctx, bytes.NewReader([]byte("never added")))
		require.NoError(t, err)
		_, err = kubo.Get(ctx, c)
		assert.ErrorIs(t, err, ErrNotFound)
		_, err = kubo.GetBlock(ctx, c)
		assert.ErrorIs(t, err, ErrNotFound)
		has, err := kubo.Has(ctx, c)
		require.NoError(t, err)
		assert.False(t, has)
	})

	t.Run("import-car-file", func(t *testing.T) {
		other := NewMemory()
		defer other.Close()
		c, err := other.Put(ctx, newGen(9, 2*ChunkSize))
		require.NoError(t, err)
		f, err := os.CreateTemp(t.TempDir(), "x.car")
		require.NoError(t, err)
		require.NoError(t, other.ExportCAR(ctx, f, c))
		require.NoError(t, f.Close())
		roots, err := kubo.ImportCAR(ctx, func() (io.Reader, error) { return os.Open(f.Name()) }, true)
		require.NoError(t, err)
		assert.Equal(t, []cid.Cid{c}, roots)
		pinned, err := kubo.IsPinned(ctx, c)
		require.NoError(t, err)
		assert.True(t, pinned)
	})
}
