// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IDisputeModule
/// @notice The call JobRegistry makes when a party raises a dispute.
interface IDisputeModule {
    function raise(uint256 jobId, address claimant, bytes32 evidenceHash, string calldata reason) external;
}
