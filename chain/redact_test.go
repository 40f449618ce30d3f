package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/retry"
)

// Secrets as hosted nodes take them: a key in the path (Infura's 32 hex
// digits, Alchemy's letters and digits), in the query, in user information.
const (
	testAPIKey   = "9aa3d95b3bc440fa88ea12eaa4456161"
	testAlnumKey = "Xk3pQ9mZrT2vLw8BnYc4Hd7s"
	testQueryKey = "q5ecr3tq"
	testUser     = "projectid"
	testPassword = "pr0jectpa55"
)

// secretURL puts every kind of secret into a URL on host.
func secretURL(scheme, host string) string {
	return scheme + "://" + testUser + ":" + testPassword + "@" + host + "/v3/" + testAPIKey + "/" + testAlnumKey + "?apikey=" + testQueryKey
}

func requireMasked(t *testing.T, s string) {
	t.Helper()
	for _, secret := range []string{testAPIKey, testAlnumKey, testQueryKey, testUser, testPassword} {
		require.NotContains(t, s, secret)
	}
}

// TestDialErrorsMaskSecrets: what Dial and later calls return never holds
// the keys of the URL, whatever the failure; it still names the endpoint.
func TestDialErrorsMaskSecrets(t *testing.T) {
	ctx := context.Background()
	fast := DialOptions{Retry: retry.Policy{MaxAttempts: 2, MinBackoff: time.Millisecond, MaxBackoff: time.Millisecond}}
	failing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusBadGateway)
	}))
	defer failing.Close()
	for name, raw := range map[string]string{
		"refused":      secretURL("http", "127.0.0.1:1"),
		"http 502":     secretURL("http", strings.TrimPrefix(failing.URL, "http://")),
		"ws refused":   secretURL("ws", "127.0.0.1:1"),
		"bad port":     secretURL("https", "127.0.0.1:x"),
		"bad scheme":   secretURL("ftp", "node.example"),
		"unknown host": secretURL("https", "node.invalid"),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Dial(ctx, raw, fast)
			require.Error(t, err)
			requireMasked(t, err.Error())
			require.Contains(t, err.Error(), "/v3/REDACTED/REDACTED?apikey=REDACTED", "the masked URL says which endpoint failed")
		})
	}
}

// TestDialSendsTheRealURL: the node gets the key in the path and query and
// the basic-auth credentials, while the errors of calls on the connection
// (after the node went away) and the retry logs mask them.
func TestDialSendsTheRealURL(t *testing.T) {
	ctx := context.Background()
	var (
		mu   sync.Mutex
		seen []string
		fail bool
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, pass, _ := r.BasicAuth()
		mu.Lock()
		seen = append(seen, r.URL.RequestURI()+" "+user+":"+pass)
		f := fail
		mu.Unlock()
		if f {
			// Some gateways echo the request in their error pages.
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte("no upstream for " + r.URL.RequestURI() + " (" + user + ")"))
			return
		}
		var req struct {
			ID json.RawMessage `json:"id"`
		}
		body, _ := io.ReadAll(r.Body)
		_ = json.Unmarshal(body, &req)
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":` + string(req.ID) + `,"result":"0x7a69"}`))
	}))
	defer srv.Close()

	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	conn, err := Dial(ctx, secretURL("http", strings.TrimPrefix(srv.URL, "http://")), DialOptions{
		ChainID: 31337, Logger: log,
		Retry: retry.Policy{MaxAttempts: 3, MinBackoff: time.Millisecond, MaxBackoff: time.Millisecond},
	})
	require.NoError(t, err)
	defer conn.Close()
	mu.Lock()
	require.Equal(t, "/v3/"+testAPIKey+"/"+testAlnumKey+"?apikey="+testQueryKey+" "+testUser+":"+testPassword, seen[0])
	fail = true
	mu.Unlock()

	_, err = conn.BlockNumber(ctx) // answered 503 after retries
	require.ErrorContains(t, err, "no upstream for /v3/REDACTED/REDACTED?apikey=REDACTED (REDACTED)")
	requireMasked(t, err.Error())
	srv.Close()
	_, err = conn.BlockNumber(ctx) // refused: net/http quotes the URL
	require.ErrorIs(t, err, ErrTransport)
	requireMasked(t, err.Error())
	require.Contains(t, err.Error(), "/v3/REDACTED/REDACTED?apikey=REDACTED")

	err = conn.RPC().BatchCallContext(ctx, []rpc.BatchElem{{Method: "eth_blockNumber", Result: new(string)}})
	require.Error(t, err)
	requireMasked(t, err.Error())
	require.Contains(t, logs.String(), "retrying")
	requireMasked(t, logs.String())
}
