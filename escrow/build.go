package escrow

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/input"
)

// maxUint256 is the largest value of a Solidity uint256.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Fixes of the Build methods' arguments.
const (
	fixJobID  = "pass a job id from PostJob or the JobCreated event"
	fixAmount = "pass a positive amount in the token's smallest unit"
)

// uintArg checks that v is a uint256 argument; positive also refuses zero.
// It returns nil when v is fine.
func uintArg(field string, v *big.Int, positive bool, fix string) *input.Error {
	switch {
	case v == nil:
		return input.New(field, "is nil", fix)
	case v.Sign() < 0 || v.Cmp(maxUint256) > 0:
		return input.New(field, fmt.Sprintf("%v is outside the uint256 range", v), fix)
	case positive && v.Sign() == 0:
		return input.New(field, "is zero", fix)
	}
	return nil
}

// jobIDArg checks a job id argument: job ids start at 1.
func jobIDArg(field string, id *big.Int) *input.Error {
	return uintArg(field, id, true, fixJobID)
}

// build returns the candidate of a Build method: the call to `to` that
// pack encodes, once every check passed. Failed checks come back together
// as input.Errors naming the method; pack, the binding's TryPack, then
// never sees a nil *big.Int (on which go-ethereum's packer panics).
func build(method string, to common.Address, label func() string, pack func() ([]byte, error), checks ...*input.Error) (chain.TxCandidate, error) {
	var errs input.Errors
	for _, e := range checks {
		if e != nil {
			errs = append(errs, e)
		}
	}
	if len(errs) > 0 {
		return chain.TxCandidate{}, fmt.Errorf("escrow: %s: %w", method, errs)
	}
	data, err := pack()
	if err != nil {
		return chain.TxCandidate{}, fmt.Errorf("escrow: %s: %w", method, &input.Error{Field: "arguments", Problem: "do not pack: " + err.Error(), Fix: "check the values against the contract's parameter types", Err: err})
	}
	return chain.TxCandidate{To: &to, Data: data, Label: label()}, nil
}

// jrCall is build for a JobRegistry call on job id labelled "name id".
func (c *Client) jrCall(method, name string, id *big.Int, pack func() ([]byte, error), checks ...*input.Error) (chain.TxCandidate, error) {
	checks = append([]*input.Error{jobIDArg("id", id)}, checks...)
	return build(method, c.addrs.JobRegistry, func() string { return fmt.Sprintf("%s %v", name, id) }, pack, checks...)
}
