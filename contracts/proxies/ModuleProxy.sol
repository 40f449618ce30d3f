// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";

/// @title ModuleProxy
/// @notice The ERC-1967 proxy every AGI Jobs module sits behind. Upgrades are
/// UUPS: the implementation's upgradeToAndCall, restricted to the owner.
/// `data` is the initializer call, run atomically at deployment so that nobody
/// can initialise the proxy in between.
contract ModuleProxy is ERC1967Proxy {
    constructor(address implementation, bytes memory data) payable ERC1967Proxy(implementation, data) {}
}
