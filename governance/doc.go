// Package governance is the contract owner's toolbox for the AGI Jobs
// protocol: one-click deployment from a validated config file, parameter
// plans that diff desired per-module config files against the chain
// (including each escrow token's reward floor and ceiling and agent stake
// fraction, in the token's own units, and the FeePool's fee-token slots,
// burn buckets and stray balances), execution by the governing account,
// OpenZeppelin TimelockController operations, checked UUPS upgrades and the
// emergency pause plan.
//
// Nothing in this package signs or sends on its own initiative: plans are
// data (typed actions with target and calldata), each action converts to a
// chain.TxCandidate, and ExecuteDirect and Deploy hand them to the
// chain.Manager the caller built (one per account). Every flow is a dry run
// until the caller asks for execution. Calls built by other packages join a
// plan as actions: IdentityActions turns identity's built calls (an
// identity.Plan) into actions, CallAction any module call.
//
// The owner tooling is split along its seams:
//
//   - governance (this package): config files, ReadState, plans and
//     actions, execution through a Sender, timelock, upgrades, emergency,
//     and Deploy. ReadState lives here because plans are computed from it.
//   - governance/safe: Safe transactions, owner signatures, execution
//     through execTransaction and Transaction Builder bundles.
//   - governance/doctor: the doctor and health reports, which read through
//     ReadState and name the plan that repairs each finding.
//   - deployment: the files a deployment leaves (manifest, env file, state
//     file), small enough for programs that only need addresses.
//
// A typical owner session:
//
//	m, _ := deployment.LoadManifest("deployment-config/latest-deployment.json")
//	desired, _ := governance.LoadModuleConfigs("config")
//	st, _ := governance.ReadState(ctx, backend, m, desired, governance.ReadOptions{})
//	plan, _ := governance.NewPlan(st, desired)
//	fmt.Print(plan.Table())
//	p, _ := safe.Propose(ctx, backend, plan, safe.ProposalOptions{}) // reads the Safe, fails closed
//	fmt.Println(p.Summary()) // Safe, version, nonce, operation, MultiSendCallOnly, safeTxHash
//	raw, _ := json.MarshalIndent(p.Bundle, "", "  ") // for the Safe Transaction Builder
package governance
