package httplog

import (
	"bytes"
	"errors"
	"log/slog"
	"net/url"
	"strings"
	"testing"
	"time"
)

func TestRedactKeepsSchemeAndHostOnly(t *testing.T) {
	for in, want := range map[string]string{
		"GET https://eth.example.com/v3/KEY?x=1 (status: 503)":   "GET https://eth.example.com (status: 503)",
		`Post "https://user:KEY@rpc.example.com:8545/": refused`: `Post "https://rpc.example.com:8545": refused`,
		"wss://node.example/ws/KEY":                              "wss://node.example",
		"http://127.0.0.1:8080/ipfs/bafy?format=car&token=KEY":   "http://127.0.0.1:8080",
		"no url here": "no url here",
	} {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLoggerCleansEveryValue(t *testing.T) {
	var buf bytes.Buffer
	l := New(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})), "x: ")
	u, _ := url.Parse("https://h.example/KEY")
	l.Debug("performing request", "url", "https://h.example/KEY", "u", u)
	l.Debug("retrying request", "request", "GET https://h.example/KEY", "timeout", time.Second)
	l.Error("request failed", "error", errors.New(`Get "https://h.example/KEY": EOF`))
	out := buf.String()
	if strings.Contains(out, "KEY") {
		t.Fatalf("key logged: %s", out)
	}
	if !strings.Contains(out, `level=WARN msg="x: retrying request"`) {
		t.Fatalf("retries are warnings: %s", out)
	}
	if New(nil, "x") != nil {
		t.Fatal("a nil logger must give nil, which go-retryablehttp treats as silent")
	}
}
