package agijobs

import (
	"github.com/agijobs/agijobs-go/identity"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/matching"
)

// Identity returns the IdentityRegistry client of the protocol. It reads
// what agents and validators must pass to act (Verify, IsAuthorized, the
// allowlists, Merkle roots, ENS root nodes and attestations), builds the
// owner's and attestors' calls (AddAllowlisted, SetMerkleRoot, Attest, ...)
// for a transaction manager such as Manager(ctx, owner) to send, and plans
// the calls that bring the registry to a config file (Sync). Merkle trees
// and proofs come from identity.NewTree; the proof of an agent goes into
// its escrow.Identity or matching.WorkerConfig.Claim.
//
// The client reads through c's backend and logs to c's logger. Identity
// makes no call; it fails for a client built without addresses.
func (c *Client) Identity() (*identity.Client, error) {
	if c == nil || c.backend == nil {
		return nil, input.Unbuilt("agijobs.Client", "agijobs.New or agijobs.Dial")
	}
	if c.addrs == nil {
		return nil, errNoProtocol()
	}
	return identity.New(identity.Config{Backend: c.backend, Registry: c.addrs.IdentityRegistry, Logger: c.log})
}

// ProfileReader returns a matching.Reader over the protocol's
// ReputationEngine and StakeManager: its Load fills the on-chain part of
// agent profiles, the reputation and the agent stake, all read at one
// block, before matching.Policy.Rank or Score weigh them. Passed as
// matching.WorkerConfig.Reader, it refreshes a worker's own profile before
// each decision.
//
// Reads go out as JSON-RPC batches when c is connected to a node (Dial, or
// New with a *chain.Conn) and as bounded concurrent calls on an embedded
// chain. The reader uses the defaults of matching.ReaderConfig and c's
// logger; for another batch size or concurrency, call matching.NewReader
// with the addresses of c.Addresses(). ProfileReader makes no call; it
// fails for a client built without addresses.
func (c *Client) ProfileReader() (*matching.Reader, error) {
	if c == nil || c.backend == nil {
		return nil, input.Unbuilt("agijobs.Client", "agijobs.New or agijobs.Dial")
	}
	if c.addrs == nil {
		return nil, errNoProtocol()
	}
	return matching.NewReader(matching.ReaderConfig{
		Backend: c.backend, ReputationEngine: c.addrs.ReputationEngine, StakeManager: c.addrs.StakeManager, Logger: c.log,
	})
}
