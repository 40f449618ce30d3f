// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

contract Registry {
    /// @notice No job has this id.
    /// @dev Job ids start at 1; read them from the JobCreated event.
    error JobNotFound(uint256 jobId);
    /**
     * @notice The job is not in the state this call needs.
     * @param state the current state
     */
    error InvalidState(uint256 jobId, uint8 state);
    error NotEmployer(address caller, address employer);
}
