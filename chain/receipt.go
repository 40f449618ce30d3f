package chain

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/wait"
)

// ReceiptReader is what WaitForReceipt needs from a node.
type ReceiptReader interface {
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

var _ ReceiptReader = Backend(nil)

// receiptBackoff polls often at first (a local or fast chain mines within
// milliseconds) and at most every 2s (a fraction of a mainnet block).
var receiptBackoff = wait.Backoff{MinDelay: 50 * time.Millisecond, MaxDelay: 2 * time.Second}

// WaitForReceipt polls r until the transaction hash is mined and returns
// its receipt, whatever its status: check Receipt.Status, since a reverted
// transaction is mined too. It is for transactions this program's Manager
// did not send (a Manager's Send already waits, to its confirmation
// depth); it waits for inclusion only, not for confirmations.
//
// A receipt the node does not have yet (ethereum.NotFound) means "not
// yet": the wait backs off from 50ms to 2s. So does geth's "transaction
// indexing is in progress", which a node answers while it (re)builds its
// transaction index; it becomes the timeout's Cause if the wait runs out.
// Any other error ends the wait
// at once, classified like the Manager's errors (retrying flaky reads is
// the transport's job). When maxWait elapses first the error is a
// *wait.TimeoutError, which matches wait.ErrTimeout and counts the checks;
// maxWait must be positive (an *input.Error otherwise).
func WaitForReceipt(ctx context.Context, r ReceiptReader, hash common.Hash, maxWait time.Duration) (*types.Receipt, error) {
	what := fmt.Sprintf("the receipt of %s", hash.Hex())
	return wait.Until(ctx, maxWait, receiptBackoff, what, func(ctx context.Context) (*types.Receipt, bool, error) {
		rc, err := r.TransactionReceipt(ctx, hash)
		switch {
		case errors.Is(err, ethereum.NotFound), err == nil && rc == nil:
			return nil, false, nil
		case isIndexing(err):
			return nil, false, wait.Retry(err)
		case err != nil:
			return nil, false, classify("eth_getTransactionReceipt", err)
		}
		return rc, true, nil
	})
}

// isIndexing reports geth's answer for a receipt lookup while its
// transaction index is being built: the receipt may exist but cannot be
// found yet. geth has no exported error for it, only the message.
func isIndexing(err error) bool {
	return err != nil && strings.Contains(err.Error(), "transaction indexing is in progress")
}
