package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/input"
)

// DefaultSettleTimeout is how long Settle and a resumed Deploy wait for
// the deployer's transactions in flight when no other bound is given.
const DefaultSettleTimeout = 5 * time.Minute

// ErrInFlight is wrapped by the error of Settle when transactions of the
// account are still waiting in the node's pool after the timeout.
var ErrInFlight = errors.New("transactions still in flight")

// NoCodeError reports contracts that a deployment record names as created
// but that have no code on the chain: the record belongs to another chain,
// or to a node that was reset since. errors.Is(err, bind.ErrNoCode) holds.
type NoCodeError struct {
	// ChainID is the chain that was read.
	ChainID *big.Int
	// Contracts maps the names of the contracts without code (see
	// Deployment.Contracts) to their recorded addresses.
	Contracts map[string]common.Address
}

// Error names the contracts without code and what to do.
func (e *NoCodeError) Error() string {
	if e == nil {
		return "<nil>"
	}
	names := make([]string, 0, len(e.Contracts))
	for n := range e.Contracts {
		names = append(names, n)
	}
	sort.Strings(names)
	list := make([]string, len(names))
	for i, n := range names {
		list[i] = n + " " + e.Contracts[n].Hex()
	}
	if len(list) > 3 {
		list = append(list[:3], fmt.Sprintf("and %d more", len(names)-3))
	}
	return fmt.Sprintf("deploy: no contract on chain %v at %d recorded address(es) (%s): the record is from another chain or from a node reset since; start afresh without it",
		e.ChainID, len(names), strings.Join(list, ", "))
}

// Unwrap returns bind.ErrNoCode.
func (e *NoCodeError) Unwrap() error { return bind.ErrNoCode }

// Settle waits until no transaction of m's account is in flight: those m
// still watches (Manager.InFlight, the ones recovered from its journal
// included) have settled, and the node's pending nonce of the account
// equals its mined one. A run resumed after a crash calls it
// before it reads what is in place, so that what the crashed run sent
// (mined a moment later) is read rather than sent again. It waits at most
// timeout (0 means DefaultSettleTimeout) and then fails with ErrInFlight;
// a read that fails (after the transport's retries) ends it with an error.
func Settle(ctx context.Context, m *chain.Manager, timeout time.Duration) error {
	if m == nil || m.Backend() == nil {
		return input.New("deploy.Settle: m", "is nil or a zero Manager", "pass the deployer's chain.Manager (chain.NewManager)")
	}
	if timeout <= 0 {
		timeout = DefaultSettleTimeout
	}
	wctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	// Besides what the journal recovered, InFlight holds what a run given
	// up in this process (its context cancelled) left to the Manager's
	// watcher, which still broadcasts it.
	for _, p := range m.InFlight() {
		if _, err := p.Wait(wctx); err != nil && wctx.Err() != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("deploy: %q (nonce %d), left in flight by an earlier run, is not settled after %v: %w; wait and run again", p.Label(), p.Nonce(), timeout, ErrInFlight)
		}
	}
	from, b := m.Address(), m.Backend()
	for {
		mined, err := b.NonceAt(wctx, from, nil)
		if err != nil {
			return settleErr(ctx, wctx, from, timeout, fmt.Errorf("deploy: reading the mined nonce of %s: %w", from.Hex(), err))
		}
		pending, err := b.PendingNonceAt(wctx, from)
		if err != nil {
			return settleErr(ctx, wctx, from, timeout, fmt.Errorf("deploy: reading the pending nonce of %s: %w", from.Hex(), err))
		}
		if pending <= mined {
			return nil
		}
		select {
		case <-wctx.Done():
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("deploy: %d transaction(s) of %s (nonces %d..%d) still wait in the node's pool after %v: %w; a resumed deployment reads what is in place only once they are mined: wait and run again, or replace them (same nonces, higher fees)",
				pending-mined, from.Hex(), mined, pending-1, timeout, ErrInFlight)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// settleErr reports a failed read of Settle, or the timeout if that ended
// the read.
func settleErr(ctx, wctx context.Context, from common.Address, timeout time.Duration, err error) error {
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case wctx.Err() != nil:
		return fmt.Errorf("deploy: the transactions of %s in flight are not settled after %v: %w (%w)", from.Hex(), timeout, ErrInFlight, err)
	}
	return err
}

// resume continues Options.Resume: it waits until nothing of the deployer
// is in flight (adopting the creations the Manager recovered from its
// journal by their labels), then looks for every recorded creation at its
// address, and checks that every contract recorded as created has code.
func (d *deployer) resume(ctx context.Context, out *Deployment) error {
	if id := d.opts.Resume.ChainID; id != nil && id.Sign() != 0 && id.Cmp(out.ChainID) != 0 {
		return fmt.Errorf("deploy: Options.Resume is a deployment on chain %v, the Manager sends on chain %v: resume it there, or start afresh without it", id, out.ChainID)
	}
	if err := d.adopt(ctx, out); err != nil {
		return err
	}
	if err := Settle(ctx, d.m, d.opts.SettleTimeout); err != nil {
		return err
	}
	sent := make([]Creation, 0, len(out.Sent))
	for _, c := range out.Sent {
		sent = append(sent, c)
	}
	sort.Slice(sent, func(i, j int) bool { return sent[i].Nonce < sent[j].Nonce })
	for _, c := range sent {
		has, err := d.hasCode(ctx, c.Address)
		if err != nil {
			return err
		}
		delete(out.Sent, c.Contract)
		if has {
			out.SetContract(c.Contract, c.Address)
			d.log.Info("deploy: found a creation of the interrupted run on chain", "contract", c.Contract, "address", c.Address.Hex(), "nonce", c.Nonce)
			continue
		}
		// Nothing is in flight any more: the creation never reached the
		// node, or its nonce went to something else, or it reverted.
		d.log.Info("deploy: a creation of the interrupted run never took effect; creating it again", "contract", c.Contract, "address", c.Address.Hex(), "nonce", c.Nonce)
	}
	missing := map[string]common.Address{}
	for name, a := range out.Contracts() {
		has, err := d.hasCode(ctx, a)
		if err != nil {
			return err
		}
		if !has {
			missing[name] = a
		}
	}
	if len(missing) > 0 {
		return &NoCodeError{ChainID: out.ChainID, Contracts: missing}
	}
	return nil
}

// adopt takes the creations an interrupted run of this deployment left in
// flight, as the Manager recovered them from its journal: it waits for
// them and records their addresses, so that they are not created twice
// even when the interrupted run could not record them (Options.Sending).
// A proxy is adopted only once its implementation is known.
func (d *deployer) adopt(ctx context.Context, out *Deployment) error {
	for _, p := range d.m.Recovered() {
		name := d.creation(p.Label(), out)
		if name == "" {
			continue
		}
		r, err := p.Wait(ctx)
		if ctx.Err() != nil {
			return fmt.Errorf("deploy: waiting for %q, left in flight by the interrupted run: %w", p.Label(), ctx.Err())
		}
		if err == nil && r != nil && r.Status == types.ReceiptStatusSuccessful {
			out.SetContract(name, r.ContractAddress)
			delete(out.Sent, name)
		}
	}
	return nil
}

// creation returns the name of the contract a step labelled label
// creates, or "" when label names no creation still missing from out.
func (d *deployer) creation(label string, out *Deployment) string {
	if label == devTokenStep && out.Token == (common.Address{}) {
		return TokenContract
	}
	for _, m := range Modules {
		switch {
		case label == string(m)+implementationSuffix && out.Implementations[m] == (common.Address{}):
			return ImplementationContract(m)
		case label == string(m)+proxySuffix && out.Proxies[m] == (common.Address{}) && out.Implementations[m] != (common.Address{}):
			return ProxyContract(m)
		}
	}
	return ""
}

// hasCode reports whether a contract lives at a (false for zero). A read
// that fails (after the transport's retries) is an error,
// never "no code", which would create the contract again.
func (d *deployer) hasCode(ctx context.Context, a common.Address) (bool, error) {
	if a == (common.Address{}) {
		return false, nil
	}
	code, err := d.backend.CodeAt(ctx, a, nil)
	if err != nil {
		return false, fmt.Errorf("deploy: reading the code at %s (not taken for \"no code\"; run again): %w", a.Hex(), err)
	}
	return len(code) > 0, nil
}

// decimals is TokenDecimals on the deployer's backend.
func (d *deployer) decimals(ctx context.Context, token common.Address) (uint8, error) {
	return TokenDecimals(ctx, d.backend, token)
}
