// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IModule
/// @notice What every AGI Jobs module answers, so that wiring setters can refuse
/// an address that is not a compatible module.
interface IModule {
    /// @notice The module's interface version. Modules that speak to each other
    /// must share it.
    function version() external view returns (uint256);
}

/// @title IPausable
/// @notice The pause switch that SystemPause drives on every pausable module.
interface IPausable {
    function pause() external;
    function unpause() external;
    function paused() external view returns (bool);
}
