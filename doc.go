// Package agijobs is the Go SDK of the AGI Jobs protocol: an on-chain job
// marketplace where employers escrow rewards, agents take and deliver jobs,
// validator committees approve results by commit/reveal, and a contract owner
// (usually a multisig) governs every parameter.
//
// # The front door, built from parts
//
// New builds a Client from parts the program already has, and dials
// nothing: a chain backend (a *chain.Conn, an embedded chain), the
// protocol's addresses, any number of signers, a document store, a logger.
//
//	c, err := agijobs.New(ctx, agijobs.Options{
//		Backend:   env.Backend(), // a *chain.Conn, an embedded chain: any chain.Backend
//		Addresses: &addrs,
//		Managers:  []*chain.Manager{env.Owner()}, // managers the program already runs
//		Store:     env.Store(),
//	})
//
// Dial is the convenience that dials a node, reads a deployment manifest
// and calls New:
//
//	c, err := agijobs.Dial(ctx, agijobs.Config{
//		RPCURL:       "https://sepolia.example/v3/KEY",
//		ManifestPath: "latest-deployment.json", // written by governance.Deploy or examples/deploy
//		Signers:      []chain.Signer{key},
//		Store:        storage.NewMemory(), // a Kubo node or a pinning service in production
//	})
//
// The Client hands out one transaction manager per signer (Manager), so
// that every part of a program sending for an account shares its nonces,
// and the role clients built on them: Employer, Agent and Validator
// (package escrow), Identity and ProfileReader.
//
// # The test fixture
//
// Package agijobstest gives a test the whole protocol deployed on an
// in-process chain with ready role clients, in one call, the way
// net/http/httptest gives a server; the same fixture runs on an anvil node:
//
//	env, err := agijobstest.Start(ctx) // chain + protocol + funded, staked roles; in a test: agijobstest.New(t)
//
// # Packages
//
//   - agijobstest: the fixture (New for tests, Start for programs): the
//     deployed protocol with employers, staked agents and validators, the
//     owner's transaction manager, time and block control, and counterparts
//     (Serve) for the code under test.
//   - chain: chain access: Dial, backends, signers, the transaction manager,
//     typed revert errors, event streams and the bare embedded chain.
//   - escrow: the job lifecycle for employers, agents and validators
//     (Client.Employer, Client.Agent, Client.Validator, Client.Escrow).
//   - identity: identity registry reads, Merkle trees and proofs, owner calls
//     and Sync from config/identity-registry.json (Client.Identity).
//   - matching: policies, explainable ranking and the Worker that applies to
//     fitting jobs (Client.ProfileReader).
//   - storage: content addressing with Kubo-identical CIDs, CAR, remote IPFS
//     backends with verification, and the job spec and result documents.
//   - governance: owner flows: one-click deploy, manifest and env, parameter
//     plans, Safe bundles and execution, emergency pause, doctor and health.
//   - input: the one error type of rejected input, shared by every package.
//   - contracts: the Solidity sources, pinned toolchain, artifacts and abigen
//     v2 bindings (contracts/bindings/...), and contracts/deploy, which installs
//     the protocol behind ERC-1967 proxies.
//
// # Nil, zero and closed values
//
// No exported function or method panics on nil or zero arguments, on a nil
// or zero receiver (a &escrow.Client{} rather than one from escrow.New), or
// on a closed client: it returns an *input.Error naming the argument or the
// type and its constructor (errors.Is(err, input.ErrInvalid)), the error of
// the closed resource, or, where it returns no error, a zero value. The
// exceptions panic by contract: the Must* helpers of package governance,
// chain.RegisterRevertDecoder (like sql.Register) and agijobstest.New (it
// fails the test instead). A test calls every exported function and method
// with zero values, and every method of closed clients, to keep it so; the
// abigen bindings under contracts/bindings are left out, as their Pack
// methods panic on arguments the ABI encoder rejects.
package agijobs
