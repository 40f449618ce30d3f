// Package doctor checks a deployment of the AGI Jobs protocol and reports
// what it finds, each finding with the fix: Run examines the owner config
// files and everything governance controls on chain (code, owners, wiring,
// pausers, pause and escrow state, parameters, escrow tokens, drift from
// the config files); Health checks the runtime (the node, its chain and
// head block, every contract, pause and escrow).
//
// It reads through governance.ReadState and never sends: repairs are
// governance plans (governance.NewPlan), which the fixes name.
package doctor
