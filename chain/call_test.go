package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain/internal/testcontract"
)

// notAllowedError is a hand-written decoded form of the test contract's
// NotAllowed(address,uint256), shaped like the generated errors of
// contracts/reverts (Problem and Hint), which this package cannot import.
type notAllowedError struct {
	Caller common.Address
	Code   *big.Int
}

func (e *notAllowedError) Problem() string {
	return fmt.Sprintf("not allowed (caller=%s, code=%v)", e.Caller.Hex(), e.Code)
}
func (e *notAllowedError) Hint() string  { return "ask the owner" }
func (e *notAllowedError) Error() string { return e.Problem() + ": " + e.Hint() }

var registerOnce sync.Once

// registerEmitterErrors registers a decoder of the test contract's custom
// error, as a generated package does from init.
func registerEmitterErrors() {
	registerOnce.Do(func() {
		em := testcontract.NewEmitter()
		RegisterRevertDecoder(func(data []byte) error {
			if len(data) < 4 || [4]byte(data[:4]) != EmitterNotAllowedSelector() {
				return nil
			}
			e, err := em.UnpackNotAllowedError(data[4:])
			if err != nil {
				return nil
			}
			return &notAllowedError{Caller: e.Caller, Code: e.Code}
		})
		// A decoder that panics is skipped, so DecodeRevert never panics.
		RegisterRevertDecoder(func(data []byte) error { panic("broken decoder") })
	})
}

// notAllowedData is the revert data of NotAllowed(caller, code).
func notAllowedData(caller common.Address, code int64) []byte {
	packed, err := abi.Arguments{{Type: mustType("address")}, {Type: mustType("uint256")}}.Pack(caller, big.NewInt(code))
	if err != nil {
		panic(err)
	}
	sel := EmitterNotAllowedSelector()
	return append(sel[:], packed...)
}

func TestCallClassifiesLikeTheManager(t *testing.T) { forEachNet(t, testCall) }

func testCall(t *testing.T, net testNet) {
	registerEmitterErrors()
	ctx := context.Background()
	m := newManager(t, net.backend, net.account(0), nil)
	addr := deployEmitter(t, ctx, m)
	em := testcontract.NewEmitter()
	msg := func(data []byte) ethereum.CallMsg {
		return ethereum.CallMsg{From: net.account(2).Address(), To: &addr, Data: data}
	}

	// A successful read, unpacked.
	n, err := Read(ctx, net.backend, msg(em.PackCount()), nil, em.UnpackCount)
	require.NoError(t, err)
	require.Equal(t, int64(0), n.Int64())

	// Reverts are *RevertError with their reason decoded, by the standard
	// decoders and by a registered one.
	_, err = Call(ctx, net.backend, msg(em.PackFailString()), nil)
	var reason *ReasonError
	require.ErrorAs(t, err, &reason)
	require.Equal(t, "nope", reason.Reason)
	require.ErrorIs(t, err, ErrReverted)

	_, err = Read(ctx, net.backend, msg(em.PackFailPanic(big.NewInt(0))), nil, em.UnpackFailPanic)
	var pe *PanicError
	require.ErrorAs(t, err, &pe)

	_, err = Call(ctx, net.backend, msg(em.PackFailCustom(big.NewInt(7))), nil)
	var na *notAllowedError
	require.ErrorAs(t, err, &na)
	require.Equal(t, net.account(2).Address(), na.Caller)
	require.Equal(t, int64(7), na.Code.Int64())
	require.False(t, IsTransport(err))

	// No contract: the empty answer does not unpack and says so.
	nobody := common.HexToAddress("0x00000000000000000000000000000000000000ff")
	_, err = Read(ctx, net.backend, ethereum.CallMsg{To: &nobody, Data: em.PackCount()}, nil, em.UnpackCount)
	require.ErrorIs(t, err, bind.ErrNoCode)
	require.ErrorContains(t, err, nobody.Hex())
}

// deadCaller fails as an unreachable node does.
type deadCaller struct{}

func (deadCaller) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	return nil, &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")}
}

func TestCallTransportAndContextErrors(t *testing.T) {
	to := common.HexToAddress("0x01")
	_, err := Call(context.Background(), deadCaller{}, ethereum.CallMsg{To: &to}, nil)
	require.ErrorIs(t, err, ErrTransport)
	require.True(t, IsTransport(err))

	require.NoError(t, CallError(nil))
	require.ErrorIs(t, CallError(context.Canceled), context.Canceled)
	require.ErrorIs(t, CallError(rpcErr{code: 3, msg: "execution reverted"}), ErrReverted)
}
