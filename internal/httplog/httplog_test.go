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

const key = "9aa3d95b3bc440fa88ea12eaa4456161"

func TestLoggerCleansEveryValue(t *testing.T) {
	var buf bytes.Buffer
	l := New(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})), "x: ")
	u, _ := url.Parse("https://h.example/v3/" + key)
	l.Debug("performing request", "url", "https://h.example/v3/"+key, "u", u)
	l.Debug("retrying request", "request", "GET https://h.example/?apikey="+key, "timeout", time.Second)
	l.Error("request failed", "error", errors.New(`Get "https://user:`+key+`@h.example/": EOF`))
	out := buf.String()
	if strings.Contains(out, key) {
		t.Fatalf("key logged: %s", out)
	}
	if !strings.Contains(out, "https://h.example/v3/REDACTED") {
		t.Fatalf("the URL must stay recognisable: %s", out)
	}
	if !strings.Contains(out, `level=WARN msg="x: retrying request"`) {
		t.Fatalf("retries are warnings: %s", out)
	}
	if !strings.Contains(out, `level=WARN msg="x: attempt failed"`) || strings.Contains(out, "level=ERROR") {
		t.Fatalf("a failed attempt is a warning, not an error: %s", out)
	}
	if New(nil, "x") != nil {
		t.Fatal("a nil logger must give nil, which go-retryablehttp treats as silent")
	}
}
