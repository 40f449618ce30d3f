package storage

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/agijobs/agijobs-go/internal/testenv"
	"github.com/stretchr/testify/require"
)

// genReader is the deterministic content of the CID vectors: a splitmix64
// stream (little-endian 64-bit words) from seed, or zero bytes when seed is 0.
type genReader struct {
	state, left uint64
	zeros       bool
	word        [8]byte
	off         int
}

func newGen(seed, size uint64) *genReader {
	return &genReader{state: seed, left: size, zeros: seed == 0, off: 8}
}

func (g *genReader) Read(p []byte) (int, error) {
	if g.left == 0 {
		return 0, io.EOF
	}
	if uint64(len(p)) > g.left {
		p = p[:g.left]
	}
	if g.zeros {
		clear(p)
		g.left -= uint64(len(p))
		return len(p), nil
	}
	n := 0
	for n < len(p) {
		if g.off == 8 {
			g.state += 0x9e3779b97f4a7c15
			z := g.state
			z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
			z = (z ^ (z >> 27)) * 0x94d049bb133111eb
			z ^= z >> 31
			binary.LittleEndian.PutUint64(g.word[:], z)
			g.off = 0
		}
		k := copy(p[n:], g.word[g.off:])
		g.off += k
		n += k
	}
	g.left -= uint64(n)
	return n, nil
}

func genBytes(seed, size uint64) []byte {
	b, err := io.ReadAll(newGen(seed, size))
	if err != nil {
		panic(err)
	}
	return b
}

// writeGen writes generated content to a file in dir and returns its path.
func writeGen(t testing.TB, dir string, seed, size uint64) string {
	t.Helper()
	p := filepath.Join(dir, "gen.bin")
	f, err := os.Create(p)
	require.NoError(t, err)
	w := bufio.NewWriterSize(f, 1<<20)
	_, err = io.Copy(w, newGen(seed, size))
	require.NoError(t, err)
	require.NoError(t, w.Flush())
	require.NoError(t, f.Close())
	return p
}

// kuboRepo makes an offline Kubo repository (profile "test": loopback
// addresses on port 0, no bootstrap) and returns the binary and IPFS_PATH.
func kuboRepo(t testing.TB) (bin, repo string) {
	t.Helper()
	bin = testenv.Kubo(t)
	repo = t.TempDir()
	out, err := kuboCmd(context.Background(), bin, repo, "init", "--profile", "test").CombinedOutput()
	require.NoError(t, err, "ipfs init: %s", out)
	return bin, repo
}

func kuboCmd(ctx context.Context, bin, repo string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(os.Environ(), "IPFS_PATH="+repo)
	return cmd
}

// kuboHash runs `ipfs add --only-hash --cid-version=1 -Q` on a file.
func kuboHash(t testing.TB, bin, repo, path string) string {
	t.Helper()
	out, err := kuboCmd(context.Background(), bin, repo, "add", "--only-hash", "--cid-version=1", "-Q", path).CombinedOutput()
	require.NoError(t, err, "ipfs add: %s", out)
	return strings.TrimSpace(string(out))
}

// kuboDaemon is a running offline Kubo daemon.
type kuboDaemon struct {
	bin, repo string
	api       string // http://127.0.0.1:PORT
	gateway   string // http://127.0.0.1:PORT
}

// lockedBuffer is a bytes.Buffer safe for a writer and a reader at once.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// startKubo starts `ipfs daemon --offline` on loopback and stops it when the
// test ends.
func startKubo(t testing.TB) *kuboDaemon {
	t.Helper()
	bin, repo := kuboRepo(t)
	ctx, cancel := context.WithCancel(context.Background())
	cmd := kuboCmd(ctx, bin, repo, "daemon", "--offline")
	var out lockedBuffer
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.WaitDelay = 10 * time.Second
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			cancel()
			<-done
		}
		cancel()
	})
	d := &kuboDaemon{bin: bin, repo: repo}
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		api, err1 := os.ReadFile(filepath.Join(repo, "api"))
		gw, err2 := os.ReadFile(filepath.Join(repo, "gateway"))
		if err1 == nil && err2 == nil && strings.Contains(out.String(), "Daemon is ready") {
			// api holds a multiaddr: /ip4/127.0.0.1/tcp/PORT
			parts := strings.Split(strings.TrimSpace(string(api)), "/")
			require.Len(t, parts, 5, "api file %q", api)
			require.Equal(t, "127.0.0.1", parts[2])
			d.api = "http://127.0.0.1:" + parts[4]
			d.gateway = strings.TrimSpace(string(gw))
			u, err := url.Parse(d.gateway)
			require.NoError(t, err)
			require.Equal(t, "127.0.0.1", u.Hostname())
			return d
		}
		if cmd.ProcessState != nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("kubo daemon did not become ready: %s", out.String())
	return nil
}

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }
