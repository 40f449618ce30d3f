package identity

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/identityregistry"
	_ "github.com/agijobs/agijobs-go/contracts/reverts" // typed reverts for every *chain.RevertError
	"github.com/agijobs/agijobs-go/input"
)

// Role is the identity role a claimant acts in; its numbers are the
// registry's role numbers.
type Role uint8

// The roles of the registry.
const (
	RoleAgent     Role = 0
	RoleValidator Role = 1
)

// String returns "agent" or "validator".
func (r Role) String() string {
	switch r {
	case RoleAgent:
		return "agent"
	case RoleValidator:
		return "validator"
	}
	return fmt.Sprintf("Role(%d)", uint8(r))
}

func (r Role) check() error {
	if r > RoleValidator {
		return input.New("role", fmt.Sprintf("is %d, which is no role of the registry", uint8(r)), "use RoleAgent or RoleValidator")
	}
	return nil
}

// Backend is what a Client needs from a node: contract calls for the views
// and log queries for Sync. chain.Backend, *chain.Conn and
// *ethclient.Client implement it.
type Backend interface {
	bind.ContractCaller
	chain.LogReader
}

var _ Backend = chain.Backend(nil)

// Config configures a Client.
type Config struct {
	// Backend is the node to read from. Required.
	Backend Backend
	// Registry is the IdentityRegistry proxy address. Required.
	Registry common.Address
	// Logger receives debug messages; nil is silent.
	Logger *slog.Logger
}

// Check reports every missing field of c, each with the fix.
func (c *Config) Check() error {
	if c == nil {
		return input.New("identity.Config", "is nil", "pass the Config to check")
	}
	var errs input.Errors
	if c.Backend == nil {
		errs.Add("identity.Config.Backend", "is nil", "pass a chain.Backend (chain.Dial or an embedded chain)")
	}
	if c.Registry == (common.Address{}) {
		errs.Add("identity.Config.Registry", "is the zero address", "pass the IdentityRegistry proxy address from the deployment manifest")
	}
	return errs.Err()
}

// Client reads the IdentityRegistry and builds its owner and attestor calls.
// It is safe for concurrent use.
type Client struct {
	backend  Backend
	registry common.Address
	abi      *identityregistry.IdentityRegistry
	log      *slog.Logger
}

// New checks cfg and returns a Client.
func New(cfg Config) (*Client, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Client{backend: cfg.Backend, registry: cfg.Registry, abi: identityregistry.NewIdentityRegistry(), log: log}, nil
}

// Registry returns the IdentityRegistry address the Client speaks to.
func (c *Client) Registry() common.Address {
	if c == nil || c.backend == nil {
		return common.Address{}
	}
	return c.registry
}

// call runs a view at block (nil = latest) and unpacks its result. Its
// errors are classified by chain.Read: a revert is a *chain.RevertError
// with its reason decoded, and an empty answer (no IdentityRegistry at
// Config.Registry on this chain) matches bind.ErrNoCode.
func call[T any](ctx context.Context, c *Client, op string, block *big.Int, data []byte, unpack func([]byte) (T, error)) (T, error) {
	to := c.registry
	v, err := chain.Read(ctx, c.backend, ethereum.CallMsg{To: &to, Data: data}, block, unpack)
	switch {
	case errors.Is(err, bind.ErrNoCode):
		return v, fmt.Errorf("identity: %s: %w; check that Config.Registry is the IdentityRegistry of this chain", op, err)
	case err != nil:
		return v, fmt.Errorf("identity: %s: %w", op, err)
	}
	return v, nil
}

// Verification is the answer of verifyAgent / verifyValidator.
type Verification struct {
	// OK reports whether the claimant may act in the role under the label.
	OK bool
	// Node is keccak256(abi.encodePacked(rootNode, keccak256(label))).
	Node common.Hash
	// ViaMerkle is set when the Merkle proof is what let the claimant pass.
	ViaMerkle bool
}

// Verify asks the registry whether claimant may act in role under the
// claim's label and proof (verifyAgent or verifyValidator). It has no side
// effects.
func (c *Client) Verify(ctx context.Context, role Role, claimant common.Address, claim Claim) (Verification, error) {
	if c == nil || c.backend == nil {
		return Verification{}, input.Unbuilt("identity.Client", "identity.New")
	}
	if err := role.check(); err != nil {
		return Verification{}, err
	}
	if role == RoleAgent {
		out, err := call(ctx, c, "verifyAgent", nil, c.abi.PackVerifyAgent(claimant, claim.Label, proofWords(claim.Proof)), c.abi.UnpackVerifyAgent)
		return Verification{OK: out.Ok, Node: out.Node, ViaMerkle: out.ViaMerkle}, err
	}
	out, err := call(ctx, c, "verifyValidator", nil, c.abi.PackVerifyValidator(claimant, claim.Label, proofWords(claim.Proof)), c.abi.UnpackVerifyValidator)
	return Verification{OK: out.Ok, Node: out.Node, ViaMerkle: out.ViaMerkle}, err
}

// IsAuthorized reports whether claimant may act in role under the claim
// (isAuthorizedAgent or isAuthorizedValidator).
func (c *Client) IsAuthorized(ctx context.Context, role Role, claimant common.Address, claim Claim) (bool, error) {
	if c == nil || c.backend == nil {
		return false, input.Unbuilt("identity.Client", "identity.New")
	}
	if err := role.check(); err != nil {
		return false, err
	}
	if role == RoleAgent {
		return call(ctx, c, "isAuthorizedAgent", nil, c.abi.PackIsAuthorizedAgent(claimant, claim.Label, proofWords(claim.Proof)), c.abi.UnpackIsAuthorizedAgent)
	}
	return call(ctx, c, "isAuthorizedValidator", nil, c.abi.PackIsAuthorizedValidator(claimant, claim.Label, proofWords(claim.Proof)), c.abi.UnpackIsAuthorizedValidator)
}

// IsAllowlisted reports whether account is on the owner's allowlist of role.
func (c *Client) IsAllowlisted(ctx context.Context, role Role, account common.Address) (bool, error) {
	if c == nil || c.backend == nil {
		return false, input.Unbuilt("identity.Client", "identity.New")
	}
	return c.isAllowlisted(ctx, nil, role, account)
}

func (c *Client) isAllowlisted(ctx context.Context, block *big.Int, role Role, account common.Address) (bool, error) {
	if err := role.check(); err != nil {
		return false, err
	}
	if role == RoleAgent {
		return call(ctx, c, "additionalAgents", block, c.abi.PackAdditionalAgents(account), c.abi.UnpackAdditionalAgents)
	}
	return call(ctx, c, "additionalValidators", block, c.abi.PackAdditionalValidators(account), c.abi.UnpackAdditionalValidators)
}

// IsBlacklisted reports whether account is blacklisted (the blacklist is
// governed through ReputationEngine.setBlacklist and stored in the registry).
func (c *Client) IsBlacklisted(ctx context.Context, account common.Address) (bool, error) {
	if c == nil || c.backend == nil {
		return false, input.Unbuilt("identity.Client", "identity.New")
	}
	return call(ctx, c, "isBlacklisted", nil, c.abi.PackIsBlacklisted(account), c.abi.UnpackIsBlacklisted)
}

// IsAttestor reports whether account is an owner-approved attestor.
func (c *Client) IsAttestor(ctx context.Context, account common.Address) (bool, error) {
	if c == nil || c.backend == nil {
		return false, input.Unbuilt("identity.Client", "identity.New")
	}
	return c.isAttestor(ctx, nil, account)
}

func (c *Client) isAttestor(ctx context.Context, block *big.Int, account common.Address) (bool, error) {
	return call(ctx, c, "isAttestor", block, c.abi.PackIsAttestor(account), c.abi.UnpackIsAttestor)
}

// MerkleRoot returns the Merkle root of role; zero means Merkle proofs are
// disabled for the role.
func (c *Client) MerkleRoot(ctx context.Context, role Role) (common.Hash, error) {
	if c == nil || c.backend == nil {
		return common.Hash{}, input.Unbuilt("identity.Client", "identity.New")
	}
	return c.merkleRoot(ctx, nil, role)
}

func (c *Client) merkleRoot(ctx context.Context, block *big.Int, role Role) (common.Hash, error) {
	if err := role.check(); err != nil {
		return common.Hash{}, err
	}
	var h [32]byte
	var err error
	if role == RoleAgent {
		h, err = call(ctx, c, "agentMerkleRoot", block, c.abi.PackAgentMerkleRoot(), c.abi.UnpackAgentMerkleRoot)
	} else {
		h, err = call(ctx, c, "validatorMerkleRoot", block, c.abi.PackValidatorMerkleRoot(), c.abi.UnpackValidatorMerkleRoot)
	}
	return h, err
}

// RootNode returns the ENS root node of role: the namehash of agent.agi.eth
// or club.agi.eth on a default deployment.
func (c *Client) RootNode(ctx context.Context, role Role) (common.Hash, error) {
	if c == nil || c.backend == nil {
		return common.Hash{}, input.Unbuilt("identity.Client", "identity.New")
	}
	return c.rootNode(ctx, nil, role)
}

func (c *Client) rootNode(ctx context.Context, block *big.Int, role Role) (common.Hash, error) {
	if err := role.check(); err != nil {
		return common.Hash{}, err
	}
	var h [32]byte
	var err error
	if role == RoleAgent {
		h, err = call(ctx, c, "agentRootNode", block, c.abi.PackAgentRootNode(), c.abi.UnpackAgentRootNode)
	} else {
		h, err = call(ctx, c, "clubRootNode", block, c.abi.PackClubRootNode(), c.abi.UnpackClubRootNode)
	}
	return h, err
}

// Attestation returns the attestor of (node, role, account), or the zero
// address when there is none.
func (c *Client) Attestation(ctx context.Context, node common.Hash, role Role, account common.Address) (common.Address, error) {
	if c == nil || c.backend == nil {
		return common.Address{}, input.Unbuilt("identity.Client", "identity.New")
	}
	if err := role.check(); err != nil {
		return common.Address{}, err
	}
	return call(ctx, c, "attestation", nil, c.abi.PackAttestation(node, uint8(role), account), c.abi.UnpackAttestation)
}

// Node returns the node of label under rootNode as the registry computes it:
// keccak256(abi.encodePacked(rootNode, keccak256(bytes(label)))). With the
// namehash of agent.agi.eth as rootNode it is the ENS namehash of
// <label>.agent.agi.eth.
func Node(rootNode common.Hash, label string) common.Hash {
	lh := crypto.Keccak256Hash([]byte(label))
	return crypto.Keccak256Hash(rootNode[:], lh[:])
}

// Namehash returns the ENS namehash (EIP-137) of a dot-separated name such as
// "agent.agi.eth"; the empty name hashes to zero.
func Namehash(name string) common.Hash {
	var node common.Hash
	for name != "" {
		label := name
		if i := lastDot(name); i >= 0 {
			label, name = name[i+1:], name[:i]
		} else {
			name = ""
		}
		node = Node(node, label)
	}
	return node
}

func lastDot(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return i
		}
	}
	return -1
}

// LabelNode reads the root node of role and returns the node of label under
// it, the node attestations are made for.
func (c *Client) LabelNode(ctx context.Context, role Role, label string) (common.Hash, error) {
	if c == nil || c.backend == nil {
		return common.Hash{}, input.Unbuilt("identity.Client", "identity.New")
	}
	root, err := c.RootNode(ctx, role)
	if err != nil {
		return common.Hash{}, err
	}
	return Node(root, label), nil
}
