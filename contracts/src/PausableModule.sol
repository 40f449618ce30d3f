// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ModuleBase} from "./ModuleBase.sol";
import {IPausable} from "./interfaces/IModule.sol";

/// @title PausableModule
/// @notice A module with a pause switch that its owner or its pauser (the
/// SystemPause contract) can flip.
/// @dev The paused flag is stored by the concrete module, packed into a slot it
/// reads on every call anyway, so that the check costs no extra storage read.
abstract contract PausableModule is ModuleBase, IPausable {
    /// @custom:storage-location erc7201:agijobs.storage.ModuleBase
    struct PauserStorage {
        address pauser;
    }

    // keccak256(abi.encode(uint256(keccak256("agijobs.storage.ModuleBase")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant PAUSER_SLOT = 0x33de1f0c4f4256b6890ee08852692b1b51f528581c66e7191d8a9095c76e2200;

    /// @notice The caller is neither the owner nor the pauser.
    error NotPauser(address caller);
    /// @notice The module is paused; wait for governance to unpause it.
    error EnforcedPause();
    /// @notice The module is not paused.
    error ExpectedPause();

    /// @notice Emitted when `account` pauses the module.
    event Paused(address account);
    /// @notice Emitted when `account` unpauses the module.
    event Unpaused(address account);
    /// @notice Emitted when the owner sets the pauser.
    event PauserUpdated(address pauser);

    function _pauserStorage() private pure returns (PauserStorage storage $) {
        assembly {
            $.slot := PAUSER_SLOT
        }
    }

    modifier whenNotPaused() {
        if (_isPaused()) revert EnforcedPause();
        _;
    }

    modifier onlyPauser() {
        if (msg.sender != owner() && msg.sender != _pauserStorage().pauser) revert NotPauser(msg.sender);
        _;
    }

    /// @notice The account (besides the owner) allowed to pause and unpause.
    function pauser() external view returns (address) {
        return _pauserStorage().pauser;
    }

    /// @notice Sets the account allowed to pause and unpause besides the owner
    /// (normally the SystemPause contract). Zero removes it.
    function setPauser(address pauser_) external onlyOwner {
        _pauserStorage().pauser = pauser_;
        emit PauserUpdated(pauser_);
    }

    /// @inheritdoc IPausable
    function pause() external onlyPauser {
        if (_isPaused()) revert EnforcedPause();
        _setPaused(true);
        emit Paused(msg.sender);
    }

    /// @inheritdoc IPausable
    function unpause() external onlyPauser {
        if (!_isPaused()) revert ExpectedPause();
        _setPaused(false);
        emit Unpaused(msg.sender);
    }

    /// @inheritdoc IPausable
    function paused() external view returns (bool) {
        return _isPaused();
    }

    function _isPaused() internal view virtual returns (bool);
    function _setPaused(bool value) internal virtual;
}
