package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/contracts/bindings/agialphatoken"
)

// party is an account whose balance the quickstart follows.
type party struct {
	name string
	addr common.Address
}

// parties are the employer, the agents, the validators and the two
// contracts that hold tokens.
func (q *quickstart) parties() []party {
	roles, addrs := q.env.Roles(), q.env.Addresses()
	ps := []party{{"employer", roles.Employers[0].Address()}}
	for i, a := range roles.Agents {
		ps = append(ps, party{"agent " + profiles[i].name, a.Address()})
	}
	for i, v := range roles.Validators {
		ps = append(ps, party{fmt.Sprintf("validator %d", i+1), v.Address()})
	}
	return append(ps, party{"StakeManager (escrow, stakes, fees)", addrs.StakeManager}, party{"FeePool (direct transfers)", addrs.FeePool})
}

// holdings are the parties' balances and the token's supply at one time.
type holdings struct {
	balances []*big.Int
	supply   *big.Int
}

func (q *quickstart) balances(ctx context.Context) (holdings, error) {
	token := q.env.Addresses().Token
	var h holdings
	for _, pa := range q.parties() {
		b, err := q.ec.Balance(ctx, token, pa.addr)
		if err != nil {
			return h, err
		}
		h.balances = append(h.balances, b)
	}
	tok := agialphatoken.NewAGIALPHAToken()
	raw, err := q.env.Backend().CallContract(ctx, ethereum.CallMsg{To: &token, Data: tok.PackTotalSupply()}, nil)
	if err != nil {
		return h, err
	}
	h.supply, err = tok.UnpackTotalSupply(raw)
	return h, err
}

// settle prints every party's balance change and checks that the changes
// and what was burned sum to zero and that the agent was paid.
func (q *quickstart) settle(before, after holdings, agent int) error {
	w := q.p.w
	burned := new(big.Int).Sub(before.supply, after.supply)
	sum := new(big.Int).Set(burned)
	fmt.Fprintln(w, "balances (AGIALPHA):")
	for i, pa := range q.parties() {
		d := new(big.Int).Sub(after.balances[i], before.balances[i])
		sum.Add(sum, d)
		fmt.Fprintf(w, "  %-35s %22s  (%s)\n", pa.name, tokens(after.balances[i]), signed(d))
	}
	fmt.Fprintf(w, "  %-35s %22s\n", "burned", tokens(burned))
	if sum.Sign() != 0 {
		return fmt.Errorf("balances do not add up: the changes sum to %s AGIALPHA", signed(sum))
	}
	// The agent's stake went back to it; what it gained on top is its pay.
	if gain := new(big.Int).Sub(after.balances[1+agent], before.balances[1+agent]); gain.Sign() <= 0 {
		return fmt.Errorf("the agent was not paid")
	}
	fmt.Fprintf(w, "conservation holds: every change above, plus what was burned, sums to 0; done in %.2fs\n", time.Since(q.p.start).Seconds())
	return nil
}

// printer prints the story: timed sentences and the transactions of each
// step, adding up their gas.
type printer struct {
	w     io.Writer
	start time.Time
	gas   uint64
}

func (p *printer) step(name string, rs ...*types.Receipt) {
	for _, r := range rs {
		if r == nil {
			continue
		}
		p.gas += r.GasUsed
		fmt.Fprintf(p.w, "  %-28s tx %s  gas %9d\n", name, r.TxHash.Hex(), r.GasUsed)
		name = ""
	}
}

func (p *printer) say(format string, args ...any) {
	fmt.Fprintf(p.w, "[%5.2fs] %s\n", time.Since(p.start).Seconds(), fmt.Sprintf(format, args...))
}

// tokens formats wei of an 18-decimal token.
func tokens(v *big.Int) string {
	if v == nil {
		return "0"
	}
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(v), big.NewFloat(1e18)).Float64()
	return fmt.Sprintf("%.4f", f)
}

func signed(v *big.Int) string {
	if v.Sign() >= 0 {
		return "+" + tokens(v)
	}
	return "-" + tokens(new(big.Int).Neg(v))
}
