package doctor

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/governance"
)

// Input is what Run examines.
type Input struct {
	// Manifest is the deployment.
	Manifest *deployment.Manifest
	// Desired are the owner config files, nil when not given.
	Desired *governance.ModuleConfigs
	// ConfigErr is the error loading the config files, if any; it is
	// reported as a failed check.
	ConfigErr error
}

// Run checks the owner config files and the live deployment: code and
// version() at every address, every module wired to the right peers and
// pausable by SystemPause, every owner equal to governance, pause and
// escrow state, parameters in sane ranges, every escrow token's config
// (recorded, a reward floor that pays every committee seat, a stake
// fraction of at most 100%), the FeePool's fee-token slots, burn buckets
// and stray balances, and drift from the config files. It reads the chain
// in one round trip when the backend allows a JSON-RPC batch.
func Run(ctx context.Context, r governance.Reader, in Input) (*Report, error) {
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
	st, err := governance.ReadState(ctx, r, m, in.Desired, governance.ReadOptions{})
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
	healthy := modules(rep, st, gov)
	wiring(rep, st, healthy)
	pause(rep, st)
	parameters(rep, st)
	tokens(rep, st)
	if in.Desired != nil && in.ConfigErr == nil {
		if p, err := governance.NewPlan(st, in.Desired); err == nil {
			if p.Empty() {
				rep.add("drift", Pass, "the chain matches the config files", "")
			} else {
				rep.add("drift", Warn, fmt.Sprintf("%d setting(s) differ from the config files", len(p.Actions)), "review and execute the owner plan (examples/owner-plan)")
			}
		}
	}
	return rep, nil
}

// modules checks every module's code, owner and recorded implementation,
// and returns the modules that answer like one.
func modules(rep *Report, st *governance.State, gov common.Address) map[deploy.Module]bool {
	m := st.Manifest
	healthy := map[deploy.Module]bool{}
	for _, mod := range deploy.Modules {
		ms := st.Modules[mod]
		id := string(mod)
		switch {
		case ms.Version == nil:
			rep.add("code."+id, Fail, fmt.Sprintf("%s does not answer version(): no module at this address", ms.Address.Hex()), "check the manifest belongs to this chain, or redeploy")
			continue
		case ms.Kind != id:
			// Every module answers version(): only moduleKind() tells a
			// swapped manifest.
			rep.add("code."+id, Fail, fmt.Sprintf("%s answers moduleKind() %q, not %q", ms.Address.Hex(), ms.Kind, id), "fix the manifest: two addresses look swapped")
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
	return healthy
}

// wiring checks the peers of every healthy module, its pauser and
// SystemPause's module list.
func wiring(rep *Report, st *governance.State, healthy map[deploy.Module]bool) {
	m := st.Manifest
	for _, w := range governance.Wiring {
		if !healthy[w.Module] {
			continue
		}
		id := fmt.Sprintf("wiring.%s.%s", w.Module, w.Getter)
		cur, err := st.Modules[w.Module].AddressValue(w.Getter)
		want := m.Address(w.Peer)
		switch {
		case err != nil:
			rep.add(id, Fail, err.Error(), "check the RPC node")
		case cur != want:
			rep.add(id, Fail, fmt.Sprintf("points to %s, not the %s %s", cur.Hex(), w.Peer, want.Hex()), fmt.Sprintf("run owner-plan: it adds %s(%s)", w.Setter(), want.Hex()))
		default:
			rep.add(id, Pass, fmt.Sprintf("wired to %s", w.Peer), "")
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
}

// paused counts the pausable modules that are paused.
func paused(st *governance.State) int {
	n := 0
	for _, mod := range deploy.PausableModuleNames {
		if p := st.Modules[mod].Paused; p != nil && *p {
			n++
		}
	}
	return n
}

// pause reports the pause switches and the escrow freeze.
func pause(rep *Report, st *governance.State) {
	switch n := paused(st); n {
	case 0:
		rep.add("pause", Pass, "no module is paused", "")
	case len(deploy.PausableModuleNames):
		rep.add("pause", Warn, "every module is paused (as after launch or an emergency)", "when ready, unpause with the resume bundle (examples/emergency -resume)")
	default:
		rep.add("pause", Warn, fmt.Sprintf("%d of %d modules are paused", n, len(deploy.PausableModuleNames)), "pause or unpause all of them through SystemPause")
	}
	if on, err := st.Modules[deploy.JobRegistry].Bool("escrowEnabled"); err == nil {
		if on {
			rep.add("escrow", Pass, "escrow is enabled", "")
		} else {
			rep.add("escrow", Warn, "escrow is frozen: no job can be created or paid", "re-enable with the resume bundle when the incident is over")
		}
	}
}

// parameters checks that the economic parameters are in sane ranges.
func parameters(rep *Report, st *governance.State) {
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
		sane("params.maxJobReward", mr.Sign() > 0, "max job reward "+governance.FormatTokens(mr)+" tokens", "set a positive maxJobReward", Fail)
	}
	if cw, err := vm.Uint("commitWindow"); err == nil {
		window := governance.Dur(time.Duration(cw.Int64()) * time.Second)
		sane("params.commitWindow", cw.Int64() >= 300, "commit window "+window.String(), "give validators at least 5 minutes to commit", Warn)
	}
}
