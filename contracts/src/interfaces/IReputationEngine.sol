// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IReputationEngine
/// @notice Reputation updates and the blacklist, as used by other modules.
interface IReputationEngine {
    function add(address user, uint256 amount) external;
    function subtract(address user, uint256 amount) external;
    /// @notice Reputation +1 (success) or -1 for `agent` unless it is
    /// blacklisted; returns whether it is.
    function recordOutcome(address agent, bool success) external returns (bool isBanned);
}
