package governance

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/chain"
)

// Sender is the part of a chain.Manager the Execute functions use.
type Sender interface {
	Address() common.Address
	Send(ctx context.Context, c chain.TxCandidate) (*types.Receipt, error)
}

var _ Sender = (*chain.Manager)(nil)

// ErrEmptyPlan is returned when a plan without actions is to be executed,
// bundled or scheduled.
var ErrEmptyPlan = errors.New("governance: the plan has no actions")

// NotGovernanceError is returned when a plan is executed directly by an
// account that is not its governance.
type NotGovernanceError struct {
	Sender, Governance common.Address
}

// Error describes the problem and what to do about it.
func (e *NotGovernanceError) Error() string {
	if e == nil {
		return "<nil>"
	}
	return fmt.Sprintf("governance: %s cannot execute this plan directly: the modules answer only to governance %s; "+
		"sign the Safe bundle or schedule it on the timelock instead", e.Sender.Hex(), e.Governance.Hex())
}

// ExecuteDirect sends every action of the plan from s, which must be the
// plan's governance account (an EOA owner), one after the other (later
// actions may depend on earlier ones, such as acceptOwnership), and returns
// the receipts of those sent. It stops at the first failure. When s
// exposes its backend (a *chain.Manager does), a plan calling an account
// without code is refused before anything is sent (see CheckTargets).
func ExecuteDirect(ctx context.Context, s Sender, p *Plan) ([]*types.Receipt, error) {
	if p == nil || p.Empty() {
		return nil, ErrEmptyPlan
	}
	if s.Address() != p.Governance {
		return nil, &NotGovernanceError{Sender: s.Address(), Governance: p.Governance}
	}
	if b, ok := s.(interface{ Backend() chain.Backend }); ok {
		if err := CheckTargets(ctx, b.Backend(), p); err != nil {
			return nil, err
		}
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
