// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {PausableModule} from "./PausableModule.sol";
import {IStakeManager} from "./interfaces/IStakeManager.sol";
import {IFeePool} from "./interfaces/IFeePool.sol";

/// @title StakeManager
/// @notice Holds every stake (agents, validators, platform operators, always in
/// the stake token AGIALPHA) and the escrow of every job (in any allowlisted
/// token). Stakes unbond through a request and a wait; locked stake cannot leave.
/// @dev Only JobRegistry and ValidationModule move escrow, lock, release or
/// slash stake. Slashed stake goes to the recipient JobRegistry names (the
/// employer for an agent) or to the FeePool (validators). Protocol fees and
/// slashed validator stake stay in this contract's custody on the FeePool's
/// behalf (the FeePool keeps the accounts and calls payFee), which spares
/// every settlement a token transfer. Custody, per token:
/// balance == stakes + pending withdrawals + open escrow + credits + what the
/// FeePool accounts for (claimable + to burn) + rounding dust.
///
/// Security properties (see SECURITY.md):
/// - Every change of a validator's active stake is checkpointed by block, and
///   committee draws read the stake as of a block fixed before their seed can
///   be known (validatorWeightsAt), so stake moved after a job's submission
///   never weighs in its draw.
/// - Payouts never depend on every recipient accepting a transfer: a transfer
///   that fails (a token that blocks the address, a reverting hook) becomes a
///   credit its owner withdraws later with withdrawCredit; everyone else is
///   paid at once.
/// - Pause: pausing this module stops the calls stakers make (deposit,
///   withdraw, withdrawCredit). Calls from JobRegistry and ValidationModule
///   (escrow, job stake, committee locks, slashing) are not stopped by this
///   module's pause, so that a job in progress is never left half settled;
///   SystemPause pauses those modules too.
contract StakeManager is PausableModule, ReentrancyGuardTransient, IStakeManager {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;
    using Checkpoints for Checkpoints.Trace208;

    /// @dev One slot per (user, role): the hot paths read and write it once.
    struct StakeInfo {
        uint112 amount; // active stake, counts for weights and minimums
        uint96 locked; // agent job stakes currently locked
        uint32 lockedUntil; // validator committee lock (timestamp)
        uint16 activeJobs; // agent jobs in progress
    }

    struct Withdrawal {
        uint128 amount;
        uint64 unlockAt;
    }

    /// @custom:storage-location erc7201:agijobs.storage.StakeManager
    struct Layout {
        address token;
        uint64 unbondingPeriod;
        bool paused;
        address jobRegistry;
        address validationModule;
        address feePool;
        uint256[3] totals;
        mapping(address user => mapping(uint8 role => StakeInfo)) stakes;
        mapping(address user => mapping(uint8 role => Withdrawal)) withdrawals;
        // Appended in the security release; the layout only grows.
        mapping(address user => Checkpoints.Trace208) validatorHistory; // active validator stake by block
        mapping(address token => mapping(address user => uint256)) credits; // payments that could not be sent
        // The last validatorHistory checkpoint packed (block << 208 | amount):
        // one read answers a draw whose block is not older than it.
        mapping(address user => uint256) validatorLatest;
    }

    // keccak256(abi.encode(uint256(keccak256("agijobs.storage.StakeManager")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant LAYOUT_SLOT = 0x09b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d00;

    /// @notice The role number is not 0 (Agent), 1 (Validator) or 2 (Platform).
    error InvalidRole(uint8 role);
    /// @notice A zero amount was given; pass a positive amount.
    error ZeroAmount();
    /// @notice The active, unlocked stake (`available`) is below `required`.
    error InsufficientStake(uint256 available, uint256 required);
    /// @notice Validator stake is locked by a committee until `until`.
    error StakeLocked(uint64 until);
    /// @notice There is no pending withdrawal for this role; call requestWithdraw first.
    error NoPendingWithdrawal();
    /// @notice The pending withdrawal unlocks at `unlockAt`; call finalizeWithdraw after it.
    error WithdrawalLocked(uint64 unlockAt);
    /// @notice The agent already has `active` jobs in progress, the maximum allowed.
    error TooManyActiveJobs(uint256 active);
    /// @notice The token moved a different amount than asked (fee-on-transfer
    /// tokens are not supported); remove it from the allowlist.
    error UnsupportedToken(address token);
    /// @notice Nothing is credited to the caller in this token.
    error NoCredit(address token);

    /// @notice Emitted when `user` adds stake (v2 signature).
    event StakeDeposited(address indexed user, uint8 indexed role, uint256 amount);
    /// @notice Emitted when `user` takes unbonded stake out (v2 signature).
    event StakeWithdrawn(address indexed user, uint8 indexed role, uint256 amount);
    /// @notice Emitted when `user` starts unbonding `amount` (v2 signature).
    event WithdrawRequested(address indexed user, uint8 indexed role, uint256 amount, uint64 unlockAt);
    /// @notice Emitted when stake of `user` is slashed and sent to `recipient`.
    event StakeSlashed(address indexed user, uint8 indexed role, uint256 amount, address indexed recipient);
    /// @notice Emitted when the owner changes the unbonding period.
    event UnbondingPeriodUpdated(uint256 period);
    /// @notice Emitted when the owner wires a JobRegistry.
    event JobRegistryUpdated(address jobRegistry);
    /// @notice Emitted when the owner wires a ValidationModule.
    event ValidationModuleUpdated(address validationModule);
    /// @notice Emitted when the owner wires a FeePool.
    event FeePoolUpdated(address feePool);
    /// @notice A payment to `to` failed and was credited instead; `to` takes it with withdrawCredit.
    event PaymentDeferred(address indexed token, address indexed to, uint256 amount);
    /// @notice `user` withdrew its credit.
    event CreditWithdrawn(address indexed token, address indexed user, uint256 amount);

    /// @notice The module kind, bytes32("StakeManager"), checked by wiring setters and upgrades.
    function moduleKind() public pure override returns (bytes32) {
        return "StakeManager";
    }

    function _layout() private pure returns (Layout storage $) {
        assembly {
            $.slot := LAYOUT_SLOT
        }
    }

    /// @notice Initialises the proxy: `owner_` governs, `token_` is the stake
    /// token, `unbondingPeriod_` seconds pass between a withdrawal request and
    /// its finalisation.
    function initialize(address owner_, address token_, uint256 unbondingPeriod_) external initializer {
        __ModuleBase_init(owner_);
        if (token_ == address(0)) revert ZeroAddress();
        Layout storage $ = _layout();
        $.token = token_;
        $.unbondingPeriod = unbondingPeriod_.toUint64();
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IStakeManager
    function token() external view returns (address) {
        return _layout().token;
    }

    /// @notice Seconds between requestWithdraw and the earliest finalizeWithdraw.
    function unbondingPeriod() external view returns (uint256) {
        return _layout().unbondingPeriod;
    }

    /// @inheritdoc IStakeManager
    function stakeOf(address user, uint8 role) external view returns (uint256) {
        return _layout().stakes[user][role].amount;
    }

    /// @notice Agent job stake currently locked for `user`.
    function lockedStake(address user, uint8 role) external view returns (uint256) {
        return _layout().stakes[user][role].locked;
    }

    /// @notice Full stake record of `user` in `role`.
    function stakeInfo(address user, uint8 role)
        external
        view
        returns (uint256 amount, uint256 locked, uint64 lockedUntil, uint256 activeJobs)
    {
        StakeInfo memory s = _layout().stakes[user][role];
        return (s.amount, s.locked, s.lockedUntil, s.activeJobs);
    }

    /// @notice The pending withdrawal of `user` in `role`.
    function pendingWithdrawal(address user, uint8 role) external view returns (uint256 amount, uint64 unlockAt) {
        Withdrawal memory w = _layout().withdrawals[user][role];
        return (w.amount, w.unlockAt);
    }

    /// @inheritdoc IStakeManager
    function totalStake(uint8 role) external view returns (uint256) {
        _requireRole(role);
        return _layout().totals[role];
    }

    /// @notice Wired modules.
    function jobRegistry() external view returns (address) {
        return _layout().jobRegistry;
    }

    /// @notice Wired ValidationModule.
    function validationModule() external view returns (address) {
        return _layout().validationModule;
    }

    /// @notice Wired FeePool (receives slashed validator stake).
    function feePool() external view returns (address) {
        return _layout().feePool;
    }

    /// @inheritdoc IStakeManager
    /// @dev Reads the validator stake checkpoints: the last one at or before
    /// `blockNumber` (one storage read per member when its stake did not move
    /// since, a short binary search otherwise).
    function validatorWeightsAt(address[] calldata pool, uint256 minStake, uint256 blockNumber)
        external
        view
        returns (uint256[] memory weights)
    {
        Layout storage $ = _layout();
        uint48 key = blockNumber.toUint48();
        weights = new uint256[](pool.length);
        for (uint256 i; i < pool.length; ++i) {
            uint256 latest = $.validatorLatest[pool[i]];
            uint256 a = latest >> 208 <= key ? uint208(latest) : $.validatorHistory[pool[i]].upperLookupRecent(key);
            if (a >= minStake && a != 0) weights[i] = a;
        }
    }

    /// @notice The active validator stake of `user` at the end of block `blockNumber`.
    function validatorStakeAt(address user, uint256 blockNumber) external view returns (uint256) {
        return _layout().validatorHistory[user].upperLookupRecent(blockNumber.toUint48());
    }

    /// @notice What `user` can take with withdrawCredit in `token`: payments
    /// to it that failed.
    function credits(address token_, address user) external view returns (uint256) {
        return _layout().credits[token_][user];
    }

    // ---------------------------------------------------------------- stakers

    /// @notice Adds `amount` of the stake token to the caller's stake in `role`
    /// (0 Agent, 1 Validator, 2 Platform). Approve this contract first.
    function depositStake(uint8 role, uint256 amount) external whenNotPaused nonReentrant {
        _deposit(msg.sender, msg.sender, role, amount);
    }

    /// @notice Starts unbonding `amount` of the caller's stake in `role`; it
    /// stops counting at once and can be taken out with finalizeWithdraw after
    /// the unbonding period. It stays slashable until then.
    function requestWithdraw(uint8 role, uint256 amount) external whenNotPaused nonReentrant {
        _requireRole(role);
        if (amount == 0) revert ZeroAmount();
        Layout storage $ = _layout();
        StakeInfo storage s = $.stakes[msg.sender][role];
        if (s.lockedUntil > block.timestamp) revert StakeLocked(s.lockedUntil);
        uint256 available = s.amount - s.locked;
        if (amount > available) revert InsufficientStake(available, amount);
        if (role == uint8(Role.Platform)) _notifyFeePool(msg.sender);
        s.amount -= uint112(amount);
        $.totals[role] -= amount;
        _checkpoint($, msg.sender, role, s.amount);
        Withdrawal storage w = $.withdrawals[msg.sender][role];
        uint64 unlockAt = uint64(block.timestamp) + $.unbondingPeriod;
        w.amount += amount.toUint128();
        w.unlockAt = unlockAt;
        emit WithdrawRequested(msg.sender, role, amount, unlockAt);
    }

    /// @notice Sends the caller's unbonded stake in `role` back to the caller.
    function finalizeWithdraw(uint8 role) external whenNotPaused nonReentrant {
        _requireRole(role);
        Layout storage $ = _layout();
        Withdrawal memory w = $.withdrawals[msg.sender][role];
        if (w.amount == 0) revert NoPendingWithdrawal();
        if (block.timestamp < w.unlockAt) revert WithdrawalLocked(w.unlockAt);
        uint32 lockedUntil = $.stakes[msg.sender][role].lockedUntil;
        if (lockedUntil > block.timestamp) revert StakeLocked(lockedUntil);
        delete $.withdrawals[msg.sender][role];
        IERC20($.token).safeTransfer(msg.sender, w.amount);
        emit StakeWithdrawn(msg.sender, role, w.amount);
    }

    /// @notice Sends the caller what is credited to it in `token_` (payments
    /// that failed when they were due, for example while the token blocked
    /// the caller). Reverts, keeping the credit, if the transfer still fails.
    function withdrawCredit(address token_) external whenNotPaused nonReentrant returns (uint256 amount) {
        Layout storage $ = _layout();
        amount = $.credits[token_][msg.sender];
        if (amount == 0) revert NoCredit(token_);
        $.credits[token_][msg.sender] = 0;
        IERC20(token_).safeTransfer(msg.sender, amount);
        emit CreditWithdrawn(token_, msg.sender, amount);
    }

    // ---------------------------------------------------------------- modules

    /// @inheritdoc IStakeManager
    function depositStakeFor(address user, uint8 role, uint256 amount) external {
        _onlyJobRegistry();
        _deposit(user, user, role, amount);
    }

    /// @inheritdoc IStakeManager
    function lockEscrow(address token_, address from, uint256 amount) external {
        _onlyJobRegistry();
        if (token_ == _layout().token) {
            IERC20(token_).safeTransferFrom(from, address(this), amount);
            return;
        }
        uint256 before = IERC20(token_).balanceOf(address(this));
        IERC20(token_).safeTransferFrom(from, address(this), amount);
        if (IERC20(token_).balanceOf(address(this)) - before != amount) revert UnsupportedToken(token_);
    }

    /// @inheritdoc IStakeManager
    /// @dev A transfer that fails is credited to its recipient (pull payment).
    function release(address token_, address[] calldata to, uint256[] calldata amounts) external {
        _onlyJobRegistry(); // which always passes arrays of equal length
        Layout storage $ = _layout();
        for (uint256 i; i < to.length; ++i) {
            if (amounts[i] != 0) _send($, token_, to[i], amounts[i]);
        }
    }

    /// @inheritdoc IStakeManager
    /// @dev The FeePool only pays out what it accounted for through onFee.
    function payFee(address token_, address to, uint256 amount) external {
        if (msg.sender != _layout().feePool) revert UnauthorizedCaller(msg.sender);
        if (to == address(0)) ERC20Burnable(token_).burn(amount);
        else IERC20(token_).safeTransfer(to, amount);
    }

    /// @inheritdoc IStakeManager
    function lockJobStake(address agent, uint256 amount, uint256 minStake, uint256 maxActive) external {
        _onlyJobRegistry();
        StakeInfo storage s = _layout().stakes[agent][uint8(Role.Agent)];
        StakeInfo memory m = s;
        if (m.amount < minStake) revert InsufficientStake(m.amount, minStake);
        uint256 free = m.amount - m.locked;
        if (free < amount) revert InsufficientStake(free, amount);
        if (maxActive != 0 && m.activeJobs >= maxActive) revert TooManyActiveJobs(m.activeJobs);
        s.locked = m.locked + uint96(amount);
        s.activeJobs = m.activeJobs + 1;
    }

    /// @inheritdoc IStakeManager
    function releaseJobStake(address agent, uint256 amount, address slashTo) external {
        _onlyJobRegistry();
        Layout storage $ = _layout();
        StakeInfo storage s = $.stakes[agent][uint8(Role.Agent)];
        StakeInfo memory m = s;
        s.locked = m.locked - uint96(amount);
        s.activeJobs = m.activeJobs - 1;
        if (slashTo != address(0) && amount != 0) {
            s.amount = m.amount - uint112(amount);
            $.totals[uint8(Role.Agent)] -= amount;
            _send($, $.token, slashTo, amount);
            emit StakeSlashed(agent, uint8(Role.Agent), amount, slashTo);
        }
    }

    /// @inheritdoc IStakeManager
    function lockValidators(address[] calldata members, uint64 until) external {
        Layout storage $ = _layout();
        if (msg.sender != $.validationModule) revert UnauthorizedCaller(msg.sender);
        uint32 u = uint32(until);
        for (uint256 i; i < members.length; ++i) {
            StakeInfo storage s = $.stakes[members[i]][uint8(Role.Validator)];
            if (s.lockedUntil < u) s.lockedUntil = u;
        }
    }

    /// @inheritdoc IStakeManager
    /// @dev Takes `pct` percent of the active stake plus any pending withdrawal
    /// (unbonding stake stays slashable) and sends it to the FeePool.
    function slashPct(address user, uint8 role, uint256 pct) external returns (uint256 slashed) {
        Layout storage $ = _layout();
        if (msg.sender != $.validationModule && msg.sender != $.jobRegistry) revert UnauthorizedCaller(msg.sender);
        _requireRole(role);
        _requirePct(pct);
        StakeInfo storage s = $.stakes[user][role];
        Withdrawal storage w = $.withdrawals[user][role];
        uint256 active = s.amount - s.locked;
        uint256 pending = w.amount;
        slashed = (active + pending) * pct / 100;
        if (slashed == 0) return 0;
        if (role == uint8(Role.Platform)) _notifyFeePool(user);
        uint256 fromActive = slashed <= active ? slashed : active;
        s.amount -= uint112(fromActive);
        $.totals[role] -= fromActive;
        if (fromActive != 0) _checkpoint($, user, role, s.amount);
        if (slashed > fromActive) w.amount = uint128(pending - (slashed - fromActive));
        address recipient = $.feePool;
        if (recipient == address(0)) revert ZeroAddress();
        // Kept here for the FeePool, which shares it at once by the Platform
        // stake held now (no keeper call).
        IFeePool(recipient).onFee($.token, slashed);
        emit StakeSlashed(user, role, slashed, recipient);
    }

    // ---------------------------------------------------------------- owner

    /// @notice Sets the unbonding period in seconds.
    function setUnbondingPeriod(uint256 period) external onlyOwner {
        _layout().unbondingPeriod = period.toUint64();
        emit UnbondingPeriodUpdated(period);
    }

    /// @notice Wires the JobRegistry allowed to move escrow and job stakes.
    function setJobRegistry(address module) external onlyOwner {
        _requireModule(module, "JobRegistry");
        _layout().jobRegistry = module;
        emit JobRegistryUpdated(module);
    }

    /// @notice Wires the ValidationModule allowed to lock and slash validators.
    function setValidationModule(address module) external onlyOwner {
        _requireModule(module, "ValidationModule");
        _layout().validationModule = module;
        emit ValidationModuleUpdated(module);
    }

    /// @notice Wires the FeePool that receives slashed validator stake and is
    /// told about Platform stake changes.
    function setFeePool(address module) external onlyOwner {
        _requireModule(module, "FeePool");
        _layout().feePool = module;
        emit FeePoolUpdated(module);
    }

    // ---------------------------------------------------------------- internal

    function _deposit(address user, address from, uint8 role, uint256 amount) private {
        _requireRole(role);
        if (amount == 0) revert ZeroAmount();
        Layout storage $ = _layout();
        if (role == uint8(Role.Platform)) _notifyFeePool(user);
        StakeInfo storage s = $.stakes[user][role];
        uint112 updated = (uint256(s.amount) + amount).toUint112();
        s.amount = updated;
        $.totals[role] += amount;
        _checkpoint($, user, role, updated);
        IERC20($.token).safeTransferFrom(from, address(this), amount);
        emit StakeDeposited(user, role, amount);
    }

    /// @dev Records a validator's new active stake at this block; other roles
    /// are not drawn from, so they keep no history. Every change appends a
    /// checkpoint, also a second one in the same block (lookups take the last
    /// of equal keys): Checkpoints.push would update in place instead, so a
    /// change estimated in the block of the previous one would cost a fresh
    /// slot less than it does when mined in the next block, and run out of gas.
    function _checkpoint(Layout storage $, address user, uint8 role, uint256 amount) private {
        if (role == uint8(Role.Validator)) {
            $.validatorHistory[user]._checkpoints.push(Checkpoints.Checkpoint208(uint48(block.number), uint208(amount)));
            $.validatorLatest[user] = block.number << 208 | amount;
        }
    }

    /// @dev Transfers, or credits `to` when the transfer fails, so that one
    /// recipient the token refuses never blocks the others' payments.
    function _send(Layout storage $, address token_, address to, uint256 amount) private {
        if (!IERC20(token_).trySafeTransfer(to, amount)) {
            $.credits[token_][to] += amount;
            emit PaymentDeferred(token_, to, amount);
        }
    }

    function _notifyFeePool(address user) private {
        address fp = _layout().feePool;
        if (fp != address(0)) IFeePool(fp).onStakeChange(user);
    }

    function _onlyJobRegistry() private view {
        if (msg.sender != _layout().jobRegistry) revert UnauthorizedCaller(msg.sender);
    }

    function _requireRole(uint8 role) private pure {
        if (role > uint8(Role.Platform)) revert InvalidRole(role);
    }

    function _isPaused() internal view override returns (bool) {
        return _layout().paused;
    }

    function _setPaused(bool value) internal override {
        _layout().paused = value;
    }
}
