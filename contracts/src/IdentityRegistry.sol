// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {PausableModule} from "./PausableModule.sol";
import {IIdentityRegistry} from "./interfaces/IIdentityRegistry.sol";

/// @title IdentityRegistry
/// @notice Who may act as an agent or a validator. A claimant passes when it is
/// not blacklisted and any of these holds: it is on the owner's allowlist; it
/// proves membership of the Merkle tree whose leaf is
/// keccak256(abi.encode(claimant, keccak256(bytes(label)))) (OpenZeppelin
/// sorted-pair proofs); or an owner-approved attestor attested (node, role,
/// claimant) where node = keccak256(abi.encodePacked(rootNode, keccak256(bytes(label)))).
/// @dev All checks are views. ENS ownership checks (the v2 "wrapper" path) are
/// not implemented; `viaWrapper` is always false. The blacklist is governed
/// through ReputationEngine.setBlacklist but stored here, in the same slot as
/// the allowlist flags, so that an identity check costs one storage read and
/// no further call.
/// Pause: pausing stops attest only; identity checks are views and keep
/// answering, so the modules that ask them are stopped by their own pause.
contract IdentityRegistry is PausableModule, IIdentityRegistry {
    uint8 public constant ROLE_AGENT = 0;
    uint8 public constant ROLE_VALIDATOR = 1;

    uint8 private constant ALLOW_AGENT = 1;
    uint8 private constant ALLOW_VALIDATOR = 2;
    uint8 private constant BLACKLISTED = 4;

    /// @custom:storage-location erc7201:agijobs.storage.IdentityRegistry
    struct Layout {
        address reputationEngine;
        bool paused;
        uint32 banEpoch; // bumped at every new blacklisting
        bytes32 agentRootNode;
        bytes32 clubRootNode;
        bytes32 agentMerkleRoot;
        bytes32 validatorMerkleRoot;
        mapping(address account => uint8) flags; // ALLOW_AGENT | ALLOW_VALIDATOR | BLACKLISTED
        mapping(address attestor => bool) attestors;
        mapping(bytes32 key => address attestor) attestations;
    }

    // keccak256(abi.encode(uint256(keccak256("agijobs.storage.IdentityRegistry")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant LAYOUT_SLOT = 0x41da0c4ccd5bb01cfc8703a1d330bd15795956299b8fb682b8fcc55fcf9deb00;

    /// @notice The caller is not an approved attestor.
    error NotAttestor(address caller);
    /// @notice The role number is not 0 (agent) or 1 (validator).
    error InvalidIdentityRole(uint8 role);
    /// @notice No such attestation exists.
    error NoAttestation();

    event AdditionalAgentUpdated(address indexed agent, bool allowed);
    event AdditionalValidatorUpdated(address indexed validator, bool allowed);
    event AgentMerkleRootUpdated(bytes32 root);
    event ValidatorMerkleRootUpdated(bytes32 root);
    event AgentRootNodeUpdated(bytes32 node);
    event ClubRootNodeUpdated(bytes32 node);
    event AttestorUpdated(address indexed attestor, bool allowed);
    event ReputationEngineUpdated(address module);
    /// @notice The blacklist flag of `account` changed (through ReputationEngine.setBlacklist).
    event BlacklistUpdated(address indexed account, bool blacklisted);
    /// @notice `attestor` vouched that `account` holds `node` in `role`.
    event Attested(bytes32 indexed node, uint8 indexed role, address indexed account, address attestor);
    /// @notice The attestation was withdrawn by its attestor or the owner.
    event AttestationRevoked(bytes32 indexed node, uint8 indexed role, address indexed account, address by);

    /// @notice The module kind, bytes32("IdentityRegistry"), checked by wiring setters and upgrades.
    function moduleKind() public pure override returns (bytes32) {
        return "IdentityRegistry";
    }

    function _layout() private pure returns (Layout storage $) {
        assembly {
            $.slot := LAYOUT_SLOT
        }
    }

    /// @notice Initialises the proxy with the ENS namehashes of agent.agi.eth
    /// and club.agi.eth as the attestation root nodes.
    function initialize(address owner_, bytes32 agentRootNode_, bytes32 clubRootNode_) external initializer {
        __ModuleBase_init(owner_);
        Layout storage $ = _layout();
        $.agentRootNode = agentRootNode_;
        $.clubRootNode = clubRootNode_;
    }

    // ---------------------------------------------------------------- checks

    /// @notice v2 shape: whether `claimant` may act as an agent under `subdomain`.
    function verifyAgent(address claimant, string calldata subdomain, bytes32[] calldata proof)
        external
        view
        returns (bool ok, bytes32 node, bool viaWrapper, bool viaMerkle)
    {
        Layout storage $ = _layout();
        node = keccak256(abi.encodePacked($.agentRootNode, keccak256(bytes(subdomain))));
        (ok, viaMerkle) = _verify($, claimant, subdomain, proof, ROLE_AGENT, node);
        viaWrapper = false;
    }

    /// @notice v2 shape: whether `claimant` may act as a validator under `subdomain`.
    function verifyValidator(address claimant, string calldata subdomain, bytes32[] calldata proof)
        external
        view
        returns (bool ok, bytes32 node, bool viaWrapper, bool viaMerkle)
    {
        Layout storage $ = _layout();
        node = keccak256(abi.encodePacked($.clubRootNode, keccak256(bytes(subdomain))));
        (ok, viaMerkle) = _verify($, claimant, subdomain, proof, ROLE_VALIDATOR, node);
        viaWrapper = false;
    }

    /// @inheritdoc IIdentityRegistry
    function isAuthorizedAgent(address claimant, string calldata subdomain, bytes32[] calldata proof)
        external
        view
        returns (bool ok)
    {
        Layout storage $ = _layout();
        (ok,) = _verify($, claimant, subdomain, proof, ROLE_AGENT, bytes32(0));
    }

    /// @inheritdoc IIdentityRegistry
    function isAuthorizedValidator(address claimant, string calldata subdomain, bytes32[] calldata proof)
        external
        view
        returns (bool ok)
    {
        Layout storage $ = _layout();
        (ok,) = _verify($, claimant, subdomain, proof, ROLE_VALIDATOR, bytes32(0));
    }

    /// @notice Whether `account` is on the agent allowlist.
    function additionalAgents(address account) external view returns (bool) {
        return _layout().flags[account] & ALLOW_AGENT != 0;
    }

    /// @notice Whether `account` is on the validator allowlist.
    function additionalValidators(address account) external view returns (bool) {
        return _layout().flags[account] & ALLOW_VALIDATOR != 0;
    }

    /// @notice A counter bumped at every new blacklisting, so that a module that
    /// cached identity checks can tell cheaply whether it must check again.
    function blacklistEpoch() external view returns (uint32) {
        return _layout().banEpoch;
    }

    /// @notice Whether `account` is blacklisted.
    function isBlacklisted(address account) external view returns (bool) {
        return _layout().flags[account] & BLACKLISTED != 0;
    }

    /// @notice Screens committee candidates in one call: bit i of
    /// `blacklisted` is set when candidates[i] is blacklisted, bit i of
    /// `allowlisted` when it is on the validator allowlist (and so needs no
    /// proof at commit); `epoch` is the current blacklist epoch. At most 256
    /// candidates.
    function screenValidators(address[] calldata candidates)
        external
        view
        returns (uint256 blacklisted, uint256 allowlisted, uint32 epoch)
    {
        Layout storage $ = _layout();
        epoch = $.banEpoch;
        for (uint256 i; i < candidates.length && i < 256; ++i) {
            uint8 f = $.flags[candidates[i]];
            if (f & BLACKLISTED != 0) blacklisted |= 1 << i;
            else if (f & ALLOW_VALIDATOR != 0) allowlisted |= 1 << i;
        }
    }

    /// @notice Sets the blacklist flag; only the ReputationEngine, which owns
    /// the blacklist API, may call.
    function setBlacklisted(address account, bool blacklisted) external {
        Layout storage $ = _layout();
        if (msg.sender != $.reputationEngine) revert UnauthorizedCaller(msg.sender);
        if (account == address(0)) revert ZeroAddress();
        uint8 cur = $.flags[account];
        $.flags[account] = blacklisted ? cur | BLACKLISTED : cur & ~BLACKLISTED;
        if (blacklisted && cur & BLACKLISTED == 0) $.banEpoch++;
        emit BlacklistUpdated(account, blacklisted);
    }

    /// @notice The attestor of (node, role, account), or zero.
    function attestation(bytes32 node, uint8 role, address account) external view returns (address) {
        return _layout().attestations[_attestationKey(node, role, account)];
    }

    function isAttestor(address account) external view returns (bool) {
        return _layout().attestors[account];
    }

    function agentMerkleRoot() external view returns (bytes32) {
        return _layout().agentMerkleRoot;
    }

    function validatorMerkleRoot() external view returns (bytes32) {
        return _layout().validatorMerkleRoot;
    }

    function agentRootNode() external view returns (bytes32) {
        return _layout().agentRootNode;
    }

    function clubRootNode() external view returns (bytes32) {
        return _layout().clubRootNode;
    }

    function reputationEngine() external view returns (address) {
        return _layout().reputationEngine;
    }

    // ---------------------------------------------------------------- attestors

    /// @notice An approved attestor vouches that `account` holds the name
    /// `node` in `role` (0 agent, 1 validator).
    function attest(bytes32 node, uint8 role, address account) external whenNotPaused {
        Layout storage $ = _layout();
        if (!$.attestors[msg.sender]) revert NotAttestor(msg.sender);
        if (role > ROLE_VALIDATOR) revert InvalidIdentityRole(role);
        if (account == address(0)) revert ZeroAddress();
        $.attestations[_attestationKey(node, role, account)] = msg.sender;
        emit Attested(node, role, account, msg.sender);
    }

    /// @notice Withdraws an attestation; its attestor or the owner may.
    function revokeAttestation(bytes32 node, uint8 role, address account) external {
        Layout storage $ = _layout();
        bytes32 key = _attestationKey(node, role, account);
        address by = $.attestations[key];
        if (by == address(0)) revert NoAttestation();
        if (msg.sender != by && msg.sender != owner()) revert NotAttestor(msg.sender);
        delete $.attestations[key];
        emit AttestationRevoked(node, role, account, msg.sender);
    }

    // ---------------------------------------------------------------- owner

    function addAdditionalAgent(address agent) external onlyOwner {
        _allow(agent, ALLOW_AGENT, true);
        emit AdditionalAgentUpdated(agent, true);
    }

    function removeAdditionalAgent(address agent) external onlyOwner {
        _allow(agent, ALLOW_AGENT, false);
        emit AdditionalAgentUpdated(agent, false);
    }

    function addAdditionalValidator(address validator) external onlyOwner {
        _allow(validator, ALLOW_VALIDATOR, true);
        emit AdditionalValidatorUpdated(validator, true);
    }

    function removeAdditionalValidator(address validator) external onlyOwner {
        _allow(validator, ALLOW_VALIDATOR, false);
        emit AdditionalValidatorUpdated(validator, false);
    }

    function setAgentMerkleRoot(bytes32 root) external onlyOwner {
        _layout().agentMerkleRoot = root;
        emit AgentMerkleRootUpdated(root);
    }

    function setValidatorMerkleRoot(bytes32 root) external onlyOwner {
        _layout().validatorMerkleRoot = root;
        emit ValidatorMerkleRootUpdated(root);
    }

    function setAgentRootNode(bytes32 node) external onlyOwner {
        _layout().agentRootNode = node;
        emit AgentRootNodeUpdated(node);
    }

    function setClubRootNode(bytes32 node) external onlyOwner {
        _layout().clubRootNode = node;
        emit ClubRootNodeUpdated(node);
    }

    function setAttestor(address attestor, bool allowed) external onlyOwner {
        if (attestor == address(0)) revert ZeroAddress();
        _layout().attestors[attestor] = allowed;
        emit AttestorUpdated(attestor, allowed);
    }

    function setReputationEngine(address module) external onlyOwner {
        _requireModule(module, "ReputationEngine");
        _layout().reputationEngine = module;
        emit ReputationEngineUpdated(module);
    }

    // ---------------------------------------------------------------- internal

    /// @dev `node` may be passed precomputed (zero = compute when needed).
    function _verify(
        Layout storage $,
        address claimant,
        string calldata label,
        bytes32[] calldata proof,
        uint8 role,
        bytes32 node
    ) private view returns (bool ok, bool viaMerkle) {
        uint8 f = $.flags[claimant];
        if (f & BLACKLISTED != 0) return (false, false);
        if (f & (role == ROLE_AGENT ? ALLOW_AGENT : ALLOW_VALIDATOR) != 0) return (true, false);
        bytes32 labelHash = keccak256(bytes(label));
        if (proof.length != 0) {
            bytes32 root = role == ROLE_AGENT ? $.agentMerkleRoot : $.validatorMerkleRoot;
            if (root != bytes32(0)) {
                bytes32 leaf = keccak256(abi.encode(claimant, labelHash));
                if (MerkleProof.verifyCalldata(proof, root, leaf)) return (true, true);
            }
        }
        if (node == bytes32(0)) {
            node = keccak256(abi.encodePacked(role == ROLE_AGENT ? $.agentRootNode : $.clubRootNode, labelHash));
        }
        address attestor = $.attestations[_attestationKey(node, role, claimant)];
        if (attestor != address(0) && $.attestors[attestor]) return (true, false);
        return (false, false);
    }

    function _allow(address account, uint8 flag, bool on) private {
        if (account == address(0)) revert ZeroAddress();
        Layout storage $ = _layout();
        uint8 cur = $.flags[account];
        $.flags[account] = on ? cur | flag : cur & ~flag;
    }

    function _attestationKey(bytes32 node, uint8 role, address account) private pure returns (bytes32) {
        return keccak256(abi.encode(node, role, account));
    }

    function _isPaused() internal view override returns (bool) {
        return _layout().paused;
    }

    function _setPaused(bool value) internal override {
        _layout().paused = value;
    }
}
