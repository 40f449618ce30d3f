// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IModule
/// @notice What every AGI Jobs module answers, so that wiring setters can refuse
/// an address that is not a compatible module.
interface IModule {
    /// @notice The module's interface version. Modules that speak to each other
    /// must share it.
    function version() external view returns (uint256);

    /// @notice What kind of module this is, e.g. bytes32("JobRegistry"), so
    /// that wiring setters and upgrades refuse a module of the wrong kind.
    function moduleKind() external view returns (bytes32);
}

/// @title IPausable
/// @notice The pause switch that SystemPause drives on every pausable module.
interface IPausable {
    function pause() external;
    function unpause() external;
    function paused() external view returns (bool);
}
