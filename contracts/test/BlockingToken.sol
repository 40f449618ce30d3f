// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title BlockingToken
/// @notice TEST ONLY. A token whose issuer can block addresses, as USDC's can:
/// a transfer from or to a blocked address reverts. Its decimals are chosen
/// at deployment (6 like USDC, or 18).
contract BlockingToken is ERC20 {
    uint8 private immutable _decimals;
    mapping(address account => bool) public blocked;

    error AddressBlocked(address account);

    constructor(uint8 decimals_) ERC20("Blocking", "BLK") {
        _decimals = decimals_;
    }

    function decimals() public view override returns (uint8) {
        return _decimals;
    }

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function setBlocked(address account, bool isBlocked) external {
        blocked[account] = isBlocked;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (blocked[from]) revert AddressBlocked(from);
        if (blocked[to]) revert AddressBlocked(to);
        super._update(from, to, value);
    }
}
