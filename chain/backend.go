package chain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/hashicorp/go-retryablehttp"

	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/httplog"
	"github.com/agijobs/agijobs-go/internal/otelinst"
	"github.com/agijobs/agijobs-go/internal/redact"
	"github.com/agijobs/agijobs-go/telemetry"
)

// Backend is what this package needs from a node: the go-ethereum binding
// backend (calls, estimates, sends, receipts, logs) plus the chain id, the
// head block number and account nonces. *ethclient.Client, *Conn and the
// embedded chain's backend implement it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
	ethereum.BlockNumberReader
	// NonceAt returns the account nonce at the given block (nil = latest).
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

var (
	_ Backend = (*ethclient.Client)(nil)
	_ Backend = (*Conn)(nil)
)

// Conn is a connection to a JSON-RPC node. It is an *ethclient.Client whose
// chain id was read once at dial time and is served from memory afterwards.
// It is safe for concurrent use.
type Conn struct {
	*ethclient.Client
	chainID *big.Int
}

// ChainID returns the chain id read when the connection was made.
func (c *Conn) ChainID(context.Context) (*big.Int, error) {
	if c == nil || c.Client == nil {
		return nil, input.Unbuilt("chain.Conn", "chain.Dial")
	}
	return new(big.Int).Set(c.chainID), nil
}

// RetryConfig tunes the retrying HTTP transport. Zero fields take the
// defaults named on each field.
type RetryConfig struct {
	// Max is the number of retries after the first attempt; 0 means 6, a
	// negative value disables retries.
	Max int
	// WaitMin and WaitMax bound the exponential backoff; 0 means 50ms and 2s.
	WaitMin, WaitMax time.Duration
	// MaxRetryAfter caps how long a server's Retry-After header (on 429 and
	// 503) may make the client wait; 0 means 30s.
	MaxRetryAfter time.Duration
}

// DialOptions configures Dial. The zero value is valid: no chain id check,
// default retries, silent logging.
type DialOptions struct {
	// ChainID, when non-zero, must equal the node's chain id; a mismatch
	// fails Dial with a *ChainIDMismatchError naming both ids.
	ChainID uint64
	// Logger receives retry and transport messages; nil is silent. URLs are
	// logged with their user information, query values and key-like path
	// segments masked ("https://host/v3/REDACTED"), as they appear in
	// errors: hosted nodes take API keys there.
	Logger *slog.Logger
	// Retry tunes retries of the HTTP transport (connection errors, 429,
	// 5xx). WebSocket connections are not retried.
	Retry RetryConfig
	// Headers are added to every request (HTTP and the WebSocket handshake).
	Headers http.Header
	// HTTPClient is the underlying client for HTTP(S) URLs; nil means a
	// pooled client with a 30s timeout per attempt.
	HTTPClient *http.Client
	// Telemetry receives the connection's RPC metrics over HTTP(S)
	// (agijobs.rpc.*: requests, errors, retries and latency by JSON-RPC
	// method) and a client span per request made under a caller's span.
	// WebSocket connections are not measured. The zero value records
	// nothing.
	Telemetry telemetry.Providers
}

// Dial connects to the JSON-RPC node at rawURL (http, https, ws or wss),
// reads its chain id once and checks it against opts.ChainID.
//
// HTTP requests go through a go-retryablehttp client that retries
// connection errors, 429 and 5xx answers with exponential backoff and
// honours Retry-After. Retrying eth_sendRawTransaction resends the same
// signed bytes, which cannot execute twice (same nonce); a node that already
// got the first copy answers "already known" or "nonce too low", which the
// Manager recognises as success after checking the transaction hash.
//
// The errors of Dial and of every later call quote rawURL with its user
// information, query values and key-like path segments replaced by
// "REDACTED" (https://host/v3/REDACTED), so that they can be logged: hosted
// nodes take API keys there.
func Dial(ctx context.Context, rawURL string, opts DialOptions) (*Conn, error) {
	shown := redact.URL(rawURL)
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("dial %s: invalid RPC URL: %w", shown, redact.Error(err))
	}
	var rc *rpc.Client
	switch u.Scheme {
	case "http", "https":
		hc := newRetryingHTTPClient(opts)
		hc.Transport = otelinst.NewRPCTransport(hc.Transport, opts.Telemetry)
		// go-ethereum's HTTP client quotes its URL in every transport
		// error it returns, for the life of the connection. It is given
		// the masked URL, and the transport sends to the real one.
		display := *u
		display.User = nil // net/http would send a placeholder as basic-auth credentials
		hc.Transport = &endpointTransport{raw: rawURL, url: u, next: hc.Transport}
		rpcOpts := []rpc.ClientOption{rpc.WithHTTPClient(hc)}
		if len(opts.Headers) > 0 {
			rpcOpts = append(rpcOpts, rpc.WithHeaders(opts.Headers))
		}
		rc, err = rpc.DialOptions(ctx, redact.URL(display.String()), rpcOpts...)
	case "ws", "wss":
		var rpcOpts []rpc.ClientOption
		if len(opts.Headers) > 0 {
			rpcOpts = append(rpcOpts, rpc.WithHeaders(opts.Headers))
		}
		rc, err = rpc.DialOptions(ctx, rawURL, rpcOpts...)
	default:
		return nil, fmt.Errorf("dial %s: unsupported URL scheme %q; use http, https, ws or wss", shown, u.Scheme)
	}
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", shown, classify("dial", redact.Error(err)))
	}
	ec := ethclient.NewClient(rc)
	id, err := ec.ChainID(ctx)
	if err != nil {
		ec.Close()
		return nil, fmt.Errorf("dial %s: read chain id: %w", shown, classify("eth_chainId", redact.Error(err)))
	}
	if opts.ChainID != 0 && (!id.IsUint64() || id.Uint64() != opts.ChainID) {
		ec.Close()
		return nil, &ChainIDMismatchError{Want: new(big.Int).SetUint64(opts.ChainID), Got: id}
	}
	return &Conn{Client: ec, chainID: id}, nil
}

// endpointTransport sends every request to one URL, whatever the request
// says, and masks that URL's secrets in the errors it returns and in the
// bodies of error answers (go-ethereum quotes them in its errors, and
// some servers echo the request path in them).
type endpointTransport struct {
	raw  string
	url  *url.URL
	next http.RoundTripper
}

// maxErrorBody bounds the part of an error answer kept for the message.
const maxErrorBody = 4 << 10

func (t *endpointTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	u := *t.url
	r.URL, r.Host = &u, ""
	resp, err := t.next.RoundTrip(r)
	if err != nil {
		return nil, redact.Error(err)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
		resp.Body.Close()
		resp.Body = io.NopCloser(strings.NewReader(redact.Echoed(redact.Text(string(body)), t.raw)))
		resp.ContentLength = -1
	}
	return resp, nil
}

// NewRetryingHTTPClient returns the *http.Client that Dial uses for HTTP(S)
// nodes: retries on connection errors, 429 and 5xx, Retry-After honoured
// (capped), logging through opts.Logger. Other HTTP users (IPFS gateways)
// may share it.
func NewRetryingHTTPClient(opts DialOptions) *http.Client { return newRetryingHTTPClient(opts) }

func newRetryingHTTPClient(opts DialOptions) *http.Client {
	rc := retryablehttp.NewClient()
	if opts.HTTPClient != nil {
		rc.HTTPClient = opts.HTTPClient
	} else {
		rc.HTTPClient.Timeout = 30 * time.Second
	}
	rc.Logger = httplog.New(opts.Logger, "rpc http: ")
	rc.RequestLogHook = func(_ retryablehttp.Logger, req *http.Request, _ int) { otelinst.CountAttempt(req) }
	r := opts.Retry
	switch {
	case r.Max == 0:
		rc.RetryMax = 6
	case r.Max < 0:
		rc.RetryMax = 0
	default:
		rc.RetryMax = r.Max
	}
	rc.RetryWaitMin = cmp(r.WaitMin, 50*time.Millisecond)
	rc.RetryWaitMax = cmp(r.WaitMax, 2*time.Second)
	maxAfter := cmp(r.MaxRetryAfter, 30*time.Second)
	rc.Backoff = func(minWait, maxWait time.Duration, attempt int, resp *http.Response) time.Duration {
		d := retryablehttp.DefaultBackoff(minWait, maxWait, attempt, resp)
		return min(d, maxAfter)
	}
	// Return the last response instead of a generic error once retries are
	// exhausted, so that the JSON-RPC layer sees the HTTP status.
	rc.ErrorHandler = func(resp *http.Response, err error, tries int) (*http.Response, error) {
		if resp != nil && err == nil {
			return resp, nil
		}
		if resp != nil {
			resp.Body.Close()
		}
		return nil, fmt.Errorf("%w after %d attempt(s): %w", ErrTransport, tries, redact.Error(err))
	}
	return rc.StandardClient()
}

func cmp(v, def time.Duration) time.Duration {
	if v <= 0 {
		return def
	}
	return v
}

// errNoChainID is returned when a backend cannot tell its chain id.
var errNoChainID = errors.New("the backend did not report a chain id")

// RPC returns the underlying JSON-RPC client, for batching requests
// (rpc.Client.BatchCallContext) and calling methods the SDK does not wrap.
func (c *Conn) RPC() *rpc.Client {
	if c == nil || c.Client == nil {
		return nil
	}
	return c.Client.Client()
}
