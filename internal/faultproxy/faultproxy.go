// Package faultproxy is a JSON-RPC proxy for tests that injures a share of
// the requests it forwards to a node, the ways a flaky link or a hosted
// provider does: the connection dropped before the request reaches the
// node, the answer lost after the node acted on it, a 5xx, a delay, or the
// answer cut off in the middle of its body.
package faultproxy

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Config sets what the proxy does. The zero value forwards every request
// untouched.
type Config struct {
	// Rate is the share of requests injured, 0 to 1. An injured request
	// suffers one fault, each kind of Faults equally likely.
	Rate float64
	// Faults restricts the injuries to these kinds; empty means all five.
	Faults []Fault
	// Seed makes the faults repeatable.
	Seed uint64
	// MinDelay and MaxDelay bound the delay fault; zero means 5ms and 50ms.
	MinDelay, MaxDelay time.Duration
}

// Stats counts what the proxy did.
type Stats struct {
	// Requests is every request received.
	Requests int64
	// DroppedBefore were hung up on before being forwarded.
	DroppedBefore int64
	// DroppedAfter were forwarded, and the node's answer was lost.
	DroppedAfter int64
	// Status5xx were answered 500, 502, 503 or 504 without forwarding.
	Status5xx int64
	// Delayed were forwarded late.
	Delayed int64
	// CutBodies were forwarded, and the answer was cut in its middle.
	CutBodies int64
	// SendRaw counts eth_sendRawTransaction requests, SendRawInjured those
	// of them injured.
	SendRaw, SendRawInjured int64
}

// Injured is the number of requests that suffered a fault.
func (s Stats) Injured() int64 {
	return s.DroppedBefore + s.DroppedAfter + s.Status5xx + s.Delayed + s.CutBodies
}

// String summarises the counts.
func (s Stats) String() string {
	return fmt.Sprintf("%d requests, %d injured (%d dropped before forwarding, %d dropped after, %d 5xx, %d delayed, %d bodies cut); eth_sendRawTransaction %d, %d injured",
		s.Requests, s.Injured(), s.DroppedBefore, s.DroppedAfter, s.Status5xx, s.Delayed, s.CutBodies, s.SendRaw, s.SendRawInjured)
}

// Proxy forwards JSON-RPC over HTTP to a node and injures a share of the
// requests. It is an http.Handler; Start serves it on loopback.
type Proxy struct {
	target string
	cfg    Config
	client *http.Client

	mu  sync.Mutex
	rng *rand.Rand
	on  bool

	requests, dropBefore, dropAfter, status5xx, delayed, cut, sendRaw, sendRawInjured atomic.Int64
}

// New returns a proxy to the node at target (an http:// URL), injuring
// requests from the start.
func New(target string, cfg Config) *Proxy {
	if cfg.MinDelay <= 0 {
		cfg.MinDelay = 5 * time.Millisecond
	}
	if cfg.MaxDelay < cfg.MinDelay {
		cfg.MaxDelay = max(50*time.Millisecond, cfg.MinDelay)
	}
	return &Proxy{target: target, cfg: cfg, rng: rand.New(rand.NewPCG(cfg.Seed, 0x13)), on: true,
		client: &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}}
}

// Start serves a new proxy to target on a loopback port until the test
// ends, and returns it with its URL.
func Start(t testing.TB, target string, cfg Config) (*Proxy, string) {
	t.Helper()
	p := New(target, cfg)
	srv := httptest.NewServer(p)
	t.Cleanup(srv.Close)
	return p, srv.URL
}

// SetInjuring turns the faults on or off (requests are forwarded either
// way), so that a test can read the outcome through the same proxy.
func (p *Proxy) SetInjuring(on bool) {
	p.mu.Lock()
	p.on = on
	p.mu.Unlock()
}

// Stats returns the counts so far.
func (p *Proxy) Stats() Stats {
	return Stats{
		Requests: p.requests.Load(), DroppedBefore: p.dropBefore.Load(), DroppedAfter: p.dropAfter.Load(),
		Status5xx: p.status5xx.Load(), Delayed: p.delayed.Load(), CutBodies: p.cut.Load(),
		SendRaw: p.sendRaw.Load(), SendRawInjured: p.sendRawInjured.Load(),
	}
}

// Fault is one kind of injury.
type Fault int

// The kinds of injury.
const (
	none Fault = iota
	// DropBefore hangs up before forwarding: the node never sees the
	// request.
	DropBefore
	// DropAfter forwards the request and hangs up instead of answering:
	// the node acted, the client cannot know.
	DropAfter
	// Status5xx answers 500, 502, 503 or 504 without forwarding.
	Status5xx
	// Delay forwards the request late (MinDelay to MaxDelay).
	Delay
	// CutBody forwards the request and sends the status, the headers and
	// half of the node's answer, then closes the connection.
	CutBody
)

// draw decides the fate of one request.
func (p *Proxy) draw() (Fault, time.Duration, int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.on || p.rng.Float64() >= p.cfg.Rate {
		return none, 0, 0
	}
	d := p.cfg.MinDelay + time.Duration(p.rng.Int64N(int64(p.cfg.MaxDelay-p.cfg.MinDelay)+1))
	var f Fault
	if len(p.cfg.Faults) > 0 {
		f = p.cfg.Faults[p.rng.IntN(len(p.cfg.Faults))]
	} else {
		f = Fault(1 + p.rng.IntN(5))
	}
	return f, d, []int{500, 502, 503, 504}[p.rng.IntN(4)]
}

// ServeHTTP forwards one request, injured or not.
func (p *Proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.requests.Add(1)
	body, _ := io.ReadAll(r.Body)
	send := bytes.Contains(body, []byte("eth_sendRawTransaction"))
	if send {
		p.sendRaw.Add(1)
	}
	f, d, code := p.draw()
	if f != none && send {
		p.sendRawInjured.Add(1)
	}
	switch f {
	case DropBefore:
		p.dropBefore.Add(1)
		hangUp(w)
		return
	case Status5xx:
		p.status5xx.Add(1)
		w.WriteHeader(code)
		return
	case Delay:
		p.delayed.Add(1)
		time.Sleep(d)
	}
	status, answer, err := p.forward(r, body)
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	switch f {
	case DropAfter:
		p.dropAfter.Add(1)
		hangUp(w)
		return
	case CutBody:
		p.cut.Add(1)
		cutOff(w, status, answer)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(answer)
}

// forward posts body to the node and returns its answer.
func (p *Proxy) forward(r *http.Request, body []byte) (int, []byte, error) {
	req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, p.target, bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	answer, err := io.ReadAll(resp.Body)
	return resp.StatusCode, answer, err
}

// hangUp closes the connection without an answer.
func hangUp(w http.ResponseWriter) {
	if hj, ok := w.(http.Hijacker); ok {
		if c, _, err := hj.Hijack(); err == nil {
			_ = c.Close()
			return
		}
	}
	panic(http.ErrAbortHandler)
}

// cutOff sends the status and headers of a complete answer, then half its
// body, then closes the connection: the client reads a short body.
func cutOff(w http.ResponseWriter, status int, answer []byte) {
	hj, ok := w.(http.Hijacker)
	if !ok {
		panic(http.ErrAbortHandler)
	}
	c, buf, err := hj.Hijack()
	if err != nil {
		panic(http.ErrAbortHandler)
	}
	defer c.Close()
	bw := bufio.NewWriter(c)
	if buf != nil && buf.Writer != nil {
		bw = buf.Writer
	}
	fmt.Fprintf(bw, "HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", status, http.StatusText(status), len(answer))
	_, _ = bw.Write(answer[:len(answer)/2])
	_ = bw.Flush()
}
