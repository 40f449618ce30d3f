// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {PausableModule} from "./PausableModule.sol";
import {IFeePool} from "./interfaces/IFeePool.sol";
import {IStakeManager} from "./interfaces/IStakeManager.sol";

/// @title FeePool
/// @notice Accounts for protocol fees and slashed validator stake and shares them
/// among Platform stakers by the stake each held when the fee arrived; claim()
/// pays a staker's share. `burnPct` of each fee is set aside and burnt by
/// anyone calling burn().
/// @dev A cumulative reward-per-stake accumulator per token, updated on every
/// fee (onFee, called by JobRegistry and StakeManager in the transaction that
/// pays the fee), so stake added after a fee earns none of it and nothing waits
/// for a keeper. The StakeManager calls onStakeChange before a Platform stake
/// changes, which settles every fee token at the old stake. When no Platform
/// stake exists, the stakers' share of a fee is burnt rather than kept for
/// whoever stakes first. The stake token is burnt; other tokens' burn share
/// goes to BURN_ADDRESS since many ERC-20s refuse transfers to zero. The
/// tokens themselves stay in the StakeManager, which pays them out on this
/// contract's instruction (payFee): a settlement moves no fee tokens.
/// Fee-token slots: at most MAX_FEE_TOKENS tokens, reserved only when
/// governance allowlists a token in JobRegistry (registerToken), which bounds
/// the cost of the stake hook; nobody else can fill them.
/// Pause: pausing stops claim, burn and distribute; onFee and onStakeChange
/// keep working so that settlements and stake changes never revert.
contract FeePool is PausableModule, ReentrancyGuardTransient, IFeePool {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

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
        // Appended in the security release; the layout only grows. `known`
        // and `accounted` above are superseded by this packed record, so that
        // a fee writes one slot that registration already made non-zero.
        mapping(address token => TokenState) tokens;
    }

    struct TokenState {
        bool known;
        uint120 accounted; // held for stakers, not yet claimed
        uint128 toBurn; // burn share set aside, not yet burnt
    }

    // keccak256(abi.encode(uint256(keccak256("agijobs.storage.FeePool")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant LAYOUT_SLOT = 0x3c1013c4ce834e78fb6ec9561d1398fc81c2613085aafa7c3823e92dc3ea7f00;

    /// @notice There is nothing new to distribute for this token.
    error NothingToDistribute(address token);
    /// @notice MAX_FEE_TOKENS tokens are already tracked; governance cannot allowlist another fee token.
    error TooManyFeeTokens();
    /// @notice Nothing is set aside for burning in this token.
    error NothingToBurn(address token);
    /// @notice Nothing is owed to the caller in this token.
    error NothingToClaim(address token);

    /// @notice `amount` arrived and was split into `burned` (set aside for
    /// burn()) and a share credited to the Platform stake held now.
    event FeesDistributed(address indexed token, uint256 amount, uint256 burned);
    /// @notice `amount` set aside for burning was burnt (or sent to BURN_ADDRESS).
    event FeesBurned(address indexed token, uint256 amount);
    /// @notice `token` took one of the MAX_FEE_TOKENS slots.
    event FeeTokenRegistered(address indexed token);
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

    /// @inheritdoc IFeePool
    /// @dev Callable by JobRegistry (fees) and StakeManager (slashed stake)
    /// only, in the transaction that paid the pool.
    function onFee(address token, uint256 amount) external {
        Layout storage $ = _layout();
        address sm = $.stakeManager;
        if (msg.sender != $.jobRegistry && msg.sender != sm) revert UnauthorizedCaller(msg.sender);
        if (amount == 0) return;
        _credit($, sm, token, amount);
    }

    /// @inheritdoc IFeePool
    function registerToken(address token) external {
        Layout storage $ = _layout();
        if (msg.sender != $.jobRegistry && msg.sender != owner()) revert UnauthorizedCaller(msg.sender);
        if ($.tokens[token].known) return;
        if ($.feeTokens.length >= MAX_FEE_TOKENS) revert TooManyFeeTokens();
        _register($, token);
    }

    /// @notice Governance shares tokens sent to this contract directly (not
    /// through a settlement) with the Platform stake held now; they move to
    /// the StakeManager's custody. Only the owner may, so that nobody can time
    /// a stray transfer's sharing.
    function distribute(address token) external onlyOwner whenNotPaused nonReentrant {
        Layout storage $ = _layout();
        uint256 amount = IERC20(token).balanceOf(address(this));
        if (amount == 0) revert NothingToDistribute(token);
        address sm = $.stakeManager;
        IERC20(token).safeTransfer(sm, amount);
        _credit($, sm, token, amount);
    }

    /// @notice Burns what was set aside for burning in `token`. Anyone may call.
    function burn(address token) external whenNotPaused nonReentrant returns (uint256 amount) {
        Layout storage $ = _layout();
        TokenState storage st = $.tokens[token];
        amount = st.toBurn;
        if (amount == 0) revert NothingToBurn(token);
        st.toBurn = 0;
        IStakeManager sm = IStakeManager($.stakeManager);
        sm.payFee(token, token == sm.token() ? address(0) : BURN_ADDRESS, amount);
        emit FeesBurned(token, amount);
    }

    /// @notice Pays the caller's share of the fees in `token`.
    function claim(address token) external whenNotPaused nonReentrant returns (uint256 amount) {
        Layout storage $ = _layout();
        _settle($, token, msg.sender, IStakeManager($.stakeManager).stakeOf(msg.sender, PLATFORM));
        amount = $.owed[token][msg.sender];
        if (amount == 0) revert NothingToClaim(token);
        $.owed[token][msg.sender] = 0;
        $.tokens[token].accounted -= amount.toUint120();
        IStakeManager($.stakeManager).payFee(token, msg.sender, amount);
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
        return _layout().tokens[token].accounted;
    }

    /// @notice Tokens set aside for burning and not yet burnt.
    function burnable(address token) external view returns (uint256) {
        return _layout().tokens[token].toBurn;
    }

    /// @notice Cumulative fee per unit of Platform stake in `token`, scaled by 1e18.
    function rewardPerStake(address token) external view returns (uint256) {
        return _layout().perShare[token];
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

    /// @notice Wires the StakeManager; the stake token (which slashed stake
    /// arrives in) takes a fee-token slot.
    function setStakeManager(address module) external onlyOwner {
        _requireModule(module, "StakeManager");
        Layout storage $ = _layout();
        $.stakeManager = module;
        emit StakeManagerUpdated(module);
        address stakeToken = IStakeManager(module).token();
        if (!$.tokens[stakeToken].known) {
            if ($.feeTokens.length >= MAX_FEE_TOKENS) revert TooManyFeeTokens();
            _register($, stakeToken);
        }
    }

    function setJobRegistry(address module) external onlyOwner {
        _requireModule(module, "JobRegistry");
        _layout().jobRegistry = module;
        emit JobRegistryUpdated(module);
    }

    /// @dev Splits `amount` into the burn share and a credit to every unit of
    /// Platform stake held now. Rounding: the per-stake increment rounds down
    /// and what is accounted rounds up (a staker's claim rounds down once over
    /// all the fees it spans, so the sum of the claims can exceed the sum of the
    /// per-fee credits rounded down by one unit per fee); the remaining dust
    /// stays unaccounted, for governance's distribute.
    function _credit(Layout storage $, address sm, address token, uint256 amount) private {
        TokenState memory st = $.tokens[token];
        if (!st.known) {
            _register($, token);
            st.known = true;
        }
        uint256 total = IStakeManager(sm).totalStake(PLATFORM);
        uint256 burned = total == 0 ? amount : amount * $.burnPct / 100;
        uint256 shared = amount - burned;
        if (shared != 0) {
            uint256 inc = shared * PRECISION / total;
            $.perShare[token] += inc;
            st.accounted = (st.accounted + (inc * total + PRECISION - 1) / PRECISION).toUint120();
        }
        st.toBurn = (st.toBurn + burned).toUint128();
        $.tokens[token] = st;
        emit FeesDistributed(token, amount, burned);
    }

    /// @dev Fee tokens come only from governance's allowlist and the stake
    /// token, so the list is bounded by governance (registerToken enforces the
    /// cap when a token is allowlisted); a fee never reverts for lack of a slot.
    function _register(Layout storage $, address token) private {
        $.tokens[token].known = true;
        $.feeTokens.push(token);
        emit FeeTokenRegistered(token);
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
