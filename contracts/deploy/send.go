package deploy

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
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
}

// step is one transaction of a phase: a call, or a contract creation (to
// nil) whose address created records.
type step struct {
	name    string
	to      *common.Address
	data    []byte
	created func(common.Address)
}

// run sends the steps of a phase as one batch, waits for all of them,
// records the addresses of the contracts created and reports the phase to
// Options.Checkpoint. Creations mined before a failure are recorded too,
// so that the Deployment returned with the error resumes without them.
func (d *deployer) run(ctx context.Context, ph Phase, steps []step, out *Deployment) error {
	names := make([]string, len(steps))
	if len(steps) > 0 {
		cs := make([]chain.TxCandidate, len(steps))
		for i, s := range steps {
			cs[i] = chain.TxCandidate{To: s.to, Data: s.data, Label: s.name}
			names[i] = s.name
		}
		ps, sendErr := d.m.SendBatch(ctx, cs)
		rs, waitErr := chain.WaitAll(ctx, ps)
		for i, r := range rs {
			d.record(r, steps[i], out)
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

// record files a successful receipt: the created contract's address and the
// deployment's last block.
func (d *deployer) record(r *types.Receipt, s step, out *Deployment) {
	if r == nil || r.Status != types.ReceiptStatusSuccessful {
		return
	}
	if s.created != nil {
		s.created(r.ContractAddress)
	}
	if r.BlockNumber != nil && r.BlockNumber.Uint64() > out.Block {
		out.Block = r.BlockNumber.Uint64()
	}
}

// adopt takes the creations an interrupted run of this deployment left in
// flight, as the Manager recovered them from its journal: it waits for
// them and records their addresses, so that they are not created twice.
// Only a resumed Deploy adopts, and a proxy only once its implementation is
// known.
func (d *deployer) adopt(ctx context.Context, out *Deployment) error {
	if d.opts.Resume == nil {
		return nil
	}
	for _, p := range d.m.Recovered() {
		set := d.creation(p.Label(), out)
		if set == nil {
			continue
		}
		r, err := p.Wait(ctx)
		if ctx.Err() != nil {
			return fmt.Errorf("deploy: waiting for %q, left in flight by the interrupted run: %w", p.Label(), ctx.Err())
		}
		if err == nil && r != nil && r.Status == types.ReceiptStatusSuccessful {
			set(r.ContractAddress)
		}
	}
	return nil
}

// creation returns what records the contract a step named label creates,
// or nil when label names no creation still missing from out.
func (d *deployer) creation(label string, out *Deployment) func(common.Address) {
	if label == devTokenStep && out.Token == (common.Address{}) {
		return func(a common.Address) { out.Token, out.TokenDeployed = a, true }
	}
	for _, m := range Modules {
		switch {
		case label == string(m)+implementationSuffix && out.Implementations[m] == (common.Address{}):
			return func(a common.Address) { out.Implementations[m] = a }
		case label == string(m)+proxySuffix && out.Proxies[m] == (common.Address{}) && out.Implementations[m] != (common.Address{}):
			return func(a common.Address) { out.Proxies[m] = a }
		}
	}
	return nil
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

// read answers every request's eth_call at the latest block; a failed call
// leaves its answer nil. Only a failure of the transport as a whole is an
// error.
func (d *deployer) read(ctx context.Context, ph Phase, reqs []check) ([][]byte, error) {
	out := make([][]byte, len(reqs))
	if len(reqs) == 0 {
		return out, nil
	}
	if rc := rpcbatch.ClientOf(d.backend); rc != nil {
		raw := make([]hexutil.Bytes, len(reqs))
		elems := make([]rpc.BatchElem, len(reqs))
		for i, r := range reqs {
			elems[i] = rpc.BatchElem{Method: "eth_call", Args: []any{map[string]any{"to": r.to, "data": hexutil.Bytes(r.data)}, "latest"}, Result: &raw[i]}
		}
		if err := rpcbatch.Send(ctx, rc, elems, 500, 1, func(n int, err error) error {
			return fmt.Errorf("deploy: reading the %s settings already applied (%d calls): %w", ph, n, err)
		}); err != nil {
			return nil, err
		}
		for i := range elems {
			if elems[i].Error == nil {
				out[i] = raw[i]
			}
		}
		return out, nil
	}
	for i, r := range reqs {
		to := r.to
		v, err := d.backend.CallContract(ctx, ethereum.CallMsg{To: &to, Data: r.data}, nil)
		if ctx.Err() != nil {
			return nil, fmt.Errorf("deploy: reading the %s settings already applied: %w", ph, ctx.Err())
		}
		if err == nil {
			out[i] = v
		}
	}
	return out, nil
}

// hasCode reports whether a contract lives at a (false for zero). A failed
// read is an error: guessing "no code" would create the contract again.
func (d *deployer) hasCode(ctx context.Context, a common.Address) (bool, error) {
	if a == (common.Address{}) {
		return false, nil
	}
	code, err := d.backend.CodeAt(ctx, a, nil)
	if err != nil {
		return false, fmt.Errorf("deploy: reading the code at %s: %w", a.Hex(), err)
	}
	return len(code) > 0, nil
}
