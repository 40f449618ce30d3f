package governance

import (
	"context"

	"github.com/agijobs/agijobs-go/contracts/bindings/agialphatoken"
	"github.com/agijobs/agijobs-go/deployment"
)

// AcceptancePlan returns the plan in which governance accepts ownership of
// every module (and of the dev token) offered at deployment; it is empty
// when nothing is pending.
func AcceptancePlan(ctx context.Context, r Reader, m *deployment.Manifest, kind deployment.Kind) (*Plan, error) {
	if err := checkReadArgs("governance.AcceptancePlan", r, m); err != nil {
		return nil, err
	}
	p, err := acceptancePlan(ctx, r, m, kind)
	if err != nil {
		return nil, err
	}
	if p == nil {
		return &Plan{Name: "Accept ownership", Governance: m.Governance, Kind: kind}, nil
	}
	return p, nil
}

func acceptancePlan(ctx context.Context, r Reader, m *deployment.Manifest, kind deployment.Kind) (*Plan, error) {
	if !m.PendingAcceptance {
		return nil, nil
	}
	st, err := ReadState(ctx, r, m, nil, ReadOptions{})
	if err != nil {
		return nil, err
	}
	p, err := NewPlan(st, &ModuleConfigs{OwnerControl: &OwnerControl{Governance: m.Governance, Kind: kind}})
	if err != nil {
		return nil, err
	}
	p.Name = "Accept ownership of the AGI Jobs modules"
	p.Description = "Governance accepts the two-step ownership transfer started by the deployer"
	if !m.TokenDeployed {
		return p, nil
	}
	tok := agialphatoken.NewAGIALPHAToken()
	if pending, err := view(ctx, r, m.Token(), "Token.pendingOwner", tok.PackPendingOwner(), tok.UnpackPendingOwner); err == nil && pending == m.Governance {
		a, err := NewAction(ActionSpec{Module: tokenModule, Target: m.Token(), Method: "acceptOwnership", Label: "owner",
			Current: m.Deployer.Hex(), Desired: m.Governance.Hex(), Why: "governance accepts ownership of the dev token"})
		if err != nil {
			return nil, err
		}
		p.Actions = append(p.Actions, a)
	}
	return p, nil
}
