// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title ICertificateNFT
/// @notice The mint JobRegistry performs when a job finalizes successfully.
interface ICertificateNFT {
    function mint(address to, uint256 jobId) external;
}
