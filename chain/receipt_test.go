package chain

import (
	"context"
	"errors"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/wait"
)

// A transaction sent behind the Manager's back, on a chain that mines every
// 100ms: the receipt is not there at first, then it is.
func TestWaitForReceiptFindsAMinedTransaction(t *testing.T) {
	ctx := context.Background()
	ch := newChain(t, EmbeddedConfig{BlockInterval: 100 * time.Millisecond})
	b, from := ch.Backend(), ch.Account(0)
	nonce, err := b.PendingNonceAt(ctx, from.Address())
	require.NoError(t, err)
	to := ch.Account(1).Address()
	tx, err := from.SignTx(ctx, ch.ChainID(), types.NewTx(&types.DynamicFeeTx{
		ChainID: ch.ChainID(), Nonce: nonce, To: &to, Value: big.NewInt(1), Gas: 21_000,
		GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
	}))
	require.NoError(t, err)
	require.NoError(t, b.SendTransaction(ctx, tx))
	_, err = b.TransactionReceipt(ctx, tx.Hash())
	require.Error(t, err, "mined before the wait: the test shows nothing") // NotFound, or geth's "indexing in progress"

	r, err := WaitForReceipt(ctx, b, tx.Hash(), 10*time.Second)
	require.NoError(t, err)
	require.Equal(t, tx.Hash(), r.TxHash)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
}

// receipts answers TransactionReceipt from a script and counts the calls.
type receipts struct {
	calls  atomic.Int64
	answer func(call int64) (*types.Receipt, error)
}

func (r *receipts) TransactionReceipt(_ context.Context, _ common.Hash) (*types.Receipt, error) {
	return r.answer(r.calls.Add(1))
}

func TestWaitForReceiptEnds(t *testing.T) {
	ctx := context.Background()
	h := common.HexToHash("0x01")

	// Not found, indexing, then found on the third check.
	r := &receipts{answer: func(n int64) (*types.Receipt, error) {
		switch n {
		case 1:
			return nil, ethereum.NotFound
		case 2:
			return nil, errors.New("transaction indexing is in progress")
		}
		return &types.Receipt{TxHash: h, Status: types.ReceiptStatusFailed}, nil
	}}
	got, err := WaitForReceipt(ctx, r, h, 10*time.Second)
	require.NoError(t, err, "a failed receipt is still a receipt")
	require.Equal(t, types.ReceiptStatusFailed, got.Status)
	require.EqualValues(t, 3, r.calls.Load())

	// Never found: a timeout that says what and how often it checked.
	r = &receipts{answer: func(int64) (*types.Receipt, error) { return nil, ethereum.NotFound }}
	start := time.Now()
	got, err = WaitForReceipt(ctx, r, h, 300*time.Millisecond)
	require.Nil(t, got)
	require.ErrorIs(t, err, wait.ErrTimeout)
	var te *wait.TimeoutError
	require.ErrorAs(t, err, &te)
	require.Greater(t, te.Attempts, 1)
	require.EqualValues(t, te.Attempts, r.calls.Load())
	require.Contains(t, te.What, h.Hex())
	require.Less(t, time.Since(start), 2*time.Second)
	require.NoError(t, te.Cause, "not found is no error")

	// Still indexing when the time is up: the timeout says so.
	indexing := errors.New("transaction indexing is in progress")
	r = &receipts{answer: func(int64) (*types.Receipt, error) { return nil, indexing }}
	_, err = WaitForReceipt(ctx, r, h, 100*time.Millisecond)
	require.ErrorIs(t, err, wait.ErrTimeout)
	require.ErrorIs(t, err, indexing)

	// Any other error ends the wait at once.
	boom := errors.New("method handler crashed")
	r = &receipts{answer: func(int64) (*types.Receipt, error) { return nil, boom }}
	_, err = WaitForReceipt(ctx, r, h, time.Minute)
	require.ErrorIs(t, err, boom)
	require.NotErrorIs(t, err, wait.ErrTimeout)
	require.ErrorContains(t, err, "eth_getTransactionReceipt")
	require.EqualValues(t, 1, r.calls.Load())

	// No bound, no wait.
	for _, d := range []time.Duration{0, -time.Second} {
		_, err = WaitForReceipt(ctx, r, h, d)
		var ie *input.Error
		require.ErrorAs(t, err, &ie)
		require.Equal(t, "maxWait", ie.Field)
	}
	require.EqualValues(t, 1, r.calls.Load(), "a rejected wait reads nothing")
}
