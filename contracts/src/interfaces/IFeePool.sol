// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IFeePool
/// @notice The hook StakeManager calls before a Platform stake changes, so that
/// fee shares accrued so far are settled at the old stake.
interface IFeePool {
    function onStakeChange(address user) external;
}
