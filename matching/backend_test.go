package matching_test

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/internal/rpcbatch"
)

// hookBackend is a chain.Backend that runs before(ctx, method) ahead of
// every request to the backend it wraps, so that a test can count
// requests, delay them or fail them (a non-nil error is returned instead
// of making the request). Every method is spelled out, so that no request
// escapes the hook. With push unset it answers subscriptions as an HTTP
// node does (rpc.ErrNotificationsUnsupported).
type hookBackend struct {
	b      chain.Backend
	batch  rpcbatch.Caller // nil: BatchCallContext fails
	push   bool
	before func(ctx context.Context, method string) error
}

func newHookBackend(b chain.Backend, push bool, before func(context.Context, string) error) *hookBackend {
	return &hookBackend{b: b, batch: rpcbatch.CallerOf(b), push: push, before: before}
}

var _ chain.Backend = (*hookBackend)(nil)

func (h *hookBackend) CodeAt(ctx context.Context, a common.Address, n *big.Int) ([]byte, error) {
	if err := h.before(ctx, "eth_getCode"); err != nil {
		return nil, err
	}
	return h.b.CodeAt(ctx, a, n)
}

func (h *hookBackend) CallContract(ctx context.Context, m ethereum.CallMsg, n *big.Int) ([]byte, error) {
	if err := h.before(ctx, "eth_call"); err != nil {
		return nil, err
	}
	return h.b.CallContract(ctx, m, n)
}

func (h *hookBackend) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if err := h.before(ctx, "eth_getBlockByNumber"); err != nil {
		return nil, err
	}
	return h.b.HeaderByNumber(ctx, n)
}

func (h *hookBackend) PendingCodeAt(ctx context.Context, a common.Address) ([]byte, error) {
	if err := h.before(ctx, "eth_getCode"); err != nil {
		return nil, err
	}
	return h.b.PendingCodeAt(ctx, a)
}

func (h *hookBackend) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	if err := h.before(ctx, "eth_getTransactionCount"); err != nil {
		return 0, err
	}
	return h.b.PendingNonceAt(ctx, a)
}

func (h *hookBackend) NonceAt(ctx context.Context, a common.Address, n *big.Int) (uint64, error) {
	if err := h.before(ctx, "eth_getTransactionCount"); err != nil {
		return 0, err
	}
	return h.b.NonceAt(ctx, a, n)
}

func (h *hookBackend) SuggestGasPrice(ctx context.Context) (*big.Int, error) {
	if err := h.before(ctx, "eth_gasPrice"); err != nil {
		return nil, err
	}
	return h.b.SuggestGasPrice(ctx)
}

func (h *hookBackend) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	if err := h.before(ctx, "eth_maxPriorityFeePerGas"); err != nil {
		return nil, err
	}
	return h.b.SuggestGasTipCap(ctx)
}

func (h *hookBackend) EstimateGas(ctx context.Context, m ethereum.CallMsg) (uint64, error) {
	if err := h.before(ctx, "eth_estimateGas"); err != nil {
		return 0, err
	}
	return h.b.EstimateGas(ctx, m)
}

func (h *hookBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := h.before(ctx, "eth_sendRawTransaction"); err != nil {
		return err
	}
	return h.b.SendTransaction(ctx, tx)
}

func (h *hookBackend) TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error) {
	if err := h.before(ctx, "eth_getTransactionByHash"); err != nil {
		return nil, false, err
	}
	return h.b.TransactionByHash(ctx, hash)
}

func (h *hookBackend) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	if err := h.before(ctx, "eth_getTransactionReceipt"); err != nil {
		return nil, err
	}
	return h.b.TransactionReceipt(ctx, hash)
}

func (h *hookBackend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if err := h.before(ctx, "eth_getLogs"); err != nil {
		return nil, err
	}
	return h.b.FilterLogs(ctx, q)
}

func (h *hookBackend) ChainID(ctx context.Context) (*big.Int, error) {
	if err := h.before(ctx, "eth_chainId"); err != nil {
		return nil, err
	}
	return h.b.ChainID(ctx)
}

func (h *hookBackend) BlockNumber(ctx context.Context) (uint64, error) {
	if err := h.before(ctx, "eth_blockNumber"); err != nil {
		return 0, err
	}
	return h.b.BlockNumber(ctx)
}

// BatchCallContext is one request, as a JSON-RPC batch is one HTTP round
// trip.
func (h *hookBackend) BatchCallContext(ctx context.Context, elems []rpc.BatchElem) error {
	if h.batch == nil {
		return rpc.ErrNotificationsUnsupported
	}
	if err := h.before(ctx, "batch"); err != nil {
		return err
	}
	return h.batch.BatchCallContext(ctx, elems)
}

func (h *hookBackend) SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error) {
	if !h.push {
		return nil, rpc.ErrNotificationsUnsupported
	}
	if err := h.before(ctx, "eth_subscribe"); err != nil {
		return nil, err
	}
	return h.b.SubscribeFilterLogs(ctx, q, ch)
}

// headPusher is what SubscribeNewHead needs from the wrapped backend.
type headPusher interface {
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

func (h *hookBackend) SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error) {
	hp, ok := h.b.(headPusher)
	if !h.push || !ok {
		return nil, rpc.ErrNotificationsUnsupported
	}
	if err := h.before(ctx, "eth_subscribe"); err != nil {
		return nil, err
	}
	return hp.SubscribeNewHead(ctx, ch)
}
