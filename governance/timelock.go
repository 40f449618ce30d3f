package governance

import (
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/input"
)

// timelockABIJSON is the part of OpenZeppelin's TimelockController (v5)
// interface this package calls.
const timelockABIJSON = `[
{"type":"function","name":"scheduleBatch","stateMutability":"nonpayable","inputs":[{"name":"targets","type":"address[]"},{"name":"values","type":"uint256[]"},{"name":"payloads","type":"bytes[]"},{"name":"predecessor","type":"bytes32"},{"name":"salt","type":"bytes32"},{"name":"delay","type":"uint256"}],"outputs":[]},
{"type":"function","name":"executeBatch","stateMutability":"payable","inputs":[{"name":"targets","type":"address[]"},{"name":"values","type":"uint256[]"},{"name":"payloads","type":"bytes[]"},{"name":"predecessor","type":"bytes32"},{"name":"salt","type":"bytes32"}],"outputs":[]},
{"type":"function","name":"getMinDelay","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"isOperationReady","stateMutability":"view","inputs":[{"name":"id","type":"bytes32"}],"outputs":[{"name":"","type":"bool"}]},
{"type":"function","name":"isOperationDone","stateMutability":"view","inputs":[{"name":"id","type":"bytes32"}],"outputs":[{"name":"","type":"bool"}]}
]`

// TimelockOp is a plan as one TimelockController batch operation: the
// proposer schedules it, and after the delay an executor executes it.
type TimelockOp struct {
	Timelock    common.Address
	Targets     []common.Address
	Values      []*big.Int
	Payloads    [][]byte
	Predecessor common.Hash
	Salt        common.Hash
	Delay       *big.Int
}

// TimelockOp returns the plan as a batch operation on the timelock at tl,
// with delay (at least the timelock's minimum delay) and salt (distinct
// per operation with the same calls).
func (p *Plan) TimelockOp(tl common.Address, delay Duration, salt common.Hash) (*TimelockOp, error) {
	if p == nil {
		return nil, input.New("governance.Plan", "is nil", "build it with governance.NewPlan")
	}
	if p.Empty() {
		return nil, ErrEmptyPlan
	}
	op := &TimelockOp{Timelock: tl, Salt: salt, Delay: delay.Seconds()}
	for _, a := range p.Actions {
		op.Targets = append(op.Targets, a.Target)
		op.Values = append(op.Values, a.value())
		op.Payloads = append(op.Payloads, append([]byte(nil), a.Data...))
	}
	return op, nil
}

// ID returns the operation id, as the timelock's hashOperationBatch
// computes it: keccak256(abi.encode(targets, values, payloads,
// predecessor, salt)).
func (op *TimelockOp) ID() common.Hash {
	if op == nil {
		return common.Hash{}
	}
	addrs, _ := abi.NewType("address[]", "", nil)
	uints, _ := abi.NewType("uint256[]", "", nil)
	bytesArr, _ := abi.NewType("bytes[]", "", nil)
	b32, _ := abi.NewType("bytes32", "", nil)
	values := make([]*big.Int, len(op.Values))
	for i, v := range op.Values {
		values[i] = orZero(v)
	}
	enc, err := abi.Arguments{{Type: addrs}, {Type: uints}, {Type: bytesArr}, {Type: b32}, {Type: b32}}.
		Pack(op.Targets, values, op.Payloads, [32]byte(op.Predecessor), [32]byte(op.Salt))
	if err != nil {
		panic(fmt.Errorf("governance: encoding timelock operation: %w", err)) // typed inputs: cannot happen
	}
	return crypto.Keccak256Hash(enc)
}

// timelockABI is timelockABIJSON parsed; the text is a constant, so a
// parse error is a bug caught by every test.
var timelockABI = sync.OnceValue(func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(timelockABIJSON))
	if err != nil {
		panic(fmt.Errorf("governance: timelock ABI: %w", err))
	}
	return a
})

// ScheduleCandidate is the proposer's scheduleBatch call; an operation
// without a delay, or with unequal targets, values and payloads, is an
// *input.Error.
func (op *TimelockOp) ScheduleCandidate() (chain.TxCandidate, error) {
	if op == nil {
		return chain.TxCandidate{}, input.New("governance.TimelockOp", "is nil", "build it with governance.Plan.TimelockOp")
	}
	if err := op.check(); err != nil {
		return chain.TxCandidate{}, err
	}
	if op.Delay == nil {
		return chain.TxCandidate{}, input.New("TimelockOp.Delay", "is nil", "give at least the timelock's minimum delay (getMinDelay)")
	}
	data, err := timelockABI().Pack("scheduleBatch", op.Targets, op.Values, op.Payloads, [32]byte(op.Predecessor), [32]byte(op.Salt), op.Delay)
	if err != nil {
		return chain.TxCandidate{}, fmt.Errorf("governance: packing scheduleBatch: %w", err)
	}
	tl := op.Timelock
	return chain.TxCandidate{To: &tl, Data: data, Label: "Timelock.scheduleBatch " + op.ID().Hex()}, nil
}

// ExecuteCandidate is the executor's executeBatch call, valid once the
// delay has passed.
func (op *TimelockOp) ExecuteCandidate() (chain.TxCandidate, error) {
	if op == nil {
		return chain.TxCandidate{}, input.New("governance.TimelockOp", "is nil", "build it with governance.Plan.TimelockOp")
	}
	if err := op.check(); err != nil {
		return chain.TxCandidate{}, err
	}
	data, err := timelockABI().Pack("executeBatch", op.Targets, op.Values, op.Payloads, [32]byte(op.Predecessor), [32]byte(op.Salt))
	if err != nil {
		return chain.TxCandidate{}, fmt.Errorf("governance: packing executeBatch: %w", err)
	}
	tl := op.Timelock
	return chain.TxCandidate{To: &tl, Data: data, Label: "Timelock.executeBatch " + op.ID().Hex()}, nil
}

// check reports an operation whose lists do not line up, which the
// timelock would refuse (TimelockInvalidOperationLength).
func (op *TimelockOp) check() error {
	if len(op.Values) != len(op.Targets) || len(op.Payloads) != len(op.Targets) {
		return input.New("TimelockOp", fmt.Sprintf("%d targets, %d values and %d payloads", len(op.Targets), len(op.Values), len(op.Payloads)),
			"give one value and one payload per target (Plan.TimelockOp builds them so)")
	}
	for i, v := range op.Values {
		if v == nil {
			return input.New(fmt.Sprintf("TimelockOp.Values[%d]", i), "is nil", "give zero wei as big.NewInt(0)")
		}
	}
	return nil
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}
