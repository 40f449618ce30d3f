// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IJobRegistry
/// @notice The job lifecycle, v2 compatible, as seen by other modules and clients.
interface IJobRegistry {
    /// @notice Job states, numbered as in AGI Jobs v2 (0..7).
    enum State {
        None,
        Created,
        Applied,
        Submitted,
        Completed,
        Disputed,
        Finalized,
        Cancelled
    }

    /// @notice A job as returned by getJob. Storage is packed tighter; this view
    /// widens every field.
    struct Job {
        address employer;
        address agent;
        address token;
        uint256 reward;
        uint256 fee;
        uint256 stake;
        uint64 deadline;
        uint64 assignedAt;
        uint64 completedAt;
        State state;
        bool success;
        bytes32 specHash;
        bytes32 resultHash;
        bytes32 uriHash;
    }

    function getJob(uint256 jobId) external view returns (Job memory);
    function jobParties(uint256 jobId) external view returns (address employer, address agent);
    function jobSpecHash(uint256 jobId) external view returns (bytes32);
    function isTokenAllowed(address token) external view returns (bool);
    function onValidationResult(uint256 jobId, bool success) external;
    function resolveDispute(uint256 jobId, bool employerWins) external;
}
