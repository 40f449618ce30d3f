// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IIdentityRegistry
/// @notice Side-effect-free identity checks used by JobRegistry and ValidationModule.
interface IIdentityRegistry {
    function isAuthorizedAgent(address claimant, string calldata subdomain, bytes32[] calldata proof)
        external
        view
        returns (bool);
    function isAuthorizedValidator(address claimant, string calldata subdomain, bytes32[] calldata proof)
        external
        view
        returns (bool);
}
