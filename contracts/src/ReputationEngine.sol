// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ModuleBase} from "./ModuleBase.sol";
import {IReputationEngine} from "./interfaces/IReputationEngine.sol";
import {IIdentityRegistry} from "./interfaces/IIdentityRegistry.sol";

/// @title ReputationEngine
/// @notice Reputation scores (points, never negative), the blacklist and the
/// premium threshold. Authorised callers (JobRegistry, ValidationModule) add
/// a point per successful job and take one per failure or validator penalty.
/// @dev The blacklist is governed here but stored in the IdentityRegistry,
/// next to the allowlist flags it overrides, so that identity checks need no
/// call to this contract; a copy kept here answers JobRegistry's payout check
/// inside the reputation call it makes anyway (recordOutcome). Not pausable:
/// reputation changes happen only inside the JobRegistry and ValidationModule
/// calls that their own pauses stop.
contract ReputationEngine is ModuleBase, IReputationEngine {
    /// @custom:storage-location erc7201:agijobs.storage.ReputationEngine
    struct Layout {
        uint256 premiumThreshold;
        address identityRegistry;
        mapping(address user => uint256) scores;
        mapping(address caller => bool) callers;
        // Appended in the security release; the layout only grows. A copy of
        // the blacklist (whose source of truth is the IdentityRegistry, written
        // only through setBlacklist) so that JobRegistry learns at payout, in
        // the reputation call it makes anyway, whether the agent is blacklisted.
        mapping(address user => bool) blacklisted;
    }

    // keccak256(abi.encode(uint256(keccak256("agijobs.storage.ReputationEngine")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant LAYOUT_SLOT = 0x3d2396e3f9c96ed5c28820bae001db948e2c46a3cf30637e012ecb652c2b9600;

    /// @notice `user`'s score changed by `delta` to `score`.
    event ReputationUpdated(address indexed user, int256 delta, uint256 score);
    event BlacklistUpdated(address indexed user, bool blacklisted);
    event CallerUpdated(address indexed caller, bool allowed);
    event PremiumThresholdUpdated(uint256 threshold);
    event IdentityRegistryUpdated(address module);

    /// @notice The IdentityRegistry (which stores the blacklist) is not wired.
    error IdentityRegistryNotSet();

    /// @notice The module kind, bytes32("ReputationEngine"), checked by wiring setters and upgrades.
    function moduleKind() public pure override returns (bytes32) {
        return "ReputationEngine";
    }

    function _layout() private pure returns (Layout storage $) {
        assembly {
            $.slot := LAYOUT_SLOT
        }
    }

    function initialize(address owner_) external initializer {
        __ModuleBase_init(owner_);
    }

    /// @inheritdoc IReputationEngine
    function add(address user, uint256 amount) external {
        Layout storage $ = _layout();
        if (!$.callers[msg.sender]) revert UnauthorizedCaller(msg.sender);
        uint256 score = $.scores[user] + amount;
        $.scores[user] = score;
        emit ReputationUpdated(user, int256(amount), score);
    }

    /// @inheritdoc IReputationEngine
    function subtract(address user, uint256 amount) external {
        Layout storage $ = _layout();
        if (!$.callers[msg.sender]) revert UnauthorizedCaller(msg.sender);
        uint256 cur = $.scores[user];
        uint256 score = cur > amount ? cur - amount : 0;
        $.scores[user] = score;
        emit ReputationUpdated(user, -int256(cur - score), score);
    }

    /// @notice The score of `user`.
    function reputation(address user) external view returns (uint256) {
        return _layout().scores[user];
    }

    /// @notice Whether `user` is blacklisted.
    function isBlacklisted(address user) public view returns (bool) {
        return _identity().isBlacklisted(user);
    }

    /// @notice Whether `user` is not blacklisted and at or above the premium threshold.
    function meetsThreshold(address user) external view returns (bool) {
        Layout storage $ = _layout();
        return !isBlacklisted(user) && $.scores[user] >= $.premiumThreshold;
    }

    function identityRegistry() external view returns (address) {
        return _layout().identityRegistry;
    }

    function premiumThreshold() external view returns (uint256) {
        return _layout().premiumThreshold;
    }

    function isCaller(address caller) external view returns (bool) {
        return _layout().callers[caller];
    }

    /// @notice Records the outcome of a job of `agent` (reputation +1 on
    /// success, -1 on failure) unless `agent` is blacklisted, and tells which.
    /// Only registered callers (JobRegistry).
    function recordOutcome(address agent, bool success) external returns (bool isBanned) {
        Layout storage $ = _layout();
        if (!$.callers[msg.sender]) revert UnauthorizedCaller(msg.sender);
        if ($.blacklisted[agent]) return true;
        uint256 cur = $.scores[agent];
        uint256 score = success ? cur + 1 : (cur > 0 ? cur - 1 : 0);
        $.scores[agent] = score;
        emit ReputationUpdated(agent, success ? int256(1) : -int256(cur - score), score);
    }

    /// @notice Blacklists (true) or clears (false) `user`: a blacklisted
    /// address passes no identity check, is never drawn as a validator, cannot
    /// submit results and is not paid at finalization. A replacement
    /// ReputationEngine must be given the blacklist again (its copy starts
    /// empty); the IdentityRegistry keeps the flags.
    function setBlacklist(address user, bool blacklisted) external onlyOwner {
        if (user == address(0)) revert ZeroAddress();
        _layout().blacklisted[user] = blacklisted;
        _identity().setBlacklisted(user, blacklisted);
        emit BlacklistUpdated(user, blacklisted);
    }

    /// @notice Wires the IdentityRegistry that stores the blacklist.
    function setIdentityRegistry(address module) external onlyOwner {
        _requireModule(module, "IdentityRegistry");
        _layout().identityRegistry = module;
        emit IdentityRegistryUpdated(module);
    }

    function _identity() private view returns (IIdentityRegistry ir) {
        ir = IIdentityRegistry(_layout().identityRegistry);
        if (address(ir) == address(0)) revert IdentityRegistryNotSet();
    }

    /// @notice Allows or forbids a module to change scores.
    function setCaller(address caller, bool allowed) external onlyOwner {
        if (caller == address(0)) revert ZeroAddress();
        _layout().callers[caller] = allowed;
        emit CallerUpdated(caller, allowed);
    }

    function setPremiumThreshold(uint256 threshold) external onlyOwner {
        _layout().premiumThreshold = threshold;
        emit PremiumThresholdUpdated(threshold);
    }
}
