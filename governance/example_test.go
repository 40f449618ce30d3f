package governance_test

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/governance"
)

// The owner's loop against the embedded default: NewSandbox deploys the
// protocol on an in-process chain (governed by dev account 0, paused on
// launch), ReadState reads every governable setting, and NewPlan diffs it
// against the committed sample config files. The plan is data; nothing is
// sent until ExecuteDirect (or a Safe, or a timelock) executes it, after
// which the same read finds nothing left to do.
func ExampleNewPlan() {
	ctx := context.Background()
	sb, err := governance.NewSandbox(ctx, nil, nil)
	if err != nil {
		panic(err)
	}
	defer sb.Close()

	// The committed samples live in config/ at the module root. Their
	// owner-control.json names no governance address, so the manifest's
	// (the deployer) governs; it is an EOA here, not a Safe.
	desired, err := governance.LoadModuleConfigs("../config")
	if err != nil {
		panic(err)
	}
	desired.OwnerControl.Kind = sb.Manifest.GovernanceKind

	st, err := governance.ReadState(ctx, sb.Backend(), sb.Manifest, desired, governance.ReadOptions{})
	if err != nil {
		panic(err)
	}
	plan, err := governance.NewPlan(st, desired)
	if err != nil {
		panic(err)
	}
	first := plan.Actions[0]
	fmt.Println("actions:", len(plan.Actions))
	fmt.Printf("first: %s.%s (%s: %s -> %s)\n", first.Module, first.Method, first.Label, first.Current, first.Desired)

	// The governance account executes the plan itself.
	m, err := sb.Manager(ctx, 0)
	if err != nil {
		panic(err)
	}
	defer m.Close()
	if _, err := governance.ExecuteDirect(ctx, m, plan); err != nil {
		panic(err)
	}
	st, err = governance.ReadState(ctx, sb.Backend(), sb.Manifest, desired, governance.ReadOptions{})
	if err != nil {
		panic(err)
	}
	again, err := governance.NewPlan(st, desired)
	if err != nil {
		panic(err)
	}
	fmt.Println("after execution:", len(again.Actions), "actions")
	// Output:
	// actions: 17
	// first: JobRegistry.setFeePct (feePct: 5% -> 4%)
	// after execution: 0 actions
}

// When a Safe governs, the plan becomes one Safe transaction: a single
// action is a plain call, several are batched in one delegatecall to
// MultiSendCallOnly. Its EIP-712 hash, what every owner signs, depends only
// on the Safe, the chain, the calls and the Safe's nonce, so with fixed
// addresses it is a fixed value (SafeTransactionHash asks a deployed Safe
// for the same hash, to cross-check).
func ExamplePlan_SafeTx() {
	var (
		safe     = common.HexToAddress("0x5afE000000000000000000000000000000005afE")
		registry = common.HexToAddress("0x1000000000000000000000000000000000000001")
		feePool  = common.HexToAddress("0x1000000000000000000000000000000000000002")
	)
	fee, err := governance.NewAction(deploy.JobRegistry, registry, "setFeePct", []any{big.NewInt(4)}, "feePct", "5", "4", "")
	if err != nil {
		panic(err)
	}
	burn, err := governance.NewAction(deploy.FeePool, feePool, "setBurnPct", []any{big.NewInt(20)}, "burnPct", "10", "20", "")
	if err != nil {
		panic(err)
	}
	plan := &governance.Plan{ChainID: big.NewInt(1), Governance: safe, Kind: governance.KindSafe, Actions: []governance.Action{fee, burn}}

	// nonce is the Safe's current nonce (ReadSafe); zero multiSend means
	// the canonical MultiSendCallOnly.
	tx, err := plan.SafeTx(safe, common.Address{}, big.NewInt(7))
	if err != nil {
		panic(err)
	}
	hash, err := tx.Hash()
	if err != nil {
		panic(err)
	}
	fmt.Println("delegatecall:", tx.Operation == governance.OpDelegateCall)
	fmt.Println("to:", tx.To)
	fmt.Println("safeTxHash:", hash)
	// Output:
	// delegatecall: true
	// to: 0x9641d764fc13c8B624c04430C7356C1C7C8102e2
	// safeTxHash: 0x80e44c24d4022834d48b50376199fdc4e094f3b1a3d99e619f2101642ac168c5
}
