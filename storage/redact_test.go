package storage

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/retry"
)

// Secrets as hosted IPFS services take them: user information (Kubo APIs
// behind basic auth), a key in the path, a key in the query.
const (
	hexKey   = "9aa3d95b3bc440fa88ea12eaa4456161"
	alnumKey = "Xk3pQ9mZrT2vLw8BnYc4Hd7s"
	queryKey = "q5ecr3tq"
	password = "pr0jectpa55"
	userName = "projectid"
)

func keyedBase(scheme, host string) string {
	return scheme + "://" + userName + ":" + password + "@" + host + "/v3/" + hexKey + "/v2/" + alnumKey + "?apikey=" + queryKey
}

func requireNoKey(t *testing.T, s string) {
	t.Helper()
	for _, secret := range []string{hexKey, alnumKey, queryKey, password, userName} {
		require.NotContains(t, s, secret)
	}
}

// TestRemoteErrorsAndLogsMaskKeys: the errors of the gateway, Kubo and
// pinning clients, and their retry logs, never hold the keys of their base
// URL, whether the remote answers 503 (echoing the request in its error
// page) or cannot be reached.
func TestRemoteErrorsAndLogsMaskKeys(t *testing.T) {
	ctx := context.Background()
	c := cid.MustParse("bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy")
	echo := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = w.Write([]byte("no upstream for " + r.URL.RequestURI()))
	}))
	defer echo.Close()
	for name, host := range map[string]string{"503": strings.TrimPrefix(echo.URL, "http://"), "refused": "127.0.0.1:1"} {
		t.Run(name, func(t *testing.T) {
			var logs bytes.Buffer
			opts := HTTPOptions{Retry: retry.Policy{MaxAttempts: 2, MinBackoff: time.Millisecond, MaxBackoff: time.Millisecond},
				Logger: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))}
			base := keyedBase("http", host)
			g, err := NewGateway(base, opts)
			require.NoError(t, err)
			k, err := NewKubo(base, KuboOptions{HTTPOptions: opts})
			require.NoError(t, err)
			p, err := NewPinningService(base, "token", PinningOptions{HTTPOptions: opts})
			require.NoError(t, err)
			var errs []error
			_, err = g.Get(ctx, c)
			errs = append(errs, err)
			_, err = g.GetBlock(ctx, c)
			errs = append(errs, err)
			_, err = k.Has(ctx, c)
			errs = append(errs, err)
			errs = append(errs, k.Pin(ctx, c))
			_, err = k.ImportCAR(ctx, func() (io.Reader, error) { return strings.NewReader("x"), nil }, true)
			errs = append(errs, err)
			_, err = p.Find(ctx, c)
			errs = append(errs, err)
			for _, err := range errs {
				require.Error(t, err)
				requireNoKey(t, err.Error())
				require.Contains(t, err.Error(), "/v3/REDACTED/v2/REDACTED", "the endpoint stays recognisable")
			}
			requireNoKey(t, g.String()+k.Name()+p.Name())
			require.Contains(t, logs.String(), "retrying request")
			requireNoKey(t, logs.String())
		})
	}
}

// TestRemoteURLErrorsMaskKeys: a base URL that is refused quotes the URL
// masked.
func TestRemoteURLErrorsMaskKeys(t *testing.T) {
	for _, raw := range []string{keyedBase("http", "127.0.0.1:x"), keyedBase("ftp", "ipfs.example")} {
		_, err := NewGateway(raw, HTTPOptions{})
		requireNoKey(t, err.Error())
		_, err = NewKubo(raw, KuboOptions{})
		requireNoKey(t, err.Error())
		_, err = NewPinningService(raw, "token", PinningOptions{})
		requireNoKey(t, err.Error())
		require.Contains(t, err.Error(), "REDACTED")
	}
}
