// Package httplog adapts *slog.Logger to go-retryablehttp's LeveledLogger
// for every HTTP client of the SDK, and keeps API keys out of the records:
// go-retryablehttp logs request URLs with their paths and queries, where
// hosted RPC and IPFS services put keys.
package httplog

import (
	"log/slog"
	"regexp"
	"strings"

	"github.com/hashicorp/go-retryablehttp"
)

// New returns a LeveledLogger writing to l with prefix before each message
// ("rpc http: "). Every URL in a string or error value is cut to its scheme
// and host (user information, path and query are dropped), and retries are
// raised to warnings. A nil l gives nil, which go-retryablehttp treats as
// silent.
func New(l *slog.Logger, prefix string) retryablehttp.LeveledLogger {
	if l == nil {
		return nil
	}
	return logger{l: l, prefix: prefix}
}

// urlRe matches a URL; its groups are the scheme with "://" and the host.
var urlRe = regexp.MustCompile(`((?:https?|wss?)://)(?:[^@/\s"?#]*@)?([^/\s"?#@]+)[^\s"()]*`)

// Redact replaces every http(s) or ws(s) URL in s by its scheme and host.
func Redact(s string) string { return urlRe.ReplaceAllString(s, "$1$2") }

type logger struct {
	l      *slog.Logger
	prefix string
}

func (r logger) clean(kv []any) []any {
	out := make([]any, len(kv))
	for i, v := range kv {
		switch x := v.(type) {
		case string:
			out[i] = Redact(x)
		case error:
			out[i] = Redact(x.Error())
		case interface{ String() string }:
			out[i] = Redact(x.String())
		default:
			out[i] = v
		}
	}
	return out
}

func (r logger) Error(msg string, kv ...any) { r.l.Error(r.prefix+msg, r.clean(kv)...) }
func (r logger) Info(msg string, kv ...any)  { r.l.Info(r.prefix+msg, r.clean(kv)...) }
func (r logger) Warn(msg string, kv ...any)  { r.l.Warn(r.prefix+msg, r.clean(kv)...) }
func (r logger) Debug(msg string, kv ...any) {
	if strings.HasPrefix(msg, "retrying") {
		r.l.Warn(r.prefix+msg, r.clean(kv)...)
		return
	}
	r.l.Debug(r.prefix+msg, r.clean(kv)...)
}
