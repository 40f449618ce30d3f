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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"IncompatibleModule\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"InvalidPercentage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"InvalidRole\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NoCredit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoPendingWithdrawal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPauser\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RenounceDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"name\":\"StakeLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"active\",\"type\":\"uint256\"}],\"name\":\"TooManyActiveJobs\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"UnauthorizedCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"UnsupportedToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"kind\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"WrongModuleKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CreditWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"feePool\",\"type\":\"address\"}],\"name\":\"FeePoolUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"jobRegistry\",\"type\":\"address\"}],\"name\":\"JobRegistryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"pauser\",\"type\":\"address\"}],\"name\":\"PauserUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PaymentDeferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"StakeSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"period\",\"type\":\"uint256\"}],\"name\":\"UnbondingPeriodUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"validationModule\",\"type\":\"address\"}],\"name\":\"ValidationModuleUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawRequested\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MODULE_VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"credits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositStakeFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feePool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"finalizeWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"unbondingPeriod_\",\"type\":\"uint256\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"lockEscrow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxActive\",\"type\":\"uint256\"}],\"name\":\"lockJobStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint64\",\"name\":\"until\",\"type\":\"uint64\"}],\"name\":\"lockValidators\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"lockedStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"moduleKind\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauser\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"payFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"pendingWithdrawal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"slashTo\",\"type\":\"address\"}],\"name\":\"releaseJobStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setFeePool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setJobRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pauser_\",\"type\":\"address\"}],\"name\":\"setPauser\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"period\",\"type\":\"uint256\"}],\"name\":\"setUnbondingPeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setValidationModule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"slashPct\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"stakeInfo\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lockedUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"activeJobs\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"totalStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingPeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validationModule\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"validatorStakeAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"pool\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"validatorWeightsAt\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"weights\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"}],\"name\":\"withdrawCredit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "StakeManager",
	Bin: "0x60a080604052346100c257306080525f51602061372a5f395f51905f525460ff8160401c166100b3576002600160401b03196001600160401b03821601610060575b60405161366390816100c78239608051818181610d4601526123d30152f35b6001600160401b0319166001600160401b039081175f51602061372a5f395f51905f525581527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d290602090a15f80610041565b63f92ee8a960e01b5f5260045ffd5b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c8062dc34c1146102ee57806303a192bf146102e95780630adfcd81146102e45780630b98ad0e146102df578063114eaf55146102da5780631794bb3c146102d557806319db2228146102d057806323682c47146102cb5780632528fe1e146102c65780632d88af4a146102c1578063303d0c6b146102bc5780633f4ba83a146102b75780634f1ef286146102b257806352d1902d146102ad57806352f514f9146102a857806354fd4d501461027157806357b6416c146102a35780635c975abb1461029e5780636293255c14610299578063637cd7f0146102945780636c8cc9d91461028f5780636cf6d6751461028a578063715018a61461028557806376e334f91461028057806379ba50971461027b57806380b112bd1461027657806381ed9808146102715780638456cb591461026c5780638b2ad260146102675780638c795b9c146102625780638da5cb5b1461025d5780639a71e316146102585780639fd0506d14610253578063a53499ee1461024e578063aacc6fcf14610249578063ad3cb1cc14610244578063ad9159fd1461023f578063ae2e933b1461023a578063c1159d5c14610235578063e30c397814610230578063e4d02b611461022b578063ebe16d2a14610226578063f21aa1dc14610221578063f2fde38b1461021c578063f8c450c9146102175763fc0c546a14610212575f80fd5b612092565b611efe565b611e76565b611e4c565b611bc0565b611b9f565b611b6b565b611b11565b611add565b611aa9565b611a4b565b611991565b611971565b611910565b611895565b611861565b61182d565b611632565b611578565b610f7e565b6114f9565b6114ad565b611472565b61144b565b611416565b61130f565b6112ba565b61115b565b6110f1565b610f99565b610d9a565b610d34565b610cba565b610b73565b610b5c565b610ae0565b610a98565b610a64565b61091d565b6107c0565b61073c565b6106af565b6105dc565b610497565b610308565b6001600160a01b0381160361030457565b5f80fd5b3461030457602036600319011261030457600435610325816102f3565b61032d61297d565b61033681613163565b604051633c86a87760e21b81526001600160a01b0382169190602081600481865afa5f9181610436575b50610399576344f2c35f60e01b5f9081526001600160a01b0383166004526024526a4a6f62526567697374727960a81b60445260645b5ffd5b6ab5909dad9a98968c8b8d8760a81b8101610403575f5160206135a35f395f51905f5280546001600160a01b0319166001600160a01b0384161790557f4e6ed529143792eb36aebf3160c3823853987caa78e4ed0dc73e0849e3ea6bfe6020845b604051908152a1005b6344f2c35f60e01b5f526001600160a01b03909116600452602452506a4a6f62526567697374727960a81b60445260645ffd5b61045991925060203d602011610460575b6104518183610c7e565b810190612265565b905f610360565b503d610447565b9181601f84011215610304578235916001600160401b038311610304576020808501948460051b01011161030457565b34610304576040366003190112610304576004356001600160401b038111610304576104c7903690600401610467565b906024356001600160401b0381168103610304575f5160206135e35f395f51905f5254610504906001600160a01b03165b6001600160a01b031690565b330361059d5763ffffffff165f5b83811061051b57005b8061054a61053c61053761053260019589896120da565b6120ef565b6120fc565b60015f5260205260405f2090565b838061056a610561845463ffffffff9060d01c1690565b63ffffffff1690565b10610578575b505001610512565b815463ffffffff60d01b191660d09190911b63ffffffff60d01b161790555f83610570565b63d86ad9cf60e01b5f523360045260245ffd5b6060906003190112610304576004356105c8816102f3565b906024356105d5816102f3565b9060443590565b34610304576105ea366105b0565b5f5160206135435f395f51905f52549092919061060f906001600160a01b03166104f8565b330361059d576001600160a01b03811661067c57506001600160a01b0316803b1561030457604051630852cd8d60e31b815260048101929092525f908290602490829084905af1801561067757610663575b005b806106715f61066193610c7e565b80610a5a565b6121a4565b61066192916001600160a01b0316612a72565b6024359060ff8216820361030457565b6004359060ff8216820361030457565b346103045760403660031901126103045760206106f26004356106d1816102f3565b6106e26106dc61068f565b91612134565b9060ff165f5260205260405f2090565b604051906106ff82610c5e565b546001600160801b03811680835260809190911c6001600160401b03169290910182905260408051918252602082019290925290819081015b0390f35b34610304576020366003190112610304577f38a1644f59872db6fd17fdced395495fcaa3ca7d2825a0704db5a3acbd1dd064602060043561077b61297d565b6103fa61078782612af3565b5f5160206135235f395f51905f52805467ffffffffffffffff60a01b191660a09290921b67ffffffffffffffff60a01b16919091179055565b34610304576107ce366105b0565b5f5160206136235f395f51905f525492916001600160401b0361080060ff604087901c1615956001600160401b031690565b1680159081610915575b600114908161090b575b159081610902575b506108f35761085f928461085660016001600160401b03195f5160206136235f395f51905f525416175f5160206136235f395f51905f5255565b6108be576121dd565b61086557005b61088f60ff60401b195f5160206136235f395f51905f5254165f5160206136235f395f51905f5255565b604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d290602090a1005b6108ee600160401b60ff60401b195f5160206136235f395f51905f525416175f5160206136235f395f51905f5255565b6121dd565b63f92ee8a960e01b5f5260045ffd5b9050155f61081c565b303b159150610814565b85915061080a565b346103045760203660031901126103045760043561093a816102f3565b61094261297d565b61094b81613163565b604051633c86a87760e21b81526001600160a01b0382169190602081600481865afa5f9181610a39575b506109a9576344f2c35f60e01b5f9081526001600160a01b03831660045260245266119959541bdbdb60ca1b60445260645ffd5b662e66a6abe4242560ca1b8101610a0a575f5160206135435f395f51905f5280546001600160a01b0319166001600160a01b0384161790557f6d1d088acfe4f30d6014f6f693c61c16258f9784a6ed8439b2c59213eecb62956020846103fa565b6344f2c35f60e01b5f526001600160a01b039091166004526024525066119959541bdbdb60ca1b60445260645ffd5b610a5391925060203d602011610460576104518183610c7e565b905f610975565b5f91031261030457565b34610304575f366003190112610304575f5160206135a35f395f51905f52546040516001600160a01b039091168152602090f35b346103045760403660031901126103045760206001600160601b03610ad3600435610ac2816102f3565b6106e2610acd61068f565b916120fc565b5460701c16604051908152f35b34610304576020366003190112610304577fa4336c0cb1e245b95ad204faed7e940d6dc999684fd8b5e1ff597a0c4efca8ab6020600435610b20816102f3565b610b2861297d565b5f5160206135c35f395f51905f5280546001600160a01b0319166001600160a01b03929092169182179055604051908152a1005b3461030457610661610b6d366105b0565b916122a8565b34610304575f366003190112610304575f5160206135635f395f51905f52546001600160a01b031633141580610c29575b610c165760ff5f5160206135235f395f51905f525460e01c1615610c07575f5160206135235f395f51905f52805460ff60e01b191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a1005b638dfc202b60e01b5f5260045ffd5b6310351a3760e11b5f523360045260245ffd5b505f5160206135c35f395f51905f52546001600160a01b0316331415610ba4565b634e487b7160e01b5f52604160045260245ffd5b604081019081106001600160401b03821117610c7957604052565b610c4a565b90601f801991011681019081106001600160401b03821117610c7957604052565b6001600160401b038111610c7957601f01601f191660200190565b604036600319011261030457600435610cd2816102f3565b602435906001600160401b038211610304573660238301121561030457816004013590610cfe82610c9f565b91610d0c6040519384610c7e565b8083523660248286010111610304576020815f926024610661970183870137840101526123c7565b34610304575f366003190112610304577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03163003610d8b5760206040515f5160206135835f395f51905f528152f35b63703e46dd60e11b5f5260045ffd5b3461030457608036600319011261030457600435610db7816102f3565b6024359060443591610dde610dd160643593610537612b24565b5f805260205260405f2090565b91610de8836124d5565b93610dfa85516001600160701b031690565b816001600160701b03821610610f6057505083516001600160701b031690610e55610e496020870193610e43610e3786516001600160601b031690565b6001600160601b031690565b9061252c565b6001600160701b031690565b838110610f4957508015159081610f26575b50610efe57606061066194610ed0610ea0610ede956001600160601b03610e98610ed997516001600160601b031690565b91169061254c565b86546bffffffffffffffffffffffff60701b191660709190911b6bffffffffffffffffffffffff60701b16178655565b015161ffff1690565b61256c565b81546001600160f01b031660f09190911b6001600160f01b031916179055565b610396610f10606086015161ffff1690565b636fd4906f60e01b5f5261ffff16600452602490565b9050610f41610f3a606087015161ffff1690565b61ffff1690565b10155f610e67565b6322df051360e11b5f52600452602483905260445ffd5b6322df051360e11b5f526001600160701b031660045260245260445ffd5b34610304575f36600319011261030457602060405160018152f35b3461030457602036600319011261030457600435610fb6816102f3565b610fbe61297d565b610fc781613163565b604051633c86a87760e21b81526001600160a01b0382169190602081600481865afa5f91816110d0575b5061102e576344f2c35f60e01b5f9081526001600160a01b0383166004526024526f56616c69646174696f6e4d6f64756c6560801b60445260645ffd5b6fa99e93969b9e8b969091b2909b8a939b60801b8101611098575f5160206135e35f395f51905f5280546001600160a01b0319166001600160a01b0384161790557fb9bce68b107f53cfb91d98d7232cdc1845d9e5798c27af5cf786068975d4fd896020846103fa565b6344f2c35f60e01b5f526001600160a01b03909116600452602452506f56616c69646174696f6e4d6f64756c6560801b60445260645ffd5b6110ea91925060203d602011610460576104518183610c7e565b905f610ff1565b34610304575f36600319011261030457602060ff5f5160206135235f395f51905f525460e01c166040519015158152f35b60206040818301928281528451809452019201905f5b8181106111455750505090565b8251845260209384019390920191600101611138565b34610304576060366003190112610304576004356001600160401b0381116103045761118b903690600401610467565b9060243561119a604435612bdb565b926111a481612597565b9365ffffffffffff8116915f5b8181106111c657604051806107388982611122565b806112126111da610532600194868b6120da565b6001600160a01b03165f9081527f09b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d0b6020526040902090565b548561121e8260d01c90565b1161126257828060d01b03165b828060d01b03168681101580611259575b611248575b50016111b1565b611252828a6125c9565b525f611241565b5080151561123c565b506112b5846112b061127861053285888d6120da565b6001600160a01b03165f9081527f09b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d096020526040902090565b612c0a565b61122b565b346103045760403660031901126103045760206113066004356112dc816102f3565b6112f1602435916112ec836102f3565b61216c565b9060018060a01b03165f5260205260405f2090565b54604051908152f35b346103045760203660031901126103045760043561132c816102f3565b60ff5f5160206135235f395f51905f525460e01c166114075761134d612cf7565b61136b6113598261216c565b335f9081526020919091526040902090565b5480156113e657610738915f611384336112f18461216c565b556001600160a01b0316611399823383612a72565b604051908282527f52fc0f9d902f33823a83590d3549f63f5492a0df5c6b6db8dee20deb94456b2660203393a35f5f5160206136035f395f51905f525d6040519081529081906020820190565b50636385746f60e01b5f9081526001600160a01b0391909116600452602490fd5b63d93c066560e01b5f5260045ffd5b34610304575f3660031901126103045760206001600160401b035f5160206135235f395f51905f525460a01c16604051908152f35b34610304575f3660031901126103045761146361297d565b638905116560e01b5f5260045ffd5b3461030457602036600319011261030457602061149e61149061069f565b61149981612d3e565b6125dd565b90549060031b1c604051908152f35b34610304575f366003190112610304575f5160206136435f395f51905f5254336001600160a01b03909116036114e65761066133612d5e565b63118cdaa760e01b5f523360045260245ffd5b346103045760403660031901126103045761152161151c600435610ac2816102f3565b6124d5565b6001600160701b038151166001600160601b036020830151169061ffff606063ffffffff604086015116940151166001600160401b0360405194859460808601948652602086015216604084015260608301520390f35b34610304575f366003190112610304575f5160206135635f395f51905f52546001600160a01b031633141580611611575b610c165760ff5f5160206135235f395f51905f525460e01c16611407575f5160206135235f395f51905f52805460ff60e01b1916600160e01b1790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586020604051338152a1005b505f5160206135c35f395f51905f52546001600160a01b03163314156115a9565b346103045760603660031901126103045760043561164f816102f3565b60443560243561165e826102f3565b611666612b24565b611672610dd1846120fc565b61167b816124d5565b926116d66116a661169660208701516001600160601b031690565b6001600160601b0386169061260d565b83546bffffffffffffffffffffffff60701b191660709190911b6bffffffffffffffffffffffff60701b16178355565b6117106116f06116eb606087015161ffff1690565b61262d565b83546001600160f01b031660f09190911b6001600160f01b031916178355565b6001600160a01b0381169485151580611824575b61172a57005b6118058461181f936117967f0f51432e23b23263f64059a9c56cdb271c6b4aab744ab968ecbab26bc49a52189661177c61176c5f9b516001600160701b031690565b6001600160701b0386169061252c565b6001600160701b03166001600160701b0319825416179055565b6117e87f09b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d04896117d2856117cd8385549060031b1c90565b61229b565b82545f1960039390931b92831b1916911b179055565b5f5160206135235f395f51905f52546001600160a01b0316612dc9565b6040519384526001600160a01b0316929081906020820190565b0390a4005b50831515611724565b34610304575f366003190112610304575f5160206135e35f395f51905f52546040516001600160a01b039091168152602090f35b34610304575f366003190112610304575f5160206135635f395f51905f52546040516001600160a01b039091168152602090f35b346103045760403660031901126103045760206004356118b4816102f3565b6001600160a01b03165f9081527f09b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d09602052604090206001600160d01b039061190790611901602435612bdb565b90612c0a565b16604051908152f35b34610304575f366003190112610304575f5160206135c35f395f51905f52546040516001600160a01b039091168152602090f35b60609060031901126103045760043561195c816102f3565b9060243560ff81168103610304579060443590565b346103045761066161198236611944565b9161198b612b24565b80612ead565b34610304576060366003190112610304576004356119ae816102f3565b6024356001600160401b038111610304576119cd903690600401610467565b6044356001600160401b038111610304576119ec903690600401610467565b93906119f6612b24565b5f5b838110611a0157005b80611a0f60019288856120da565b35611a1b575b016119f8565b611a46611a298287896120da565b35611a33816102f3565b611a3e838a876120da565b359086612dc9565b611a15565b34610304575f366003190112610304576040805190611a6a8183610c7e565b600582526020820191640352e302e360dc1b83528151928391602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b346103045760403660031901126103045760206001600160701b03611ad3600435610ac2816102f3565b5416604051908152f35b34610304575f366003190112610304575f5160206135435f395f51905f52546040516001600160a01b039091168152602090f35b3461030457604036600319011261030457611b2a61069f565b60243560ff5f5160206135235f395f51905f525460e01c1661140757611b5991611b52612cf7565b3333612ead565b5f5f5160206136035f395f51905f525d005b34610304575f366003190112610304575f5160206136435f395f51905f52546040516001600160a01b039091168152602090f35b34610304576020611bb8611bb236611944565b9161268d565b604051908152f35b3461030457604036600319011261030457611bd961069f565b60243560ff5f5160206135235f395f51905f525460e01c1661140757611bfd612cf7565b611c0682612d3e565b8015611e3d57611c19826106e2336120fc565b918254611c2d8163ffffffff9060d01c1690565b4263ffffffff821611611e255750610e4981610e43610e37611c58611c68956001600160701b031690565b9260701c6001600160601b031690565b808311611e0e5750611df5611d2c7f69b8a82093359029cce5daa8f98677ff13886213d71c9848b476c30e1507122992611d23611d1c610e4960ff84169860028a14611e00575b611cf1611cd56001600160701b038b16611cd084546001600160701b031690565b61252c565b82546001600160701b0319166001600160701b03909116178255565b611d0f611cfd866125dd565b6117d28c6117cd8385549060031b1c90565b546001600160701b031690565b823361303c565b6106e233612134565b611dd4611d63611d545f5160206135235f395f51905f52546001600160401b039060a01c1690565b6001600160401b03421661293d565b8092611da9611d84611d7489613132565b83546001600160801b031661295d565b82546fffffffffffffffffffffffffffffffff19166001600160801b03909116178255565b805467ffffffffffffffff60801b191660809290921b67ffffffffffffffff60801b16919091179055565b604080519485526001600160401b0390911660208501523393918291820190565b0390a3610661612d2c565b611e0933612fd2565b611caf565b6322df051360e11b5f52600452602482905260445ffd5b631a28814f60e21b5f5263ffffffff1660045260245ffd5b631f2a200560e01b5f5260045ffd5b34610304575f366003190112610304576040516b29ba30b5b2a6b0b730b3b2b960a11b8152602090f35b3461030457602036600319011261030457600435611e93816102f3565b611e9b61297d565b5f5160206136435f395f51905f5280546001600160a01b0319166001600160a01b039283169081179091555f5160206135635f395f51905f52549091167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227005f80a3005b3461030457602036600319011261030457611f1761069f565b60ff5f5160206135235f395f51905f525460e01c1661140757611f38612cf7565b611f4181612d3e565b611f56611f51826106e233612134565b6121af565b6001600160801b03611f6f82516001600160801b031690565b16156120835760208101516001600160401b03164281116120685750611fa8611f9b836106e2336120fc565b5460d01c63ffffffff1690565b4263ffffffff821611611e255750612023905f611fc8846106e233612134565b555f5160206135235f395f51905f525461201690611fee906001600160a01b03166104f8565b61200e61200284516001600160801b031690565b6001600160801b031690565b903390612a72565b516001600160801b031690565b7fb2b0c01dad6a2067fabbca7212261c363c9a7b141055c7c0732617f9659805ba60ff60405193169280611df53394829190916001600160801b036020820193169052565b63aaf9401160e01b5f526001600160401b031660045260245ffd5b639121b84f60e01b5f5260045ffd5b34610304575f366003190112610304575f5160206135235f395f51905f52546040516001600160a01b039091168152602090f35b634e487b7160e01b5f52603260045260245ffd5b91908110156120ea5760051b0190565b6120c6565b356120f9816102f3565b90565b6001600160a01b03165f9081527f09b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d076020526040902090565b6001600160a01b03165f9081527f09b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d086020526040902090565b6001600160a01b03165f9081527f09b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d0a6020526040902090565b6040513d5f823e3d90fd5b906040516121bc81610c5e565b91546001600160801b038116835260801c6001600160401b03166020830152565b6121e561323d565b6001600160a01b038116156122565761220d9061220061323d565b61220861323d565b612d5e565b6001600160a01b031680156122565761225491610787916001600160601b0360a01b5f5160206135235f395f51905f525416175f5160206135235f395f51905f5255612af3565b565b63d92e233d60e01b5f5260045ffd5b90816020910312610304575190565b634e487b7160e01b5f52601160045260245ffd5b5f1981019190821161229657565b612274565b9190820391821161229657565b91906122b2612b24565b5f5160206135235f395f51905f52546122d3906001600160a01b03166104f8565b6001600160a01b038416919082146123bb576040516370a0823160e01b8152306004820152602081602481865afa9081156106775784905f92612398575b5061231f9192309085612b57565b6040516370a0823160e01b815230600482015291602090839060249082905afa801561067757612356925f91612379575b5061229b565b0361235e5750565b635f8b555b60e11b5f526001600160a01b031660045260245ffd5b612392915060203d602011610460576104518183610c7e565b5f612350565b61231f92506123b59060203d602011610460576104518183610c7e565b91612311565b61225493503091612b57565b90916001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163081149081156124b3575b50610d8b5761240b61297d565b6124148261299d565b6040516352d1902d60e01b8152926020846004816001600160a01b0387165afa5f9481612492575b5061245d57634c9c8ce360e01b5f526001600160a01b03831660045260245ffd5b90915f5160206135835f395f51905f52840361247e57612254929350613268565b632a87526960e21b5f52600484905260245ffd5b6124ac91955060203d602011610460576104518183610c7e565b935f61243c565b5f5160206135835f395f51905f52546001600160a01b0316141590505f6123fe565b90604051608081018181106001600160401b03821117610c795760405260608193546001600160701b03811683526001600160601b038160701c16602084015263ffffffff8160d01c16604084015260f01c910152565b906001600160701b03809116911603906001600160701b03821161229657565b906001600160601b03809116911601906001600160601b03821161229657565b61ffff60019116019061ffff821161229657565b6001600160401b038111610c795760051b60200190565b906125a182612580565b6125ae6040519182610c7e565b82815280926125bf601f1991612580565b0190602036910137565b80518210156120ea5760209160051b010190565b60038110156120ea577f09b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d0401905f90565b906001600160601b03809116911603906001600160601b03821161229657565b61ffff5f199116019061ffff821161229657565b906001820180921161229657565b9190820180921161229657565b8181029291811591840414171561229657565b8115612679570490565b634e487b7160e01b5f52601260045260245ffd5b5f5160206135e35f395f51905f525491939290916126b3906001600160a01b03166104f8565b33141580612913575b61059d576126c984612d3e565b6126d281612fb5565b6126df846106e2846120fc565b936126ed816106e285612134565b61270b610e498754610e43610e37611c58836001600160701b031690565b9261273d61273661272661200285546001600160801b031690565b92612731848861264f565b61265c565b6064900490565b9687156129085760ff841694600286146128fa575b8089116128f4575087935b61279a61277e6001600160701b038716611cd085546001600160701b031690565b83546001600160701b0319166001600160701b03909116178355565b6127b86127a6826125dd565b6117d2886117cd8385549060031b1c90565b846128cf575b5050828711612893575b50505f5160206135435f395f51905f52546001600160a01b03169290508215612256575f5160206135235f395f51905f52546001600160a01b0316833b1561030457604051636096278160e01b81526001600160a01b03919091166004820152602481018690525f8160448183885af180156106775761287f575b506040518581526001600160a01b0391909116907f0f51432e23b23263f64059a9c56cdb271c6b4aab744ab968ecbab26bc49a521890602090a4565b806106715f61288d93610c7e565b5f612843565b6120026128ad916128a76128c7958a61229b565b9061229b565b6001600160801b03166001600160801b0319825416179055565b5f80806127c8565b6128e6610e496128ed93546001600160701b031690565b908761303c565b5f806127be565b9361275d565b61290387612fd2565b612752565b505f96505050505050565b505f5160206135a35f395f51905f5254612935906001600160a01b03166104f8565b3314156126bc565b906001600160401b03809116911601906001600160401b03821161229657565b906001600160801b03809116911601906001600160801b03821161229657565b5f5160206135635f395f51905f52546001600160a01b031633036114e657565b6129a681613163565b604051633c86a87760e21b81526020816004816001600160a01b0386165afa5f9181612a51575b50612a06576344f2c35f60e01b5f9081526001600160a01b0383166004526024526b29ba30b5b2a6b0b730b3b2b960a11b60445260645ffd5b906b5645cf4a4d594f48cf4c4d4760a11b8201612a21575050565b6344f2c35f60e01b5f5260018060a01b03166004526024526b29ba30b5b2a6b0b730b3b2b960a11b60445260645ffd5b612a6b91925060203d602011610460576104518183610c7e565b905f6129cd565b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f5114821615612ad2575b60405215612ab25750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b906001811516612aea57823b15153d15161690612aa7565b503d5f823e3d90fd5b6001600160401b038111612b0d576001600160401b031690565b6306dfcc6560e41b5f52604060045260245260445ffd5b5f5160206135a35f395f51905f52546001600160a01b03163303612b4457565b63d86ad9cf60e01b5f523360045260245ffd5b6040516323b872dd60e01b5f9081526001600160a01b039384166004529290931660245260449390935260209060648180865af160015f5114811615612bc5575b6040919091525f60605215612baa5750565b635274afe760e01b5f526001600160a01b031660045260245ffd5b6001811516612aea573d15833b15151616612b98565b65ffffffffffff8111612bf35765ffffffffffff1690565b6306dfcc6560e41b5f52603060045260245260445ffd5b908154905f918060058211612c9d575b65ffffffffffff91509291165b828210612c5d57505080612c3b5750505f90565b6120f991612c4b612c5692612288565b905f5260205f200190565b5460301c90565b909180831860011c8184160190845f528265ffffffffffff8360205f20015416115f14612c8d5750915b90612c27565b9250612c9890612641565b612c87565b612ca682613307565b820391821161229657845f5265ffffffffffff8260205f2001541665ffffffffffff8416105f14612cdf575065ffffffffffff90612c1a565b9250612cf165ffffffffffff91612641565b92612c1a565b5f5160206136035f395f51905f525c612d1d5760015f5160206136035f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b5f5f5160206136035f395f51905f525d565b60ff1660028111612d4c5750565b6378bc326f60e11b5f5260045260245ffd5b5f5160206136435f395f51905f5280546001600160a01b03199081169091555f5160206135635f395f51905f5280549182166001600160a01b0393841690811790915591167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3565b60405163a9059cbb60e01b5f9081526001600160a01b03848116600452602486905292909216929160209060448180875af19060015f5114821615612e9e575b60405215612e1657505050565b5f8281527f09b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d0a602090815260408083206001600160a01b03851684529091529020805491848301809311612296579190556040519283526001600160a01b0316917f5a0c3591c2e548638f5c88b63a0f9a9ff4b5f1c634efd01311827381fd8c660390602090a3565b90833b15153d15161690612e09565b90929192612eba84612d3e565b8215611e3d577f12e8c83607de18cb6ae73588bce490538795b3a4cf7a201e7214af06ee14a46e9161180584612fa293612f7960ff89169860028a14612fa7575b6001600160701b03612f10826106e2896120fc565b612f53612f37612f3288612f2d868654166001600160701b031690565b61264f565b613465565b82546001600160701b0319166001600160701b03821617909255565b612f71612f5f846125dd565b6117d289612f2d8385549060031b1c90565b16908661303c565b5f5160206135235f395f51905f5254612f9a906001600160a01b03166104f8565b903091612b57565b0390a3565b612fb086612fd2565b612efb565b60648111612fc05750565b63aa31867360e01b5f5260045260245ffd5b5f5160206135435f395f51905f52546001600160a01b031680612ff3575050565b803b156103045760405163451c20a560e01b81526001600160a01b0390921660048301525f908290602490829084905af1801561067757613032575b50565b5f61225491610c7e565b919060ff1660011461304c575050565b60018060a01b0382165f527f09b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d0960205260405f209060405161308c81610c5e565b4365ffffffffffff1681526001600160d01b03821660208201528254600160401b811015610c7957600181018085558110156120ea5761312f935f5260205f20019065ffffffffffff81511690602065ffffffffffff1991015160301b161790556130f74360d01b90565b17917f09b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d0b9060018060a01b03165f5260205260405f2090565b55565b6001600160801b03811161314c576001600160801b031690565b6306dfcc6560e41b5f52608060045260245260445ffd5b6001600160a01b038116801561225657813b156132175760206004916040519283809263054fd4d560e41b82525afa5f91816131f6575b506131c5576302030e8960e11b5f9081526001600160a01b038316600452602452600160445260645ffd5b90600182106131d2575050565b6302030e8960e11b5f526001600160a01b031660045260245250600160445260645ffd5b61321091925060203d602011610460576104518183610c7e565b905f61319a565b6302030e8960e11b5f9081526001600160a01b038316600452602452600160445260645ffd5b60ff5f5160206136235f395f51905f525460401c161561325957565b631afcd79f60e31b5f5260045ffd5b90813b156132e6575f5160206135835f395f51905f5280546001600160a01b0319166001600160a01b0384169081179091557fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b5f80a28051156132ce5761302f91613496565b5050346132d757565b63b398979f60e01b5f5260045ffd5b50634c9c8ce360e01b5f9081526001600160a01b0391909116600452602490fd5b60018111156120f957806001600160801b821015613428575b6133ce6133c46133ba6133b06133a661339c61338b6133d59760048a600160401b6133da9c101561341b575b64010000000081101561340e575b62010000811015613401575b6101008110156133f4575b60108110156133e7575b10156133df575b60030260011c90565b613395818b61266f565b0160011c90565b613395818a61266f565b613395818961266f565b613395818861266f565b613395818761266f565b613395818661266f565b809361266f565b821190565b900390565b60011b613382565b60041c9160021b9161337b565b60081c9160041b91613371565b60101c9160081b91613366565b60201c9160101b9161335a565b60401c9160201b9161334c565b50506133da6133d56133ce6133c46133ba6133b06133a661339c61338b61344f8a60801c90565b9850600160401b97506133209650505050505050565b6001600160701b03811161347f576001600160701b031690565b6306dfcc6560e41b5f52607060045260245260445ffd5b905f8091602081519101845af480806134f6575b156134b95750506120f9613509565b156134de57639996b31560e01b5f9081526001600160a01b0391909116600452602490fd5b3d15155f036121a45763d6bda27560e01b5f5260045ffd5b503d1515806134aa5750813b15156134aa565b604051903d82523d5f602084013e60203d83010160405256fe09b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d0009b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d039016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c199300360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc09b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d0133de1f0c4f4256b6890ee08852692b1b51f528581c66e7191d8a9095c76e220009b081bf2b4ca717cd22c22e691061b45790f0859336e7ec63fc627ce1046d029b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c00f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00",
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

// PackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x637cd7f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credits(address token_, address user) view returns(uint256)
func (stakeManager *StakeManager) PackCredits(token common.Address, user common.Address) []byte {
	enc, err := stakeManager.abi.Pack("credits", token, user)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x637cd7f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credits(address token_, address user) view returns(uint256)
func (stakeManager *StakeManager) TryPackCredits(token common.Address, user common.Address) ([]byte, error) {
	return stakeManager.abi.Pack("credits", token, user)
}

// UnpackCredits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x637cd7f0.
//
// Solidity: function credits(address token_, address user) view returns(uint256)
func (stakeManager *StakeManager) UnpackCredits(data []byte) (*big.Int, error) {
	out, err := stakeManager.abi.Unpack("credits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// PackModuleKind is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf21aa1dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function moduleKind() pure returns(bytes32)
func (stakeManager *StakeManager) PackModuleKind() []byte {
	enc, err := stakeManager.abi.Pack("moduleKind")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModuleKind is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf21aa1dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function moduleKind() pure returns(bytes32)
func (stakeManager *StakeManager) TryPackModuleKind() ([]byte, error) {
	return stakeManager.abi.Pack("moduleKind")
}

// UnpackModuleKind is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf21aa1dc.
//
// Solidity: function moduleKind() pure returns(bytes32)
func (stakeManager *StakeManager) UnpackModuleKind(data []byte) ([32]byte, error) {
	out, err := stakeManager.abi.Unpack("moduleKind", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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

// PackPayFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0adfcd81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payFee(address token_, address to, uint256 amount) returns()
func (stakeManager *StakeManager) PackPayFee(token common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := stakeManager.abi.Pack("payFee", token, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0adfcd81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payFee(address token_, address to, uint256 amount) returns()
func (stakeManager *StakeManager) TryPackPayFee(token common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return stakeManager.abi.Pack("payFee", token, to, amount)
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

// PackValidatorStakeAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a71e316.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validatorStakeAt(address user, uint256 blockNumber) view returns(uint256)
func (stakeManager *StakeManager) PackValidatorStakeAt(user common.Address, blockNumber *big.Int) []byte {
	enc, err := stakeManager.abi.Pack("validatorStakeAt", user, blockNumber)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidatorStakeAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a71e316.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validatorStakeAt(address user, uint256 blockNumber) view returns(uint256)
func (stakeManager *StakeManager) TryPackValidatorStakeAt(user common.Address, blockNumber *big.Int) ([]byte, error) {
	return stakeManager.abi.Pack("validatorStakeAt", user, blockNumber)
}

// UnpackValidatorStakeAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a71e316.
//
// Solidity: function validatorStakeAt(address user, uint256 blockNumber) view returns(uint256)
func (stakeManager *StakeManager) UnpackValidatorStakeAt(data []byte) (*big.Int, error) {
	out, err := stakeManager.abi.Unpack("validatorStakeAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackValidatorWeightsAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6293255c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validatorWeightsAt(address[] pool, uint256 minStake, uint256 blockNumber) view returns(uint256[] weights)
func (stakeManager *StakeManager) PackValidatorWeightsAt(pool []common.Address, minStake *big.Int, blockNumber *big.Int) []byte {
	enc, err := stakeManager.abi.Pack("validatorWeightsAt", pool, minStake, blockNumber)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidatorWeightsAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6293255c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validatorWeightsAt(address[] pool, uint256 minStake, uint256 blockNumber) view returns(uint256[] weights)
func (stakeManager *StakeManager) TryPackValidatorWeightsAt(pool []common.Address, minStake *big.Int, blockNumber *big.Int) ([]byte, error) {
	return stakeManager.abi.Pack("validatorWeightsAt", pool, minStake, blockNumber)
}

// UnpackValidatorWeightsAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6293255c.
//
// Solidity: function validatorWeightsAt(address[] pool, uint256 minStake, uint256 blockNumber) view returns(uint256[] weights)
func (stakeManager *StakeManager) UnpackValidatorWeightsAt(data []byte) ([]*big.Int, error) {
	out, err := stakeManager.abi.Unpack("validatorWeightsAt", data)
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

// PackWithdrawCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c8cc9d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawCredit(address token_) returns(uint256 amount)
func (stakeManager *StakeManager) PackWithdrawCredit(token common.Address) []byte {
	enc, err := stakeManager.abi.Pack("withdrawCredit", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c8cc9d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawCredit(address token_) returns(uint256 amount)
func (stakeManager *StakeManager) TryPackWithdrawCredit(token common.Address) ([]byte, error) {
	return stakeManager.abi.Pack("withdrawCredit", token)
}

// UnpackWithdrawCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c8cc9d9.
//
// Solidity: function withdrawCredit(address token_) returns(uint256 amount)
func (stakeManager *StakeManager) UnpackWithdrawCredit(data []byte) (*big.Int, error) {
	out, err := stakeManager.abi.Unpack("withdrawCredit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// StakeManagerCreditWithdrawn represents a CreditWithdrawn event raised by the StakeManager contract.
type StakeManagerCreditWithdrawn struct {
	Token  common.Address
	User   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const StakeManagerCreditWithdrawnEventName = "CreditWithdrawn"

// ContractEventName returns the user-defined event name.
func (StakeManagerCreditWithdrawn) ContractEventName() string {
	return StakeManagerCreditWithdrawnEventName
}

// UnpackCreditWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CreditWithdrawn(address indexed token, address indexed user, uint256 amount)
func (stakeManager *StakeManager) UnpackCreditWithdrawnEvent(log *types.Log) (*StakeManagerCreditWithdrawn, error) {
	event := "CreditWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakeManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakeManagerCreditWithdrawn)
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

// StakeManagerPaymentDeferred represents a PaymentDeferred event raised by the StakeManager contract.
type StakeManagerPaymentDeferred struct {
	Token  common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const StakeManagerPaymentDeferredEventName = "PaymentDeferred"

// ContractEventName returns the user-defined event name.
func (StakeManagerPaymentDeferred) ContractEventName() string {
	return StakeManagerPaymentDeferredEventName
}

// UnpackPaymentDeferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PaymentDeferred(address indexed token, address indexed to, uint256 amount)
func (stakeManager *StakeManager) UnpackPaymentDeferredEvent(log *types.Log) (*StakeManagerPaymentDeferred, error) {
	event := "PaymentDeferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakeManager.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakeManagerPaymentDeferred)
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
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["NoCredit"].ID.Bytes()[:4]) {
		return stakeManager.UnpackNoCreditError(raw[4:])
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
	if bytes.Equal(raw[:4], stakeManager.abi.Errors["WrongModuleKind"].ID.Bytes()[:4]) {
		return stakeManager.UnpackWrongModuleKindError(raw[4:])
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

// StakeManagerNoCredit represents a NoCredit error raised by the StakeManager contract.
type StakeManagerNoCredit struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCredit(address token)
func StakeManagerNoCreditErrorID() common.Hash {
	return common.HexToHash("0x6385746fcefe8edde7204ab2688cf3a9703f55184b5a77e217814dada566d089")
}

// UnpackNoCreditError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCredit(address token)
func (stakeManager *StakeManager) UnpackNoCreditError(raw []byte) (*StakeManagerNoCredit, error) {
	out := new(StakeManagerNoCredit)
	if err := stakeManager.abi.UnpackIntoInterface(out, "NoCredit", raw); err != nil {
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

// StakeManagerWrongModuleKind represents a WrongModuleKind error raised by the StakeManager contract.
type StakeManagerWrongModuleKind struct {
	Module   common.Address
	Kind     [32]byte
	Expected [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongModuleKind(address module, bytes32 kind, bytes32 expected)
func StakeManagerWrongModuleKindErrorID() common.Hash {
	return common.HexToHash("0x44f2c35f376ff0539713a6bba637aa2eab154c44e86fbb26bfeaeb7a309d8787")
}

// UnpackWrongModuleKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongModuleKind(address module, bytes32 kind, bytes32 expected)
func (stakeManager *StakeManager) UnpackWrongModuleKindError(raw []byte) (*StakeManagerWrongModuleKind, error) {
	out := new(StakeManagerWrongModuleKind)
	if err := stakeManager.abi.UnpackIntoInterface(out, "WrongModuleKind", raw); err != nil {
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
