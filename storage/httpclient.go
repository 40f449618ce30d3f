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
	"github.com/agijobs/agijobs-go/retry"
	"github.com/agijobs/agijobs-go/telemetry"
)

// HTTPOptions configures the HTTP client of a remote backend. The zero value
// gives the default retry policy (5 attempts, backoff drawn up to 100 ms
// doubling to 2 s, 15 s per attempt until the response headers, 30 s per
// call) and a 60 s limit on a stalled response body.
type HTTPOptions struct {
	// Retry is the retry policy of idempotent requests, the SDK's one
	// policy type (see package retry), applied here as in chain.Dial:
	// transport errors, HTTP 429 and 5xx are retried (a Kubo command
	// error under 500 is an answer, and is not), with full-jitter backoff
	// and a server's Retry-After honoured, never after the context is
	// done. Requests that are not idempotent are sent once. Bodies are
	// streamed, so Retry.AttemptTimeout and Retry.Budget bound an attempt
	// and a call until the response headers arrive; the body is bounded
	// by StallTimeout, and a body cut mid-way is a read error of the
	// returned reader, which a caller repeats by asking for the same CID.
	Retry retry.Policy
	// StallTimeout fails a response body that delivers no byte for this
	// long; 0 means 60 s.
	StallTimeout time.Duration
	// Transport replaces the default pooled transport (for proxies or TLS
	// settings).
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
	policy  retry.Policy          // resolved
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

// attemptsKey carries the attempt counter of one call in its context.
type attemptsKey struct{}

// newHTTPDoer checks opts.Retry (field names it in errors) and builds the
// clients.
func newHTTPDoer(field string, opts HTTPOptions, check retryablehttp.CheckRetry, headers http.Header) (*httpDoer, error) {
	if err := opts.Retry.Check(field); err != nil {
		return nil, err
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	policy := opts.Retry.Resolved()
	rt := opts.Transport
	if rt == nil {
		rt = cleanhttp.DefaultPooledTransport()
	}
	rt = &headerDeadline{next: rt, d: policy.AttemptTimeout}
	if check == nil {
		check = retryablehttp.DefaultRetryPolicy
	}
	mk := func(retries int) *retryablehttp.Client {
		c := retryablehttp.NewClient()
		c.HTTPClient = &http.Client{Transport: rt}
		c.Logger = httplog.New(opts.Logger, "storage http: ")
		c.RetryMax = retries
		c.RetryWaitMin, c.RetryWaitMax = policy.MinBackoff, policy.MaxBackoff
		c.Backoff = func(_, _ time.Duration, i int, resp *http.Response) time.Duration {
			return max(policy.Backoff(i+1), retry.After(resp))
		}
		c.CheckRetry = check
		c.RequestLogHook = func(_ retryablehttp.Logger, req *http.Request, _ int) {
			if n, ok := req.Context().Value(attemptsKey{}).(*atomic.Int64); ok {
				n.Add(1)
			}
		}
		c.ErrorHandler = func(resp *http.Response, err error, n int) (*http.Response, error) {
			return resp, &attemptsError{n: n, err: err}
		}
		return c
	}
	return &httpDoer{
		retry:   mk(policy.MaxAttempts - 1),
		once:    mk(0),
		policy:  policy,
		stall:   cmp(opts.StallTimeout, 60*time.Second),
		log:     log,
		headers: headers,
	}, nil
}

// cmp returns d, or def when d is zero or negative.
func cmp(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

// headerDeadline bounds each attempt until its response headers arrive
// (the policy's AttemptTimeout), whatever the transport; the body, which
// is streamed, is left to the stall guard.
type headerDeadline struct {
	next http.RoundTripper
	d    time.Duration
}

func (t *headerDeadline) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx, cancel := context.WithCancel(req.Context())
	timer := time.AfterFunc(t.d, cancel)
	resp, err := t.next.RoundTrip(req.WithContext(ctx))
	if !timer.Stop() {
		if resp != nil {
			resp.Body.Close()
		}
		cancel()
		if err := req.Context().Err(); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("no response headers within %v (the retry policy's AttemptTimeout)", t.d)
	}
	if err != nil {
		cancel()
		return nil, err
	}
	resp.Body = &cancelBody{ReadCloser: resp.Body, cancel: cancel}
	return resp, nil
}

// cancelBody releases a context when its body is closed.
type cancelBody struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (b *cancelBody) Close() error {
	err := b.ReadCloser.Close()
	b.cancel()
	return err
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
// when one waits longer than StallTimeout. Any other outcome is an
// *HTTPError, or the context's error when ctx is done. The call's retries
// end with the policy's Budget, counted until the answer's headers arrive.
func (h *httpDoer) do(ctx context.Context, r request) (*http.Response, error) {
	attempts := new(atomic.Int64)
	bctx, cancel := context.WithCancel(context.WithValue(ctx, attemptsKey{}, attempts))
	budget := time.AfterFunc(h.policy.Budget, cancel)
	keep := false // the body returned holds bctx
	defer func() {
		if !keep {
			budget.Stop()
			cancel()
		}
	}()
	req, err := retryablehttp.NewRequestWithContext(bctx, r.method, r.url, r.body)
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
	spent := !budget.Stop()
	if ctxErr := ctx.Err(); ctxErr != nil {
		if resp != nil {
			resp.Body.Close()
		}
		return nil, ctxErr
	}
	var ae *attemptsError
	if errors.As(err, &ae) {
		err = ae.err
	}
	n := int(max(attempts.Load(), 1))
	if spent {
		if resp != nil {
			resp.Body.Close()
		}
		if err == nil || errors.Is(err, context.Canceled) {
			err = errors.New("no answer")
		}
		return nil, &HTTPError{Op: r.op, URL: redact.URL(r.url), Attempts: n,
			Err: fmt.Errorf("the retry policy's Budget (%v) was spent: %w", h.policy.Budget, redact.Error(err))}
	}
	if err != nil && resp == nil {
		return nil, &HTTPError{Op: r.op, URL: redact.URL(r.url), Attempts: n, Err: redact.Error(err)}
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		defer resp.Body.Close()
		snippet, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		return nil, &HTTPError{Op: r.op, URL: redact.URL(r.url), StatusCode: resp.StatusCode,
			Attempts: n, Body: redact.Echoed(redact.Text(strings.TrimSpace(string(snippet))), r.url)}
	}
	keep = true
	resp.Body = newStallGuard(&cancelBody{ReadCloser: resp.Body, cancel: cancel}, h.stall)
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
