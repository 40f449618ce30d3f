// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

enum Level { Low, High }

contract Registry {
    enum State { None, Open, Taken }

    /// @notice No job has this id.
    /// @dev Job ids start at 1; read them from the JobCreated event.
    error JobNotFound(uint256 jobId);
    /**
     * @notice The job is in `state`, which does not allow this call; see `Registry`.
     * @param state the current state
     */
    error InvalidState(uint256 jobId, State state);
    error NotEmployer(address caller, address employer);
}
