package governance

import (
	"context"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/contracts"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/input"
)

// LayoutError lists why a new implementation's storage layout does not
// extend the current one.
type LayoutError struct {
	Module   deploy.Module
	Problems []string
}

// Error describes the problem and what to do about it.
func (e *LayoutError) Error() string {
	if e == nil {
		return "<nil>"
	}
	return fmt.Sprintf("governance: refusing to upgrade %s: the new storage layout does not extend the current one:\n  %s",
		e.Module, strings.Join(e.Problems, "\n  "))
}

// CheckLayout reports whether next extends cur: every variable and every
// member of every ERC-7201 namespace of cur keeps its slot, offset and
// type in next (names may change), and nothing is removed. Members
// appended after the last one, and new namespaces, are allowed.
func CheckLayout(m deploy.Module, cur, next contracts.StorageLayout) error {
	var probs []string
	probs = append(probs, compareEntries("storage", cur.Storage, cur.Types, next.Storage, next.Types)...)
	nextNS := map[string]contracts.Namespace{}
	for _, ns := range next.Namespaces {
		nextNS[ns.ID] = ns
	}
	for _, ns := range cur.Namespaces {
		nn, ok := nextNS[ns.ID]
		if !ok {
			probs = append(probs, fmt.Sprintf("namespace %s (%s) was removed", ns.ID, ns.Struct))
			continue
		}
		probs = append(probs, compareEntries(ns.ID, ns.Members, ns.Types, nn.Members, nn.Types)...)
	}
	if len(probs) > 0 {
		return &LayoutError{Module: m, Problems: probs}
	}
	return nil
}

func compareEntries(where string, cur []contracts.StorageEntry, curT map[string]contracts.StorageType, next []contracts.StorageEntry, nextT map[string]contracts.StorageType) []string {
	var probs []string
	for i, c := range cur {
		if i >= len(next) {
			probs = append(probs, fmt.Sprintf("%s: member %q (slot %s, offset %d) was removed", where, c.Label, c.Slot, c.Offset))
			continue
		}
		n := next[i]
		if c.Slot != n.Slot || c.Offset != n.Offset {
			probs = append(probs, fmt.Sprintf("%s: member %q moved from slot %s offset %d to slot %s offset %d", where, c.Label, c.Slot, c.Offset, n.Slot, n.Offset))
		}
		if a, b := typeSig(curT, c.Type, 0), typeSig(nextT, n.Type, 0); a != b {
			probs = append(probs, fmt.Sprintf("%s: member %q changed type from %s to %s", where, c.Label, a, b))
		}
	}
	return probs
}

// typeSig describes a storage type without compiler AST ids, so that the
// same type compiled twice compares equal.
func typeSig(types map[string]contracts.StorageType, id string, depth int) string {
	t, ok := types[id]
	if !ok || depth > 8 {
		return id
	}
	s := t.Encoding + ":" + t.NumberOfBytes
	switch {
	case t.Key != "":
		s += "(" + typeSig(types, t.Key, depth+1) + "=>" + typeSig(types, t.Value, depth+1) + ")"
	case t.Base != "":
		s += "[" + typeSig(types, t.Base, depth+1) + "]"
	case len(t.Members) > 0:
		parts := make([]string, len(t.Members))
		for i, m := range t.Members {
			parts[i] = fmt.Sprintf("%s@%s+%d", typeSig(types, m.Type, depth+1), m.Slot, m.Offset)
		}
		s += "{" + strings.Join(parts, ",") + "}"
	default:
		s = t.Label + "/" + s
	}
	return s
}

// UpgradeAction returns the action that upgrades module m of the
// deployment to the implementation at newImpl (upgradeToAndCall with
// initData, which may be empty), after checking that the layout of the
// artifact nextArtifact (e.g. "JobRegistryNext") extends the layout of
// the module's current artifact. A *LayoutError refuses the upgrade.
func UpgradeAction(ctx context.Context, r Reader, man *deployment.Manifest, m deploy.Module, newImpl common.Address, nextArtifact string, initData []byte) (Action, error) {
	cur, err := contracts.LoadArtifact(string(m))
	if err != nil {
		return Action{}, err
	}
	next, err := contracts.LoadArtifact(nextArtifact)
	if err != nil {
		return Action{}, err
	}
	return UpgradeActionWithLayouts(ctx, r, man, m, newImpl, cur.StorageLayout, next.StorageLayout, initData)
}

// UpgradeActionWithLayouts is UpgradeAction with the two layouts given
// (for implementations compiled outside this repository).
func UpgradeActionWithLayouts(ctx context.Context, r Reader, man *deployment.Manifest, m deploy.Module, newImpl common.Address, cur, next contracts.StorageLayout, initData []byte) (Action, error) {
	if err := CheckLayout(m, cur, next); err != nil {
		return Action{}, err
	}
	if r == nil {
		return Action{}, input.New("governance.UpgradeActionWithLayouts: r", "is nil", "pass the chain's Backend")
	}
	code, err := r.CodeAt(ctx, newImpl, nil)
	if err != nil {
		return Action{}, fmt.Errorf("governance: reading code of %s: %w", newImpl.Hex(), err)
	}
	if len(code) == 0 {
		return Action{}, fmt.Errorf("governance: no contract at %s on this chain: deploy the new implementation first", newImpl.Hex())
	}
	to := newImpl
	if out, err := r.CallContract(ctx, ethereum.CallMsg{To: &to, Data: mustPack(m, "version")}, nil); err != nil || len(out) != 32 {
		return Action{}, fmt.Errorf("governance: %s does not answer version(); it is not an AGI Jobs module", newImpl.Hex())
	}
	proxy := man.Address(m)
	slot, _ := r.(storageReader)
	current := "unknown"
	if slot != nil {
		if raw, err := slot.StorageAt(ctx, proxy, ImplementationSlot, nil); err == nil {
			current = common.BytesToAddress(raw).Hex()
		}
	}
	if initData == nil {
		initData = []byte{}
	}
	return NewAction(ActionSpec{Module: m, Target: proxy, Method: "upgradeToAndCall", Args: []any{newImpl, initData},
		Label: "implementation", Current: current, Desired: newImpl.Hex(),
		Why: fmt.Sprintf("upgrade %s to the implementation at %s (storage layout checked)", m, newImpl.Hex())})
}
