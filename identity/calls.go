package identity

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/input"
)

// The builders below return calls to send; none of them touches the chain.
// Owner operations must be sent by the registry's owner (governance),
// Attest by an approved attestor, RevokeAttestation by the attestor of the
// attestation or the owner.

func (c *Client) candidate(data []byte, label string) chain.TxCandidate {
	to := c.registry
	return chain.TxCandidate{To: &to, Data: data, Label: label}
}

// nonZero checks an address parameter, which the registry refuses as zero.
func nonZero(field string, a common.Address) error {
	if a == (common.Address{}) {
		return input.New(field, "is the zero address, which the registry refuses", "pass the account's address")
	}
	return nil
}

// AddAllowlisted builds the owner call that puts account on the allowlist of
// role (addAdditionalAgent or addAdditionalValidator).
func (c *Client) AddAllowlisted(role Role, account common.Address) (chain.TxCandidate, error) {
	if err := errors.Join(role.check(), nonZero("account", account)); err != nil {
		return chain.TxCandidate{}, err
	}
	if role == RoleAgent {
		return c.candidate(c.abi.PackAddAdditionalAgent(account), "addAdditionalAgent "+account.Hex()), nil
	}
	return c.candidate(c.abi.PackAddAdditionalValidator(account), "addAdditionalValidator "+account.Hex()), nil
}

// RemoveAllowlisted builds the owner call that takes account off the
// allowlist of role (removeAdditionalAgent or removeAdditionalValidator).
func (c *Client) RemoveAllowlisted(role Role, account common.Address) (chain.TxCandidate, error) {
	if err := errors.Join(role.check(), nonZero("account", account)); err != nil {
		return chain.TxCandidate{}, err
	}
	if role == RoleAgent {
		return c.candidate(c.abi.PackRemoveAdditionalAgent(account), "removeAdditionalAgent "+account.Hex()), nil
	}
	return c.candidate(c.abi.PackRemoveAdditionalValidator(account), "removeAdditionalValidator "+account.Hex()), nil
}

// SetMerkleRoot builds the owner call that sets the Merkle root of role
// (setAgentMerkleRoot or setValidatorMerkleRoot); the zero root disables
// Merkle proofs for the role.
func (c *Client) SetMerkleRoot(role Role, root common.Hash) (chain.TxCandidate, error) {
	if c == nil || c.backend == nil {
		return chain.TxCandidate{}, input.Unbuilt("identity.Client", "identity.New")
	}
	if err := role.check(); err != nil {
		return chain.TxCandidate{}, err
	}
	if role == RoleAgent {
		return c.candidate(c.abi.PackSetAgentMerkleRoot(root), "setAgentMerkleRoot "+root.Hex()), nil
	}
	return c.candidate(c.abi.PackSetValidatorMerkleRoot(root), "setValidatorMerkleRoot "+root.Hex()), nil
}

// SetRootNode builds the owner call that sets the ENS root node of role
// (setAgentRootNode or setClubRootNode), e.g. Namehash("agent.agi.eth").
func (c *Client) SetRootNode(role Role, node common.Hash) (chain.TxCandidate, error) {
	if c == nil || c.backend == nil {
		return chain.TxCandidate{}, input.Unbuilt("identity.Client", "identity.New")
	}
	if err := role.check(); err != nil {
		return chain.TxCandidate{}, err
	}
	if role == RoleAgent {
		return c.candidate(c.abi.PackSetAgentRootNode(node), "setAgentRootNode "+node.Hex()), nil
	}
	return c.candidate(c.abi.PackSetClubRootNode(node), "setClubRootNode "+node.Hex()), nil
}

// SetAttestor builds the owner call that approves (allowed = true) or
// withdraws (false) attestor.
func (c *Client) SetAttestor(attestor common.Address, allowed bool) (chain.TxCandidate, error) {
	if err := nonZero("attestor", attestor); err != nil {
		return chain.TxCandidate{}, err
	}
	return c.candidate(c.abi.PackSetAttestor(attestor, allowed), fmt.Sprintf("setAttestor %s %t", attestor.Hex(), allowed)), nil
}

// Attest builds the attestor call that vouches that account holds node in
// role. Compute node with [Node] or [Client.LabelNode]. The sender must be
// an approved attestor and the registry must not be paused.
func (c *Client) Attest(node common.Hash, role Role, account common.Address) (chain.TxCandidate, error) {
	if err := errors.Join(role.check(), nonZero("account", account)); err != nil {
		return chain.TxCandidate{}, err
	}
	return c.candidate(c.abi.PackAttest(node, uint8(role), account), fmt.Sprintf("attest %s %s %s", role, node.Hex(), account.Hex())), nil
}

// RevokeAttestation builds the call that withdraws the attestation of
// (node, role, account); its attestor or the owner may send it.
func (c *Client) RevokeAttestation(node common.Hash, role Role, account common.Address) (chain.TxCandidate, error) {
	if c == nil || c.backend == nil {
		return chain.TxCandidate{}, input.Unbuilt("identity.Client", "identity.New")
	}
	if err := role.check(); err != nil {
		return chain.TxCandidate{}, err
	}
	return c.candidate(c.abi.PackRevokeAttestation(node, uint8(role), account), fmt.Sprintf("revokeAttestation %s %s %s", role, node.Hex(), account.Hex())), nil
}
