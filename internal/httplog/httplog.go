// Package httplog adapts *slog.Logger to go-retryablehttp's LeveledLogger
// for every HTTP client of the SDK, and keeps API keys out of the records:
// go-retryablehttp logs request URLs and transport errors (which quote the
// URL) with their paths and queries, where hosted RPC and IPFS services put
// keys.
package httplog

import (
	"log/slog"
	"strings"

	"github.com/hashicorp/go-retryablehttp"

	"github.com/agijobs/agijobs-go/internal/redact"
)

// New returns a LeveledLogger writing to l with prefix before each message
// ("rpc http: "). Every URL in a string, error or Stringer value is masked
// by redact.Text, retries are raised to warnings and failed attempts
// lowered to them. A nil l gives nil, which go-retryablehttp treats as
// silent.
func New(l *slog.Logger, prefix string) retryablehttp.LeveledLogger {
	if l == nil {
		return nil
	}
	return logger{l: l, prefix: prefix}
}

type logger struct {
	l      *slog.Logger
	prefix string
}

func (r logger) clean(kv []any) []any {
	out := make([]any, len(kv))
	for i, v := range kv {
		switch x := v.(type) {
		case string:
			out[i] = redact.Text(x)
		case error:
			out[i] = redact.Text(x.Error())
		case interface{ String() string }:
			out[i] = redact.Text(x.String())
		default:
			out[i] = v
		}
	}
	return out
}

// Error logs go-retryablehttp's errors. It reports every failed attempt
// as "request failed", retried or not; one attempt is a warning, like the
// retry it leads to, since the caller gets the call's outcome as its error.
func (r logger) Error(msg string, kv ...any) {
	if msg == "request failed" {
		r.l.Warn(r.prefix+"attempt failed", r.clean(kv)...)
		return
	}
	r.l.Error(r.prefix+msg, r.clean(kv)...)
}

func (r logger) Info(msg string, kv ...any) { r.l.Info(r.prefix+msg, r.clean(kv)...) }
func (r logger) Warn(msg string, kv ...any) { r.l.Warn(r.prefix+msg, r.clean(kv)...) }
func (r logger) Debug(msg string, kv ...any) {
	if strings.HasPrefix(msg, "retrying") {
		r.l.Warn(r.prefix+msg, r.clean(kv)...)
		return
	}
	r.l.Debug(r.prefix+msg, r.clean(kv)...)
}
