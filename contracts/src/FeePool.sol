// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {PausableModule} from "./PausableModule.sol";
import {IFeePool} from "./interfaces/IFeePool.sol";
import {IStakeManager} from "./interfaces/IStakeManager.sol";
import {IJobRegistry} from "./interfaces/IJobRegistry.sol";

/// @title FeePool
/// @notice Receives protocol fees and slashed validator stake. distribute()
/// burns `burnPct` of what arrived since the last call and shares the rest
/// among Platform stakers pro rata to their stake, per token; claim() pays a
/// staker's share.
/// @dev Classic reward-per-share accounting. The StakeManager calls
/// onStakeChange before a Platform stake changes, which settles every fee token
/// at the old stake. The stake token is burnt; other tokens' burn share goes
/// to BURN_ADDRESS since many ERC-20s refuse transfers to zero. Only tokens on
/// the JobRegistry allowlist are distributed, at most MAX_FEE_TOKENS of them,
/// which bounds the cost of the stake hook.
contract FeePool is PausableModule, ReentrancyGuardTransient, IFeePool {
    using SafeERC20 for IERC20;

    uint256 public constant MAX_FEE_TOKENS = 16;
    address public constant BURN_ADDRESS = 0x000000000000000000000000000000000000dEaD;
    uint256 private constant PRECISION = 1e18;
    uint8 private constant PLATFORM = uint8(IStakeManager.Role.Platform);

    /// @custom:storage-location erc7201:agijobs.storage.FeePool
    struct Layout {
        address stakeManager;
        uint8 burnPct;
        bool paused;
        address jobRegistry;
        address[] feeTokens;
        mapping(address token => bool) known;
        mapping(address token => uint256) accounted; // held for stakers, not yet claimed
        mapping(address token => uint256) perShare; // cumulative, scaled by PRECISION
        mapping(address token => mapping(address user => uint256)) paidPerShare;
        mapping(address token => mapping(address user => uint256)) owed;
    }

    // keccak256(abi.encode(uint256(keccak256("agijobs.storage.FeePool")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant LAYOUT_SLOT = 0x3c1013c4ce834e78fb6ec9561d1398fc81c2613085aafa7c3823e92dc3ea7f00;

    /// @notice There is nothing new to distribute for this token.
    error NothingToDistribute(address token);
    /// @notice No Platform stake exists to share fees with; fees wait until someone stakes.
    error NoPlatformStake();
    /// @notice The token is not on the JobRegistry allowlist.
    error TokenNotAllowed(address token);
    /// @notice MAX_FEE_TOKENS tokens are already tracked.
    error TooManyFeeTokens();
    /// @notice Nothing is owed to the caller in this token.
    error NothingToClaim(address token);

    /// @notice `amount` arrived and was split into `burned` and a share for stakers.
    event FeesDistributed(address indexed token, uint256 amount, uint256 burned);
    event FeesClaimed(address indexed user, address indexed token, uint256 amount);
    event BurnPctUpdated(uint256 pct);
    event StakeManagerUpdated(address module);
    event JobRegistryUpdated(address module);

    /// @notice The module kind, bytes32("FeePool"), checked by wiring setters and upgrades.
    function moduleKind() public pure override returns (bytes32) {
        return "FeePool";
    }

    function _layout() private pure returns (Layout storage $) {
        assembly {
            $.slot := LAYOUT_SLOT
        }
    }

    /// @notice Initialises the proxy; default burn share 0%.
    function initialize(address owner_) external initializer {
        __ModuleBase_init(owner_);
    }

    /// @notice Burns the burn share of the fees that arrived in `token` since
    /// the last call and credits the rest to Platform stakers. Anyone may call.
    function distribute(address token) external whenNotPaused nonReentrant {
        Layout storage $ = _layout();
        if (!IJobRegistry($.jobRegistry).isTokenAllowed(token)) revert TokenNotAllowed(token);
        uint256 amount = IERC20(token).balanceOf(address(this)) - $.accounted[token];
        if (amount == 0) revert NothingToDistribute(token);
        IStakeManager sm = IStakeManager($.stakeManager);
        uint256 total = sm.totalStake(PLATFORM);
        if (total == 0) revert NoPlatformStake();
        if (!$.known[token]) {
            if ($.feeTokens.length >= MAX_FEE_TOKENS) revert TooManyFeeTokens();
            $.known[token] = true;
            $.feeTokens.push(token);
        }
        uint256 burned = amount * $.burnPct / 100;
        uint256 shared = amount - burned;
        uint256 inc = shared * PRECISION / total;
        $.perShare[token] += inc;
        // Rounded up: a staker's claim rounds down once over all the
        // distributions it spans, so the sum of the claims can exceed the sum
        // of the per-distribution credits rounded down, by up to one unit per
        // distribution; rounding up keeps what is accounted above what can be
        // claimed. Rounding dust of `shared` stays unaccounted and is
        // distributed next time.
        $.accounted[token] += (inc * total + PRECISION - 1) / PRECISION;
        if (burned != 0) {
            if (token == sm.token()) ERC20Burnable(token).burn(burned);
            else IERC20(token).safeTransfer(BURN_ADDRESS, burned);
        }
        emit FeesDistributed(token, amount, burned);
    }

    /// @notice Pays the caller's share of the fees in `token`.
    function claim(address token) external whenNotPaused nonReentrant returns (uint256 amount) {
        Layout storage $ = _layout();
        _settle($, token, msg.sender, IStakeManager($.stakeManager).stakeOf(msg.sender, PLATFORM));
        amount = $.owed[token][msg.sender];
        if (amount == 0) revert NothingToClaim(token);
        $.owed[token][msg.sender] = 0;
        $.accounted[token] -= amount;
        IERC20(token).safeTransfer(msg.sender, amount);
        emit FeesClaimed(msg.sender, token, amount);
    }

    /// @inheritdoc IFeePool
    function onStakeChange(address user) external {
        Layout storage $ = _layout();
        address sm = $.stakeManager;
        if (msg.sender != sm) revert UnauthorizedCaller(msg.sender);
        uint256 stake = IStakeManager(sm).stakeOf(user, PLATFORM);
        uint256 n = $.feeTokens.length;
        for (uint256 i; i < n; ++i) {
            _settle($, $.feeTokens[i], user, stake);
        }
    }

    /// @notice What `user` can claim in `token` right now.
    function pending(address token, address user) external view returns (uint256) {
        Layout storage $ = _layout();
        uint256 stake = IStakeManager($.stakeManager).stakeOf(user, PLATFORM);
        return $.owed[token][user] + stake * ($.perShare[token] - $.paidPerShare[token][user]) / PRECISION;
    }

    /// @notice Tokens held for stakers and not yet claimed.
    function accounted(address token) external view returns (uint256) {
        return _layout().accounted[token];
    }

    function feeTokens() external view returns (address[] memory) {
        return _layout().feeTokens;
    }

    function burnPct() external view returns (uint256) {
        return _layout().burnPct;
    }

    function stakeManager() external view returns (address) {
        return _layout().stakeManager;
    }

    function jobRegistry() external view returns (address) {
        return _layout().jobRegistry;
    }

    /// @notice Sets the share (0..100 %) of each distribution that is burnt.
    function setBurnPct(uint256 pct) external onlyOwner {
        _requirePct(pct);
        _layout().burnPct = uint8(pct);
        emit BurnPctUpdated(pct);
    }

    function setStakeManager(address module) external onlyOwner {
        _requireModule(module, "StakeManager");
        _layout().stakeManager = module;
        emit StakeManagerUpdated(module);
    }

    function setJobRegistry(address module) external onlyOwner {
        _requireModule(module, "JobRegistry");
        _layout().jobRegistry = module;
        emit JobRegistryUpdated(module);
    }

    function _settle(Layout storage $, address token, address user, uint256 stake) private {
        uint256 ps = $.perShare[token];
        uint256 paid = $.paidPerShare[token][user];
        if (ps == paid) return;
        $.owed[token][user] += stake * (ps - paid) / PRECISION;
        $.paidPerShare[token][user] = ps;
    }

    function _isPaused() internal view override returns (bool) {
        return _layout().paused;
    }

    function _setPaused(bool value) internal override {
        _layout().paused = value;
    }
}
