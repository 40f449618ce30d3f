// Package retry holds the SDK's one retry policy: how many HTTP attempts
// one logical call may make, how long to back off between them and how
// long the whole call may take.
//
// The policy is applied at one layer only, the HTTP transport, where it
// configures a go-retryablehttp client (RetryMax, Backoff, CheckRetry):
// the JSON-RPC connections of chain.Dial (DialOptions.Retry, and
// agijobs.Config.Retry) and the remote IPFS backends of package storage
// (HTTPOptions.Retry). Nothing above the transport repeats a request that
// failed in transport, so one logical call never makes more than
// MaxAttempts HTTP requests, and never lasts longer than Budget.
//
// Transient failures are retried: the connection refused, reset or closed
// before the answer, an answer cut in the middle of its body, an attempt
// that timed out, HTTP 408, 429, 502, 503 and 504, and an HTTP 500 that
// carries no answer of the server's own. Everything the server answered is
// permanent and returned at once: for a JSON-RPC node a revert, an invalid
// argument, "nonce too low" or any other JSON-RPC error, whatever the HTTP
// status; for IPFS a 4xx or a command error. Each package documents its
// exact rules.
package retry

import (
	"fmt"
	"math/rand/v2"
	"net/http"
	"strconv"
	"time"

	"github.com/agijobs/agijobs-go/input"
)

// The defaults of a zero Policy.
const (
	DefaultMaxAttempts    = 5
	DefaultMinBackoff     = 100 * time.Millisecond
	DefaultMaxBackoff     = 2 * time.Second
	DefaultAttemptTimeout = 15 * time.Second
	DefaultBudget         = 30 * time.Second
)

// Policy bounds the retries of one logical call: an HTTP request that the
// SDK may repeat because its failure was the transport's. The zero value
// is the default policy: at most 5 attempts, backoff drawn from 100ms
// doubling to 2s, 15s per attempt and 30s for the whole call. Check
// reports invalid fields.
//
// Under the default policy one logical read makes at most 5 HTTP requests
// and ends within 30s (or when its context ends, if earlier), whatever the
// faults.
type Policy struct {
	// MaxAttempts bounds the HTTP requests of one logical call, the first
	// included: 0 means 5, 1 turns retries off.
	MaxAttempts int
	// MinBackoff and MaxBackoff shape the wait before each retry, with
	// full jitter: the wait before retry n (n = 1 after the first attempt)
	// is drawn uniformly from [0, min(MaxBackoff, MinBackoff*2^(n-1))], so
	// that clients that failed together do not retry together. 0 means
	// 100ms and 2s. A server's Retry-After (on 429 and 503) lengthens the
	// wait, within Budget.
	MinBackoff, MaxBackoff time.Duration
	// AttemptTimeout bounds one attempt, from sending the request until
	// the answer is read (for JSON-RPC) or its headers arrive (for IPFS,
	// whose bodies are streamed); an attempt cut by it is a transient
	// failure. 0 means 15s.
	AttemptTimeout time.Duration
	// Budget bounds the whole logical call, measured from the start of its
	// first attempt: an attempt still running when it ends is cut, and no
	// retry starts whose wait would end past it. 0 means 30s.
	Budget time.Duration
}

// Check reports the invalid fields of p as input.Errors naming field (the
// caller's path to the Policy, e.g. "chain.DialOptions.Retry").
func (p Policy) Check(field string) error {
	var errs input.Errors
	if p.MaxAttempts < 0 {
		errs.Add(field+".MaxAttempts", fmt.Sprintf("is %d", p.MaxAttempts), "use 1 for no retries, a larger number, or 0 for the default 5")
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{{"MinBackoff", p.MinBackoff}, {"MaxBackoff", p.MaxBackoff}, {"AttemptTimeout", p.AttemptTimeout}, {"Budget", p.Budget}} {
		if d.v < 0 {
			errs.Add(field+"."+d.name, fmt.Sprintf("is %v", d.v), "make it positive, or 0 for the default")
		}
	}
	if p.MinBackoff > 0 && p.MaxBackoff > 0 && p.MinBackoff > p.MaxBackoff {
		errs.Add(field+".MinBackoff", fmt.Sprintf("%v exceeds MaxBackoff %v", p.MinBackoff, p.MaxBackoff), "lower MinBackoff or raise MaxBackoff")
	}
	return errs.Err()
}

// Resolved returns p with every zero field set to its default (and
// MaxBackoff raised to MinBackoff if below it), the values the transports
// use.
func (p Policy) Resolved() Policy {
	if p.MaxAttempts <= 0 {
		p.MaxAttempts = DefaultMaxAttempts
	}
	if p.MinBackoff <= 0 {
		p.MinBackoff = DefaultMinBackoff
	}
	if p.MaxBackoff <= 0 {
		p.MaxBackoff = max(DefaultMaxBackoff, p.MinBackoff)
	}
	p.MaxBackoff = max(p.MaxBackoff, p.MinBackoff)
	if p.AttemptTimeout <= 0 {
		p.AttemptTimeout = DefaultAttemptTimeout
	}
	if p.Budget <= 0 {
		p.Budget = DefaultBudget
	}
	return p
}

// Backoff returns the wait before retry n (1 for the first retry) under
// the resolved policy: a duration drawn uniformly from [0, min(MaxBackoff,
// MinBackoff*2^(n-1))]. It is safe for concurrent use.
func (p Policy) Backoff(n int) time.Duration {
	p = p.Resolved()
	ceil := p.MinBackoff
	for i := 1; i < n && ceil < p.MaxBackoff; i++ {
		ceil *= 2
	}
	ceil = min(ceil, p.MaxBackoff)
	return time.Duration(rand.Int64N(int64(ceil) + 1))
}

// After returns the wait that a 429 or 503 answer asks for in its
// Retry-After header (seconds or an HTTP date), or 0. The transports wait
// at least that long before the next attempt, within Budget.
func After(resp *http.Response) time.Duration {
	if resp == nil || (resp.StatusCode != http.StatusTooManyRequests && resp.StatusCode != http.StatusServiceUnavailable) {
		return 0
	}
	v := resp.Header.Get("Retry-After")
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s > 0 {
		return time.Duration(s) * time.Second
	}
	if at, err := http.ParseTime(v); err == nil {
		return max(time.Until(at), 0)
	}
	return 0
}
