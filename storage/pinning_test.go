package storage

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/wait"
)

// fakePinService implements the Pinning Service API in memory.
type fakePinService struct {
	mu        sync.Mutex
	pins      map[string]*PinStatus
	next      int
	posts     atomic.Int32
	failPosts atomic.Int32 // answer this many POSTs with 500 after creating the pin
	pinAfter  int          // status polls before a pin becomes pinned
	polls     map[string]int
	fail      bool
}

func newFakePinService(t *testing.T) (*fakePinService, *httptest.Server) {
	f := &fakePinService{pins: map[string]*PinStatus{}, polls: map[string]int{}}
	srv := httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(srv.Close)
	return f, srv
}

func (f *fakePinService) serve(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") != "Bearer secret" {
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = fmt.Fprint(w, `{"error":{"reason":"UNAUTHORIZED"}}`)
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	switch {
	case r.Method == http.MethodGet && r.URL.Path == "/pins":
		cids := strings.Split(r.URL.Query().Get("cid"), ",")
		statuses := strings.Split(r.URL.Query().Get("status"), ",")
		out := struct {
			Count   int         `json:"count"`
			Results []PinStatus `json:"results"`
		}{Results: []PinStatus{}}
		for _, p := range f.pins {
			for _, c := range cids {
				for _, s := range statuses {
					if p.Pin.CID == c && p.Status == s {
						out.Results = append(out.Results, *p)
					}
				}
			}
		}
		out.Count = len(out.Results)
		_ = json.NewEncoder(w).Encode(out)
	case r.Method == http.MethodPost && r.URL.Path == "/pins":
		f.posts.Add(1)
		var req PinRequest
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		f.next++
		st := &PinStatus{RequestID: fmt.Sprint("req-", f.next), Status: PinQueued, Created: time.Now(), Pin: req}
		f.pins[st.RequestID] = st
		if f.failPosts.Load() > 0 {
			f.failPosts.Add(-1)
			w.WriteHeader(http.StatusInternalServerError) // created, but the answer is lost
			return
		}
		w.WriteHeader(http.StatusAccepted)
		_ = json.NewEncoder(w).Encode(st)
	case r.Method == http.MethodGet && strings.HasPrefix(r.URL.Path, "/pins/"):
		id := strings.TrimPrefix(r.URL.Path, "/pins/")
		st, ok := f.pins[id]
		if !ok {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		f.polls[id]++
		if f.polls[id] >= f.pinAfter {
			st.Status = PinPinned
			if f.fail {
				st.Status = PinFailed
			}
		}
		_ = json.NewEncoder(w).Encode(st)
	case r.Method == http.MethodDelete && strings.HasPrefix(r.URL.Path, "/pins/"):
		delete(f.pins, strings.TrimPrefix(r.URL.Path, "/pins/"))
		w.WriteHeader(http.StatusAccepted)
	default:
		w.WriteHeader(http.StatusNotFound)
	}
}

func TestPinningService(t *testing.T) {
	ctx := context.Background()
	f, srv := newFakePinService(t)
	f.pinAfter = 2
	ps, err := NewPinningService(srv.URL, "secret", PinningOptions{HTTPOptions: fastHTTP(), Origins: []string{"/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWAx4wMDq98qJ5MbKhJAu9KHBi1cAXimMk6p5SUTxgZ7QS"}})
	require.NoError(t, err)
	c, err := HashOnly(ctx, strings.NewReader("pin me"))
	require.NoError(t, err)

	none, err := ps.Find(ctx, c)
	require.NoError(t, err)
	assert.Nil(t, none)

	st, err := ps.Add(ctx, c, "spec")
	require.NoError(t, err)
	assert.Equal(t, PinQueued, st.Status)
	assert.Equal(t, c.String(), st.Pin.CID)
	assert.Len(t, st.Pin.Origins, 1)

	again, err := ps.Add(ctx, c, "spec")
	require.NoError(t, err)
	assert.Equal(t, st.RequestID, again.RequestID, "existing request reused")
	assert.EqualValues(t, 1, f.posts.Load())
	require.NoError(t, ps.Replicate(ctx, c, nil))
	assert.EqualValues(t, 1, f.posts.Load())

	done, err := ps.waitForPinned(ctx, c, 5*time.Second, fastWait)
	require.NoError(t, err)
	assert.Equal(t, PinPinned, done.Status)

	require.NoError(t, ps.Remove(ctx, done.RequestID))
	none, err = ps.Find(ctx, c)
	require.NoError(t, err)
	assert.Nil(t, none)

	// A POST whose answer is lost is not repeated once the pin exists.
	f.failPosts.Store(1)
	posts := f.posts.Load()
	st, err = ps.Add(ctx, c, "")
	require.NoError(t, err)
	assert.Equal(t, posts+1, f.posts.Load(), "no duplicate pin request")
	assert.Equal(t, c.String(), st.Pin.CID)

	_, err = ps.WaitForPinned(ctx, c, 0)
	var ie *input.Error
	assert.ErrorAs(t, err, &ie)

	// Timeout and failure.
	other, err := HashOnly(ctx, strings.NewReader("slow"))
	require.NoError(t, err)
	f.mu.Lock()
	f.pinAfter = 1000
	f.mu.Unlock()
	last, err := ps.waitForPinned(ctx, other, 30*time.Millisecond, fastWait)
	assert.ErrorIs(t, err, wait.ErrTimeout)
	var te *wait.TimeoutError
	require.ErrorAs(t, err, &te)
	assert.Greater(t, te.Attempts, 1)
	assert.Contains(t, te.What, other.String())
	require.NotNil(t, last)
	assert.Equal(t, PinQueued, last.Status, "the last status read comes back with the timeout")
	f.mu.Lock()
	f.pinAfter, f.fail = 0, true
	f.mu.Unlock()
	_, err = ps.waitForPinned(ctx, other, time.Second, fastWait)
	var pf *PinFailedError
	assert.ErrorAs(t, err, &pf)
	assert.NotErrorIs(t, err, wait.ErrTimeout)

	bad, err := NewPinningService(srv.URL, "wrong", PinningOptions{HTTPOptions: fastHTTP()})
	require.NoError(t, err)
	_, err = bad.Find(ctx, c)
	var he *HTTPError
	require.ErrorAs(t, err, &he)
	assert.Equal(t, http.StatusUnauthorized, he.StatusCode)
	assert.Contains(t, err.Error(), "check the access token")
	_, err = NewPinningService(srv.URL, "", PinningOptions{})
	assert.Error(t, err)
}

// fastWait polls a test service every few milliseconds.
var fastWait = wait.Backoff{MinDelay: time.Millisecond, MaxDelay: 5 * time.Millisecond}
