// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC721Upgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC721/ERC721Upgradeable.sol";
import {ModuleBase} from "./ModuleBase.sol";
import {ICertificateNFT} from "./interfaces/ICertificateNFT.sol";

/// @title CertificateNFT
/// @notice An ERC-721 certificate minted to the agent of every successfully
/// finalized job; tokenId = jobId. Not pausable: minting happens only
/// inside JobRegistry's finalize, which its own pause stops.
contract CertificateNFT is ModuleBase, ERC721Upgradeable, ICertificateNFT {
    /// @custom:storage-location erc7201:agijobs.storage.CertificateNFT
    struct Layout {
        address jobRegistry;
        string baseURI;
    }

    // keccak256(abi.encode(uint256(keccak256("agijobs.storage.CertificateNFT")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant LAYOUT_SLOT = 0x030888c018e81012133f6835a435b99b68a90a7ad082cff9e6094cbbc83ac900;

    event BaseURIUpdated(string baseURI);
    event JobRegistryUpdated(address module);

    /// @notice The module kind, bytes32("CertificateNFT"), checked by wiring setters and upgrades.
    function moduleKind() public pure override returns (bytes32) {
        return "CertificateNFT";
    }

    function _layout() private pure returns (Layout storage $) {
        assembly {
            $.slot := LAYOUT_SLOT
        }
    }

    function initialize(address owner_) external initializer {
        __ModuleBase_init(owner_);
        __ERC721_init("AGI Jobs Certificate", "AGICERT");
    }

    /// @inheritdoc ICertificateNFT
    /// @dev Plain _mint, not _safeMint: a payout must never depend on the
    /// agent contract accepting the token.
    function mint(address to, uint256 jobId) external {
        if (msg.sender != _layout().jobRegistry) revert UnauthorizedCaller(msg.sender);
        _mint(to, jobId);
    }

    function jobRegistry() external view returns (address) {
        return _layout().jobRegistry;
    }

    function setBaseURI(string calldata baseURI_) external onlyOwner {
        _layout().baseURI = baseURI_;
        emit BaseURIUpdated(baseURI_);
    }

    function setJobRegistry(address module) external onlyOwner {
        _requireModule(module, "JobRegistry");
        _layout().jobRegistry = module;
        emit JobRegistryUpdated(module);
    }

    function _baseURI() internal view override returns (string memory) {
        return _layout().baseURI;
    }
}
