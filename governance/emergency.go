package governance

import (
	"context"
	"fmt"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
)

// EmergencyPlan returns the pause bundle: SystemPause.pauseAll (every
// module stops taking new work) and JobRegistry.setEscrowStatus(false) (no
// funds enter or leave escrow), leaving out what is already in that state.
// With pause false it returns the reverse: escrow re-enabled, then every
// module unpaused. Like NewPlan it refuses a manifest whose modules do not
// answer moduleKind() with their own names.
func EmergencyPlan(ctx context.Context, r Reader, m *deployment.Manifest, kind deployment.Kind, pause bool) (*Plan, error) {
	st, err := ReadState(ctx, r, m, nil, ReadOptions{})
	if err != nil {
		return nil, err
	}
	if err := st.checkModules(); err != nil {
		return nil, fmt.Errorf("governance: the manifest does not match the chain; no plan is made: %w", err)
	}
	escrow := !pause
	desired := &ModuleConfigs{
		OwnerControl: &OwnerControl{Governance: m.Governance, Kind: kind},
		JobRegistry:  &JobRegistryConfig{EscrowEnabled: &escrow},
		SystemPause:  &SystemPauseConfig{Paused: &pause},
	}
	p := &planner{st: st, desired: desired, oc: desired.OwnerControl, gov: m.Governance}
	p.pause()
	if len(p.errs) > 0 {
		return nil, p.errs[0]
	}
	acts := p.acts
	if pause && len(acts) == 2 {
		acts[0], acts[1] = acts[1], acts[0] // pause first: it stops everything at once
	}
	name, desc := "Emergency pause", "Pause every module and freeze escrow"
	if !pause {
		name, desc = "Resume operations", "Re-enable escrow and unpause every module"
	}
	if kind == "" {
		kind = deployment.KindEOA
	}
	return &Plan{Name: name, Description: desc, ChainID: st.ChainID, Governance: m.Governance, Kind: kind,
		Actions: acts, Notes: p.notes, ReadRoundTrips: st.RoundTrips}, nil
}

// Runbook returns the plain-words emergency runbook for a plan made by
// EmergencyPlan, naming the contracts of the deployment.
func Runbook(m *deployment.Manifest, p *Plan, pause bool) string {
	if m == nil {
		m = &deployment.Manifest{} // zero addresses rather than a panic
	}
	if p == nil {
		p = &Plan{}
	}
	sp, jr := m.Address(deploy.SystemPause).Hex(), m.Address(deploy.JobRegistry).Hex()
	if !pause {
		return fmt.Sprintf(`RESUME RUNBOOK
1. Make sure the cause of the incident is fixed and understood. Write down what happened.
2. This bundle re-enables escrow on JobRegistry (%s) and then unpauses every
   module through SystemPause (%s). Only governance (%s) can do this;
   the guardian cannot unpause.
3. Have the Safe owners check that the Safe transaction hash they sign is the one
   printed here, then sign and execute (or, for a timelock, schedule and wait).
4. Afterwards run the health check: every module must report "not paused" and
   escrow "enabled". Watch the first new jobs closely.
Actions in this bundle: %d.
`, jr, sp, m.Governance.Hex(), len(p.Actions))
	}
	return fmt.Sprintf(`EMERGENCY RUNBOOK (pause everything, freeze escrow)
1. Stay calm. Pausing is safe: no funds move while paused, nothing is lost, and it
   can be undone with the resume bundle.
2. Fastest path: the guardian may call pauseAll on SystemPause (%s) on its own.
   Governance (%s) then freezes escrow with setEscrowStatus(false) on
   JobRegistry (%s). This bundle does both in one transaction.
3. Safe owners: open the Safe, import the bundle in the Transaction Builder (or
   sign the Safe transaction hash printed below), compare the hash with a second
   owner over another channel, sign, and execute.
4. Confirm with the health check: every module "paused", escrow "frozen".
5. Tell users that the marketplace is paused; investigate; fix; then run the
   resume bundle.
Actions in this bundle: %d (already-paused parts are left out).
`, sp, m.Governance.Hex(), jr, len(p.Actions))
}
