package chain

import (
	"context"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/internal/otelinst"
)

// rejectReason classifies a SendAsync error that left nothing pending.
// Cancellation and closing are the caller's decisions, not failures.
func rejectReason(err error) string {
	var re *RevertError
	switch {
	case err == nil, errors.Is(err, ErrClosed),
		errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return ""
	case errors.As(err, &re):
		return otelinst.TxReverted
	default:
		return otelinst.TxRejected
	}
}

// recordSettled records the settlement of st with receipt r and error err.
func (m *Manager) recordSettled(st *txState, r *types.Receipt, err error) {
	if m.tel == nil {
		return
	}
	failure := ""
	switch {
	case err == nil:
	case errors.Is(err, ErrClosed):
		failure = otelinst.TxClosed
	case errors.Is(err, ErrReplaced):
		failure = otelinst.TxReplaced
	case r != nil:
		failure = otelinst.TxReverted
	default:
		failure = otelinst.TxRejected
	}
	var inclusion time.Duration
	if r != nil && !st.firstSent.IsZero() && !st.includedAt.IsZero() {
		inclusion = st.includedAt.Sub(st.firstSent)
	}
	reverted := r != nil && r.Status != types.ReceiptStatusSuccessful
	m.tel.Settled(st.span, st.label, r != nil, reverted, inclusion, failure)
}
