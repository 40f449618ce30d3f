// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IValidationModule
/// @notice The calls JobRegistry makes on the ValidationModule.
interface IValidationModule {
    function start(uint256 jobId) external;
    function rewardees(uint256 jobId) external view returns (address[] memory);
}
