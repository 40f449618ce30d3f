// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IFeePool
/// @notice The hook StakeManager calls before a Platform stake changes, so that
/// fee shares accrued so far are settled at the old stake.
interface IFeePool {
    function onStakeChange(address user) external;

    /// @notice `amount` of `token` was just set aside for the pool in the
    /// StakeManager (a protocol fee or slashed stake): it is shared at once by
    /// the Platform stake held now.
    function onFee(address token, uint256 amount) external;

    /// @notice Reserves one of the pool's fee-token slots for `token` (called by
    /// JobRegistry when governance allowlists a token).
    function registerToken(address token) external;
}
