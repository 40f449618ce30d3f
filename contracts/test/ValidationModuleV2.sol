// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ValidationModule} from "../src/ValidationModule.sol";

/// @title ValidationModuleV2
/// @notice TEST ONLY. A later release of ValidationModule that answers
/// version() == 2, used to prove that upgrades and wiring accept newer versions.
contract ValidationModuleV2 is ValidationModule {
    function version() external pure override returns (uint256) {
        return 2;
    }
}
