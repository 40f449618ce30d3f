package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/agialphatoken"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/units"
)

// MaxTokenDecimals is the most decimals a token may report to be
// allowlisted: JobRegistry refuses more (TokenDecimalsUnavailable), so that
// 10**decimals fits its 104-bit reward fields.
const MaxTokenDecimals = units.MaxDecimals

// MaxReward is the largest reward limit JobRegistry stores (2^104-1
// smallest units), also its default maxReward of every token.
var MaxReward = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 104), big.NewInt(1))

// DefaultStakeBps is JobRegistry.DEFAULT_STAKE_BPS: the agent job stake per
// reward, in basis points, a token gets when it is allowlisted.
const DefaultStakeBps = 500

// ErrNoDecimals is wrapped by TokenDecimals when the token does not answer
// decimals() with a value JobRegistry accepts.
var ErrNoDecimals = errors.New("the token does not report usable decimals")

// TokenDecimals reads an ERC-20's decimals() the way JobRegistry does when
// it allowlists the token; it wraps ErrNoDecimals when the token has no
// such function (the call reverts or answers nothing) or reports more than
// MaxTokenDecimals. A read that failed otherwise (chain.ErrTransport) says
// nothing about the token and does not wrap ErrNoDecimals.
func TokenDecimals(ctx context.Context, c ethereum.ContractCaller, token common.Address) (uint8, error) {
	if c == nil {
		return 0, input.New("deploy.TokenDecimals: c", "is nil", "pass the chain's Backend")
	}
	t := agialphatoken.NewAGIALPHAToken()
	out, err := chain.Call(ctx, c, ethereum.CallMsg{To: &token, Data: t.PackDecimals()}, nil)
	if err != nil {
		if !errors.Is(err, chain.ErrReverted) {
			return 0, fmt.Errorf("reading decimals() of %s: %w", token.Hex(), err)
		}
		return 0, fmt.Errorf("reading decimals() of %s: %w", token.Hex(), errors.Join(ErrNoDecimals, err))
	}
	d, err := t.UnpackDecimals(out)
	if err != nil {
		return 0, fmt.Errorf("%s answers decimals() with %d bytes (no contract there?): %w", token.Hex(), len(out), ErrNoDecimals)
	}
	if d > MaxTokenDecimals {
		return 0, fmt.Errorf("%s reports %d decimals, more than the %d JobRegistry accepts: %w", token.Hex(), d, MaxTokenDecimals, ErrNoDecimals)
	}
	return d, nil
}

// SeatPay is what one committee seat earns from a job paying reward:
// reward * validatorRewardPct / 100 / validatorsPerJob, rounded down as the
// contracts do (when every member votes with the tally).
func SeatPay(reward *big.Int, validatorRewardPct, validatorsPerJob uint64) *big.Int {
	if reward == nil || validatorsPerJob == 0 {
		return new(big.Int)
	}
	v := new(big.Int).Mul(reward, new(big.Int).SetUint64(validatorRewardPct))
	v.Div(v, big.NewInt(100))
	return v.Div(v, new(big.Int).SetUint64(validatorsPerJob))
}

// MinRewardForSeatPay is the smallest reward that pays every committee seat
// at least one smallest unit, or nil when validatorRewardPct is 0 (no
// reward does).
func MinRewardForSeatPay(validatorRewardPct, validatorsPerJob uint64) *big.Int {
	if validatorRewardPct == 0 {
		return nil
	}
	// smallest r with floor(floor(r*pct/100)/n) >= 1, i.e. r*pct >= 100*n.
	need := new(big.Int).SetUint64(100 * max(validatorsPerJob, 1))
	pct := new(big.Int).SetUint64(validatorRewardPct)
	need.Add(need, new(big.Int).Sub(pct, big.NewInt(1)))
	return need.Div(need, pct)
}
