// Package agijobstest is the test fixture of the AGI Jobs SDK: one call
// gives the whole protocol deployed on a chain, with ready role clients, the
// way net/http/httptest gives a running server.
//
//	env := agijobstest.New(t) // cleanup registered with t.Cleanup
//	res, err := env.Employer(0).PostJob(ctx, escrow.PostJobParams{...})
//	_, err = env.Agent(0).Apply(ctx, res.JobID)
//
// New deploys the protocol on an in-process chain (chain.Embedded) from the
// owner account, mints AGIALPHA to every role account, allowlists the
// agents and validators, makes the validators the committee pool and stakes
// both, and hands out:
//
//   - Employer(i), Agent(i) and Validator(i): escrow role clients, each
//     sending through its account's one transaction manager;
//   - Owner: the transaction manager of the protocol's owner, for
//     governance calls (identity.Client and governance plans build them);
//   - Client: the *agijobs.Client of the deployment, with the store and a
//     Manager per signer; Escrow, Store, Addresses and Deployment;
//   - chain control: Mine, MinePast, AdvanceTime and Now, on the embedded
//     chain and on an anvil node alike.
//
// Validate runs one job's validation round with the fixture's validators,
// and Serve plays the counterparts of the code under test (an agent that
// takes every job, a committee that approves every result), so that a test
// of an employer, an agent or a validator needs nothing else.
//
// Setup failures fail the test (t.Fatal); Start gives the same environment
// to programs without a testing.TB (examples, Example functions), which
// Close it themselves. WithRPC runs the same fixture on a node instead:
// a dev node such as anvil, whose evm_mine and evm_increaseTime methods
// drive its blocks and clock.
package agijobstest
