package governance

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/input"
)

// CodeReader reads the code at an address; chain.Backend, *chain.Conn and
// *ethclient.Client satisfy it.
type CodeReader interface {
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
}

// CheckTargets checks that every contract plan p calls holds code, so that
// a plan built from a manifest of another network, or edited by hand, is
// refused before anything is signed or sent: a call to an account without
// code succeeds on chain and changes nothing, and a Safe's delegatecall to
// one consumes its nonce for nothing. ExecuteDirect runs it when its Sender
// exposes its backend (as *chain.Manager does); the Safe and timelock flows
// call it themselves.
func CheckTargets(ctx context.Context, r CodeReader, p *Plan) error {
	if r == nil {
		return input.New("governance.CheckTargets: r", "is nil", "pass the chain backend the plan was read from")
	}
	if p == nil {
		return ErrEmptyPlan
	}
	seen := map[common.Address]bool{}
	var errs input.Errors
	for i, a := range p.Actions {
		if seen[a.Target] {
			continue
		}
		seen[a.Target] = true
		code, err := r.CodeAt(ctx, a.Target, nil)
		if err != nil {
			return fmt.Errorf("governance: reading the code of %s (action %d, %s.%s): %w", a.Target.Hex(), i+1, a.Module, a.Method, err)
		}
		if len(code) == 0 {
			errs.Add(fmt.Sprintf("Plan.Actions[%d].Target", i), fmt.Sprintf("%s (%s.%s) has no contract code on chain %v", a.Target.Hex(), a.Module, a.Method, p.ChainID),
				"plan against the manifest of this network: a call to an account without code does nothing")
		}
	}
	return errs.Err()
}

// checkModules refuses to plan for a manifest whose modules are not where
// it says: every module must answer moduleKind() with its own name, so that
// no action targets an account without code or another module, and no
// setter is given such an address (wiring, pausers).
func (st *State) checkModules() error {
	var errs input.Errors
	for _, mod := range deploy.Modules {
		ms := st.Modules[mod]
		field := "manifest.contracts." + string(mod)
		switch {
		case ms == nil:
			errs.Add(field, "was not read", "read the state with governance.ReadState")
		case ms.Kind == string(mod):
		case ms.Kind != "":
			errs.Add(field, fmt.Sprintf("%s is the %s module (its moduleKind()), not the %s", ms.Address.Hex(), ms.Kind, mod),
				"fix the manifest: two addresses look swapped")
		default:
			errs.Add(field, fmt.Sprintf("%s has no contract code, or code that does not answer moduleKind(), on chain %v", ms.Address.Hex(), st.ChainID),
				"use the manifest of this network")
		}
	}
	if t := st.Tokens[st.Manifest.Token()]; t != nil && t.Decimals == nil {
		errs.Add("manifest.contracts.Token", fmt.Sprintf("%s does not answer decimals() on chain %v: no token there", st.Manifest.Token().Hex(), st.ChainID),
			"use the manifest of this network")
	}
	return errs.Err()
}
