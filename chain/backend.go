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

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/otelinst"
	"github.com/agijobs/agijobs-go/internal/redact"
	"github.com/agijobs/agijobs-go/retry"
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

// DialOptions configures Dial. The zero value is valid: no chain id check,
// the default retry policy, silent logging.
type DialOptions struct {
	// ChainID, when non-zero, must equal the node's chain id; a mismatch
	// fails Dial with a *ChainIDMismatchError naming both ids.
	ChainID uint64
	// Logger receives retry and transport messages; nil is silent. URLs are
	// logged with their user information, query values and key-like path
	// segments masked ("https://host/v3/REDACTED"), as they appear in
	// errors: hosted nodes take API keys there.
	Logger *slog.Logger
	// Retry is the retry policy of the HTTP transport, the only layer of
	// the SDK that repeats a request failed in transport (see Dial); the
	// zero value is retry's default policy (5 attempts within 30s). It
	// does not apply to WebSocket connections.
	Retry retry.Policy
	// Headers are added to every request (HTTP and the WebSocket handshake).
	Headers http.Header
	// HTTPClient makes each attempt of an HTTP(S) request, inside the
	// go-retryablehttp loop that repeats them; nil means a pooled client.
	// Its Timeout, if set, bounds each attempt in addition to
	// Retry.AttemptTimeout.
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
// Over HTTP(S) every request goes through the SDK's one retrying layer, a
// go-retryablehttp client under opts.Retry (see package retry): one
// logical call, a read or a broadcast, makes at most Retry.MaxAttempts
// HTTP requests within Retry.Budget, with full-jitter backoff between
// them. The answer is read whole inside each attempt, so that a body cut
// mid-way or a connection reset while reading is retried like a refused
// connection. Retried: the
// connection refused, reset or closed without an answer, a cut body, an
// attempt past Retry.AttemptTimeout, HTTP 408, 429, 502, 503, 504 (after
// the Retry-After of a 429 or 503, within the budget), and an HTTP 500
// that carries no JSON-RPC answer. Never retried: any JSON-RPC answer
// (a revert, an invalid argument, "nonce too low", whatever its HTTP
// status) and any other HTTP status. Retrying eth_sendRawTransaction
// resends the same signed bytes, which cannot execute twice (same nonce);
// a node that already got the first copy answers "already known" or
// "nonce too low", which the Manager recognises as success after checking
// the transaction hash. eth_sendTransaction and the test nodes' controls
// (evm_*, anvil_*, hardhat_*) are sent once. When the retries are spent,
// the error matches ErrTransport and says how many attempts were made and
// whether MaxAttempts or Budget ended them, or is the last HTTP status
// answer. The caller's own deadline or cancellation stays a context
// error.
//
// Over WebSocket there is no per-request retry: a request in flight when
// the connection drops fails with an error matching ErrTransport, and
// go-ethereum dials again on the next request; subscriptions end with an
// error and must be made again. The SDK's pollers (the Manager's watcher,
// Follow) simply try again at their next poll.
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
		if err := opts.Retry.Check("chain.DialOptions.Retry"); err != nil {
			return nil, err
		}
		hc := &http.Client{Transport: otelinst.NewRPCTransport(newRetryTransport(opts), opts.Telemetry)}
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
