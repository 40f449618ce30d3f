// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IValidationModule
/// @notice The calls JobRegistry makes on the ValidationModule.
interface IValidationModule {
    function start(uint256 jobId) external;
    function rewardees(uint256 jobId) external view returns (address[] memory);

    /// @notice Ends the round of a Submitted job that goes to dispute, when it
    /// is stalled; returns whether it was and, when not, when it will be.
    function abort(uint256 jobId, uint256 stalledAt, uint256 grace)
        external
        returns (bool stalled, uint256 disputableAt);
}
