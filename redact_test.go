package agijobs_test

import (
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/retry"
)

// API keys as hosted nodes take them: in the path, the query and user
// information.
const (
	hexKey   = "9aa3d95b3bc440fa88ea12eaa4456161" // /v3/<32 hex digits>
	alnumKey = "Xk3pQ9mZrT2vLw8BnYc4Hd7s"         // /v2/<letters and digits>
	queryKey = "q5ecr3tq"
	password = "pr0jectpa55"
)

func keyedURL(scheme, host string) string {
	return scheme + "://projectid:" + password + "@" + host + "/v3/" + hexKey + "/v2/" + alnumKey + "?apikey=" + queryKey + "&key=" + queryKey
}

func requireMasked(t *testing.T, err error) {
	t.Helper()
	require.Error(t, err)
	for _, secret := range []string{hexKey, alnumKey, queryKey, password, "projectid"} {
		require.NotContains(t, err.Error(), secret)
	}
	require.Contains(t, err.Error(), "/v3/REDACTED/v2/REDACTED?apikey=REDACTED&key=REDACTED", "the endpoint stays recognisable")
}

// TestDialErrorsMaskKeys: agijobs.Dial never returns the keys of
// Config.RPCURL, whether the URL is invalid or the node cannot be reached.
func TestDialErrorsMaskKeys(t *testing.T) {
	for name, raw := range map[string]string{
		"bad port":   keyedURL("http", "127.0.0.1:x"),
		"bad scheme": keyedURL("ftp", "node.example"),
		"refused":    keyedURL("http", "127.0.0.1:1"),
		"ws refused": keyedURL("ws", "127.0.0.1:1"),
	} {
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
			defer cancel()
			_, err := agijobs.Dial(ctx, agijobs.Config{RPCURL: raw})
			requireMasked(t, err)
		})
	}
}

// TestNewErrorsMaskKeys: a node that answers the chain id and then fails
// makes New fail with the URL masked (the backend's errors quote it).
func TestNewErrorsMaskKeys(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
		}
		_ = json.Unmarshal(body, &req)
		if req.Method != "eth_chainId" {
			// Drop the connection: net/http reports it with the URL.
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":` + string(req.ID) + `,"result":"0x7a69"}`))
	}))
	defer srv.Close()
	ctx := context.Background()
	conn, err := chain.Dial(ctx, keyedURL("http", strings.TrimPrefix(srv.URL, "http://")),
		chain.DialOptions{Retry: retry.Policy{MaxAttempts: 2, MinBackoff: time.Millisecond, MaxBackoff: time.Millisecond}})
	require.NoError(t, err)
	defer conn.Close()
	var a agijobs.Addresses
	v := reflect.ValueOf(&a).Elem()
	for i := range v.NumField() {
		v.Field(i).Set(reflect.ValueOf(common.BigToAddress(big.NewInt(int64(i + 1)))))
	}
	_, err = agijobs.New(ctx, agijobs.Options{Backend: conn, Addresses: &a})
	requireMasked(t, err)
	require.ErrorIs(t, err, chain.ErrTransport)
}
