package safe

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/governance"
	"github.com/agijobs/agijobs-go/input"
)

// Execute sends the Safe transaction with the owners' signatures through
// execTransaction from s (any funded account: an owner or a
// relayer) and returns the receipt. The Safe emits ExecutionFailure and
// keeps the nonce consumed if the inner call fails; this function then
// returns ErrExecutionFailed with the receipt. When s exposes its backend
// (a *chain.Manager does), a Safe or call target without code is refused
// before anything is sent.
func Execute(ctx context.Context, s governance.Sender, t *Tx, sigs []Signature) (*types.Receipt, error) {
	if t == nil {
		return nil, input.New("safe.Execute: t", "is nil", "build it with NewTx or Propose")
	}
	if b, ok := s.(interface{ Backend() chain.Backend }); ok {
		for _, at := range []common.Address{t.Safe, t.To} {
			code, err := b.Backend().CodeAt(ctx, at, nil)
			if err != nil {
				return nil, fmt.Errorf("safe: reading the code of %s: %w", at.Hex(), err)
			}
			if len(code) == 0 {
				return nil, fmt.Errorf("safe: %s has no contract code: executing would change nothing but the Safe's nonce", at.Hex())
			}
		}
	}
	c, err := t.ExecCandidate(sigs)
	if err != nil {
		return nil, err
	}
	r, err := s.Send(ctx, c)
	if err != nil {
		return r, fmt.Errorf("safe: Safe execTransaction: %w", err)
	}
	failure := crypto.Keccak256Hash([]byte("ExecutionFailure(bytes32,uint256)"))
	for _, l := range r.Logs {
		if l.Address == t.Safe && len(l.Topics) > 0 && l.Topics[0] == failure {
			return r, ErrExecutionFailed
		}
	}
	return r, nil
}

// ErrExecutionFailed means execTransaction was mined but the Safe's
// inner call failed (ExecutionFailure event): nothing changed but the
// Safe's nonce.
var ErrExecutionFailed = errors.New("safe: the Safe executed the transaction but the inner call failed")

// CheckThreshold checks that sigs hold at least the Safe's threshold of
// owner signatures of hash.
func CheckThreshold(hash common.Hash, sigs []Signature, info *Info) error {
	if info == nil || info.Threshold == nil {
		return input.New("safe.CheckThreshold: info", "is nil or has no Threshold", "read it with safe.ReadInfo")
	}
	owners := map[common.Address]bool{}
	for _, o := range info.Owners {
		owners[o] = true
	}
	n := 0
	for _, s := range sigs {
		who, err := Recover(hash, s.Signature)
		if err != nil {
			return err
		}
		if !owners[who] {
			return fmt.Errorf("safe: %s signed but is not an owner of the Safe", who.Hex())
		}
		n++
	}
	if big.NewInt(int64(n)).Cmp(info.Threshold) < 0 {
		return fmt.Errorf("safe: %d signature(s), the Safe needs %v; collect more owner signatures", n, info.Threshold)
	}
	return nil
}
