package governance

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/systempause"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/identity"
)

// launch applies the launch settings of the config that differ from the
// chain (identity roots, guardian, pause on launch) as one batch through
// the Manager, and records PhaseLaunch.
func (r *deployRun) launch(ctx context.Context, d *deploy.Deployment) error {
	if r.st.PhaseDone(PhaseLaunch) {
		return nil
	}
	// The settings in place are read first, so that a resumed run sends
	// only what is missing.
	calls, err := identityCalls(ctx, r.backend, d.Address(deploy.IdentityRegistry), r.cfg.Identity)
	if err != nil {
		return err
	}
	pause, err := pauseCalls(ctx, r.backend, d.Address(deploy.SystemPause), r.cfg.Governance.Guardian, r.cfg.SecureDefaults.PauseOnLaunch)
	if err != nil {
		return err
	}
	calls = append(calls, pause...) // pauseAll last: it stops the modules
	if len(calls) > 0 {
		ps, err := r.m.SendBatch(ctx, calls)
		if _, werr := chain.WaitAll(ctx, ps); err == nil {
			err = werr
		}
		if err != nil {
			return fmt.Errorf("governance: launch settings (progress kept in %s; run again to resume): %w", r.res.StatePath, err)
		}
	}
	return r.checkpoint(PhaseLaunch, len(calls))
}

// identityCalls returns identity's built calls that set the ENS root nodes
// and Merkle roots of the config that differ from the registry's.
func identityCalls(ctx context.Context, b chain.Backend, registry common.Address, id IdentitySettings) ([]chain.TxCandidate, error) {
	c, err := identity.New(identity.Config{Backend: b, Registry: registry})
	if err != nil {
		return nil, err
	}
	type root struct {
		role  identity.Role
		node  bool // ENS root node, else Merkle root
		value common.Hash
	}
	var want []root
	if id.AgentRootName != "" {
		want = append(want, root{identity.RoleAgent, true, deploy.Namehash(id.AgentRootName)})
	}
	if id.ClubRootName != "" {
		want = append(want, root{identity.RoleValidator, true, deploy.Namehash(id.ClubRootName)})
	}
	if id.AgentMerkleRoot != (common.Hash{}) {
		want = append(want, root{identity.RoleAgent, false, id.AgentMerkleRoot})
	}
	if id.ValidatorMerkleRoot != (common.Hash{}) {
		want = append(want, root{identity.RoleValidator, false, id.ValidatorMerkleRoot})
	}
	var out []chain.TxCandidate
	for _, w := range want {
		get, set := c.MerkleRoot, c.SetMerkleRoot
		if w.node {
			get, set = c.RootNode, c.SetRootNode
		}
		cur, err := get(ctx, w.role)
		if err != nil {
			return nil, err
		}
		if cur == w.value {
			continue
		}
		call, err := set(w.role, w.value)
		if err != nil {
			return nil, err
		}
		out = append(out, call)
	}
	return out, nil
}

// pauseCalls returns SystemPause's setGuardian and pauseAll when the chain
// differs from what the config asks for.
func pauseCalls(ctx context.Context, b ethereum.ContractCaller, at common.Address, guardian common.Address, pauseOnLaunch bool) ([]chain.TxCandidate, error) {
	sp := systempause.NewSystemPause()
	var out []chain.TxCandidate
	if guardian != (common.Address{}) {
		cur, err := view(ctx, b, at, "SystemPause.guardian", sp.PackGuardian(), sp.UnpackGuardian)
		if err != nil {
			return nil, err
		}
		if cur != guardian {
			out = append(out, chain.TxCandidate{To: &at, Data: sp.PackSetGuardian(guardian), Label: "SystemPause.setGuardian"})
		}
	}
	if pauseOnLaunch {
		paused, err := view(ctx, b, at, "SystemPause.allPaused", sp.PackAllPaused(), sp.UnpackAllPaused)
		if err != nil {
			return nil, err
		}
		if !paused {
			out = append(out, chain.TxCandidate{To: &at, Data: sp.PackPauseAll(), Label: "SystemPause.pauseAll"})
		}
	}
	return out, nil
}

// view runs one view call at the latest block and decodes its answer.
func view[T any](ctx context.Context, b ethereum.ContractCaller, to common.Address, what string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := b.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return zero, fmt.Errorf("governance: reading %s: %w", what, err)
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("governance: decoding %s at %s: %w", what, to.Hex(), err)
	}
	return v, nil
}
