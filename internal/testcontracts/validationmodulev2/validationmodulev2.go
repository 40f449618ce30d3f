// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package validationmodulev2

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

// ValidationModuleV2MetaData contains all meta data concerning the ValidationModuleV2 contract.
var ValidationModuleV2MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"CommitPhaseClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"DuplicateValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyCommit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"selectionBlock\",\"type\":\"uint256\"}],\"name\":\"HeaderRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"IncompatibleModule\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"selectionBlock\",\"type\":\"uint256\"}],\"name\":\"InvalidHeader\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"InvalidPercentage\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidReveal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"InvalidRound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"}],\"name\":\"NotAuthorizedValidator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCommitteeMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"found\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"NotEnoughValidators\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPauser\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"OutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RenounceDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"RevealPhaseClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitDeadline\",\"type\":\"uint256\"}],\"name\":\"RevealPhaseNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"RevealPhaseNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"SelectionExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"selectionBlock\",\"type\":\"uint256\"}],\"name\":\"SelectionTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"UnauthorizedCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"kind\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"WrongModuleKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"ApprovalThresholdUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"commitWindow\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"revealWindow\",\"type\":\"uint256\"}],\"name\":\"CommitRevealWindowsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"IdentityRegistryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"JobRegistryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"MinValidatorStakeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"pauser\",\"type\":\"address\"}],\"name\":\"PauserUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"ReputationEngineUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"name\":\"RevealQuorumUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"selectionBlock\",\"type\":\"uint256\"}],\"name\":\"SelectionRearmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"StakeManagerUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"ValidationAborted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"}],\"name\":\"ValidationCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"ValidationResult\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approve\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"burnTxHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"}],\"name\":\"ValidationRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rejections\",\"type\":\"uint256\"}],\"name\":\"ValidationTallied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"revealed\",\"type\":\"bool\"}],\"name\":\"ValidatorPenalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"pool\",\"type\":\"address[]\"}],\"name\":\"ValidatorPoolUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"ValidatorSlashingPctUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"ValidatorsPerJobUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"}],\"name\":\"ValidatorsSelected\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COMMITTEE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_POOL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REARMS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MODULE_VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"TARGET_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stalledAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"grace\",\"type\":\"uint256\"}],\"name\":\"abort\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"stalled\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"disputableAt\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"approvalThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"commitValidation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"commitWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"commitments\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"jobNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minValidatorStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"moduleKind\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauser\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reputationEngine\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revealQuorum\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"approve\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"burnTxHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"},{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"name\":\"revealValidation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revealWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"rewardees\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"out\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"round\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"selectionBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commitDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commits\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reveals\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"quorum\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"selectValidators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"committee\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"}],\"name\":\"selectValidatorsWithHeader\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"committee\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"setApprovalThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitWindow_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealWindow_\",\"type\":\"uint256\"}],\"name\":\"setCommitRevealWindows\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setIdentityRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setJobRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"setMinValidatorStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pauser_\",\"type\":\"address\"}],\"name\":\"setPauser\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setReputationEngine\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"name\":\"setRevealQuorum\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setStakeManager\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"pool\",\"type\":\"address[]\"}],\"name\":\"setValidatorPool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"setValidatorSlashingPct\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"setValidatorsPerJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakeManager\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"start\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validatorPool\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validatorSlashingPct\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"validators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"out\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validatorsPerJob\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "ValidationModuleV2",
	Bin: "0x60a080604052346100c257306080525f516020614bb75f395f51905f525460ff8160401c166100b3576002600160401b03196001600160401b03821601610060575b604051614af090816100c7823960805181818161194b0152611c890152f35b6001600160401b0319166001600160401b039081175f516020614bb75f395f51905f525581527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d290602090a15f80610041565b63f92ee8a960e01b5f5260045ffd5b5f80fdfe6101006040526004361015610012575f80fd5b5f5f3560e01c8062dc34c1146128e1578063017ddd35146128a557806305261aea146127095780630e7c67fc14612535578063134e18f41461250057806319bce800146124d057806323682c471461249b5780632465aea0146123725780632926e45d146122cc5780632c3c91c9146122b05780632d88af4a1461223657806334d5f37b1461215d57806335aa2e44146120d65780633644e515146120b35780633f4ba83a14611fe15780634069900514611fad5780634f1ef28614611c38578063523224471461199f57806352d1902d1461193857806354fd4d501461191c5780635a8d23ec146118ec5780635c975abb146118ba5780636bb5090c146116da578063714714b31461163e578063715018a6146116165780637542ff95146115e157806379ba5097146115915780637d0eef611461156157806381ed9808146110945780638456cb5914611481578063863d22c71461144d5780638c04b61b146113d55780638da5cb5b146113a05780638dd5c0d6146113845780638ed9669b146112d957806395805dad146111d05780639fd0506d1461119b578063a0016b8c146110f5578063ad3cb1cc14611099578063b33cf8c314611094578063bc55833014610d04578063be43887c14610cca578063c3f677ef14610c95578063c4d66de814610ad8578063cbf3f861146108ae578063cd196d53146105bb578063d36015851461054e578063d4c6d1de14610532578063d780b157146104f6578063d93b4ee3146104da578063e30c3978146104a5578063e90d4c0614610448578063ed8b447414610415578063f21aa1dc146103e6578063f2fde38b14610360578063f87770f51461032c5763fe17f49a1461028d575f80fd5b34610329576040366003190112610329576024356001600160401b038111610327576102bd903690600401612c1d565b919060ff5f5160206149f05f395f51905f525460c81c1661031857610314926102f0916102e8613c6e565b600435613140565b905f516020614a505f395f51905f525d604051918291602083526020830190612b1c565b0390f35b63d93c066560e01b8252600482fd5b505b80fd5b50346103295760203660031901126103295761031461034c60043561300e565b604051918291602083526020830190612b1c565b50346103295760203660031901126103295761037a612af0565b610382613c3b565b5f516020614ab05f395f51905f5280546001600160a01b0319166001600160a01b039283169081179091555f5160206149505f395f51905f52549091167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227008380a380f35b50346103295780600319360112610329576040516f56616c69646174696f6e4d6f64756c6560801b8152602090f35b503461032957606036600319011261032957604061043a604435602435600435612e1d565b825191151582526020820152f35b503461032957604036600319011261032957602435906001600160a01b03821682036103295760409060043581525f5160206149705f395f51905f52602052209060018060a01b03165f52602052602060405f2054604051908152f35b50346103295780600319360112610329575f516020614ab05f395f51905f52546040516001600160a01b039091168152602090f35b5034610329578060031936011261032957602060405160048152f35b50346103295760203660031901126103295760ff604060209260043581525f516020614a705f395f51905f528452205460b81c16604051908152f35b503461032957806003193601126103295761031461034c612db2565b5034610329576020366003190112610329577fb7033ce9e6637ec7440c1d00d64b80c0384897f58adc3d5dbfe9cc0ee43a6d9e602060043561058e613c3b565b807fe38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f090455604051908152a180f35b503461032957608036600319011261032957602435906004356044356001600160401b0381116108aa576105f3903690600401612c1d565b91906064356001600160401b0381116108a657610614903690600401612bd2565b959060ff5f5160206149f05f395f51905f525460c81c1661089757610637613c6e565b8386525f516020614a705f395f51905f52602052604086209061065982612c4a565b9060ff6101008301511660028103610880575064ffffffffff60208301511680421161086e5750831561085f5760809861069a60ff606085015116886146fd565b9a9093019961ffff848c51161661085057159182610771575b505061075e5761ffff8798867f7cc9228a6cbc350e280f28c65b1643e62b401b122e8c134c2aec3842d5e9400a979899525f5160206149705f395f51905f5260205260408a2060018060a01b0333165f526020528460405f205551161781549061ffff60881b9060881b169061ffff60881b191617905561074860405192839283526040602084015233966040840191612d92565b0390a3805f516020614a505f395f51905f525d80f35b6356d8346f60e11b875233600452602487fd5b5f5160206149d05f395f51905f525460405163e8c84e3160e01b81523360048201526060602482015293506001600160a01b0316916107b4606485018b8a612d92565b848103600319016044860152818152906001600160fb1b03811161084c576020858094829694829460051b809285830137010301915afa908115610841578891610802575b50155f806106b3565b90506020813d602011610839575b8161081d60209383612b58565b8101031261083557518015158103610835575f6107f9565b8780fd5b3d9150610810565b6040513d8a823e3d90fd5b8b80fd5b6317fd8aab60e31b8a5260048afd5b6337b5b73d60e01b8852600488fd5b63e5d2182960e01b8952600452602488fd5b6309b25ee760e31b89526004879052602452604488fd5b63d93c066560e01b8652600486fd5b8480fd5b8280fd5b5034610329576020366003190112610329576108c8612af0565b6108d0613c3b565b6001600160a01b038116908115610ac9573b15610aad5760405163054fd4d560e41b8152602081600481855afa839181610a79575b5061092657606483836302030e8960e11b8252600452806024526001604452fd5b60018110610a5e5750604051633c86a87760e21b8152602081600481855afa839181610a26575b50610982576344f2c35f60e01b8352600482905260248390526f4964656e74697479526567697374727960801b604452606483fd5b6fb69b9a918b968b86ad9a98968c8b8d8760801b81016109f7575060207f4462ba50fcfa33455e489aea1f3b660d53614c6283f422609f65a2e91f9a1e6591806001600160601b0360a01b5f5160206149d05f395f51905f525416175f5160206149d05f395f51905f5255604051908152a180f35b6344f2c35f60e01b83526004919091526024526f4964656e74697479526567697374727960801b604452606490fd5b9091506020813d602011610a56575b81610a4260209383612b58565b81010312610a525751905f61094d565b5f80fd5b3d9150610a35565b606492916302030e8960e11b83526004526024526001604452fd5b9091506020813d602011610aa5575b81610a9560209383612b58565b81010312610a525751905f610905565b3d9150610a88565b6302030e8960e11b825260045260248190526001604452606490fd5b63d92e233d60e01b8352600483fd5b503461032957602036600319011261032957610af2612af0565b5f516020614a905f395f51905f52549060ff8260401c1615916001600160401b03811680159081610c8d575b6001149081610c83575b159081610c7a575b50610c6b5767ffffffffffffffff1981166001175f516020614a905f395f51905f525582610c3f575b50610b62614898565b6001600160a01b03811615610ac957610b8a90610b7d614898565b610b85614898565b614675565b5f5160206149b05f395f51905f52805469ffffffffffffffffffff60a01b191665e100000000e160a41b1790555f5160206149f05f395f51905f5280546401320a330360a01b64ffffffffff60a01b19909116179055610be75780f35b68ff0000000000000000195f516020614a905f395f51905f5254165f516020614a905f395f51905f52557fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2602060405160018152a180f35b68ffffffffffffffffff191668010000000000000001175f516020614a905f395f51905f52555f610b59565b63f92ee8a960e01b8452600484fd5b9050155f610b30565b303b159150610b28565b849150610b1e565b50346103295780600319360112610329575f516020614ad05f395f51905f52546040516001600160a01b039091168152602090f35b503461032957806003193601126103295760405f5160206149f05f395f51905f525460ff825191818160b81c16835260c01c166020820152f35b50346103295760c03660031901126103295760243560043581151580830361109057604435906084356001600160401b03811161108c57610d49903690600401612c1d565b9460a4356001600160401b03811161083557610d69903690600401612bd2565b505060ff5f5160206149f05f395f51905f525460c81c1661107d57610d8c613c6e565b8487525f516020614a705f395f51905f5260205260408720610dad81612c4a565b9160ff6101008401511660028103611066575064ffffffffff60208401511680421115611054575064ffffffffff6040840151168042116110425750610dfa60ff606085015116886146fd565b509061ffff8260808601511616156110335760a0840161ffff8382511616611024575f5160206149b05f395f51905f5254604051630d99956960e11b8152600481018b905290602090829060249082906001600160a01b03165afa908115611019578c91610fe7575b5060ff60e087015116906040519060208201928352604082015288606082015289608082015260808152610e9860a082612b58565b519020610ea3614603565b6040519060208201928c8452604083015260643560608301523360808301524660a083015260c082015260c08152610edc60e082612b58565b519020898c525f5160206149705f395f51905f5260209081526040808e20335f908152925290205403610fd857888b525f5160206149705f395f51905f5260209081526040808d20335f908152925290208b905551835461ffff60981b191661ffff91909116831760981b61ffff60981b161783557fbc5d785a80a241e30a6eee5f5170b0ecab7a1e2c2aa88207f579db3d0952129796959461074894909390929091610fa7575b505050604051938493845260208401526060604084015233966060840191612d92565b61ffff60c0610fd0940151161781549061ffff60a81b9060a81b169061ffff60a81b1916179055565b5f8080610f84565b639ea6d12760e01b8b5260048bfd5b90506020813d602011611011575b8161100260209383612b58565b81010312610a5257515f610e63565b3d9150610ff5565b6040513d8e823e3d90fd5b63a89ac15160e01b8b5260048bfd5b63205e472d60e21b8a5260048afd5b632f503aef60e21b8a52600452602489fd5b63daa5184960e01b8a52600452602489fd5b6309b25ee760e31b8a526004889052602452604489fd5b63d93c066560e01b8752600487fd5b8580fd5b8380fd5b612c02565b5034610329578060031936011261032957604080516110b88282612b58565b6005815260208101640352e302e360dc1b81528251938492602084525180928160208601528585015e828201840152601f01601f19168101030190f35b503461032957602036600319011261032957600435611112613c3b565b600181108015611191575b611175575f5160206149f05f395f51905f52805460ff60a81b191660a883901b60ff60a81b161790556040519081527f3105a3dc553e12034caac9827a83c245fe17eef4ee1eedb45238ac7449a5bbec90602090a180f35b634a0dd9bd60e01b825260045260016024526064604481905290fd5b506064811161111d565b50346103295780600319360112610329575f516020614a305f395f51905f52546040516001600160a01b039091168152602090f35b5034610329576020366003190112610329575f5160206149b05f395f51905f5254600435906001600160a01b031633036112c6578082525f516020614a705f395f51905f52602052604082209060ff825460c01c1690811515806112bb575b6112a5575050600443018043116112915781546601000000000000600160f81b031665ffffffffffff919091161780825561126f9060b81c60ff16612d80565b815461ffff60b81b191660b89190911b60ff60b81b1617600160c01b17905580f35b634e487b7160e01b83526011600452602483fd5b6309b25ee760e31b845260045260245250604490fd5b50600382141561122f565b63d86ad9cf60e01b825233600452602482fd5b5034610329576112e836612b06565b6112f0613c3b565b6112f9826146e0565b60108111611368575f5160206149f05f395f51905f52805461ffff60b81b191660b884901b60ff60b81b161760c083901b60ff60c01b161790556040805192835260208301919091527f5812ca785a2799554b9527c01edb4b45236c8d388ee19dbe9ffdead937fe613991a180f35b634a0dd9bd60e01b835260045260248290526010604452606482fd5b5034610329578060031936011261032957602060405160108152f35b50346103295780600319360112610329575f5160206149505f395f51905f52546040516001600160a01b039091168152602090f35b5034610329576020366003190112610329577f324cfe307b18ed996a287b9700c95938c198c683fab919ab0646ec6e6ddcc4186020600435611415613c3b565b61141e816146e0565b5f5160206149f05f395f51905f52805460ff60b01b191660b083901b60ff60b01b16179055604051908152a180f35b5034610329578060031936011261032957602064ffffffffff5f5160206149b05f395f51905f525460c81c16604051908152f35b50346103295780600319360112610329575f5160206149505f395f51905f52546001600160a01b031633141580611540575b61152d5760ff5f5160206149f05f395f51905f525460c81c1661151e575f5160206149f05f395f51905f52805460ff60c81b1916600160c81b1790556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602090a180f35b63d93c066560e01b8152600490fd5b6310351a3760e11b815233600452602490fd5b505f516020614a305f395f51905f52546001600160a01b03163314156114b3565b5034610329578060031936011261032957602060ff5f5160206149f05f395f51905f525460a81c16604051908152f35b50346103295780600319360112610329575f516020614ab05f395f51905f5254336001600160a01b03909116036115ce576115cb33614675565b80f35b63118cdaa760e01b815233600452602490fd5b50346103295780600319360112610329575f5160206149f05f395f51905f52546040516001600160a01b039091168152602090f35b5034610329578060031936011261032957600490611632613c3b565b638905116560e01b8152fd5b5034610329577f9ec3cb04dcb9e0afc0c640e047f438e7ab83fad35532aeaae70b2cd897eb3277604061167036612b06565b611678613c3b565b61168182614326565b61168a81614326565b5f5160206149b05f395f51905f52805469ffffffffffffffffffff60a01b191660a084901b64ffffffffff60a01b161760c883901b64ffffffffff60c81b1617905582519182526020820152a180f35b5034610329576020366003190112610329576116f4612af0565b6116fc613c3b565b6001600160a01b038116908115610ac9573b15610aad5760405163054fd4d560e41b8152602081600481855afa839181611886575b5061175257606483836302030e8960e11b8252600452806024526001604452fd5b60018110610a5e5750604051633c86a87760e21b8152602081600481855afa839181611852575b506117ae576344f2c35f60e01b8352600482905260248390526f52657075746174696f6e456e67696e6560801b604452606483fd5b6fad9a8f8a8b9e8b969091ba919896919b60801b8101611823575060207f495ba31599b9b5fb189113a43ff60ed244b7e90d2e63e9283c2a5151037065a691806001600160601b0360a01b5f516020614ad05f395f51905f525416175f516020614ad05f395f51905f5255604051908152a180f35b6344f2c35f60e01b83526004919091526024526f52657075746174696f6e456e67696e6560801b604452606490fd5b9091506020813d60201161187e575b8161186e60209383612b58565b81010312610a525751905f611779565b3d9150611861565b9091506020813d6020116118b2575b816118a260209383612b58565b81010312610a525751905f611731565b3d9150611895565b5034610329578060031936011261032957602060ff5f5160206149f05f395f51905f525460c81c166040519015158152f35b5034610329578060031936011261032957602060ff5f5160206149f05f395f51905f525460a01c16604051908152f35b5034610329578060031936011261032957602060405160028152f35b50346103295780600319360112610329577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031630036119905760206040515f516020614a105f395f51905f528152f35b63703e46dd60e11b8152600490fd5b5034610329576020366003190112610329576004356001600160401b038111610327576119d0903690600401612bd2565b906119d9613c3b565b60808211611c1c57825b828110611b6857506001600160401b038211611b5457680100000000000000008211611b54575f5160206149905f395f51905f5254825f5160206149905f395f51905f5255808310611b00575b505f5160206149905f395f51905f5283527f58ac2e5d9eb9b186baed99a484d0fd63ac1154d44f9a3f6910885d93cc0a9f0b81845b848110611ae557505050604051918060208401602085525260408301919084905b808210611ab757857f27cd4f10546540ea2503d2f67667f988e680b25d48fdc2c9fab90fd3a2624d5d86860387a180f35b90919283359060018060a01b038216809203611ae157602081600193829352019401920190611a86565b8680fd5b6001906020611af384612d4c565b9301928185015501611a65565b5f5160206149905f395f51905f5284528290037f58ac2e5d9eb9b186baed99a484d0fd63ac1154d44f9a3f6910885d93cc0a9f0b8301845b828110611b46575050611a30565b600190868184015501611b38565b634e487b7160e01b83526041600452602483fd5b6001600160a01b03611b83611b7e838686612d28565b612d4c565b1615611c0d57835b818110611b9b57506001016119e3565b611bae611b7e8286869896979597612d28565b6001600160a01b03611bc4611b7e87868a612d28565b6001600160a01b03909216911614611be457600101939193929092611b8b565b50611b7e602493611bf59286612d28565b63107f863360e21b82526001600160a01b0316600452fd5b63d92e233d60e01b8452600484fd5b60648383634a0dd9bd60e01b8252600452806024526080604452fd5b50604036600319011261032957611c4d612af0565b906024356001600160401b038111610327573660238201121561032757611c7e903690602481600401359101612b8d565b916001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016308114908115611f8b575b50611f7c57611cc1613c3b565b6001600160a01b038116908115610ac957803b15611f605760405163054fd4d560e41b8152602081600481865afa849181611f2c575b50611d1857606484846302030e8960e11b8252600452806024526001604452fd5b60018110611f105750604051633c86a87760e21b8152602081600481865afa849181611edc575b50611d74576344f2c35f60e01b8452600483905260248490526f56616c69646174696f6e4d6f64756c6560801b604452606484fd5b6fa99e93969b9e8b969091b2909b8a939b60801b8101611eae57506040516352d1902d60e01b815293602085600481865afa80958596611e7a575b50611dc857634c9c8ce360e01b84526004839052602484fd5b9091845f516020614a105f395f51905f528103611e685750823b15611e56575f516020614a105f395f51905f5280546001600160a01b031916821790557fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b8480a2805115611e3d57611e39916148c3565b5080f35b505034611e475780f35b63b398979f60e01b8152600490fd5b634c9c8ce360e01b8452600452602483fd5b632a87526960e21b8552600452602484fd5b9095506020813d602011611ea6575b81611e9660209383612b58565b81010312610a525751945f611daf565b3d9150611e89565b6344f2c35f60e01b845260048390526024526f56616c69646174696f6e4d6f64756c6560801b604452606483fd5b9091506020813d602011611f08575b81611ef860209383612b58565b81010312610a525751905f611d3f565b3d9150611eeb565b6302030e8960e11b845260048390526024526001604452606483fd5b9091506020813d602011611f58575b81611f4860209383612b58565b81010312610a525751905f611cf7565b3d9150611f3b565b606483836302030e8960e11b8252600452806024526001604452fd5b63703e46dd60e11b8252600482fd5b5f516020614a105f395f51905f52546001600160a01b0316141590505f611cb4565b5034610329578060031936011261032957602064ffffffffff5f5160206149b05f395f51905f525460a01c16604051908152f35b50346103295780600319360112610329575f5160206149505f395f51905f52546001600160a01b031633141580612092575b61152d5760ff5f5160206149f05f395f51905f525460c81c16156120835760ff60c81b195f5160206149f05f395f51905f5254165f5160206149f05f395f51905f52557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a180f35b638dfc202b60e01b8152600490fd5b505f516020614a305f395f51905f52546001600160a01b0316331415612013565b503461032957806003193601126103295760206120ce614603565b604051908152f35b5034610329576020366003190112610329576121436103149160ff600435918281525f516020614a705f395f51905f52602052600282604083205460c01c1610155f1461215857604081848493525f516020614a705f395f51905f52602052205460801c165b1690614392565b50604051918291602083526020830190612b1c565b61213c565b50346103295760203660031901126103295761219460406101209260043581525f516020614a705f395f51905f5260205220612c4a565b60ff610100820151169065ffffffffffff8151169064ffffffffff60208201511664ffffffffff6040830151166121d261ffff608085015116614362565b6121e361ffff60a086015116614362565b916121f561ffff60c087015116614362565b93610140898701511515960151151596604051988952602089015260408801526060870152608086015260a085015260c084015260e0830152610100820152f35b5034610329576020366003190112610329577fa4336c0cb1e245b95ad204faed7e940d6dc999684fd8b5e1ff597a0c4efca8ab6020612273612af0565b61227b613c3b565b5f516020614a305f395f51905f5280546001600160a01b0319166001600160a01b03929092169182179055604051908152a180f35b5034610329578060031936011261032957602060405160808152f35b5034610329576020366003190112610329576004356122e9613c3b565b600181108015612368575b61234c575f5160206149f05f395f51905f52805460ff60a01b191660a083901b60ff60a01b161790556040519081527fcf76724c5ecf400f321a85900c57da5840283fe705dfb828bc7da931e14fa94d90602090a180f35b634a0dd9bd60e01b825260045260016024526010604452606490fd5b50601081116122f4565b50346103295761238136612b06565b5060ff5f5160206149f05f395f51905f525460c81c16610318576123a3613c6e565b8082525f516020614a705f395f51905f526020526123c360408320612c4a565b9060ff6101008301511660018103612483575065ffffffffffff825116804311156124715750816123f391614255565b156124565750805f516020614a505f395f51905f525d604051809160208201906020835260605180925260408301916080915b818110612434575050500390f35b82516001600160a01b0316845285945060209384019390920191600101612426565b51631b7cbe7160e21b825265ffffffffffff16600452602490fd5b636c9d3c8360e01b8452600452602483fd5b6309b25ee760e31b8452600491909152602452604482fd5b50346103295780600319360112610329575f5160206149b05f395f51905f52546040516001600160a01b039091168152602090f35b5034610329578060031936011261032957602060ff5f5160206149f05f395f51905f525460b01c16604051908152f35b50346103295780600319360112610329575f5160206149d05f395f51905f52546040516001600160a01b039091168152602090f35b50346103295760203660031901126103295761254f612af0565b612557613c3b565b6001600160a01b038116908115610ac9573b15610aad5760405163054fd4d560e41b8152602081600481855afa8391816126d5575b506125ad57606483836302030e8960e11b8252600452806024526001604452fd5b60018110610a5e5750604051633c86a87760e21b8152602081600481855afa8391816126a1575b50612605576344f2c35f60e01b8352600482905260248390526b29ba30b5b2a6b0b730b3b2b960a11b604452606483fd5b6b5645cf4a4d594f48cf4c4d4760a11b8101612676575060207f18c7cdf94f8233bc399bdc8cb14514437756e7e9c583510d72b3a337f33b14a791806001600160601b0360a01b5f5160206149f05f395f51905f525416175f5160206149f05f395f51905f5255604051908152a180f35b6344f2c35f60e01b83526004919091526024526b29ba30b5b2a6b0b730b3b2b960a11b604452606490fd5b9091506020813d6020116126cd575b816126bd60209383612b58565b81010312610a525751905f6125d4565b3d91506126b0565b9091506020813d602011612701575b816126f160209383612b58565b81010312610a525751905f61258c565b3d91506126e4565b5034610a52576020366003190112610a52576004359060ff5f5160206149f05f395f51905f525460c81c1661289657612740613c6e565b815f525f516020614a705f395f51905f5260205261276060405f20612c4a565b60ff61010082015116600281036128805750600160ff6060830151161b5f19810190811161286c5764ffffffffff60408301511690814211159081612855575b5061284357506127b09083613ca3565b5f5160206149b05f395f51905f52549091906001600160a01b0316803b15610a5257604051635873dd6f60e01b8152600481019490945282151560248501525f908490604490829084905af192831561283857602093612825575b505f516020614a505f395f51905f525d6040519015158152f35b61283191505f90612b58565b5f5f61280b565b6040513d5f823e3d90fd5b637a043cb160e01b5f5260045260245ffd5b61ffff91501661ffff60a08401511614155f6127a0565b634e487b7160e01b5f52601160045260245ffd5b836309b25ee760e31b5f5260045260245260445ffd5b63d93c066560e01b5f5260045ffd5b34610a52575f366003190112610a525760207fe38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f090454604051908152f35b34610a52576020366003190112610a52576128fa612af0565b612902613c3b565b6001600160a01b038116908115612ae1573b15612ac65760405163054fd4d560e41b8152602081600481855afa5f9181612a92575b5061295857506302030e8960e11b5f526004525f602452600160445260645ffd5b60018110612a775750604051633c86a87760e21b8152602081600481855afa5f9181612a43575b506129ad57506344f2c35f60e01b5f526004525f6024526a4a6f62526567697374727960a81b60445260645ffd5b6ab5909dad9a98968c8b8d8760a81b8101612a1b577f4e6ed529143792eb36aebf3160c3823853987caa78e4ed0dc73e0849e3ea6bfe602083806001600160601b0360a01b5f5160206149b05f395f51905f525416175f5160206149b05f395f51905f5255604051908152a1005b906344f2c35f60e01b5f526004526024526a4a6f62526567697374727960a81b60445260645ffd5b9091506020813d602011612a6f575b81612a5f60209383612b58565b81010312610a525751908361297f565b3d9150612a52565b906302030e8960e11b5f52600452602452600160445260645ffd5b9091506020813d602011612abe575b81612aae60209383612b58565b81010312610a5257519083612937565b3d9150612aa1565b6302030e8960e11b5f526004525f602452600160445260645ffd5b63d92e233d60e01b5f5260045ffd5b600435906001600160a01b0382168203610a5257565b6040906003190112610a52576004359060243590565b90602080835192838152019201905f5b818110612b395750505090565b82516001600160a01b0316845260209384019390920191600101612b2c565b90601f801991011681019081106001600160401b03821117612b7957604052565b634e487b7160e01b5f52604160045260245ffd5b9291926001600160401b038211612b795760405191612bb6601f8201601f191660200184612b58565b829481845281830111610a52578281602093845f960137010152565b9181601f84011215610a52578235916001600160401b038311610a52576020808501948460051b010111610a5257565b34610a52575f366003190112610a5257602060405160018152f35b9181601f84011215610a52578235916001600160401b038311610a525760208381860195010111610a5257565b906040516101a081018181106001600160401b03821117612b795760405261018081935465ffffffffffff8116835264ffffffffff8160301c16602084015264ffffffffff8160581c16604084015260ff8160801c16606084015261ffff8160881c16608084015261ffff8160981c1660a084015261ffff8160a81c1660c084015260ff8160b81c1660e084015260ff8160c01c1661010084015260ff8160c81c16151561012084015260ff8160d01c16151561014084015263ffffffff8160d81c1661016084015260f81c910152565b9190820391821161286c57565b9190811015612d385760051b0190565b634e487b7160e01b5f52603260045260245ffd5b356001600160a01b0381168103610a525790565b8181029291811591840414171561286c57565b9190820180921161286c57565b60ff60019116019060ff821161286c57565b908060209392818452848401375f828201840152601f01601f1916010190565b604051905f5160206149905f395f51905f525480835282602081015f5160206149905f395f51905f525f5260205f20925f5b818110612dfb575050612df992500383612b58565b565b84546001600160a01b0316835260019485019487945060209093019201612de4565b5f5160206149b05f395f51905f5254909392906001600160a01b03163303612f8357835f525f516020614a705f395f51905f52602052612e5f60405f20612c4a565b9060ff61010083015116600181145f14612f1c575050600160ff6101808301511610159081612f0c575b5015612efb575042915b82804210612ef357505f8181525f516020614a705f395f51905f5260205260409020805462ffffff60c01b1916600360c01b1790555b7faa08dbf1ae8cad3b13325d1ef3666383c362d9e6ce76993365dab5dd86f47a245f80a260019190565b9250505f9190565b6001810180911161286c5791612e93565b612f169150614872565b5f612e89565b919492509060028103612f6d5750612f3f9064ffffffffff604086015116612d73565b926001840180941161286c5783804210612f645750612f5e9082613ca3565b50612ec9565b935050505f9190565b826309b25ee760e31b5f5260045260245260445ffd5b63d86ad9cf60e01b5f523360045260245ffd5b6001600160401b038111612b795760051b60200190565b90612fb782612f96565b612fc46040519182612b58565b8281528092612fd5601f1991612f96565b0190602036910137565b805115612d385760200190565b8051821015612d385760209160051b010190565b5f19811461286c5760010190565b805f525f516020614a705f395f51905f5260205261302e60405f20612c4a565b91600360ff6101008501511614801590613106575b6130fe57610120830151156130e15761306f606061ffff60c086015116945b019260ff84511690614392565b5061308161307c85614362565b612fad565b915f905f5b60ff8651168110156130d85760018161ffff8260ff941b8a16166130ad575b019050613086565b818060a01b036130bd8288612fec565b51166130d26130cb87613000565b9689612fec565b526130a5565b50935050509150565b61306f606061ffff60a08601518160c08801511619161694613062565b915050606090565b5061014083015115613043565b9064ffffffffff8091169116019064ffffffffff821161286c57565b519063ffffffff82168203610a5257565b9092815f525f516020614a705f395f51905f5260205261316260405f20612c4a565b9260ff6101008501511660018103612880575065ffffffffffff8451169485431115613c28576131928585614255565b613c1d576131a1368383612b8d565b60208151910120864003613bf757600382108015613c0a575b613bf7578115612d3857803560f81c60010160ff811161286c5760ff60f61991160160ff811161286c5760ff165f5b600d8110613aff575060a06131ff8285856147fc565b3560f81c03613aec576001810180821161286c576021820180921161286c576132319361322b93614808565b90614820565b60031985019385851161286c5760e060ff9101511660405190602082019283528540604083015284606083015260808201526080815261327260a082612b58565b519020936004190192831161286c575f9361328b612db2565b925f5160206149f05f395f51905f5254945f7fe38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f09045491604051809381926318a4c95760e21b8352606060048401526132e5606484018b612b1c565b6024840192909252604483015203816001600160a01b038a165afa8015612838575f608052613a5a575b505f5160206149b05f395f51905f525460408051637df82b7f60e11b815260048101849052939291849060249082906001600160a01b03165afa938415612838575f935f95613a11575b505f975b86518910156133e5576001906133a9906001600160a01b0361337f8c8b612fec565b5116838060a01b0388161480156133c4575b6133b1575b6133a28b608051612fec565b5190612d73565b98019761335d565b5f6133be8c608051612fec565b52613396565b50828060a01b036133d58c8b612fec565b5116838060a01b03891614613391565b5f5160206149d05f395f51905f52545f99506001600160a01b0316979296919550919350919061341b60a085901c60ff16612fad565b965f925b60ff8660a01c1684106137b25750505050505082908351928360a00260a08104850361286c5780601001908160101161286c5761010f0180911161286c5761346c61ffff9160081c612fad565b961661347787612fdf565b525f5b8481106137125750805f527fe38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f090960205260405f20935f5b87518110156134d957806134c66001928a612fec565b51815f528760205260405f2055016134b0565b509295509250925f5160206149b05f395f51905f525461351464ffffffffff613509818460a01c16824216613113565b9260c81c1682613113565b5f8581525f516020614a705f395f51905f526020908152604091829020805476ffffffffffffffffffffffffffffffffff000000000000191660809790971b60ff60801b169690961760309490941b6affffffffff0000000000001693909317605883901b64ffffffffff60581b161785555f5160206149d05f395f51905f52549051630c6c54c560e11b815291949290829060049082906001600160a01b03165afa908115612838575f916136d8575b50815466ffffffff0000ff60c01b191660d89190911b63ffffffff60d81b1617600160c11b1790555f5160206149f05f395f51905f52545f5160206149b05f395f51905f525464ffffffffff93841660c89190911c90931692909201916001600160a01b03166001600160401b03831161286c57803b15610a52575f92839160405180958180946303a192bf60e01b8252604060048301526001600160401b03613672604484018a612b1c565b9116602483015203925af1908115612838577f7f51ba7f3207e5d2279f2c1f4751101845cf575e8e7f40670b7b6c356c7a2f72926136c3926136c85750604051918291602083526020830190612b1c565b0390a2565b5f6136d291612b58565b5f612143565b90506020813d60201161370a575b816136f360209383612b58565b81010312610a52576137049061312f565b5f6135c5565b3d91506136e6565b6001600160a01b036137248288612fec565b5116908060a00260a08104820361286c576010018060101161286c5760ff8160081c911683811b613755838c612fec565b5117613761838c612fec565b5260608111613777575b5050600191500161347a565b61010003610100811161286c576001820180921161286c576001936137aa911c6137a1838c612fec565b5117918a612fec565b525f8061376b565b6137cc8460ff8860a09d9c9b96989a9597999d1c16612d1b565b9460a052926137da85612fad565b945f905b808210613916575b505060a0518551156138f9576040516306c2db3160e41b8152602060048201529a60608c80613818602482018b612b1c565b0381865afa988915612838575f9c5f9a6138c2575b50979a9998975f5b88518110156138aa576001811b808f1661389c578a1661388f575b9a9b999a98998b996001916138826001600160a01b03613870848e612fec565b51169161387c81613000565b9d612fec565b525b019b9a99989b613835565b60018d1b909b179a613850565b506001909c999a9b9c613884565b5093989a9592975093989a509450949093919461341f565b9099506138e7919c5060603d81116138f2575b6138df8183612b58565b810190614850565b509b909b985f61382d565b503d6138d5565b60ff8b886305b9b41360e01b5f5260045260a01c1660245260445ffd5b91979a939099969460a099969951156139fd576040516020810191825260208152613942604082612b58565b51902060a051810660c0525f60e052925b61396160e051608051612fec565b5160c0511061399a5761398461397b60e051608051612fec565b5160c051612d1b565b60c05261399260e051613000565b60e052613953565b929496996001909b989291949b9996996139c46139bb60e051608051612fec565b5160a051612d1b565b60a0525f6139d660e051608051612fec565b52818060a01b036139e960e0518c612fec565b51166139f5828a612fec565b5201906137de565b94969990939a979150889598525f806137e6565b935093506040833d604011613a52575b81613a2e60409383612b58565b81010312610a5257613a4b6020613a448561483c565b940161483c565b935f613359565b3d9150613a21565b3d805f833e613a698183612b58565b810190602081830312610a52578051906001600160401b038211610a5257019080601f83011215610a52578151613a9f81612f96565b92613aad6040519485612b58565b81845260208085019260051b820101928311610a5257602001905b828210613adc57505050608052602461330f565b8151815260209182019101613ac8565b86630dce765960e31b5f5260045260245ffd5b90613b0b8185856147fc565b3560f81c6080811015613b2f57506001810180911161286c57600190915b016131e9565b9060b8821015613b635781600101918260011161286c57607e190191821161286c57600191613b5d91612d73565b91613b29565b60c0821015613be45760b61982019082821161286c576001810180821161286c5761322b613b9d91613b958582612d73565b908989614808565b916001600160fd1b038116810361286c5760031b6101000392610100841161286c5760b51901928360011161286c57600193613b5d93613bde921c90612d73565b90612d73565b88630dce765960e31b5f5260045260245ffd5b85630dce765960e31b5f5260045260245ffd5b508115612d385760f88135811c106131ba565b505092505050606090565b85636c9d3c8360e01b5f5260045260245ffd5b5f5160206149505f395f51905f52546001600160a01b03163303613c5b57565b63118cdaa760e01b5f523360045260245ffd5b5f516020614a505f395f51905f525c613c945760015f516020614a505f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b9091815f525f516020614a705f395f51905f5260205260405f2091600160ff6060860151161b5f19810190811161286c575f5160206149d05f395f51905f5254604051630c6c54c560e11b81526001600160a01b0390911690602081600481855afa908115612838575f9161421b575b5063ffffffff80610160890151169116145f1461419557505f5b61ffff811661412f575b50613d4961ffff60a087015116614362565b60c0860195613d5c61ffff885116614362565b92613d678484612d1b565b9760ff60608401511693613d915f5160206149f05f395f51905f52549560ff8760b81c1690612d60565b6063810180911161286c576064900460ff8660c01c16808210614127575b50811015948561411d575b85929190836140e9575b5050885460ff60d01b1961ffff60c01b199091168615801560c81b60ff60c81b1691909117600360c01b179190911683151560d01b60ff60d01b16179099559397889461ffff916140d7575116905b156140c65761ffff90915b1661ffff821603613e96575b505090827f8af4818aaee0fbf8f09dbd4688d80cecfc40ed71e303dc1734a17c0a267d19ca60606020947fc654a139a2632b1a4769beb6aa86b8fe29a22b832d1d7a2402867b74f991572b9697989960405191151595868352878301526040820152a2604051908152a2565b9096955f5160206149f05f395f51905f52549560018060a01b035f516020614ad05f395f51905f52541694613ee060ff60608c015116885f5160206149b05f395f51905f526144d7565b50945f5b60ff60608d01511681101561408f578061ffff60018e931b881616614086576001600160a01b03613f15828a612fec565b511660ff8c60b01c16155f14613ffb578a5f935b8b613f7a575b60a0015160408051958652600180861b90921661ffff161515602087015290947fa511d5b0d0c47c9d43a1e13299a6f331250fd9e3f1acca21e41c786e3238bd0a9190a35b01613ee4565b5050893b15610a5257604051633463588d60e11b815260048101829052600160248201525f81604481838f5af1908115612838578f9461ffff6001968f94937fa511d5b0d0c47c9d43a1e13299a6f331250fd9e3f1acca21e41c786e3238bd0a94613feb575b509250509450613f2f565b5f613ff591612b58565b5f613fe0565b5f925060208c60646040518096819363e4d02b6160e01b83528660048401526001602484015260ff8160b01c16604484015260018060a01b03165af1928315612838578e938c915f91614050575b5093613f29565b945050506020833d821161407e575b8161406c60209383612b58565b81010312610a52578a8e93515f614049565b3d915061405f565b60019150613f74565b50989950919790965090935091508390507f8af4818aaee0fbf8f09dbd4688d80cecfc40ed71e303dc1734a17c0a267d19ca613e2a565b5061ffff8060a08401511691613e1e565b8160a086015191511619161690613e13565b9091955060648702908782046064148815171561286c5761ffff9260ff6141139260a81c16612d60565b111594905f613dc4565b8115159550613dba565b90505f613daf565b61418f901961417360a0880161ffff838251161680915261ffff60c08a019384511616809352879081549061ffff60981b9060981b169061ffff60981b1916179055565b855461ffff60a81b191660a89190911b61ffff60a81b16178555565b5f613d37565b60606141de916141b960ff838a015116865f5160206149b05f395f51905f526144d7565b509060405180809581946306c2db3160e41b8352602060048401526024830190612b1c565b03915afa80156128385761ffff915f916141fa575b5016613d2d565b614213915060603d6060116138f2576138df8183612b58565b50505f6141f3565b90506020813d60201161424d575b8161423660209383612b58565b81010312610a52576142479061312f565b5f613d13565b3d9150614229565b9061425f81614872565b156143205761018001600160ff825116101561430d57600443019081431161286c577fd755c6c11cf18a08ddad9d3365931b882ccd5a8a292f99a2619dc7326ffbfc4291602091845f525f516020614a705f395f51905f5283526142e360ff60405f209265ffffffffffff8086161665ffffffffffff198554161784555116612d80565b81546001600160f81b031660f89190911b6001600160f81b031916179055604051908152a2600190565b506330c4b4b360e21b5f5260045260245ffd5b50505f90565b603c81108015614356575b6143385750565b634a0dd9bd60e01b5f52600452603c60245262278d0060445260645ffd5b5062278d008111614331565b905f915b61ffff8116801561438e575f190161ffff811161286c57614388911692613000565b91614366565b5050565b9161439c82612fad565b9282156144d1575f527fe38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f090960205260405f208260a00260a08104840361286c5780601001908160101161286c5761010f0180911161286c5760081c6143ff81612fad565b915f5b8281106144b15750505061ffff61441882612fdf565b5116925f5b81811061442957505050565b8060a00260a08104820361286c57601001908160101161286c5760ff82169160081c6144558186612fec565b51831c9060608411614481575b50600192506001600160a01b031661447a8289612fec565b520161441d565b6001810180911161286c576144969086612fec565b51926101000392610100841161286c576001931b175f614462565b806001915f528260205260405f20546144ca8287612fec565b5201614402565b505f9150565b9290926144e383612fad565b9383156145fc57906009915f520160205260405f208260a00260a08104840361286c5780601001908160101161286c5761010f0180911161286c5760081c61452a81612fad565b915f5b8281106145dc5750505061ffff61454382612fdf565b5116925f5b81811061455457505050565b8060a00260a08104820361286c57601001908160101161286c5760ff82169160081c6145808186612fec565b51831c90606084116145ac575b50600192506001600160a01b03166145a58289612fec565b5201614548565b6001810180911161286c576145c19086612fec565b51926101000392610100841161286c576001931b175f61458d565b806001915f528260205260405f20546145f58287612fec565b520161452d565b505f925050565b60405160208101907fd926b25732b2f9d7749c0bcb811e581da76a16d8f7f88799bbc7a540c49209d982527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660408201523060608201524660808201526080815261466f60a082612b58565b51902090565b5f516020614ab05f395f51905f5280546001600160a01b03199081169091555f5160206149505f395f51905f5280549182166001600160a01b0393841690811790915591167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3565b606481116146eb5750565b63aa31867360e01b5f5260045260245ffd5b9190825f527fe38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f090960205260405f20915f80528260205260405f2054925f5b8381106147585785631c5d21bd60e11b5f526004523360245260445ffd5b8060a00260a08104820361286c576010018060101161286c5760ff8160081c911681155f146147eb57865b811c91606082116147be575b50506001600160a01b031633146147a85760010161473a565b9193945050600191501b61ffff81169216151590565b6001810180911161286c575f528360205260405f20549061010003610100811161286c571b175f8061478f565b815f528360205260405f2054614783565b90821015612d38570190565b90939293848311610a52578411610a52578101920390565b35906020811061482e575090565b5f199060200360031b1b1690565b51906001600160a01b0382168203610a5257565b90816060910312610a525780519161486f60406020840151930161312f565b90565b65ffffffffffff90511660031981019080821161286c5760fc0180911161286c57431190565b60ff5f516020614a905f395f51905f525460401c16156148b457565b631afcd79f60e31b5f5260045ffd5b905f8091602081519101845af4808061493c575b156148f75750506040513d81523d5f602083013e60203d82010160405290565b1561491c57639996b31560e01b5f9081526001600160a01b0391909116600452602490fd5b3d1561492d576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b503d1515806148d75750813b15156148d756fe9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c199300e38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0908e38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0905e38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0900e38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0902e38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0901360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc33de1f0c4f4256b6890ee08852692b1b51f528581c66e7191d8a9095c76e22009b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00e38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0906f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c00e38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0903f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00",
}

// ValidationModuleV2 is an auto generated Go binding around an Ethereum contract.
type ValidationModuleV2 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ValidationModuleV2) GetABI() abi.ABI {
	return c.abi
}

// NewValidationModuleV2 creates a new instance of ValidationModuleV2.
func NewValidationModuleV2() *ValidationModuleV2 {
	parsed, err := ValidationModuleV2MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ValidationModuleV2{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ValidationModuleV2) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (validationModuleV2 *ValidationModuleV2) PackDOMAINSEPARATOR() []byte {
	enc, err := validationModuleV2.abi.Pack("DOMAIN_SEPARATOR")
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
func (validationModuleV2 *ValidationModuleV2) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return validationModuleV2.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (validationModuleV2 *ValidationModuleV2) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := validationModuleV2.abi.Unpack("DOMAIN_SEPARATOR", data)
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
func (validationModuleV2 *ValidationModuleV2) PackMAXCOMMITTEE() []byte {
	enc, err := validationModuleV2.abi.Pack("MAX_COMMITTEE")
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
func (validationModuleV2 *ValidationModuleV2) TryPackMAXCOMMITTEE() ([]byte, error) {
	return validationModuleV2.abi.Pack("MAX_COMMITTEE")
}

// UnpackMAXCOMMITTEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8dd5c0d6.
//
// Solidity: function MAX_COMMITTEE() view returns(uint256)
func (validationModuleV2 *ValidationModuleV2) UnpackMAXCOMMITTEE(data []byte) (*big.Int, error) {
	out, err := validationModuleV2.abi.Unpack("MAX_COMMITTEE", data)
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
func (validationModuleV2 *ValidationModuleV2) PackMAXPOOL() []byte {
	enc, err := validationModuleV2.abi.Pack("MAX_POOL")
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
func (validationModuleV2 *ValidationModuleV2) TryPackMAXPOOL() ([]byte, error) {
	return validationModuleV2.abi.Pack("MAX_POOL")
}

// UnpackMAXPOOL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c3c91c9.
//
// Solidity: function MAX_POOL() view returns(uint256)
func (validationModuleV2 *ValidationModuleV2) UnpackMAXPOOL(data []byte) (*big.Int, error) {
	out, err := validationModuleV2.abi.Unpack("MAX_POOL", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXREARMS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb33cf8c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REARMS() view returns(uint256)
func (validationModuleV2 *ValidationModuleV2) PackMAXREARMS() []byte {
	enc, err := validationModuleV2.abi.Pack("MAX_REARMS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREARMS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb33cf8c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REARMS() view returns(uint256)
func (validationModuleV2 *ValidationModuleV2) TryPackMAXREARMS() ([]byte, error) {
	return validationModuleV2.abi.Pack("MAX_REARMS")
}

// UnpackMAXREARMS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb33cf8c3.
//
// Solidity: function MAX_REARMS() view returns(uint256)
func (validationModuleV2 *ValidationModuleV2) UnpackMAXREARMS(data []byte) (*big.Int, error) {
	out, err := validationModuleV2.abi.Unpack("MAX_REARMS", data)
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
func (validationModuleV2 *ValidationModuleV2) PackMODULEVERSION() []byte {
	enc, err := validationModuleV2.abi.Pack("MODULE_VERSION")
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
func (validationModuleV2 *ValidationModuleV2) TryPackMODULEVERSION() ([]byte, error) {
	return validationModuleV2.abi.Pack("MODULE_VERSION")
}

// UnpackMODULEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81ed9808.
//
// Solidity: function MODULE_VERSION() view returns(uint256)
func (validationModuleV2 *ValidationModuleV2) UnpackMODULEVERSION(data []byte) (*big.Int, error) {
	out, err := validationModuleV2.abi.Unpack("MODULE_VERSION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTARGETDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd93b4ee3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function TARGET_DELAY() view returns(uint256)
func (validationModuleV2 *ValidationModuleV2) PackTARGETDELAY() []byte {
	enc, err := validationModuleV2.abi.Pack("TARGET_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTARGETDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd93b4ee3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function TARGET_DELAY() view returns(uint256)
func (validationModuleV2 *ValidationModuleV2) TryPackTARGETDELAY() ([]byte, error) {
	return validationModuleV2.abi.Pack("TARGET_DELAY")
}

// UnpackTARGETDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd93b4ee3.
//
// Solidity: function TARGET_DELAY() view returns(uint256)
func (validationModuleV2 *ValidationModuleV2) UnpackTARGETDELAY(data []byte) (*big.Int, error) {
	out, err := validationModuleV2.abi.Unpack("TARGET_DELAY", data)
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
func (validationModuleV2 *ValidationModuleV2) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := validationModuleV2.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (validationModuleV2 *ValidationModuleV2) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return validationModuleV2.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (validationModuleV2 *ValidationModuleV2) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := validationModuleV2.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackAbort is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed8b4474.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function abort(uint256 jobId, uint256 stalledAt, uint256 grace) returns(bool stalled, uint256 disputableAt)
func (validationModuleV2 *ValidationModuleV2) PackAbort(jobId *big.Int, stalledAt *big.Int, grace *big.Int) []byte {
	enc, err := validationModuleV2.abi.Pack("abort", jobId, stalledAt, grace)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAbort is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed8b4474.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function abort(uint256 jobId, uint256 stalledAt, uint256 grace) returns(bool stalled, uint256 disputableAt)
func (validationModuleV2 *ValidationModuleV2) TryPackAbort(jobId *big.Int, stalledAt *big.Int, grace *big.Int) ([]byte, error) {
	return validationModuleV2.abi.Pack("abort", jobId, stalledAt, grace)
}

// AbortOutput serves as a container for the return parameters of contract
// method Abort.
type AbortOutput struct {
	Stalled      bool
	DisputableAt *big.Int
}

// UnpackAbort is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xed8b4474.
//
// Solidity: function abort(uint256 jobId, uint256 stalledAt, uint256 grace) returns(bool stalled, uint256 disputableAt)
func (validationModuleV2 *ValidationModuleV2) UnpackAbort(data []byte) (AbortOutput, error) {
	out, err := validationModuleV2.abi.Unpack("abort", data)
	outstruct := new(AbortOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Stalled = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.DisputableAt = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (validationModuleV2 *ValidationModuleV2) PackAcceptOwnership() []byte {
	enc, err := validationModuleV2.abi.Pack("acceptOwnership")
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
func (validationModuleV2 *ValidationModuleV2) TryPackAcceptOwnership() ([]byte, error) {
	return validationModuleV2.abi.Pack("acceptOwnership")
}

// PackApprovalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d0eef61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approvalThreshold() view returns(uint256)
func (validationModuleV2 *ValidationModuleV2) PackApprovalThreshold() []byte {
	enc, err := validationModuleV2.abi.Pack("approvalThreshold")
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
func (validationModuleV2 *ValidationModuleV2) TryPackApprovalThreshold() ([]byte, error) {
	return validationModuleV2.abi.Pack("approvalThreshold")
}

// UnpackApprovalThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d0eef61.
//
// Solidity: function approvalThreshold() view returns(uint256)
func (validationModuleV2 *ValidationModuleV2) UnpackApprovalThreshold(data []byte) (*big.Int, error) {
	out, err := validationModuleV2.abi.Unpack("approvalThreshold", data)
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
func (validationModuleV2 *ValidationModuleV2) PackCommitValidation(jobId *big.Int, commitHash [32]byte, subdomain string, proof [][32]byte) []byte {
	enc, err := validationModuleV2.abi.Pack("commitValidation", jobId, commitHash, subdomain, proof)
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
func (validationModuleV2 *ValidationModuleV2) TryPackCommitValidation(jobId *big.Int, commitHash [32]byte, subdomain string, proof [][32]byte) ([]byte, error) {
	return validationModuleV2.abi.Pack("commitValidation", jobId, commitHash, subdomain, proof)
}

// PackCommitWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40699005.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitWindow() view returns(uint256)
func (validationModuleV2 *ValidationModuleV2) PackCommitWindow() []byte {
	enc, err := validationModuleV2.abi.Pack("commitWindow")
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
func (validationModuleV2 *ValidationModuleV2) TryPackCommitWindow() ([]byte, error) {
	return validationModuleV2.abi.Pack("commitWindow")
}

// UnpackCommitWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x40699005.
//
// Solidity: function commitWindow() view returns(uint256)
func (validationModuleV2 *ValidationModuleV2) UnpackCommitWindow(data []byte) (*big.Int, error) {
	out, err := validationModuleV2.abi.Unpack("commitWindow", data)
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
func (validationModuleV2 *ValidationModuleV2) PackCommitments(jobId *big.Int, validator common.Address) []byte {
	enc, err := validationModuleV2.abi.Pack("commitments", jobId, validator)
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
func (validationModuleV2 *ValidationModuleV2) TryPackCommitments(jobId *big.Int, validator common.Address) ([]byte, error) {
	return validationModuleV2.abi.Pack("commitments", jobId, validator)
}

// UnpackCommitments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe90d4c06.
//
// Solidity: function commitments(uint256 jobId, address validator) view returns(bytes32)
func (validationModuleV2 *ValidationModuleV2) UnpackCommitments(data []byte) ([32]byte, error) {
	out, err := validationModuleV2.abi.Unpack("commitments", data)
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
func (validationModuleV2 *ValidationModuleV2) PackFinalize(jobId *big.Int) []byte {
	enc, err := validationModuleV2.abi.Pack("finalize", jobId)
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
func (validationModuleV2 *ValidationModuleV2) TryPackFinalize(jobId *big.Int) ([]byte, error) {
	return validationModuleV2.abi.Pack("finalize", jobId)
}

// UnpackFinalize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x05261aea.
//
// Solidity: function finalize(uint256 jobId) returns(bool success)
func (validationModuleV2 *ValidationModuleV2) UnpackFinalize(data []byte) (bool, error) {
	out, err := validationModuleV2.abi.Unpack("finalize", data)
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
func (validationModuleV2 *ValidationModuleV2) PackIdentityRegistry() []byte {
	enc, err := validationModuleV2.abi.Pack("identityRegistry")
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
func (validationModuleV2 *ValidationModuleV2) TryPackIdentityRegistry() ([]byte, error) {
	return validationModuleV2.abi.Pack("identityRegistry")
}

// UnpackIdentityRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x134e18f4.
//
// Solidity: function identityRegistry() view returns(address)
func (validationModuleV2 *ValidationModuleV2) UnpackIdentityRegistry(data []byte) (common.Address, error) {
	out, err := validationModuleV2.abi.Unpack("identityRegistry", data)
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
func (validationModuleV2 *ValidationModuleV2) PackInitialize(owner common.Address) []byte {
	enc, err := validationModuleV2.abi.Pack("initialize", owner)
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
func (validationModuleV2 *ValidationModuleV2) TryPackInitialize(owner common.Address) ([]byte, error) {
	return validationModuleV2.abi.Pack("initialize", owner)
}

// PackJobNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd780b157.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobNonce(uint256 jobId) view returns(uint256)
func (validationModuleV2 *ValidationModuleV2) PackJobNonce(jobId *big.Int) []byte {
	enc, err := validationModuleV2.abi.Pack("jobNonce", jobId)
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
func (validationModuleV2 *ValidationModuleV2) TryPackJobNonce(jobId *big.Int) ([]byte, error) {
	return validationModuleV2.abi.Pack("jobNonce", jobId)
}

// UnpackJobNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd780b157.
//
// Solidity: function jobNonce(uint256 jobId) view returns(uint256)
func (validationModuleV2 *ValidationModuleV2) UnpackJobNonce(data []byte) (*big.Int, error) {
	out, err := validationModuleV2.abi.Unpack("jobNonce", data)
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
func (validationModuleV2 *ValidationModuleV2) PackJobRegistry() []byte {
	enc, err := validationModuleV2.abi.Pack("jobRegistry")
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
func (validationModuleV2 *ValidationModuleV2) TryPackJobRegistry() ([]byte, error) {
	return validationModuleV2.abi.Pack("jobRegistry")
}

// UnpackJobRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23682c47.
//
// Solidity: function jobRegistry() view returns(address)
func (validationModuleV2 *ValidationModuleV2) UnpackJobRegistry(data []byte) (common.Address, error) {
	out, err := validationModuleV2.abi.Unpack("jobRegistry", data)
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
func (validationModuleV2 *ValidationModuleV2) PackMinValidatorStake() []byte {
	enc, err := validationModuleV2.abi.Pack("minValidatorStake")
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
func (validationModuleV2 *ValidationModuleV2) TryPackMinValidatorStake() ([]byte, error) {
	return validationModuleV2.abi.Pack("minValidatorStake")
}

// UnpackMinValidatorStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x017ddd35.
//
// Solidity: function minValidatorStake() view returns(uint256)
func (validationModuleV2 *ValidationModuleV2) UnpackMinValidatorStake(data []byte) (*big.Int, error) {
	out, err := validationModuleV2.abi.Unpack("minValidatorStake", data)
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
func (validationModuleV2 *ValidationModuleV2) PackModuleKind() []byte {
	enc, err := validationModuleV2.abi.Pack("moduleKind")
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
func (validationModuleV2 *ValidationModuleV2) TryPackModuleKind() ([]byte, error) {
	return validationModuleV2.abi.Pack("moduleKind")
}

// UnpackModuleKind is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf21aa1dc.
//
// Solidity: function moduleKind() pure returns(bytes32)
func (validationModuleV2 *ValidationModuleV2) UnpackModuleKind(data []byte) ([32]byte, error) {
	out, err := validationModuleV2.abi.Unpack("moduleKind", data)
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
func (validationModuleV2 *ValidationModuleV2) PackOwner() []byte {
	enc, err := validationModuleV2.abi.Pack("owner")
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
func (validationModuleV2 *ValidationModuleV2) TryPackOwner() ([]byte, error) {
	return validationModuleV2.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (validationModuleV2 *ValidationModuleV2) UnpackOwner(data []byte) (common.Address, error) {
	out, err := validationModuleV2.abi.Unpack("owner", data)
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
func (validationModuleV2 *ValidationModuleV2) PackPause() []byte {
	enc, err := validationModuleV2.abi.Pack("pause")
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
func (validationModuleV2 *ValidationModuleV2) TryPackPause() ([]byte, error) {
	return validationModuleV2.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (validationModuleV2 *ValidationModuleV2) PackPaused() []byte {
	enc, err := validationModuleV2.abi.Pack("paused")
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
func (validationModuleV2 *ValidationModuleV2) TryPackPaused() ([]byte, error) {
	return validationModuleV2.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (validationModuleV2 *ValidationModuleV2) UnpackPaused(data []byte) (bool, error) {
	out, err := validationModuleV2.abi.Unpack("paused", data)
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
func (validationModuleV2 *ValidationModuleV2) PackPauser() []byte {
	enc, err := validationModuleV2.abi.Pack("pauser")
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
func (validationModuleV2 *ValidationModuleV2) TryPackPauser() ([]byte, error) {
	return validationModuleV2.abi.Pack("pauser")
}

// UnpackPauser is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fd0506d.
//
// Solidity: function pauser() view returns(address)
func (validationModuleV2 *ValidationModuleV2) UnpackPauser(data []byte) (common.Address, error) {
	out, err := validationModuleV2.abi.Unpack("pauser", data)
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
func (validationModuleV2 *ValidationModuleV2) PackPendingOwner() []byte {
	enc, err := validationModuleV2.abi.Pack("pendingOwner")
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
func (validationModuleV2 *ValidationModuleV2) TryPackPendingOwner() ([]byte, error) {
	return validationModuleV2.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (validationModuleV2 *ValidationModuleV2) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := validationModuleV2.abi.Unpack("pendingOwner", data)
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
func (validationModuleV2 *ValidationModuleV2) PackProxiableUUID() []byte {
	enc, err := validationModuleV2.abi.Pack("proxiableUUID")
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
func (validationModuleV2 *ValidationModuleV2) TryPackProxiableUUID() ([]byte, error) {
	return validationModuleV2.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (validationModuleV2 *ValidationModuleV2) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := validationModuleV2.abi.Unpack("proxiableUUID", data)
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
func (validationModuleV2 *ValidationModuleV2) PackRenounceOwnership() []byte {
	enc, err := validationModuleV2.abi.Pack("renounceOwnership")
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
func (validationModuleV2 *ValidationModuleV2) TryPackRenounceOwnership() ([]byte, error) {
	return validationModuleV2.abi.Pack("renounceOwnership")
}

// PackReputationEngine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3f677ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reputationEngine() view returns(address)
func (validationModuleV2 *ValidationModuleV2) PackReputationEngine() []byte {
	enc, err := validationModuleV2.abi.Pack("reputationEngine")
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
func (validationModuleV2 *ValidationModuleV2) TryPackReputationEngine() ([]byte, error) {
	return validationModuleV2.abi.Pack("reputationEngine")
}

// UnpackReputationEngine is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3f677ef.
//
// Solidity: function reputationEngine() view returns(address)
func (validationModuleV2 *ValidationModuleV2) UnpackReputationEngine(data []byte) (common.Address, error) {
	out, err := validationModuleV2.abi.Unpack("reputationEngine", data)
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
func (validationModuleV2 *ValidationModuleV2) PackRevealQuorum() []byte {
	enc, err := validationModuleV2.abi.Pack("revealQuorum")
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
func (validationModuleV2 *ValidationModuleV2) TryPackRevealQuorum() ([]byte, error) {
	return validationModuleV2.abi.Pack("revealQuorum")
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
func (validationModuleV2 *ValidationModuleV2) UnpackRevealQuorum(data []byte) (RevealQuorumOutput, error) {
	out, err := validationModuleV2.abi.Unpack("revealQuorum", data)
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
func (validationModuleV2 *ValidationModuleV2) PackRevealValidation(jobId *big.Int, approve bool, burnTxHash [32]byte, salt [32]byte, subdomain string, arg5 [][32]byte) []byte {
	enc, err := validationModuleV2.abi.Pack("revealValidation", jobId, approve, burnTxHash, salt, subdomain, arg5)
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
func (validationModuleV2 *ValidationModuleV2) TryPackRevealValidation(jobId *big.Int, approve bool, burnTxHash [32]byte, salt [32]byte, subdomain string, arg5 [][32]byte) ([]byte, error) {
	return validationModuleV2.abi.Pack("revealValidation", jobId, approve, burnTxHash, salt, subdomain, arg5)
}

// PackRevealWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x863d22c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealWindow() view returns(uint256)
func (validationModuleV2 *ValidationModuleV2) PackRevealWindow() []byte {
	enc, err := validationModuleV2.abi.Pack("revealWindow")
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
func (validationModuleV2 *ValidationModuleV2) TryPackRevealWindow() ([]byte, error) {
	return validationModuleV2.abi.Pack("revealWindow")
}

// UnpackRevealWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x863d22c7.
//
// Solidity: function revealWindow() view returns(uint256)
func (validationModuleV2 *ValidationModuleV2) UnpackRevealWindow(data []byte) (*big.Int, error) {
	out, err := validationModuleV2.abi.Unpack("revealWindow", data)
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
func (validationModuleV2 *ValidationModuleV2) PackRewardees(jobId *big.Int) []byte {
	enc, err := validationModuleV2.abi.Pack("rewardees", jobId)
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
func (validationModuleV2 *ValidationModuleV2) TryPackRewardees(jobId *big.Int) ([]byte, error) {
	return validationModuleV2.abi.Pack("rewardees", jobId)
}

// UnpackRewardees is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf87770f5.
//
// Solidity: function rewardees(uint256 jobId) view returns(address[] out)
func (validationModuleV2 *ValidationModuleV2) UnpackRewardees(data []byte) ([]common.Address, error) {
	out, err := validationModuleV2.abi.Unpack("rewardees", data)
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
func (validationModuleV2 *ValidationModuleV2) PackRound(jobId *big.Int) []byte {
	enc, err := validationModuleV2.abi.Pack("round", jobId)
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
func (validationModuleV2 *ValidationModuleV2) TryPackRound(jobId *big.Int) ([]byte, error) {
	return validationModuleV2.abi.Pack("round", jobId)
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
func (validationModuleV2 *ValidationModuleV2) UnpackRound(data []byte) (RoundOutput, error) {
	out, err := validationModuleV2.abi.Unpack("round", data)
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
func (validationModuleV2 *ValidationModuleV2) PackSelectValidators(jobId *big.Int, arg1 *big.Int) []byte {
	enc, err := validationModuleV2.abi.Pack("selectValidators", jobId, arg1)
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
func (validationModuleV2 *ValidationModuleV2) TryPackSelectValidators(jobId *big.Int, arg1 *big.Int) ([]byte, error) {
	return validationModuleV2.abi.Pack("selectValidators", jobId, arg1)
}

// UnpackSelectValidators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2465aea0.
//
// Solidity: function selectValidators(uint256 jobId, uint256 ) returns(address[] committee)
func (validationModuleV2 *ValidationModuleV2) UnpackSelectValidators(data []byte) ([]common.Address, error) {
	out, err := validationModuleV2.abi.Unpack("selectValidators", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackSelectValidatorsWithHeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe17f49a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function selectValidatorsWithHeader(uint256 jobId, bytes header) returns(address[] committee)
func (validationModuleV2 *ValidationModuleV2) PackSelectValidatorsWithHeader(jobId *big.Int, header []byte) []byte {
	enc, err := validationModuleV2.abi.Pack("selectValidatorsWithHeader", jobId, header)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSelectValidatorsWithHeader is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe17f49a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function selectValidatorsWithHeader(uint256 jobId, bytes header) returns(address[] committee)
func (validationModuleV2 *ValidationModuleV2) TryPackSelectValidatorsWithHeader(jobId *big.Int, header []byte) ([]byte, error) {
	return validationModuleV2.abi.Pack("selectValidatorsWithHeader", jobId, header)
}

// UnpackSelectValidatorsWithHeader is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe17f49a.
//
// Solidity: function selectValidatorsWithHeader(uint256 jobId, bytes header) returns(address[] committee)
func (validationModuleV2 *ValidationModuleV2) UnpackSelectValidatorsWithHeader(data []byte) ([]common.Address, error) {
	out, err := validationModuleV2.abi.Unpack("selectValidatorsWithHeader", data)
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
func (validationModuleV2 *ValidationModuleV2) PackSetApprovalThreshold(pct *big.Int) []byte {
	enc, err := validationModuleV2.abi.Pack("setApprovalThreshold", pct)
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
func (validationModuleV2 *ValidationModuleV2) TryPackSetApprovalThreshold(pct *big.Int) ([]byte, error) {
	return validationModuleV2.abi.Pack("setApprovalThreshold", pct)
}

// PackSetCommitRevealWindows is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x714714b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCommitRevealWindows(uint256 commitWindow_, uint256 revealWindow_) returns()
func (validationModuleV2 *ValidationModuleV2) PackSetCommitRevealWindows(commitWindow *big.Int, revealWindow *big.Int) []byte {
	enc, err := validationModuleV2.abi.Pack("setCommitRevealWindows", commitWindow, revealWindow)
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
func (validationModuleV2 *ValidationModuleV2) TryPackSetCommitRevealWindows(commitWindow *big.Int, revealWindow *big.Int) ([]byte, error) {
	return validationModuleV2.abi.Pack("setCommitRevealWindows", commitWindow, revealWindow)
}

// PackSetIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf3f861.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setIdentityRegistry(address module) returns()
func (validationModuleV2 *ValidationModuleV2) PackSetIdentityRegistry(module common.Address) []byte {
	enc, err := validationModuleV2.abi.Pack("setIdentityRegistry", module)
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
func (validationModuleV2 *ValidationModuleV2) TryPackSetIdentityRegistry(module common.Address) ([]byte, error) {
	return validationModuleV2.abi.Pack("setIdentityRegistry", module)
}

// PackSetJobRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00dc34c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setJobRegistry(address module) returns()
func (validationModuleV2 *ValidationModuleV2) PackSetJobRegistry(module common.Address) []byte {
	enc, err := validationModuleV2.abi.Pack("setJobRegistry", module)
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
func (validationModuleV2 *ValidationModuleV2) TryPackSetJobRegistry(module common.Address) ([]byte, error) {
	return validationModuleV2.abi.Pack("setJobRegistry", module)
}

// PackSetMinValidatorStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3601585.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinValidatorStake(uint256 stake) returns()
func (validationModuleV2 *ValidationModuleV2) PackSetMinValidatorStake(stake *big.Int) []byte {
	enc, err := validationModuleV2.abi.Pack("setMinValidatorStake", stake)
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
func (validationModuleV2 *ValidationModuleV2) TryPackSetMinValidatorStake(stake *big.Int) ([]byte, error) {
	return validationModuleV2.abi.Pack("setMinValidatorStake", stake)
}

// PackSetPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d88af4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPauser(address pauser_) returns()
func (validationModuleV2 *ValidationModuleV2) PackSetPauser(pauser common.Address) []byte {
	enc, err := validationModuleV2.abi.Pack("setPauser", pauser)
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
func (validationModuleV2 *ValidationModuleV2) TryPackSetPauser(pauser common.Address) ([]byte, error) {
	return validationModuleV2.abi.Pack("setPauser", pauser)
}

// PackSetReputationEngine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bb5090c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReputationEngine(address module) returns()
func (validationModuleV2 *ValidationModuleV2) PackSetReputationEngine(module common.Address) []byte {
	enc, err := validationModuleV2.abi.Pack("setReputationEngine", module)
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
func (validationModuleV2 *ValidationModuleV2) TryPackSetReputationEngine(module common.Address) ([]byte, error) {
	return validationModuleV2.abi.Pack("setReputationEngine", module)
}

// PackSetRevealQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ed9669b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRevealQuorum(uint256 pct, uint256 min) returns()
func (validationModuleV2 *ValidationModuleV2) PackSetRevealQuorum(pct *big.Int, min *big.Int) []byte {
	enc, err := validationModuleV2.abi.Pack("setRevealQuorum", pct, min)
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
func (validationModuleV2 *ValidationModuleV2) TryPackSetRevealQuorum(pct *big.Int, min *big.Int) ([]byte, error) {
	return validationModuleV2.abi.Pack("setRevealQuorum", pct, min)
}

// PackSetStakeManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e7c67fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setStakeManager(address module) returns()
func (validationModuleV2 *ValidationModuleV2) PackSetStakeManager(module common.Address) []byte {
	enc, err := validationModuleV2.abi.Pack("setStakeManager", module)
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
func (validationModuleV2 *ValidationModuleV2) TryPackSetStakeManager(module common.Address) ([]byte, error) {
	return validationModuleV2.abi.Pack("setStakeManager", module)
}

// PackSetValidatorPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52322447.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setValidatorPool(address[] pool) returns()
func (validationModuleV2 *ValidationModuleV2) PackSetValidatorPool(pool []common.Address) []byte {
	enc, err := validationModuleV2.abi.Pack("setValidatorPool", pool)
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
func (validationModuleV2 *ValidationModuleV2) TryPackSetValidatorPool(pool []common.Address) ([]byte, error) {
	return validationModuleV2.abi.Pack("setValidatorPool", pool)
}

// PackSetValidatorSlashingPct is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c04b61b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setValidatorSlashingPct(uint256 pct) returns()
func (validationModuleV2 *ValidationModuleV2) PackSetValidatorSlashingPct(pct *big.Int) []byte {
	enc, err := validationModuleV2.abi.Pack("setValidatorSlashingPct", pct)
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
func (validationModuleV2 *ValidationModuleV2) TryPackSetValidatorSlashingPct(pct *big.Int) ([]byte, error) {
	return validationModuleV2.abi.Pack("setValidatorSlashingPct", pct)
}

// PackSetValidatorsPerJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2926e45d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setValidatorsPerJob(uint256 count) returns()
func (validationModuleV2 *ValidationModuleV2) PackSetValidatorsPerJob(count *big.Int) []byte {
	enc, err := validationModuleV2.abi.Pack("setValidatorsPerJob", count)
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
func (validationModuleV2 *ValidationModuleV2) TryPackSetValidatorsPerJob(count *big.Int) ([]byte, error) {
	return validationModuleV2.abi.Pack("setValidatorsPerJob", count)
}

// PackStakeManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7542ff95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeManager() view returns(address)
func (validationModuleV2 *ValidationModuleV2) PackStakeManager() []byte {
	enc, err := validationModuleV2.abi.Pack("stakeManager")
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
func (validationModuleV2 *ValidationModuleV2) TryPackStakeManager() ([]byte, error) {
	return validationModuleV2.abi.Pack("stakeManager")
}

// UnpackStakeManager is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7542ff95.
//
// Solidity: function stakeManager() view returns(address)
func (validationModuleV2 *ValidationModuleV2) UnpackStakeManager(data []byte) (common.Address, error) {
	out, err := validationModuleV2.abi.Unpack("stakeManager", data)
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
func (validationModuleV2 *ValidationModuleV2) PackStart(jobId *big.Int) []byte {
	enc, err := validationModuleV2.abi.Pack("start", jobId)
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
func (validationModuleV2 *ValidationModuleV2) TryPackStart(jobId *big.Int) ([]byte, error) {
	return validationModuleV2.abi.Pack("start", jobId)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (validationModuleV2 *ValidationModuleV2) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := validationModuleV2.abi.Pack("transferOwnership", newOwner)
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
func (validationModuleV2 *ValidationModuleV2) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return validationModuleV2.abi.Pack("transferOwnership", newOwner)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (validationModuleV2 *ValidationModuleV2) PackUnpause() []byte {
	enc, err := validationModuleV2.abi.Pack("unpause")
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
func (validationModuleV2 *ValidationModuleV2) TryPackUnpause() ([]byte, error) {
	return validationModuleV2.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (validationModuleV2 *ValidationModuleV2) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := validationModuleV2.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (validationModuleV2 *ValidationModuleV2) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return validationModuleV2.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackValidatorPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4c6d1de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validatorPool() view returns(address[])
func (validationModuleV2 *ValidationModuleV2) PackValidatorPool() []byte {
	enc, err := validationModuleV2.abi.Pack("validatorPool")
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
func (validationModuleV2 *ValidationModuleV2) TryPackValidatorPool() ([]byte, error) {
	return validationModuleV2.abi.Pack("validatorPool")
}

// UnpackValidatorPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4c6d1de.
//
// Solidity: function validatorPool() view returns(address[])
func (validationModuleV2 *ValidationModuleV2) UnpackValidatorPool(data []byte) ([]common.Address, error) {
	out, err := validationModuleV2.abi.Unpack("validatorPool", data)
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
func (validationModuleV2 *ValidationModuleV2) PackValidatorSlashingPct() []byte {
	enc, err := validationModuleV2.abi.Pack("validatorSlashingPct")
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
func (validationModuleV2 *ValidationModuleV2) TryPackValidatorSlashingPct() ([]byte, error) {
	return validationModuleV2.abi.Pack("validatorSlashingPct")
}

// UnpackValidatorSlashingPct is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x19bce800.
//
// Solidity: function validatorSlashingPct() view returns(uint256)
func (validationModuleV2 *ValidationModuleV2) UnpackValidatorSlashingPct(data []byte) (*big.Int, error) {
	out, err := validationModuleV2.abi.Unpack("validatorSlashingPct", data)
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
func (validationModuleV2 *ValidationModuleV2) PackValidators(jobId *big.Int) []byte {
	enc, err := validationModuleV2.abi.Pack("validators", jobId)
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
func (validationModuleV2 *ValidationModuleV2) TryPackValidators(jobId *big.Int) ([]byte, error) {
	return validationModuleV2.abi.Pack("validators", jobId)
}

// UnpackValidators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x35aa2e44.
//
// Solidity: function validators(uint256 jobId) view returns(address[] out)
func (validationModuleV2 *ValidationModuleV2) UnpackValidators(data []byte) ([]common.Address, error) {
	out, err := validationModuleV2.abi.Unpack("validators", data)
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
func (validationModuleV2 *ValidationModuleV2) PackValidatorsPerJob() []byte {
	enc, err := validationModuleV2.abi.Pack("validatorsPerJob")
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
func (validationModuleV2 *ValidationModuleV2) TryPackValidatorsPerJob() ([]byte, error) {
	return validationModuleV2.abi.Pack("validatorsPerJob")
}

// UnpackValidatorsPerJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a8d23ec.
//
// Solidity: function validatorsPerJob() view returns(uint256)
func (validationModuleV2 *ValidationModuleV2) UnpackValidatorsPerJob(data []byte) (*big.Int, error) {
	out, err := validationModuleV2.abi.Unpack("validatorsPerJob", data)
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
func (validationModuleV2 *ValidationModuleV2) PackVersion() []byte {
	enc, err := validationModuleV2.abi.Pack("version")
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
func (validationModuleV2 *ValidationModuleV2) TryPackVersion() ([]byte, error) {
	return validationModuleV2.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(uint256)
func (validationModuleV2 *ValidationModuleV2) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := validationModuleV2.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// ValidationModuleV2ApprovalThresholdUpdated represents a ApprovalThresholdUpdated event raised by the ValidationModuleV2 contract.
type ValidationModuleV2ApprovalThresholdUpdated struct {
	Pct *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2ApprovalThresholdUpdatedEventName = "ApprovalThresholdUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2ApprovalThresholdUpdated) ContractEventName() string {
	return ValidationModuleV2ApprovalThresholdUpdatedEventName
}

// UnpackApprovalThresholdUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalThresholdUpdated(uint256 pct)
func (validationModuleV2 *ValidationModuleV2) UnpackApprovalThresholdUpdatedEvent(log *types.Log) (*ValidationModuleV2ApprovalThresholdUpdated, error) {
	event := "ApprovalThresholdUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2ApprovalThresholdUpdated)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2CommitRevealWindowsUpdated represents a CommitRevealWindowsUpdated event raised by the ValidationModuleV2 contract.
type ValidationModuleV2CommitRevealWindowsUpdated struct {
	CommitWindow *big.Int
	RevealWindow *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2CommitRevealWindowsUpdatedEventName = "CommitRevealWindowsUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2CommitRevealWindowsUpdated) ContractEventName() string {
	return ValidationModuleV2CommitRevealWindowsUpdatedEventName
}

// UnpackCommitRevealWindowsUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitRevealWindowsUpdated(uint256 commitWindow, uint256 revealWindow)
func (validationModuleV2 *ValidationModuleV2) UnpackCommitRevealWindowsUpdatedEvent(log *types.Log) (*ValidationModuleV2CommitRevealWindowsUpdated, error) {
	event := "CommitRevealWindowsUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2CommitRevealWindowsUpdated)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2IdentityRegistryUpdated represents a IdentityRegistryUpdated event raised by the ValidationModuleV2 contract.
type ValidationModuleV2IdentityRegistryUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2IdentityRegistryUpdatedEventName = "IdentityRegistryUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2IdentityRegistryUpdated) ContractEventName() string {
	return ValidationModuleV2IdentityRegistryUpdatedEventName
}

// UnpackIdentityRegistryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityRegistryUpdated(address module)
func (validationModuleV2 *ValidationModuleV2) UnpackIdentityRegistryUpdatedEvent(log *types.Log) (*ValidationModuleV2IdentityRegistryUpdated, error) {
	event := "IdentityRegistryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2IdentityRegistryUpdated)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2Initialized represents a Initialized event raised by the ValidationModuleV2 contract.
type ValidationModuleV2Initialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2InitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2Initialized) ContractEventName() string {
	return ValidationModuleV2InitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (validationModuleV2 *ValidationModuleV2) UnpackInitializedEvent(log *types.Log) (*ValidationModuleV2Initialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2Initialized)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2JobRegistryUpdated represents a JobRegistryUpdated event raised by the ValidationModuleV2 contract.
type ValidationModuleV2JobRegistryUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2JobRegistryUpdatedEventName = "JobRegistryUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2JobRegistryUpdated) ContractEventName() string {
	return ValidationModuleV2JobRegistryUpdatedEventName
}

// UnpackJobRegistryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobRegistryUpdated(address module)
func (validationModuleV2 *ValidationModuleV2) UnpackJobRegistryUpdatedEvent(log *types.Log) (*ValidationModuleV2JobRegistryUpdated, error) {
	event := "JobRegistryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2JobRegistryUpdated)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2MinValidatorStakeUpdated represents a MinValidatorStakeUpdated event raised by the ValidationModuleV2 contract.
type ValidationModuleV2MinValidatorStakeUpdated struct {
	Stake *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2MinValidatorStakeUpdatedEventName = "MinValidatorStakeUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2MinValidatorStakeUpdated) ContractEventName() string {
	return ValidationModuleV2MinValidatorStakeUpdatedEventName
}

// UnpackMinValidatorStakeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinValidatorStakeUpdated(uint256 stake)
func (validationModuleV2 *ValidationModuleV2) UnpackMinValidatorStakeUpdatedEvent(log *types.Log) (*ValidationModuleV2MinValidatorStakeUpdated, error) {
	event := "MinValidatorStakeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2MinValidatorStakeUpdated)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2OwnershipTransferStarted represents a OwnershipTransferStarted event raised by the ValidationModuleV2 contract.
type ValidationModuleV2OwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2OwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2OwnershipTransferStarted) ContractEventName() string {
	return ValidationModuleV2OwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (validationModuleV2 *ValidationModuleV2) UnpackOwnershipTransferStartedEvent(log *types.Log) (*ValidationModuleV2OwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2OwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2OwnershipTransferred represents a OwnershipTransferred event raised by the ValidationModuleV2 contract.
type ValidationModuleV2OwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2OwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2OwnershipTransferred) ContractEventName() string {
	return ValidationModuleV2OwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (validationModuleV2 *ValidationModuleV2) UnpackOwnershipTransferredEvent(log *types.Log) (*ValidationModuleV2OwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2OwnershipTransferred)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2Paused represents a Paused event raised by the ValidationModuleV2 contract.
type ValidationModuleV2Paused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2PausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2Paused) ContractEventName() string {
	return ValidationModuleV2PausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (validationModuleV2 *ValidationModuleV2) UnpackPausedEvent(log *types.Log) (*ValidationModuleV2Paused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2Paused)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2PauserUpdated represents a PauserUpdated event raised by the ValidationModuleV2 contract.
type ValidationModuleV2PauserUpdated struct {
	Pauser common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2PauserUpdatedEventName = "PauserUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2PauserUpdated) ContractEventName() string {
	return ValidationModuleV2PauserUpdatedEventName
}

// UnpackPauserUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PauserUpdated(address pauser)
func (validationModuleV2 *ValidationModuleV2) UnpackPauserUpdatedEvent(log *types.Log) (*ValidationModuleV2PauserUpdated, error) {
	event := "PauserUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2PauserUpdated)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2ReputationEngineUpdated represents a ReputationEngineUpdated event raised by the ValidationModuleV2 contract.
type ValidationModuleV2ReputationEngineUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2ReputationEngineUpdatedEventName = "ReputationEngineUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2ReputationEngineUpdated) ContractEventName() string {
	return ValidationModuleV2ReputationEngineUpdatedEventName
}

// UnpackReputationEngineUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReputationEngineUpdated(address module)
func (validationModuleV2 *ValidationModuleV2) UnpackReputationEngineUpdatedEvent(log *types.Log) (*ValidationModuleV2ReputationEngineUpdated, error) {
	event := "ReputationEngineUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2ReputationEngineUpdated)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2RevealQuorumUpdated represents a RevealQuorumUpdated event raised by the ValidationModuleV2 contract.
type ValidationModuleV2RevealQuorumUpdated struct {
	Pct *big.Int
	Min *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2RevealQuorumUpdatedEventName = "RevealQuorumUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2RevealQuorumUpdated) ContractEventName() string {
	return ValidationModuleV2RevealQuorumUpdatedEventName
}

// UnpackRevealQuorumUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevealQuorumUpdated(uint256 pct, uint256 min)
func (validationModuleV2 *ValidationModuleV2) UnpackRevealQuorumUpdatedEvent(log *types.Log) (*ValidationModuleV2RevealQuorumUpdated, error) {
	event := "RevealQuorumUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2RevealQuorumUpdated)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2SelectionRearmed represents a SelectionRearmed event raised by the ValidationModuleV2 contract.
type ValidationModuleV2SelectionRearmed struct {
	JobId          *big.Int
	SelectionBlock *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2SelectionRearmedEventName = "SelectionRearmed"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2SelectionRearmed) ContractEventName() string {
	return ValidationModuleV2SelectionRearmedEventName
}

// UnpackSelectionRearmedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SelectionRearmed(uint256 indexed jobId, uint256 selectionBlock)
func (validationModuleV2 *ValidationModuleV2) UnpackSelectionRearmedEvent(log *types.Log) (*ValidationModuleV2SelectionRearmed, error) {
	event := "SelectionRearmed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2SelectionRearmed)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2StakeManagerUpdated represents a StakeManagerUpdated event raised by the ValidationModuleV2 contract.
type ValidationModuleV2StakeManagerUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2StakeManagerUpdatedEventName = "StakeManagerUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2StakeManagerUpdated) ContractEventName() string {
	return ValidationModuleV2StakeManagerUpdatedEventName
}

// UnpackStakeManagerUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeManagerUpdated(address module)
func (validationModuleV2 *ValidationModuleV2) UnpackStakeManagerUpdatedEvent(log *types.Log) (*ValidationModuleV2StakeManagerUpdated, error) {
	event := "StakeManagerUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2StakeManagerUpdated)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2Unpaused represents a Unpaused event raised by the ValidationModuleV2 contract.
type ValidationModuleV2Unpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2UnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2Unpaused) ContractEventName() string {
	return ValidationModuleV2UnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (validationModuleV2 *ValidationModuleV2) UnpackUnpausedEvent(log *types.Log) (*ValidationModuleV2Unpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2Unpaused)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2Upgraded represents a Upgraded event raised by the ValidationModuleV2 contract.
type ValidationModuleV2Upgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2UpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2Upgraded) ContractEventName() string {
	return ValidationModuleV2UpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (validationModuleV2 *ValidationModuleV2) UnpackUpgradedEvent(log *types.Log) (*ValidationModuleV2Upgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2Upgraded)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2ValidationAborted represents a ValidationAborted event raised by the ValidationModuleV2 contract.
type ValidationModuleV2ValidationAborted struct {
	JobId *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2ValidationAbortedEventName = "ValidationAborted"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2ValidationAborted) ContractEventName() string {
	return ValidationModuleV2ValidationAbortedEventName
}

// UnpackValidationAbortedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidationAborted(uint256 indexed jobId)
func (validationModuleV2 *ValidationModuleV2) UnpackValidationAbortedEvent(log *types.Log) (*ValidationModuleV2ValidationAborted, error) {
	event := "ValidationAborted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2ValidationAborted)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2ValidationCommitted represents a ValidationCommitted event raised by the ValidationModuleV2 contract.
type ValidationModuleV2ValidationCommitted struct {
	JobId      *big.Int
	Validator  common.Address
	CommitHash [32]byte
	Subdomain  string
	Raw        *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2ValidationCommittedEventName = "ValidationCommitted"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2ValidationCommitted) ContractEventName() string {
	return ValidationModuleV2ValidationCommittedEventName
}

// UnpackValidationCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidationCommitted(uint256 indexed jobId, address indexed validator, bytes32 commitHash, string subdomain)
func (validationModuleV2 *ValidationModuleV2) UnpackValidationCommittedEvent(log *types.Log) (*ValidationModuleV2ValidationCommitted, error) {
	event := "ValidationCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2ValidationCommitted)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2ValidationResult represents a ValidationResult event raised by the ValidationModuleV2 contract.
type ValidationModuleV2ValidationResult struct {
	JobId   *big.Int
	Success bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2ValidationResultEventName = "ValidationResult"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2ValidationResult) ContractEventName() string {
	return ValidationModuleV2ValidationResultEventName
}

// UnpackValidationResultEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidationResult(uint256 indexed jobId, bool success)
func (validationModuleV2 *ValidationModuleV2) UnpackValidationResultEvent(log *types.Log) (*ValidationModuleV2ValidationResult, error) {
	event := "ValidationResult"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2ValidationResult)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2ValidationRevealed represents a ValidationRevealed event raised by the ValidationModuleV2 contract.
type ValidationModuleV2ValidationRevealed struct {
	JobId      *big.Int
	Validator  common.Address
	Approve    bool
	BurnTxHash [32]byte
	Subdomain  string
	Raw        *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2ValidationRevealedEventName = "ValidationRevealed"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2ValidationRevealed) ContractEventName() string {
	return ValidationModuleV2ValidationRevealedEventName
}

// UnpackValidationRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidationRevealed(uint256 indexed jobId, address indexed validator, bool approve, bytes32 burnTxHash, string subdomain)
func (validationModuleV2 *ValidationModuleV2) UnpackValidationRevealedEvent(log *types.Log) (*ValidationModuleV2ValidationRevealed, error) {
	event := "ValidationRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2ValidationRevealed)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2ValidationTallied represents a ValidationTallied event raised by the ValidationModuleV2 contract.
type ValidationModuleV2ValidationTallied struct {
	JobId      *big.Int
	Success    bool
	Approvals  *big.Int
	Rejections *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2ValidationTalliedEventName = "ValidationTallied"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2ValidationTallied) ContractEventName() string {
	return ValidationModuleV2ValidationTalliedEventName
}

// UnpackValidationTalliedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidationTallied(uint256 indexed jobId, bool success, uint256 approvals, uint256 rejections)
func (validationModuleV2 *ValidationModuleV2) UnpackValidationTalliedEvent(log *types.Log) (*ValidationModuleV2ValidationTallied, error) {
	event := "ValidationTallied"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2ValidationTallied)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2ValidatorPenalized represents a ValidatorPenalized event raised by the ValidationModuleV2 contract.
type ValidationModuleV2ValidatorPenalized struct {
	JobId     *big.Int
	Validator common.Address
	Slashed   *big.Int
	Revealed  bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2ValidatorPenalizedEventName = "ValidatorPenalized"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2ValidatorPenalized) ContractEventName() string {
	return ValidationModuleV2ValidatorPenalizedEventName
}

// UnpackValidatorPenalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorPenalized(uint256 indexed jobId, address indexed validator, uint256 slashed, bool revealed)
func (validationModuleV2 *ValidationModuleV2) UnpackValidatorPenalizedEvent(log *types.Log) (*ValidationModuleV2ValidatorPenalized, error) {
	event := "ValidatorPenalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2ValidatorPenalized)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2ValidatorPoolUpdated represents a ValidatorPoolUpdated event raised by the ValidationModuleV2 contract.
type ValidationModuleV2ValidatorPoolUpdated struct {
	Pool []common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2ValidatorPoolUpdatedEventName = "ValidatorPoolUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2ValidatorPoolUpdated) ContractEventName() string {
	return ValidationModuleV2ValidatorPoolUpdatedEventName
}

// UnpackValidatorPoolUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorPoolUpdated(address[] pool)
func (validationModuleV2 *ValidationModuleV2) UnpackValidatorPoolUpdatedEvent(log *types.Log) (*ValidationModuleV2ValidatorPoolUpdated, error) {
	event := "ValidatorPoolUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2ValidatorPoolUpdated)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2ValidatorSlashingPctUpdated represents a ValidatorSlashingPctUpdated event raised by the ValidationModuleV2 contract.
type ValidationModuleV2ValidatorSlashingPctUpdated struct {
	Pct *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2ValidatorSlashingPctUpdatedEventName = "ValidatorSlashingPctUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2ValidatorSlashingPctUpdated) ContractEventName() string {
	return ValidationModuleV2ValidatorSlashingPctUpdatedEventName
}

// UnpackValidatorSlashingPctUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorSlashingPctUpdated(uint256 pct)
func (validationModuleV2 *ValidationModuleV2) UnpackValidatorSlashingPctUpdatedEvent(log *types.Log) (*ValidationModuleV2ValidatorSlashingPctUpdated, error) {
	event := "ValidatorSlashingPctUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2ValidatorSlashingPctUpdated)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2ValidatorsPerJobUpdated represents a ValidatorsPerJobUpdated event raised by the ValidationModuleV2 contract.
type ValidationModuleV2ValidatorsPerJobUpdated struct {
	Count *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2ValidatorsPerJobUpdatedEventName = "ValidatorsPerJobUpdated"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2ValidatorsPerJobUpdated) ContractEventName() string {
	return ValidationModuleV2ValidatorsPerJobUpdatedEventName
}

// UnpackValidatorsPerJobUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorsPerJobUpdated(uint256 count)
func (validationModuleV2 *ValidationModuleV2) UnpackValidatorsPerJobUpdatedEvent(log *types.Log) (*ValidationModuleV2ValidatorsPerJobUpdated, error) {
	event := "ValidatorsPerJobUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2ValidatorsPerJobUpdated)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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

// ValidationModuleV2ValidatorsSelected represents a ValidatorsSelected event raised by the ValidationModuleV2 contract.
type ValidationModuleV2ValidatorsSelected struct {
	JobId      *big.Int
	Validators []common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const ValidationModuleV2ValidatorsSelectedEventName = "ValidatorsSelected"

// ContractEventName returns the user-defined event name.
func (ValidationModuleV2ValidatorsSelected) ContractEventName() string {
	return ValidationModuleV2ValidatorsSelectedEventName
}

// UnpackValidatorsSelectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorsSelected(uint256 indexed jobId, address[] validators)
func (validationModuleV2 *ValidationModuleV2) UnpackValidatorsSelectedEvent(log *types.Log) (*ValidationModuleV2ValidatorsSelected, error) {
	event := "ValidatorsSelected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validationModuleV2.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidationModuleV2ValidatorsSelected)
	if len(log.Data) > 0 {
		if err := validationModuleV2.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validationModuleV2.abi.Events[event].Inputs {
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
func (validationModuleV2 *ValidationModuleV2) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["AlreadyRevealed"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["CommitPhaseClosed"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackCommitPhaseClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["DuplicateValidator"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackDuplicateValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["EmptyCommit"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackEmptyCommitError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["HeaderRequired"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackHeaderRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["IncompatibleModule"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackIncompatibleModuleError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["InvalidHeader"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackInvalidHeaderError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["InvalidPercentage"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackInvalidPercentageError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["InvalidReveal"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackInvalidRevealError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["InvalidRound"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackInvalidRoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["NotAuthorizedValidator"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackNotAuthorizedValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["NotCommitted"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackNotCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["NotCommitteeMember"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackNotCommitteeMemberError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["NotEnoughValidators"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackNotEnoughValidatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["NotPauser"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackNotPauserError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["OutOfRange"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["RenounceDisabled"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["RevealPhaseClosed"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackRevealPhaseClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["RevealPhaseNotOpen"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackRevealPhaseNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["RevealPhaseNotOver"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackRevealPhaseNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["SelectionExpired"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackSelectionExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["SelectionTooEarly"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackSelectionTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["UnauthorizedCaller"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackUnauthorizedCallerError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["WrongModuleKind"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackWrongModuleKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], validationModuleV2.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return validationModuleV2.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ValidationModuleV2AddressEmptyCode represents a AddressEmptyCode error raised by the ValidationModuleV2 contract.
type ValidationModuleV2AddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func ValidationModuleV2AddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (validationModuleV2 *ValidationModuleV2) UnpackAddressEmptyCodeError(raw []byte) (*ValidationModuleV2AddressEmptyCode, error) {
	out := new(ValidationModuleV2AddressEmptyCode)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2AlreadyCommitted represents a AlreadyCommitted error raised by the ValidationModuleV2 contract.
type ValidationModuleV2AlreadyCommitted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted()
func ValidationModuleV2AlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0xbfec55587600524a9afa4af6da1e1345f08fce59d99e4869f19166c295681a3a")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted()
func (validationModuleV2 *ValidationModuleV2) UnpackAlreadyCommittedError(raw []byte) (*ValidationModuleV2AlreadyCommitted, error) {
	out := new(ValidationModuleV2AlreadyCommitted)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2AlreadyRevealed represents a AlreadyRevealed error raised by the ValidationModuleV2 contract.
type ValidationModuleV2AlreadyRevealed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevealed()
func ValidationModuleV2AlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0xa89ac151620d5331775119c5df29262a0755c14eb44ace70a903df983497be6e")
}

// UnpackAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevealed()
func (validationModuleV2 *ValidationModuleV2) UnpackAlreadyRevealedError(raw []byte) (*ValidationModuleV2AlreadyRevealed, error) {
	out := new(ValidationModuleV2AlreadyRevealed)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "AlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2CommitPhaseClosed represents a CommitPhaseClosed error raised by the ValidationModuleV2 contract.
type ValidationModuleV2CommitPhaseClosed struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitPhaseClosed(uint256 deadline)
func ValidationModuleV2CommitPhaseClosedErrorID() common.Hash {
	return common.HexToHash("0xe5d218294111bddfd91ea1379595c618dd406d2ffaa363b0e3a0a8dc14cd312e")
}

// UnpackCommitPhaseClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitPhaseClosed(uint256 deadline)
func (validationModuleV2 *ValidationModuleV2) UnpackCommitPhaseClosedError(raw []byte) (*ValidationModuleV2CommitPhaseClosed, error) {
	out := new(ValidationModuleV2CommitPhaseClosed)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "CommitPhaseClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2DuplicateValidator represents a DuplicateValidator error raised by the ValidationModuleV2 contract.
type ValidationModuleV2DuplicateValidator struct {
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateValidator(address validator)
func ValidationModuleV2DuplicateValidatorErrorID() common.Hash {
	return common.HexToHash("0x41fe18cc9499f0f7be34d80dc912f4351e87d50e0e97c05ffbc8d99fe05171a3")
}

// UnpackDuplicateValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateValidator(address validator)
func (validationModuleV2 *ValidationModuleV2) UnpackDuplicateValidatorError(raw []byte) (*ValidationModuleV2DuplicateValidator, error) {
	out := new(ValidationModuleV2DuplicateValidator)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "DuplicateValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2ERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the ValidationModuleV2 contract.
type ValidationModuleV2ERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func ValidationModuleV2ERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (validationModuleV2 *ValidationModuleV2) UnpackERC1967InvalidImplementationError(raw []byte) (*ValidationModuleV2ERC1967InvalidImplementation, error) {
	out := new(ValidationModuleV2ERC1967InvalidImplementation)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2ERC1967NonPayable represents a ERC1967NonPayable error raised by the ValidationModuleV2 contract.
type ValidationModuleV2ERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func ValidationModuleV2ERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (validationModuleV2 *ValidationModuleV2) UnpackERC1967NonPayableError(raw []byte) (*ValidationModuleV2ERC1967NonPayable, error) {
	out := new(ValidationModuleV2ERC1967NonPayable)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2EmptyCommit represents a EmptyCommit error raised by the ValidationModuleV2 contract.
type ValidationModuleV2EmptyCommit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyCommit()
func ValidationModuleV2EmptyCommitErrorID() common.Hash {
	return common.HexToHash("0x37b5b73dfb88aa773070c5925db6fcb1f708a6a194affd0fa6560d44a0a00228")
}

// UnpackEmptyCommitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyCommit()
func (validationModuleV2 *ValidationModuleV2) UnpackEmptyCommitError(raw []byte) (*ValidationModuleV2EmptyCommit, error) {
	out := new(ValidationModuleV2EmptyCommit)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "EmptyCommit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2EnforcedPause represents a EnforcedPause error raised by the ValidationModuleV2 contract.
type ValidationModuleV2EnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func ValidationModuleV2EnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (validationModuleV2 *ValidationModuleV2) UnpackEnforcedPauseError(raw []byte) (*ValidationModuleV2EnforcedPause, error) {
	out := new(ValidationModuleV2EnforcedPause)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2ExpectedPause represents a ExpectedPause error raised by the ValidationModuleV2 contract.
type ValidationModuleV2ExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func ValidationModuleV2ExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (validationModuleV2 *ValidationModuleV2) UnpackExpectedPauseError(raw []byte) (*ValidationModuleV2ExpectedPause, error) {
	out := new(ValidationModuleV2ExpectedPause)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2FailedCall represents a FailedCall error raised by the ValidationModuleV2 contract.
type ValidationModuleV2FailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func ValidationModuleV2FailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (validationModuleV2 *ValidationModuleV2) UnpackFailedCallError(raw []byte) (*ValidationModuleV2FailedCall, error) {
	out := new(ValidationModuleV2FailedCall)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2HeaderRequired represents a HeaderRequired error raised by the ValidationModuleV2 contract.
type ValidationModuleV2HeaderRequired struct {
	SelectionBlock *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HeaderRequired(uint256 selectionBlock)
func ValidationModuleV2HeaderRequiredErrorID() common.Hash {
	return common.HexToHash("0x6df2f9c4a25b4d7005d89f62751222aab20813f6d45054f6a60e6af13d9a0212")
}

// UnpackHeaderRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HeaderRequired(uint256 selectionBlock)
func (validationModuleV2 *ValidationModuleV2) UnpackHeaderRequiredError(raw []byte) (*ValidationModuleV2HeaderRequired, error) {
	out := new(ValidationModuleV2HeaderRequired)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "HeaderRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2IncompatibleModule represents a IncompatibleModule error raised by the ValidationModuleV2 contract.
type ValidationModuleV2IncompatibleModule struct {
	Module   common.Address
	Version  *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IncompatibleModule(address module, uint256 version, uint256 expected)
func ValidationModuleV2IncompatibleModuleErrorID() common.Hash {
	return common.HexToHash("0x04061d127a8baae1898d82216f983269139f54b5a5d26cdac263423c87700483")
}

// UnpackIncompatibleModuleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IncompatibleModule(address module, uint256 version, uint256 expected)
func (validationModuleV2 *ValidationModuleV2) UnpackIncompatibleModuleError(raw []byte) (*ValidationModuleV2IncompatibleModule, error) {
	out := new(ValidationModuleV2IncompatibleModule)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "IncompatibleModule", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2InvalidHeader represents a InvalidHeader error raised by the ValidationModuleV2 contract.
type ValidationModuleV2InvalidHeader struct {
	SelectionBlock *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidHeader(uint256 selectionBlock)
func ValidationModuleV2InvalidHeaderErrorID() common.Hash {
	return common.HexToHash("0x6e73b2c815d3bcb380ebced2d3b37602f12823989d7160b8b9e82ea80cfda9ae")
}

// UnpackInvalidHeaderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidHeader(uint256 selectionBlock)
func (validationModuleV2 *ValidationModuleV2) UnpackInvalidHeaderError(raw []byte) (*ValidationModuleV2InvalidHeader, error) {
	out := new(ValidationModuleV2InvalidHeader)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "InvalidHeader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2InvalidInitialization represents a InvalidInitialization error raised by the ValidationModuleV2 contract.
type ValidationModuleV2InvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func ValidationModuleV2InvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (validationModuleV2 *ValidationModuleV2) UnpackInvalidInitializationError(raw []byte) (*ValidationModuleV2InvalidInitialization, error) {
	out := new(ValidationModuleV2InvalidInitialization)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2InvalidPercentage represents a InvalidPercentage error raised by the ValidationModuleV2 contract.
type ValidationModuleV2InvalidPercentage struct {
	Pct *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPercentage(uint256 pct)
func ValidationModuleV2InvalidPercentageErrorID() common.Hash {
	return common.HexToHash("0xaa3186736a71fbe83394f925f76befc82f4b6792de29094b553804a202ec3efd")
}

// UnpackInvalidPercentageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPercentage(uint256 pct)
func (validationModuleV2 *ValidationModuleV2) UnpackInvalidPercentageError(raw []byte) (*ValidationModuleV2InvalidPercentage, error) {
	out := new(ValidationModuleV2InvalidPercentage)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "InvalidPercentage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2InvalidReveal represents a InvalidReveal error raised by the ValidationModuleV2 contract.
type ValidationModuleV2InvalidReveal struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidReveal()
func ValidationModuleV2InvalidRevealErrorID() common.Hash {
	return common.HexToHash("0x9ea6d127cea9e3275fae75d6cb7ea1e8248b48930b3961cbdc11bd64a3d22b67")
}

// UnpackInvalidRevealError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidReveal()
func (validationModuleV2 *ValidationModuleV2) UnpackInvalidRevealError(raw []byte) (*ValidationModuleV2InvalidReveal, error) {
	out := new(ValidationModuleV2InvalidReveal)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "InvalidReveal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2InvalidRound represents a InvalidRound error raised by the ValidationModuleV2 contract.
type ValidationModuleV2InvalidRound struct {
	JobId  *big.Int
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidRound(uint256 jobId, uint8 status)
func ValidationModuleV2InvalidRoundErrorID() common.Hash {
	return common.HexToHash("0x4d92f738340487cf6f791574304c5429e81cd901bc8f7b77c91ebef6696a87e1")
}

// UnpackInvalidRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidRound(uint256 jobId, uint8 status)
func (validationModuleV2 *ValidationModuleV2) UnpackInvalidRoundError(raw []byte) (*ValidationModuleV2InvalidRound, error) {
	out := new(ValidationModuleV2InvalidRound)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "InvalidRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2NotAuthorizedValidator represents a NotAuthorizedValidator error raised by the ValidationModuleV2 contract.
type ValidationModuleV2NotAuthorizedValidator struct {
	Claimant common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAuthorizedValidator(address claimant)
func ValidationModuleV2NotAuthorizedValidatorErrorID() common.Hash {
	return common.HexToHash("0xadb068de01cf4c97489a799af630eab901fe9f7e07fcd0cb0348ea739f5c6bf6")
}

// UnpackNotAuthorizedValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAuthorizedValidator(address claimant)
func (validationModuleV2 *ValidationModuleV2) UnpackNotAuthorizedValidatorError(raw []byte) (*ValidationModuleV2NotAuthorizedValidator, error) {
	out := new(ValidationModuleV2NotAuthorizedValidator)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "NotAuthorizedValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2NotCommitted represents a NotCommitted error raised by the ValidationModuleV2 contract.
type ValidationModuleV2NotCommitted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCommitted()
func ValidationModuleV2NotCommittedErrorID() common.Hash {
	return common.HexToHash("0x81791cb43e68aa2787915f848c31dc1c72f0105a3515ef1351d4a682bdf3133c")
}

// UnpackNotCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCommitted()
func (validationModuleV2 *ValidationModuleV2) UnpackNotCommittedError(raw []byte) (*ValidationModuleV2NotCommitted, error) {
	out := new(ValidationModuleV2NotCommitted)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "NotCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2NotCommitteeMember represents a NotCommitteeMember error raised by the ValidationModuleV2 contract.
type ValidationModuleV2NotCommitteeMember struct {
	JobId  *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCommitteeMember(uint256 jobId, address caller)
func ValidationModuleV2NotCommitteeMemberErrorID() common.Hash {
	return common.HexToHash("0x38ba437ab34536e01113591bc41de60127332e1dafb89f920f5d6b2adc08a6eb")
}

// UnpackNotCommitteeMemberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCommitteeMember(uint256 jobId, address caller)
func (validationModuleV2 *ValidationModuleV2) UnpackNotCommitteeMemberError(raw []byte) (*ValidationModuleV2NotCommitteeMember, error) {
	out := new(ValidationModuleV2NotCommitteeMember)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "NotCommitteeMember", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2NotEnoughValidators represents a NotEnoughValidators error raised by the ValidationModuleV2 contract.
type ValidationModuleV2NotEnoughValidators struct {
	Found  *big.Int
	Needed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughValidators(uint256 found, uint256 needed)
func ValidationModuleV2NotEnoughValidatorsErrorID() common.Hash {
	return common.HexToHash("0x05b9b4130ffcfe9aa5cbf9ceb897b98391d6afc29fafd61e57862b450ae46a79")
}

// UnpackNotEnoughValidatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughValidators(uint256 found, uint256 needed)
func (validationModuleV2 *ValidationModuleV2) UnpackNotEnoughValidatorsError(raw []byte) (*ValidationModuleV2NotEnoughValidators, error) {
	out := new(ValidationModuleV2NotEnoughValidators)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "NotEnoughValidators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2NotInitializing represents a NotInitializing error raised by the ValidationModuleV2 contract.
type ValidationModuleV2NotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func ValidationModuleV2NotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (validationModuleV2 *ValidationModuleV2) UnpackNotInitializingError(raw []byte) (*ValidationModuleV2NotInitializing, error) {
	out := new(ValidationModuleV2NotInitializing)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2NotPauser represents a NotPauser error raised by the ValidationModuleV2 contract.
type ValidationModuleV2NotPauser struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPauser(address caller)
func ValidationModuleV2NotPauserErrorID() common.Hash {
	return common.HexToHash("0x206a346e13ac829b87065741a38813b204c7b4a46c9fb833bcd8141d92675a78")
}

// UnpackNotPauserError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPauser(address caller)
func (validationModuleV2 *ValidationModuleV2) UnpackNotPauserError(raw []byte) (*ValidationModuleV2NotPauser, error) {
	out := new(ValidationModuleV2NotPauser)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "NotPauser", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2OutOfRange represents a OutOfRange error raised by the ValidationModuleV2 contract.
type ValidationModuleV2OutOfRange struct {
	Value *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutOfRange(uint256 value, uint256 min, uint256 max)
func ValidationModuleV2OutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x4a0dd9bd2b71ccd8a685c2cf53dbccdbcf00bfea540b5e615a92c529622f917f")
}

// UnpackOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutOfRange(uint256 value, uint256 min, uint256 max)
func (validationModuleV2 *ValidationModuleV2) UnpackOutOfRangeError(raw []byte) (*ValidationModuleV2OutOfRange, error) {
	out := new(ValidationModuleV2OutOfRange)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "OutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2OwnableInvalidOwner represents a OwnableInvalidOwner error raised by the ValidationModuleV2 contract.
type ValidationModuleV2OwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ValidationModuleV2OwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (validationModuleV2 *ValidationModuleV2) UnpackOwnableInvalidOwnerError(raw []byte) (*ValidationModuleV2OwnableInvalidOwner, error) {
	out := new(ValidationModuleV2OwnableInvalidOwner)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2OwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the ValidationModuleV2 contract.
type ValidationModuleV2OwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ValidationModuleV2OwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (validationModuleV2 *ValidationModuleV2) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ValidationModuleV2OwnableUnauthorizedAccount, error) {
	out := new(ValidationModuleV2OwnableUnauthorizedAccount)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2ReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the ValidationModuleV2 contract.
type ValidationModuleV2ReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func ValidationModuleV2ReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (validationModuleV2 *ValidationModuleV2) UnpackReentrancyGuardReentrantCallError(raw []byte) (*ValidationModuleV2ReentrancyGuardReentrantCall, error) {
	out := new(ValidationModuleV2ReentrancyGuardReentrantCall)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2RenounceDisabled represents a RenounceDisabled error raised by the ValidationModuleV2 contract.
type ValidationModuleV2RenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RenounceDisabled()
func ValidationModuleV2RenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x8905116560d0223388013a6344e0f340294b54bf7b203773dd2cb8f2e5a0d511")
}

// UnpackRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RenounceDisabled()
func (validationModuleV2 *ValidationModuleV2) UnpackRenounceDisabledError(raw []byte) (*ValidationModuleV2RenounceDisabled, error) {
	out := new(ValidationModuleV2RenounceDisabled)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2RevealPhaseClosed represents a RevealPhaseClosed error raised by the ValidationModuleV2 contract.
type ValidationModuleV2RevealPhaseClosed struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealPhaseClosed(uint256 deadline)
func ValidationModuleV2RevealPhaseClosedErrorID() common.Hash {
	return common.HexToHash("0xbd40ebbc3c53df43b97e9991e8e6ac988875ef29283886c4c0d89408f7fd0c5b")
}

// UnpackRevealPhaseClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealPhaseClosed(uint256 deadline)
func (validationModuleV2 *ValidationModuleV2) UnpackRevealPhaseClosedError(raw []byte) (*ValidationModuleV2RevealPhaseClosed, error) {
	out := new(ValidationModuleV2RevealPhaseClosed)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "RevealPhaseClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2RevealPhaseNotOpen represents a RevealPhaseNotOpen error raised by the ValidationModuleV2 contract.
type ValidationModuleV2RevealPhaseNotOpen struct {
	CommitDeadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealPhaseNotOpen(uint256 commitDeadline)
func ValidationModuleV2RevealPhaseNotOpenErrorID() common.Hash {
	return common.HexToHash("0xdaa518491722fd0438bc1d52ae6c5e08a062e47362d122cd4206efd4824c4d0d")
}

// UnpackRevealPhaseNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealPhaseNotOpen(uint256 commitDeadline)
func (validationModuleV2 *ValidationModuleV2) UnpackRevealPhaseNotOpenError(raw []byte) (*ValidationModuleV2RevealPhaseNotOpen, error) {
	out := new(ValidationModuleV2RevealPhaseNotOpen)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "RevealPhaseNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2RevealPhaseNotOver represents a RevealPhaseNotOver error raised by the ValidationModuleV2 contract.
type ValidationModuleV2RevealPhaseNotOver struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealPhaseNotOver(uint256 deadline)
func ValidationModuleV2RevealPhaseNotOverErrorID() common.Hash {
	return common.HexToHash("0x7a043cb1426df727164c3cc119e51269822ea68031ede41283d16ceb779d289d")
}

// UnpackRevealPhaseNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealPhaseNotOver(uint256 deadline)
func (validationModuleV2 *ValidationModuleV2) UnpackRevealPhaseNotOverError(raw []byte) (*ValidationModuleV2RevealPhaseNotOver, error) {
	out := new(ValidationModuleV2RevealPhaseNotOver)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "RevealPhaseNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2SelectionExpired represents a SelectionExpired error raised by the ValidationModuleV2 contract.
type ValidationModuleV2SelectionExpired struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SelectionExpired(uint256 jobId)
func ValidationModuleV2SelectionExpiredErrorID() common.Hash {
	return common.HexToHash("0xc312d2cca1f8fd1265eae05179bf47f4518f5875d552f5e582a090fae5362108")
}

// UnpackSelectionExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SelectionExpired(uint256 jobId)
func (validationModuleV2 *ValidationModuleV2) UnpackSelectionExpiredError(raw []byte) (*ValidationModuleV2SelectionExpired, error) {
	out := new(ValidationModuleV2SelectionExpired)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "SelectionExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2SelectionTooEarly represents a SelectionTooEarly error raised by the ValidationModuleV2 contract.
type ValidationModuleV2SelectionTooEarly struct {
	SelectionBlock *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SelectionTooEarly(uint256 selectionBlock)
func ValidationModuleV2SelectionTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x6c9d3c835073e5e91a632e48958258780f1e1da7f5d15e18301d8fdec820dd29")
}

// UnpackSelectionTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SelectionTooEarly(uint256 selectionBlock)
func (validationModuleV2 *ValidationModuleV2) UnpackSelectionTooEarlyError(raw []byte) (*ValidationModuleV2SelectionTooEarly, error) {
	out := new(ValidationModuleV2SelectionTooEarly)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "SelectionTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2UUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the ValidationModuleV2 contract.
type ValidationModuleV2UUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func ValidationModuleV2UUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (validationModuleV2 *ValidationModuleV2) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*ValidationModuleV2UUPSUnauthorizedCallContext, error) {
	out := new(ValidationModuleV2UUPSUnauthorizedCallContext)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2UUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the ValidationModuleV2 contract.
type ValidationModuleV2UUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func ValidationModuleV2UUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (validationModuleV2 *ValidationModuleV2) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*ValidationModuleV2UUPSUnsupportedProxiableUUID, error) {
	out := new(ValidationModuleV2UUPSUnsupportedProxiableUUID)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2UnauthorizedCaller represents a UnauthorizedCaller error raised by the ValidationModuleV2 contract.
type ValidationModuleV2UnauthorizedCaller struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnauthorizedCaller(address caller)
func ValidationModuleV2UnauthorizedCallerErrorID() common.Hash {
	return common.HexToHash("0xd86ad9cfaa7befeb3f173b3707581b7abd2af82a8982c91af7ea00f9ee034b67")
}

// UnpackUnauthorizedCallerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnauthorizedCaller(address caller)
func (validationModuleV2 *ValidationModuleV2) UnpackUnauthorizedCallerError(raw []byte) (*ValidationModuleV2UnauthorizedCaller, error) {
	out := new(ValidationModuleV2UnauthorizedCaller)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "UnauthorizedCaller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2WrongModuleKind represents a WrongModuleKind error raised by the ValidationModuleV2 contract.
type ValidationModuleV2WrongModuleKind struct {
	Module   common.Address
	Kind     [32]byte
	Expected [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongModuleKind(address module, bytes32 kind, bytes32 expected)
func ValidationModuleV2WrongModuleKindErrorID() common.Hash {
	return common.HexToHash("0x44f2c35f376ff0539713a6bba637aa2eab154c44e86fbb26bfeaeb7a309d8787")
}

// UnpackWrongModuleKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongModuleKind(address module, bytes32 kind, bytes32 expected)
func (validationModuleV2 *ValidationModuleV2) UnpackWrongModuleKindError(raw []byte) (*ValidationModuleV2WrongModuleKind, error) {
	out := new(ValidationModuleV2WrongModuleKind)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "WrongModuleKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidationModuleV2ZeroAddress represents a ZeroAddress error raised by the ValidationModuleV2 contract.
type ValidationModuleV2ZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ValidationModuleV2ZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (validationModuleV2 *ValidationModuleV2) UnpackZeroAddressError(raw []byte) (*ValidationModuleV2ZeroAddress, error) {
	out := new(ValidationModuleV2ZeroAddress)
	if err := validationModuleV2.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
