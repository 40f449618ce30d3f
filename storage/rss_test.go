package storage

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"
	"github.com/stretchr/testify/require"
)

// TestPeakRSS measures the peak resident memory of adding a large file to
// the on-disk embedded store and of reading it back (from the store, and
// from a CAR stream through the verifying reader used for gateways), each in
// a child process. It runs only with AGIJOBS_RSS=1; AGIJOBS_RSS_SIZE sets the
// size in bytes (default 1 GiB).
func TestPeakRSS(t *testing.T) {
	if os.Getenv("AGIJOBS_RSS") != "1" {
		t.Skip("set AGIJOBS_RSS=1 to measure peak RSS of a 1 GiB add and read (takes about a minute)")
	}
	size := uint64(1 << 30)
	if s := os.Getenv("AGIJOBS_RSS_SIZE"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		require.NoError(t, err)
		size = n
	}
	dir := t.TempDir()
	h := sha256.New()
	_, err := io.Copy(h, newGen(1, size))
	require.NoError(t, err)
	want := hex.EncodeToString(h.Sum(nil))

	child := func(op string, extra ...string) (string, int64, time.Duration) {
		cmd := exec.Command(os.Args[0], "-test.run=^TestRSSChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), "AGIJOBS_RSS_CHILD="+op, "AGIJOBS_RSS_DIR="+dir,
			fmt.Sprint("AGIJOBS_RSS_SIZE=", size), "AGIJOBS_RSS_ARG="+strings.Join(extra, ","))
		start := time.Now()
		out, err := cmd.CombinedOutput()
		took := time.Since(start)
		require.NoError(t, err, "%s", out)
		ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
		var result string
		for _, line := range strings.Split(string(out), "\n") {
			if v, ok := strings.CutPrefix(line, "RESULT "); ok {
				result = v
			}
		}
		return result, ru.Maxrss << 10, took
	}
	mib := func(b int64) float64 { return float64(b) / (1 << 20) }
	_, base, _ := child("noop")
	root, addRSS, addT := child("add")
	sum, readRSS, readT := child("read", root)
	require.Equal(t, want, sum, "read back what was added")
	carSum, carRSS, carT := child("car-read", root)
	require.Equal(t, want, carSum)
	_, hashRSS, hashT := child("hash")
	t.Logf("size %d MiB, CID %s", size>>20, root)
	t.Logf("peak RSS: baseline %.0f MiB | add to on-disk store %.0f MiB (%.1fs) | read from store %.0f MiB (%.1fs) | verified read of a CAR stream %.0f MiB (%.1fs incl. export) | hash only %.0f MiB (%.1fs)",
		mib(base), mib(addRSS), addT.Seconds(), mib(readRSS), readT.Seconds(), mib(carRSS), carT.Seconds(), mib(hashRSS), hashT.Seconds())
	for _, rss := range []int64{addRSS, readRSS, carRSS, hashRSS} {
		require.Less(t, rss, base+256<<20, "memory must stay bounded, independent of the file size")
	}
}

// TestRSSChild is the child process of TestPeakRSS.
func TestRSSChild(t *testing.T) {
	op := os.Getenv("AGIJOBS_RSS_CHILD")
	if op == "" {
		t.Skip("child process of TestPeakRSS")
	}
	ctx := context.Background()
	size, err := strconv.ParseUint(os.Getenv("AGIJOBS_RSS_SIZE"), 10, 64)
	require.NoError(t, err)
	dir := os.Getenv("AGIJOBS_RSS_DIR")
	storeDir := filepath.Join(dir, "store")
	switch op {
	case "noop":
		fmt.Println("RESULT ok")
	case "hash":
		c, err := HashOnly(ctx, newGen(1, size))
		require.NoError(t, err)
		fmt.Println("RESULT", c)
	case "add":
		s, err := OpenEmbedded(ctx, EmbeddedOptions{Dir: storeDir})
		require.NoError(t, err)
		c, err := s.Put(ctx, newGen(1, size))
		require.NoError(t, err)
		require.NoError(t, s.Close())
		fmt.Println("RESULT", c)
	case "read":
		s, err := OpenEmbedded(ctx, EmbeddedOptions{Dir: storeDir})
		require.NoError(t, err)
		c, err := cid.Decode(os.Getenv("AGIJOBS_RSS_ARG"))
		require.NoError(t, err)
		rc, err := s.Get(ctx, c)
		require.NoError(t, err)
		h := sha256.New()
		_, err = io.Copy(h, rc)
		require.NoError(t, err)
		require.NoError(t, rc.Close())
		require.NoError(t, s.Close())
		fmt.Println("RESULT", hex.EncodeToString(h.Sum(nil)))
	case "car-read":
		s, err := OpenEmbedded(ctx, EmbeddedOptions{Dir: storeDir})
		require.NoError(t, err)
		c, err := cid.Decode(os.Getenv("AGIJOBS_RSS_ARG"))
		require.NoError(t, err)
		carPath := filepath.Join(dir, "dag.car")
		f, err := os.Create(carPath)
		require.NoError(t, err)
		w := bufio.NewWriterSize(f, 1<<20)
		require.NoError(t, s.ExportCAR(ctx, w, c))
		require.NoError(t, w.Flush())
		require.NoError(t, f.Close())
		require.NoError(t, s.Close())
		f, err = os.Open(carPath)
		require.NoError(t, err)
		br, err := carv2.NewBlockReader(bufio.NewReaderSize(f, 1<<20), carReadOptions()...)
		require.NoError(t, err)
		rc, err := newFileReader(ctx, c, fileReaderConfig{source: "car file", stream: br, body: f})
		require.NoError(t, err)
		h := sha256.New()
		_, err = io.Copy(h, rc)
		require.NoError(t, err)
		require.NoError(t, rc.Close())
		fmt.Println("RESULT", hex.EncodeToString(h.Sum(nil)))
	}
}
