package deploy

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/internal/rpcbatch"
)

// deployer plans and executes the phases of one Deploy call.
type deployer struct {
	m       *chain.Manager
	backend chain.Backend
	from    common.Address
	opts    Options
	params  Params
	tokens  []tokenPlan
	// accepted is set by the ownership plan when governance already owns
	// everything.
	accepted bool
	log      *slog.Logger
}

// step is one transaction of a phase: a call, or a contract creation (to
// nil) of the contract named contract (see Deployment.Contracts).
type step struct {
	name     string
	to       *common.Address
	data     []byte
	contract string
}

// run sends the steps of a phase as one batch, waits for all of them,
// records the addresses of the contracts created and reports the phase to
// Options.Checkpoint. Every creation is recorded in out.Sent (and passed to
// Options.Sending) with the address its nonce gives it before it is
// broadcast, and moved to the deployment's contracts when its receipt is
// in; creations mined before a failure are recorded too, so that the
// Deployment returned with the error resumes without creating them again.
func (d *deployer) run(ctx context.Context, ph Phase, steps []step, out *Deployment) error {
	names := make([]string, len(steps))
	if len(steps) > 0 {
		cs := make([]chain.TxCandidate, len(steps))
		for i, s := range steps {
			cs[i] = chain.TxCandidate{To: s.to, Data: s.data, Label: s.name}
			if s.contract != "" {
				cs[i].OnNonce = d.sending(s.contract, out)
			}
			names[i] = s.name
		}
		ps, sendErr := d.m.SendBatch(ctx, cs)
		rs, waitErr := chain.WaitAll(ctx, ps)
		for i, r := range rs {
			d.record(r, steps[i], out)
		}
		if sendErr != nil {
			var ne *chain.NodeError
			// SendBatch returns the Pending of a send whose broadcast
			// failed in an unknown way with its error: only a step it
			// returned no Pending for was refused.
			if len(ps) < len(steps) && steps[len(ps)].contract != "" && errors.As(sendErr, &ne) {
				c := steps[len(ps)].contract
				delete(out.Sent, c) // the node refused it: not sent
			}
			sendErr = d.fundsError(ctx, ph, steps[len(ps):], sendErr)
			var fe *FundsError
			if errors.As(sendErr, &fe) && waitErr == nil {
				return fe // names the phase already
			}
		}
		if err := errors.Join(sendErr, waitErr); err != nil {
			return fmt.Errorf("deploy: %s phase: %w", ph, err)
		}
	}
	if d.opts.Checkpoint == nil {
		return nil
	}
	if err := d.opts.Checkpoint(Checkpoint{Phase: ph, Steps: names, Deployment: out.clone()}); err != nil {
		return fmt.Errorf("deploy: checkpoint after the %s phase: %w", ph, err)
	}
	return nil
}

// sending returns the chain.TxCandidate.OnNonce of the creation of the
// contract named contract: it records the address the nonce gives the
// contract in out.Sent and passes it to Options.Sending, all before the
// creation is broadcast.
func (d *deployer) sending(contract string, out *Deployment) func(uint64) error {
	return func(nonce uint64) error {
		c := Creation{Contract: contract, Address: crypto.CreateAddress(d.from, nonce), Nonce: nonce}
		out.Sent[contract] = c
		if d.opts.Sending == nil {
			return nil
		}
		if err := d.opts.Sending(c); err != nil {
			return fmt.Errorf("deploy: recording the creation of %s before sending it: %w", contract, err)
		}
		return nil
	}
}

// record files a successful receipt: the created contract's address and the
// deployment's last block.
func (d *deployer) record(r *types.Receipt, s step, out *Deployment) {
	if r == nil || r.Status != types.ReceiptStatusSuccessful {
		return
	}
	if s.contract != "" {
		out.SetContract(s.contract, r.ContractAddress)
		delete(out.Sent, s.contract)
	}
	if r.BlockNumber != nil && r.BlockNumber.Uint64() > out.Block {
		out.Block = r.BlockNumber.Uint64()
	}
}

// setting is one configuration transaction and how to tell it is already
// applied: every check's getter answers exactly want.
type setting struct {
	step   string
	to     common.Address
	data   []byte
	checks []check
}

// check is a getter call and the answer that means "already set".
type check struct {
	to   common.Address
	data []byte
	want []byte
}

// same is the check of a setter whose getter answers its arguments as they
// were encoded (setFeePct(5) and feePct() == 5; setModules(list) and
// modules() == list).
func same(to common.Address, setter, getter []byte) []check {
	return []check{{to, getter, setter[4:]}}
}

var abiTrue = common.LeftPadBytes([]byte{1}, 32)

// missing returns the steps of the settings not applied yet, after checking
// that the deployer still owns their targets.
func (d *deployer) missing(ctx context.Context, ph Phase, out *Deployment, calls []setting) ([]step, error) {
	applied, err := d.applied(ctx, ph, calls)
	if err != nil {
		return nil, err
	}
	var todo []setting
	for i, c := range calls {
		if !applied[i] {
			todo = append(todo, c)
		}
	}
	if err := d.ownsTargets(ctx, ph, out, todo); err != nil {
		return nil, err
	}
	steps := make([]step, len(todo))
	for i, c := range todo {
		to := c.to
		steps[i] = step{name: c.step, to: &to, data: c.data}
	}
	return steps, nil
}

// ownsTargets checks that the deployer still owns every module a setting
// is to be sent to, so that a re-run after governance took over fails with
// a clear error instead of reverting.
func (d *deployer) ownsTargets(ctx context.Context, ph Phase, out *Deployment, todo []setting) error {
	if len(todo) == 0 {
		return nil
	}
	targets := map[common.Address]string{}
	for m, a := range out.Proxies {
		targets[a] = string(m)
	}
	var reqs []check
	var names []string
	seen := map[common.Address]bool{}
	for _, c := range todo {
		if !seen[c.to] {
			seen[c.to] = true
			reqs = append(reqs, check{to: c.to, data: jobregistry.NewJobRegistry().PackOwner()})
			names = append(names, targets[c.to])
		}
	}
	got, err := d.read(ctx, ph, reqs)
	if err != nil {
		return err
	}
	me := common.LeftPadBytes(d.from.Bytes(), 32)
	for i := range reqs {
		if got[i] != nil && !bytes.Equal(got[i], me) {
			return fmt.Errorf("%w: %d setting(s) differ from Params (first %s) but %s is owned by %s, not the deployer %s; apply them with a governance plan",
				ErrNotOwner, len(todo), todo[0].step, names[i], common.BytesToAddress(got[i]).Hex(), d.from.Hex())
		}
	}
	return nil
}

// applied reads every call's checks (in one JSON-RPC batch when the backend
// exposes its RPC client) and reports, per call, whether all its getters
// already answer the wanted values, so that a resumed or repeated run sends
// only what is missing.
func (d *deployer) applied(ctx context.Context, ph Phase, calls []setting) ([]bool, error) {
	var reqs []check
	for _, c := range calls {
		reqs = append(reqs, c.checks...)
	}
	got, err := d.read(ctx, ph, reqs)
	if err != nil {
		return nil, err
	}
	out := make([]bool, len(calls))
	i := 0
	for n, c := range calls {
		out[n] = len(c.checks) > 0
		for range c.checks {
			if got[i] == nil || !bytes.Equal(got[i], reqs[i].want) {
				out[n] = false
			}
			i++
		}
	}
	return out, nil
}

// read answers every request's eth_call at the latest block. A call the
// EVM reverts leaves its answer nil (that getter does not answer). Any
// other failure (after the transport's retries) is an error: a read that
// failed is never taken for "not applied", which would send the setting
// again.
func (d *deployer) read(ctx context.Context, ph Phase, reqs []check) ([][]byte, error) {
	if len(reqs) == 0 {
		return nil, nil
	}
	out, err := d.readOnce(ctx, reqs)
	if err != nil {
		return nil, fmt.Errorf("deploy: reading the %s settings already applied (%d calls; not taken for \"not applied\", run again): %w", ph, len(reqs), err)
	}
	return out, nil
}

// readOnce is one attempt of read: one JSON-RPC batch when the backend
// exposes its RPC client, else one call per request.
func (d *deployer) readOnce(ctx context.Context, reqs []check) ([][]byte, error) {
	out := make([][]byte, len(reqs))
	if rc := rpcbatch.ClientOf(d.backend); rc != nil {
		raw := make([]hexutil.Bytes, len(reqs))
		elems := make([]rpc.BatchElem, len(reqs))
		for i, r := range reqs {
			elems[i] = rpc.BatchElem{Method: "eth_call", Args: []any{map[string]any{"to": r.to, "data": hexutil.Bytes(r.data)}, "latest"}, Result: &raw[i]}
		}
		if err := rpcbatch.Send(ctx, rc, elems, 500, 1, func(_ int, err error) error { return err }); err != nil {
			return nil, err
		}
		for i := range elems {
			if err := failure(elems[i].Error); err != nil {
				return nil, fmt.Errorf("eth_call to %s: %w", reqs[i].to.Hex(), err)
			}
			if elems[i].Error == nil {
				out[i] = raw[i]
			}
		}
		return out, nil
	}
	for i, r := range reqs {
		to := r.to
		v, err := chain.Call(ctx, d.backend, ethereum.CallMsg{To: &to, Data: r.data}, nil)
		if err := failure(err); err != nil {
			return nil, fmt.Errorf("eth_call to %s: %w", to.Hex(), err)
		}
		if err == nil {
			out[i] = v
		}
	}
	return out, nil
}

// failure returns the error of one getter call unless it is a revert,
// which only says that the getter does not answer.
func failure(err error) error {
	if err == nil {
		return nil
	}
	if err = chain.CallError(err); errors.Is(err, chain.ErrReverted) {
		return nil
	}
	return err
}
