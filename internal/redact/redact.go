// Package redact keeps the secrets that hosted services put in URLs out of
// the SDK's errors and logs. It is the one place that decides what of a URL
// may be shown: RPC providers put API keys in path segments
// (https://host/v3/KEY, https://host/v2/KEY), gateways and pinning services
// in query values (?apikey=, ?token=) and Kubo APIs in user information
// (https://PROJECT:SECRET@host). Every error message and log record of the
// chain and storage packages, and of the client, goes through it.
//
// What is masked: the user information, every query value (and a query
// name or path segment that looks like a key) and the fragment. What is
// kept: the scheme, the host and port, and the path segments that are
// short, made of words, or CIDs (content addresses are public), so that a
// message still says which endpoint failed.
package redact

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/ipfs/go-cid"
)

// Mask replaces each secret.
const Mask = "REDACTED"

// minSecretLen is the length from which a path segment may be a key: the
// keys of hosted services are 20 to 64 characters (32 hex digits for
// Infura, 32 letters, digits, '-' and '_' for Alchemy, 40 or 64 hex digits
// for others); shorter segments are API versions and resource names.
const minSecretLen = 16

// URL returns raw with its secrets masked. raw need not be a valid URL
// (an invalid one is what error messages about bad URLs quote): it is cut
// into scheme, authority, path, query and fragment by their delimiters
// alone.
func URL(raw string) string {
	var b strings.Builder
	rest := raw
	if scheme, after, ok := strings.Cut(raw, "://"); ok && isScheme(scheme) {
		b.WriteString(scheme)
		b.WriteString("://")
		authority := after
		rest = ""
		if i := strings.IndexAny(after, "/?#"); i >= 0 {
			authority, rest = after[:i], after[i:]
		}
		if i := strings.LastIndexByte(authority, '@'); i >= 0 {
			b.WriteString(Mask)
			b.WriteByte('@')
			authority = authority[i+1:]
		}
		b.WriteString(authority)
	}
	rest, fragment, hasFragment := strings.Cut(rest, "#")
	path, query, hasQuery := strings.Cut(rest, "?")
	for i, seg := range strings.Split(path, "/") {
		if i > 0 {
			b.WriteByte('/')
		}
		if looksSecret(seg) {
			b.WriteString(Mask)
		} else {
			b.WriteString(seg)
		}
	}
	if hasQuery {
		b.WriteByte('?')
		for i, pair := range strings.Split(query, "&") {
			if i > 0 {
				b.WriteByte('&')
			}
			name, value, hasValue := strings.Cut(pair, "=")
			if looksSecret(name) {
				name = Mask
			}
			b.WriteString(name)
			if hasValue {
				b.WriteByte('=')
				if value != "" {
					b.WriteString(Mask)
				}
			}
		}
	}
	if hasFragment {
		b.WriteByte('#')
		if fragment != "" {
			b.WriteString(Mask)
		}
	}
	return b.String()
}

// minEchoLen is the shortest secret that Echoed replaces: shorter query
// values ("car", "1") are words of ordinary text, and real keys are longer.
const minEchoLen = 8

// Echoed returns s with every secret of rawURL (what URL masks: user
// information, query values, key-like path segments, fragment) of at least
// 8 characters replaced by Mask, wherever it appears. It is for the text
// of servers that echo the request, such as an error page quoting the path
// ("Cannot POST /v3/KEY"), which URL-shaped masking cannot recognise.
func Echoed(s, rawURL string) string {
	for _, secret := range secretsOf(rawURL) {
		if len(secret) >= minEchoLen {
			s = strings.ReplaceAll(s, secret, Mask)
		}
	}
	return s
}

// secretsOf lists what URL masks in raw, raw and unescaped, longest first
// so that a secret containing another is replaced whole.
func secretsOf(raw string) []string {
	var out []string
	add := func(v string) {
		out = append(out, v)
		if u, err := url.QueryUnescape(v); err == nil && u != v {
			out = append(out, u)
		}
	}
	rest := raw
	if scheme, after, ok := strings.Cut(raw, "://"); ok && isScheme(scheme) {
		authority := after
		rest = ""
		if i := strings.IndexAny(after, "/?#"); i >= 0 {
			authority, rest = after[:i], after[i:]
		}
		if i := strings.LastIndexByte(authority, '@'); i >= 0 {
			user, pass, _ := strings.Cut(authority[:i], ":")
			add(authority[:i])
			add(user)
			add(pass)
		}
	}
	rest, fragment, _ := strings.Cut(rest, "#")
	add(fragment)
	path, query, _ := strings.Cut(rest, "?")
	for _, seg := range strings.Split(path, "/") {
		if looksSecret(seg) {
			add(seg)
		}
	}
	for _, pair := range strings.Split(query, "&") {
		name, value, _ := strings.Cut(pair, "=")
		if looksSecret(name) {
			add(name)
		}
		add(value)
	}
	slices.SortFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}

// urlRe matches a URL inside text: a scheme, "://" and everything up to
// white space or a character that quotes or brackets a URL in prose, Go
// error messages (Post "https://...") and log formats.
var urlRe = regexp.MustCompile("[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s\"'`<>(){}\\\\]*")

// Text returns s with every URL in it masked by URL.
func Text(s string) string {
	if !strings.Contains(s, "://") {
		return s
	}
	return urlRe.ReplaceAllStringFunc(s, URL)
}

// Error returns err with every URL in its message masked. An error whose
// message holds no URL is returned as is. A *url.Error (what net/http
// returns, with the request URL in it) is rebuilt with its URL masked and
// its cause redacted in turn; any other error is wrapped so that its
// message is masked while errors.Is and errors.As still reach it, for
// callers that classify failures.
func Error(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	masked := Text(msg)
	if masked == msg {
		return err
	}
	if ue, ok := err.(*url.Error); ok {
		return &url.Error{Op: ue.Op, URL: URL(ue.URL), Err: Error(ue.Err)}
	}
	return &maskedError{msg: masked, err: err}
}

// maskedError is an error whose message had a URL masked.
type maskedError struct {
	msg string
	err error
}

func (e *maskedError) Error() string { return e.msg }
func (e *maskedError) Unwrap() error { return e.err }

func isScheme(s string) bool {
	if s == "" || !isASCIILetter(rune(s[0])) {
		return false
	}
	for _, r := range s {
		if !isASCIILetter(r) && !('0' <= r && r <= '9') && r != '+' && r != '.' && r != '-' {
			return false
		}
	}
	return true
}

func isASCIILetter(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' }

// looksSecret reports whether a path segment or query name may be a key:
// at least minSecretLen characters once unescaped, not a CID in its
// canonical form, and not made of words (runs of letters of at most 12,
// or of at most 4 letters and digits, between '-', '_', '.' and '~').
// Random keys fail the word test: a UUID has an 8-character run of hex
// digits, a hex or base62 key is one long run.
func looksSecret(seg string) bool {
	if u, err := url.PathUnescape(seg); err == nil {
		seg = u
	}
	if len(seg) < minSecretLen {
		return false
	}
	if c, err := cid.Decode(seg); err == nil && c.String() == seg {
		return false
	}
	for _, part := range strings.FieldsFunc(seg, func(r rune) bool { return strings.ContainsRune("-_.~", r) }) {
		if !isWord(part) {
			return true
		}
	}
	return false
}

func isWord(s string) bool {
	if len(s) <= 4 {
		return true
	}
	if len(s) > 12 {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
