// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";

/// @title AGIALPHAToken
/// @notice Development and test stand-in for the AGIALPHA token: 18 decimals,
/// burnable, mintable by the owner. On real chains the deployment names the
/// existing token instead; that is why this contract is not behind a proxy.
contract AGIALPHAToken is ERC20, ERC20Burnable, Ownable2Step {
    constructor(address owner_) ERC20("AGI ALPHA", "AGIALPHA") Ownable(owner_) {}

    /// @notice Mints `amount` to `to`.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}
