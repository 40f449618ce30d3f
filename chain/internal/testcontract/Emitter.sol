// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// Emitter is a test contract for the client package: events shaped like
/// JobRegistry.JobCreated, and every kind of revert.
contract Emitter {
    event Ping(uint256 indexed id, address indexed employer, address indexed agent, uint256 reward, uint256 stake, uint256 fee, bytes32 specHash, string uri);

    error NotAllowed(address caller, uint256 code);

    uint256 public count;

    function ping(uint256 n, string calldata uri) external {
        uint256 c = count;
        for (uint256 i = 0; i < n; i++) {
            c++;
            emit Ping(c, msg.sender, address(0), i, 0, 0, bytes32(c), uri);
        }
        count = c;
    }

    function failCustom(uint256 code) external view {
        revert NotAllowed(msg.sender, code);
    }

    function failString() external pure {
        revert("nope");
    }

    function failPanic(uint256 a) external pure returns (uint256) {
        return 1 / a;
    }

    /// failAfter reverts once count >= limit: it estimates fine while earlier
    /// pings are still pending, and reverts when mined.
    function failAfter(uint256 limit) external {
        if (count >= limit) revert NotAllowed(msg.sender, count);
        count++;
    }
}
