// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IStakeManager
/// @notice The calls other modules make on the StakeManager, which holds every
/// stake and every job's escrow.
interface IStakeManager {
    /// @notice Stake roles, as uint8 on the wire (v2 compatible).
    enum Role {
        Agent,
        Validator,
        Platform
    }

    function token() external view returns (address);
    function stakeOf(address user, uint8 role) external view returns (uint256);
    function totalStake(uint8 role) external view returns (uint256);

    function lockEscrow(address token, address from, uint256 amount) external;
    function release(address token, address[] calldata to, uint256[] calldata amounts) external;
    function depositStakeFor(address user, uint8 role, uint256 amount) external;
    function lockJobStake(address agent, uint256 amount, uint256 minStake, uint256 maxActive) external;
    function releaseJobStake(address agent, uint256 amount, address slashTo) external;
    /// @notice Draw weights of `pool`: each member's active validator stake at
    /// the end of block `blockNumber`, or zero when below `minStake`.
    function validatorWeightsAt(address[] calldata pool, uint256 minStake, uint256 blockNumber)
        external
        view
        returns (uint256[] memory weights);
    function lockValidators(address[] calldata members, uint64 until) external;
    function slashPct(address user, uint8 role, uint256 pct) external returns (uint256 slashed);
    function withdrawCredit(address token) external returns (uint256 amount);
    /// @notice Pays `amount` of the fees held for the FeePool to `to`; a zero
    /// `to` burns them (stake token). FeePool only.
    function payFee(address token, address to, uint256 amount) external;
}
