package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/url"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Sentinel errors. Errors returned by this package wrap at most one of the
// node sentinels below, so that callers can branch with errors.Is; the
// original node error stays in the chain for logging.
var (
	// ErrNonceTooLow means the node already has a mined transaction with this
	// nonce from the sender. The Manager resynchronises its nonce and retries
	// on its own; callers see it only when another process uses the same key.
	ErrNonceTooLow = errors.New("nonce too low")

	// ErrNonceTooHigh means the nonce leaves a gap the node will not queue.
	ErrNonceTooHigh = errors.New("nonce too high")

	// ErrUnderpriced means the node refused the fee: below its minimum tip,
	// below the base fee, or a replacement bumped by too little. Raise the fee
	// caps in ManagerConfig.
	ErrUnderpriced = errors.New("transaction underpriced")

	// ErrInsufficientFunds means the sender cannot pay value + gas * fee cap.
	// Fund the sender account or lower the fee caps.
	ErrInsufficientFunds = errors.New("insufficient funds for gas * price + value")

	// ErrAlreadyKnown means the node already holds this exact signed
	// transaction. The Manager treats it as a successful send.
	ErrAlreadyKnown = errors.New("transaction already known")

	// ErrGasLimit means the gas limit is outside what the node accepts
	// (below the intrinsic gas or above the block gas limit).
	ErrGasLimit = errors.New("gas limit out of range")

	// ErrTxPoolFull means the node's pool refused the transaction for
	// capacity reasons; retry later.
	ErrTxPoolFull = errors.New("transaction pool full")

	// ErrTransport marks failures to reach the node (connection refused or
	// reset, timeouts, HTTP 5xx after retries). The request may or may not
	// have been processed.
	ErrTransport = errors.New("transport error")

	// ErrReverted marks a call or transaction that the EVM reverted. The
	// error that carries it is a *RevertError.
	ErrReverted = errors.New("execution reverted")

	// ErrChainIDMismatch is wrapped by *ChainIDMismatchError.
	ErrChainIDMismatch = errors.New("chain id mismatch")

	// ErrClosed is returned by a Manager after Close.
	ErrClosed = errors.New("transaction manager closed")

	// ErrReplaced means the nonce of a transaction was consumed by another
	// transaction that this Manager did not sign (another process uses the
	// same key).
	ErrReplaced = errors.New("nonce consumed by another transaction")
)

// NodeError is a JSON-RPC error answered by the node and classified into
// one of the sentinels of this package (Kind). errors.Is(err, ErrNonceTooLow)
// and friends work on it; Err keeps the node's own error.
type NodeError struct {
	Kind error // one of the sentinels, or nil when unclassified
	Op   string
	Err  error
}

// Error returns the operation, the classification and the node's message.
func (e *NodeError) Error() string {
	if e == nil {
		return "<nil>"
	}
	if e.Kind == nil {
		return fmt.Sprintf("%s: %v", e.Op, e.Err)
	}
	return fmt.Sprintf("%s: %v (node said: %v)", e.Op, e.Kind, e.Err)
}

// Unwrap returns the classification sentinel and the node error.
func (e *NodeError) Unwrap() []error {
	if e == nil {
		return nil
	}
	if e.Kind == nil {
		return []error{e.Err}
	}
	return []error{e.Kind, e.Err}
}

// ChainIDMismatchError reports that the node serves another chain than the
// one configured.
type ChainIDMismatchError struct {
	Want, Got *big.Int
}

// Error names both chain ids.
func (e *ChainIDMismatchError) Error() string {
	if e == nil {
		return "<nil>"
	}
	return fmt.Sprintf("chain id mismatch: configured %v but the node serves %v; point the RPC URL at the right network or fix the configured chain id", e.Want, e.Got)
}

// Unwrap returns ErrChainIDMismatch.
func (e *ChainIDMismatchError) Unwrap() error { return ErrChainIDMismatch }

// nodeErrorKind maps a node's error message to a sentinel. It is the only
// place where this package matches error strings of geth, anvil, erigon,
// nethermind, besu and hosted providers.
func nodeErrorKind(msg string) error {
	m := strings.ToLower(msg)
	switch {
	case strings.Contains(m, "nonce too low"),
		strings.Contains(m, "nonce has already been used"),
		strings.Contains(m, "oldnonce"), // nethermind
		strings.Contains(m, "transaction nonce is too low"):
		return ErrNonceTooLow
	case strings.Contains(m, "nonce too high"), strings.Contains(m, "nonce gap"):
		return ErrNonceTooHigh
	case strings.Contains(m, "already known"),
		strings.Contains(m, "already imported"),
		strings.Contains(m, "known transaction"),
		strings.Contains(m, "alreadyknown"),
		strings.Contains(m, "already in the mempool"),
		strings.Contains(m, "already exists"):
		return ErrAlreadyKnown
	case strings.Contains(m, "insufficient funds"),
		strings.Contains(m, "insufficient balance"),
		strings.Contains(m, "insufficientfunds"):
		return ErrInsufficientFunds
	case strings.Contains(m, "underpriced"),
		strings.Contains(m, "fee too low"),
		strings.Contains(m, "max fee per gas less than block base fee"),
		strings.Contains(m, "feetoolow"),
		strings.Contains(m, "gas price too low"),
		strings.Contains(m, "gas price below"),
		strings.Contains(m, "priority fee"):
		return ErrUnderpriced
	case strings.Contains(m, "intrinsic gas too low"),
		strings.Contains(m, "exceeds block gas limit"),
		strings.Contains(m, "gas limit too high"),
		strings.Contains(m, "intrinsic gas too high"):
		return ErrGasLimit
	case strings.Contains(m, "txpool is full"),
		strings.Contains(m, "pool full"),
		strings.Contains(m, "account limit exceeded"),
		strings.Contains(m, "in-flight transaction limit"):
		return ErrTxPoolFull
	}
	return nil
}

// classify turns a raw error from a backend call into an error of this
// package: a *RevertError for reverts with data, a *NodeError for JSON-RPC
// errors, ErrTransport for failures to talk to the node. Context errors are
// returned unchanged.
func classify(op string, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	var re *RevertError
	if errors.As(err, &re) {
		return err
	}
	if data, ok := ethclient.RevertErrorData(err); ok {
		return newRevertError(data, err)
	}
	if msg, data, ok := httpAnswer(err); ok {
		// A JSON-RPC error under an HTTP error status: an answer.
		kind := nodeErrorKind(msg)
		if kind == nil && (isRevertMessage(msg) || len(data) > 0) {
			return newRevertError(data, err)
		}
		return &NodeError{Kind: kind, Op: op, Err: err}
	}
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) {
		kind := nodeErrorKind(rpcErr.Error())
		if kind == nil && isRevertMessage(rpcErr.Error()) {
			return newRevertError(nil, err)
		}
		return &NodeError{Kind: kind, Op: op, Err: err}
	}
	if errors.Is(err, ErrTransport) {
		return fmt.Errorf("%s: %w", op, err) // the transport named it already
	}
	if isTransport(err) {
		return fmt.Errorf("%s: %w: %w", op, ErrTransport, err)
	}
	// In-process backends (the embedded chain) return plain errors.
	if kind := nodeErrorKind(err.Error()); kind != nil {
		return &NodeError{Kind: kind, Op: op, Err: err}
	}
	if isRevertMessage(err.Error()) {
		return newRevertError(nil, err)
	}
	return fmt.Errorf("%s: %w", op, err)
}

func isRevertMessage(msg string) bool {
	return strings.Contains(strings.ToLower(msg), "execution reverted")
}

// isTransport reports whether err is a failure to exchange a message with
// the node, as opposed to an answer from it.
func isTransport(err error) bool {
	if errors.Is(err, ErrTransport) {
		return true
	}
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) {
		if _, _, ok := httpAnswer(err); ok {
			return false
		}
		return httpErr.StatusCode == 0 || httpErr.StatusCode == 408 || httpErr.StatusCode == 429 || httpErr.StatusCode >= 500
	}
	var netErr net.Error
	var urlErr *url.Error
	var opErr *net.OpError
	if errors.As(err, &netErr) || errors.As(err, &urlErr) || errors.As(err, &opErr) {
		return true
	}
	m := strings.ToLower(err.Error())
	return strings.Contains(m, "connection reset") ||
		strings.Contains(m, "connection refused") ||
		strings.Contains(m, "broken pipe") ||
		strings.Contains(m, "unexpected eof") ||
		m == "eof" ||
		strings.Contains(m, "giving up after")
}

// httpAnswer returns the message and revert data of the JSON-RPC error
// that a node answered under an HTTP error status (some answer 500 with
// the error in the body), and whether there is one.
func httpAnswer(err error) (msg string, data []byte, ok bool) {
	var he rpc.HTTPError
	if !errors.As(err, &he) || !isRPCAnswer(he.Body) {
		return "", nil, false
	}
	var a struct {
		Error *struct {
			Message string          `json:"message"`
			Data    json.RawMessage `json:"data"`
		} `json:"error"`
	}
	if json.Unmarshal(he.Body, &a) != nil || a.Error == nil {
		return "", nil, false
	}
	var hexData string
	if json.Unmarshal(a.Error.Data, &hexData) == nil {
		data, _ = hexutil.Decode(hexData)
	}
	return a.Error.Message, data, true
}

// IsTransport reports whether err is a failure to reach the node rather than
// an answer from it. Such a failure says nothing about whether a
// transaction was received.
func IsTransport(err error) bool { return err != nil && isTransport(err) }

// RevertError is a call or transaction that the EVM reverted. Reason holds the
// decoded revert: a *ReasonError for require/revert strings, a *PanicError
// for Solidity panics, a custom error type of a registered decoder (the
// protocol's, from package contracts/reverts, in any program that imports
// an SDK protocol package), or nil when the data is empty or unknown.
// errors.As reaches Reason directly:
//
//	var nf *reverts.JobNotFoundError
//	if errors.As(err, &nf) { ... }
type RevertError struct {
	// Data is the raw revert data (selector and arguments); it may be empty.
	Data []byte
	// Reason is the decoded revert, or nil.
	Reason error
	// TxHash is the reverted transaction, zero for calls and estimates.
	TxHash common.Hash
	// Label is the candidate's label, if any.
	Label string
	// Hint, when set, is the remedy of the package that sent the
	// transaction, which knows its caller's API better than the contract
	// does. Error prints it in place of the decoded reason's own hint (its
	// Hint method), so that a message carries one remedy.
	Hint string
	// OutOfGas is set when a mined transaction used its whole gas limit,
	// which usually means it ran out of gas rather than reverted.
	OutOfGas bool
	// Err is the node error the revert was read from, if any.
	Err error
}

func newRevertError(data []byte, err error) *RevertError {
	return &RevertError{Data: data, Reason: DecodeRevert(data), Err: err}
}

// hinted is a decoded revert whose message is a problem and a hint, as the
// generated errors of contracts/reverts are.
type hinted interface {
	Problem() string
	Hint() string
}

// Error reads "label: execution reverted (tx hash): reason", each part only
// when known; the reason ends with one remedy where one is known.
func (e *RevertError) Error() string {
	if e == nil {
		return "<nil>"
	}
	var b strings.Builder
	if e.Label != "" {
		b.WriteString(e.Label)
		b.WriteString(": ")
	}
	b.WriteString("execution reverted")
	if e.TxHash != (common.Hash{}) {
		fmt.Fprintf(&b, " (tx %s)", e.TxHash.Hex())
	}
	h, isHinted := e.Reason.(hinted)
	switch {
	case e.Reason != nil && e.Hint != "" && isHinted:
		fmt.Fprintf(&b, ": %s: %s", h.Problem(), e.Hint)
	case e.Reason != nil && e.Hint != "":
		fmt.Fprintf(&b, ": %s; %s", e.Reason.Error(), e.Hint)
	case e.Reason != nil:
		b.WriteString(": ")
		b.WriteString(e.Reason.Error())
	case e.OutOfGas:
		b.WriteString(": out of gas; raise the candidate's GasLimit or the Manager's gas margin")
	case len(e.Data) >= 4:
		fmt.Fprintf(&b, ": unknown error 0x%x with %d bytes of arguments; import %s to decode the protocol's errors, and regenerate it if the contracts changed", e.Data[:4], len(e.Data)-4, revertsPackage)
	case len(e.Data) > 0:
		fmt.Fprintf(&b, ": malformed revert data 0x%x", e.Data)
	default:
		b.WriteString(" without a reason")
	}
	return b.String()
}

// revertsPackage holds the SDK's generated protocol errors.
const revertsPackage = "github.com/agijobs/agijobs-go/contracts/reverts"

// Unwrap returns ErrReverted and the decoded reason.
func (e *RevertError) Unwrap() []error {
	if e == nil {
		return nil
	}
	if e.Reason == nil {
		return []error{ErrReverted}
	}
	return []error{ErrReverted, e.Reason}
}

// ReasonError is the standard Error(string) revert of require and revert
// with a message.
type ReasonError struct {
	Reason string
}

// Error returns the reason text.
func (e *ReasonError) Error() string {
	if e == nil {
		return "<nil>"
	}
	return fmt.Sprintf("reverted with reason %q", e.Reason)
}

// PanicError is the standard Panic(uint256) revert that Solidity raises on
// failed assertions, arithmetic overflow, division by zero, bad array
// indexes and similar bugs.
type PanicError struct {
	Code *big.Int
}

// Error names the panic code and its meaning.
func (e *PanicError) Error() string {
	if e == nil {
		return "<nil>"
	}
	return fmt.Sprintf("panic 0x%x: %s; this is a contract bug or an unchecked input, report it with the transaction", e.Code, panicMeaning(e.Code))
}

func panicMeaning(code *big.Int) string {
	if code == nil || !code.IsUint64() {
		return "unknown panic code"
	}
	switch code.Uint64() {
	case 0x00:
		return "generic compiler panic"
	case 0x01:
		return "assertion failed"
	case 0x11:
		return "arithmetic overflow or underflow"
	case 0x12:
		return "division or modulo by zero"
	case 0x21:
		return "conversion to an invalid enum value"
	case 0x22:
		return "corrupt storage byte array"
	case 0x31:
		return "pop on an empty array"
	case 0x32:
		return "array index out of bounds"
	case 0x41:
		return "out of memory"
	case 0x51:
		return "call to an uninitialised internal function"
	}
	return "unknown panic code"
}

var (
	errorStringSelector = [4]byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	panicSelector       = [4]byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// decoders are the registered custom error decoders, in registration
// order.
var decoders struct {
	sync.RWMutex
	list []func(data []byte) error
}

// RegisterRevertDecoder adds a decoder of custom revert data to
// DecodeRevert, in the manner of database/sql drivers: a package of
// generated error types calls it from init, so that importing the package
// is enough for every *RevertError of the program, from the Manager or a
// read, to carry typed reasons. The SDK's protocol packages import
// contracts/reverts, which registers the protocol's errors; this package
// stays free of any contract. decode receives the whole revert data
// (selector and arguments) and returns the decoded error, or nil when it
// does not know the selector or the arguments are malformed. Decoders are
// asked in registration order; the first non-nil answer wins. Like
// sql.Register, it panics if decode is nil, a mistake of the registering
// package rather than of its user.
func RegisterRevertDecoder(decode func(data []byte) error) {
	if decode == nil {
		panic("chain: RegisterRevertDecoder with a nil decoder")
	}
	decoders.Lock()
	defer decoders.Unlock()
	decoders.list = append(decoders.list, decode)
}

// DecodeRevert decodes revert data into a *ReasonError, a *PanicError or
// the custom error type of a registered decoder (see RegisterRevertDecoder).
// It returns nil for empty data and for selectors it does not know; it
// never panics.
func DecodeRevert(data []byte) error {
	if len(data) < 4 {
		return nil
	}
	sel := [4]byte(data[:4])
	switch sel {
	case errorStringSelector:
		s, err := abi.UnpackRevert(data)
		if err != nil {
			return nil
		}
		return &ReasonError{Reason: s}
	case panicSelector:
		if len(data) != 36 {
			return nil
		}
		return &PanicError{Code: new(big.Int).SetBytes(data[4:])}
	}
	decoders.RLock()
	list := decoders.list
	decoders.RUnlock()
	for _, decode := range list {
		if e := safeDecode(decode, data); e != nil {
			return e
		}
	}
	return nil
}

// safeDecode runs decode, treating a panic (a bug of the registered
// decoder, on data that came from the chain) as an unknown selector, so
// that DecodeRevert keeps its promise never to panic.
func safeDecode(decode func([]byte) error, data []byte) (e error) {
	defer func() {
		if recover() != nil {
			e = nil
		}
	}()
	return decode(data)
}
