package governance

import (
	"cmp"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/internal/units"
)

// limits is one token's reward range and stake fraction in smallest units.
type limits struct {
	decimals           uint8
	min, max, stakeBps *big.Int
}

func (l limits) equal(o limits) bool {
	return l.min.Cmp(o.min) == 0 && l.max.Cmp(o.max) == 0 && l.stakeBps.Cmp(o.stakeBps) == 0
}

// String writes the limits for people, in whole tokens.
func (l limits) String() string {
	max := units.Format(l.max, l.decimals)
	if l.max != nil && l.max.Cmp(deploy.MaxReward) == 0 {
		max = "no limit"
	}
	return fmt.Sprintf("min %s, max %s, stake %s bps", units.Format(l.min, l.decimals), max, l.stakeBps)
}

// String writes the config for people, amounts in whole tokens:
// "min 1, max no limit, stake 500 bps".
func (c TokenParams) String() string {
	return limits{c.Decimals, c.MinReward, c.MaxReward, c.StakeBps}.String()
}

// needsRecord reports a token JobRegistry allows but holds no usable
// config for: allowlisted before the security release (never recorded), or
// given limits while unrecorded so its decimals were never read. Sending
// setTokenAllowed(token, true) records its decimals and default limits.
func (t *EscrowToken) needsRecord() bool {
	if !t.Config.Configured() {
		return true
	}
	return t.Config.Decimals == 0 && t.Decimals != nil && *t.Decimals != 0
}

// current returns the token's limits as they are, or as setTokenAllowed
// will record them for a token not recorded yet (ok false when the token
// does not report its decimals).
func (t *EscrowToken) current() (limits, bool) {
	if !t.needsRecord() {
		c := t.Config
		return limits{c.Decimals, c.MinReward, c.MaxReward, c.StakeBps}, true
	}
	if t.Decimals == nil {
		return limits{}, false
	}
	d := *t.Decimals
	return limits{d, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d)), nil), new(big.Int).Set(deploy.MaxReward), big.NewInt(deploy.DefaultStakeBps)}, true
}

// tokenRecords re-records allowed tokens without a usable config and gives
// the stake token and every allowed token a FeePool slot (wiring: the
// protocol does both itself, except for tokens allowlisted before the
// security release or while the FeePool was not wired).
func (p *planner) tokenRecords() {
	jr := deploy.JobRegistry
	var removed map[common.Address]bool
	if c := p.desired.JobRegistry; c != nil {
		removed = map[common.Address]bool{}
		for t, on := range c.AllowedTokens {
			removed[t] = !on
		}
	}
	slots := len(p.st.FeeTokens)
	for _, t := range sortedAddrs(p.st.Tokens) {
		et := p.st.Tokens[t]
		if et.Err != nil || !et.Allowed || removed[t] {
			continue
		}
		if et.needsRecord() {
			if et.Decimals == nil {
				p.notes = append(p.notes, fmt.Sprintf("%s is allowlisted but JobRegistry has no config for it, and it does not answer decimals(): no job can use it; remove it with setTokenAllowed(%s, false)", t.Hex(), t.Hex()))
				continue
			}
			p.add(jr, "setTokenAllowed", []any{t, true}, "allowedTokens."+t.Hex(), "allowed, no token config", "allowed, recorded",
				fmt.Sprintf("record the decimals (%d) and default limits of %s, allowlisted without them", *et.Decimals, t.Hex()))
		}
		if !et.FeeToken && p.st.FeeTokens != nil {
			if slots >= MaxFeeTokens {
				p.notes = append(p.notes, fmt.Sprintf("%s has no FeePool fee-token slot and all %d are taken: its fees go to the burn bucket unshared", t.Hex(), MaxFeeTokens))
				continue
			}
			slots++
			p.add(deploy.FeePool, "registerToken", []any{t}, "feeTokens."+t.Hex(), "no slot", "registered",
				fmt.Sprintf("give %s a fee-token slot so that its fees are shared with stakers", t.Hex()))
		}
	}
}

// tokenParameters plans setTokenConfig for the stake token (minJobReward,
// maxJobReward, jobStakeBps) and for every other token job-registry.json
// names in allowedTokens or tokenLimits, and warns about floors that would
// pay a committee seat nothing.
func (p *planner) tokenParameters(c *JobRegistryConfig) {
	seat := p.seatAfterPlan(c)
	if c.MinJobReward.IsSet() || c.MaxJobReward.IsSet() || c.JobStakeBps != nil {
		p.tokenConfig(p.st.Manifest.Token(), c, seat, tokenWant{field: "minJobReward, maxJobReward, jobStakeBps",
			min: fixedAmount(c.MinJobReward), max: fixedAmount(c.MaxJobReward), stakeBps: c.JobStakeBps})
	}
	for _, t := range p.limitedTokens(c) {
		lim := c.TokenLimits[t]
		p.tokenConfig(t, c, seat, tokenWant{field: "tokenLimits." + t.Hex(),
			min: scaledUnits(lim.MinReward), max: scaledUnits(lim.MaxReward), stakeBps: lim.StakeBps})
	}
}

// tokenWant is what job-registry.json asks of one token's config. min and
// max turn the configured amount into base units at the token's decimals
// and return nil when the config leaves the value as it is.
type tokenWant struct {
	field    string
	min, max func(decimals uint8) (*big.Int, error)
	stakeBps *uint64 // nil: jobStakeBps of the config, if set
}

func fixedAmount(a TokenAmount) func(uint8) (*big.Int, error) {
	return func(uint8) (*big.Int, error) { return a.Wei(), nil }
}

func scaledUnits(u Units) func(uint8) (*big.Int, error) {
	return func(d uint8) (*big.Int, error) {
		if !u.IsSet() {
			return nil, nil
		}
		return u.Base(d)
	}
}

// seatPay is the committee's share and size after the plan, to tell what
// a job at a reward floor pays each seat; either may be nil (unreadable).
type seatPay struct{ pct, n *big.Int }

func (p *planner) seatAfterPlan(c *JobRegistryConfig) seatPay {
	s := seatPay{pct: p.afterUint(deploy.JobRegistry, "validatorRewardPct", u64(c.ValidatorRewardPct)),
		n: p.afterUint(deploy.ValidationModule, "validatorsPerJob", nil)}
	if vc := p.desired.ValidationModule; vc != nil && vc.ValidatorsPerJob != nil {
		s.n = new(big.Int).SetUint64(*vc.ValidatorsPerJob)
	}
	return s
}

// limitedTokens lists, sorted, the tokens other than the stake token whose
// config the plan sets: those tokenLimits names, and with jobStakeBps every
// allowed token. Tokens it must leave out are explained in the notes.
func (p *planner) limitedTokens(c *JobRegistryConfig) []common.Address {
	stake := p.st.Manifest.Token()
	named := map[common.Address]bool{}
	for t, on := range c.AllowedTokens {
		named[t] = on
	}
	for t := range c.TokenLimits {
		if _, ok := named[t]; !ok {
			named[t] = true
		}
	}
	var out []common.Address
	for _, t := range sortedAddrs(named) {
		_, hasLim := c.TokenLimits[t]
		switch {
		case t == stake:
			if hasLim {
				p.notes = append(p.notes, "tokenLimits names the stake token "+t.Hex()+": it is left out; set minJobReward, maxJobReward and jobStakeBps instead")
			}
			continue
		case !named[t], !hasLim && c.JobStakeBps == nil:
			continue
		}
		_, listed := c.AllowedTokens[t]
		if et := p.st.Tokens[t]; et != nil && et.Err == nil && !et.Allowed && !listed {
			p.notes = append(p.notes, fmt.Sprintf("tokenLimits.%s names a token that is not allowlisted: add it to allowedTokens (true) for the plan to allow and configure it", t.Hex()))
			continue
		}
		out = append(out, t)
	}
	return out
}

// tokenConfig plans setTokenConfig for t when w changes it, after checking
// the result is a config JobRegistry accepts.
func (p *planner) tokenConfig(t common.Address, c *JobRegistryConfig, seat seatPay, w tokenWant) {
	et := p.st.Tokens[t]
	if et == nil || et.Err != nil {
		if et != nil {
			p.notes = append(p.notes, fmt.Sprintf("could not read the token config of %s, so it is left out: %v", t.Hex(), et.Err))
		}
		return
	}
	cur, ok := et.current()
	if !ok {
		p.notes = append(p.notes, fmt.Sprintf("%s does not answer decimals(): JobRegistry cannot allowlist it, so %s is left out", t.Hex(), w.field))
		return
	}
	want, err := w.apply(cur, c.JobStakeBps)
	if err == nil {
		err = want.check(t)
	}
	if err != nil {
		p.errs = append(p.errs, fmt.Errorf("governance: job-registry.json %s: %w", w.field, err))
		return
	}
	p.warnSeatPay(t, w.field, want.min, want.decimals, seat)
	if want.equal(cur) {
		return // already so, or so once setTokenAllowed records the token
	}
	p.add(deploy.JobRegistry, "setTokenConfig", []any{t, want.min, want.max, want.stakeBps}, w.field, cur.String(), want.String(),
		fmt.Sprintf("set the reward range and agent stake fraction of %s", t.Hex()))
}

// apply returns cur changed as w asks; jobStakeBps applies when w has no
// fraction of its own.
func (w tokenWant) apply(cur limits, jobStakeBps *uint64) (limits, error) {
	want := cur
	if v, err := w.min(cur.decimals); err != nil {
		return want, err
	} else if v != nil {
		want.min = v
	}
	if v, err := w.max(cur.decimals); err != nil {
		return want, err
	} else if v != nil {
		want.max = v
	}
	if bps := cmp.Or(w.stakeBps, jobStakeBps); bps != nil {
		want.stakeBps = new(big.Int).SetUint64(*bps)
	}
	return want, nil
}

// check refuses limits JobRegistry would revert on.
func (l limits) check(t common.Address) error {
	switch {
	case l.min.Sign() == 0:
		return fmt.Errorf("the reward floor of %s would be 0, which JobRegistry refuses", t.Hex())
	case l.min.Cmp(l.max) > 0:
		return fmt.Errorf("the floor %s of %s would be above its ceiling %s; change the two together",
			units.Format(l.min, l.decimals), t.Hex(), units.Format(l.max, l.decimals))
	case l.max.Cmp(deploy.MaxReward) > 0:
		return fmt.Errorf("the ceiling of %s is above the %s tokens JobRegistry stores", t.Hex(), units.Format(deploy.MaxReward, l.decimals))
	}
	return nil
}

// warnSeatPay notes a reward floor at which each committee seat earns 0.
func (p *planner) warnSeatPay(t common.Address, field string, floor *big.Int, decimals uint8, s seatPay) {
	if s.pct == nil || s.n == nil || s.n.Sign() <= 0 || deploy.SeatPay(floor, s.pct.Uint64(), s.n.Uint64()).Sign() != 0 {
		return
	}
	if need := deploy.MinRewardForSeatPay(s.pct.Uint64(), s.n.Uint64()); need != nil {
		p.notes = append(p.notes, fmt.Sprintf("a job at the reward floor of %s (%s) pays each of %v committee seats 0 at %v%% validator reward: raise %s to at least %s",
			t.Hex(), units.Format(floor, decimals), s.n, s.pct, field, units.Format(need, decimals)))
		return
	}
	p.notes = append(p.notes, "validatorRewardPct is 0: no job pays its committee, yet a member who skips a vote is slashed; raise validatorRewardPct")
}

// afterUint is a uint setting after the plan: the desired value when set,
// else the value on chain (nil when unreadable).
func (p *planner) afterUint(m deploy.Module, key string, want *big.Int) *big.Int {
	if want != nil {
		return want
	}
	v, err := p.st.Modules[m].Uint(key)
	if err != nil {
		return nil
	}
	return v
}

// feeTokenSlots registers the extra fee tokens fee-pool.json lists.
func (p *planner) feeTokenSlots(c *FeePoolConfig) {
	slots := len(p.st.FeeTokens)
	for _, t := range c.FeeTokens {
		et := p.st.Tokens[t]
		if et == nil || et.Err != nil || et.FeeToken || p.st.FeeTokens == nil {
			continue
		}
		if slots >= MaxFeeTokens {
			p.notes = append(p.notes, fmt.Sprintf("feeTokens lists %s but all %d FeePool fee-token slots are taken", t.Hex(), MaxFeeTokens))
			continue
		}
		slots++
		p.add(deploy.FeePool, "registerToken", []any{t}, "feeTokens."+t.Hex(), "no slot", "registered", fmt.Sprintf("give %s a fee-token slot (listed in feeTokens)", t.Hex()))
	}
}

// feeActions burns what waits in the burn buckets and shares tokens sent
// to the FeePool directly, when fee-pool.json asks for it. They run last
// and only when the FeePool is not paused after the plan.
func (p *planner) feeActions() {
	c := p.desired.FeePool
	if c == nil || (c.BurnPending == nil || !*c.BurnPending) && (c.DistributeStray == nil || !*c.DistributeStray) {
		return
	}
	paused := false
	if ps := p.st.Modules[deploy.FeePool].Paused; ps != nil {
		paused = *ps
	}
	if sp := p.desired.SystemPause; sp != nil && sp.Paused != nil {
		paused = *sp.Paused
	}
	if paused {
		p.notes = append(p.notes, "the FeePool is paused (after this plan): burning and sharing stray tokens wait until it is unpaused")
		return
	}
	listed := map[common.Address]bool{}
	for _, t := range c.FeeTokens {
		listed[t] = true
	}
	for _, t := range sortedAddrs(p.st.Tokens) {
		et := p.st.Tokens[t]
		if et.Err != nil {
			continue
		}
		if c.DistributeStray != nil && *c.DistributeStray && et.Stray != nil && et.Stray.Sign() > 0 && (et.FeeToken || listed[t]) {
			p.add(deploy.FeePool, "distribute", []any{t}, "stray."+t.Hex(), et.Stray.String()+" units held by the FeePool", "0",
				fmt.Sprintf("share %s units of %s sent to the FeePool directly with the Platform stakers", et.Stray, t.Hex()))
		}
		if c.BurnPending != nil && *c.BurnPending && et.Burnable != nil && et.Burnable.Sign() > 0 {
			p.add(deploy.FeePool, "burn", []any{t}, "burnable."+t.Hex(), et.Burnable.String()+" units", "0",
				fmt.Sprintf("burn the %s units of %s set aside for burning", et.Burnable, t.Hex()))
		}
	}
}
