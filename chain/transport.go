package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"github.com/hashicorp/go-cleanhttp"
	"github.com/hashicorp/go-retryablehttp"

	"github.com/agijobs/agijobs-go/internal/httplog"
	"github.com/agijobs/agijobs-go/internal/otelinst"
	"github.com/agijobs/agijobs-go/internal/redact"
	"github.com/agijobs/agijobs-go/retry"
)

// maxAnswer bounds the JSON-RPC answer the transport reads into memory.
// An answer beyond it fails with a message that LogPager reads as "range
// too large" (it then halves its block range); other calls see a
// permanent error.
const maxAnswer = 128 << 20

// The JSON-RPC transport of Dial is three round trippers deep:
//
//	callTransport         one logical call: its Budget deadline, whether
//	                      it may be repeated, the errors it ends with
//	retryablehttp         the retry loop: attempts, backoff, CheckRetry
//	attemptTransport      one attempt: AttemptTimeout, the answer read
//	                      whole, through DialOptions.HTTPClient
//
// go-retryablehttp decides on an attempt before go-ethereum reads its
// body, so attemptTransport reads the body inside the attempt: a body cut
// mid-way is then a failed attempt that the loop retries, and CheckRetry
// can look at the answer (a 500 carrying a JSON-RPC error is an answer).

// newRetryTransport returns the retrying HTTP transport of a connection
// dialed with opts.
func newRetryTransport(opts DialOptions) http.RoundTripper {
	p := opts.Retry.Resolved()
	hc := opts.HTTPClient
	if hc == nil {
		hc = &http.Client{Transport: cleanhttp.DefaultPooledTransport()}
	}
	rc := retryablehttp.NewClient()
	// No Timeout: attemptTransport bounds each attempt itself, and a
	// Timeout would wrap the body CheckRetry reads. Redirects are followed
	// by hc, inside the attempt.
	rc.HTTPClient = &http.Client{
		Transport:     &attemptTransport{client: hc, timeout: p.AttemptTimeout},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	rc.Logger = httplog.New(opts.Logger, "rpc http: ")
	rc.RetryMax = p.MaxAttempts - 1
	rc.RetryWaitMin, rc.RetryWaitMax = p.MinBackoff, p.MaxBackoff
	rc.RequestLogHook = func(_ retryablehttp.Logger, req *http.Request, _ int) {
		otelinst.CountAttempt(req)
		if c, ok := req.Context().Value(callKey{}).(*call); ok {
			c.attempts.Add(1)
		}
	}
	rc.Backoff = func(_, _ time.Duration, i int, resp *http.Response) time.Duration {
		return max(p.Backoff(i+1), retry.After(resp))
	}
	rc.CheckRetry = func(ctx context.Context, resp *http.Response, err error) (bool, error) {
		return checkRetry(ctx, p, resp, err)
	}
	rc.ErrorHandler = func(resp *http.Response, err error, n int) (*http.Response, error) {
		return lastAnswer(p, resp, err, n)
	}
	return &callTransport{policy: p, next: &retryablehttp.RoundTripper{Client: rc}}
}

// callKey carries the *call of a logical call in its request context.
type callKey struct{}

// call is what the retry loop's hooks learn about one logical call.
type call struct {
	method   string // the JSON-RPC method, "batch" or "?"
	once     bool   // must be sent once
	attempts atomic.Int64
	last     atomic.Value // string: the last transient failure, redacted
}

// callTransport wraps the retry loop for one logical call: it tells the
// loop whether the request may be repeated, bounds the call by the
// policy's Budget and says so when the Budget ended it.
type callTransport struct {
	policy retry.Policy // resolved
	next   http.RoundTripper
}

// errBudget is the cause of a call's context when its Budget ends it.
var errBudget = errors.New("the retry policy's Budget was spent")

func (t *callTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	if req.Body != nil && req.Body != http.NoBody && req.GetBody == nil {
		// Without GetBody the method could not be read without consuming
		// the body: keep a copy.
		b, err := io.ReadAll(req.Body)
		req.Body.Close()
		if err != nil {
			return nil, err
		}
		req = req.Clone(ctx)
		req.Body = io.NopCloser(bytes.NewReader(b))
		req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(b)), nil }
	}
	c := new(call)
	c.method, c.once = requestMethods(req)
	start := time.Now()
	// Every answer is in memory when the loop returns it, so the
	// call's context can end with the call.
	cctx, cancel := context.WithDeadlineCause(context.WithValue(ctx, callKey{}, c), start.Add(t.policy.Budget), errBudget)
	defer cancel()
	resp, err := t.next.RoundTrip(req.WithContext(cctx))
	if err == nil {
		return resp, nil
	}
	if resp != nil {
		resp.Body.Close()
	}
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	if errors.Is(context.Cause(cctx), errBudget) {
		last, _ := c.last.Load().(string)
		if last == "" {
			last = "none, the attempt in flight was cut"
		}
		// The last failure is quoted, not wrapped: the call did not end by
		// the caller's deadline, and must not match context.DeadlineExceeded.
		return nil, fmt.Errorf("%w: %d attempt(s) in %v, the retry policy's Budget (%v) was spent; last failure: %s",
			ErrTransport, c.attempts.Load(), time.Since(start).Round(time.Millisecond), t.policy.Budget, last)
	}
	return nil, err
}

// checkRetry is the retry loop's CheckRetry: whether the attempt that
// ended with resp or err is repeated.
func checkRetry(ctx context.Context, p retry.Policy, resp *http.Response, err error) (bool, error) {
	if ctx.Err() != nil {
		// The caller's context or the call's Budget ended.
		return false, ctx.Err()
	}
	var failure string
	switch {
	case err != nil:
		var big *answerTooLargeError
		if errors.As(err, &big) {
			return false, nil
		}
		failure = redact.Error(attemptError(err)).Error()
	case resp.StatusCode == http.StatusRequestTimeout, resp.StatusCode == http.StatusTooManyRequests,
		resp.StatusCode == http.StatusBadGateway, resp.StatusCode == http.StatusServiceUnavailable,
		resp.StatusCode == http.StatusGatewayTimeout:
		failure = "HTTP " + resp.Status
	case resp.StatusCode == http.StatusInternalServerError:
		// Some nodes answer JSON-RPC errors with 500: an answer. A 500
		// without one is a proxy or a load balancer failing.
		if b, ok := resp.Body.(*answerBody); ok && isRPCAnswer(b.data) {
			return false, nil
		}
		failure = "HTTP " + resp.Status
	default:
		return false, nil
	}
	c, _ := ctx.Value(callKey{}).(*call)
	if c == nil {
		return true, nil
	}
	c.last.Store(failure)
	if c.once && p.MaxAttempts > 1 {
		return false, &notRepeatedError{method: c.method, err: err}
	}
	return true, nil
}

// lastAnswer is the retry loop's ErrorHandler, called when the loop gives
// up. The last HTTP answer, with its status and body, tells go-ethereum
// more than a summary; without one, the error says how many attempts were
// made and why they stopped.
func lastAnswer(p retry.Policy, resp *http.Response, err error, n int) (*http.Response, error) {
	ctxErr := errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
	if resp != nil {
		if !ctxErr {
			return resp, nil
		}
		resp.Body.Close()
	}
	var big *answerTooLargeError
	switch {
	case ctxErr:
		return nil, err
	case errors.As(err, &big):
		return nil, big
	}
	var once *notRepeatedError
	if errors.As(err, &once) {
		return nil, fmt.Errorf("%w: %d attempt(s), %w", ErrTransport, n, once)
	}
	err = redact.Error(attemptError(err))
	if n >= p.MaxAttempts {
		return nil, fmt.Errorf("%w: %d attempt(s), the retry policy's MaxAttempts (%d) reached: %w", ErrTransport, n, p.MaxAttempts, err)
	}
	return nil, fmt.Errorf("%w: %d attempt(s): %w", ErrTransport, n, err)
}

// attemptError strips the *url.Error that net/http wraps around the
// failure of an attempt: go-ethereum's own client quotes the (masked) URL
// once around the error the transport returns.
func attemptError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// notRepeatedError stops the retries of a request that must be sent once.
type notRepeatedError struct {
	method string
	err    error // nil for an HTTP status answer
}

func (e *notRepeatedError) Error() string {
	s := fmt.Sprintf("not retried: %s is not safe to repeat", e.method)
	if e.err != nil {
		s += ": " + redact.Error(attemptError(e.err)).Error()
	}
	return s
}

func (e *notRepeatedError) Unwrap() error { return e.err }

// attemptTransport makes one attempt through client within timeout (the
// policy's AttemptTimeout, or what is left of the call's Budget) and reads
// the answer whole, so that a failure while reading it is a failed
// attempt.
type attemptTransport struct {
	client  *http.Client
	timeout time.Duration
}

// answerBody is an answer read whole: CheckRetry reads its bytes.
type answerBody struct {
	*bytes.Reader
	data []byte
}

func (*answerBody) Close() error { return nil }

// errAttemptTimeout is an attempt cut by the policy's AttemptTimeout. It
// does not match context.DeadlineExceeded, which is kept for the
// caller's own deadline (and the Budget's).
type errAttemptTimeout struct{ d time.Duration }

func (e errAttemptTimeout) Error() string {
	return fmt.Sprintf("no answer within %v (the retry policy's AttemptTimeout)", e.d.Round(time.Millisecond))
}

// answerTooLargeError is an answer beyond maxAnswer: permanent.
type answerTooLargeError struct{}

func (*answerTooLargeError) Error() string {
	return fmt.Sprintf("response size exceeded %d MiB; ask for less (a smaller block range)", maxAnswer>>20)
}

func (t *attemptTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	actx, cancel := context.WithTimeout(ctx, t.timeout)
	defer cancel()
	resp, err := t.client.Do(req.WithContext(actx))
	if err != nil {
		return nil, t.failure(ctx, actx, attemptError(err))
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswer+1))
	resp.Body.Close()
	if err != nil {
		return nil, t.failure(ctx, actx, fmt.Errorf("reading the answer (HTTP %d, %d bytes read): %w", resp.StatusCode, len(body), err))
	}
	if len(body) > maxAnswer {
		return nil, &answerTooLargeError{}
	}
	resp.Body = &answerBody{Reader: bytes.NewReader(body), data: body}
	resp.ContentLength = int64(len(body))
	return resp, nil
}

// failure names the end of a failed attempt: the context of the call
// (the caller's, or the Budget's) ending, the attempt's own timeout, or
// err.
func (t *attemptTransport) failure(ctx, actx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if actx.Err() != nil {
		return errAttemptTimeout{t.timeout}
	}
	return err
}

// requestMethods returns the JSON-RPC method of req's body ("batch" for a
// batch) and whether the request must be sent once: it holds a method
// whose repetition is not harmless. eth_sendRawTransaction is repeatable
// (the same signed bytes cannot execute twice); eth_sendTransaction (the
// node signs, and a second copy gets the next nonce) and the test nodes'
// state controls (evm_*, anvil_*, hardhat_*: mining, time travel,
// snapshots) are not.
func requestMethods(req *http.Request) (string, bool) {
	if req.GetBody == nil {
		return "?", false
	}
	rc, err := req.GetBody()
	if err != nil {
		return "?", false
	}
	defer rc.Close()
	raw, err := io.ReadAll(rc)
	if err != nil {
		return "?", false
	}
	type call struct {
		Method string `json:"method"`
	}
	var calls []call
	name := "batch"
	if t := bytes.TrimLeft(raw, " \t\r\n"); len(t) > 0 && t[0] == '[' {
		_ = json.Unmarshal(raw, &calls)
	} else {
		var c call
		_ = json.Unmarshal(raw, &c)
		calls, name = []call{c}, c.Method
	}
	for _, c := range calls {
		if sentOnce(c.Method) {
			return c.Method, true
		}
	}
	return name, false
}

func sentOnce(method string) bool {
	switch method {
	case "eth_sendTransaction", "personal_sendTransaction":
		return true
	}
	for _, p := range []string{"evm_", "anvil_", "hardhat_"} {
		if strings.HasPrefix(method, p) {
			return true
		}
	}
	return false
}

// isRPCAnswer reports whether body is a JSON-RPC response (or a batch of
// them): the node answered, even if under an error status.
func isRPCAnswer(body []byte) bool {
	type answer struct {
		Version string          `json:"jsonrpc"`
		Result  json.RawMessage `json:"result"`
		Error   json.RawMessage `json:"error"`
	}
	ok := func(a answer) bool { return a.Version != "" && (a.Result != nil || a.Error != nil) }
	body = bytes.TrimSpace(body)
	if len(body) > 0 && body[0] == '[' {
		var as []answer
		return json.Unmarshal(body, &as) == nil && len(as) > 0 && ok(as[0])
	}
	var a answer
	return json.Unmarshal(body, &a) == nil && ok(a)
}
