// Package identity speaks to the IdentityRegistry of the AGI Jobs protocol:
// who may act as an agent or a validator.
//
// A claimant passes the registry's check when it is not blacklisted and any
// of these holds:
//
//  1. it is on the owner's allowlist of its role;
//  2. it proves membership of the role's Merkle tree, whose leaf is
//     keccak256(abi.encode(claimant, keccak256(bytes(label)))) and whose
//     proofs are verified with OpenZeppelin's MerkleProof (sorted pairs);
//  3. an owner-approved attestor attested (node, role, claimant), where
//     node = keccak256(abi.encodePacked(rootNode, keccak256(bytes(label)))).
//
// # Reads and built calls
//
// [Client] answers the registry's views ([Client.Verify],
// [Client.IsAuthorized], [Client.IsAllowlisted], ...) and builds the owner and
// attestor operations as [chain.TxCandidate] values ([Client.AddAllowlisted],
// [Client.SetMerkleRoot], [Client.SetAttestor], [Client.Attest], ...). It
// never signs or sends: hand the candidates to a chain.Manager, or turn a
// [Plan] into governance actions (governance.IdentityActions) to execute it
// with the other owner settings, through a Safe or a timelock.
//
// # Merkle trees
//
// [NewTree] builds the tree of a role from (address, label) pairs and gives
// its root and the proof of every member, exactly as the contract verifies
// them. Leaves are sorted by value before the tree is built, so the root does
// not depend on the order of the input; a level with an odd number of nodes
// carries its last node up unchanged. A tree of one member pairs the leaf with
// itself (root = hash(leaf, leaf), proof = [leaf]) because the registry skips
// the Merkle check when the proof is empty.
//
// The leaf format is fixed by the protocol (one keccak256 over 64 bytes, not
// OpenZeppelin's double-hashed "standard" leaf). An inner node could only be
// passed off as a leaf if the smaller of its two children began with twelve
// zero bytes (a valid abi-encoded address), which takes about 2^96 hashes to
// arrange.
//
// # Sync
//
// [LoadRegistryConfig] reads config/identity-registry.json (allowlists, Merkle roots
// or members, ENS root names, attestors) and reports every bad field at once.
// [Client.Sync] compares it with the chain and returns a [Plan]: the calls,
// each with a description, that make the chain match the file. The registry
// cannot enumerate its allowlists, so Sync reads the membership of every
// address the file names plus every address that AdditionalAgentUpdated,
// AdditionalValidatorUpdated and AttestorUpdated events ever mentioned. Once
// the calls of a plan are mined, Sync returns an empty plan.
//
// # Conventions
//
// Every call that reads the chain takes a context first. Logging goes to the
// *slog.Logger of the [Config] and is silent when none is given. Reverted
// reads surface as *client.RevertError, so errors.As reaches the decoded
// custom error. A Client is safe for concurrent use.
package identity
