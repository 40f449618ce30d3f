package storage

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/retry"
)

// TestGatewayRetryPolicy: the gateway client applies the SDK's retry
// policy: MaxAttempts bounds the requests of one read, AttemptTimeout cuts
// an attempt whose headers do not come, Budget ends the call's retries,
// and a 4xx is an answer sent once.
func TestGatewayRetryPolicy(t *testing.T) {
	ctx := context.Background()
	c, err := cid.Decode("bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy")
	require.NoError(t, err)
	var requests atomic.Int64
	var mode atomic.Int64 // 0: 503, 1: hang, 2: 404
	stop := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		switch mode.Load() {
		case 0:
			w.WriteHeader(http.StatusServiceUnavailable)
		case 1:
			select {
			case <-r.Context().Done():
			case <-stop:
			}
		case 2:
			w.WriteHeader(http.StatusNotFound)
		}
	}))
	defer srv.Close()
	defer close(stop)
	gw := func(p retry.Policy) *Gateway {
		g, err := NewGateway(srv.URL, HTTPOptions{Retry: p})
		require.NoError(t, err)
		return g
	}
	read := func(g *Gateway) (*HTTPError, int64, time.Duration) {
		requests.Store(0)
		start := time.Now()
		_, err := g.GetBlock(ctx, c)
		var he *HTTPError
		require.ErrorAs(t, err, &he)
		return he, requests.Load(), time.Since(start)
	}

	he, n, _ := read(gw(retry.Policy{MaxAttempts: 3, MinBackoff: time.Millisecond}))
	require.Equal(t, int64(3), n)
	require.Equal(t, 3, he.Attempts)
	require.Equal(t, http.StatusServiceUnavailable, he.StatusCode)

	he, n, took := read(gw(retry.Policy{MaxAttempts: 1000, MinBackoff: 20 * time.Millisecond, MaxBackoff: 40 * time.Millisecond, Budget: 300 * time.Millisecond}))
	require.Less(t, took, 2*time.Second, "the budget was passed (1000 attempts would take 20s or more)")
	require.Greater(t, n, int64(2))
	require.Less(t, n, int64(1000))
	// The budget may cut the last attempt after it started and before
	// the server saw it.
	require.Contains(t, []int{int(n), int(n) + 1}, he.Attempts)
	require.ErrorContains(t, he, "Budget (300ms) was spent")

	mode.Store(1)
	he, n, took = read(gw(retry.Policy{MaxAttempts: 3, MinBackoff: time.Millisecond, AttemptTimeout: 100 * time.Millisecond}))
	require.Equal(t, int64(3), n)
	require.Equal(t, 3, he.Attempts)
	require.ErrorContains(t, he, "no response headers within 100ms")
	require.Less(t, took, 2*time.Second)
	require.False(t, errors.Is(he, context.DeadlineExceeded))

	mode.Store(2)
	he, n, _ = read(gw(retry.Policy{MaxAttempts: 3, MinBackoff: time.Millisecond}))
	require.Equal(t, int64(1), n)
	require.Equal(t, http.StatusNotFound, he.StatusCode)

	_, err = NewGateway(srv.URL, HTTPOptions{Retry: retry.Policy{MaxAttempts: -2}})
	require.ErrorIs(t, err, input.ErrInvalid)
	require.ErrorContains(t, err, "storage.HTTPOptions.Retry.MaxAttempts")
}
