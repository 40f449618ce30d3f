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
    function isBlacklisted(address account) external view returns (bool);
    function screenValidators(address[] calldata candidates)
        external
        view
        returns (uint256 blacklisted, uint256 allowlisted, uint32 epoch);
    function blacklistEpoch() external view returns (uint32);
    function setBlacklisted(address account, bool blacklisted) external;
}
