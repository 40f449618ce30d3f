package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/internal/units"
)

// FundsError reports a deployer that cannot pay for what a phase still has
// to send. errors.Is(err, chain.ErrInsufficientFunds) holds.
type FundsError struct {
	// Account is the deployer.
	Account common.Address
	// Balance is what it holds (wei).
	Balance *big.Int
	// Phase is the phase that could not be sent.
	Phase Phase
	// Txs and Gas are the transactions the phase still has to send and
	// their estimated gas, the Manager's default margin included; Gas
	// leaves out those whose estimate failed.
	Txs int
	Gas uint64
	// FeeCap is the fee per gas a transaction offers at most now: twice the
	// base fee plus the tip, as the Manager prices it (wei).
	FeeCap *big.Int
	// Cost is Gas * FeeCap: what the node wants the account to hold before
	// it accepts the transactions (wei). Less is spent, as blocks rarely
	// charge the fee cap.
	Cost *big.Int
	// Err is the error of the send that failed.
	Err error
}

// Error gives the balance, the cost and the remedy.
func (e *FundsError) Error() string {
	if e == nil {
		return "<nil>"
	}
	fund := ""
	if e.Cost != nil && e.Balance != nil {
		if short := new(big.Int).Sub(e.Cost, e.Balance); short.Sign() > 0 {
			fund = fmt.Sprintf(" with at least %s ETH more", units.Format(short, 18))
		}
	}
	return fmt.Sprintf("deploy: the deployer %s holds %s ETH, but the %s phase still needs about %s ETH (%d transaction(s), %d gas at up to %s gwei); fund the account%s and run again: %v",
		e.Account.Hex(), units.Format(e.Balance, 18), e.Phase, units.Format(e.Cost, 18), e.Txs, e.Gas, units.Format(e.FeeCap, 9), fund, e.Err)
}

// Unwrap returns chain.ErrInsufficientFunds and the send's error.
func (e *FundsError) Unwrap() []error {
	if e == nil {
		return nil
	}
	return []error{chain.ErrInsufficientFunds, e.Err}
}

// gasMarginPercent is the Manager's default estimate margin
// (chain.ManagerConfig.GasMarginPercent).
const gasMarginPercent = 20

// fundsError turns the error of a phase's send into a *FundsError when the
// deployer cannot pay for the steps not sent (todo): when the node said
// so, or when its balance is below their estimated cost (a node may
// report an empty balance as a failed gas estimate, "gas required exceeds
// allowance: 0"). Otherwise, or when the figures cannot be read, it
// returns err.
func (d *deployer) fundsError(ctx context.Context, ph Phase, todo []step, err error) error {
	if len(todo) == 0 || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	br, ok := d.backend.(interface {
		BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
	})
	if !ok {
		return err
	}
	bal, berr := br.BalanceAt(ctx, d.from, nil)
	head := new(big.Int)
	h, herr := d.backend.HeaderByNumber(ctx, nil)
	if herr == nil && h.BaseFee != nil {
		head = h.BaseFee
	}
	tip, terr := d.backend.SuggestGasTipCap(ctx)
	if berr != nil || herr != nil || terr != nil {
		return err
	}
	var gas uint64
	for _, s := range todo {
		est, eerr := d.backend.EstimateGas(ctx, ethereum.CallMsg{From: d.from, To: s.to, Data: s.data})
		if eerr == nil {
			gas += est + est*gasMarginPercent/100
		}
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head, big.NewInt(2)), tip)
	cost := new(big.Int).Mul(new(big.Int).SetUint64(gas), feeCap)
	if !errors.Is(err, chain.ErrInsufficientFunds) && bal.Cmp(cost) >= 0 {
		return err
	}
	return &FundsError{Account: d.from, Balance: bal, Phase: ph, Txs: len(todo), Gas: gas, FeeCap: feeCap, Cost: cost, Err: err}
}
