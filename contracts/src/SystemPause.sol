// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ModuleBase} from "./ModuleBase.sol";
import {IPausable} from "./interfaces/IModule.sol";

/// @title SystemPause
/// @notice One switch for every pausable module. The owner (governance) pauses
/// and unpauses; a guardian (an emergency multisig) may only pause. Each module
/// must name this contract as its pauser.
contract SystemPause is ModuleBase {
    /// @custom:storage-location erc7201:agijobs.storage.SystemPause
    struct Layout {
        address guardian;
        address[] modules;
    }

    // keccak256(abi.encode(uint256(keccak256("agijobs.storage.SystemPause")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant LAYOUT_SLOT = 0x161f72fc4674390d954b8fc218235ef9fa8926f10cc6d6c6213fb7cc91ee0c00;

    /// @notice The caller is neither the owner nor the guardian.
    error NotGuardian(address caller);
    /// @notice `module` has no pause switch; list only pausable modules.
    error NotPausable(address module);

    event ModulesUpdated(address[] modules);
    event GuardianUpdated(address guardian);
    /// @notice Every module was paused (true) or unpaused (false) by `by`.
    event SystemPaused(bool paused, address by);

    /// @notice The module kind, bytes32("SystemPause"), checked by wiring setters and upgrades.
    function moduleKind() public pure override returns (bytes32) {
        return "SystemPause";
    }

    function _layout() private pure returns (Layout storage $) {
        assembly {
            $.slot := LAYOUT_SLOT
        }
    }

    function initialize(address owner_) external initializer {
        __ModuleBase_init(owner_);
    }

    /// @notice Pauses every module not paused yet.
    function pauseAll() external {
        if (msg.sender != owner() && msg.sender != _layout().guardian) revert NotGuardian(msg.sender);
        address[] memory m = _layout().modules;
        for (uint256 i; i < m.length; ++i) {
            if (!IPausable(m[i]).paused()) IPausable(m[i]).pause();
        }
        emit SystemPaused(true, msg.sender);
    }

    /// @notice Unpauses every paused module.
    function unpauseAll() external onlyOwner {
        address[] memory m = _layout().modules;
        for (uint256 i; i < m.length; ++i) {
            if (IPausable(m[i]).paused()) IPausable(m[i]).unpause();
        }
        emit SystemPaused(false, msg.sender);
    }

    /// @notice Whether every module is paused (false when there are none).
    function allPaused() external view returns (bool) {
        address[] memory m = _layout().modules;
        if (m.length == 0) return false;
        for (uint256 i; i < m.length; ++i) {
            if (!IPausable(m[i]).paused()) return false;
        }
        return true;
    }

    function modules() external view returns (address[] memory) {
        return _layout().modules;
    }

    function guardian() external view returns (address) {
        return _layout().guardian;
    }

    /// @notice Replaces the list of modules this switch drives.
    function setModules(address[] calldata modules_) external onlyOwner {
        for (uint256 i; i < modules_.length; ++i) {
            _requirePausable(modules_[i]);
        }
        _layout().modules = modules_;
        emit ModulesUpdated(modules_);
    }

    /// @dev Reverts unless `module` is a compatible module with a pause switch.
    function _requirePausable(address module) private view {
        _requireVersion(module);
        try IPausable(module).paused() returns (bool) {}
        catch {
            revert NotPausable(module);
        }
    }

    /// @notice Sets the guardian allowed to pause (zero removes it).
    function setGuardian(address guardian_) external onlyOwner {
        _layout().guardian = guardian_;
        emit GuardianUpdated(guardian_);
    }
}
