package governance

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/input"
)

// Action is one owner call of a plan: what changes, from what to what, and
// the exact call that changes it.
type Action struct {
	// Module is the module called ("JobRegistry", or "Token").
	Module deploy.Module `json:"module"`
	// Label names the setting in config-file terms ("feePct").
	Label string `json:"label"`
	// Method is the function called ("setFeePct").
	Method string `json:"method"`
	// Signature is the function's canonical signature ("setFeePct(uint256)").
	Signature string `json:"signature"`
	// Args are the call's arguments as the ABI packs them.
	Args []any `json:"-"`
	// ArgsText are Args written for people and for the Safe Transaction
	// Builder (decimal numbers, checksummed addresses, JSON arrays).
	ArgsText []string `json:"args"`
	// Current is the value on chain, written for people.
	Current string `json:"current"`
	// Desired is the value after the call, written for people.
	Desired string `json:"desired"`
	// Target is the contract called.
	Target common.Address `json:"target"`
	// Value is the wei sent along (always zero for owner setters).
	Value *big.Int `json:"-"`
	// Data is the calldata.
	Data hexutil.Bytes `json:"calldata"`
	// Why explains the action in plain words.
	Why string `json:"why,omitempty"`
}

// Plan is an ordered list of owner actions that brings the chain to the
// desired configuration, for one governance account.
type Plan struct {
	// Name and Description label the plan in bundles and tables.
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	// ChainID is the chain the plan was read from.
	ChainID *big.Int `json:"chainId"`
	// Governance is the account that must send (or authorise) every action.
	Governance common.Address `json:"governance"`
	// Kind is how Governance executes: eoa, safe or timelock.
	Kind deployment.Kind `json:"kind"`
	// Actions are the calls, in execution order.
	Actions []Action `json:"actions"`
	// Notes are findings the plan cannot fix itself (for example a module
	// owned by another account), in plain words.
	Notes []string `json:"notes,omitempty"`
	// ReadRoundTrips is how many requests reading the chain took.
	ReadRoundTrips int `json:"readRoundTrips"`
}

// Empty reports whether the plan has no action.
func (p *Plan) Empty() bool {
	if p == nil {
		return true // no actions
	}
	return len(p.Actions) == 0
}

// Candidates returns every action as a transaction candidate, in order.
func (p *Plan) Candidates() []chain.TxCandidate {
	if p == nil {
		return nil
	}
	out := make([]chain.TxCandidate, len(p.Actions))
	for i, a := range p.Actions {
		out[i] = a.Candidate()
	}
	return out
}

// Table renders the plan for people: one line per action with module,
// setting, current and desired value and the call, then the notes.
func (p *Plan) Table() string {
	if p == nil {
		return ""
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s: %d action(s) for %s governance %s on chain %v\n", p.Name, len(p.Actions), p.Kind, p.Governance.Hex(), p.ChainID)
	if len(p.Actions) > 0 {
		w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintln(w, "#\tMODULE\tSETTING\tCURRENT\tDESIRED\tCALL")
		for i, a := range p.Actions {
			fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s(%s)\n", i+1, a.Module, a.Label, short(a.Current), short(a.Desired), a.Method, short(strings.Join(a.ArgsText, ", ")))
		}
		w.Flush()
	} else {
		b.WriteString("nothing to do: the chain matches the configuration\n")
	}
	for _, n := range p.Notes {
		fmt.Fprintf(&b, "note: %s\n", n)
	}
	return b.String()
}

func short(s string) string {
	if len(s) > 60 {
		return s[:28] + "…" + s[len(s)-28:]
	}
	return s
}

// kinds of values, for writing them for people.
type kind int

const (
	kNumber kind = iota
	kPct
	kSeconds
	kTokens
	kBool
	kAddress
	kAddresses
	kHash
)

func show(k kind, v any) string {
	switch x := v.(type) {
	case nil:
		return "unset"
	case *big.Int:
		switch k {
		case kPct:
			return x.String() + "%"
		case kSeconds:
			if x.IsInt64() {
				return formatSeconds(x.Int64())
			}
		case kTokens:
			return FormatTokens(x) + " tokens"
		}
		return x.String()
	case bool:
		return fmt.Sprint(x)
	case common.Address:
		return x.Hex()
	case []common.Address:
		s := make([]string, len(x))
		for i, a := range x {
			s[i] = a.Hex()
		}
		return "[" + strings.Join(s, ", ") + "]"
	case [32]byte:
		return common.Hash(x).Hex()
	}
	return fmt.Sprint(v)
}

// argText writes an ABI argument the way the Safe Transaction Builder
// expects contractInputsValues.
func argText(v any) string {
	switch x := v.(type) {
	case *big.Int:
		return x.String()
	case common.Address:
		return x.Hex()
	case []common.Address:
		s := make([]string, len(x))
		for i, a := range x {
			s[i] = `"` + a.Hex() + `"`
		}
		return "[" + strings.Join(s, ",") + "]"
	case bool:
		return fmt.Sprint(x)
	case []byte:
		return hexutil.Encode(x)
	case [32]byte:
		return common.Hash(x).Hex()
	}
	return fmt.Sprint(v)
}

type planner struct {
	st      *State
	desired *ModuleConfigs
	gov     common.Address
	oc      *OwnerControl
	acts    []Action
	notes   []string
	errs    []error
}

func (p *planner) add(m deploy.Module, method string, args []any, label, current, desired, why string) {
	if !p.oc.Manages(string(m)) {
		return
	}
	a, err := NewAction(ActionSpec{Module: m, Target: p.st.Manifest.Address(m), Method: method, Args: args,
		Label: label, Current: current, Desired: desired, Why: why})
	if err != nil {
		p.errs = append(p.errs, err)
		return
	}
	p.acts = append(p.acts, a)
}

// value reads key of module m, recording a failed read once.
func (p *planner) value(m deploy.Module, key string, idx int) (any, bool) {
	v, err := p.st.Modules[m].Value(key)
	if err != nil {
		p.notes = append(p.notes, fmt.Sprintf("could not read %s.%s, so it is left out: %v", m, key, err))
		return nil, false
	}
	return v[idx], true
}

// setting compares one single-argument setting and adds its setter when it
// differs.
func (p *planner) setting(m deploy.Module, label, getter, setter string, k kind, want *big.Int) {
	if want == nil {
		return
	}
	cur, ok := p.value(m, getter, 0)
	if !ok {
		return
	}
	if c, _ := cur.(*big.Int); c != nil && c.Cmp(want) == 0 {
		return
	}
	p.add(m, setter, []any{want}, label, show(k, cur), show(k, want), fmt.Sprintf("set %s of %s to %s", label, m, show(k, want)))
}

func u64(v *uint64) *big.Int {
	if v == nil {
		return nil
	}
	return new(big.Int).SetUint64(*v)
}

func secs(d Duration) *big.Int {
	if !d.IsSet() {
		return nil
	}
	return d.Seconds()
}

// NewPlan compares the state read from chain with the desired
// configuration and returns the actions that reconcile them: ownership
// acceptance, wiring, pausers, token records and FeePool slots, parameters
// (token reward limits and stake fractions with setTokenConfig),
// memberships, the pause switch, then the FeePool's burn and distribute
// when fee-pool.json asks for them. desired may be nil (wiring, token
// records and ownership only). A state whose modules do not answer
// moduleKind() with their own names (an address without code, two
// addresses swapped) gets no plan: an error names each.
func NewPlan(st *State, desired *ModuleConfigs) (*Plan, error) {
	if st == nil {
		return nil, input.New("governance.NewPlan: st", "is nil", "read it with ReadState")
	}
	if err := st.checkModules(); err != nil {
		return nil, fmt.Errorf("governance: the manifest does not match the chain; no plan is made: %w", err)
	}
	if desired == nil {
		desired = &ModuleConfigs{}
	}
	m := st.Manifest
	var empty []string
	for _, mod := range deploy.Modules {
		if _, err := st.Modules[mod].Value("owner"); errors.Is(err, bind.ErrNoCode) {
			empty = append(empty, fmt.Sprintf("%s %s", mod, m.Address(mod).Hex()))
		}
	}
	if len(empty) > 0 {
		// Calls to an address without code succeed and do nothing: a plan
		// against them would execute "successfully" and change nothing.
		return nil, fmt.Errorf("governance: no contract at %d of the manifest's module addresses on chain %v (%s): the manifest is for another chain or for a deployment that did not finish; nothing is planned: use the right manifest and RPC URL, or deploy again: %w",
			len(empty), st.ChainID, strings.Join(empty, ", "), bind.ErrNoCode)
	}
	p := &planner{st: st, desired: desired, oc: desired.OwnerControl, gov: m.Governance}
	kind := m.GovernanceKind
	if oc := desired.OwnerControl; oc != nil {
		if oc.Governance != (common.Address{}) {
			p.gov = oc.Governance
		}
		if oc.Kind != "" {
			kind = oc.Kind
		}
	}
	if kind == "" {
		kind = deployment.KindEOA
	}
	p.ownership()
	p.wiring()
	p.tokenRecords()
	p.parameters()
	p.pause()
	p.feeActions()
	if len(p.errs) > 0 {
		return nil, errors.Join(p.errs...)
	}
	return &Plan{
		Name: "AGI Jobs owner plan", Description: "Reconcile on-chain parameters with the config files",
		ChainID: st.ChainID, Governance: p.gov, Kind: kind, Actions: p.acts, Notes: p.notes,
		ReadRoundTrips: st.RoundTrips,
	}, nil
}

func (p *planner) ownership() {
	for _, mod := range deploy.Modules {
		ms := p.st.Modules[mod]
		switch {
		case ms.Owner == p.gov:
		case ms.PendingOwner == p.gov:
			p.add(mod, "acceptOwnership", nil, "owner", ms.Owner.Hex(), p.gov.Hex(),
				"governance accepts the ownership offered to it (two-step transfer)")
		case ms.Owner == (common.Address{}):
			p.notes = append(p.notes, fmt.Sprintf("%s has no readable owner: check that the manifest belongs to this chain", mod))
		default:
			p.notes = append(p.notes, fmt.Sprintf("%s is owned by %s, not by governance %s: only %s can call transferOwnership(%s)",
				mod, ms.Owner.Hex(), p.gov.Hex(), ms.Owner.Hex(), p.gov.Hex()))
		}
	}
}

// Wire is one module reference the protocol needs: Module's Getter must
// answer the proxy of Peer.
type Wire struct {
	Module deploy.Module
	Getter string
	Peer   deploy.Module
}

// Setter returns the name of the setter that fixes the reference
// ("stakeManager" → "setStakeManager").
func (w Wire) Setter() string {
	if w.Getter == "" {
		return ""
	}
	return "set" + strings.ToUpper(w.Getter[:1]) + w.Getter[1:]
}

// Wiring lists every module reference of a deployment: what NewPlan
// repairs and doctor checks.
var Wiring = []Wire{
	{deploy.JobRegistry, "stakeManager", deploy.StakeManager},
	{deploy.JobRegistry, "validationModule", deploy.ValidationModule},
	{deploy.JobRegistry, "identityRegistry", deploy.IdentityRegistry},
	{deploy.JobRegistry, "reputationEngine", deploy.ReputationEngine},
	{deploy.JobRegistry, "disputeModule", deploy.DisputeModule},
	{deploy.JobRegistry, "certificateNFT", deploy.CertificateNFT},
	{deploy.JobRegistry, "feePool", deploy.FeePool},
	{deploy.StakeManager, "jobRegistry", deploy.JobRegistry},
	{deploy.StakeManager, "validationModule", deploy.ValidationModule},
	{deploy.StakeManager, "feePool", deploy.FeePool},
	{deploy.ValidationModule, "jobRegistry", deploy.JobRegistry},
	{deploy.ValidationModule, "stakeManager", deploy.StakeManager},
	{deploy.ValidationModule, "identityRegistry", deploy.IdentityRegistry},
	{deploy.ValidationModule, "reputationEngine", deploy.ReputationEngine},
	{deploy.IdentityRegistry, "reputationEngine", deploy.ReputationEngine},
	{deploy.ReputationEngine, "identityRegistry", deploy.IdentityRegistry},
	{deploy.DisputeModule, "jobRegistry", deploy.JobRegistry},
	{deploy.FeePool, "stakeManager", deploy.StakeManager},
	{deploy.FeePool, "jobRegistry", deploy.JobRegistry},
	{deploy.CertificateNFT, "jobRegistry", deploy.JobRegistry},
}

func (p *planner) wiring() {
	m := p.st.Manifest
	for _, w := range Wiring {
		cur, ok := p.value(w.Module, w.Getter, 0)
		if !ok {
			continue
		}
		want := m.Address(w.Peer)
		if cur.(common.Address) != want {
			p.add(w.Module, w.Setter(), []any{want}, w.Getter, show(kAddress, cur), want.Hex(),
				fmt.Sprintf("wire %s to the %s of this deployment", w.Module, w.Peer))
		}
	}
	for _, c := range []deploy.Module{deploy.JobRegistry, deploy.ValidationModule} {
		if cur, ok := p.value(deploy.ReputationEngine, argKey("isCaller", m.Address(c)), 0); ok && !cur.(bool) {
			p.add(deploy.ReputationEngine, "setCaller", []any{m.Address(c), true}, "caller "+string(c), "false", "true",
				fmt.Sprintf("let %s update reputation", c))
		}
	}
	sp := m.Address(deploy.SystemPause)
	for _, mod := range deploy.PausableModuleNames {
		if ms := p.st.Modules[mod]; ms.Pauser != sp {
			p.add(mod, "setPauser", []any{sp}, "pauser", ms.Pauser.Hex(), sp.Hex(), "let SystemPause pause and unpause "+string(mod))
		}
	}
	if cur, ok := p.value(deploy.SystemPause, "modules", 0); ok {
		want := deploy.PausableModules(m.Deployment())
		if !slices.Equal(cur.([]common.Address), want) {
			p.add(deploy.SystemPause, "setModules", []any{want}, "modules", show(kAddresses, cur), show(kAddresses, want),
				"make SystemPause drive every pausable module of this deployment")
		}
	}
	if cur, ok := p.value(deploy.JobRegistry, argKey("isTokenAllowed", m.Token()), 0); ok && !cur.(bool) {
		p.add(deploy.JobRegistry, "setTokenAllowed", []any{m.Token(), true}, "allowedTokens."+m.Token().Hex(), "false", "true", "the stake token is always allowed for escrow")
	}
}

func (p *planner) parameters() {
	d := p.desired
	if c := d.JobRegistry; c != nil {
		jr := deploy.JobRegistry
		p.setting(jr, "feePct", "feePct", "setFeePct", kPct, u64(c.FeePct))
		p.setting(jr, "validatorRewardPct", "validatorRewardPct", "setValidatorRewardPct", kPct, u64(c.ValidatorRewardPct))
		p.setting(jr, "jobStake", "jobStake", "setJobStake", kTokens, c.JobStake.Wei())
		p.setting(jr, "minAgentStake", "minAgentStake", "setMinAgentStake", kTokens, c.MinAgentStake.Wei())
		p.setting(jr, "jobDurationLimit", "jobDurationLimit", "setJobDurationLimit", kSeconds, secs(c.JobDurationLimit))
		p.setting(jr, "expirationGracePeriod", "expirationGracePeriod", "setExpirationGracePeriod", kSeconds, secs(c.ExpirationGracePeriod))
		p.setting(jr, "maxActiveJobsPerAgent", "maxActiveJobsPerAgent", "setMaxActiveJobsPerAgent", kNumber, u64(c.MaxActiveJobsPerAgent))
		for _, t := range sortedAddrs(c.AllowedTokens) {
			want := c.AllowedTokens[t]
			if cur, ok := p.value(jr, argKey("isTokenAllowed", t), 0); ok && cur.(bool) != want {
				p.add(jr, "setTokenAllowed", []any{t, want}, "allowedTokens."+t.Hex(), fmt.Sprint(cur), fmt.Sprint(want), allowWhy(want, "escrow token "+t.Hex()))
			}
		}
		p.tokenParameters(c)
	}
	if c := d.StakeManager; c != nil {
		p.setting(deploy.StakeManager, "unbondingPeriod", "unbondingPeriod", "setUnbondingPeriod", kSeconds, secs(c.UnbondingPeriod))
	}
	if c := d.ValidationModule; c != nil {
		vm := deploy.ValidationModule
		p.pair(vm, "setCommitRevealWindows", kSeconds, [2]string{"commitWindow", "revealWindow"}, [2]string{"commitWindow", "revealWindow"}, [2]int{0, 0}, [2]*big.Int{secs(c.CommitWindow), secs(c.RevealWindow)})
		p.setting(vm, "validatorsPerJob", "validatorsPerJob", "setValidatorsPerJob", kNumber, u64(c.ValidatorsPerJob))
		p.setting(vm, "approvalThreshold", "approvalThreshold", "setApprovalThreshold", kPct, u64(c.ApprovalThreshold))
		p.setting(vm, "validatorSlashingPct", "validatorSlashingPct", "setValidatorSlashingPct", kPct, u64(c.ValidatorSlashingPct))
		p.pair(vm, "setRevealQuorum", kNumber, [2]string{"revealQuorumPct", "revealQuorumMin"}, [2]string{"revealQuorum", "revealQuorum"}, [2]int{0, 1}, [2]*big.Int{u64(c.RevealQuorumPct), u64(c.RevealQuorumMin)})
		p.setting(vm, "minValidatorStake", "minValidatorStake", "setMinValidatorStake", kTokens, c.MinValidatorStake.Wei())
		if c.ValidatorPool != nil {
			if cur, ok := p.value(vm, "validatorPool", 0); ok && !sameSet(cur.([]common.Address), *c.ValidatorPool) {
				want := append([]common.Address{}, *c.ValidatorPool...)
				p.add(vm, "setValidatorPool", []any{want}, "validatorPool", show(kAddresses, cur), show(kAddresses, want), "replace the validator pool")
			}
		}
	}
	if c := d.ReputationEngine; c != nil {
		p.setting(deploy.ReputationEngine, "premiumThreshold", "premiumThreshold", "setPremiumThreshold", kNumber, u64(c.PremiumThreshold))
	}
	if c := d.DisputeModule; c != nil {
		for _, a := range sortedAddrs(c.Moderators) {
			want := c.Moderators[a]
			if cur, ok := p.value(deploy.DisputeModule, argKey("isModerator", a), 0); ok && cur.(bool) != want {
				p.add(deploy.DisputeModule, "setModerator", []any{a, want}, "moderators."+a.Hex(), fmt.Sprint(cur), fmt.Sprint(want), allowWhy(want, "moderator "+a.Hex()))
			}
		}
	}
	if c := d.FeePool; c != nil {
		p.setting(deploy.FeePool, "burnPct", "burnPct", "setBurnPct", kPct, u64(c.BurnPct))
		p.feeTokenSlots(c)
	}
	if c := d.SystemPause; c != nil && c.Guardian != nil {
		if cur, ok := p.value(deploy.SystemPause, "guardian", 0); ok && cur.(common.Address) != *c.Guardian {
			p.add(deploy.SystemPause, "setGuardian", []any{*c.Guardian}, "guardian", show(kAddress, cur), c.Guardian.Hex(), "set the emergency guardian who may pause everything")
		}
	}
}

// pair handles setters taking two values (setCommitRevealWindows,
// setRevealQuorum): an unset desired value keeps the current one.
func (p *planner) pair(m deploy.Module, setter string, k kind, labels, keys [2]string, idx [2]int, want [2]*big.Int) {
	if want[0] == nil && want[1] == nil {
		return
	}
	var cur, args [2]*big.Int
	for i := range 2 {
		v, ok := p.value(m, keys[i], idx[i])
		if !ok {
			return
		}
		cur[i] = v.(*big.Int)
		args[i] = cur[i]
		if want[i] != nil {
			args[i] = want[i]
		}
	}
	if cur[0].Cmp(args[0]) == 0 && cur[1].Cmp(args[1]) == 0 {
		return
	}
	kk := [2]kind{k, k}
	if setter == "setRevealQuorum" {
		kk[0] = kPct
	}
	p.add(m, setter, []any{args[0], args[1]}, labels[0]+", "+labels[1],
		show(kk[0], cur[0])+", "+show(kk[1], cur[1]), show(kk[0], args[0])+", "+show(kk[1], args[1]),
		fmt.Sprintf("set %s and %s of %s", labels[0], labels[1], m))
}

func (p *planner) pause() {
	d := p.desired
	if c := d.JobRegistry; c != nil && c.EscrowEnabled != nil {
		if cur, ok := p.value(deploy.JobRegistry, "escrowEnabled", 0); ok && cur.(bool) != *c.EscrowEnabled {
			why := "re-enable escrow"
			if !*c.EscrowEnabled {
				why = "freeze escrow: no new jobs, no funds leave escrow"
			}
			p.add(deploy.JobRegistry, "setEscrowStatus", []any{*c.EscrowEnabled}, "escrowEnabled", fmt.Sprint(cur), fmt.Sprint(*c.EscrowEnabled), why)
		}
	}
	if c := d.SystemPause; c != nil && c.Paused != nil {
		anyPaused, allPaused := false, true
		for _, mod := range deploy.PausableModuleNames {
			if ps := p.st.Modules[mod].Paused; ps != nil && *ps {
				anyPaused = true
			} else {
				allPaused = false
			}
		}
		if *c.Paused && !allPaused {
			p.add(deploy.SystemPause, "pauseAll", nil, "paused", fmt.Sprint(anyPaused && allPaused), "true", "pause every module")
		}
		if !*c.Paused && anyPaused {
			p.add(deploy.SystemPause, "unpauseAll", nil, "paused", "true", "false", "unpause every module")
		}
	}
}

func allowWhy(on bool, what string) string {
	if on {
		return "add " + what
	}
	return "remove " + what
}

func sortedAddrs[V any](m map[common.Address]V) []common.Address {
	out := make([]common.Address, 0, len(m))
	for a := range m {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i][:], out[j][:]) < 0 })
	return out
}

func sameSet(a, b []common.Address) bool {
	if len(a) != len(b) {
		return false
	}
	x, y := slices.Clone(a), slices.Clone(b)
	cmp := func(p, q common.Address) int { return bytes.Compare(p[:], q[:]) }
	slices.SortFunc(x, cmp)
	slices.SortFunc(y, cmp)
	return slices.Equal(x, y)
}
