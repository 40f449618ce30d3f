package chain

import (
	"errors"
	"fmt"
	"io"
	"net"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/input"
)

// rpcErr is a JSON-RPC error answer with optional data, as the rpc package
// returns it.
type rpcErr struct {
	code int
	msg  string
	data any
}

func (e rpcErr) Error() string          { return e.msg }
func (e rpcErr) ErrorCode() int         { return e.code }
func (e rpcErr) ErrorData() interface{} { return e.data }

var (
	_ rpc.Error     = rpcErr{}
	_ rpc.DataError = rpcErr{}
)

func TestNodeErrorClassification(t *testing.T) {
	cases := map[string]error{
		"nonce too low: next nonce 5, tx nonce 3": ErrNonceTooLow,
		"Nonce too low":                       ErrNonceTooLow,
		"already known":                       ErrAlreadyKnown,
		"transaction already imported":        ErrAlreadyKnown,
		"replacement transaction underpriced": ErrUnderpriced,
		"transaction underpriced: tip needed 1, tip permitted 0":        ErrUnderpriced,
		"max fee per gas less than block base fee":                      ErrUnderpriced,
		"insufficient funds for gas * price + value: have 0 want 21000": ErrInsufficientFunds,
		"Insufficient funds for gas * price + value":                    ErrInsufficientFunds,
		"intrinsic gas too low":                                         ErrGasLimit,
		"exceeds block gas limit":                                       ErrGasLimit,
		"txpool is full":                                                ErrTxPoolFull,
		"nonce too high":                                                ErrNonceTooHigh,
	}
	for msg, want := range cases {
		err := classify("eth_sendRawTransaction", rpcErr{code: -32000, msg: msg})
		require.ErrorIs(t, err, want, msg)
		require.False(t, IsTransport(err), msg)
		var ne *NodeError
		require.ErrorAs(t, err, &ne, msg)
		for _, other := range []error{ErrNonceTooLow, ErrAlreadyKnown, ErrUnderpriced, ErrInsufficientFunds, ErrGasLimit, ErrTxPoolFull, ErrNonceTooHigh} {
			if other != want {
				require.NotErrorIs(t, err, other, msg)
			}
		}
	}
	require.NoError(t, classify("x", nil))
}

func TestTransportVersusNodeVersusRevert(t *testing.T) {
	tr := classify("eth_call", &net.OpError{Op: "dial", Err: errors.New("connection refused")})
	require.ErrorIs(t, tr, ErrTransport)
	require.True(t, IsTransport(tr))
	require.True(t, IsTransport(classify("eth_call", io.ErrUnexpectedEOF)))
	require.True(t, IsTransport(classify("eth_call", rpc.HTTPError{StatusCode: 503, Status: "503"})))
	require.False(t, IsTransport(classify("eth_call", rpc.HTTPError{StatusCode: 400, Status: "400"})))

	registerEmitterErrors()
	data := notAllowedData(common.HexToAddress("0x0a"), 42)
	rev := classify("eth_call", rpcErr{code: 3, msg: "execution reverted", data: fmt.Sprintf("0x%x", data)})
	require.ErrorIs(t, rev, ErrReverted)
	require.False(t, IsTransport(rev))
	var na *notAllowedError
	require.ErrorAs(t, fmt.Errorf("create: %w", rev), &na)
	require.Equal(t, int64(42), na.Code.Int64())
	require.Equal(t, "execution reverted: not allowed (caller=0x000000000000000000000000000000000000000A, code=42): ask the owner", rev.Error())

	// anvil style: text differs, data is the same.
	rev = classify("eth_estimateGas", rpcErr{code: 3, msg: "execution reverted: custom error 0x50c83b95", data: fmt.Sprintf("0x%x", data)})
	require.ErrorAs(t, rev, &na)
}

func TestDecodeRevertNeverPanics(t *testing.T) {
	registerEmitterErrors() // one registered decoder panics
	for _, d := range [][]byte{nil, {}, {1}, {8, 0xc3, 0x79, 0xa0}, {0x4e, 0x48, 0x7b, 0x71, 1}, {1, 2, 3, 4, 5}} {
		require.NotPanics(t, func() { _ = DecodeRevert(d) })
	}
	re := &RevertError{Data: []byte{1, 2, 3, 4, 5}}
	require.Contains(t, re.Error(), "unknown error 0x01020304")
	require.Contains(t, re.Error(), "import github.com/agijobs/agijobs-go/contracts/reverts")
	require.Contains(t, (&RevertError{}).Error(), "without a reason")

	reason, err := abi.Arguments{{Type: mustType("string")}}.Pack("too late")
	require.NoError(t, err)
	var r *ReasonError
	require.ErrorAs(t, DecodeRevert(append([]byte{0x08, 0xc3, 0x79, 0xa0}, reason...)), &r)
	require.Equal(t, "too late", r.Reason)
}

func mustType(s string) abi.Type {
	t, err := abi.NewType(s, "", nil)
	if err != nil {
		panic(err)
	}
	return t
}

func TestManagerConfigCheckReturnsInputErrors(t *testing.T) {
	err := (&ManagerConfig{FeeBumpPercent: 5, PollInterval: -1}).Check()
	require.ErrorIs(t, err, input.ErrInvalid)
	var es input.Errors
	require.ErrorAs(t, err, &es)
	var fields []string
	for _, e := range es {
		fields = append(fields, e.Field)
		require.NotEmpty(t, e.Fix, e.Field)
	}
	require.Equal(t, []string{"chain.ManagerConfig.Backend", "chain.ManagerConfig.Signer", "chain.ManagerConfig.FeeBumpPercent", "chain.ManagerConfig.PollInterval"}, fields)
	require.NoError(t, (&ManagerConfig{Backend: newChain(t, EmbeddedConfig{}).Backend(), Signer: DevSigner(0)}).Check())
}
