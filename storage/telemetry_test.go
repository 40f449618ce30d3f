package storage

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/internal/oteltest"
	"github.com/agijobs/agijobs-go/telemetry"
)

func TestEmbeddedTelemetryCountsBytes(t *testing.T) {
	ctx := context.Background()
	rec := oteltest.New(t)
	e, err := OpenEmbedded(ctx, EmbeddedOptions{Telemetry: rec.Providers()})
	require.NoError(t, err)
	defer e.Close()
	data := genBytes(3, 3*ChunkSize+100)
	c, err := e.Put(ctx, bytes.NewReader(data))
	require.NoError(t, err)
	backend := telemetry.AttrStorageBackend.String("embedded")
	require.Equal(t, int64(len(data)), rec.Int(t, telemetry.StoragePutSize, backend))

	rc, err := e.Get(ctx, c)
	require.NoError(t, err)
	got, err := io.ReadAll(rc)
	require.NoError(t, err)
	require.NoError(t, rc.Close())
	require.Equal(t, data, got)
	require.Equal(t, int64(len(data)), rec.Int(t, telemetry.StorageFetchSize, backend))
	require.Equal(t, int64(0), rec.Int(t, telemetry.StorageVerifyFail))
}

func TestGatewayTelemetryCountsVerificationFailures(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	src := NewMemory()
	defer src.Close()
	data := genBytes(5, 3*ChunkSize+100)
	c, err := src.Put(ctx, bytes.NewReader(data))
	require.NoError(t, err)
	fg := newFakeGateway(t, src)
	rec := oteltest.New(t)
	opts := fastHTTP()
	opts.Telemetry = rec.Providers()
	gw, err := NewGateway(fg.srv.URL, opts)
	require.NoError(t, err)
	backend := telemetry.AttrStorageBackend.String("gateway")
	read := func() error {
		rc, err := gw.Get(ctx, c)
		if err != nil {
			return err
		}
		defer rc.Close()
		_, err = io.ReadAll(rc)
		if err != nil {
			_, _ = rc.Read(make([]byte, 1)) // the failure repeats; it counts once
		}
		return err
	}

	require.NoError(t, read())
	require.Equal(t, int64(len(data)), rec.Int(t, telemetry.StorageFetchSize, backend))
	require.Equal(t, int64(0), rec.Int(t, telemetry.StorageVerifyFail, backend))

	fg.mode.Store("tamper") // a bad block in the middle of the body
	require.ErrorIs(t, read(), ErrIntegrity)
	require.Equal(t, int64(1), rec.Int(t, telemetry.StorageVerifyFail, backend))

	fg.mode.Store("html") // not a CAR: Get itself fails
	require.ErrorIs(t, read(), ErrIntegrity)
	require.Equal(t, int64(2), rec.Int(t, telemetry.StorageVerifyFail, backend))

	fg.mode.Store("tamper-raw")
	_, err = gw.GetBlock(ctx, c)
	require.ErrorIs(t, err, ErrIntegrity)
	require.Equal(t, int64(3), rec.Int(t, telemetry.StorageVerifyFail, backend))

	fg.mode.Store("5xx") // unavailable is no verification failure
	require.Error(t, read())
	require.Equal(t, int64(3), rec.Int(t, telemetry.StorageVerifyFail, backend))
}

// TestHTTPLogsNeverShowURLKeys reads through a gateway whose URL carries an
// API key in its path, user information and the first answers fail, so
// that go-retryablehttp logs requests, failures and retries: the key
// appears in none of the records.
func TestHTTPLogsNeverShowURLKeys(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	src := NewMemory()
	defer src.Close()
	c, err := src.Put(ctx, bytes.NewReader(genBytes(7, 1000)))
	require.NoError(t, err)
	fg := newFakeGateway(t, src)
	fg.mode.Store("5xx-then-ok")
	keyed := httptest.NewServer(http.StripPrefix("/v1/"+hexKey, http.HandlerFunc(fg.serve)))
	defer keyed.Close()

	var logs bytes.Buffer
	opts := fastHTTP()
	opts.Logger = slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	u := "http://user:SECRETPASS@" + keyed.Listener.Addr().String() + "/v1/" + hexKey
	gw, err := NewGateway(u, opts)
	require.NoError(t, err)
	rc, err := gw.Get(ctx, c)
	require.NoError(t, err)
	_, err = io.ReadAll(rc)
	require.NoError(t, err)
	require.NoError(t, rc.Close())

	out := logs.String()
	require.Contains(t, out, "storage http: retrying request")
	require.Contains(t, out, "storage http: performing request")
	require.Contains(t, out, keyed.Listener.Addr().String(), "the host stays in the records")
	require.NotContains(t, out, hexKey)
	require.NotContains(t, out, "SECRETPASS")

	// A dead endpoint logs the transport error, which quotes the URL.
	logs.Reset()
	opts.Retry.MaxAttempts = 2
	dead, err := NewGateway("http://127.0.0.1:1/v1/"+hexKey, opts)
	require.NoError(t, err)
	_, err = dead.Get(ctx, c)
	require.Error(t, err)
	require.Contains(t, logs.String(), "storage http: attempt failed")
	require.NotContains(t, logs.String(), hexKey)
}
