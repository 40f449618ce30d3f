package main

import (
	"context"
	"encoding/json"
	"io"
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/index"
)

// demoJobs is how many jobs the tests' demo employer posts: one round of
// the catalogue, whose fates are known.
const demoJobs = 8

// finalStates are the states the demo leaves its jobs in, by id.
var finalStates = map[int64]escrow.State{
	1: escrow.StateFinalized, 2: escrow.StateCancelled, 3: escrow.StateCreated, 4: escrow.StateFinalized,
	5: escrow.StateFinalized, 6: escrow.StateCreated, 7: escrow.StateFinalized, 8: escrow.StateCancelled,
}

// syncBuffer is an io.Writer the command writes while the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

var (
	listeningRe = regexp.MustCompile(`listening on (http://127\.0\.0\.1:\d+)/`)
	indexRe     = regexp.MustCompile(`index in (\S+)`)
)

// startBoard runs the command with -addr 127.0.0.1:0 and args until the
// test ends, and returns the URL it printed (without the final slash).
// At the end it checks that the command stopped cleanly and removed the
// temporary index it made.
func startBoard(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr syncBuffer
	done := make(chan int, 1)
	go func() { done <- run(ctx, append([]string{"-addr", "127.0.0.1:0"}, args...), &stdout, &stderr) }()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("jobboard exited %d\nstdout:\n%s\nstderr:\n%s", code, stdout.String(), stderr.String())
			}
		case <-time.After(30 * time.Second):
			t.Errorf("jobboard did not stop within 30s of its context's end")
			return
		}
		if m := indexRe.FindStringSubmatch(stdout.String()); m != nil {
			_, err := os.Stat(filepath.Dir(m[1]))
			require.True(t, os.IsNotExist(err), "the temporary index directory %s is left behind", filepath.Dir(m[1]))
		}
	})
	deadline := time.After(2 * time.Minute)
	for {
		if m := listeningRe.FindStringSubmatch(stdout.String()); m != nil {
			return m[1]
		}
		select {
		case code := <-done:
			done <- code
			t.Fatalf("jobboard exited %d before listening\nstdout:\n%s\nstderr:\n%s", code, stdout.String(), stderr.String())
		case <-deadline:
			t.Fatalf("jobboard printed no URL within 2 minutes\nstdout:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// get fetches url and returns the status and the body.
func get(t *testing.T, url string) (int, []byte) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	require.NoError(t, err)
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res.StatusCode, body
}

// getJSON fetches url, requires status 200 and decodes the body into v.
func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	code, body := get(t, url)
	require.Equal(t, http.StatusOK, code, "GET %s: %s", url, body)
	require.NoError(t, json.Unmarshal(body, v), "GET %s: %s", url, body)
}

// waitSettled waits until the demo employer has posted its jobs and
// finished moving them, and returns them oldest first.
func waitSettled(t *testing.T, base string) []index.Job {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for {
		var page index.JobPage
		getJSON(t, base+"/api/jobs?order=oldest", &page)
		states := map[int64]escrow.State{}
		for _, j := range page.Jobs {
			states[j.ID.Int64()] = j.State
		}
		if maps.Equal(states, finalStates) {
			return page.Jobs
		}
		if time.Now().After(deadline) {
			t.Fatalf("the demo's jobs did not reach %v within 90s; the index holds %v", finalStates, states)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
