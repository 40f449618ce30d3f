package safe_test

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/governance"
	"github.com/agijobs/agijobs-go/governance/safe"
)

// When a Safe governs, a plan becomes one Safe transaction: a single
// action is a plain call, several are batched in one delegatecall to
// MultiSendCallOnly. Its EIP-712 hash, what every owner signs, depends only
// on the Safe, the chain, the calls and the Safe's nonce, so with fixed
// addresses it is a fixed value (TransactionHash asks a deployed Safe for
// the same hash, to cross-check).
func ExampleNewTx() {
	var (
		safeAt   = common.HexToAddress("0x5afE000000000000000000000000000000005afE")
		registry = common.HexToAddress("0x1000000000000000000000000000000000000001")
		feePool  = common.HexToAddress("0x1000000000000000000000000000000000000002")
	)
	fee, err := governance.NewAction(governance.ActionSpec{Module: deploy.JobRegistry, Target: registry, Method: "setFeePct",
		Args: []any{big.NewInt(4)}, Label: "feePct", Current: "5", Desired: "4"})
	if err != nil {
		panic(err)
	}
	burn, err := governance.NewAction(governance.ActionSpec{Module: deploy.FeePool, Target: feePool, Method: "setBurnPct",
		Args: []any{big.NewInt(20)}, Label: "burnPct", Current: "10", Desired: "20"})
	if err != nil {
		panic(err)
	}
	plan := &governance.Plan{ChainID: big.NewInt(1), Governance: safeAt, Kind: deployment.KindSafe, Actions: []governance.Action{fee, burn}}

	// nonce is the Safe's current nonce (ReadInfo); zero multiSend means
	// the canonical MultiSendCallOnly.
	tx, err := safe.NewTx(plan, safeAt, common.Address{}, big.NewInt(7))
	if err != nil {
		panic(err)
	}
	hash, err := tx.Hash()
	if err != nil {
		panic(err)
	}
	fmt.Println("delegatecall:", tx.Operation == safe.OpDelegateCall)
	fmt.Println("to:", tx.To)
	fmt.Println("safeTxHash:", hash)
	// Output:
	// delegatecall: true
	// to: 0x9641d764fc13c8B624c04430C7356C1C7C8102e2
	// safeTxHash: 0x80e44c24d4022834d48b50376199fdc4e094f3b1a3d99e619f2101642ac168c5
}
