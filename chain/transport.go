package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/hashicorp/go-cleanhttp"

	"github.com/agijobs/agijobs-go/internal/otelinst"
	"github.com/agijobs/agijobs-go/internal/redact"
	"github.com/agijobs/agijobs-go/retry"
)

// maxAnswer bounds the JSON-RPC answer the transport reads into memory.
// An answer beyond it fails with a message that LogPager reads as "range
// too large" (it then halves its block range); other calls see a
// permanent error.
const maxAnswer = 128 << 20

// retryTransport applies a retry.Policy to JSON-RPC over HTTP. It reads
// every answer whole inside the attempt, so that an answer cut in the
// middle of its body, or a connection reset while it is read, is a failed
// attempt here rather than a decoding error in go-ethereum after the round
// trip. See Dial for what is retried.
type retryTransport struct {
	p      retry.Policy // resolved
	client *http.Client // makes one attempt
	log    *slog.Logger
}

func newRetryTransport(opts DialOptions) *retryTransport {
	c := opts.HTTPClient
	if c == nil {
		c = &http.Client{Transport: cleanhttp.DefaultPooledTransport()}
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &retryTransport{p: opts.Retry.Resolved(), client: c, log: log}
}

// errAttemptTimeout is an attempt cut by the policy's AttemptTimeout or
// Budget. It does not match context.DeadlineExceeded, which is kept for
// the caller's own deadline.
type errAttemptTimeout struct{ d time.Duration }

func (e errAttemptTimeout) Error() string {
	return fmt.Sprintf("no answer within %v (the retry policy's AttemptTimeout, or what was left of its Budget)", e.d.Round(time.Millisecond))
}

// RoundTrip sends req, repeating it under the policy while it fails in
// transport. The response it returns has its body in memory.
func (t *retryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	if req.Body != nil && req.Body != http.NoBody && req.GetBody == nil {
		// Without GetBody the body could be sent once only: keep a copy.
		b, err := io.ReadAll(req.Body)
		req.Body.Close()
		if err != nil {
			return nil, err
		}
		req = req.Clone(ctx)
		req.Body = io.NopCloser(bytes.NewReader(b))
		req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(b)), nil }
	}
	maxAttempts := t.p.MaxAttempts
	method, once := requestMethods(req)
	if once {
		maxAttempts = 1
	}
	start := time.Now()
	end := start.Add(t.p.Budget)
	for n := 1; ; n++ {
		otelinst.CountAttempt(req)
		resp, again, err := t.attempt(ctx, req, end)
		if !again {
			return resp, err
		}
		var stop string
		wait := t.p.Backoff(n)
		if ra := retry.After(resp); ra > wait {
			wait = ra
		}
		switch {
		case once && t.p.MaxAttempts > 1:
			stop = fmt.Sprintf("not retried: %s is not safe to repeat", method)
		case n >= maxAttempts:
			stop = fmt.Sprintf("the retry policy's MaxAttempts (%d) reached", maxAttempts)
		case time.Until(end) <= wait:
			stop = fmt.Sprintf("the retry policy's Budget (%v) would be passed", t.p.Budget)
		}
		if stop != "" {
			if resp != nil {
				// The last answer, with its status and body, tells more
				// than a summary.
				return resp, nil
			}
			return nil, fmt.Errorf("%w: %d attempt(s) in %v, %s: %w", ErrTransport, n, time.Since(start).Round(time.Millisecond), stop, err)
		}
		if resp != nil {
			err = fmt.Errorf("HTTP %s", resp.Status)
		}
		t.log.Debug("rpc http: retrying", "method", method, "attempt", n, "wait", wait, "err", redact.Error(err).Error())
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			return nil, ctx.Err()
		case <-timer.C:
		}
	}
}

// attempt makes one attempt before end. It returns the response with its
// body in memory or an error, and whether it failed transiently (again),
// in which case a response is an HTTP status answer worth retrying.
func (t *retryTransport) attempt(ctx context.Context, req *http.Request, end time.Time) (*http.Response, bool, error) {
	deadline := time.Now().Add(t.p.AttemptTimeout)
	if end.Before(deadline) {
		deadline = end
	}
	limit := time.Until(deadline)
	actx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	r := req.Clone(actx)
	if req.GetBody != nil {
		body, err := req.GetBody()
		if err != nil {
			return nil, false, err
		}
		r.Body = body
	}
	resp, err := t.client.Do(r)
	if err != nil {
		return t.failure(ctx, actx, err, limit)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswer+1))
	resp.Body.Close()
	if err != nil {
		return t.failure(ctx, actx, fmt.Errorf("reading the answer (HTTP %d, %d bytes read): %w", resp.StatusCode, len(body), err), limit)
	}
	if len(body) > maxAnswer {
		return nil, false, fmt.Errorf("response size exceeded %d MiB; ask for less (a smaller block range)", maxAnswer>>20)
	}
	resp.Body = io.NopCloser(bytes.NewReader(body))
	resp.ContentLength = int64(len(body))
	switch resp.StatusCode {
	case http.StatusRequestTimeout, http.StatusTooManyRequests, http.StatusBadGateway,
		http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return resp, true, nil
	case http.StatusInternalServerError:
		// Some nodes answer JSON-RPC errors with 500: an answer. A 500
		// without one is a proxy or a load balancer failing.
		return resp, !isRPCAnswer(body), nil
	}
	return resp, false, nil
}

// failure classifies a failed attempt: the caller's context ending is
// final, the attempt's own deadline and every other failure to exchange
// the message are transient.
func (t *retryTransport) failure(ctx, actx context.Context, err error, limit time.Duration) (*http.Response, bool, error) {
	if ctx.Err() != nil {
		return nil, false, ctx.Err()
	}
	if actx.Err() != nil {
		return nil, true, errAttemptTimeout{limit}
	}
	return nil, true, err
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
