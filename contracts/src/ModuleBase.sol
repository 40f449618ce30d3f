// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Initializable} from "@openzeppelin/contracts-upgradeable/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {Ownable2StepUpgradeable} from "@openzeppelin/contracts-upgradeable/access/Ownable2StepUpgradeable.sol";
import {IModule} from "./interfaces/IModule.sol";

/// @title ModuleBase
/// @notice What every AGI Jobs module shares: UUPS upgrades behind an ERC-1967
/// proxy, two-step ownership by governance, a version, and checked wiring.
/// @dev Implementations are never initialised themselves (the constructor
/// disables it); only proxies are. Ownership cannot be renounced, because a
/// module without an owner could never be upgraded, unpaused or re-wired.
abstract contract ModuleBase is Initializable, UUPSUpgradeable, Ownable2StepUpgradeable, IModule {
    /// @notice The interface version every module of this release answers.
    uint256 public constant MODULE_VERSION = 1;

    /// @notice The zero address was given where a contract or account is required.
    error ZeroAddress();
    /// @notice `module` is not a contract that answers a version() of at least `expected`.
    error IncompatibleModule(address module, uint256 version, uint256 expected);
    /// @notice Renouncing ownership is disabled; transfer it to governance instead.
    error RenounceDisabled();
    /// @notice The caller is not the module allowed to make this call.
    error UnauthorizedCaller(address caller);
    /// @notice A percentage above 100 was given.
    error InvalidPercentage(uint256 pct);
    /// @notice The address is a module of another kind than this setter or
    /// upgrade needs; check the address against the deployment manifest.
    error WrongModuleKind(address module, bytes32 kind, bytes32 expected);

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    // solhint-disable-next-line func-name-mixedcase
    function __ModuleBase_init(address owner_) internal onlyInitializing {
        if (owner_ == address(0)) revert ZeroAddress();
        __Ownable_init(owner_);
    }

    /// @inheritdoc IModule
    function version() external pure virtual returns (uint256) {
        return MODULE_VERSION;
    }

    /// @inheritdoc IModule
    function moduleKind() public pure virtual returns (bytes32);

    /// @notice Disabled: see the contract documentation.
    function renounceOwnership() public view override onlyOwner {
        revert RenounceDisabled();
    }

    /// @dev Only the owner upgrades, and only to an implementation of the same
    /// kind answering this release's version or a newer one, so that a
    /// mistyped address cannot brick the proxy while later releases can still
    /// be installed.
    function _authorizeUpgrade(address newImplementation) internal view override onlyOwner {
        _requireModule(newImplementation, moduleKind());
    }

    /// @dev Reverts unless `module` is a contract answering at least this
    /// release's version and the module kind `kind`.
    function _requireModule(address module, bytes32 kind) internal view {
        _requireVersion(module);
        try IModule(module).moduleKind() returns (bytes32 k) {
            if (k != kind) revert WrongModuleKind(module, k, kind);
        } catch {
            revert WrongModuleKind(module, bytes32(0), kind);
        }
    }

    /// @dev Reverts unless `module` is a contract answering a version of at
    /// least MODULE_VERSION: later releases are required to keep the calls
    /// that this one makes, so a newer module can be wired and upgraded to.
    function _requireVersion(address module) internal view {
        if (module == address(0)) revert ZeroAddress();
        if (module.code.length == 0) revert IncompatibleModule(module, 0, MODULE_VERSION);
        try IModule(module).version() returns (uint256 v) {
            if (v < MODULE_VERSION) revert IncompatibleModule(module, v, MODULE_VERSION);
        } catch {
            revert IncompatibleModule(module, 0, MODULE_VERSION);
        }
    }

    function _requirePct(uint256 pct) internal pure {
        if (pct > 100) revert InvalidPercentage(pct);
    }
}
