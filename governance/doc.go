// Package governance is the contract owner's toolbox for the AGI Jobs
// protocol: one-click deployment from a validated config file with a
// resumable state file, the deployment manifest and env file, parameter
// plans that diff desired per-module config files against the chain
// (including each escrow token's reward floor and ceiling and agent stake
// fraction, in the token's own units, and the FeePool's fee-token slots,
// burn buckets and stray balances), Safe Transaction Builder bundles with
// their Safe transaction hash, offline owner signatures and execution (directly by an EOA owner,
// through a Safe's execTransaction, or scheduled on an OpenZeppelin
// TimelockController), checked UUPS upgrades, the emergency pause bundle,
// and the doctor and health checks.
//
// Nothing in this package signs or sends on its own initiative: plans are
// data (typed actions with target and calldata), each action converts to a
// client.TxCandidate, and the Execute functions hand them to a
// client.Manager the caller built. Every flow is a dry run until the caller
// asks for execution.
//
// A typical owner session:
//
//	m, _ := governance.LoadManifest("deployment-config/latest-deployment.json")
//	desired, _ := governance.LoadModuleConfigs("config")
//	st, _ := governance.ReadState(ctx, backend, m, desired, governance.ReadOptions{})
//	plan, _ := governance.NewPlan(st, desired)
//	fmt.Print(plan.Table())
//	bundle, _ := plan.Bundle(governance.BundleOptions{Safe: safe}) // for the Safe Transaction Builder
//	tx, _ := plan.SafeTx(safe, governance.CanonicalMultiSendCallOnly, safeNonce)
//	hash, _ := tx.Hash() // what every owner signs (see ExamplePlan_SafeTx)
package governance
