package governance

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agijobs/agijobs-go/chain"
)

// Sender is the part of a chain.Manager the Execute functions use.
type Sender interface {
	Address() common.Address
	Send(ctx context.Context, c chain.TxCandidate) (*types.Receipt, error)
}

var _ Sender = (*chain.Manager)(nil)

// NotGovernanceError is returned when a plan is executed directly by an
// account that is not its governance.
type NotGovernanceError struct {
	Sender, Governance common.Address
}

// Error describes the problem and what to do about it.
func (e *NotGovernanceError) Error() string {
	return fmt.Sprintf("governance: %s cannot execute this plan directly: the modules answer only to governance %s; "+
		"sign the Safe bundle or schedule it on the timelock instead", e.Sender.Hex(), e.Governance.Hex())
}

// ExecuteDirect sends every action of the plan from s, which must be the
// plan's governance account (an EOA owner), one after the other (later
// actions may depend on earlier ones, such as acceptOwnership), and returns
// the receipts of those sent. It stops at the first failure.
func ExecuteDirect(ctx context.Context, s Sender, p *Plan) ([]*types.Receipt, error) {
	if p.Empty() {
		return nil, ErrEmptyPlan
	}
	if s.Address() != p.Governance {
		return nil, &NotGovernanceError{Sender: s.Address(), Governance: p.Governance}
	}
	var out []*types.Receipt
	for i, a := range p.Actions {
		r, err := s.Send(ctx, a.Candidate())
		if r != nil {
			out = append(out, r)
		}
		if err != nil {
			return out, fmt.Errorf("governance: action %d (%s.%s): %w", i+1, a.Module, a.Method, err)
		}
	}
	return out, nil
}

// ExecuteSafe sends the Safe transaction with the owners' signatures
// through execTransaction from s (any funded account: an owner or a
// relayer) and returns the receipt. The Safe emits ExecutionFailure and
// keeps the nonce consumed if the inner call fails; this function then
// returns ErrSafeExecutionFailed with the receipt.
func ExecuteSafe(ctx context.Context, s Sender, t *SafeTx, sigs []SafeSignature) (*types.Receipt, error) {
	c, err := t.ExecCandidate(sigs)
	if err != nil {
		return nil, err
	}
	r, err := s.Send(ctx, c)
	if err != nil {
		return r, fmt.Errorf("governance: Safe execTransaction: %w", err)
	}
	failure := crypto.Keccak256Hash([]byte("ExecutionFailure(bytes32,uint256)"))
	for _, l := range r.Logs {
		if l.Address == t.Safe && len(l.Topics) > 0 && l.Topics[0] == failure {
			return r, ErrSafeExecutionFailed
		}
	}
	return r, nil
}

// ErrSafeExecutionFailed means execTransaction was mined but the Safe's
// inner call failed (ExecutionFailure event): nothing changed but the
// Safe's nonce.
var ErrSafeExecutionFailed = errors.New("governance: the Safe executed the transaction but the inner call failed")

// Threshold checks that sigs hold at least threshold distinct owner
// signatures of hash.
func Threshold(hash common.Hash, sigs []SafeSignature, info *SafeInfo) error {
	owners := map[common.Address]bool{}
	for _, o := range info.Owners {
		owners[o] = true
	}
	n := 0
	for _, s := range sigs {
		who, err := RecoverSafeSigner(hash, s.Signature)
		if err != nil {
			return err
		}
		if !owners[who] {
			return fmt.Errorf("governance: %s signed but is not an owner of the Safe", who.Hex())
		}
		n++
	}
	if big.NewInt(int64(n)).Cmp(info.Threshold) < 0 {
		return fmt.Errorf("governance: %d signature(s), the Safe needs %v; collect more owner signatures", n, info.Threshold)
	}
	return nil
}
