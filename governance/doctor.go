package governance

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/internal/units"
)

// DoctorInput is what Doctor examines.
type DoctorInput struct {
	// Manifest is the deployment.
	Manifest *Manifest
	// Desired are the owner config files, nil when not given.
	Desired *ModuleConfigs
	// ConfigErr is the error loading the config files, if any; it is
	// reported as a failed check.
	ConfigErr error
}

// Doctor checks the owner config files and the live deployment: code and
// version() at every address, every module wired to the right peers and
// pausable by SystemPause, every owner equal to governance, pause and
// escrow state, parameters in sane ranges, every escrow token's config
// (recorded, a reward floor that pays every committee seat, a stake
// fraction of at most 100%), the FeePool's fee-token slots, burn buckets and
// stray balances, and drift from the config files. It reads the chain in one round trip when the backend allows a
// JSON-RPC batch.
func Doctor(ctx context.Context, r Reader, in DoctorInput) (*Report, error) {
	rep := &Report{}
	m := in.Manifest
	switch {
	case in.ConfigErr != nil:
		rep.add("config", Fail, in.ConfigErr.Error(), "correct the fields listed and run again")
	case in.Desired == nil:
		rep.add("config", Warn, "no owner config files given", "pass the config directory (config/)")
	default:
		rep.add("config", Pass, "owner config files are valid", "")
	}
	st, err := ReadState(ctx, r, m, in.Desired, ReadOptions{})
	if err != nil {
		return nil, err
	}
	if st.ChainID.Uint64() != m.ChainID {
		rep.add("chain", Fail, fmt.Sprintf("the node serves chain %v, the manifest is for chain %d", st.ChainID, m.ChainID), "use the RPC URL of the manifest's network")
		return rep, nil
	}
	rep.add("chain", Pass, fmt.Sprintf("chain %v, %d reads in %d round trip(s)", st.ChainID, st.Reads, st.RoundTrips), "")
	gov := m.Governance
	if in.Desired != nil && in.Desired.OwnerControl != nil && in.Desired.OwnerControl.Governance != (common.Address{}) {
		gov = in.Desired.OwnerControl.Governance
	}
	healthy := map[deploy.Module]bool{}
	for _, mod := range deploy.Modules {
		ms := st.Modules[mod]
		id := string(mod)
		switch {
		case ms.Version == nil:
			rep.add("code."+id, Fail, fmt.Sprintf("%s does not answer version(): no module at this address", ms.Address.Hex()), "check the manifest belongs to this chain, or redeploy")
			continue
		case ms.Version.Cmp(big.NewInt(1)) != 0:
			rep.add("code."+id, Warn, fmt.Sprintf("version() = %v, this SDK knows version 1", ms.Version), "upgrade the SDK to the release matching the contracts")
		default:
			rep.add("code."+id, Pass, fmt.Sprintf("%s answers version() = 1", ms.Address.Hex()), "")
		}
		healthy[mod] = true
		switch {
		case ms.Owner == gov:
			rep.add("owner."+id, Pass, "owned by governance "+gov.Hex(), "")
		case ms.PendingOwner == gov:
			rep.add("owner."+id, Warn, fmt.Sprintf("owned by %s; governance has not accepted yet", ms.Owner.Hex()), "execute the acceptance plan (owner-plan prints it)")
		default:
			rep.add("owner."+id, Fail, fmt.Sprintf("owned by %s, not governance %s", ms.Owner.Hex(), gov.Hex()), fmt.Sprintf("%s must call transferOwnership(%s), then governance accepts", ms.Owner.Hex(), gov.Hex()))
		}
		if impl := m.Implementations[id]; impl != (common.Address{}) && ms.Implementation != (common.Address{}) && impl != ms.Implementation {
			rep.add("manifest."+id, Warn, fmt.Sprintf("implementation on chain is %s, the manifest says %s", ms.Implementation.Hex(), impl.Hex()), "update latest-deployment.json after upgrades")
		}
	}
	// Wiring, pausers, callers, SystemPause's list, default token.
	for _, w := range wiring {
		if !healthy[w.module] {
			continue
		}
		id := fmt.Sprintf("wiring.%s.%s", w.module, w.getter)
		cur, err := st.Modules[w.module].AddressValue(w.getter)
		want := m.Address(w.peer)
		switch {
		case err != nil:
			rep.add(id, Fail, err.Error(), "check the RPC node")
		case cur != want:
			rep.add(id, Fail, fmt.Sprintf("points to %s, not the %s %s", cur.Hex(), w.peer, want.Hex()), fmt.Sprintf("run owner-plan: it adds %s(%s)", setterOf(w.getter), want.Hex()))
		default:
			rep.add(id, Pass, fmt.Sprintf("wired to %s", w.peer), "")
		}
	}
	sp := m.Address(deploy.SystemPause)
	for _, mod := range deploy.PausableModuleNames {
		if !healthy[mod] {
			continue
		}
		ms := st.Modules[mod]
		if ms.Pauser == sp {
			rep.add("pauser."+string(mod), Pass, "SystemPause may pause it", "")
		} else {
			rep.add("pauser."+string(mod), Fail, "pauser is "+ms.Pauser.Hex()+", not SystemPause", "run owner-plan: it adds setPauser(SystemPause)")
		}
	}
	if v, err := st.Modules[deploy.SystemPause].Value("modules"); err == nil {
		if slices.Equal(v[0].([]common.Address), deploy.PausableModules(m.Deployment())) {
			rep.add("wiring.SystemPause.modules", Pass, "drives every pausable module", "")
		} else {
			rep.add("wiring.SystemPause.modules", Fail, "does not drive exactly this deployment's pausable modules", "run owner-plan: it adds setModules")
		}
	}
	// Pause and escrow.
	paused := 0
	for _, mod := range deploy.PausableModuleNames {
		if p := st.Modules[mod].Paused; p != nil && *p {
			paused++
		}
	}
	switch paused {
	case 0:
		rep.add("pause", Pass, "no module is paused", "")
	case len(deploy.PausableModuleNames):
		rep.add("pause", Warn, "every module is paused (as after launch or an emergency)", "when ready, unpause with the resume bundle (examples/emergency -resume)")
	default:
		rep.add("pause", Warn, fmt.Sprintf("%d of %d modules are paused", paused, len(deploy.PausableModuleNames)), "pause or unpause all of them through SystemPause")
	}
	if on, err := st.Modules[deploy.JobRegistry].Bool("escrowEnabled"); err == nil {
		if on {
			rep.add("escrow", Pass, "escrow is enabled", "")
		} else {
			rep.add("escrow", Warn, "escrow is frozen: no job can be created or paid", "re-enable with the resume bundle when the incident is over")
		}
	}
	// Parameters in sane ranges.
	jr, vm := st.Modules[deploy.JobRegistry], st.Modules[deploy.ValidationModule]
	sane := func(id string, ok bool, details, fix string, bad Status) {
		if ok {
			rep.add(id, Pass, details, "")
		} else {
			rep.add(id, bad, details, fix)
		}
	}
	if fee, err1 := jr.Uint("feePct"); err1 == nil {
		if vr, err2 := jr.Uint("validatorRewardPct"); err2 == nil {
			sum := new(big.Int).Add(fee, vr).Int64()
			sane("params.fees", sum <= 100, fmt.Sprintf("fee %v%% + validator reward %v%%", fee, vr), "keep feePct + validatorRewardPct at most 100", Fail)
		}
	}
	if n, err := vm.Uint("validatorsPerJob"); err == nil {
		sane("params.validatorsPerJob", n.Int64() >= 3, fmt.Sprintf("%v validators per job", n), "use at least 3 validators per job in production", Warn)
	}
	if th, err := vm.Uint("approvalThreshold"); err == nil {
		sane("params.approvalThreshold", th.Int64() > 50, fmt.Sprintf("%v%% of reveals must approve", th), "use a majority (above 50%)", Warn)
	}
	if mr, err := jr.Uint("maxJobReward"); err == nil {
		sane("params.maxJobReward", mr.Sign() > 0, "max job reward "+FormatTokens(mr)+" tokens", "set a positive maxJobReward", Fail)
	}
	if cw, err := vm.Uint("commitWindow"); err == nil {
		sane("params.commitWindow", cw.Int64() >= 300, "commit window "+formatSeconds(cw.Int64()), "give validators at least 5 minutes to commit", Warn)
	}
	doctorTokens(rep, st)
	if in.Desired != nil && in.ConfigErr == nil {
		p, err := NewPlan(st, in.Desired)
		if err == nil {
			if p.Empty() {
				rep.add("drift", Pass, "the chain matches the config files", "")
			} else {
				rep.add("drift", Warn, fmt.Sprintf("%d setting(s) differ from the config files", len(p.Actions)), "review and execute the owner plan (examples/owner-plan)")
			}
		}
	}
	return rep, nil
}

// doctorTokens checks every token ReadState saw that JobRegistry allows or
// the FeePool holds a slot for: a recorded config with the token's own
// decimals, a reward floor above zero that pays every committee seat, a
// stake fraction of at most 100%, a FeePool fee-token slot, and nothing
// left waiting in the burn bucket or sent to the pool directly.
func doctorTokens(rep *Report, st *State) {
	jr, vm := st.Modules[deploy.JobRegistry], st.Modules[deploy.ValidationModule]
	pct, err1 := jr.Uint("validatorRewardPct")
	seats, err2 := vm.Uint("validatorsPerJob")
	for _, t := range sortedAddrs(st.Tokens) {
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
		if et.Allowed {
			c := et.Config
			dec := c.Decimals
			switch {
			case !c.Configured() && et.Decimals == nil:
				rep.add(id+".config", Fail, what+" is allowlisted but JobRegistry has no tokenConfig for it and it does not answer decimals(): no job can use it",
					fmt.Sprintf("remove it with JobRegistry.setTokenAllowed(%s, false)", t.Hex()))
				continue
			case !c.Configured():
				rep.add(id+".config", Fail, what+" is allowlisted but JobRegistry has no tokenConfig for it (allowlisted before the security release): every createJob in it fails",
					fmt.Sprintf("run owner-plan: it re-sends JobRegistry.setTokenAllowed(%s, true), which records its decimals and default limits", t.Hex()))
				continue
			case et.Decimals != nil && *et.Decimals != dec && dec == 0:
				rep.add(id+".config", Fail, fmt.Sprintf("JobRegistry recorded 0 decimals for %s but the token reports %d: its limits and job stakes are scaled wrong", what, *et.Decimals),
					fmt.Sprintf("run owner-plan: it re-sends JobRegistry.setTokenAllowed(%s, true), which records the decimals, then set its limits again", t.Hex()))
			case et.Decimals != nil && *et.Decimals != dec:
				rep.add(id+".config", Fail, fmt.Sprintf("JobRegistry recorded %d decimals for %s but the token now reports %d: its limits and job stakes are scaled wrong", dec, what, *et.Decimals),
					"recorded decimals never change: stop using the token (setTokenAllowed(token, false)) and allowlist a fixed one")
			default:
				rep.add(id+".config", Pass, fmt.Sprintf("tokenConfig of %s: %d decimals, %s", what, dec, limits{dec, c.MinReward, c.MaxReward, c.StakeBps}), "")
			}
			field := "tokenLimits." + t.Hex() + ".minReward"
			if et.Stake {
				field = "minJobReward"
			}
			switch {
			case c.MinReward.Sign() == 0:
				rep.add(id+".minReward", Fail, "tokenConfig.minReward of "+what+" is 0: dust jobs pay their committee nothing",
					fmt.Sprintf("set a floor with JobRegistry.setTokenConfig (job-registry.json %s), then run owner-plan", field))
			case err1 != nil || err2 != nil || seats.Sign() == 0:
			default:
				seat := deploy.SeatPay(c.MinReward, pct.Uint64(), seats.Uint64())
				if seat.Sign() > 0 {
					rep.add(id+".minReward", Pass, fmt.Sprintf("a job at the floor (%s) pays each of %v committee seats %s", units.Format(c.MinReward, dec), seats, units.Format(seat, dec)), "")
					break
				}
				fix := "raise JobRegistry.validatorRewardPct above 0 (job-registry.json validatorRewardPct)"
				if need := deploy.MinRewardForSeatPay(pct.Uint64(), seats.Uint64()); need != nil {
					fix = fmt.Sprintf("raise tokenConfig.minReward to at least %s with JobRegistry.setTokenConfig (job-registry.json %s), then run owner-plan", units.Format(need, dec), field)
				}
				rep.add(id+".minReward", Fail, fmt.Sprintf("a job at the floor of %s (tokenConfig.minReward %s) pays each of %v committee seats 0 (minReward * %v%% / %v): members risk slashing for nothing",
					what, units.Format(c.MinReward, dec), seats, pct, seats), fix)
			}
			if c.StakeBps.Cmp(big.NewInt(10_000)) <= 0 {
				rep.add(id+".stakeBps", Pass, fmt.Sprintf("agent job stake of %s: %s bps of the reward (at least jobStake)", what, c.StakeBps), "")
			} else {
				rep.add(id+".stakeBps", Fail, fmt.Sprintf("tokenConfig.stakeBps of %s is %s, above 10000 (100%%)", what, c.StakeBps),
					"set 0..10000 with JobRegistry.setTokenConfig (job-registry.json jobStakeBps or tokenLimits.<token>.stakeBps)")
			}
		}
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
	if st.FeeTokens != nil {
		n := len(st.FeeTokens)
		if MaxFeeTokens-n <= 2 {
			rep.add("feePool.feeTokens", Warn, fmt.Sprintf("%d of %d fee-token slots are taken", n, MaxFeeTokens), "slots are never freed: allowlist only the tokens you need")
		} else {
			rep.add("feePool.feeTokens", Pass, fmt.Sprintf("%d of %d fee-token slots are taken", n, MaxFeeTokens), "")
		}
	}
}

// HealthOptions configure Health. The zero value is valid.
type HealthOptions struct {
	// MaxBlockAge is the head block age that counts as stale; zero means
	// 5 minutes.
	MaxBlockAge time.Duration
	// Now returns the current time; nil means time.Now.
	Now func() time.Time
}

type headerReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Health checks the runtime: the RPC node answers, serves the manifest's
// chain, its head block is fresh, every contract answers, and whether the
// protocol is paused or escrow frozen.
func Health(ctx context.Context, r Reader, m *Manifest, opts HealthOptions) *Report {
	rep := &Report{}
	now := time.Now
	if opts.Now != nil {
		now = opts.Now
	}
	maxAge := opts.MaxBlockAge
	if maxAge == 0 {
		maxAge = 5 * time.Minute
	}
	id, err := r.ChainID(ctx)
	if err != nil {
		rep.add("rpc", Fail, "the node does not answer: "+err.Error(), "check the RPC URL, the network and the provider's status")
		return rep
	}
	rep.add("rpc", Pass, "the node answers", "")
	if id.Uint64() != m.ChainID {
		rep.add("chainId", Fail, fmt.Sprintf("node chain %v, manifest chain %d", id, m.ChainID), "use the RPC URL of the manifest's network")
		return rep
	}
	rep.add("chainId", Pass, fmt.Sprintf("chain %v", id), "")
	if hr, ok := r.(headerReader); ok {
		if h, err := hr.HeaderByNumber(ctx, nil); err != nil {
			rep.add("head", Fail, "cannot read the head block: "+err.Error(), "check the node")
		} else {
			age := now().Sub(time.Unix(int64(h.Time), 0)).Round(time.Second)
			if age > maxAge {
				rep.add("head", Warn, fmt.Sprintf("head block %v is %v old", h.Number, age), "the node may be stuck or syncing; check it or use another provider")
			} else {
				rep.add("head", Pass, fmt.Sprintf("head block %v, %v old", h.Number, age), "")
			}
		}
	}
	st, err := ReadState(ctx, r, m, nil, ReadOptions{})
	if err != nil {
		rep.add("contracts", Fail, err.Error(), "check the manifest and the node")
		return rep
	}
	for _, mod := range deploy.Modules {
		if st.Modules[mod].Version != nil {
			rep.add("contract."+string(mod), Pass, "answers version()", "")
		} else {
			rep.add("contract."+string(mod), Fail, st.Modules[mod].Address.Hex()+" does not answer", "check the manifest belongs to this chain")
		}
	}
	paused := 0
	for _, mod := range deploy.PausableModuleNames {
		if p := st.Modules[mod].Paused; p != nil && *p {
			paused++
		}
	}
	if paused == 0 {
		rep.add("paused", Pass, "running (no module paused)", "")
	} else {
		rep.add("paused", Warn, fmt.Sprintf("%d of %d modules paused", paused, len(deploy.PausableModuleNames)), "expected after launch or during an incident; unpause with the resume bundle when ready")
	}
	if on, err := st.Modules[deploy.JobRegistry].Bool("escrowEnabled"); err == nil {
		if on {
			rep.add("escrow", Pass, "escrow enabled", "")
		} else {
			rep.add("escrow", Warn, "escrow frozen", "re-enable with the resume bundle when the incident is over")
		}
	}
	return rep
}
