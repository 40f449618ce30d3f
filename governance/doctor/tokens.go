package doctor

import (
	"fmt"
	"maps"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/governance"
	"github.com/agijobs/agijobs-go/internal/units"
)

// committee is what a seat earns from: the validator reward share and the
// committee size, nil when they could not be read.
type committee struct {
	pct, seats *big.Int
}

// tokens checks every token ReadState saw that JobRegistry allows or the
// FeePool holds a slot for: a recorded config with the token's own
// decimals, a reward floor above zero that pays every committee seat, a
// stake fraction of at most 100%, a FeePool fee-token slot, and nothing
// left waiting in the burn bucket or sent to the pool directly.
func tokens(rep *Report, st *governance.State) {
	var c committee
	if pct, err := st.Modules[deploy.JobRegistry].Uint("validatorRewardPct"); err == nil {
		if seats, err := st.Modules[deploy.ValidationModule].Uint("validatorsPerJob"); err == nil && seats.Sign() > 0 {
			c = committee{pct, seats}
		}
	}
	checkTokens(rep, st, c)
}

// checkTokens is tokens with the committee numbers given.
func checkTokens(rep *Report, st *governance.State, c committee) {
	for _, t := range slices.SortedFunc(maps.Keys(st.Tokens), common.Address.Cmp) {
		et := st.Tokens[t]
		id := "token." + t.Hex()
		what := "token " + t.Hex()
		if et.Stake {
			what = "the stake token " + t.Hex()
		}
		if et.Err != nil {
			rep.add(id, Fail, "could not read "+what+": "+et.Err.Error(), "check the RPC node and the manifest")
			continue
		}
		if !et.Allowed && !et.FeeToken && !et.Stake {
			continue // named somewhere, not in use
		}
		if et.Allowed && tokenConfig(rep, et, id, what) {
			tokenFloor(rep, et, id, what, c)
			tokenStake(rep, et, id, what)
		}
		tokenPool(rep, st, et, id, what)
	}
	if st.FeeTokens != nil {
		n := len(st.FeeTokens)
		if governance.MaxFeeTokens-n <= 2 {
			rep.add("feePool.feeTokens", Warn, fmt.Sprintf("%d of %d fee-token slots are taken", n, governance.MaxFeeTokens), "slots are never freed: allowlist only the tokens you need")
		} else {
			rep.add("feePool.feeTokens", Pass, fmt.Sprintf("%d of %d fee-token slots are taken", n, governance.MaxFeeTokens), "")
		}
	}
}

// tokenConfig checks that JobRegistry recorded the allowed token with its
// own decimals; it returns false when there is no config to check further.
func tokenConfig(rep *Report, et *governance.EscrowToken, id, what string) bool {
	c, t := et.Config, et.Address
	dec := c.Decimals
	switch {
	case !c.Configured() && et.Decimals == nil:
		rep.add(id+".config", Fail, what+" is allowlisted but JobRegistry has no tokenConfig for it and it does not answer decimals(): no job can use it",
			fmt.Sprintf("remove it with JobRegistry.setTokenAllowed(%s, false)", t.Hex()))
		return false
	case !c.Configured():
		rep.add(id+".config", Fail, what+" is allowlisted but JobRegistry has no tokenConfig for it (allowlisted before the security release): every createJob in it fails",
			fmt.Sprintf("run owner-plan: it re-sends JobRegistry.setTokenAllowed(%s, true), which records its decimals and default limits", t.Hex()))
		return false
	case et.Decimals != nil && *et.Decimals != dec && dec == 0:
		rep.add(id+".config", Fail, fmt.Sprintf("JobRegistry recorded 0 decimals for %s but the token reports %d: its limits and job stakes are scaled wrong", what, *et.Decimals),
			fmt.Sprintf("run owner-plan: it re-sends JobRegistry.setTokenAllowed(%s, true), which records the decimals, then set its limits again", t.Hex()))
	case et.Decimals != nil && *et.Decimals != dec:
		rep.add(id+".config", Fail, fmt.Sprintf("JobRegistry recorded %d decimals for %s but the token now reports %d: its limits and job stakes are scaled wrong", dec, what, *et.Decimals),
			"recorded decimals never change: stop using the token (setTokenAllowed(token, false)) and allowlist a fixed one")
	default:
		rep.add(id+".config", Pass, fmt.Sprintf("tokenConfig of %s: %d decimals, %s", what, dec, c), "")
	}
	return true
}

// tokenFloor checks that a job at the token's reward floor pays every
// committee seat something.
func tokenFloor(rep *Report, et *governance.EscrowToken, id, what string, cm committee) {
	c := et.Config
	dec := c.Decimals
	field := "tokenLimits." + et.Address.Hex() + ".minReward"
	if et.Stake {
		field = "minJobReward"
	}
	switch {
	case c.MinReward.Sign() == 0:
		rep.add(id+".minReward", Fail, "tokenConfig.minReward of "+what+" is 0: dust jobs pay their committee nothing",
			fmt.Sprintf("set a floor with JobRegistry.setTokenConfig (job-registry.json %s), then run owner-plan", field))
		return
	case cm.seats == nil:
		return
	}
	seat := deploy.SeatPay(c.MinReward, cm.pct.Uint64(), cm.seats.Uint64())
	if seat.Sign() > 0 {
		rep.add(id+".minReward", Pass, fmt.Sprintf("a job at the floor (%s) pays each of %v committee seats %s", units.Format(c.MinReward, dec), cm.seats, units.Format(seat, dec)), "")
		return
	}
	fix := "raise JobRegistry.validatorRewardPct above 0 (job-registry.json validatorRewardPct)"
	if need := deploy.MinRewardForSeatPay(cm.pct.Uint64(), cm.seats.Uint64()); need != nil {
		fix = fmt.Sprintf("raise tokenConfig.minReward to at least %s with JobRegistry.setTokenConfig (job-registry.json %s), then run owner-plan", units.Format(need, dec), field)
	}
	rep.add(id+".minReward", Fail, fmt.Sprintf("a job at the floor of %s (tokenConfig.minReward %s) pays each of %v committee seats 0 (minReward * %v%% / %v): members risk slashing for nothing",
		what, units.Format(c.MinReward, dec), cm.seats, cm.pct, cm.seats), fix)
}

// tokenStake checks the agent stake fraction of the token.
func tokenStake(rep *Report, et *governance.EscrowToken, id, what string) {
	bps := et.Config.StakeBps
	if bps.Cmp(big.NewInt(10_000)) <= 0 {
		rep.add(id+".stakeBps", Pass, fmt.Sprintf("agent job stake of %s: %s bps of the reward (at least jobStake)", what, bps), "")
		return
	}
	rep.add(id+".stakeBps", Fail, fmt.Sprintf("tokenConfig.stakeBps of %s is %s, above 10000 (100%%)", what, bps),
		"set 0..10000 with JobRegistry.setTokenConfig (job-registry.json jobStakeBps or tokenLimits.<token>.stakeBps)")
}

// tokenPool checks the token's FeePool slot, burn bucket and stray balance.
func tokenPool(rep *Report, st *governance.State, et *governance.EscrowToken, id, what string) {
	t := et.Address
	if st.FeeTokens != nil {
		if et.FeeToken {
			rep.add(id+".feeToken", Pass, what+" holds a FeePool fee-token slot", "")
		} else {
			rep.add(id+".feeToken", Fail, what+" has no FeePool fee-token slot (FeePool.feeTokens): stakers do not earn its fees",
				fmt.Sprintf("run owner-plan: it adds FeePool.registerToken(%s) (owner only)", t.Hex()))
		}
	}
	if et.Burnable != nil && et.Burnable.Sign() > 0 {
		rep.add(id+".burnable", Warn, fmt.Sprintf("FeePool.burnable: %s units of %s set aside for burning are not burnt yet", et.Burnable, what),
			fmt.Sprintf("anyone may call FeePool.burn(%s); owner-plan adds it with \"burnPending\": true in fee-pool.json", t.Hex()))
	}
	if et.Stray != nil && et.Stray.Sign() > 0 {
		rep.add(id+".stray", Warn, fmt.Sprintf("%s units of %s were sent to the FeePool directly and are not shared", et.Stray, what),
			fmt.Sprintf("governance shares them with FeePool.distribute(%s); owner-plan adds it with \"distributeStray\": true in fee-pool.json", t.Hex()))
	}
}
