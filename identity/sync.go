package identity

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/input"

	"github.com/agijobs/agijobs-go/internal/rpcbatch"
)

// SyncOptions tunes [Client.Sync]. The zero value is valid.
type SyncOptions struct {
	// FromBlock is the first block searched for AdditionalAgentUpdated,
	// AdditionalValidatorUpdated and AttestorUpdated events; pass the
	// registry's deployment block to save requests. 0 means genesis.
	FromBlock uint64
	// KeepUnlisted leaves allowlisted addresses and attestors that the
	// config does not name in place instead of removing them.
	KeepUnlisted bool
	// Concurrency bounds the view calls in flight; 0 means 8.
	Concurrency int
}

// Action is one call of a [Plan].
type Action struct {
	// Method is the registry function called, e.g. "addAdditionalAgent".
	Method string
	// Account is the address the call is about; zero for root changes.
	Account common.Address
	// Value is the new root or node of a setXRoot / setXRootNode call.
	Value common.Hash
	// Description says in words what the call changes and why.
	Description string
	// Call is the transaction to send as the registry owner.
	Call chain.TxCandidate
}

// Plan is the list of calls that make the registry match a [RegistryConfig].
type Plan struct {
	// Registry is the IdentityRegistry the plan is for.
	Registry common.Address
	// Block is the block whose state the plan was computed against.
	Block uint64
	// Actions are the calls in the order to send them.
	Actions []Action
}

// Calls returns the transactions of the plan in order.
func (p *Plan) Calls() []chain.TxCandidate {
	if p == nil {
		return nil
	}
	out := make([]chain.TxCandidate, len(p.Actions))
	for i, a := range p.Actions {
		out[i] = a.Call
	}
	return out
}

// Empty reports whether the chain already matches the config.
func (p *Plan) Empty() bool {
	if p == nil {
		return true // no actions
	}
	return len(p.Actions) == 0
}

// String lists the actions, one a line.
func (p *Plan) String() string {
	if p == nil {
		return "<nil>"
	}
	if p.Empty() {
		return fmt.Sprintf("identity registry %s matches the config at block %d: nothing to do", p.Registry.Hex(), p.Block)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "identity registry %s at block %d: %d call(s)", p.Registry.Hex(), p.Block, len(p.Actions))
	for i, a := range p.Actions {
		fmt.Fprintf(&b, "\n%3d. %s", i+1, a.Description)
	}
	return b.String()
}

// observed is a registry event that names an address.
type observed struct {
	kind    int // 0 agent allowlist, 1 validator allowlist, 2 attestor
	account common.Address
}

// Sync compares the registry with cfg and returns the calls that make the
// chain match it: allowlist additions and removals for both roles, Merkle
// roots, ENS root nodes and attestor approvals and withdrawals. It reads
// everything at one block (the head when it starts) and sends nothing.
//
// The registry cannot list its allowlists or attestors, so Sync reads the
// membership of every address cfg names and of every address the
// registry's AdditionalAgentUpdated, AdditionalValidatorUpdated and
// AttestorUpdated events mention from opts.FromBlock on. Sending the calls of
// the plan in order, then calling Sync again, returns an empty plan.
func (c *Client) Sync(ctx context.Context, cfg *RegistryConfig, opts SyncOptions) (*Plan, error) {
	if cfg == nil {
		return nil, input.New("cfg", "is nil", "load one with LoadRegistryConfig")
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	agents, err := cfg.Agents.resolve()
	if err != nil {
		return nil, fmt.Errorf("identity: agents.merkleMembers: %w", err)
	}
	validators, err := cfg.Validators.resolve()
	if err != nil {
		return nil, fmt.Errorf("identity: validators.merkleMembers: %w", err)
	}
	attestors := make([]common.Address, len(cfg.Attestors))
	for i, s := range cfg.Attestors {
		attestors[i] = common.HexToAddress(s)
	}

	head, err := c.backend.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("identity: Sync: head block: %w", err)
	}
	block := new(big.Int).SetUint64(head)
	plan := &Plan{Registry: c.registry, Block: head}
	cands, err := c.candidates(ctx, [3][]common.Address{agents.allowlist, validators.allowlist, attestors}, opts.FromBlock, head)
	if err != nil {
		return nil, err
	}
	current, err := c.membership(ctx, block, cands, opts.Concurrency)
	if err != nil {
		return nil, err
	}

	// Attestors first, so that a plan that also relies on new attestors
	// has them in place early; then allowlists, then roots.
	if err := c.diffSet(plan, attestors, current[2], opts.KeepUnlisted, 2); err != nil {
		return nil, err
	}
	roles := []struct {
		role Role
		d    *desiredRole
	}{{RoleAgent, &agents}, {RoleValidator, &validators}}
	for _, r := range roles {
		if err := c.diffSet(plan, r.d.allowlist, current[r.role], opts.KeepUnlisted, int(r.role)); err != nil {
			return nil, err
		}
	}
	for _, r := range roles {
		if err := c.diffRoots(ctx, plan, block, r.role, r.d); err != nil {
			return nil, err
		}
	}
	c.log.Debug("identity sync: plan ready", "block", head, "actions", len(plan.Actions))
	return plan, nil
}

// candidates returns, for each set (0 agent allowlist, 1 validator
// allowlist, 2 attestors), the addresses whose membership Sync must read:
// those the config names plus those the registry's events from from to
// head mention.
func (c *Client) candidates(ctx context.Context, named [3][]common.Address, from, head uint64) ([3]map[common.Address]bool, error) {
	cands := [3]map[common.Address]bool{{}, {}, {}}
	for k, addrs := range named {
		for _, a := range addrs {
			cands[k][a] = true
		}
	}
	if from > head {
		return cands, nil
	}
	n := 0
	for ev, err := range chain.Events(ctx, c.backend, c.eventQuery(from, head), c.decodeObserved) {
		if err != nil {
			return cands, fmt.Errorf("identity: Sync: read registry events: %w", err)
		}
		cands[ev.kind][ev.account] = true
		n++
	}
	c.log.Debug("identity sync: events scanned", "from", from, "to", head, "events", n)
	return cands, nil
}

// membership reads, concurrently and at one block, which candidates are
// members of their set.
func (c *Client) membership(ctx context.Context, block *big.Int, cands [3]map[common.Address]bool, concurrency int) ([3]map[common.Address]bool, error) {
	type query struct {
		kind int
		addr common.Address
	}
	var qs []query
	for k := range cands {
		for a := range cands[k] {
			qs = append(qs, query{k, a})
		}
	}
	state := make([]bool, len(qs))
	current := [3]map[common.Address]bool{{}, {}, {}}
	if err := rpcbatch.Parallel(ctx, len(qs), concurrency, func(ctx context.Context, i int) error {
		q := qs[i]
		var err error
		switch q.kind {
		case 0:
			state[i], err = c.isAllowlisted(ctx, block, RoleAgent, q.addr)
		case 1:
			state[i], err = c.isAllowlisted(ctx, block, RoleValidator, q.addr)
		default:
			state[i], err = c.isAttestor(ctx, block, q.addr)
		}
		return err
	}); err != nil {
		return current, fmt.Errorf("identity: Sync: %w", err)
	}
	for i, q := range qs {
		if state[i] {
			current[q.kind][q.addr] = true
		}
	}
	return current, nil
}

// diffSet adds the actions that turn current into want for one set (kind 0
// agent allowlist, 1 validator allowlist, 2 attestors).
func (c *Client) diffSet(plan *Plan, want []common.Address, current map[common.Address]bool, keep bool, kind int) error {
	wantSet := make(map[common.Address]bool, len(want))
	for _, a := range want {
		wantSet[a] = true
	}
	var add, remove []common.Address
	for a := range wantSet {
		if !current[a] {
			add = append(add, a)
		}
	}
	if !keep {
		for a := range current {
			if !wantSet[a] {
				remove = append(remove, a)
			}
		}
	}
	byAddr := func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) }
	slices.SortFunc(add, byAddr)
	slices.SortFunc(remove, byAddr)
	for _, on := range []bool{true, false} {
		list := remove
		if on {
			list = add
		}
		for _, a := range list {
			var (
				call chain.TxCandidate
				err  error
				desc string
			)
			switch kind {
			case 2:
				call, err = c.SetAttestor(a, on)
				desc = map[bool]string{true: "approve attestor %s (listed in attestors)", false: "withdraw attestor %s (approved on chain, not listed in attestors)"}[on]
			default:
				role := Role(kind)
				if on {
					call, err = c.AddAllowlisted(role, a)
					desc = "add %s to the " + role.String() + " allowlist (listed in " + role.String() + "s.allowlist)"
				} else {
					call, err = c.RemoveAllowlisted(role, a)
					desc = "remove %s from the " + role.String() + " allowlist (allowlisted on chain, not listed in " + role.String() + "s.allowlist)"
				}
			}
			if err != nil {
				return err
			}
			plan.Actions = append(plan.Actions, Action{Method: methodOf(call.Label), Account: a, Description: fmt.Sprintf(desc, a.Hex()), Call: call})
		}
	}
	return nil
}

func (c *Client) diffRoots(ctx context.Context, plan *Plan, block *big.Int, role Role, d *desiredRole) error {
	if d.merkleRoot != nil {
		cur, err := c.merkleRoot(ctx, block, role)
		if err != nil {
			return fmt.Errorf("identity: Sync: %w", err)
		}
		if cur != *d.merkleRoot {
			call, err := c.SetMerkleRoot(role, *d.merkleRoot)
			if err != nil {
				return err
			}
			what := "the configured root"
			if d.tree != nil {
				what = fmt.Sprintf("the root of the %d configured member(s)", d.tree.Len())
			}
			if *d.merkleRoot == (common.Hash{}) {
				what = "zero, disabling Merkle proofs"
			}
			plan.Actions = append(plan.Actions, Action{
				Method: methodOf(call.Label), Value: *d.merkleRoot, Call: call,
				Description: fmt.Sprintf("set the %s Merkle root from %s to %s (%s)", role, cur.Hex(), d.merkleRoot.Hex(), what),
			})
		}
	}
	if d.rootNode != nil {
		cur, err := c.rootNode(ctx, block, role)
		if err != nil {
			return fmt.Errorf("identity: Sync: %w", err)
		}
		if cur != *d.rootNode {
			call, err := c.SetRootNode(role, *d.rootNode)
			if err != nil {
				return err
			}
			plan.Actions = append(plan.Actions, Action{
				Method: methodOf(call.Label), Value: *d.rootNode, Call: call,
				Description: fmt.Sprintf("set the %s ENS root node to namehash(%q) = %s (was %s)", role, d.ensRoot, d.rootNode.Hex(), cur.Hex()),
			})
		}
	}
	return nil
}

func methodOf(label string) string {
	m, _, _ := strings.Cut(label, " ")
	return m
}

func (c *Client) eventQuery(from, to uint64) chain.LogQuery {
	evs := c.abi.GetABI().Events
	return chain.LogQuery{
		Addresses: []common.Address{c.registry},
		Topics: [][]common.Hash{{
			evs["AdditionalAgentUpdated"].ID,
			evs["AdditionalValidatorUpdated"].ID,
			evs["AttestorUpdated"].ID,
		}},
		FromBlock: from,
		ToBlock:   max(to, from),
		// The registry logs few events: start with wide ranges.
		ChunkSize: 10_000,
	}
}

func (c *Client) decodeObserved(l *types.Log) (observed, error) {
	if len(l.Topics) == 0 {
		return observed{}, errors.New("anonymous log")
	}
	if ev, err := c.abi.UnpackAdditionalAgentUpdatedEvent(l); err == nil {
		return observed{0, ev.Agent}, nil
	}
	if ev, err := c.abi.UnpackAdditionalValidatorUpdatedEvent(l); err == nil {
		return observed{1, ev.Validator}, nil
	}
	ev, err := c.abi.UnpackAttestorUpdatedEvent(l)
	if err != nil {
		return observed{}, err
	}
	return observed{2, ev.Attestor}, nil
}
