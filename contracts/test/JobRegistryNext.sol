// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {JobRegistry} from "../src/JobRegistry.sol";

/// @title JobRegistryNext
/// @notice TEST ONLY. A compatible next implementation of JobRegistry (same
/// storage, one new view) used to prove that a UUPS upgrade keeps all state.
contract JobRegistryNext is JobRegistry {
    function upgradeMarker() external pure returns (string memory) {
        return "next";
    }
}
