// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PausableModule} from "./PausableModule.sol";
import {IDisputeModule} from "./interfaces/IDisputeModule.sol";
import {IJobRegistry} from "./interfaces/IJobRegistry.sol";

/// @title DisputeModule
/// @notice Records disputes raised through JobRegistry, collects evidence from
/// the parties, and lets moderators or governance resolve a Disputed job.
/// Pause: pausing stops evidence and resolutions; JobRegistry's raise is not
/// stopped, so a dispute is always recorded when JobRegistry accepts it.
contract DisputeModule is PausableModule, IDisputeModule {
    struct Dispute {
        address claimant;
        uint64 raisedAt;
        bytes32 evidenceHash;
    }

    /// @custom:storage-location erc7201:agijobs.storage.DisputeModule
    struct Layout {
        address jobRegistry;
        bool paused;
        mapping(address moderator => bool) moderators;
        mapping(uint256 jobId => Dispute) disputes;
    }

    // keccak256(abi.encode(uint256(keccak256("agijobs.storage.DisputeModule")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant LAYOUT_SLOT = 0xacf454587ced8ff487f886a618ed0236027ae3da67f204db88e3628a20d7bb00;

    /// @notice The caller is neither a moderator nor the owner.
    error NotModerator(address caller);
    /// @notice Only the job's employer or agent may submit evidence.
    error NotParty(address caller);

    event DisputeRaised(uint256 indexed jobId, address indexed claimant, bytes32 evidenceHash, string reason);
    event EvidenceSubmitted(uint256 indexed jobId, address indexed party, bytes32 evidenceHash, string uri);
    /// @notice `moderator` decided the dispute on `jobId`.
    event DisputeDecided(uint256 indexed jobId, address indexed moderator, bool employerWins);
    event ModeratorUpdated(address indexed moderator, bool allowed);
    event JobRegistryUpdated(address module);

    /// @notice The module kind, bytes32("DisputeModule"), checked by wiring setters and upgrades.
    function moduleKind() public pure override returns (bytes32) {
        return "DisputeModule";
    }

    function _layout() private pure returns (Layout storage $) {
        assembly {
            $.slot := LAYOUT_SLOT
        }
    }

    function initialize(address owner_) external initializer {
        __ModuleBase_init(owner_);
    }

    /// @inheritdoc IDisputeModule
    function raise(uint256 jobId, address claimant, bytes32 evidenceHash, string calldata reason) external {
        Layout storage $ = _layout();
        if (msg.sender != $.jobRegistry) revert UnauthorizedCaller(msg.sender);
        $.disputes[jobId] = Dispute(claimant, uint64(block.timestamp), evidenceHash);
        emit DisputeRaised(jobId, claimant, evidenceHash, reason);
    }

    /// @notice The employer or the agent of `jobId` adds evidence.
    function submitEvidence(uint256 jobId, bytes32 evidenceHash, string calldata uri) external whenNotPaused {
        (address employer, address agent) = IJobRegistry(_layout().jobRegistry).jobParties(jobId);
        if (msg.sender != employer && msg.sender != agent) revert NotParty(msg.sender);
        emit EvidenceSubmitted(jobId, msg.sender, evidenceHash, uri);
    }

    /// @notice A moderator or governance resolves the dispute on `jobId`:
    /// the job becomes Completed with success = !employerWins.
    function resolve(uint256 jobId, bool employerWins) external whenNotPaused {
        Layout storage $ = _layout();
        if (!$.moderators[msg.sender] && msg.sender != owner()) revert NotModerator(msg.sender);
        IJobRegistry($.jobRegistry).resolveDispute(jobId, employerWins);
        emit DisputeDecided(jobId, msg.sender, employerWins);
    }

    /// @notice The dispute raised on `jobId`, if any.
    function disputes(uint256 jobId) external view returns (address claimant, uint64 raisedAt, bytes32 evidenceHash) {
        Dispute memory d = _layout().disputes[jobId];
        return (d.claimant, d.raisedAt, d.evidenceHash);
    }

    function isModerator(address account) external view returns (bool) {
        return _layout().moderators[account];
    }

    function jobRegistry() external view returns (address) {
        return _layout().jobRegistry;
    }

    function setModerator(address moderator, bool allowed) external onlyOwner {
        if (moderator == address(0)) revert ZeroAddress();
        _layout().moderators[moderator] = allowed;
        emit ModeratorUpdated(moderator, allowed);
    }

    function setJobRegistry(address module) external onlyOwner {
        _requireModule(module, "JobRegistry");
        _layout().jobRegistry = module;
        emit JobRegistryUpdated(module);
    }

    function _isPaused() internal view override returns (bool) {
        return _layout().paused;
    }

    function _setPaused(bool value) internal override {
        _layout().paused = value;
    }
}
