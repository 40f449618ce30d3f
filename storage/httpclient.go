package storage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hashicorp/go-cleanhttp"
	"github.com/hashicorp/go-retryablehttp"

	"github.com/agijobs/agijobs-go/internal/httplog"
	"github.com/agijobs/agijobs-go/internal/redact"
	"github.com/agijobs/agijobs-go/telemetry"
)

// HTTPOptions configures the HTTP client of a remote backend. The zero value
// gives 4 retries with backoff from 250 ms to 5 s, a 30 s limit on waiting
// for response headers and a 60 s limit on a stalled response body.
type HTTPOptions struct {
	// RetryMax is the number of retries after the first attempt of an
	// idempotent request; 0 means 4 and a negative value means none.
	// Retries happen on transport errors, HTTP 429 and 5xx, never after
	// the context is done.
	RetryMax int
	// RetryWaitMin and RetryWaitMax bound the backoff between attempts; 0
	// means 250 ms and 5 s. A Retry-After header is honoured within them.
	RetryWaitMin, RetryWaitMax time.Duration
	// HeaderTimeout bounds the wait for the response headers of one
	// attempt; 0 means 30 s.
	HeaderTimeout time.Duration
	// StallTimeout fails a response body that delivers no byte for this
	// long; 0 means 60 s.
	StallTimeout time.Duration
	// Transport replaces the default pooled transport (for proxies or TLS
	// settings). HeaderTimeout is not applied to a caller's transport.
	Transport http.RoundTripper
	// Logger receives request records at debug level and retries as
	// warnings; nil means silent. URLs are logged masked, as in errors:
	// user information, query values and path segments that look like API
	// keys read "REDACTED".
	Logger *slog.Logger
	// Telemetry receives the bytes Get readers return and the integrity
	// failures of Get and GetBlock (agijobs.storage.*, backend "gateway" or
	// "kubo"). The zero value records nothing.
	Telemetry telemetry.Providers
}

// httpDoer sends requests through go-retryablehttp and turns failures into
// *HTTPError.
type httpDoer struct {
	retry   *retryablehttp.Client // idempotent requests
	once    *retryablehttp.Client // non-idempotent requests: one attempt
	stall   time.Duration
	log     *slog.Logger
	headers http.Header
}

// attemptsError carries the attempt count out of retryablehttp.
type attemptsError struct {
	n   int
	err error
}

func (e *attemptsError) Error() string { return fmt.Sprintf("after %d attempt(s): %v", e.n, e.err) }
func (e *attemptsError) Unwrap() error { return e.err }

func newHTTPDoer(opts HTTPOptions, check retryablehttp.CheckRetry, headers http.Header) *httpDoer {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	rt := opts.Transport
	if rt == nil {
		tr := cleanhttp.DefaultPooledTransport()
		tr.ResponseHeaderTimeout = cmp(opts.HeaderTimeout, 30*time.Second)
		rt = tr
	}
	if check == nil {
		check = retryablehttp.DefaultRetryPolicy
	}
	mk := func(retries int) *retryablehttp.Client {
		c := retryablehttp.NewClient()
		c.HTTPClient = &http.Client{Transport: rt}
		c.Logger = httplog.New(opts.Logger, "storage http: ")
		c.RetryMax = retries
		c.RetryWaitMin = cmp(opts.RetryWaitMin, 250*time.Millisecond)
		c.RetryWaitMax = cmp(opts.RetryWaitMax, 5*time.Second)
		c.CheckRetry = check
		c.ErrorHandler = func(resp *http.Response, err error, n int) (*http.Response, error) {
			return resp, &attemptsError{n: n, err: err}
		}
		return c
	}
	retries := opts.RetryMax
	switch {
	case retries == 0:
		retries = 4
	case retries < 0:
		retries = 0
	}
	return &httpDoer{
		retry:   mk(retries),
		once:    mk(0),
		stall:   cmp(opts.StallTimeout, 60*time.Second),
		log:     log,
		headers: headers,
	}
}

// cmp returns d, or def when d is zero or negative.
func cmp(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

// request describes one HTTP call.
type request struct {
	op         string // for errors, e.g. "gateway GET"
	method     string
	url        string
	header     http.Header
	body       any // nil, []byte or retryablehttp.ReaderFunc
	idempotent bool
}

// do sends r. On success (2xx) the caller owns resp.Body, whose reads fail
// when one waits longer than StallTimeout. Any other outcome is an *HTTPError, or the
// context's error when ctx is done.
func (h *httpDoer) do(ctx context.Context, r request) (*http.Response, error) {
	req, err := retryablehttp.NewRequestWithContext(ctx, r.method, r.url, r.body)
	if err != nil {
		return nil, &HTTPError{Op: r.op, URL: redact.URL(r.url), Err: redact.Error(err)}
	}
	for k, vs := range h.headers {
		req.Header[k] = vs
	}
	for k, vs := range r.header {
		req.Header[k] = vs
	}
	c := h.once
	if r.idempotent {
		c = h.retry
	}
	resp, err := c.Do(req)
	if ctxErr := ctx.Err(); ctxErr != nil {
		if resp != nil {
			resp.Body.Close()
		}
		return nil, ctxErr
	}
	attempts := 1
	var ae *attemptsError
	if errors.As(err, &ae) {
		attempts, err = ae.n, ae.err
	}
	if err != nil && resp == nil {
		return nil, &HTTPError{Op: r.op, URL: redact.URL(r.url), Attempts: attempts, Err: redact.Error(err)}
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		defer resp.Body.Close()
		snippet, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		return nil, &HTTPError{Op: r.op, URL: redact.URL(r.url), StatusCode: resp.StatusCode,
			Attempts: attempts, Body: redact.Echoed(redact.Text(strings.TrimSpace(string(snippet))), r.url)}
	}
	resp.Body = newStallGuard(resp.Body, h.stall)
	return resp, nil
}

// errStalled is the read error of a body that made no progress.
var errStalled = errors.New("response body stalled")

// stallGuard closes a response body when one Read waits longer than d for
// data, so that a reader blocked on a slow server gets an error instead of
// hanging. Time the caller spends between reads does not count.
type stallGuard struct {
	rc      io.ReadCloser
	d       time.Duration
	t       *time.Timer
	stalled atomic.Bool
	once    sync.Once
}

func newStallGuard(rc io.ReadCloser, d time.Duration) *stallGuard {
	g := &stallGuard{rc: rc, d: d}
	g.t = time.AfterFunc(d, func() {
		g.stalled.Store(true)
		_ = rc.Close()
	})
	g.t.Stop()
	return g
}

func (g *stallGuard) Read(p []byte) (int, error) {
	g.t.Reset(g.d)
	n, err := g.rc.Read(p)
	g.t.Stop()
	if err != nil && g.stalled.Load() {
		err = fmt.Errorf("no data for %s: %w", g.d, errStalled)
	}
	return n, err
}

func (g *stallGuard) Close() error {
	g.t.Stop()
	var err error
	g.once.Do(func() { err = g.rc.Close() })
	return err
}

// pipeBody returns a retryablehttp body that streams what write produces,
// fresh for every attempt, without buffering it: each call starts write in a
// goroutine feeding a pipe. write must stop when its writer fails.
func pipeBody(write func(w io.Writer) error) retryablehttp.ReaderFunc {
	return func() (io.Reader, error) {
		pr, pw := io.Pipe()
		go func() {
			pw.CloseWithError(write(pw))
		}()
		return pr, nil
	}
}
