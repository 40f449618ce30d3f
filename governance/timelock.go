package governance

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agijobs/agijobs-go/chain"
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
	addrs, _ := abi.NewType("address[]", "", nil)
	uints, _ := abi.NewType("uint256[]", "", nil)
	bytesArr, _ := abi.NewType("bytes[]", "", nil)
	b32, _ := abi.NewType("bytes32", "", nil)
	enc, err := abi.Arguments{{Type: addrs}, {Type: uints}, {Type: bytesArr}, {Type: b32}, {Type: b32}}.
		Pack(op.Targets, op.Values, op.Payloads, [32]byte(op.Predecessor), [32]byte(op.Salt))
	if err != nil {
		panic(fmt.Errorf("governance: encoding timelock operation: %w", err)) // typed inputs: cannot happen
	}
	return crypto.Keccak256Hash(enc)
}

// ScheduleCandidate is the proposer's scheduleBatch call.
func (op *TimelockOp) ScheduleCandidate() chain.TxCandidate {
	data, err := parseABI(timelockABIJSON).Pack("scheduleBatch", op.Targets, op.Values, op.Payloads, [32]byte(op.Predecessor), [32]byte(op.Salt), op.Delay)
	if err != nil {
		panic(err)
	}
	tl := op.Timelock
	return chain.TxCandidate{To: &tl, Data: data, Label: "Timelock.scheduleBatch " + op.ID().Hex()}
}

// ExecuteCandidate is the executor's executeBatch call, valid once the
// delay has passed.
func (op *TimelockOp) ExecuteCandidate() chain.TxCandidate {
	data, err := parseABI(timelockABIJSON).Pack("executeBatch", op.Targets, op.Values, op.Payloads, [32]byte(op.Predecessor), [32]byte(op.Salt))
	if err != nil {
		panic(err)
	}
	tl := op.Timelock
	return chain.TxCandidate{To: &tl, Data: data, Label: "Timelock.executeBatch " + op.ID().Hex()}
}
