package storage

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestKuboErrorsWithoutKubo checks, against a fake RPC server, that Kubo
// command errors (HTTP 500 with a JSON body) are not retried while proxy
// failures are, and that the Authorization header is sent.
func TestKuboErrorsWithoutKubo(t *testing.T) {
	var calls atomic.Int32
	var mode atomic.Value
	mode.Store("json")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		if r.Method != http.MethodPost || r.Header.Get("Authorization") != "Bearer k" {
			w.WriteHeader(http.StatusForbidden)
			return
		}
		if mode.Load() == "json" {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusInternalServerError)
			_, _ = w.Write([]byte(`{"Message":"block was not found locally (offline): ipld: could not find x","Code":0,"Type":"error"}`))
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusBadGateway)
	}))
	defer srv.Close()
	k, err := NewKubo(srv.URL, KuboOptions{HTTPOptions: fastHTTP(), Authorization: "Bearer k"})
	require.NoError(t, err)
	ctx := context.Background()
	c, err := HashOnly(ctx, strings.NewReader("x"))
	require.NoError(t, err)

	has, err := k.Has(ctx, c)
	require.NoError(t, err)
	assert.False(t, has)
	_, err = k.GetBlock(ctx, c)
	assert.ErrorIs(t, err, ErrNotFound)
	assert.EqualValues(t, 2, calls.Load(), "command errors are answers, not retried")

	mode.Store("proxy")
	calls.Store(0)
	_, err = k.GetBlock(ctx, c)
	var he *HTTPError
	require.ErrorAs(t, err, &he)
	assert.Equal(t, http.StatusBadGateway, he.StatusCode)
	assert.EqualValues(t, 4, calls.Load(), "proxy failures are retried")

	_, err = NewKubo("127.0.0.1:5001", KuboOptions{})
	assert.Error(t, err, "scheme required")
}
