package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/agijobs/agijobs-go/input"
)

// Call runs msg as a read-only call (eth_call) at block, nil meaning the
// latest, and returns the contract's answer. Its errors are classified
// exactly as the Manager's: a revert is a *RevertError whose Reason is
// decoded (ErrReverted matches it), a failure to reach the node matches
// ErrTransport, a classified node answer is a *NodeError, and context
// errors are returned unchanged. It does not retry.
func Call(ctx context.Context, c ethereum.ContractCaller, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if c == nil {
		return nil, input.New("chain.Call: c", "is nil", "pass the chain's Backend")
	}
	out, err := c.CallContract(ctx, msg, block)
	if err != nil {
		return nil, classify("eth_call", err)
	}
	return out, nil
}

// Read is Call followed by unpack, the Unpack method of an abigen v2
// binding for the called method. An empty answer that does not unpack
// matches bind.ErrNoCode: no contract, or not the expected one, answers
// at msg.To on this chain; the caller knows which setting names it.
func Read[T any](ctx context.Context, c ethereum.ContractCaller, msg ethereum.CallMsg, block *big.Int, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := Call(ctx, c, msg, block)
	if err != nil {
		return zero, err
	}
	if unpack == nil {
		return zero, input.New("chain.Read: unpack", "is nil", "pass the binding's Unpack method of the called function")
	}
	v, err := unpack(out)
	if err == nil {
		return v, nil
	}
	if len(out) == 0 {
		return zero, fmt.Errorf("empty answer from %s: %w", addressOf(msg), bind.ErrNoCode)
	}
	return zero, fmt.Errorf("decode the answer of %s: %w", addressOf(msg), err)
}

// CallError classifies err, the error of an eth_call made without Call
// (such as an element of an RPC batch), as Call does. It returns nil for
// nil.
func CallError(err error) error { return classify("eth_call", err) }

func addressOf(msg ethereum.CallMsg) string {
	if msg.To == nil {
		return "a contract creation"
	}
	return msg.To.Hex()
}
