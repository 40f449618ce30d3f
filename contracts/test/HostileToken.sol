// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title HostileToken
/// @notice TEST ONLY. An ERC-20 that, once armed, calls back into `target`
/// with `payload` during every transfer, records whether that reentrant call
/// succeeded, and carries on. Used to prove that no escrow can be drained
/// through a hostile allowlisted token.
contract HostileToken is ERC20 {
    address public target;
    bytes public payload;
    bool public armed;
    uint256 public attempts;
    uint256 public successes;

    constructor() ERC20("Hostile", "HOST") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function arm(address target_, bytes calldata payload_) external {
        target = target_;
        payload = payload_;
        armed = true;
    }

    function disarm() external {
        armed = false;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (armed && from != address(0) && to != address(0)) {
            armed = false; // one attempt per arming, so the callback cannot recurse forever
            attempts++;
            (bool ok,) = target.call(payload);
            if (ok) successes++;
        }
    }
}
