// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package validationmodule

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

// ValidationModuleMetaData contains all meta data concerning the ValidationModule contract.
var ValidationModuleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"CommitPhaseClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"DuplicateValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyCommit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"IncompatibleModule\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"InvalidPercentage\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidReveal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"InvalidRound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"}],\"name\":\"NotAuthorizedValidator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCommitteeMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"found\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"NotEnoughValidators\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPauser\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"OutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RenounceDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"RevealPhaseClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitDeadline\",\"type\":\"uint256\"}],\"name\":\"RevealPhaseNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"RevealPhaseNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"selectionBlock\",\"type\":\"uint256\"}],\"name\":\"SelectionTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"UnauthorizedCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"kind\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"WrongModuleKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"ApprovalThresholdUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"commitWindow\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"revealWindow\",\"type\":\"uint256\"}],\"name\":\"CommitRevealWindowsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"IdentityRegistryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"JobRegistryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"MinValidatorStakeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"pauser\",\"type\":\"address\"}],\"name\":\"PauserUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"ReputationEngineUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"name\":\"RevealQuorumUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"StakeManagerUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"}],\"name\":\"ValidationCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"ValidationResult\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approve\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"burnTxHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"}],\"name\":\"ValidationRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rejections\",\"type\":\"uint256\"}],\"name\":\"ValidationTallied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"revealed\",\"type\":\"bool\"}],\"name\":\"ValidatorPenalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"pool\",\"type\":\"address[]\"}],\"name\":\"ValidatorPoolUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"ValidatorSlashingPctUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"ValidatorsPerJobUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"}],\"name\":\"ValidatorsSelected\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COMMITTEE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_POOL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MODULE_VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"approvalThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"commitValidation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"commitWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"commitments\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"jobNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minValidatorStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"moduleKind\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauser\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reputationEngine\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revealQuorum\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"approve\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"burnTxHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"},{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"name\":\"revealValidation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revealWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"rewardees\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"out\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"round\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"selectionBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commitDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commits\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reveals\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"quorum\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"selectValidators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"committee\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"setApprovalThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitWindow_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealWindow_\",\"type\":\"uint256\"}],\"name\":\"setCommitRevealWindows\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setIdentityRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setJobRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"setMinValidatorStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pauser_\",\"type\":\"address\"}],\"name\":\"setPauser\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setReputationEngine\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"name\":\"setRevealQuorum\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setStakeManager\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"pool\",\"type\":\"address[]\"}],\"name\":\"setValidatorPool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"setValidatorSlashingPct\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"setValidatorsPerJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakeManager\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"start\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validatorPool\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validatorSlashingPct\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"validators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"out\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validatorsPerJob\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "ValidationModule",
	Bin: "0x60a080604052346100c257306080525f516020613fc65f395f51905f525460ff8160401c166100b3576002600160401b03196001600160401b03821601610060575b604051613eff90816100c782396080518181816117930152611ab10152f35b6001600160401b0319166001600160401b039081175f516020613fc65f395f51905f525581527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d290602090a15f80610041565b63f92ee8a960e01b5f5260045ffd5b5f80fdfe60e06040526004361015610011575f80fd5b5f3560e01c8062dc34c1146133dc578063017ddd35146133a057806305261aea14612ce75780630e7c67fc14612b1a578063134e18f414612ae657806319bce80014612ab757806323682c4714612a835780632465aea0146121bc5780632926e45d146121185780632c3c91c9146120fd5780632d88af4a1461208557806334d5f37b14611fad57806335aa2e4414611ede5780633644e51514611ebc5780633f4ba83a14611dec5780634069900514611db95780634f1ef28614611a2b57806352322447146117e757806352d1902d1461178157806354fd4d50146113bb5780635a8d23ec146117525780635c975abb146117215780636bb5090c14611548578063714714b3146114ae578063715018a6146114875780637542ff951461145357806379ba5097146114055780637d0eef61146113d657806381ed9808146113bb5780638456cb59146112ec578063863d22c7146112b95780638c04b61b146112435780638da5cb5b1461120f5780638dd5c0d6146111f45780638ed9669b1461114957806395805dad146110475780639fd0506d14611013578063a0016b8c14610f6f578063ad3cb1cc14610f11578063bc55833014610bc0578063be43887c14610b87578063c3f677ef14610b53578063c4d66de814610999578063cbf3f8611461077b578063cd196d531461049d578063d360158514610432578063d4c6d1de14610417578063d780b157146103db578063e30c3978146103a7578063e90d4c061461034c578063f21aa1dc1461031e578063f2fde38b1461029a5763f87770f51461025f575f80fd5b346102965760203660031901126102965761029261027e6004356138f8565b6040519182916020835260208301906135d2565b0390f35b5f80fd5b34610296576020366003190112610296576102b36135a6565b6102bb613a04565b5f516020613ebf5f395f51905f5280546001600160a01b0319166001600160a01b039283169081179091555f516020613d5f5f395f51905f52549091167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227005f80a3005b34610296575f366003190112610296576040516f56616c69646174696f6e4d6f64756c6560801b8152602090f35b34610296576040366003190112610296576024356001600160a01b0381168103610296576004355f525f516020613d7f5f395f51905f5260205260405f209060018060a01b03165f52602052602060405f2054604051908152f35b34610296575f366003190112610296575f516020613ebf5f395f51905f52546040516001600160a01b039091168152602090f35b34610296576020366003190112610296576004355f525f516020613e7f5f395f51905f52602052602060ff60405f205460b81c16604051908152f35b34610296575f3660031901126102965761029261027e61387f565b34610296576020366003190112610296577fb7033ce9e6637ec7440c1d00d64b80c0384897f58adc3d5dbfe9cc0ee43a6d9e6020600435610471613a04565b807fe38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f090455604051908152a1005b34610296576080366003190112610296576024356004356044356001600160401b038111610296576104d390369060040161367a565b92906064356001600160401b038111610296576104f490369060040161364a565b929060ff5f516020613dff5f395f51905f525460c81c1661076c57610517613a24565b845f525f516020613e7f5f395f51905f5260205260405f2090610539826136a7565b9060ff6101008301511660028103610756575064ffffffffff602083015116804211610744575083156107355760809561057a60ff60608501511689613bf5565b979093019661ffff84895116166107265715918261064d575b505061063a5761ffff7f7cc9228a6cbc350e280f28c65b1643e62b401b122e8c134c2aec3842d5e9400a95875f525f516020613d7f5f395f51905f5260205260405f2060018060a01b0333165f526020528460405f205551161781549061ffff60881b9060881b169061ffff60881b19161790556106256040519283928352604060208401523396604084019161385f565b0390a35f5f516020613e5f5f395f51905f525d005b6356d8346f60e11b5f523360045260245ffd5b5f516020613ddf5f395f51905f525460405163e8c84e3160e01b81523360048201526060602482015293509091906001600160a01b0316610692606485018c8a61385f565b848103600319016044860152828152926001600160fb1b038311610296576020858094928296829460051b809285830137010301915afa90811561071b575f916106e0575b50158880610593565b90506020813d602011610713575b816106fb60209383613629565b810103126102965751801515810361029657886106d7565b3d91506106ee565b6040513d5f823e3d90fd5b6317fd8aab60e31b5f5260045ffd5b6337b5b73d60e01b5f5260045ffd5b63e5d2182960e01b5f5260045260245ffd5b876309b25ee760e31b5f5260045260245260445ffd5b63d93c066560e01b5f5260045ffd5b34610296576020366003190112610296576107946135a6565b61079c613a04565b6001600160a01b03811690811561098a573b1561096f5760405163054fd4d560e41b8152602081600481855afa5f918161093b575b506107f257506302030e8960e11b5f526004525f602452600160445260645ffd5b600181036109205750604051633c86a87760e21b8152602081600481855afa5f91816108ec575b5061084c57506344f2c35f60e01b5f526004525f6024526f4964656e74697479526567697374727960801b60445260645ffd5b6fb69b9a918b968b86ad9a98968c8b8d8760801b81016108bf577f4462ba50fcfa33455e489aea1f3b660d53614c6283f422609f65a2e91f9a1e65602083806001600160601b0360a01b5f516020613ddf5f395f51905f525416175f516020613ddf5f395f51905f5255604051908152a1005b906344f2c35f60e01b5f526004526024526f4964656e74697479526567697374727960801b60445260645ffd5b9091506020813d602011610918575b8161090860209383613629565b8101031261029657519083610819565b3d91506108fb565b906302030e8960e11b5f52600452602452600160445260645ffd5b9091506020813d602011610967575b8161095760209383613629565b81010312610296575190836107d1565b3d915061094a565b6302030e8960e11b5f526004525f602452600160445260645ffd5b63d92e233d60e01b5f5260045ffd5b34610296576020366003190112610296576109b26135a6565b5f516020613e9f5f395f51905f52549060ff8260401c1615916001600160401b03811680159081610b4b575b6001149081610b41575b159081610b38575b50610b295767ffffffffffffffff1981166001175f516020613e9f5f395f51905f525582610afd575b50610a22613c87565b6001600160a01b0381161561098a57610a4a90610a3d613c87565b610a45613c87565b613b6d565b5f516020613dbf5f395f51905f52805469ffffffffffffffffffff60a01b191665e100000000e160a41b1790555f516020613dff5f395f51905f5280546401320a330360a01b64ffffffffff60a01b19909116179055610aa657005b68ff0000000000000000195f516020613e9f5f395f51905f5254165f516020613e9f5f395f51905f52557fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2602060405160018152a1005b68ffffffffffffffffff191668010000000000000001175f516020613e9f5f395f51905f525582610a19565b63f92ee8a960e01b5f5260045ffd5b905015846109f0565b303b1591506109e8565b8491506109de565b34610296575f366003190112610296575f516020613edf5f395f51905f52546040516001600160a01b039091168152602090f35b34610296575f3660031901126102965760405f516020613dff5f395f51905f525460ff825191818160b81c16835260c01c166020820152f35b346102965760c0366003190112610296576004356024359081151591828103610296576044356084356001600160401b03811161029657610c0590369060040161367a565b949060a4356001600160401b03811161029657610c2690369060040161364a565b505060ff5f516020613dff5f395f51905f525460c81c1661076c57610c49613a24565b845f525f516020613e7f5f395f51905f5260205260405f2090610c6b826136a7565b60ff6101008201511660028103610756575064ffffffffff60208201511680421115610eff575064ffffffffff604082015116804211610eed5750610cb760ff60608301511688613bf5565b509261ffff846080840151161615610ede5760a082019361ffff8186511616610ecf575f516020613dbf5f395f51905f5254604051630d99956960e11b8152600481018b905290602090829060249082906001600160a01b03165afa90811561071b575f91610e9d575b5060ff60e085015116906040519060208201928352604082015287606082015288608082015260808152610d5660a082613629565b519020610d61613afb565b6040519060208201928c8452604083015260643560608301523360808301524660a083015260c082015260c08152610d9a60e082613629565b5190205f8a81525f516020613d7f5f395f51905f526020908152604080832033845290915290205403610e8e575f8981525f516020613d7f5f395f51905f52602090815260408083203384529091528120559351815461ffff60981b191661ffff91909116851760981b61ffff60981b161781557fbc5d785a80a241e30a6eee5f5170b0ecab7a1e2c2aa88207f579db3d09521297966106259490610e5d575b50505060405193849384526020840152606060408401523396606084019161385f565b61ffff60c0610e86940151161781549061ffff60a81b9060a81b169061ffff60a81b1916179055565b878080610e3a565b639ea6d12760e01b5f5260045ffd5b90506020813d602011610ec7575b81610eb860209383613629565b8101031261029657518b610d21565b3d9150610eab565b63a89ac15160e01b5f5260045ffd5b63205e472d60e21b5f5260045ffd5b632f503aef60e21b5f5260045260245ffd5b63daa5184960e01b5f5260045260245ffd5b34610296575f366003190112610296576040805190610f308183613629565b600582526020820191640352e302e360dc1b83528151928391602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b3461029657602036600319011261029657600435610f8b613a04565b600181108015611009575b610fed575f516020613dff5f395f51905f52805460ff60a81b191660a883901b60ff60a81b161790556040519081527f3105a3dc553e12034caac9827a83c245fe17eef4ee1eedb45238ac7449a5bbec90602090a1005b634a0dd9bd60e01b5f526004526001602452606460445260645ffd5b5060648111610f96565b34610296575f366003190112610296575f516020613e3f5f395f51905f52546040516001600160a01b039091168152602090f35b34610296576020366003190112610296575f516020613dbf5f395f51905f5254600435906001600160a01b0316330361113657805f525f516020613e7f5f395f51905f5260205260405f209081549060ff8260c01c16908115158061112b575b611116575050600143018043116111025760019165ffffffffffff60ff92169065ffffffffffff19161780845560b81c160160ff811161110257815461ffff60b81b191660b89190911b60ff60b81b1617600160c01b179055005b634e487b7160e01b5f52601160045260245ffd5b6309b25ee760e31b5f5260045260245260445ffd5b5060038214156110a7565b63d86ad9cf60e01b5f523360045260245ffd5b3461029657611157366135bc565b90611160613a04565b61116981613bd8565b601082116111d8575f516020613dff5f395f51905f52805461ffff60b81b191660b883901b60ff60b81b161760c084901b60ff60c01b161790556040805191825260208201929092527f5812ca785a2799554b9527c01edb4b45236c8d388ee19dbe9ffdead937fe61399190a1005b50634a0dd9bd60e01b5f526004525f602452601060445260645ffd5b34610296575f36600319011261029657602060405160108152f35b34610296575f366003190112610296575f516020613d5f5f395f51905f52546040516001600160a01b039091168152602090f35b34610296576020366003190112610296577f324cfe307b18ed996a287b9700c95938c198c683fab919ab0646ec6e6ddcc4186020600435611282613a04565b61128b81613bd8565b5f516020613dff5f395f51905f52805460ff60b01b191660b083901b60ff60b01b16179055604051908152a1005b34610296575f36600319011261029657602064ffffffffff5f516020613dbf5f395f51905f525460c81c16604051908152f35b34610296575f366003190112610296575f516020613d5f5f395f51905f52546001600160a01b03163314158061139a575b6113875760ff5f516020613dff5f395f51905f525460c81c1661076c575f516020613dff5f395f51905f52805460ff60c81b1916600160c81b1790556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602090a1005b6310351a3760e11b5f523360045260245ffd5b505f516020613e3f5f395f51905f52546001600160a01b031633141561131d565b34610296575f36600319011261029657602060405160018152f35b34610296575f36600319011261029657602060ff5f516020613dff5f395f51905f525460a81c16604051908152f35b34610296575f366003190112610296575f516020613ebf5f395f51905f5254336001600160a01b03909116036114405761143e33613b6d565b005b63118cdaa760e01b5f523360045260245ffd5b34610296575f366003190112610296575f516020613dff5f395f51905f52546040516001600160a01b039091168152602090f35b34610296575f3660031901126102965761149f613a04565b638905116560e01b5f5260045ffd5b34610296577f9ec3cb04dcb9e0afc0c640e047f438e7ab83fad35532aeaae70b2cd897eb327760406114df366135bc565b6114e7613a04565b6114f082613abf565b6114f981613abf565b5f516020613dbf5f395f51905f52805469ffffffffffffffffffff60a01b191660a084901b64ffffffffff60a01b161760c883901b64ffffffffff60c81b1617905582519182526020820152a1005b34610296576020366003190112610296576115616135a6565b611569613a04565b6001600160a01b03811690811561098a573b1561096f5760405163054fd4d560e41b8152602081600481855afa5f91816116ed575b506115bf57506302030e8960e11b5f526004525f602452600160445260645ffd5b600181036109205750604051633c86a87760e21b8152602081600481855afa5f91816116b9575b5061161957506344f2c35f60e01b5f526004525f6024526f52657075746174696f6e456e67696e6560801b60445260645ffd5b6fad9a8f8a8b9e8b969091ba919896919b60801b810161168c577f495ba31599b9b5fb189113a43ff60ed244b7e90d2e63e9283c2a5151037065a6602083806001600160601b0360a01b5f516020613edf5f395f51905f525416175f516020613edf5f395f51905f5255604051908152a1005b906344f2c35f60e01b5f526004526024526f52657075746174696f6e456e67696e6560801b60445260645ffd5b9091506020813d6020116116e5575b816116d560209383613629565b81010312610296575190836115e6565b3d91506116c8565b9091506020813d602011611719575b8161170960209383613629565b810103126102965751908361159e565b3d91506116fc565b34610296575f36600319011261029657602060ff5f516020613dff5f395f51905f525460c81c166040519015158152f35b34610296575f36600319011261029657602060ff5f516020613dff5f395f51905f525460a01c16604051908152f35b34610296575f366003190112610296577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031630036117d85760206040515f516020613e1f5f395f51905f528152f35b63703e46dd60e11b5f5260045ffd5b34610296576020366003190112610296576004356001600160401b0381116102965761181790369060040161364a565b61181f613a04565b60808111611a10575f5b81811061196f57506001600160401b03811161195b5768010000000000000000811161195b575f516020613d9f5f395f51905f5254815f516020613d9f5f395f51905f5255808210611924575b50815f516020613d9f5f395f51905f525f5260205f20905f5b8381106119095750505060405190806020830160208452526040820192905f905b8082106118df577f27cd4f10546540ea2503d2f67667f988e680b25d48fdc2c9fab90fd3a2624d5d84860385a1005b90919384359060018060a01b038216809203610296576020816001938293520195019201906118b0565b60019060206119178461384b565b930192818501550161188f565b5f516020613d9f5f395f51905f525f52818060205f20019103905f5b82811061194e575050611876565b5f82820155600101611940565b634e487b7160e01b5f52604160045260245ffd5b906001600160a01b0361198b61198684848761383b565b61384b565b161561098a575f5b8281106119a4575090600101611829565b6119b261198682848761383b565b6001600160a01b036119c861198686868961383b565b6001600160a01b039092169116146119e257600101611993565b6119f061198684848761383b565b63107f863360e21b5f9081526001600160a01b0391909116600452602490fd5b634a0dd9bd60e01b5f526004525f602452608060445260645ffd5b604036600319011261029657611a3f6135a6565b602435906001600160401b03821161029657366023830112156102965781600401356001600160401b03811161195b5760405192611a87601f8301601f191660200185613629565b818452366024838301011161029657815f9260246020930183870137840101526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016308114908115611d97575b506117d857611ae9613a04565b6001600160a01b03811691821561098a57813b15611d7b5760405163054fd4d560e41b8152602081600481875afa5f9181611d47575b50611b4057836302030e8960e11b5f526004525f602452600160445260645ffd5b60018103611d2c5750604051633c86a87760e21b8152602081600481875afa5f9181611cf8575b50611b9a57836344f2c35f60e01b5f526004525f6024526f56616c69646174696f6e4d6f64756c6560801b60445260645ffd5b6fa99e93969b9e8b969091b2909b8a939b60801b8101611ccb57506040516352d1902d60e01b8152602081600481875afa5f9181611c97575b50611beb5783634c9c8ce360e01b5f5260045260245ffd5b805f516020613e1f5f395f51905f52859203611c855750823b15611c73575f516020613e1f5f395f51905f5280546001600160a01b031916821790557fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b5f80a2805115611c5b5761143e91613cb2565b505034611c6457005b63b398979f60e01b5f5260045ffd5b634c9c8ce360e01b5f5260045260245ffd5b632a87526960e21b5f5260045260245ffd5b9091506020813d602011611cc3575b81611cb360209383613629565b8101031261029657519085611bd3565b3d9150611ca6565b836344f2c35f60e01b5f526004526024526f56616c69646174696f6e4d6f64756c6560801b60445260645ffd5b9091506020813d602011611d24575b81611d1460209383613629565b8101031261029657519085611b67565b3d9150611d07565b836302030e8960e11b5f52600452602452600160445260645ffd5b9091506020813d602011611d73575b81611d6360209383613629565b8101031261029657519085611b1f565b3d9150611d56565b826302030e8960e11b5f526004525f602452600160445260645ffd5b5f516020613e1f5f395f51905f52546001600160a01b03161415905083611adc565b34610296575f36600319011261029657602064ffffffffff5f516020613dbf5f395f51905f525460a01c16604051908152f35b34610296575f366003190112610296575f516020613d5f5f395f51905f52546001600160a01b031633141580611e9b575b6113875760ff5f516020613dff5f395f51905f525460c81c1615611e8c5760ff60c81b195f516020613dff5f395f51905f5254165f516020613dff5f395f51905f52557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a1005b638dfc202b60e01b5f5260045ffd5b505f516020613e3f5f395f51905f52546001600160a01b0316331415611e1d565b34610296575f366003190112610296576020611ed6613afb565b604051908152f35b3461029657602036600319011261029657600435805f525f516020613e7f5f395f51905f52602052600260ff60405f205460c01c1610155f14611fa557805f525f516020613e7f5f395f51905f5260205260ff8060405f205460801c165b16611f4681613809565b915f5b828110611f665760405160208082528190610292908201876135d2565b600190825f525f516020613d3f5f395f51905f52602052611f8a8160405f206137c7565b50828060a01b03905416611f9e828761379f565b5201611f49565b60ff5f611f3c565b34610296576020366003190112610296576004355f525f516020613e7f5f395f51905f52602052610120611fe360405f206136a7565b60ff610100820151169065ffffffffffff8151169064ffffffffff60208201511664ffffffffff60408301511661202161ffff608085015116613a7b565b61203261ffff60a086015116613a7b565b9161204461ffff60c087015116613a7b565b93610140898701511515960151151596604051988952602089015260408801526060870152608086015260a085015260c084015260e0830152610100820152f35b34610296576020366003190112610296577fa4336c0cb1e245b95ad204faed7e940d6dc999684fd8b5e1ff597a0c4efca8ab60206120c16135a6565b6120c9613a04565b5f516020613e3f5f395f51905f5280546001600160a01b0319166001600160a01b03929092169182179055604051908152a1005b34610296575f36600319011261029657602060405160808152f35b3461029657602036600319011261029657600435612134613a04565b6001811080156121b2575b612196575f516020613dff5f395f51905f52805460ff60a01b191660a083901b60ff60a01b161790556040519081527fcf76724c5ecf400f321a85900c57da5840283fe705dfb828bc7da931e14fa94d90602090a1005b634a0dd9bd60e01b5f526004526001602452601060445260645ffd5b506010811161213f565b34610296576121ca366135bc565b5060c0525f516020613dff5f395f51905f525460c81c60ff1661076c576121ef613a24565b60c0515f525f516020613e7f5f395f51905f5260205261221160405f206136a7565b60ff6101008201511660018103612a6b575065ffffffffffff81511680431115612a59575065ffffffffffff81511640908115612a45575b60e060ff91015116604051906020820192835260c0516040830152606082015260608152612278608082613629565b5190205f61228461387f565b905f516020613dff5f395f51905f5254907fe38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0904545f60405180809363115fbfe960e31b8252604060048301526122dc60448301896135d2565b602483019190915203816001600160a01b0387165afa801561071b575f60a0526129b3575b505f516020613dbf5f395f51905f525460408051637df82b7f60e11b815260c05160048201529291839060249082906001600160a01b03165afa92831561071b575f925f9461296a575b505f516020613ddf5f395f51905f52545f60808190526001600160a01b03909116905b8651811015612401576001600160a01b03612389828961379f565b51166001600160a01b0386161480156123dc575b6123c9575b6123ae8160a05161379f565b5160805101908160805111611102576001916080520161236e565b5f6123d68260a05161379f565b526123a2565b506001600160a01b036123ef828961379f565b51166001600160a01b0387161461239d565b50868661241360ff8560a01c16613809565b935f915f915b60ff8160a01c16841061273e57878780519160c0515f525f516020613d3f5f395f51905f5260205260405f20905f5b8481106126ae575050505f516020613dbf5f395f51905f525461248664ffffffffff61247b818460a01c168242166137d6565b9260c81c16826137d6565b60c0515f9081525f516020613e7f5f395f51905f526020908152604091829020805476ffffffffffffffffffffffffffffffffff000000000000191660809790971b60ff60801b169690961760309490941b6affffffffff0000000000001693909317605883901b64ffffffffff60581b161785555f516020613ddf5f395f51905f52549051630c6c54c560e11b815291949290829060049082906001600160a01b03165afa90811561071b575f91612674575b50815466ffffffff0000ff60c01b191660d89190911b63ffffffff60d81b1617600160c11b1790555f516020613dff5f395f51905f52545f516020613dbf5f395f51905f525464ffffffffff93841660c89190911c90931692909201916001600160a01b03166001600160401b03831161110257803b15610296575f92839160405180958180946303a192bf60e01b8252604060048301526001600160401b036125e7604484018a6135d2565b9116602483015203925af191821561071b5761029292612664575b50604051602081527f7f51ba7f3207e5d2279f2c1f4751101845cf575e8e7f40670b7b6c356c7a2f7260c051918061263d60208201866135d2565b0390a25f5f516020613e5f5f395f51905f525d6040519182916020835260208301906135d2565b5f61266e91613629565b82612602565b90506020813d6020116126a6575b8161268f60209383613629565b81010312610296576126a09061377b565b8461253a565b3d9150612682565b6001600160a01b036126c0828661379f565b511690604051916126d08361360e565b8252602082016001821b8416151581526126ea82866137c7565b91909161272b579251815493516001600160a81b03199094166001600160a01b03919091161792151560a01b60ff60a01b1692909217909155600101612448565b634e487b7160e01b5f525f60045260245ffd5b61274e8460ff8360a01c1661376e565b61275781613809565b905f5b818110612851575b506040516306c2db3160e41b815260206004820152916060838061278960248201856135d2565b03818c5afa90811561071b575f935f9261281d575b505f5b8381106127b2575050505050612419565b6001819d9c9b9a999d1b80861661280e578316612801575b6001908b9c9d6127f983809d9e9c9d60a01b036127e7848761379f565b5116916127f3816138ea565b9c61379f565b525b016127a1565b60018d1b909b179a6127ca565b506001909c98999a9b9c6127fb565b909350612841915060603d811161284a575b6128398183613629565b810190613a59565b5090928c61279e565b503d61282f565b97949991969590939892608051156129345761286c8b6138ea565b9a604051602081019189835260408201526040815261288c606082613629565b5190206080515f9891065b6128a38960a05161379f565b5181106128d0576128c46128ca916128bd8b60a05161379f565b519061376e565b986138ea565b97612897565b509297959a91969860019194999a959a6128f86128ef8260a05161379f565b5160805161376e565b6080525f6129088260a05161379f565b52612919838060a01b03918861379f565b5116612925828961379f565b5201999798909491969961275a565b92989350949590989396801561294d578082528a612762565b60ff83876305b9b41360e01b5f5260045260a01c1660245260445ffd5b925092506040823d6040116129ab575b8161298760409383613629565b81010312610296576129a4602061299d84613aab565b9301613aab565b928661234b565b3d915061297a565b3d805f833e6129c28183613629565b810190602081830312610296578051906001600160401b03821161029657019080601f830112156102965781516129f8816137f2565b92612a066040519485613629565b81845260208085019260051b82010192831161029657602001905b828210612a355750505060a0526024612301565b8151815260209182019101612a21565b90505f194301438111611102574090612249565b636c9d3c8360e01b5f5260045260245ffd5b6309b25ee760e31b5f5260c05160045260245260445ffd5b34610296575f366003190112610296575f516020613dbf5f395f51905f52546040516001600160a01b039091168152602090f35b34610296575f36600319011261029657602060ff5f516020613dff5f395f51905f525460b01c16604051908152f35b34610296575f366003190112610296575f516020613ddf5f395f51905f52546040516001600160a01b039091168152602090f35b3461029657602036600319011261029657612b336135a6565b612b3b613a04565b6001600160a01b03811690811561098a573b1561096f5760405163054fd4d560e41b8152602081600481855afa5f9181612cb3575b50612b9157506302030e8960e11b5f526004525f602452600160445260645ffd5b600181036109205750604051633c86a87760e21b8152602081600481855afa5f9181612c7f575b50612be757506344f2c35f60e01b5f526004525f6024526b29ba30b5b2a6b0b730b3b2b960a11b60445260645ffd5b6b5645cf4a4d594f48cf4c4d4760a11b8101612c56577f18c7cdf94f8233bc399bdc8cb14514437756e7e9c583510d72b3a337f33b14a7602083806001600160601b0360a01b5f516020613dff5f395f51905f525416175f516020613dff5f395f51905f5255604051908152a1005b906344f2c35f60e01b5f526004526024526b29ba30b5b2a6b0b730b3b2b960a11b60445260645ffd5b9091506020813d602011612cab575b81612c9b60209383613629565b8101031261029657519083612bb8565b3d9150612c8e565b9091506020813d602011612cdf575b81612ccf60209383613629565b8101031261029657519083612b70565b3d9150612cc2565b346102965760203660031901126102965760ff5f516020613dff5f395f51905f525460c81c1661076c57612d19613a24565b6004355f525f516020613e7f5f395f51905f5260205260405f20612d3c816136a7565b9060ff61010083015116600281036133885750600160ff6060840151161b5f1981019081116111025761ffff169064ffffffffff6040840151168042111580613376575b61336457505f516020613ddf5f395f51905f5254604051630c6c54c560e11b81526001600160a01b0390911690602081600481855afa90811561071b575f9161332a575b5063ffffffff80610160870151169116145f1461326157505f5b61ffff81166131fb575b50612dfa61ffff60a085015116613a7b565b9260c0810192612e0e61ffff855116613a7b565b93612e19858761376e565b9360ff60608501511696612e435f516020613dff5f395f51905f52549860ff8a60b81c169061378c565b60638101809111611102576064900460ff8960c01c168082106131f3575b5081101597886131e9575b8893929190846131b3575b5050805460ff60d01b1961ffff60c01b199091168915801560c81b60ff60c81b1691909117600360c01b179190911684151560d01b60ff60d01b161790915561ffff91906131a1575116905b1561319157905b61ffff821603612fc7575b5050604051918315158352602083015260408201527f8af4818aaee0fbf8f09dbd4688d80cecfc40ed71e303dc1734a17c0a267d19ca606060043592a260405181151581527fc654a139a2632b1a4769beb6aa86b8fe29a22b832d1d7a2402867b74f991572b602060043592a25f516020613dbf5f395f51905f52546001600160a01b031690813b1561029657604051635873dd6f60e01b815260048035908201528115156024820152915f908390604490829084905af191821561071b57602092612fb7575b505f5f516020613e5f5f395f51905f525d6040519015158152f35b5f612fc191613629565b82612f9c565b5f516020613dff5f395f51905f529492939194549260018060a01b035f516020613edf5f395f51905f525416925f5b60ff6060890151168110156131825761ffff6001821b85161661317a576004355f525f516020613d3f5f395f51905f526020526130368160405f206137c7565b50546001600160a01b03169060b087901c60ff166130f9575f915b866130a6575b60a08a015160408051948552600180851b90921661ffff16151560208601529093600435917fa511d5b0d0c47c9d43a1e13299a6f331250fd9e3f1acca21e41c786e3238bd0a91a35b01612ff6565b863b1561029657604051633463588d60e11b81526004810182905260016024820152925f84604481838c5af193841561071b576001946130e9575b509250613057565b5f6130f391613629565b8b6130e1565b60405163e4d02b6160e01b8152600481018390526001602482015260b088901c60ff1660448201526020816064815f6001600160a01b038d165af190811561071b575f91613149575b5091613051565b90506020813d8211613172575b8161316360209383613629565b8101031261029657518a613142565b3d9150613156565b6001906130a0565b50949350945050508380612ed5565b5061ffff60a08301511690612eca565b8160a086015191511619161690612ec3565b90929198506064880290888204606414891517156111025761ffff9360ff6131de9260a81c1661378c565b111597909189612e77565b8115159850612e6c565b905089612e61565b61325b901961323f60a0860161ffff838251161680915261ffff60c088019384511616809352849081549061ffff60981b9060981b169061ffff60981b1916179055565b825461ffff60a81b191660a89190911b61ffff60a81b16178255565b83612de8565b60ff606085015116906004355f525f516020613d3f5f395f51905f5260205260405f209161328e81613809565b925f5b828110613302575050506132c59160609160405180809581946306c2db3160e41b83526020600484015260248301906135d2565b03915afa801561071b5761ffff915f916132e1575b5016612dde565b6132fa915060603d60601161284a576128398183613629565b5050856132da565b8061330f600192846137c7565b50828060a01b03905416613323828861379f565b5201613291565b90506020813d60201161335c575b8161334560209383613629565b81010312610296576133569061377b565b85612dc4565b3d9150613338565b637a043cb160e01b5f5260045260245ffd5b508261ffff60a0860151161415612d80565b6309b25ee760e31b5f5260043560045260245260445ffd5b34610296575f3660031901126102965760207fe38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f090454604051908152f35b34610296576020366003190112610296576133f56135a6565b6133fd613a04565b6001600160a01b03811690811561098a573b1561096f5760405163054fd4d560e41b8152602081600481855afa5f9181613572575b5061345357506302030e8960e11b5f526004525f602452600160445260645ffd5b600181036109205750604051633c86a87760e21b8152602081600481855afa5f918161353e575b506134a857506344f2c35f60e01b5f526004525f6024526a4a6f62526567697374727960a81b60445260645ffd5b6ab5909dad9a98968c8b8d8760a81b8101613516577f4e6ed529143792eb36aebf3160c3823853987caa78e4ed0dc73e0849e3ea6bfe602083806001600160601b0360a01b5f516020613dbf5f395f51905f525416175f516020613dbf5f395f51905f5255604051908152a1005b906344f2c35f60e01b5f526004526024526a4a6f62526567697374727960a81b60445260645ffd5b9091506020813d60201161356a575b8161355a60209383613629565b810103126102965751908361347a565b3d915061354d565b9091506020813d60201161359e575b8161358e60209383613629565b8101031261029657519083613432565b3d9150613581565b600435906001600160a01b038216820361029657565b6040906003190112610296576004359060243590565b90602080835192838152019201905f5b8181106135ef5750505090565b82516001600160a01b03168452602093840193909201916001016135e2565b604081019081106001600160401b0382111761195b57604052565b90601f801991011681019081106001600160401b0382111761195b57604052565b9181601f84011215610296578235916001600160401b038311610296576020808501948460051b01011161029657565b9181601f84011215610296578235916001600160401b038311610296576020838186019501011161029657565b9060405161018081018181106001600160401b0382111761195b5760405261016063ffffffff82945465ffffffffffff8116845264ffffffffff8160301c16602085015264ffffffffff8160581c16604085015260ff8160801c16606085015261ffff8160881c16608085015261ffff8160981c1660a085015261ffff8160a81c1660c085015260ff8160b81c1660e085015260ff8160c01c1661010085015260ff8160c81c16151561012085015260ff8160d01c16151561014085015260d81c16910152565b9190820391821161110257565b519063ffffffff8216820361029657565b8181029291811591840414171561110257565b80518210156137b35760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b60108210156137b35701905f90565b9064ffffffffff8091169116019064ffffffffff821161110257565b6001600160401b03811161195b5760051b60200190565b90613813826137f2565b6138206040519182613629565b8281528092613831601f19916137f2565b0190602036910137565b91908110156137b35760051b0190565b356001600160a01b03811681036102965790565b908060209392818452848401375f828201840152601f01601f1916010190565b604051905f516020613d9f5f395f51905f525480835282602081015f516020613d9f5f395f51905f525f5260205f20925f5b8181106138c85750506138c692500383613629565b565b84546001600160a01b03168352600194850194879450602090930192016138b1565b5f1981146111025760010190565b90815f525f516020613e7f5f395f51905f5260205261391960405f206136a7565b90600360ff61010084015116148015906139f7575b6139ef57610120820151156139d75761ffff60c083015116925b61395961395485613a7b565b613809565b915f9060605f9501945b60ff8651168110156139ce5760018161ffff8260ff941b8a161661398a575b019050613963565b855f525f516020613d3f5f395f51905f526020526139ab8160405f206137c7565b50828060a01b039054166139c86139c1876138ea565b968961379f565b52613982565b50935050509150565b61ffff60a08301518160c08501511619161692613948565b915050606090565b506101408201511561392e565b5f516020613d5f5f395f51905f52546001600160a01b0316330361144057565b5f516020613e5f5f395f51905f525c613a4a5760015f516020613e5f5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b9081606091031261029657805191613a7860406020840151930161377b565b90565b905f915b61ffff81168015613aa7575f190161ffff811161110257613aa19116926138ea565b91613a7f565b5050565b51906001600160a01b038216820361029657565b603c81108015613aef575b613ad15750565b634a0dd9bd60e01b5f52600452603c60245262278d0060445260645ffd5b5062278d008111613aca565b60405160208101907fd926b25732b2f9d7749c0bcb811e581da76a16d8f7f88799bbc7a540c49209d982527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc6604082015230606082015246608082015260808152613b6760a082613629565b51902090565b5f516020613ebf5f395f51905f5280546001600160a01b03199081169091555f516020613d5f5f395f51905f5280549182166001600160a01b0393841690811790915591167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3565b60648111613be35750565b63aa31867360e01b5f5260045260245ffd5b91825f525f516020613d3f5f395f51905f5260205260405f205f5b838110613c2e5784631c5d21bd60e11b5f526004523360245260445ffd5b6020613c3a82846137c7565b5060405190613c488261360e565b546001600160a01b03811680835260a09190911c60ff161515929091018290523314613c775750600101613c10565b600190911b61ffff169450925050565b60ff5f516020613e9f5f395f51905f525460401c1615613ca357565b631afcd79f60e31b5f5260045ffd5b905f8091602081519101845af48080613d2b575b15613ce65750506040513d81523d5f602083013e60203d82010160405290565b15613d0b57639996b31560e01b5f9081526001600160a01b0391909116600452602490fd5b3d15613d1c576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b503d151580613cc65750813b1515613cc656fee38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f09079016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c199300e38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0908e38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0905e38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0900e38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0902e38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0901360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc33de1f0c4f4256b6890ee08852692b1b51f528581c66e7191d8a9095c76e22009b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00e38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0906f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c00e38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0903f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00",
}

// ValidationModule is an auto generated Go binding around an Ethereum contract.
type ValidationModule struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ValidationModule) GetABI() abi.ABI {
	return c.abi
}

// NewValidationModule creates a new instance of ValidationModule.
func NewValidationModule() *ValidationModule {
	parsed, err := ValidationModuleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ValidationModule{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ValidationModule) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (validationModule *ValidationModule) PackDOMAINSEPARATOR() []byte {
	enc, err := validationModule.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (validationModule *ValidationModule) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return validationModule.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (validationModule *ValidationModule) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := validationModule.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXCOMMITTEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dd5c0d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_COMMITTEE() view returns(uint256)
func (validationModule *ValidationModule) PackMAXCOMMITTEE() []byte {
	enc, err := validationModule.abi.Pack("MAX_COMMITTEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCOMMITTEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dd5c0d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_COMMITTEE() view returns(uint256)
func (validationModule *ValidationModule) TryPackMAXCOMMITTEE() ([]byte, error) {
	return validationModule.abi.Pack("MAX_COMMITTEE")
}

// UnpackMAXCOMMITTEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8dd5c0d6.
//
// Solidity: function MAX_COMMITTEE() view returns(uint256)
func (validationModule *ValidationModule) UnpackMAXCOMMITTEE(data []byte) (*big.Int, error) {
	out, err := validationModule.abi.Unpack("MAX_COMMITTEE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPOOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c3c91c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_POOL() view returns(uint256)
func (validationModule *ValidationModule) PackMAXPOOL() []byte {
	enc, err := validationModule.abi.Pack("MAX_POOL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPOOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c3c91c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_POOL() view returns(uint256)
func (validationModule *ValidationModule) TryPackMAXPOOL() ([]byte, error) {
	return validationModule.abi.Pack("MAX_POOL")
}

// UnpackMAXPOOL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c3c91c9.
//
// Solidity: function MAX_POOL() view returns(uint256)
func (validationModule *ValidationModule) UnpackMAXPOOL(data []byte) (*big.Int, error) {
	out, err := validationModule.abi.Unpack("MAX_POOL", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMODULEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81ed9808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MODULE_VERSION() view returns(uint256)
func (validationModule *ValidationModule) PackMODULEVERSION() []byte {
	enc, err := validationModule.abi.Pack("MODULE_VERSION")
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
func (validationModule *ValidationModule) TryPackMODULEVERSION() ([]byte, error) {
	return validationModule.abi.Pack("MODULE_VERSION")
}

// UnpackMODULEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81ed9808.
//
// Solidity: function MODULE_VERSION() view returns(uint256)
func (validationModule *ValidationModule) UnpackMODULEVERSION(data []byte) (*big.Int, error) {
	out, err := validationModule.abi.Unpack("MODULE_VERSION", data)
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
func (validationModule *ValidationModule) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := validationModule.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (validationModule *ValidationModule) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return validationModule.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (validationModule *ValidationModule) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := validationModule.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
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
func (validationModule *ValidationModule) PackAcceptOwnership() []byte {
	enc, err := validationModule.abi.Pack("acceptOwnership")
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
func (validationModule *ValidationModule) TryPackAcceptOwnership() ([]byte, error) {
	return validationModule.abi.Pack("acceptOwnership")
}

// PackApprovalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d0eef61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approvalThreshold() view returns(uint256)
func (validationModule *ValidationModule) PackApprovalThreshold() []byte {
	enc, err := validationModule.abi.Pack("approvalThreshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprovalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d0eef61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approvalThreshold() view returns(uint256)
func (validationModule *ValidationModule) TryPackApprovalThreshold() ([]byte, error) {
	return validationModule.abi.Pack("approvalThreshold")
}

// UnpackApprovalThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d0eef61.
//
// Solidity: function approvalThreshold() view returns(uint256)
func (validationModule *ValidationModule) UnpackApprovalThreshold(data []byte) (*big.Int, error) {
	out, err := validationModule.abi.Unpack("approvalThreshold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommitValidation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd196d53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitValidation(uint256 jobId, bytes32 commitHash, string subdomain, bytes32[] proof) returns()
func (validationModule *ValidationModule) PackCommitValidation(jobId *big.Int, commitHash [32]byte, subdomain string, proof [][32]byte) []byte {
	enc, err := validationModule.abi.Pack("commitValidation", jobId, commitHash, subdomain, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitValidation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd196d53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitValidation(uint256 jobId, bytes32 commitHash, string subdomain, bytes32[] proof) returns()
func (validationModule *ValidationModule) TryPackCommitValidation(jobId *big.Int, commitHash [32]byte, subdomain string, proof [][32]byte) ([]byte, error) {
	return validationModule.abi.Pack("commitValidation", jobId, commitHash, subdomain, proof)
}

// PackCommitWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40699005.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitWindow() view returns(uint256)
func (validationModule *ValidationModule) PackCommitWindow() []byte {
	enc, err := validationModule.abi.Pack("commitWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40699005.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitWindow() view returns(uint256)
func (validationModule *ValidationModule) TryPackCommitWindow() ([]byte, error) {
	return validationModule.abi.Pack("commitWindow")
}

// UnpackCommitWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x40699005.
//
// Solidity: function commitWindow() view returns(uint256)
func (validationModule *ValidationModule) UnpackCommitWindow(data []byte) (*big.Int, error) {
	out, err := validationModule.abi.Unpack("commitWindow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommitments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe90d4c06.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitments(uint256 jobId, address validator) view returns(bytes32)
func (validationModule *ValidationModule) PackCommitments(jobId *big.Int, validator common.Address) []byte {
	enc, err := validationModule.abi.Pack("commitments", jobId, validator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe90d4c06.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitments(uint256 jobId, address validator) view returns(bytes32)
func (validationModule *ValidationModule) TryPackCommitments(jobId *big.Int, validator common.Address) ([]byte, error) {
	return validationModule.abi.Pack("commitments", jobId, validator)
}

// UnpackCommitments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe90d4c06.
//
// Solidity: function commitments(uint256 jobId, address validator) view returns(bytes32)
func (validationModule *ValidationModule) UnpackCommitments(data []byte) ([32]byte, error) {
	out, err := validationModule.abi.Unpack("commitments", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 jobId) returns(bool success)
func (validationModule *ValidationModule) PackFinalize(jobId *big.Int) []byte {
	enc, err := validationModule.abi.Pack("finalize", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 jobId) returns(bool success)
func (validationModule *ValidationModule) TryPackFinalize(jobId *big.Int) ([]byte, error) {
	return validationModule.abi.Pack("finalize", jobId)
}

// UnpackFinalize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x05261aea.
//
// Solidity: function finalize(uint256 jobId) returns(bool success)
func (validationModule *ValidationModule) UnpackFinalize(data []byte) (bool, error) {
	out, err := validationModule.abi.Unpack("finalize", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134e18f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function identityRegistry() view returns(address)
func (validationModule *ValidationModule) PackIdentityRegistry() []byte {
	enc, err := validationModule.abi.Pack("identityRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134e18f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function identityRegistry() view returns(address)
func (validationModule *ValidationModule) TryPackIdentityRegistry() ([]byte, error) {
	return validationModule.abi.Pack("identityRegistry")
}

// UnpackIdentityRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x134e18f4.
//
// Solidity: function identityRegistry() view returns(address)
func (validationModule *ValidationModule) UnpackIdentityRegistry(data []byte) (common.Address, error) {
	out, err := validationModule.abi.Unpack("identityRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d66de8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address owner_) returns()
func (validationModule *ValidationModule) PackInitialize(owner common.Address) []byte {
	enc, err := validationModule.abi.Pack("initialize", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d66de8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address owner_) returns()
func (validationModule *ValidationModule) TryPackInitialize(owner common.Address) ([]byte, error) {
	return validationModule.abi.Pack("initialize", owner)
}

// PackJobNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd780b157.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobNonce(uint256 jobId) view returns(uint256)
func (validationModule *ValidationModule) PackJobNonce(jobId *big.Int) []byte {
	enc, err := validationModule.abi.Pack("jobNonce", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd780b157.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobNonce(uint256 jobId) view returns(uint256)
func (validationModule *ValidationModule) TryPackJobNonce(jobId *big.Int) ([]byte, error) {
	return validationModule.abi.Pack("jobNonce", jobId)
}

// UnpackJobNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd780b157.
//
// Solidity: function jobNonce(uint256 jobId) view returns(uint256)
func (validationModule *ValidationModule) UnpackJobNonce(data []byte) (*big.Int, error) {
	out, err := validationModule.abi.Unpack("jobNonce", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackJobRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23682c47.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobRegistry() view returns(address)
func (validationModule *ValidationModule) PackJobRegistry() []byte {
	enc, err := validationModule.abi.Pack("jobRegistry")
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
func (validationModule *ValidationModule) TryPackJobRegistry() ([]byte, error) {
	return validationModule.abi.Pack("jobRegistry")
}

// UnpackJobRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23682c47.
//
// Solidity: function jobRegistry() view returns(address)
func (validationModule *ValidationModule) UnpackJobRegistry(data []byte) (common.Address, error) {
	out, err := validationModule.abi.Unpack("jobRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMinValidatorStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x017ddd35.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minValidatorStake() view returns(uint256)
func (validationModule *ValidationModule) PackMinValidatorStake() []byte {
	enc, err := validationModule.abi.Pack("minValidatorStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinValidatorStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x017ddd35.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minValidatorStake() view returns(uint256)
func (validationModule *ValidationModule) TryPackMinValidatorStake() ([]byte, error) {
	return validationModule.abi.Pack("minValidatorStake")
}

// UnpackMinValidatorStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x017ddd35.
//
// Solidity: function minValidatorStake() view returns(uint256)
func (validationModule *ValidationModule) UnpackMinValidatorStake(data []byte) (*big.Int, error) {
	out, err := validationModule.abi.Unpack("minValidatorStake", data)
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
func (validationModule *ValidationModule) PackModuleKind() []byte {
	enc, err := validationModule.abi.Pack("moduleKind")
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
func (validationModule *ValidationModule) TryPackModuleKind() ([]byte, error) {
	return validationModule.abi.Pack("moduleKind")
}

// UnpackModuleKind is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf21aa1dc.
//
// Solidity: function moduleKind() pure returns(bytes32)
func (validationModule *ValidationModule) UnpackModuleKind(data []byte) ([32]byte, error) {
	out, err := validationModule.abi.Unpack("moduleKind", data)
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
func (validationModule *ValidationModule) PackOwner() []byte {
	enc, err := validationModule.abi.Pack("owner")
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
func (validationModule *ValidationModule) TryPackOwner() ([]byte, error) {
	return validationModule.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (validationModule *ValidationModule) UnpackOwner(data []byte) (common.Address, error) {
	out, err := validationModule.abi.Unpack("owner", data)
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
func (validationModule *ValidationModule) PackPause() []byte {
	enc, err := validationModule.abi.Pack("pause")
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
func (validationModule *ValidationModule) TryPackPause() ([]byte, error) {
	return validationModule.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (validationModule *ValidationModule) PackPaused() []byte {
	enc, err := validationModule.abi.Pack("paused")
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
func (validationModule *ValidationModule) TryPackPaused() ([]byte, error) {
	return validationModule.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (validationModule *ValidationModule) UnpackPaused(data []byte) (bool, error) {
	out, err := validationModule.abi.Unpack("paused", data)
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
func (validationModule *ValidationModule) PackPauser() []byte {
	enc, err := validationModule.abi.Pack("pauser")
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
func (validationModule *ValidationModule) TryPackPauser() ([]byte, error) {
	return validationModule.abi.Pack("pauser")
}

// UnpackPauser is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fd0506d.
//
// Solidity: function pauser() view returns(address)
func (validationModule *ValidationModule) UnpackPauser(data []byte) (common.Address, error) {
	out, err := validationModule.abi.Unpack("pauser", data)
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
func (validationModule *ValidationModule) PackPendingOwner() []byte {
	enc, err := validationModule.abi.Pack("pendingOwner")
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
func (validationModule *ValidationModule) TryPackPendingOwner() ([]byte, error) {
	return validationModule.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (validationModule *ValidationModule) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := validationModule.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (validationModule *ValidationModule) PackProxiableUUID() []byte {
	enc, err := validationModule.abi.Pack("proxiableUUID")
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
func (validationModule *ValidationModule) TryPackProxiableUUID() ([]byte, error) {
	return validationModule.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (validationModule *ValidationModule) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := validationModule.abi.Unpack("proxiableUUID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() view returns()
func (validationModule *ValidationModule) PackRenounceOwnership() []byte {
	enc, err := validationModule.abi.Pack("renounceOwnership")
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
func (validationModule *ValidationModule) TryPackRenounceOwnership() ([]byte, error) {
	return validationModule.abi.Pack("renounceOwnership")
}

// PackReputationEngine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3f677ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reputationEngine() view returns(address)
func (validationModule *ValidationModule) PackReputationEngine() []byte {
	enc, err := validationModule.abi.Pack("reputationEngine")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReputationEngine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3f677ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reputationEngine() view returns(address)
func (validationModule *ValidationModule) TryPackReputationEngine() ([]byte, error) {
	return validationModule.abi.Pack("reputationEngine")
}

// UnpackReputationEngine is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3f677ef.
//
// Solidity: function reputationEngine() view returns(address)
func (validationModule *ValidationModule) UnpackReputationEngine(data []byte) (common.Address, error) {
	out, err := validationModule.abi.Unpack("reputationEngine", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRevealQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe43887c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealQuorum() view returns(uint256 pct, uint256 min)
func (validationModule *ValidationModule) PackRevealQuorum() []byte {
	enc, err := validationModule.abi.Pack("revealQuorum")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe43887c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealQuorum() view returns(uint256 pct, uint256 min)
func (validationModule *ValidationModule) TryPackRevealQuorum() ([]byte, error) {
	return validationModule.abi.Pack("revealQuorum")
}

// RevealQuorumOutput serves as a container for the return parameters of contract
// method RevealQuorum.
type RevealQuorumOutput struct {
	Pct *big.Int
	Min *big.Int
}

// UnpackRevealQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe43887c.
//
// Solidity: function revealQuorum() view returns(uint256 pct, uint256 min)
func (validationModule *ValidationModule) UnpackRevealQuorum(data []byte) (RevealQuorumOutput, error) {
	out, err := validationModule.abi.Unpack("revealQuorum", data)
	outstruct := new(RevealQuorumOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Pct = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Min = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRevealValidation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc558330.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealValidation(uint256 jobId, bool approve, bytes32 burnTxHash, bytes32 salt, string subdomain, bytes32[] ) returns()
func (validationModule *ValidationModule) PackRevealValidation(jobId *big.Int, approve bool, burnTxHash [32]byte, salt [32]byte, subdomain string, arg5 [][32]byte) []byte {
	enc, err := validationModule.abi.Pack("revealValidation", jobId, approve, burnTxHash, salt, subdomain, arg5)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealValidation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc558330.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealValidation(uint256 jobId, bool approve, bytes32 burnTxHash, bytes32 salt, string subdomain, bytes32[] ) returns()
func (validationModule *ValidationModule) TryPackRevealValidation(jobId *big.Int, approve bool, burnTxHash [32]byte, salt [32]byte, subdomain string, arg5 [][32]byte) ([]byte, error) {
	return validationModule.abi.Pack("revealValidation", jobId, approve, burnTxHash, salt, subdomain, arg5)
}

// PackRevealWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x863d22c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealWindow() view returns(uint256)
func (validationModule *ValidationModule) PackRevealWindow() []byte {
	enc, err := validationModule.abi.Pack("revealWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x863d22c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealWindow() view returns(uint256)
func (validationModule *ValidationModule) TryPackRevealWindow() ([]byte, error) {
	return validationModule.abi.Pack("revealWindow")
}

// UnpackRevealWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x863d22c7.
//
// Solidity: function revealWindow() view returns(uint256)
func (validationModule *ValidationModule) UnpackRevealWindow(data []byte) (*big.Int, error) {
	out, err := validationModule.abi.Unpack("revealWindow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRewardees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf87770f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardees(uint256 jobId) view returns(address[] out)
func (validationModule *ValidationModule) PackRewardees(jobId *big.Int) []byte {
	enc, err := validationModule.abi.Pack("rewardees", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf87770f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardees(uint256 jobId) view returns(address[] out)
func (validationModule *ValidationModule) TryPackRewardees(jobId *big.Int) ([]byte, error) {
	return validationModule.abi.Pack("rewardees", jobId)
}

// UnpackRewardees is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf87770f5.
//
// Solidity: function rewardees(uint256 jobId) view returns(address[] out)
func (validationModule *ValidationModule) UnpackRewardees(data []byte) ([]common.Address, error) {
	out, err := validationModule.abi.Unpack("rewardees", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34d5f37b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function round(uint256 jobId) view returns(uint8 status, uint256 selectionBlock, uint256 commitDeadline, uint256 revealDeadline, uint256 commits, uint256 reveals, uint256 approvals, bool success, bool quorum)
func (validationModule *ValidationModule) PackRound(jobId *big.Int) []byte {
	enc, err := validationModule.abi.Pack("round", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34d5f37b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function round(uint256 jobId) view returns(uint8 status, uint256 selectionBlock, uint256 commitDeadline, uint256 revealDeadline, uint256 commits, uint256 reveals, uint256 approvals, bool success, bool quorum)
func (validationModule *ValidationModule) TryPackRound(jobId *big.Int) ([]byte, error) {
	return validationModule.abi.Pack("round", jobId)
}

// RoundOutput serves as a container for the return parameters of contract
// method Round.
type RoundOutput struct {
	Status         uint8
	SelectionBlock *big.Int
	CommitDeadline *big.Int
	RevealDeadline *big.Int
	Commits        *big.Int
	Reveals        *big.Int
	Approvals      *big.Int
	Success        bool
	Quorum         bool
}

// UnpackRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x34d5f37b.
//
// Solidity: function round(uint256 jobId) view returns(uint8 status, uint256 selectionBlock, uint256 commitDeadline, uint256 revealDeadline, uint256 commits, uint256 reveals, uint256 approvals, bool success, bool quorum)
func (validationModule *ValidationModule) UnpackRound(data []byte) (RoundOutput, error) {
	out, err := validationModule.abi.Unpack("round", data)
	outstruct := new(RoundOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Status = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.SelectionBlock = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.CommitDeadline = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.RevealDeadline = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Commits = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.Reveals = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	outstruct.Approvals = abi.ConvertType(out[6], new(big.Int)).(*big.Int)
	outstruct.Success = *abi.ConvertType(out[7], new(bool)).(*bool)
	outstruct.Quorum = *abi.ConvertType(out[8], new(bool)).(*bool)
	return *outstruct, nil
}

// PackSelectValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2465aea0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function selectValidators(uint256 jobId, uint256 ) returns(address[] committee)
func (validationModule *ValidationModule) PackSelectValidators(jobId *big.Int, arg1 *big.Int) []byte {
	enc, err := validationModule.abi.Pack("selectValidators", jobId, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSelectValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2465aea0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function selectValidators(uint256 jobId, uint256 ) returns(address[] committee)
func (validationModule *ValidationModule) TryPackSelectValidators(jobId *big.Int, arg1 *big.Int) ([]byte, error) {
	return validationModule.abi.Pack("selectValidators", jobId, arg1)
}

// UnpackSelectValidators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2465aea0.
//
// Solidity: function selectValidators(uint256 jobId, uint256 ) returns(address[] committee)
func (validationModule *ValidationModule) UnpackSelectValidators(data []byte) ([]common.Address, error) {
	out, err := validationModule.abi.Unpack("selectValidators", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackSetApprovalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0016b8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalThreshold(uint256 pct) returns()
func (validationModule *ValidationModule) PackSetApprovalThreshold(pct *big.Int) []byte {
	enc, err := validationModule.abi.Pack("setApprovalThreshold", pct)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0016b8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalThreshold(uint256 pct) returns()
func (validationModule *ValidationModule) TryPackSetApprovalThreshold(pct *big.Int) ([]byte, error) {
	return validationModule.abi.Pack("setApprovalThreshold", pct)
}

// PackSetCommitRevealWindows is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x714714b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCommitRevealWindows(uint256 commitWindow_, uint256 revealWindow_) returns()
func (validationModule *ValidationModule) PackSetCommitRevealWindows(commitWindow *big.Int, revealWindow *big.Int) []byte {
	enc, err := validationModule.abi.Pack("setCommitRevealWindows", commitWindow, revealWindow)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCommitRevealWindows is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x714714b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCommitRevealWindows(uint256 commitWindow_, uint256 revealWindow_) returns()
func (validationModule *ValidationModule) TryPackSetCommitRevealWindows(commitWindow *big.Int, revealWindow *big.Int) ([]byte, error) {
	return validationModule.abi.Pack("setCommitRevealWindows", commitWindow, revealWindow)
}

// PackSetIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf3f861.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setIdentityRegistry(address module) returns()
func (validationModule *ValidationModule) PackSetIdentityRegistry(module common.Address) []byte {
	enc, err := validationModule.abi.Pack("setIdentityRegistry", module)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf3f861.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setIdentityRegistry(address module) returns()
func (validationModule *ValidationModule) TryPackSetIdentityRegistry(module common.Address) ([]byte, error) {
	return validationModule.abi.Pack("setIdentityRegistry", module)
}

// PackSetJobRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00dc34c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setJobRegistry(address module) returns()
func (validationModule *ValidationModule) PackSetJobRegistry(module common.Address) []byte {
	enc, err := validationModule.abi.Pack("setJobRegistry", module)
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
func (validationModule *ValidationModule) TryPackSetJobRegistry(module common.Address) ([]byte, error) {
	return validationModule.abi.Pack("setJobRegistry", module)
}

// PackSetMinValidatorStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3601585.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinValidatorStake(uint256 stake) returns()
func (validationModule *ValidationModule) PackSetMinValidatorStake(stake *big.Int) []byte {
	enc, err := validationModule.abi.Pack("setMinValidatorStake", stake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinValidatorStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3601585.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinValidatorStake(uint256 stake) returns()
func (validationModule *ValidationModule) TryPackSetMinValidatorStake(stake *big.Int) ([]byte, error) {
	return validationModule.abi.Pack("setMinValidatorStake", stake)
}

// PackSetPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d88af4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPauser(address pauser_) returns()
func (validationModule *ValidationModule) PackSetPauser(pauser common.Address) []byte {
	enc, err := validationModule.abi.Pack("setPauser", pauser)
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
func (validationModule *ValidationModule) TryPackSetPauser(pauser common.Address) ([]byte, error) {
	return validationModule.abi.Pack("setPauser", pauser)
}

// PackSetReputationEngine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bb5090c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReputationEngine(address module) returns()
func (validationModule *ValidationModule) PackSetReputationEngine(module common.Address) []byte {
	enc, err := validationModule.abi.Pack("setReputationEngine", module)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReputationEngine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bb5090c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReputationEngine(address module) returns()
func (validationModule *ValidationModule) TryPackSetReputationEngine(module common.Address) ([]byte, error) {
	return validationModule.abi.Pack("setReputationEngine", module)
}

// PackSetRevealQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ed9669b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRevealQuorum(uint256 pct, uint256 min) returns()
func (validationModule *ValidationModule) PackSetRevealQuorum(pct *big.Int, min *big.Int) []byte {
	enc, err := validationModule.abi.Pack("setRevealQuorum", pct, min)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRevealQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ed9669b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRevealQuorum(uint256 pct, uint256 min) returns()
func (validationModule *ValidationModule) TryPackSetRevealQuorum(pct *big.Int, min *big.Int) ([]byte, error) {
	return validationModule.abi.Pack("setRevealQuorum", pct, min)
}

// PackSetStakeManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e7c67fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setStakeManager(address module) returns()
func (validationModule *ValidationModule) PackSetStakeManager(module common.Address) []byte {
	enc, err := validationModule.abi.Pack("setStakeManager", module)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetStakeManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e7c67fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setStakeManager(address module) returns()
func (validationModule *ValidationModule) TryPackSetStakeManager(module common.Address) ([]byte, error) {
	return validationModule.abi.Pack("setStakeManager", module)
}

// PackSetValidatorPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52322447.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setValidatorPool(address[] pool) returns()
func (validationModule *ValidationModule) PackSetValidatorPool(pool []common.Address) []byte {
	enc, err := validationModule.abi.Pack("setValidatorPool", pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetValidatorPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52322447.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setValidatorPool(address[] pool) returns()
func (validationModule *ValidationModule) TryPackSetValidatorPool(pool []common.Address) ([]byte, error) {
	return validationModule.abi.Pack("setValidatorPool", pool)
}

// PackSetValidatorSlashingPct is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c04b61b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setValidatorSlashingPct(uint256 pct) returns()
func (validationModule *ValidationModule) PackSetValidatorSlashingPct(pct *big.Int) []byte {
	enc, err := validationModule.abi.Pack("setValidatorSlashingPct", pct)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetValidatorSlashingPct is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c04b61b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setValidatorSlashingPct(uint256 pct) returns()
func (validationModule *ValidationModule) TryPackSetValidatorSlashingPct(pct *big.Int) ([]byte, error) {
	return validationModule.abi.Pack("setValidatorSlashingPct", pct)
}

// PackSetValidatorsPerJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2926e45d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setValidatorsPerJob(uint256 count) returns()
func (validationModule *ValidationModule) PackSetValidatorsPerJob(count *big.Int) []byte {
	enc, err := validationModule.abi.Pack("setValidatorsPerJob", count)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetValidatorsPerJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2926e45d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setValidatorsPerJob(uint256 count) returns()
func (validationModule *ValidationModule) TryPackSetValidatorsPerJob(count *big.Int) ([]byte, error) {
	return validationModule.abi.Pack("setValidatorsPerJob", count)
}

// PackStakeManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7542ff95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeManager() view returns(address)
func (validationModule *ValidationModule) PackStakeManager() []byte {
	enc, err := validationModule.abi.Pack("stakeManager")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7542ff95.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeManager() view returns(address)
func (validationModule *ValidationModule) TryPackStakeManager() ([]byte, error) {
	return validationModule.abi.Pack("stakeManager")
}

// UnpackStakeManager is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7542ff95.
//
// Solidity: function stakeManager() view returns(address)
func (validationModule *ValidationModule) UnpackStakeManager(data []byte) (common.Address, error) {
	out, err := validationModule.abi.Unpack("stakeManager", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95805dad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function start(uint256 jobId) returns()
func (validationModule *ValidationModule) PackStart(jobId *big.Int) []byte {
	enc, err := validationModule.abi.Pack("start", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95805dad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function start(uint256 jobId) returns()
func (validationModule *ValidationModule) TryPackStart(jobId *big.Int) ([]byte, error) {
	return validationModule.abi.Pack("start", jobId)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (validationModule *ValidationModule) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := validationModule.abi.Pack("transferOwnership", newOwner)
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
func (validationModule *ValidationModule) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return validationModule.abi.Pack("transferOwnership", newOwner)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (validationModule *ValidationModule) PackUnpause() []byte {
	enc, err := validationModule.abi.Pack("unpause")
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
func (validationModule *ValidationModule) TryPackUnpause() ([]byte, error) {
	return validationModule.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (validationModule *ValidationModule) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := validationModule.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (validationModule *ValidationModule) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return validationModule.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackValidatorPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4c6d1de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validatorPool() view returns(address[])
func (validationModule *ValidationModule) PackValidatorPool() []byte {
	enc, err := validationModule.abi.Pack("validatorPool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidatorPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4c6d1de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validatorPool() view returns(address[])
func (validationModule *ValidationModule) TryPackValidatorPool() ([]byte, error) {
	return validationModule.abi.Pack("validatorPool")
}

// UnpackValidatorPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4c6d1de.
//
// Solidity: function validatorPool() view returns(address[])
func (validationModule *ValidationModule) UnpackValidatorPool(data []byte) ([]common.Address, error) {
	out, err := validationModule.abi.Unpack("validatorPool", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackValidatorSlashingPct is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19bce800.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validatorSlashingPct() view returns(uint256)
func (validationModule *ValidationModule) PackValidatorSlashingPct() []byte {
	enc, err := validationModule.abi.Pack("validatorSlashingPct")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidatorSlashingPct is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19bce800.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validatorSlashingPct() view returns(uint256)
func (validationModule *ValidationModule) TryPackValidatorSlashingPct() ([]byte, error) {
	return validationModule.abi.Pack("validatorSlashingPct")
}

// UnpackValidatorSlashingPct is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x19bce800.
//
// Solidity: function validatorSlashingPct() view returns(uint256)
func (validationModule *ValidationModule) UnpackValidatorSlashingPct(data []byte) (*big.Int, error) {
	out, err := validationModule.abi.Unpack("validatorSlashingPct", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35aa2e44.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validators(uint256 jobId) view returns(address[] out)
func (validationModule *ValidationModule) PackValidators(jobId *big.Int) []byte {
	enc, err := validationModule.abi.Pack("validators", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35aa2e44.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validators(uint256 jobId) view returns(address[] out)
func (validationModule *ValidationModule) TryPackValidators(jobId *big.Int) ([]byte, error) {
	return validationModule.abi.Pack("validators", jobId)
}

// UnpackValidators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x35aa2e44.
//
// Solidity: function validators(uint256 jobId) view returns(address[] out)
func (validationModule *ValidationModule) UnpackValidators(data []byte) ([]common.Address, error) {
	out, err := validationModule.abi.Unpack("validators", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackValidatorsPerJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a8d23ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validatorsPerJob() view returns(uint256)
func (validationModule *ValidationModule) PackValidatorsPerJob() []byte {
	enc, err := validationModule.abi.Pack("validatorsPerJob")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidatorsPerJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a8d23ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validatorsPerJob() view returns(uint256)
func (validationModule *ValidationModule) TryPackValidatorsPerJob() ([]byte, error) {
	return validationModule.abi.Pack("validatorsPerJob")
}

// UnpackValidatorsPerJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a8d23ec.
//
// Solidity: function validatorsPerJob() view returns(uint256)
func (validationModule *ValidationModule) UnpackValidatorsPerJob(data []byte) (*big.Int, error) {
	out, err := validationModule.abi.Unpack("validatorsPerJob", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(uint256)
func (validationModule *ValidationModule) PackVersion() []byte {
	enc, err := validationModule.abi.Pack("version")
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
func (validationModule *ValidationModule) TryPackVersion() ([]byte, error) {
	return validationModule.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(uint256)
func (validationModule *ValidationModule) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := validationModule.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// ValidationModuleApprovalThresholdUpdated represents a ApprovalThresholdUpdated event raised by the ValidationModule contract.
type ValidationModuleApprovalThresholdUpdated struct {
	Pct *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const ValidationModuleApprovalThresholdUpdatedEventName = "ApprovalThresholdUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleApprovalThresholdUpdated) ContractEventName() string {
	return ValidationModuleApprovalThresholdUpdatedEventName
}

// UnpackApprovalThresholdUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalThresholdUpdated(uint256 pct)
func (validationModule *ValidationModule) UnpackApprovalThresholdUpdatedEvent(log *types.Log) (*ValidationModuleApprovalThresholdUpdated, error) {
	event := "ApprovalThresholdUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleApprovalThresholdUpdated)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModuleCommitRevealWindowsUpdated represents a CommitRevealWindowsUpdated event raised by the ValidationModule contract.
type ValidationModuleCommitRevealWindowsUpdated struct {
	CommitWindow *big.Int
	RevealWindow *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const ValidationModuleCommitRevealWindowsUpdatedEventName = "CommitRevealWindowsUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleCommitRevealWindowsUpdated) ContractEventName() string {
	return ValidationModuleCommitRevealWindowsUpdatedEventName
}

// UnpackCommitRevealWindowsUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitRevealWindowsUpdated(uint256 commitWindow, uint256 revealWindow)
func (validationModule *ValidationModule) UnpackCommitRevealWindowsUpdatedEvent(log *types.Log) (*ValidationModuleCommitRevealWindowsUpdated, error) {
	event := "CommitRevealWindowsUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleCommitRevealWindowsUpdated)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModuleIdentityRegistryUpdated represents a IdentityRegistryUpdated event raised by the ValidationModule contract.
type ValidationModuleIdentityRegistryUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ValidationModuleIdentityRegistryUpdatedEventName = "IdentityRegistryUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleIdentityRegistryUpdated) ContractEventName() string {
	return ValidationModuleIdentityRegistryUpdatedEventName
}

// UnpackIdentityRegistryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityRegistryUpdated(address module)
func (validationModule *ValidationModule) UnpackIdentityRegistryUpdatedEvent(log *types.Log) (*ValidationModuleIdentityRegistryUpdated, error) {
	event := "IdentityRegistryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleIdentityRegistryUpdated)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModuleInitialized represents a Initialized event raised by the ValidationModule contract.
type ValidationModuleInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const ValidationModuleInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (ValidationModuleInitialized) ContractEventName() string {
	return ValidationModuleInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (validationModule *ValidationModule) UnpackInitializedEvent(log *types.Log) (*ValidationModuleInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleInitialized)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModuleJobRegistryUpdated represents a JobRegistryUpdated event raised by the ValidationModule contract.
type ValidationModuleJobRegistryUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ValidationModuleJobRegistryUpdatedEventName = "JobRegistryUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleJobRegistryUpdated) ContractEventName() string {
	return ValidationModuleJobRegistryUpdatedEventName
}

// UnpackJobRegistryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobRegistryUpdated(address module)
func (validationModule *ValidationModule) UnpackJobRegistryUpdatedEvent(log *types.Log) (*ValidationModuleJobRegistryUpdated, error) {
	event := "JobRegistryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleJobRegistryUpdated)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModuleMinValidatorStakeUpdated represents a MinValidatorStakeUpdated event raised by the ValidationModule contract.
type ValidationModuleMinValidatorStakeUpdated struct {
	Stake *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ValidationModuleMinValidatorStakeUpdatedEventName = "MinValidatorStakeUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleMinValidatorStakeUpdated) ContractEventName() string {
	return ValidationModuleMinValidatorStakeUpdatedEventName
}

// UnpackMinValidatorStakeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinValidatorStakeUpdated(uint256 stake)
func (validationModule *ValidationModule) UnpackMinValidatorStakeUpdatedEvent(log *types.Log) (*ValidationModuleMinValidatorStakeUpdated, error) {
	event := "MinValidatorStakeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleMinValidatorStakeUpdated)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModuleOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the ValidationModule contract.
type ValidationModuleOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ValidationModuleOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (ValidationModuleOwnershipTransferStarted) ContractEventName() string {
	return ValidationModuleOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (validationModule *ValidationModule) UnpackOwnershipTransferStartedEvent(log *types.Log) (*ValidationModuleOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModuleOwnershipTransferred represents a OwnershipTransferred event raised by the ValidationModule contract.
type ValidationModuleOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ValidationModuleOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ValidationModuleOwnershipTransferred) ContractEventName() string {
	return ValidationModuleOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (validationModule *ValidationModule) UnpackOwnershipTransferredEvent(log *types.Log) (*ValidationModuleOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModulePaused represents a Paused event raised by the ValidationModule contract.
type ValidationModulePaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ValidationModulePausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (ValidationModulePaused) ContractEventName() string {
	return ValidationModulePausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (validationModule *ValidationModule) UnpackPausedEvent(log *types.Log) (*ValidationModulePaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModulePaused)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModulePauserUpdated represents a PauserUpdated event raised by the ValidationModule contract.
type ValidationModulePauserUpdated struct {
	Pauser common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ValidationModulePauserUpdatedEventName = "PauserUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModulePauserUpdated) ContractEventName() string {
	return ValidationModulePauserUpdatedEventName
}

// UnpackPauserUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PauserUpdated(address pauser)
func (validationModule *ValidationModule) UnpackPauserUpdatedEvent(log *types.Log) (*ValidationModulePauserUpdated, error) {
	event := "PauserUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModulePauserUpdated)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModuleReputationEngineUpdated represents a ReputationEngineUpdated event raised by the ValidationModule contract.
type ValidationModuleReputationEngineUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ValidationModuleReputationEngineUpdatedEventName = "ReputationEngineUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleReputationEngineUpdated) ContractEventName() string {
	return ValidationModuleReputationEngineUpdatedEventName
}

// UnpackReputationEngineUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReputationEngineUpdated(address module)
func (validationModule *ValidationModule) UnpackReputationEngineUpdatedEvent(log *types.Log) (*ValidationModuleReputationEngineUpdated, error) {
	event := "ReputationEngineUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleReputationEngineUpdated)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModuleRevealQuorumUpdated represents a RevealQuorumUpdated event raised by the ValidationModule contract.
type ValidationModuleRevealQuorumUpdated struct {
	Pct *big.Int
	Min *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const ValidationModuleRevealQuorumUpdatedEventName = "RevealQuorumUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleRevealQuorumUpdated) ContractEventName() string {
	return ValidationModuleRevealQuorumUpdatedEventName
}

// UnpackRevealQuorumUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevealQuorumUpdated(uint256 pct, uint256 min)
func (validationModule *ValidationModule) UnpackRevealQuorumUpdatedEvent(log *types.Log) (*ValidationModuleRevealQuorumUpdated, error) {
	event := "RevealQuorumUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleRevealQuorumUpdated)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModuleStakeManagerUpdated represents a StakeManagerUpdated event raised by the ValidationModule contract.
type ValidationModuleStakeManagerUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ValidationModuleStakeManagerUpdatedEventName = "StakeManagerUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleStakeManagerUpdated) ContractEventName() string {
	return ValidationModuleStakeManagerUpdatedEventName
}

// UnpackStakeManagerUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeManagerUpdated(address module)
func (validationModule *ValidationModule) UnpackStakeManagerUpdatedEvent(log *types.Log) (*ValidationModuleStakeManagerUpdated, error) {
	event := "StakeManagerUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleStakeManagerUpdated)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModuleUnpaused represents a Unpaused event raised by the ValidationModule contract.
type ValidationModuleUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ValidationModuleUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (ValidationModuleUnpaused) ContractEventName() string {
	return ValidationModuleUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (validationModule *ValidationModule) UnpackUnpausedEvent(log *types.Log) (*ValidationModuleUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleUnpaused)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModuleUpgraded represents a Upgraded event raised by the ValidationModule contract.
type ValidationModuleUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const ValidationModuleUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (ValidationModuleUpgraded) ContractEventName() string {
	return ValidationModuleUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (validationModule *ValidationModule) UnpackUpgradedEvent(log *types.Log) (*ValidationModuleUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleUpgraded)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModuleValidationCommitted represents a ValidationCommitted event raised by the ValidationModule contract.
type ValidationModuleValidationCommitted struct {
	JobId      *big.Int
	Validator  common.Address
	CommitHash [32]byte
	Subdomain  string
	Raw        *types.Log // Blockchain specific contextual infos
}

const ValidationModuleValidationCommittedEventName = "ValidationCommitted"

// ContractEventName returns the user-defined event name.
func (ValidationModuleValidationCommitted) ContractEventName() string {
	return ValidationModuleValidationCommittedEventName
}

// UnpackValidationCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidationCommitted(uint256 indexed jobId, address indexed validator, bytes32 commitHash, string subdomain)
func (validationModule *ValidationModule) UnpackValidationCommittedEvent(log *types.Log) (*ValidationModuleValidationCommitted, error) {
	event := "ValidationCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleValidationCommitted)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModuleValidationResult represents a ValidationResult event raised by the ValidationModule contract.
type ValidationModuleValidationResult struct {
	JobId   *big.Int
	Success bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const ValidationModuleValidationResultEventName = "ValidationResult"

// ContractEventName returns the user-defined event name.
func (ValidationModuleValidationResult) ContractEventName() string {
	return ValidationModuleValidationResultEventName
}

// UnpackValidationResultEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidationResult(uint256 indexed jobId, bool success)
func (validationModule *ValidationModule) UnpackValidationResultEvent(log *types.Log) (*ValidationModuleValidationResult, error) {
	event := "ValidationResult"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleValidationResult)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModuleValidationRevealed represents a ValidationRevealed event raised by the ValidationModule contract.
type ValidationModuleValidationRevealed struct {
	JobId      *big.Int
	Validator  common.Address
	Approve    bool
	BurnTxHash [32]byte
	Subdomain  string
	Raw        *types.Log // Blockchain specific contextual infos
}

const ValidationModuleValidationRevealedEventName = "ValidationRevealed"

// ContractEventName returns the user-defined event name.
func (ValidationModuleValidationRevealed) ContractEventName() string {
	return ValidationModuleValidationRevealedEventName
}

// UnpackValidationRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidationRevealed(uint256 indexed jobId, address indexed validator, bool approve, bytes32 burnTxHash, string subdomain)
func (validationModule *ValidationModule) UnpackValidationRevealedEvent(log *types.Log) (*ValidationModuleValidationRevealed, error) {
	event := "ValidationRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleValidationRevealed)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModuleValidationTallied represents a ValidationTallied event raised by the ValidationModule contract.
type ValidationModuleValidationTallied struct {
	JobId      *big.Int
	Success    bool
	Approvals  *big.Int
	Rejections *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const ValidationModuleValidationTalliedEventName = "ValidationTallied"

// ContractEventName returns the user-defined event name.
func (ValidationModuleValidationTallied) ContractEventName() string {
	return ValidationModuleValidationTalliedEventName
}

// UnpackValidationTalliedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidationTallied(uint256 indexed jobId, bool success, uint256 approvals, uint256 rejections)
func (validationModule *ValidationModule) UnpackValidationTalliedEvent(log *types.Log) (*ValidationModuleValidationTallied, error) {
	event := "ValidationTallied"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleValidationTallied)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModuleValidatorPenalized represents a ValidatorPenalized event raised by the ValidationModule contract.
type ValidationModuleValidatorPenalized struct {
	JobId     *big.Int
	Validator common.Address
	Slashed   *big.Int
	Revealed  bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const ValidationModuleValidatorPenalizedEventName = "ValidatorPenalized"

// ContractEventName returns the user-defined event name.
func (ValidationModuleValidatorPenalized) ContractEventName() string {
	return ValidationModuleValidatorPenalizedEventName
}

// UnpackValidatorPenalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorPenalized(uint256 indexed jobId, address indexed validator, uint256 slashed, bool revealed)
func (validationModule *ValidationModule) UnpackValidatorPenalizedEvent(log *types.Log) (*ValidationModuleValidatorPenalized, error) {
	event := "ValidatorPenalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleValidatorPenalized)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModuleValidatorPoolUpdated represents a ValidatorPoolUpdated event raised by the ValidationModule contract.
type ValidationModuleValidatorPoolUpdated struct {
	Pool []common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const ValidationModuleValidatorPoolUpdatedEventName = "ValidatorPoolUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleValidatorPoolUpdated) ContractEventName() string {
	return ValidationModuleValidatorPoolUpdatedEventName
}

// UnpackValidatorPoolUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorPoolUpdated(address[] pool)
func (validationModule *ValidationModule) UnpackValidatorPoolUpdatedEvent(log *types.Log) (*ValidationModuleValidatorPoolUpdated, error) {
	event := "ValidatorPoolUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleValidatorPoolUpdated)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModuleValidatorSlashingPctUpdated represents a ValidatorSlashingPctUpdated event raised by the ValidationModule contract.
type ValidationModuleValidatorSlashingPctUpdated struct {
	Pct *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const ValidationModuleValidatorSlashingPctUpdatedEventName = "ValidatorSlashingPctUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleValidatorSlashingPctUpdated) ContractEventName() string {
	return ValidationModuleValidatorSlashingPctUpdatedEventName
}

// UnpackValidatorSlashingPctUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorSlashingPctUpdated(uint256 pct)
func (validationModule *ValidationModule) UnpackValidatorSlashingPctUpdatedEvent(log *types.Log) (*ValidationModuleValidatorSlashingPctUpdated, error) {
	event := "ValidatorSlashingPctUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleValidatorSlashingPctUpdated)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModuleValidatorsPerJobUpdated represents a ValidatorsPerJobUpdated event raised by the ValidationModule contract.
type ValidationModuleValidatorsPerJobUpdated struct {
	Count *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ValidationModuleValidatorsPerJobUpdatedEventName = "ValidatorsPerJobUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleValidatorsPerJobUpdated) ContractEventName() string {
	return ValidationModuleValidatorsPerJobUpdatedEventName
}

// UnpackValidatorsPerJobUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorsPerJobUpdated(uint256 count)
func (validationModule *ValidationModule) UnpackValidatorsPerJobUpdatedEvent(log *types.Log) (*ValidationModuleValidatorsPerJobUpdated, error) {
	event := "ValidatorsPerJobUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleValidatorsPerJobUpdated)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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

// ValidationModuleValidatorsSelected represents a ValidatorsSelected event raised by the ValidationModule contract.
type ValidationModuleValidatorsSelected struct {
	JobId      *big.Int
	Validators []common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const ValidationModuleValidatorsSelectedEventName = "ValidatorsSelected"

// ContractEventName returns the user-defined event name.
func (ValidationModuleValidatorsSelected) ContractEventName() string {
	return ValidationModuleValidatorsSelectedEventName
}

// UnpackValidatorsSelectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorsSelected(uint256 indexed jobId, address[] validators)
func (validationModule *ValidationModule) UnpackValidatorsSelectedEvent(log *types.Log) (*ValidationModuleValidatorsSelected, error) {
	event := "ValidatorsSelected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModule.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleValidatorsSelected)
	if len(log.Data) > 0 {
		if err := validationModule.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModule.abi.Events[event].Inputs {
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
func (validationModule *ValidationModule) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], validationModule.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return validationModule.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return validationModule.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["AlreadyRevealed"].ID.Bytes()[:4]) {
		return validationModule.UnpackAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["CommitPhaseClosed"].ID.Bytes()[:4]) {
		return validationModule.UnpackCommitPhaseClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["DuplicateValidator"].ID.Bytes()[:4]) {
		return validationModule.UnpackDuplicateValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return validationModule.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return validationModule.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["EmptyCommit"].ID.Bytes()[:4]) {
		return validationModule.UnpackEmptyCommitError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return validationModule.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return validationModule.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return validationModule.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["IncompatibleModule"].ID.Bytes()[:4]) {
		return validationModule.UnpackIncompatibleModuleError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return validationModule.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["InvalidPercentage"].ID.Bytes()[:4]) {
		return validationModule.UnpackInvalidPercentageError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["InvalidReveal"].ID.Bytes()[:4]) {
		return validationModule.UnpackInvalidRevealError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["InvalidRound"].ID.Bytes()[:4]) {
		return validationModule.UnpackInvalidRoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["NotAuthorizedValidator"].ID.Bytes()[:4]) {
		return validationModule.UnpackNotAuthorizedValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["NotCommitted"].ID.Bytes()[:4]) {
		return validationModule.UnpackNotCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["NotCommitteeMember"].ID.Bytes()[:4]) {
		return validationModule.UnpackNotCommitteeMemberError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["NotEnoughValidators"].ID.Bytes()[:4]) {
		return validationModule.UnpackNotEnoughValidatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return validationModule.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["NotPauser"].ID.Bytes()[:4]) {
		return validationModule.UnpackNotPauserError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["OutOfRange"].ID.Bytes()[:4]) {
		return validationModule.UnpackOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return validationModule.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return validationModule.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return validationModule.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["RenounceDisabled"].ID.Bytes()[:4]) {
		return validationModule.UnpackRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["RevealPhaseClosed"].ID.Bytes()[:4]) {
		return validationModule.UnpackRevealPhaseClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["RevealPhaseNotOpen"].ID.Bytes()[:4]) {
		return validationModule.UnpackRevealPhaseNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["RevealPhaseNotOver"].ID.Bytes()[:4]) {
		return validationModule.UnpackRevealPhaseNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["SelectionTooEarly"].ID.Bytes()[:4]) {
		return validationModule.UnpackSelectionTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return validationModule.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return validationModule.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["UnauthorizedCaller"].ID.Bytes()[:4]) {
		return validationModule.UnpackUnauthorizedCallerError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["WrongModuleKind"].ID.Bytes()[:4]) {
		return validationModule.UnpackWrongModuleKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModule.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return validationModule.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ValidationModuleAddressEmptyCode represents a AddressEmptyCode error raised by the ValidationModule contract.
type ValidationModuleAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func ValidationModuleAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (validationModule *ValidationModule) UnpackAddressEmptyCodeError(raw []byte) (*ValidationModuleAddressEmptyCode, error) {
	out := new(ValidationModuleAddressEmptyCode)
	if err := validationModule.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleAlreadyCommitted represents a AlreadyCommitted error raised by the ValidationModule contract.
type ValidationModuleAlreadyCommitted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted()
func ValidationModuleAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0xbfec55587600524a9afa4af6da1e1345f08fce59d99e4869f19166c295681a3a")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted()
func (validationModule *ValidationModule) UnpackAlreadyCommittedError(raw []byte) (*ValidationModuleAlreadyCommitted, error) {
	out := new(ValidationModuleAlreadyCommitted)
	if err := validationModule.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleAlreadyRevealed represents a AlreadyRevealed error raised by the ValidationModule contract.
type ValidationModuleAlreadyRevealed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevealed()
func ValidationModuleAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0xa89ac151620d5331775119c5df29262a0755c14eb44ace70a903df983497be6e")
}

// UnpackAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevealed()
func (validationModule *ValidationModule) UnpackAlreadyRevealedError(raw []byte) (*ValidationModuleAlreadyRevealed, error) {
	out := new(ValidationModuleAlreadyRevealed)
	if err := validationModule.abi.UnpackIntoInterface(out, "AlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleCommitPhaseClosed represents a CommitPhaseClosed error raised by the ValidationModule contract.
type ValidationModuleCommitPhaseClosed struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitPhaseClosed(uint256 deadline)
func ValidationModuleCommitPhaseClosedErrorID() common.Hash {
	return common.HexToHash("0xe5d218294111bddfd91ea1379595c618dd406d2ffaa363b0e3a0a8dc14cd312e")
}

// UnpackCommitPhaseClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitPhaseClosed(uint256 deadline)
func (validationModule *ValidationModule) UnpackCommitPhaseClosedError(raw []byte) (*ValidationModuleCommitPhaseClosed, error) {
	out := new(ValidationModuleCommitPhaseClosed)
	if err := validationModule.abi.UnpackIntoInterface(out, "CommitPhaseClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleDuplicateValidator represents a DuplicateValidator error raised by the ValidationModule contract.
type ValidationModuleDuplicateValidator struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateValidator(address validator)
func ValidationModuleDuplicateValidatorErrorID() common.Hash {
	return common.HexToHash("0x41fe18cc9499f0f7be34d80dc912f4351e87d50e0e97c05ffbc8d99fe05171a3")
}

// UnpackDuplicateValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateValidator(address validator)
func (validationModule *ValidationModule) UnpackDuplicateValidatorError(raw []byte) (*ValidationModuleDuplicateValidator, error) {
	out := new(ValidationModuleDuplicateValidator)
	if err := validationModule.abi.UnpackIntoInterface(out, "DuplicateValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the ValidationModule contract.
type ValidationModuleERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func ValidationModuleERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (validationModule *ValidationModule) UnpackERC1967InvalidImplementationError(raw []byte) (*ValidationModuleERC1967InvalidImplementation, error) {
	out := new(ValidationModuleERC1967InvalidImplementation)
	if err := validationModule.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleERC1967NonPayable represents a ERC1967NonPayable error raised by the ValidationModule contract.
type ValidationModuleERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func ValidationModuleERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (validationModule *ValidationModule) UnpackERC1967NonPayableError(raw []byte) (*ValidationModuleERC1967NonPayable, error) {
	out := new(ValidationModuleERC1967NonPayable)
	if err := validationModule.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleEmptyCommit represents a EmptyCommit error raised by the ValidationModule contract.
type ValidationModuleEmptyCommit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyCommit()
func ValidationModuleEmptyCommitErrorID() common.Hash {
	return common.HexToHash("0x37b5b73dfb88aa773070c5925db6fcb1f708a6a194affd0fa6560d44a0a00228")
}

// UnpackEmptyCommitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyCommit()
func (validationModule *ValidationModule) UnpackEmptyCommitError(raw []byte) (*ValidationModuleEmptyCommit, error) {
	out := new(ValidationModuleEmptyCommit)
	if err := validationModule.abi.UnpackIntoInterface(out, "EmptyCommit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleEnforcedPause represents a EnforcedPause error raised by the ValidationModule contract.
type ValidationModuleEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func ValidationModuleEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (validationModule *ValidationModule) UnpackEnforcedPauseError(raw []byte) (*ValidationModuleEnforcedPause, error) {
	out := new(ValidationModuleEnforcedPause)
	if err := validationModule.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleExpectedPause represents a ExpectedPause error raised by the ValidationModule contract.
type ValidationModuleExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func ValidationModuleExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (validationModule *ValidationModule) UnpackExpectedPauseError(raw []byte) (*ValidationModuleExpectedPause, error) {
	out := new(ValidationModuleExpectedPause)
	if err := validationModule.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleFailedCall represents a FailedCall error raised by the ValidationModule contract.
type ValidationModuleFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func ValidationModuleFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (validationModule *ValidationModule) UnpackFailedCallError(raw []byte) (*ValidationModuleFailedCall, error) {
	out := new(ValidationModuleFailedCall)
	if err := validationModule.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleIncompatibleModule represents a IncompatibleModule error raised by the ValidationModule contract.
type ValidationModuleIncompatibleModule struct {
	Module   common.Address
	Version  *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IncompatibleModule(address module, uint256 version, uint256 expected)
func ValidationModuleIncompatibleModuleErrorID() common.Hash {
	return common.HexToHash("0x04061d127a8baae1898d82216f983269139f54b5a5d26cdac263423c87700483")
}

// UnpackIncompatibleModuleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IncompatibleModule(address module, uint256 version, uint256 expected)
func (validationModule *ValidationModule) UnpackIncompatibleModuleError(raw []byte) (*ValidationModuleIncompatibleModule, error) {
	out := new(ValidationModuleIncompatibleModule)
	if err := validationModule.abi.UnpackIntoInterface(out, "IncompatibleModule", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleInvalidInitialization represents a InvalidInitialization error raised by the ValidationModule contract.
type ValidationModuleInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func ValidationModuleInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (validationModule *ValidationModule) UnpackInvalidInitializationError(raw []byte) (*ValidationModuleInvalidInitialization, error) {
	out := new(ValidationModuleInvalidInitialization)
	if err := validationModule.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleInvalidPercentage represents a InvalidPercentage error raised by the ValidationModule contract.
type ValidationModuleInvalidPercentage struct {
	Pct *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPercentage(uint256 pct)
func ValidationModuleInvalidPercentageErrorID() common.Hash {
	return common.HexToHash("0xaa3186736a71fbe83394f925f76befc82f4b6792de29094b553804a202ec3efd")
}

// UnpackInvalidPercentageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPercentage(uint256 pct)
func (validationModule *ValidationModule) UnpackInvalidPercentageError(raw []byte) (*ValidationModuleInvalidPercentage, error) {
	out := new(ValidationModuleInvalidPercentage)
	if err := validationModule.abi.UnpackIntoInterface(out, "InvalidPercentage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleInvalidReveal represents a InvalidReveal error raised by the ValidationModule contract.
type ValidationModuleInvalidReveal struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidReveal()
func ValidationModuleInvalidRevealErrorID() common.Hash {
	return common.HexToHash("0x9ea6d127cea9e3275fae75d6cb7ea1e8248b48930b3961cbdc11bd64a3d22b67")
}

// UnpackInvalidRevealError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidReveal()
func (validationModule *ValidationModule) UnpackInvalidRevealError(raw []byte) (*ValidationModuleInvalidReveal, error) {
	out := new(ValidationModuleInvalidReveal)
	if err := validationModule.abi.UnpackIntoInterface(out, "InvalidReveal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleInvalidRound represents a InvalidRound error raised by the ValidationModule contract.
type ValidationModuleInvalidRound struct {
	JobId  *big.Int
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRound(uint256 jobId, uint8 status)
func ValidationModuleInvalidRoundErrorID() common.Hash {
	return common.HexToHash("0x4d92f738340487cf6f791574304c5429e81cd901bc8f7b77c91ebef6696a87e1")
}

// UnpackInvalidRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRound(uint256 jobId, uint8 status)
func (validationModule *ValidationModule) UnpackInvalidRoundError(raw []byte) (*ValidationModuleInvalidRound, error) {
	out := new(ValidationModuleInvalidRound)
	if err := validationModule.abi.UnpackIntoInterface(out, "InvalidRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleNotAuthorizedValidator represents a NotAuthorizedValidator error raised by the ValidationModule contract.
type ValidationModuleNotAuthorizedValidator struct {
	Claimant common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAuthorizedValidator(address claimant)
func ValidationModuleNotAuthorizedValidatorErrorID() common.Hash {
	return common.HexToHash("0xadb068de01cf4c97489a799af630eab901fe9f7e07fcd0cb0348ea739f5c6bf6")
}

// UnpackNotAuthorizedValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAuthorizedValidator(address claimant)
func (validationModule *ValidationModule) UnpackNotAuthorizedValidatorError(raw []byte) (*ValidationModuleNotAuthorizedValidator, error) {
	out := new(ValidationModuleNotAuthorizedValidator)
	if err := validationModule.abi.UnpackIntoInterface(out, "NotAuthorizedValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleNotCommitted represents a NotCommitted error raised by the ValidationModule contract.
type ValidationModuleNotCommitted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCommitted()
func ValidationModuleNotCommittedErrorID() common.Hash {
	return common.HexToHash("0x81791cb43e68aa2787915f848c31dc1c72f0105a3515ef1351d4a682bdf3133c")
}

// UnpackNotCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCommitted()
func (validationModule *ValidationModule) UnpackNotCommittedError(raw []byte) (*ValidationModuleNotCommitted, error) {
	out := new(ValidationModuleNotCommitted)
	if err := validationModule.abi.UnpackIntoInterface(out, "NotCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleNotCommitteeMember represents a NotCommitteeMember error raised by the ValidationModule contract.
type ValidationModuleNotCommitteeMember struct {
	JobId  *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCommitteeMember(uint256 jobId, address caller)
func ValidationModuleNotCommitteeMemberErrorID() common.Hash {
	return common.HexToHash("0x38ba437ab34536e01113591bc41de60127332e1dafb89f920f5d6b2adc08a6eb")
}

// UnpackNotCommitteeMemberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCommitteeMember(uint256 jobId, address caller)
func (validationModule *ValidationModule) UnpackNotCommitteeMemberError(raw []byte) (*ValidationModuleNotCommitteeMember, error) {
	out := new(ValidationModuleNotCommitteeMember)
	if err := validationModule.abi.UnpackIntoInterface(out, "NotCommitteeMember", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleNotEnoughValidators represents a NotEnoughValidators error raised by the ValidationModule contract.
type ValidationModuleNotEnoughValidators struct {
	Found  *big.Int
	Needed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughValidators(uint256 found, uint256 needed)
func ValidationModuleNotEnoughValidatorsErrorID() common.Hash {
	return common.HexToHash("0x05b9b4130ffcfe9aa5cbf9ceb897b98391d6afc29fafd61e57862b450ae46a79")
}

// UnpackNotEnoughValidatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughValidators(uint256 found, uint256 needed)
func (validationModule *ValidationModule) UnpackNotEnoughValidatorsError(raw []byte) (*ValidationModuleNotEnoughValidators, error) {
	out := new(ValidationModuleNotEnoughValidators)
	if err := validationModule.abi.UnpackIntoInterface(out, "NotEnoughValidators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleNotInitializing represents a NotInitializing error raised by the ValidationModule contract.
type ValidationModuleNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func ValidationModuleNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (validationModule *ValidationModule) UnpackNotInitializingError(raw []byte) (*ValidationModuleNotInitializing, error) {
	out := new(ValidationModuleNotInitializing)
	if err := validationModule.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleNotPauser represents a NotPauser error raised by the ValidationModule contract.
type ValidationModuleNotPauser struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPauser(address caller)
func ValidationModuleNotPauserErrorID() common.Hash {
	return common.HexToHash("0x206a346e13ac829b87065741a38813b204c7b4a46c9fb833bcd8141d92675a78")
}

// UnpackNotPauserError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPauser(address caller)
func (validationModule *ValidationModule) UnpackNotPauserError(raw []byte) (*ValidationModuleNotPauser, error) {
	out := new(ValidationModuleNotPauser)
	if err := validationModule.abi.UnpackIntoInterface(out, "NotPauser", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleOutOfRange represents a OutOfRange error raised by the ValidationModule contract.
type ValidationModuleOutOfRange struct {
	Value *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutOfRange(uint256 value, uint256 min, uint256 max)
func ValidationModuleOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x4a0dd9bd2b71ccd8a685c2cf53dbccdbcf00bfea540b5e615a92c529622f917f")
}

// UnpackOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutOfRange(uint256 value, uint256 min, uint256 max)
func (validationModule *ValidationModule) UnpackOutOfRangeError(raw []byte) (*ValidationModuleOutOfRange, error) {
	out := new(ValidationModuleOutOfRange)
	if err := validationModule.abi.UnpackIntoInterface(out, "OutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the ValidationModule contract.
type ValidationModuleOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ValidationModuleOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (validationModule *ValidationModule) UnpackOwnableInvalidOwnerError(raw []byte) (*ValidationModuleOwnableInvalidOwner, error) {
	out := new(ValidationModuleOwnableInvalidOwner)
	if err := validationModule.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the ValidationModule contract.
type ValidationModuleOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ValidationModuleOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (validationModule *ValidationModule) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ValidationModuleOwnableUnauthorizedAccount, error) {
	out := new(ValidationModuleOwnableUnauthorizedAccount)
	if err := validationModule.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the ValidationModule contract.
type ValidationModuleReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func ValidationModuleReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (validationModule *ValidationModule) UnpackReentrancyGuardReentrantCallError(raw []byte) (*ValidationModuleReentrancyGuardReentrantCall, error) {
	out := new(ValidationModuleReentrancyGuardReentrantCall)
	if err := validationModule.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleRenounceDisabled represents a RenounceDisabled error raised by the ValidationModule contract.
type ValidationModuleRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RenounceDisabled()
func ValidationModuleRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x8905116560d0223388013a6344e0f340294b54bf7b203773dd2cb8f2e5a0d511")
}

// UnpackRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RenounceDisabled()
func (validationModule *ValidationModule) UnpackRenounceDisabledError(raw []byte) (*ValidationModuleRenounceDisabled, error) {
	out := new(ValidationModuleRenounceDisabled)
	if err := validationModule.abi.UnpackIntoInterface(out, "RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleRevealPhaseClosed represents a RevealPhaseClosed error raised by the ValidationModule contract.
type ValidationModuleRevealPhaseClosed struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealPhaseClosed(uint256 deadline)
func ValidationModuleRevealPhaseClosedErrorID() common.Hash {
	return common.HexToHash("0xbd40ebbc3c53df43b97e9991e8e6ac988875ef29283886c4c0d89408f7fd0c5b")
}

// UnpackRevealPhaseClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealPhaseClosed(uint256 deadline)
func (validationModule *ValidationModule) UnpackRevealPhaseClosedError(raw []byte) (*ValidationModuleRevealPhaseClosed, error) {
	out := new(ValidationModuleRevealPhaseClosed)
	if err := validationModule.abi.UnpackIntoInterface(out, "RevealPhaseClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleRevealPhaseNotOpen represents a RevealPhaseNotOpen error raised by the ValidationModule contract.
type ValidationModuleRevealPhaseNotOpen struct {
	CommitDeadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealPhaseNotOpen(uint256 commitDeadline)
func ValidationModuleRevealPhaseNotOpenErrorID() common.Hash {
	return common.HexToHash("0xdaa518491722fd0438bc1d52ae6c5e08a062e47362d122cd4206efd4824c4d0d")
}

// UnpackRevealPhaseNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealPhaseNotOpen(uint256 commitDeadline)
func (validationModule *ValidationModule) UnpackRevealPhaseNotOpenError(raw []byte) (*ValidationModuleRevealPhaseNotOpen, error) {
	out := new(ValidationModuleRevealPhaseNotOpen)
	if err := validationModule.abi.UnpackIntoInterface(out, "RevealPhaseNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleRevealPhaseNotOver represents a RevealPhaseNotOver error raised by the ValidationModule contract.
type ValidationModuleRevealPhaseNotOver struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealPhaseNotOver(uint256 deadline)
func ValidationModuleRevealPhaseNotOverErrorID() common.Hash {
	return common.HexToHash("0x7a043cb1426df727164c3cc119e51269822ea68031ede41283d16ceb779d289d")
}

// UnpackRevealPhaseNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealPhaseNotOver(uint256 deadline)
func (validationModule *ValidationModule) UnpackRevealPhaseNotOverError(raw []byte) (*ValidationModuleRevealPhaseNotOver, error) {
	out := new(ValidationModuleRevealPhaseNotOver)
	if err := validationModule.abi.UnpackIntoInterface(out, "RevealPhaseNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleSelectionTooEarly represents a SelectionTooEarly error raised by the ValidationModule contract.
type ValidationModuleSelectionTooEarly struct {
	SelectionBlock *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SelectionTooEarly(uint256 selectionBlock)
func ValidationModuleSelectionTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x6c9d3c835073e5e91a632e48958258780f1e1da7f5d15e18301d8fdec820dd29")
}

// UnpackSelectionTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SelectionTooEarly(uint256 selectionBlock)
func (validationModule *ValidationModule) UnpackSelectionTooEarlyError(raw []byte) (*ValidationModuleSelectionTooEarly, error) {
	out := new(ValidationModuleSelectionTooEarly)
	if err := validationModule.abi.UnpackIntoInterface(out, "SelectionTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the ValidationModule contract.
type ValidationModuleUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func ValidationModuleUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (validationModule *ValidationModule) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*ValidationModuleUUPSUnauthorizedCallContext, error) {
	out := new(ValidationModuleUUPSUnauthorizedCallContext)
	if err := validationModule.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the ValidationModule contract.
type ValidationModuleUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func ValidationModuleUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (validationModule *ValidationModule) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*ValidationModuleUUPSUnsupportedProxiableUUID, error) {
	out := new(ValidationModuleUUPSUnsupportedProxiableUUID)
	if err := validationModule.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleUnauthorizedCaller represents a UnauthorizedCaller error raised by the ValidationModule contract.
type ValidationModuleUnauthorizedCaller struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnauthorizedCaller(address caller)
func ValidationModuleUnauthorizedCallerErrorID() common.Hash {
	return common.HexToHash("0xd86ad9cfaa7befeb3f173b3707581b7abd2af82a8982c91af7ea00f9ee034b67")
}

// UnpackUnauthorizedCallerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnauthorizedCaller(address caller)
func (validationModule *ValidationModule) UnpackUnauthorizedCallerError(raw []byte) (*ValidationModuleUnauthorizedCaller, error) {
	out := new(ValidationModuleUnauthorizedCaller)
	if err := validationModule.abi.UnpackIntoInterface(out, "UnauthorizedCaller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleWrongModuleKind represents a WrongModuleKind error raised by the ValidationModule contract.
type ValidationModuleWrongModuleKind struct {
	Module   common.Address
	Kind     [32]byte
	Expected [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongModuleKind(address module, bytes32 kind, bytes32 expected)
func ValidationModuleWrongModuleKindErrorID() common.Hash {
	return common.HexToHash("0x44f2c35f376ff0539713a6bba637aa2eab154c44e86fbb26bfeaeb7a309d8787")
}

// UnpackWrongModuleKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongModuleKind(address module, bytes32 kind, bytes32 expected)
func (validationModule *ValidationModule) UnpackWrongModuleKindError(raw []byte) (*ValidationModuleWrongModuleKind, error) {
	out := new(ValidationModuleWrongModuleKind)
	if err := validationModule.abi.UnpackIntoInterface(out, "WrongModuleKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleZeroAddress represents a ZeroAddress error raised by the ValidationModule contract.
type ValidationModuleZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ValidationModuleZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (validationModule *ValidationModule) UnpackZeroAddressError(raw []byte) (*ValidationModuleZeroAddress, error) {
	out := new(ValidationModuleZeroAddress)
	if err := validationModule.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
