// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package stakemanager

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// StakeManagerMetaData contains all meta data concerning the StakeManager contract.
var StakeManagerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"IncompatibleModule\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"InvalidPercentage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"InvalidRole\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoPendingWithdrawal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPauser\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RenounceDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"active\",\"type\":\"uint256\"}],\"name\":\"TooManyActiveJobs\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"UnauthorizedCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"UnsupportedToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalLocked\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"feePool\",\"type\":\"address\"}],\"name\":\"FeePoolUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"jobRegistry\",\"type\":\"address\"}],\"name\":\"JobRegistryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"pauser\",\"type\":\"address\"}],\"name\":\"PauserUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"StakeSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"period\",\"type\":\"uint256\"}],\"name\":\"UnbondingPeriodUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"validationModule\",\"type\":\"address\"}],\"name\":\"ValidationModuleUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawRequested\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MODULE_VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositStakeFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feePool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"finalizeWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"unbondingPeriod_\",\"type\":\"uint256\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"lockEscrow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxActive\",\"type\":\"uint256\"}],\"name\":\"lockJobStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"name\":\"lockValidators\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"lockedStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauser\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"pendingWithdrawal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"slashTo\",\"type\":\"address\"}],\"name\":\"releaseJobStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setFeePool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setJobRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pauser_\",\"type\":\"address\"}],\"name\":\"setPauser\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"period\",\"type\":\"uint256\"}],\"name\":\"setUnbondingPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setValidationModule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"slashPct\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"stakeInfo\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"activeJobs\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"totalStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingPeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validationModule\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"pool\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"validatorWeights\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"weights\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "StakeManager",
	Bin: "0x60a080604052346100c257306080525f5160206126f05f395f51905f525460ff8160401c166100b3576002600160401b03196001600160401b03821601610060575b60405161262990816100c7823960805181818161112101526111fb0152f35b6001600160401b0319166001600160401b039081175f5160206126f05f395f51905f525581527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d290602090a15f80610041565b63f92ee8a960e01b5f5260045ffd5b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c8062dc34c11461198557806303a192bf146118a45780630b98ad0e14611829578063114eaf55146117a15780631794bb3c146115e457806319db22281461156357806323682c471461152f5780632528fe1e146114e75780632d88af4a1461146f578063303d0c6b146114585780633f4ba83a146113945780634f1ef2861461117557806352d1902d1461110f57806352f514f914610f9357806354fd4d5014610d6157806357b6416c14610f125780635c975abb14610ee15780636cf6d67514610eac578063715018a614610e8557806376e334f914610e4a57806379ba509714610dfe57806380b112bd14610d7c57806381ed980814610d615780638456cb5914610c945780638afdff4814610b665780638b2ad260146109ab5780638c795b9c146109775780638da5cb5b146109435780639fd0506d1461090f578063a53499ee146108ed578063aacc6fcf1461081b578063ad3cb1cc146107bd578063ad9159fd14610772578063ae2e933b1461073e578063c1159d5c146106e3578063e30c3978146106af578063e4d02b611461068e578063ebe16d2a1461042b578063f2fde38b146103a7578063f8c450c9146102135763fc0c546a146101db575f80fd5b3461020f575f36600319011261020f575f5160206124e95f395f51905f52546040516001600160a01b039091168152602090f35b5f80fd5b3461020f57602036600319011261020f5761022c611a5c565b60ff5f5160206124e95f395f51905f525460e01c166103985761024d612391565b6102568161219f565b61025f33611b72565b60ff82165f5260205260405f206040519061027982611aa6565b546001600160801b0381168083526001600160401b03602084019260801c16825215610389576001600160401b0390511680421061037757506102bb33611b3a565b60ff83165f5260205263ffffffff60405f205460d01c1642811161036557506001600160801b0360ff916102ee33611b72565b8385165f526020525f604081205561032260018060a01b035f5160206124e95f395f51905f5254168383511690339061222a565b51169160405192835216907fb2b0c01dad6a2067fabbca7212261c363c9a7b141055c7c0732617f9659805ba60203392a35f5f5160206125c95f395f51905f525d005b631a28814f60e21b5f5260045260245ffd5b63aaf9401160e01b5f5260045260245ffd5b639121b84f60e01b5f5260045ffd5b63d93c066560e01b5f5260045ffd5b3461020f57602036600319011261020f576103c0611a06565b6103c8611fcd565b5f5160206126095f395f51905f5280546001600160a01b0319166001600160a01b039283169081179091555f5160206125295f395f51905f52549091167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227005f80a3005b3461020f57604036600319011261020f57610444611a5c565b60243560ff5f5160206124e95f395f51905f525460e01c1661039857610468612391565b6104718261219f565b801561067f5761048033611b3a565b60ff83165f5260205260405f2091825463ffffffff8160d01c1642811161036557506104c3816001600160701b036001600160601b03819460701c169116611d45565b16808311610668575061050d8160ff6105339316946002861461065a575b6001600160701b036104f881871682845416611d45565b166001600160701b0319825416179055611d65565b61051d8483548360031b1c611baa565b82545f1960039390931b92831b1916911b179055565b61053c33611b72565b825f5260205260405f206001600160401b035f5160206124e95f395f51905f525460a01c166001600160401b034216016001600160401b03811161062e576001600160801b038311610642576001600160801b0383166001600160801b0383541601906001600160801b03821161062e5782546001600160c01b0319166001600160801b039290921691909117608082901b67ffffffffffffffff60801b1617909155604080519283526001600160401b03909116602083015233917f69b8a82093359029cce5daa8f98677ff13886213d71c9848b476c30e150712299190a35f5f5160206125c95f395f51905f525d005b634e487b7160e01b5f52601160045260245ffd5b826306dfcc6560e41b5f52608060045260245260445ffd5b610663336123c6565b6104e1565b90506322df051360e11b5f5260045260245260445ffd5b631f2a200560e01b5f5260045ffd5b3461020f5760206106a76106a136611ae2565b91611db9565b604051908152f35b3461020f575f36600319011261020f575f5160206126095f395f51905f52546040516001600160a01b039091168152602090f35b3461020f57604036600319011261020f576106fc611a5c565b60ff5f5160206124e95f395f51905f525460e01c166103985761072c90610721612391565b602435903333612282565b5f5f5160206125c95f395f51905f525d005b3461020f575f36600319011261020f575f5160206125095f395f51905f52546040516001600160a01b039091168152602090f35b3461020f57604036600319011261020f5761078b611a06565b60ff61079e610798611a4c565b92611b3a565b91165f5260205260206001600160701b0360405f205416604051908152f35b3461020f575f36600319011261020f5760408051906107dc8183611ac1565b600582526020820191640352e302e360dc1b83528151928391602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b3461020f57606036600319011261020f57610834611a06565b6024356001600160401b03811161020f57610853903690600401611a1c565b906044356001600160401b03811161020f57610873903690600401611a1c565b939061087d6120ed565b8484036108de575f5b84811061088f57005b8061089d6001928885611b16565b356108a9575b01610886565b6108d96108bf6108ba838989611b16565b611b26565b6108ca838a87611b16565b3590848060a01b03871661222a565b6108a3565b631fec674760e31b5f5260045ffd5b3461020f5761090d6108fe36611ae2565b916109076120ed565b80612282565b005b3461020f575f36600319011261020f575f5160206125895f395f51905f52546040516001600160a01b039091168152602090f35b3461020f575f36600319011261020f575f5160206125295f395f51905f52546040516001600160a01b039091168152602090f35b3461020f575f36600319011261020f575f5160206125a95f395f51905f52546040516001600160a01b039091168152602090f35b3461020f57606036600319011261020f576109c4611a06565b6044356001600160a01b038116916024359083830361020f576109e56120ed565b6109ee81611b3a565b5f805260205260405f2092610a0284611cee565b916001600160601b036020840151166001600160601b03851690036001600160601b03811161062e5785546bffffffffffffffffffffffff60701b191660709190911b6bffffffffffffffffffffffff60701b161785555f1961ffff6060850151160161ffff811161062e5785546001600160f01b031660f09190911b6001600160f01b03191617855585151580610b5d575b610a9b57005b610b4a846020935f976001600160701b03610add817f0f51432e23b23263f64059a9c56cdb271c6b4aab744ab968ecbab26bc49a521899511682861690611d45565b166001600160701b03198254161790557f09b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d04610b19838254611baa565b815460038b901b91821b8b1990921b19161790555f5160206124e95f395f51905f52546001600160a01b031661222a565b6040519384526001600160a01b031692a4005b50831515610a95565b3461020f57604036600319011261020f576004356001600160401b03811161020f57610b96903690600401611a1c565b60243591610ba382611d95565b92610bb16040519485611ac1565b828452610bbd83611d95565b602085019390601f19013685375f5b818110610c17578486604051918291602083019060208452518091526040830191905f5b818110610bfe575050500390f35b8251845285945060209384019390920191600101610bf0565b610c2d610c286108ba838588611b16565b611b3a565b60015f526020526001600160701b0360405f205416908382101580610c8b575b610c5c575b6001915001610bcc565b8651811015610c775760019160208260051b89010152610c52565b634e487b7160e01b5f52603260045260245ffd5b50811515610c4d565b3461020f575f36600319011261020f575f5160206125295f395f51905f52546001600160a01b031633141580610d40575b610d2d575f5160206124e95f395f51905f525460ff8160e01c166103985760ff60e01b1916600160e01b175f5160206124e95f395f51905f52556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602090a1005b6310351a3760e11b5f523360045260245ffd5b505f5160206125895f395f51905f52546001600160a01b0316331415610cc5565b3461020f575f36600319011261020f57602060405160018152f35b3461020f57604036600319011261020f57610d95611a06565b60ff610da2610798611a4c565b91165f526020526080610db760405f20611cee565b6001600160701b03815116906001600160601b036020820151169061ffff606063ffffffff6040840151169201511691604051938452602084015260408301526060820152f35b3461020f575f36600319011261020f575f5160206126095f395f51905f5254336001600160a01b0390911603610e375761090d336121bf565b63118cdaa760e01b5f523360045260245ffd5b3461020f57602036600319011261020f576020610e76610e68611a5c565b610e718161219f565b611d65565b90549060031b1c604051908152f35b3461020f575f36600319011261020f57610e9d611fcd565b638905116560e01b5f5260045ffd5b3461020f575f36600319011261020f5760206001600160401b035f5160206124e95f395f51905f525460a01c16604051908152f35b3461020f575f36600319011261020f57602060ff5f5160206124e95f395f51905f525460e01c166040519015158152f35b3461020f57602036600319011261020f577fb9bce68b107f53cfb91d98d7232cdc1845d9e5798c27af5cf786068975d4fd896020610f4e611a06565b610f56611fcd565b610f5f81611fed565b5f5160206125a95f395f51905f5280546001600160a01b0319166001600160a01b03929092169182179055604051908152a1005b3461020f57608036600319011261020f57610fac611a06565b60243560443590610fc260643593610c286120ed565b5f805260205260405f2092610fd684611cee565b926001600160701b038451168181106110fa5750506001600160701b03835116906001600160701b0361101860208601936001600160601b0385511690611d45565b168381106110e3575080151590816110d0575b506110b5576001600160601b0380915116911601906001600160601b03821161062e5782546bffffffffffffffffffffffff60701b191660709290921b6bffffffffffffffffffffffff60701b1691909117825560019061ffff9060600151160161ffff811161062e5781546001600160f01b031660f09190911b6001600160f01b031916179055005b61ffff606084015116636fd4906f60e01b5f5260045260245ffd5b905061ffff60608501511610158561102b565b83906322df051360e11b5f5260045260245260445ffd5b6322df051360e11b5f5260045260245260445ffd5b3461020f575f36600319011261020f577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031630036111665760206040515f5160206125495f395f51905f528152f35b63703e46dd60e11b5f5260045ffd5b604036600319011261020f57611189611a06565b602435906001600160401b03821161020f573660238301121561020f5781600401356001600160401b03811161138057604051926111d1601f8301601f191660200185611ac1565b818452366024838301011161020f57815f9260246020930183870137840101526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001630811490811561135e575b5061116657611233611fcd565b61123c81611fed565b6040516352d1902d60e01b81526001600160a01b0382169290602081600481875afa5f918161132a575b5061127e5783634c9c8ce360e01b5f5260045260245ffd5b805f5160206125495f395f51905f528592036113185750823b15611306575f5160206125495f395f51905f5280546001600160a01b031916821790557fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b5f80a28051156112ee5761090d9161245c565b5050346112f757005b63b398979f60e01b5f5260045ffd5b634c9c8ce360e01b5f5260045260245ffd5b632a87526960e21b5f5260045260245ffd5b9091506020813d602011611356575b8161134660209383611ac1565b8101031261020f57519085611266565b3d9150611339565b5f5160206125495f395f51905f52546001600160a01b03161415905083611226565b634e487b7160e01b5f52604160045260245ffd5b3461020f575f36600319011261020f575f5160206125295f395f51905f52546001600160a01b031633141580611437575b610d2d575f5160206124e95f395f51905f525460ff8160e01c16156114285760ff60e01b19165f5160206124e95f395f51905f52556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa90602090a1005b638dfc202b60e01b5f5260045ffd5b505f5160206125895f395f51905f52546001600160a01b03163314156113c5565b3461020f5761090d61146936611a6c565b91611bb7565b3461020f57602036600319011261020f577fa4336c0cb1e245b95ad204faed7e940d6dc999684fd8b5e1ff597a0c4efca8ab60206114ab611a06565b6114b3611fcd565b5f5160206125895f395f51905f5280546001600160a01b0319166001600160a01b03929092169182179055604051908152a1005b3461020f57604036600319011261020f57611500611a06565b60ff61150d610798611a4c565b91165f5260205260206001600160601b0360405f205460701c16604051908152f35b3461020f575f36600319011261020f575f5160206125695f395f51905f52546040516001600160a01b039091168152602090f35b3461020f57602036600319011261020f577f6d1d088acfe4f30d6014f6f693c61c16258f9784a6ed8439b2c59213eecb6295602061159f611a06565b6115a7611fcd565b6115b081611fed565b5f5160206125095f395f51905f5280546001600160a01b0319166001600160a01b03929092169182179055604051908152a1005b3461020f576115f236611a6c565b905f5160206125e95f395f51905f52549260ff8460401c1615936001600160401b03811680159081611799575b600114908161178f575b159081611786575b506117775767ffffffffffffffff1981166001175f5160206125e95f395f51905f52558461174b575b50611663612431565b6001600160a01b0381161561173c5761168b9061167e612431565b611686612431565b6121bf565b6001600160a01b0316801561173c575f5160206124e95f395f51905f52549167ffffffffffffffff60a01b906116c0906120bc565b60a01b169163ffffffff60e01b1617175f5160206124e95f395f51905f52556116e557005b68ff0000000000000000195f5160206125e95f395f51905f5254165f5160206125e95f395f51905f52557fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2602060405160018152a1005b63d92e233d60e01b5f5260045ffd5b68ffffffffffffffffff191668010000000000000001175f5160206125e95f395f51905f52558461165a565b63f92ee8a960e01b5f5260045ffd5b90501586611631565b303b159150611629565b86915061161f565b3461020f57602036600319011261020f577f38a1644f59872db6fd17fdced395495fcaa3ca7d2825a0704db5a3acbd1dd06460206004356117e0611fcd565b6117e9816120bc565b5f5160206124e95f395f51905f52805467ffffffffffffffff60a01b191660a09290921b67ffffffffffffffff60a01b16919091179055604051908152a1005b3461020f57604036600319011261020f57611842611a06565b60ff61185561184f611a4c565b92611b72565b91165f52602052602060405f206040519061186f82611aa6565b546001600160801b03811680835260809190911c6001600160401b031692909101829052604080519182526020820192909252f35b3461020f57604036600319011261020f576004356001600160401b03811161020f576118d4903690600401611a1c565b6024356001600160401b038116810361020f575f5160206125a95f395f51905f52546001600160a01b031633036119725763ffffffff81165f5b83811061191757005b8061192b610c286108ba600194888a611b16565b825f5260205260405f2080548463ffffffff8260d01c1610611950575b50500161190e565b63ffffffff60d01b191660d086901b63ffffffff60d01b161790558680611948565b63d86ad9cf60e01b5f523360045260245ffd5b3461020f57602036600319011261020f577f4e6ed529143792eb36aebf3160c3823853987caa78e4ed0dc73e0849e3ea6bfe60206119c1611a06565b6119c9611fcd565b6119d281611fed565b5f5160206125695f395f51905f5280546001600160a01b0319166001600160a01b03929092169182179055604051908152a1005b600435906001600160a01b038216820361020f57565b9181601f8401121561020f578235916001600160401b03831161020f576020808501948460051b01011161020f57565b6024359060ff8216820361020f57565b6004359060ff8216820361020f57565b606090600319011261020f576004356001600160a01b038116810361020f57906024356001600160a01b038116810361020f579060443590565b604081019081106001600160401b0382111761138057604052565b90601f801991011681019081106001600160401b0382111761138057604052565b606090600319011261020f576004356001600160a01b038116810361020f579060243560ff8116810361020f579060443590565b9190811015610c775760051b0190565b356001600160a01b038116810361020f5790565b6001600160a01b03165f9081527f09b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d076020526040902090565b6001600160a01b03165f9081527f09b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d086020526040902090565b9190820391821161062e57565b9190611bc16120ed565b5f5160206124e95f395f51905f52546001600160a01b0393841693168314611ce0576040516370a0823160e01b8152306004820152602081602481875afa908115611c9f5783905f92611caa575b50611c1d919230908661210d565b6040516370a0823160e01b815230600482015290602082602481875afa8015611c9f575f90611c6b575b611c519250611baa565b03611c595750565b635f8b555b60e11b5f5260045260245ffd5b506020823d602011611c97575b81611c8560209383611ac1565b8101031261020f57611c519151611c47565b3d9150611c78565b6040513d5f823e3d90fd5b9150506020813d602011611cd8575b81611cc660209383611ac1565b8101031261020f575182611c1d611c0f565b3d9150611cb9565b91611cec92309161210d565b565b90604051608081018181106001600160401b038211176113805760405260608193546001600160701b03811683526001600160601b038160701c16602084015263ffffffff8160d01c16604084015260f01c910152565b906001600160701b03809116911603906001600160701b03821161062e57565b6003811015610c77577f09b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d0401905f90565b6001600160401b0381116113805760051b60200190565b9190820180921161062e57565b90929160018060a01b035f5160206125a95f395f51905f52541633141580611fac575b61197257611de98461219f565b60648111611f9a57611dfa82611b3a565b60ff85165f5260205260405f20611e1083611b72565b60ff86165f5260205260405f20906001600160701b03611e408254826001600160601b038260701c169116611d45565b16926001600160801b0383541690611e588286611dac565b81810291818304149015171561062e5760649004968715611f8f57611eaa8160ff611eba93169660028814611f81575b808b11611f7b575089945b6001600160701b036104f881881682845416611d45565b61051d8583548360031b1c611baa565b818711611f44575b50505f5160206125095f395f51905f52546001600160a01b0316929050821561173c575f5160206124e95f395f51905f5254611f0a90869085906001600160a01b031661222a565b6040518581526001600160a01b03909116907f0f51432e23b23263f64059a9c56cdb271c6b4aab744ab968ecbab26bc49a521890602090a4565b611f626001600160801b039291611f5c84938a611baa565b90611baa565b16166001600160801b03198254161790555f8080611ec2565b94611e93565b611f8a896123c6565b611e88565b505f96505050505050565b63aa31867360e01b5f5260045260245ffd5b505f5160206125695f395f51905f52546001600160a01b0316331415611ddc565b5f5160206125295f395f51905f52546001600160a01b03163303610e3757565b6001600160a01b0381169190821561173c573b156120a05760405163054fd4d560e41b8152602081600481865afa5f918161206c575b5061204457826302030e8960e11b5f526004525f602452600160445260645ffd5b909160018203612052575050565b6302030e8960e11b5f52600452602452600160445260645ffd5b9091506020813d602011612098575b8161208860209383611ac1565b8101031261020f5751905f612023565b3d915061207b565b506302030e8960e11b5f526004525f602452600160445260645ffd5b6001600160401b0381116120d6576001600160401b031690565b6306dfcc6560e41b5f52604060045260245260445ffd5b5f5160206125695f395f51905f52546001600160a01b0316330361197257565b6040516323b872dd60e01b5f9081526001600160a01b039384166004529290931660245260449390935260209060648180865af19060015f511482161561217e575b6040525f6060521561215e5750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b90600181151661219657823b15153d1516169061214f565b503d5f823e3d90fd5b60ff16600281116121ad5750565b6378bc326f60e11b5f5260045260245ffd5b5f5160206126095f395f51905f5280546001600160a01b03199081169091555f5160206125295f395f51905f5280549182166001600160a01b0393841690811790915591167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3565b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f511482161561226a575b6040521561215e5750565b90600181151661219657823b15153d1516169061225f565b9092919261228f8461219f565b821561067f5760ff84169360028514612383575b6122ac83611b3a565b855f5260205260405f206122ca856001600160701b03835416611dac565b6001600160701b03811161236c576020936123396123297f12e8c83607de18cb6ae73588bce490538795b3a4cf7a201e7214af06ee14a46e9795612359956001600160701b03808c9716166001600160701b0319825416179055611d65565b61051d8583548360031b1c611dac565b5f5160206124e95f395f51905f52543091906001600160a01b031661210d565b6040519384526001600160a01b031692a3565b6306dfcc6560e41b5f52607060045260245260445ffd5b61238c836123c6565b6122a3565b5f5160206125c95f395f51905f525c6123b75760015f5160206125c95f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b5f5160206125095f395f51905f52546001600160a01b031690816123e8575050565b813b1561020f5760405163451c20a560e01b81526001600160a01b039091166004820152905f908290602490829084905af18015611c9f576124275750565b5f611cec91611ac1565b60ff5f5160206125e95f395f51905f525460401c161561244d57565b631afcd79f60e31b5f5260045ffd5b905f8091602081519101845af480806124d5575b156124905750506040513d81523d5f602083013e60203d82010160405290565b156124b557639996b31560e01b5f9081526001600160a01b0391909116600452602490fd5b3d156124c6576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b503d1515806124705750813b151561247056fe09b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d0009b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d039016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c199300360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc09b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d0133de1f0c4f4256b6890ee08852692b1b51f528581c66e7191d8a9095c76e220009b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d029b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c00f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00",
}

// StakeManager is an auto generated Go binding around an Ethereum contract.
type StakeManager struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *StakeManager) GetABI() abi.ABI {
	return c.abi
}

// NewStakeManager creates a new instance of StakeManager.
func NewStakeManager() *StakeManager {
	parsed, err := StakeManagerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &StakeManager{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *StakeManager) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMODULEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81ed9808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MODULE_VERSION() view returns(uint256)
func (stakeManager *StakeManager) PackMODULEVERSION() []byte {
	enc, err := stakeManager.abi.Pack("MODULE_VERSION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMODULEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81ed9808.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MODULE_VERSION() view returns(uint256)
func (stakeManager *StakeManager) TryPackMODULEVERSION() ([]byte, error) {
	return stakeManager.abi.Pack("MODULE_VERSION")
}

// UnpackMODULEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81ed9808.
//
// Solidity: function MODULE_VERSION() view returns(uint256)
func (stakeManager *StakeManager) UnpackMODULEVERSION(data []byte) (*big.Int, error) {
	out, err := stakeManager.abi.Unpack("MODULE_VERSION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUPGRADEINTERFACEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad3cb1cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (stakeManager *StakeManager) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := stakeManager.abi.Pack("UPGRADE_INTERFACE_VERSION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUPGRADEINTERFACEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad3cb1cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (stakeManager *StakeManager) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return stakeManager.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (stakeManager *StakeManager) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := stakeManager.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (stakeManager *StakeManager) PackAcceptOwnership() []byte {
	enc, err := stakeManager.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (stakeManager *StakeManager) TryPackAcceptOwnership() ([]byte, error) {
	return stakeManager.abi.Pack("acceptOwnership")
}

// PackDepositStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1159d5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositStake(uint8 role, uint256 amount) returns()
func (stakeManager *StakeManager) PackDepositStake(role uint8, amount *big.Int) []byte {
	enc, err := stakeManager.abi.Pack("depositStake", role, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1159d5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositStake(uint8 role, uint256 amount) returns()
func (stakeManager *StakeManager) TryPackDepositStake(role uint8, amount *big.Int) ([]byte, error) {
	return stakeManager.abi.Pack("depositStake", role, amount)
}

// PackDepositStakeFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa53499ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositStakeFor(address user, uint8 role, uint256 amount) returns()
func (stakeManager *StakeManager) PackDepositStakeFor(user common.Address, role uint8, amount *big.Int) []byte {
	enc, err := stakeManager.abi.Pack("depositStakeFor", user, role, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositStakeFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa53499ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositStakeFor(address user, uint8 role, uint256 amount) returns()
func (stakeManager *StakeManager) TryPackDepositStakeFor(user common.Address, role uint8, amount *big.Int) ([]byte, error) {
	return stakeManager.abi.Pack("depositStakeFor", user, role, amount)
}

// PackFeePool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae2e933b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feePool() view returns(address)
func (stakeManager *StakeManager) PackFeePool() []byte {
	enc, err := stakeManager.abi.Pack("feePool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeePool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae2e933b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feePool() view returns(address)
func (stakeManager *StakeManager) TryPackFeePool() ([]byte, error) {
	return stakeManager.abi.Pack("feePool")
}

// UnpackFeePool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae2e933b.
//
// Solidity: function feePool() view returns(address)
func (stakeManager *StakeManager) UnpackFeePool(data []byte) (common.Address, error) {
	out, err := stakeManager.abi.Unpack("feePool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFinalizeWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8c450c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeWithdraw(uint8 role) returns()
func (stakeManager *StakeManager) PackFinalizeWithdraw(role uint8) []byte {
	enc, err := stakeManager.abi.Pack("finalizeWithdraw", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8c450c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeWithdraw(uint8 role) returns()
func (stakeManager *StakeManager) TryPackFinalizeWithdraw(role uint8) ([]byte, error) {
	return stakeManager.abi.Pack("finalizeWithdraw", role)
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1794bb3c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address owner_, address token_, uint256 unbondingPeriod_) returns()
func (stakeManager *StakeManager) PackInitialize(owner common.Address, token common.Address, unbondingPeriod *big.Int) []byte {
	enc, err := stakeManager.abi.Pack("initialize", owner, token, unbondingPeriod)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1794bb3c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address owner_, address token_, uint256 unbondingPeriod_) returns()
func (stakeManager *StakeManager) TryPackInitialize(owner common.Address, token common.Address, unbondingPeriod *big.Int) ([]byte, error) {
	return stakeManager.abi.Pack("initialize", owner, token, unbondingPeriod)
}

// PackJobRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23682c47.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobRegistry() view returns(address)
func (stakeManager *StakeManager) PackJobRegistry() []byte {
	enc, err := stakeManager.abi.Pack("jobRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23682c47.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobRegistry() view returns(address)
func (stakeManager *StakeManager) TryPackJobRegistry() ([]byte, error) {
	return stakeManager.abi.Pack("jobRegistry")
}

// UnpackJobRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23682c47.
//
// Solidity: function jobRegistry() view returns(address)
func (stakeManager *StakeManager) UnpackJobRegistry(data []byte) (common.Address, error) {
	out, err := stakeManager.abi.Unpack("jobRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLockEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x303d0c6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lockEscrow(address token_, address from, uint256 amount) returns()
func (stakeManager *StakeManager) PackLockEscrow(token common.Address, from common.Address, amount *big.Int) []byte {
	enc, err := stakeManager.abi.Pack("lockEscrow", token, from, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLockEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x303d0c6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lockEscrow(address token_, address from, uint256 amount) returns()
func (stakeManager *StakeManager) TryPackLockEscrow(token common.Address, from common.Address, amount *big.Int) ([]byte, error) {
	return stakeManager.abi.Pack("lockEscrow", token, from, amount)
}

// PackLockJobStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52f514f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lockJobStake(address agent, uint256 amount, uint256 minStake, uint256 maxActive) returns()
func (stakeManager *StakeManager) PackLockJobStake(agent common.Address, amount *big.Int, minStake *big.Int, maxActive *big.Int) []byte {
	enc, err := stakeManager.abi.Pack("lockJobStake", agent, amount, minStake, maxActive)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLockJobStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52f514f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lockJobStake(address agent, uint256 amount, uint256 minStake, uint256 maxActive) returns()
func (stakeManager *StakeManager) TryPackLockJobStake(agent common.Address, amount *big.Int, minStake *big.Int, maxActive *big.Int) ([]byte, error) {
	return stakeManager.abi.Pack("lockJobStake", agent, amount, minStake, maxActive)
}

// PackLockValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03a192bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lockValidators(address[] members, uint64 until) returns()
func (stakeManager *StakeManager) PackLockValidators(members []common.Address, until uint64) []byte {
	enc, err := stakeManager.abi.Pack("lockValidators", members, until)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLockValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03a192bf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lockValidators(address[] members, uint64 until) returns()
func (stakeManager *StakeManager) TryPackLockValidators(members []common.Address, until uint64) ([]byte, error) {
	return stakeManager.abi.Pack("lockValidators", members, until)
}

// PackLockedStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2528fe1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lockedStake(address user, uint8 role) view returns(uint256)
func (stakeManager *StakeManager) PackLockedStake(user common.Address, role uint8) []byte {
	enc, err := stakeManager.abi.Pack("lockedStake", user, role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLockedStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2528fe1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lockedStake(address user, uint8 role) view returns(uint256)
func (stakeManager *StakeManager) TryPackLockedStake(user common.Address, role uint8) ([]byte, error) {
	return stakeManager.abi.Pack("lockedStake", user, role)
}

// UnpackLockedStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2528fe1e.
//
// Solidity: function lockedStake(address user, uint8 role) view returns(uint256)
func (stakeManager *StakeManager) UnpackLockedStake(data []byte) (*big.Int, error) {
	out, err := stakeManager.abi.Unpack("lockedStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (stakeManager *StakeManager) PackOwner() []byte {
	enc, err := stakeManager.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (stakeManager *StakeManager) TryPackOwner() ([]byte, error) {
	return stakeManager.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (stakeManager *StakeManager) UnpackOwner(data []byte) (common.Address, error) {
	out, err := stakeManager.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (stakeManager *StakeManager) PackPause() []byte {
	enc, err := stakeManager.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (stakeManager *StakeManager) TryPackPause() ([]byte, error) {
	return stakeManager.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (stakeManager *StakeManager) PackPaused() []byte {
	enc, err := stakeManager.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (stakeManager *StakeManager) TryPackPaused() ([]byte, error) {
	return stakeManager.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (stakeManager *StakeManager) UnpackPaused(data []byte) (bool, error) {
	out, err := stakeManager.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fd0506d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pauser() view returns(address)
func (stakeManager *StakeManager) PackPauser() []byte {
	enc, err := stakeManager.abi.Pack("pauser")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fd0506d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pauser() view returns(address)
func (stakeManager *StakeManager) TryPackPauser() ([]byte, error) {
	return stakeManager.abi.Pack("pauser")
}

// UnpackPauser is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fd0506d.
//
// Solidity: function pauser() view returns(address)
func (stakeManager *StakeManager) UnpackPauser(data []byte) (common.Address, error) {
	out, err := stakeManager.abi.Unpack("pauser", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (stakeManager *StakeManager) PackPendingOwner() []byte {
	enc, err := stakeManager.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (stakeManager *StakeManager) TryPackPendingOwner() ([]byte, error) {
	return stakeManager.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (stakeManager *StakeManager) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := stakeManager.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b98ad0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingWithdrawal(address user, uint8 role) view returns(uint256 amount, uint64 unlockAt)
func (stakeManager *StakeManager) PackPendingWithdrawal(user common.Address, role uint8) []byte {
	enc, err := stakeManager.abi.Pack("pendingWithdrawal", user, role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b98ad0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingWithdrawal(address user, uint8 role) view returns(uint256 amount, uint64 unlockAt)
func (stakeManager *StakeManager) TryPackPendingWithdrawal(user common.Address, role uint8) ([]byte, error) {
	return stakeManager.abi.Pack("pendingWithdrawal", user, role)
}

// PendingWithdrawalOutput serves as a container for the return parameters of contract
// method PendingWithdrawal.
type PendingWithdrawalOutput struct {
	Amount   *big.Int
	UnlockAt uint64
}

// UnpackPendingWithdrawal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0b98ad0e.
//
// Solidity: function pendingWithdrawal(address user, uint8 role) view returns(uint256 amount, uint64 unlockAt)
func (stakeManager *StakeManager) UnpackPendingWithdrawal(data []byte) (PendingWithdrawalOutput, error) {
	out, err := stakeManager.abi.Unpack("pendingWithdrawal", data)
	outstruct := new(PendingWithdrawalOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.UnlockAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (stakeManager *StakeManager) PackProxiableUUID() []byte {
	enc, err := stakeManager.abi.Pack("proxiableUUID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (stakeManager *StakeManager) TryPackProxiableUUID() ([]byte, error) {
	return stakeManager.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (stakeManager *StakeManager) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := stakeManager.abi.Unpack("proxiableUUID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaacc6fcf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function release(address token_, address[] to, uint256[] amounts) returns()
func (stakeManager *StakeManager) PackRelease(token common.Address, to []common.Address, amounts []*big.Int) []byte {
	enc, err := stakeManager.abi.Pack("release", token, to, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaacc6fcf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function release(address token_, address[] to, uint256[] amounts) returns()
func (stakeManager *StakeManager) TryPackRelease(token common.Address, to []common.Address, amounts []*big.Int) ([]byte, error) {
	return stakeManager.abi.Pack("release", token, to, amounts)
}

// PackReleaseJobStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b2ad260.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseJobStake(address agent, uint256 amount, address slashTo) returns()
func (stakeManager *StakeManager) PackReleaseJobStake(agent common.Address, amount *big.Int, slashTo common.Address) []byte {
	enc, err := stakeManager.abi.Pack("releaseJobStake", agent, amount, slashTo)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseJobStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b2ad260.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseJobStake(address agent, uint256 amount, address slashTo) returns()
func (stakeManager *StakeManager) TryPackReleaseJobStake(agent common.Address, amount *big.Int, slashTo common.Address) ([]byte, error) {
	return stakeManager.abi.Pack("releaseJobStake", agent, amount, slashTo)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() view returns()
func (stakeManager *StakeManager) PackRenounceOwnership() []byte {
	enc, err := stakeManager.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() view returns()
func (stakeManager *StakeManager) TryPackRenounceOwnership() ([]byte, error) {
	return stakeManager.abi.Pack("renounceOwnership")
}

// PackRequestWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebe16d2a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestWithdraw(uint8 role, uint256 amount) returns()
func (stakeManager *StakeManager) PackRequestWithdraw(role uint8, amount *big.Int) []byte {
	enc, err := stakeManager.abi.Pack("requestWithdraw", role, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebe16d2a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestWithdraw(uint8 role, uint256 amount) returns()
func (stakeManager *StakeManager) TryPackRequestWithdraw(role uint8, amount *big.Int) ([]byte, error) {
	return stakeManager.abi.Pack("requestWithdraw", role, amount)
}

// PackSetFeePool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19db2228.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeePool(address module) returns()
func (stakeManager *StakeManager) PackSetFeePool(module common.Address) []byte {
	enc, err := stakeManager.abi.Pack("setFeePool", module)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeePool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19db2228.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeePool(address module) returns()
func (stakeManager *StakeManager) TryPackSetFeePool(module common.Address) ([]byte, error) {
	return stakeManager.abi.Pack("setFeePool", module)
}

// PackSetJobRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00dc34c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setJobRegistry(address module) returns()
func (stakeManager *StakeManager) PackSetJobRegistry(module common.Address) []byte {
	enc, err := stakeManager.abi.Pack("setJobRegistry", module)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetJobRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00dc34c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setJobRegistry(address module) returns()
func (stakeManager *StakeManager) TryPackSetJobRegistry(module common.Address) ([]byte, error) {
	return stakeManager.abi.Pack("setJobRegistry", module)
}

// PackSetPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d88af4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPauser(address pauser_) returns()
func (stakeManager *StakeManager) PackSetPauser(pauser common.Address) []byte {
	enc, err := stakeManager.abi.Pack("setPauser", pauser)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d88af4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPauser(address pauser_) returns()
func (stakeManager *StakeManager) TryPackSetPauser(pauser common.Address) ([]byte, error) {
	return stakeManager.abi.Pack("setPauser", pauser)
}

// PackSetUnbondingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x114eaf55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setUnbondingPeriod(uint256 period) returns()
func (stakeManager *StakeManager) PackSetUnbondingPeriod(period *big.Int) []byte {
	enc, err := stakeManager.abi.Pack("setUnbondingPeriod", period)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetUnbondingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x114eaf55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setUnbondingPeriod(uint256 period) returns()
func (stakeManager *StakeManager) TryPackSetUnbondingPeriod(period *big.Int) ([]byte, error) {
	return stakeManager.abi.Pack("setUnbondingPeriod", period)
}

// PackSetValidationModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57b6416c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setValidationModule(address module) returns()
func (stakeManager *StakeManager) PackSetValidationModule(module common.Address) []byte {
	enc, err := stakeManager.abi.Pack("setValidationModule", module)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetValidationModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57b6416c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setValidationModule(address module) returns()
func (stakeManager *StakeManager) TryPackSetValidationModule(module common.Address) ([]byte, error) {
	return stakeManager.abi.Pack("setValidationModule", module)
}

// PackSlashPct is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4d02b61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashPct(address user, uint8 role, uint256 pct) returns(uint256 slashed)
func (stakeManager *StakeManager) PackSlashPct(user common.Address, role uint8, pct *big.Int) []byte {
	enc, err := stakeManager.abi.Pack("slashPct", user, role, pct)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashPct is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4d02b61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashPct(address user, uint8 role, uint256 pct) returns(uint256 slashed)
func (stakeManager *StakeManager) TryPackSlashPct(user common.Address, role uint8, pct *big.Int) ([]byte, error) {
	return stakeManager.abi.Pack("slashPct", user, role, pct)
}

// UnpackSlashPct is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe4d02b61.
//
// Solidity: function slashPct(address user, uint8 role, uint256 pct) returns(uint256 slashed)
func (stakeManager *StakeManager) UnpackSlashPct(data []byte) (*big.Int, error) {
	out, err := stakeManager.abi.Unpack("slashPct", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStakeInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80b112bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeInfo(address user, uint8 role) view returns(uint256 amount, uint256 locked, uint64 lockedUntil, uint256 activeJobs)
func (stakeManager *StakeManager) PackStakeInfo(user common.Address, role uint8) []byte {
	enc, err := stakeManager.abi.Pack("stakeInfo", user, role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80b112bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeInfo(address user, uint8 role) view returns(uint256 amount, uint256 locked, uint64 lockedUntil, uint256 activeJobs)
func (stakeManager *StakeManager) TryPackStakeInfo(user common.Address, role uint8) ([]byte, error) {
	return stakeManager.abi.Pack("stakeInfo", user, role)
}

// StakeInfoOutput serves as a container for the return parameters of contract
// method StakeInfo.
type StakeInfoOutput struct {
	Amount      *big.Int
	Locked      *big.Int
	LockedUntil uint64
	ActiveJobs  *big.Int
}

// UnpackStakeInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80b112bd.
//
// Solidity: function stakeInfo(address user, uint8 role) view returns(uint256 amount, uint256 locked, uint64 lockedUntil, uint256 activeJobs)
func (stakeManager *StakeManager) UnpackStakeInfo(data []byte) (StakeInfoOutput, error) {
	out, err := stakeManager.abi.Unpack("stakeInfo", data)
	outstruct := new(StakeInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Locked = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.LockedUntil = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.ActiveJobs = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad9159fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeOf(address user, uint8 role) view returns(uint256)
func (stakeManager *StakeManager) PackStakeOf(user common.Address, role uint8) []byte {
	enc, err := stakeManager.abi.Pack("stakeOf", user, role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad9159fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeOf(address user, uint8 role) view returns(uint256)
func (stakeManager *StakeManager) TryPackStakeOf(user common.Address, role uint8) ([]byte, error) {
	return stakeManager.abi.Pack("stakeOf", user, role)
}

// UnpackStakeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad9159fd.
//
// Solidity: function stakeOf(address user, uint8 role) view returns(uint256)
func (stakeManager *StakeManager) UnpackStakeOf(data []byte) (*big.Int, error) {
	out, err := stakeManager.abi.Unpack("stakeOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (stakeManager *StakeManager) PackToken() []byte {
	enc, err := stakeManager.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (stakeManager *StakeManager) TryPackToken() ([]byte, error) {
	return stakeManager.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (stakeManager *StakeManager) UnpackToken(data []byte) (common.Address, error) {
	out, err := stakeManager.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76e334f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalStake(uint8 role) view returns(uint256)
func (stakeManager *StakeManager) PackTotalStake(role uint8) []byte {
	enc, err := stakeManager.abi.Pack("totalStake", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76e334f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalStake(uint8 role) view returns(uint256)
func (stakeManager *StakeManager) TryPackTotalStake(role uint8) ([]byte, error) {
	return stakeManager.abi.Pack("totalStake", role)
}

// UnpackTotalStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76e334f9.
//
// Solidity: function totalStake(uint8 role) view returns(uint256)
func (stakeManager *StakeManager) UnpackTotalStake(data []byte) (*big.Int, error) {
	out, err := stakeManager.abi.Unpack("totalStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (stakeManager *StakeManager) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := stakeManager.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (stakeManager *StakeManager) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return stakeManager.abi.Pack("transferOwnership", newOwner)
}

// PackUnbondingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cf6d675.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingPeriod() view returns(uint256)
func (stakeManager *StakeManager) PackUnbondingPeriod() []byte {
	enc, err := stakeManager.abi.Pack("unbondingPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cf6d675.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingPeriod() view returns(uint256)
func (stakeManager *StakeManager) TryPackUnbondingPeriod() ([]byte, error) {
	return stakeManager.abi.Pack("unbondingPeriod")
}

// UnpackUnbondingPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6cf6d675.
//
// Solidity: function unbondingPeriod() view returns(uint256)
func (stakeManager *StakeManager) UnpackUnbondingPeriod(data []byte) (*big.Int, error) {
	out, err := stakeManager.abi.Unpack("unbondingPeriod", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (stakeManager *StakeManager) PackUnpause() []byte {
	enc, err := stakeManager.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (stakeManager *StakeManager) TryPackUnpause() ([]byte, error) {
	return stakeManager.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (stakeManager *StakeManager) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := stakeManager.abi.Pack("upgradeToAndCall", newImplementation, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (stakeManager *StakeManager) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return stakeManager.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackValidationModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c795b9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validationModule() view returns(address)
func (stakeManager *StakeManager) PackValidationModule() []byte {
	enc, err := stakeManager.abi.Pack("validationModule")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidationModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c795b9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validationModule() view returns(address)
func (stakeManager *StakeManager) TryPackValidationModule() ([]byte, error) {
	return stakeManager.abi.Pack("validationModule")
}

// UnpackValidationModule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c795b9c.
//
// Solidity: function validationModule() view returns(address)
func (stakeManager *StakeManager) UnpackValidationModule(data []byte) (common.Address, error) {
	out, err := stakeManager.abi.Unpack("validationModule", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackValidatorWeights is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8afdff48.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validatorWeights(address[] pool, uint256 minStake) view returns(uint256[] weights)
func (stakeManager *StakeManager) PackValidatorWeights(pool []common.Address, minStake *big.Int) []byte {
	enc, err := stakeManager.abi.Pack("validatorWeights", pool, minStake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidatorWeights is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8afdff48.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validatorWeights(address[] pool, uint256 minStake) view returns(uint256[] weights)
func (stakeManager *StakeManager) TryPackValidatorWeights(pool []common.Address, minStake *big.Int) ([]byte, error) {
	return stakeManager.abi.Pack("validatorWeights", pool, minStake)
}

// UnpackValidatorWeights is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8afdff48.
//
// Solidity: function validatorWeights(address[] pool, uint256 minStake) view returns(uint256[] weights)
func (stakeManager *StakeManager) UnpackValidatorWeights(data []byte) ([]*big.Int, error) {
	out, err := stakeManager.abi.Unpack("validatorWeights", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(uint256)
func (stakeManager *StakeManager) PackVersion() []byte {
	enc, err := stakeManager.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() pure returns(uint256)
func (stakeManager *StakeManager) TryPackVersion() ([]byte, error) {
	return stakeManager.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(uint256)
func (stakeManager *StakeManager) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := stakeManager.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// StakeManagerFeePoolUpdated represents a FeePoolUpdated event raised by the StakeManager contract.
type StakeManagerFeePoolUpdated struct {
	FeePool common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const StakeManagerFeePoolUpdatedEventName = "FeePoolUpdated"

// ContractEventName returns the user-defined event name.
func (StakeManagerFeePoolUpdated) ContractEventName() string {
	return StakeManagerFeePoolUpdatedEventName
}

// UnpackFeePoolUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeePoolUpdated(address feePool)
func (stakeManager *StakeManager) UnpackFeePoolUpdatedEvent(log *types.Log) (*StakeManagerFeePoolUpdated, error) {
	event := "FeePoolUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakeManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakeManagerFeePoolUpdated)
	if len(log.Data) > 0 {
		if err := stakeManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stakeManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakeManagerInitialized represents a Initialized event raised by the StakeManager contract.
type StakeManagerInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const StakeManagerInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (StakeManagerInitialized) ContractEventName() string {
	return StakeManagerInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (stakeManager *StakeManager) UnpackInitializedEvent(log *types.Log) (*StakeManagerInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakeManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakeManagerInitialized)
	if len(log.Data) > 0 {
		if err := stakeManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stakeManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakeManagerJobRegistryUpdated represents a JobRegistryUpdated event raised by the StakeManager contract.
type StakeManagerJobRegistryUpdated struct {
	JobRegistry common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const StakeManagerJobRegistryUpdatedEventName = "JobRegistryUpdated"

// ContractEventName returns the user-defined event name.
func (StakeManagerJobRegistryUpdated) ContractEventName() string {
	return StakeManagerJobRegistryUpdatedEventName
}

// UnpackJobRegistryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobRegistryUpdated(address jobRegistry)
func (stakeManager *StakeManager) UnpackJobRegistryUpdatedEvent(log *types.Log) (*StakeManagerJobRegistryUpdated, error) {
	event := "JobRegistryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakeManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakeManagerJobRegistryUpdated)
	if len(log.Data) > 0 {
		if err := stakeManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stakeManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakeManagerOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the StakeManager contract.
type StakeManagerOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const StakeManagerOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (StakeManagerOwnershipTransferStarted) ContractEventName() string {
	return StakeManagerOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (stakeManager *StakeManager) UnpackOwnershipTransferStartedEvent(log *types.Log) (*StakeManagerOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakeManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakeManagerOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := stakeManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stakeManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakeManagerOwnershipTransferred represents a OwnershipTransferred event raised by the StakeManager contract.
type StakeManagerOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const StakeManagerOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (StakeManagerOwnershipTransferred) ContractEventName() string {
	return StakeManagerOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (stakeManager *StakeManager) UnpackOwnershipTransferredEvent(log *types.Log) (*StakeManagerOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakeManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakeManagerOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := stakeManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stakeManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakeManagerPaused represents a Paused event raised by the StakeManager contract.
type StakeManagerPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const StakeManagerPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (StakeManagerPaused) ContractEventName() string {
	return StakeManagerPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (stakeManager *StakeManager) UnpackPausedEvent(log *types.Log) (*StakeManagerPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakeManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakeManagerPaused)
	if len(log.Data) > 0 {
		if err := stakeManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stakeManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakeManagerPauserUpdated represents a PauserUpdated event raised by the StakeManager contract.
type StakeManagerPauserUpdated struct {
	Pauser common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const StakeManagerPauserUpdatedEventName = "PauserUpdated"

// ContractEventName returns the user-defined event name.
func (StakeManagerPauserUpdated) ContractEventName() string {
	return StakeManagerPauserUpdatedEventName
}

// UnpackPauserUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PauserUpdated(address pauser)
func (stakeManager *StakeManager) UnpackPauserUpdatedEvent(log *types.Log) (*StakeManagerPauserUpdated, error) {
	event := "PauserUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakeManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakeManagerPauserUpdated)
	if len(log.Data) > 0 {
		if err := stakeManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stakeManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakeManagerStakeDeposited represents a StakeDeposited event raised by the StakeManager contract.
type StakeManagerStakeDeposited struct {
	User   common.Address
	Role   uint8
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const StakeManagerStakeDepositedEventName = "StakeDeposited"

// ContractEventName returns the user-defined event name.
func (StakeManagerStakeDeposited) ContractEventName() string {
	return StakeManagerStakeDepositedEventName
}

// UnpackStakeDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeDeposited(address indexed user, uint8 indexed role, uint256 amount)
func (stakeManager *StakeManager) UnpackStakeDepositedEvent(log *types.Log) (*StakeManagerStakeDeposited, error) {
	event := "StakeDeposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakeManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakeManagerStakeDeposited)
	if len(log.Data) > 0 {
		if err := stakeManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stakeManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakeManagerStakeSlashed represents a StakeSlashed event raised by the StakeManager contract.
type StakeManagerStakeSlashed struct {
	User      common.Address
	Role      uint8
	Amount    *big.Int
	Recipient common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const StakeManagerStakeSlashedEventName = "StakeSlashed"

// ContractEventName returns the user-defined event name.
func (StakeManagerStakeSlashed) ContractEventName() string {
	return StakeManagerStakeSlashedEventName
}

// UnpackStakeSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeSlashed(address indexed user, uint8 indexed role, uint256 amount, address indexed recipient)
func (stakeManager *StakeManager) UnpackStakeSlashedEvent(log *types.Log) (*StakeManagerStakeSlashed, error) {
	event := "StakeSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakeManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakeManagerStakeSlashed)
	if len(log.Data) > 0 {
		if err := stakeManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stakeManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakeManagerStakeWithdrawn represents a StakeWithdrawn event raised by the StakeManager contract.
type StakeManagerStakeWithdrawn struct {
	User   common.Address
	Role   uint8
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const StakeManagerStakeWithdrawnEventName = "StakeWithdrawn"

// ContractEventName returns the user-defined event name.
func (StakeManagerStakeWithdrawn) ContractEventName() string {
	return StakeManagerStakeWithdrawnEventName
}

// UnpackStakeWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeWithdrawn(address indexed user, uint8 indexed role, uint256 amount)
func (stakeManager *StakeManager) UnpackStakeWithdrawnEvent(log *types.Log) (*StakeManagerStakeWithdrawn, error) {
	event := "StakeWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakeManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakeManagerStakeWithdrawn)
	if len(log.Data) > 0 {
		if err := stakeManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stakeManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakeManagerUnbondingPeriodUpdated represents a UnbondingPeriodUpdated event raised by the StakeManager contract.
type StakeManagerUnbondingPeriodUpdated struct {
	Period *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const StakeManagerUnbondingPeriodUpdatedEventName = "UnbondingPeriodUpdated"

// ContractEventName returns the user-defined event name.
func (StakeManagerUnbondingPeriodUpdated) ContractEventName() string {
	return StakeManagerUnbondingPeriodUpdatedEventName
}

// UnpackUnbondingPeriodUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbondingPeriodUpdated(uint256 period)
func (stakeManager *StakeManager) UnpackUnbondingPeriodUpdatedEvent(log *types.Log) (*StakeManagerUnbondingPeriodUpdated, error) {
	event := "UnbondingPeriodUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakeManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakeManagerUnbondingPeriodUpdated)
	if len(log.Data) > 0 {
		if err := stakeManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stakeManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakeManagerUnpaused represents a Unpaused event raised by the StakeManager contract.
type StakeManagerUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const StakeManagerUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (StakeManagerUnpaused) ContractEventName() string {
	return StakeManagerUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (stakeManager *StakeManager) UnpackUnpausedEvent(log *types.Log) (*StakeManagerUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakeManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakeManagerUnpaused)
	if len(log.Data) > 0 {
		if err := stakeManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stakeManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakeManagerUpgraded represents a Upgraded event raised by the StakeManager contract.
type StakeManagerUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const StakeManagerUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (StakeManagerUpgraded) ContractEventName() string {
	return StakeManagerUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (stakeManager *StakeManager) UnpackUpgradedEvent(log *types.Log) (*StakeManagerUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakeManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakeManagerUpgraded)
	if len(log.Data) > 0 {
		if err := stakeManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stakeManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakeManagerValidationModuleUpdated represents a ValidationModuleUpdated event raised by the StakeManager contract.
type StakeManagerValidationModuleUpdated struct {
	ValidationModule common.Address
	Raw              *types.Log // Blockchain specific contextual infos
}

const StakeManagerValidationModuleUpdatedEventName = "ValidationModuleUpdated"

// ContractEventName returns the user-defined event name.
func (StakeManagerValidationModuleUpdated) ContractEventName() string {
	return StakeManagerValidationModuleUpdatedEventName
}

// UnpackValidationModuleUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidationModuleUpdated(address validationModule)
func (stakeManager *StakeManager) UnpackValidationModuleUpdatedEvent(log *types.Log) (*StakeManagerValidationModuleUpdated, error) {
	event := "ValidationModuleUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakeManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakeManagerValidationModuleUpdated)
	if len(log.Data) > 0 {
		if err := stakeManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stakeManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakeManagerWithdrawRequested represents a WithdrawRequested event raised by the StakeManager contract.
type StakeManagerWithdrawRequested struct {
	User     common.Address
	Role     uint8
	Amount   *big.Int
	UnlockAt uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const StakeManagerWithdrawRequestedEventName = "WithdrawRequested"

// ContractEventName returns the user-defined event name.
func (StakeManagerWithdrawRequested) ContractEventName() string {
	return StakeManagerWithdrawRequestedEventName
}

// UnpackWithdrawRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawRequested(address indexed user, uint8 indexed role, uint256 amount, uint64 unlockAt)
func (stakeManager *StakeManager) UnpackWithdrawRequestedEvent(log *types.Log) (*StakeManagerWithdrawRequested, error) {
	event := "WithdrawRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakeManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakeManagerWithdrawRequested)
	if len(log.Data) > 0 {
		if err := stakeManager.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stakeManager.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (stakeManager *StakeManager) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return stakeManager.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return stakeManager.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return stakeManager.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return stakeManager.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return stakeManager.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return stakeManager.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["IncompatibleModule"].ID.Bytes()[:4]) {
		return stakeManager.UnpackIncompatibleModuleError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return stakeManager.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return stakeManager.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["InvalidPercentage"].ID.Bytes()[:4]) {
		return stakeManager.UnpackInvalidPercentageError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["InvalidRole"].ID.Bytes()[:4]) {
		return stakeManager.UnpackInvalidRoleError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return stakeManager.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["NoPendingWithdrawal"].ID.Bytes()[:4]) {
		return stakeManager.UnpackNoPendingWithdrawalError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return stakeManager.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["NotPauser"].ID.Bytes()[:4]) {
		return stakeManager.UnpackNotPauserError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return stakeManager.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return stakeManager.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return stakeManager.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["RenounceDisabled"].ID.Bytes()[:4]) {
		return stakeManager.UnpackRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return stakeManager.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return stakeManager.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["StakeLocked"].ID.Bytes()[:4]) {
		return stakeManager.UnpackStakeLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["TooManyActiveJobs"].ID.Bytes()[:4]) {
		return stakeManager.UnpackTooManyActiveJobsError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return stakeManager.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return stakeManager.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["UnauthorizedCaller"].ID.Bytes()[:4]) {
		return stakeManager.UnpackUnauthorizedCallerError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["UnsupportedToken"].ID.Bytes()[:4]) {
		return stakeManager.UnpackUnsupportedTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["WithdrawalLocked"].ID.Bytes()[:4]) {
		return stakeManager.UnpackWithdrawalLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return stakeManager.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return stakeManager.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// StakeManagerAddressEmptyCode represents a AddressEmptyCode error raised by the StakeManager contract.
type StakeManagerAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func StakeManagerAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (stakeManager *StakeManager) UnpackAddressEmptyCodeError(raw []byte) (*StakeManagerAddressEmptyCode, error) {
	out := new(StakeManagerAddressEmptyCode)
	if err := stakeManager.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the StakeManager contract.
type StakeManagerERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func StakeManagerERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (stakeManager *StakeManager) UnpackERC1967InvalidImplementationError(raw []byte) (*StakeManagerERC1967InvalidImplementation, error) {
	out := new(StakeManagerERC1967InvalidImplementation)
	if err := stakeManager.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerERC1967NonPayable represents a ERC1967NonPayable error raised by the StakeManager contract.
type StakeManagerERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func StakeManagerERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (stakeManager *StakeManager) UnpackERC1967NonPayableError(raw []byte) (*StakeManagerERC1967NonPayable, error) {
	out := new(StakeManagerERC1967NonPayable)
	if err := stakeManager.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerEnforcedPause represents a EnforcedPause error raised by the StakeManager contract.
type StakeManagerEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func StakeManagerEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (stakeManager *StakeManager) UnpackEnforcedPauseError(raw []byte) (*StakeManagerEnforcedPause, error) {
	out := new(StakeManagerEnforcedPause)
	if err := stakeManager.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerExpectedPause represents a ExpectedPause error raised by the StakeManager contract.
type StakeManagerExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func StakeManagerExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (stakeManager *StakeManager) UnpackExpectedPauseError(raw []byte) (*StakeManagerExpectedPause, error) {
	out := new(StakeManagerExpectedPause)
	if err := stakeManager.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerFailedCall represents a FailedCall error raised by the StakeManager contract.
type StakeManagerFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func StakeManagerFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (stakeManager *StakeManager) UnpackFailedCallError(raw []byte) (*StakeManagerFailedCall, error) {
	out := new(StakeManagerFailedCall)
	if err := stakeManager.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerIncompatibleModule represents a IncompatibleModule error raised by the StakeManager contract.
type StakeManagerIncompatibleModule struct {
	Module   common.Address
	Version  *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IncompatibleModule(address module, uint256 version, uint256 expected)
func StakeManagerIncompatibleModuleErrorID() common.Hash {
	return common.HexToHash("0x04061d127a8baae1898d82216f983269139f54b5a5d26cdac263423c87700483")
}

// UnpackIncompatibleModuleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IncompatibleModule(address module, uint256 version, uint256 expected)
func (stakeManager *StakeManager) UnpackIncompatibleModuleError(raw []byte) (*StakeManagerIncompatibleModule, error) {
	out := new(StakeManagerIncompatibleModule)
	if err := stakeManager.abi.UnpackIntoInterface(out, "IncompatibleModule", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerInsufficientStake represents a InsufficientStake error raised by the StakeManager contract.
type StakeManagerInsufficientStake struct {
	Available *big.Int
	Required  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 available, uint256 required)
func StakeManagerInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 available, uint256 required)
func (stakeManager *StakeManager) UnpackInsufficientStakeError(raw []byte) (*StakeManagerInsufficientStake, error) {
	out := new(StakeManagerInsufficientStake)
	if err := stakeManager.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerInvalidInitialization represents a InvalidInitialization error raised by the StakeManager contract.
type StakeManagerInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func StakeManagerInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (stakeManager *StakeManager) UnpackInvalidInitializationError(raw []byte) (*StakeManagerInvalidInitialization, error) {
	out := new(StakeManagerInvalidInitialization)
	if err := stakeManager.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerInvalidPercentage represents a InvalidPercentage error raised by the StakeManager contract.
type StakeManagerInvalidPercentage struct {
	Pct *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPercentage(uint256 pct)
func StakeManagerInvalidPercentageErrorID() common.Hash {
	return common.HexToHash("0xaa3186736a71fbe83394f925f76befc82f4b6792de29094b553804a202ec3efd")
}

// UnpackInvalidPercentageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPercentage(uint256 pct)
func (stakeManager *StakeManager) UnpackInvalidPercentageError(raw []byte) (*StakeManagerInvalidPercentage, error) {
	out := new(StakeManagerInvalidPercentage)
	if err := stakeManager.abi.UnpackIntoInterface(out, "InvalidPercentage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerInvalidRole represents a InvalidRole error raised by the StakeManager contract.
type StakeManagerInvalidRole struct {
	Role uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRole(uint8 role)
func StakeManagerInvalidRoleErrorID() common.Hash {
	return common.HexToHash("0xf17864de239d89047e4665b7271d244db7454a63ddcba0725b6ea03427f08765")
}

// UnpackInvalidRoleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRole(uint8 role)
func (stakeManager *StakeManager) UnpackInvalidRoleError(raw []byte) (*StakeManagerInvalidRole, error) {
	out := new(StakeManagerInvalidRole)
	if err := stakeManager.abi.UnpackIntoInterface(out, "InvalidRole", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerLengthMismatch represents a LengthMismatch error raised by the StakeManager contract.
type StakeManagerLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func StakeManagerLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (stakeManager *StakeManager) UnpackLengthMismatchError(raw []byte) (*StakeManagerLengthMismatch, error) {
	out := new(StakeManagerLengthMismatch)
	if err := stakeManager.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerNoPendingWithdrawal represents a NoPendingWithdrawal error raised by the StakeManager contract.
type StakeManagerNoPendingWithdrawal struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoPendingWithdrawal()
func StakeManagerNoPendingWithdrawalErrorID() common.Hash {
	return common.HexToHash("0x9121b84fef8b7ad3edb5da7d906b6c78e7e08853cf5c604523e64bca5a8c4166")
}

// UnpackNoPendingWithdrawalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoPendingWithdrawal()
func (stakeManager *StakeManager) UnpackNoPendingWithdrawalError(raw []byte) (*StakeManagerNoPendingWithdrawal, error) {
	out := new(StakeManagerNoPendingWithdrawal)
	if err := stakeManager.abi.UnpackIntoInterface(out, "NoPendingWithdrawal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerNotInitializing represents a NotInitializing error raised by the StakeManager contract.
type StakeManagerNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func StakeManagerNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (stakeManager *StakeManager) UnpackNotInitializingError(raw []byte) (*StakeManagerNotInitializing, error) {
	out := new(StakeManagerNotInitializing)
	if err := stakeManager.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerNotPauser represents a NotPauser error raised by the StakeManager contract.
type StakeManagerNotPauser struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPauser(address caller)
func StakeManagerNotPauserErrorID() common.Hash {
	return common.HexToHash("0x206a346e13ac829b87065741a38813b204c7b4a46c9fb833bcd8141d92675a78")
}

// UnpackNotPauserError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPauser(address caller)
func (stakeManager *StakeManager) UnpackNotPauserError(raw []byte) (*StakeManagerNotPauser, error) {
	out := new(StakeManagerNotPauser)
	if err := stakeManager.abi.UnpackIntoInterface(out, "NotPauser", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the StakeManager contract.
type StakeManagerOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func StakeManagerOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (stakeManager *StakeManager) UnpackOwnableInvalidOwnerError(raw []byte) (*StakeManagerOwnableInvalidOwner, error) {
	out := new(StakeManagerOwnableInvalidOwner)
	if err := stakeManager.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the StakeManager contract.
type StakeManagerOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func StakeManagerOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (stakeManager *StakeManager) UnpackOwnableUnauthorizedAccountError(raw []byte) (*StakeManagerOwnableUnauthorizedAccount, error) {
	out := new(StakeManagerOwnableUnauthorizedAccount)
	if err := stakeManager.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the StakeManager contract.
type StakeManagerReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func StakeManagerReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (stakeManager *StakeManager) UnpackReentrancyGuardReentrantCallError(raw []byte) (*StakeManagerReentrancyGuardReentrantCall, error) {
	out := new(StakeManagerReentrancyGuardReentrantCall)
	if err := stakeManager.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerRenounceDisabled represents a RenounceDisabled error raised by the StakeManager contract.
type StakeManagerRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RenounceDisabled()
func StakeManagerRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x8905116560d0223388013a6344e0f340294b54bf7b203773dd2cb8f2e5a0d511")
}

// UnpackRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RenounceDisabled()
func (stakeManager *StakeManager) UnpackRenounceDisabledError(raw []byte) (*StakeManagerRenounceDisabled, error) {
	out := new(StakeManagerRenounceDisabled)
	if err := stakeManager.abi.UnpackIntoInterface(out, "RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the StakeManager contract.
type StakeManagerSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func StakeManagerSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (stakeManager *StakeManager) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*StakeManagerSafeCastOverflowedUintDowncast, error) {
	out := new(StakeManagerSafeCastOverflowedUintDowncast)
	if err := stakeManager.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the StakeManager contract.
type StakeManagerSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func StakeManagerSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (stakeManager *StakeManager) UnpackSafeERC20FailedOperationError(raw []byte) (*StakeManagerSafeERC20FailedOperation, error) {
	out := new(StakeManagerSafeERC20FailedOperation)
	if err := stakeManager.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerStakeLocked represents a StakeLocked error raised by the StakeManager contract.
type StakeManagerStakeLocked struct {
	Until uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeLocked(uint64 until)
func StakeManagerStakeLockedErrorID() common.Hash {
	return common.HexToHash("0x68a2053c541711e2ff09fbad0cfdb8ccb48b3380c7b25396271bb41985b31519")
}

// UnpackStakeLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeLocked(uint64 until)
func (stakeManager *StakeManager) UnpackStakeLockedError(raw []byte) (*StakeManagerStakeLocked, error) {
	out := new(StakeManagerStakeLocked)
	if err := stakeManager.abi.UnpackIntoInterface(out, "StakeLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerTooManyActiveJobs represents a TooManyActiveJobs error raised by the StakeManager contract.
type StakeManagerTooManyActiveJobs struct {
	Active *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyActiveJobs(uint256 active)
func StakeManagerTooManyActiveJobsErrorID() common.Hash {
	return common.HexToHash("0x6fd4906f35870b1807900eff4ad7f64898de9c5b0ee2afe4e40a7373ccd5b3ac")
}

// UnpackTooManyActiveJobsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyActiveJobs(uint256 active)
func (stakeManager *StakeManager) UnpackTooManyActiveJobsError(raw []byte) (*StakeManagerTooManyActiveJobs, error) {
	out := new(StakeManagerTooManyActiveJobs)
	if err := stakeManager.abi.UnpackIntoInterface(out, "TooManyActiveJobs", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the StakeManager contract.
type StakeManagerUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func StakeManagerUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (stakeManager *StakeManager) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*StakeManagerUUPSUnauthorizedCallContext, error) {
	out := new(StakeManagerUUPSUnauthorizedCallContext)
	if err := stakeManager.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the StakeManager contract.
type StakeManagerUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func StakeManagerUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (stakeManager *StakeManager) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*StakeManagerUUPSUnsupportedProxiableUUID, error) {
	out := new(StakeManagerUUPSUnsupportedProxiableUUID)
	if err := stakeManager.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerUnauthorizedCaller represents a UnauthorizedCaller error raised by the StakeManager contract.
type StakeManagerUnauthorizedCaller struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnauthorizedCaller(address caller)
func StakeManagerUnauthorizedCallerErrorID() common.Hash {
	return common.HexToHash("0xd86ad9cfaa7befeb3f173b3707581b7abd2af82a8982c91af7ea00f9ee034b67")
}

// UnpackUnauthorizedCallerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnauthorizedCaller(address caller)
func (stakeManager *StakeManager) UnpackUnauthorizedCallerError(raw []byte) (*StakeManagerUnauthorizedCaller, error) {
	out := new(StakeManagerUnauthorizedCaller)
	if err := stakeManager.abi.UnpackIntoInterface(out, "UnauthorizedCaller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerUnsupportedToken represents a UnsupportedToken error raised by the StakeManager contract.
type StakeManagerUnsupportedToken struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedToken(address token)
func StakeManagerUnsupportedTokenErrorID() common.Hash {
	return common.HexToHash("0xbf16aab68b533663bda39930f665a3aca274d1ce9b11695c6d6218cb23bba198")
}

// UnpackUnsupportedTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedToken(address token)
func (stakeManager *StakeManager) UnpackUnsupportedTokenError(raw []byte) (*StakeManagerUnsupportedToken, error) {
	out := new(StakeManagerUnsupportedToken)
	if err := stakeManager.abi.UnpackIntoInterface(out, "UnsupportedToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerWithdrawalLocked represents a WithdrawalLocked error raised by the StakeManager contract.
type StakeManagerWithdrawalLocked struct {
	UnlockAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalLocked(uint64 unlockAt)
func StakeManagerWithdrawalLockedErrorID() common.Hash {
	return common.HexToHash("0xaaf940113ec32bd58552620a4b6758f6d6011de4d8175fbe7086e0d755753273")
}

// UnpackWithdrawalLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalLocked(uint64 unlockAt)
func (stakeManager *StakeManager) UnpackWithdrawalLockedError(raw []byte) (*StakeManagerWithdrawalLocked, error) {
	out := new(StakeManagerWithdrawalLocked)
	if err := stakeManager.abi.UnpackIntoInterface(out, "WithdrawalLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerZeroAddress represents a ZeroAddress error raised by the StakeManager contract.
type StakeManagerZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func StakeManagerZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (stakeManager *StakeManager) UnpackZeroAddressError(raw []byte) (*StakeManagerZeroAddress, error) {
	out := new(StakeManagerZeroAddress)
	if err := stakeManager.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakeManagerZeroAmount represents a ZeroAmount error raised by the StakeManager contract.
type StakeManagerZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func StakeManagerZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (stakeManager *StakeManager) UnpackZeroAmountError(raw []byte) (*StakeManagerZeroAmount, error) {
	out := new(StakeManagerZeroAmount)
	if err := stakeManager.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
