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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"CommitPhaseClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"DuplicateValidator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyCommit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"IncompatibleModule\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"InvalidPercentage\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidReveal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"InvalidRound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"}],\"name\":\"NotAuthorizedValidator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCommitteeMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"found\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"NotEnoughValidators\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPauser\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"OutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RenounceDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"RevealPhaseClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitDeadline\",\"type\":\"uint256\"}],\"name\":\"RevealPhaseNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"RevealPhaseNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"selectionBlock\",\"type\":\"uint256\"}],\"name\":\"SelectionTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"UnauthorizedCaller\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"ApprovalThresholdUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"commitWindow\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"revealWindow\",\"type\":\"uint256\"}],\"name\":\"CommitRevealWindowsUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"IdentityRegistryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"JobRegistryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"MinValidatorStakeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"pauser\",\"type\":\"address\"}],\"name\":\"PauserUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"ReputationEngineUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"name\":\"RevealQuorumUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"StakeManagerUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"}],\"name\":\"ValidationCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"ValidationResult\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approve\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"burnTxHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"}],\"name\":\"ValidationRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rejections\",\"type\":\"uint256\"}],\"name\":\"ValidationTallied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"revealed\",\"type\":\"bool\"}],\"name\":\"ValidatorPenalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"pool\",\"type\":\"address[]\"}],\"name\":\"ValidatorPoolUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"ValidatorSlashingPctUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"ValidatorsPerJobUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"validators\",\"type\":\"address[]\"}],\"name\":\"ValidatorsSelected\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COMMITTEE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_POOL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MODULE_VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"approvalThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"commitValidation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"commitWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"}],\"name\":\"commitments\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"jobNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minValidatorStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauser\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reputationEngine\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revealQuorum\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"approve\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"burnTxHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"},{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"name\":\"revealValidation\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revealWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"rewardees\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"out\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"round\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"selectionBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commitDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commits\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reveals\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"approvals\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"quorum\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"selectValidators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"committee\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"setApprovalThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitWindow_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealWindow_\",\"type\":\"uint256\"}],\"name\":\"setCommitRevealWindows\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setIdentityRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setJobRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"setMinValidatorStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pauser_\",\"type\":\"address\"}],\"name\":\"setPauser\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setReputationEngine\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"name\":\"setRevealQuorum\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setStakeManager\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"pool\",\"type\":\"address[]\"}],\"name\":\"setValidatorPool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"setValidatorSlashingPct\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"setValidatorsPerJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakeManager\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"start\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validatorPool\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validatorSlashingPct\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"validators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"out\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validatorsPerJob\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "ValidationModule",
	Bin: "0x60a080604052346100c257306080525f5160206136ca5f395f51905f525460ff8160401c166100b3576002600160401b03196001600160401b03821601610060575b60405161360390816100c7823960805181818161149701526117b50152f35b6001600160401b0319166001600160401b039081175f5160206136ca5f395f51905f525581527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d290602090a15f80610041565b63f92ee8a960e01b5f5260045ffd5b5f80fdfe60e06040526004361015610011575f80fd5b5f3560e01c8062dc34c114612bc1578063017ddd3514612b8557806305261aea146126865780630e7c67fc14612605578063134e18f4146125d157806319bce800146125a257806323682c471461256e5780632465aea014611d3d5780632926e45d14611c995780632c3c91c914611c7e5780632d88af4a14611c0657806334d5f37b14611b2e57806335aa2e4414611a5f5780633644e51514611a3d5780633f4ba83a1461196d578063406990051461193a5780634f1ef2861461172f57806352322447146114eb57806352d1902d1461148557806354fd4d50146112045780635a8d23ec146114565780635c975abb146114255780636bb5090c14611391578063714714b3146112f7578063715018a6146112d05780637542ff951461129c57806379ba50971461124e5780637d0eef611461121f57806381ed9808146112045780638456cb5914611135578063863d22c7146111025780638c04b61b1461108c5780638da5cb5b146110585780638dd5c0d61461103d5780638ed9669b14610f9257806395805dad14610e905780639fd0506d14610e5c578063a0016b8c14610db8578063ad3cb1cc14610d5a578063bc55833014610a0c578063be43887c146109d3578063c3f677ef1461098c578063c4d66de8146107c3578063cbf3f86114610742578063cd196d5314610464578063d3601585146103f9578063d4c6d1de146103de578063d780b157146103a2578063e30c39781461036e578063e90d4c0614610313578063f2fde38b1461028f5763f87770f514610254575f80fd5b3461028b57602036600319011261028b57610287610273600435612f6f565b604051918291602083526020830190612c6e565b0390f35b5f80fd5b3461028b57602036600319011261028b576102a8612c42565b6102b061307b565b5f5160206135e35f395f51905f5280546001600160a01b0319166001600160a01b039283169081179091555f5160206134835f395f51905f52549091167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227005f80a3005b3461028b57604036600319011261028b576024356001600160a01b038116810361028b576004355f525f5160206134a35f395f51905f5260205260405f209060018060a01b03165f52602052602060405f2054604051908152f35b3461028b575f36600319011261028b575f5160206135e35f395f51905f52546040516001600160a01b039091168152602090f35b3461028b57602036600319011261028b576004355f525f5160206135a35f395f51905f52602052602060ff60405f205460b81c16604051908152f35b3461028b575f36600319011261028b57610287610273612ef6565b3461028b57602036600319011261028b577fb7033ce9e6637ec7440c1d00d64b80c0384897f58adc3d5dbfe9cc0ee43a6d9e602060043561043861307b565b807fe38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f090455604051908152a1005b3461028b57608036600319011261028b576024356004356044356001600160401b03811161028b5761049a903690600401612d16565b92906064356001600160401b03811161028b576104bb903690600401612ce6565b929060ff5f5160206135235f395f51905f525460c81c16610733576104de61316a565b845f525f5160206135a35f395f51905f5260205260405f209061050082612d43565b9060ff610100830151166002810361071d575064ffffffffff60208301511680421161070b575083156106fc5760809561054160ff60608501511689613319565b979093019661ffff84895116166106ed57159182610614575b50506106015761ffff7f7cc9228a6cbc350e280f28c65b1643e62b401b122e8c134c2aec3842d5e9400a95875f525f5160206134a35f395f51905f5260205260405f2060018060a01b0333165f526020528460405f205551161781549061ffff60881b9060881b169061ffff60881b19161790556105ec60405192839283526040602084015233966040840191612ed6565b0390a35f5f5160206135835f395f51905f525d005b6356d8346f60e11b5f523360045260245ffd5b5f5160206135035f395f51905f525460405163e8c84e3160e01b81523360048201526060602482015293509091906001600160a01b0316610659606485018c8a612ed6565b848103600319016044860152828152926001600160fb1b03831161028b576020858094928296829460051b809285830137010301915afa9081156106e2575f916106a7575b5015888061055a565b90506020813d6020116106da575b816106c260209383612cc5565b8101031261028b5751801515810361028b578861069e565b3d91506106b5565b6040513d5f823e3d90fd5b6317fd8aab60e31b5f5260045ffd5b6337b5b73d60e01b5f5260045ffd5b63e5d2182960e01b5f5260045260245ffd5b876309b25ee760e31b5f5260045260245260445ffd5b63d93c066560e01b5f5260045ffd5b3461028b57602036600319011261028b577f4462ba50fcfa33455e489aea1f3b660d53614c6283f422609f65a2e91f9a1e65602061077e612c42565b61078661307b565b61078f8161309b565b5f5160206135035f395f51905f5280546001600160a01b0319166001600160a01b03929092169182179055604051908152a1005b3461028b57602036600319011261028b576107dc612c42565b5f5160206135c35f395f51905f52549060ff8260401c1615916001600160401b03811680159081610984575b600114908161097a575b159081610971575b506109625767ffffffffffffffff1981166001175f5160206135c35f395f51905f525582610936575b5061084c6133ab565b6001600160a01b0381161561092757610874906108676133ab565b61086f6133ab565b613291565b5f5160206134e35f395f51905f52805469ffffffffffffffffffff60a01b191665e100000000e160a41b1790555f5160206135235f395f51905f5280546401320a330360a01b64ffffffffff60a01b199091161790556108d057005b68ff0000000000000000195f5160206135c35f395f51905f5254165f5160206135c35f395f51905f52557fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2602060405160018152a1005b63d92e233d60e01b5f5260045ffd5b68ffffffffffffffffff191668010000000000000001175f5160206135c35f395f51905f525582610843565b63f92ee8a960e01b5f5260045ffd5b9050158461081a565b303b159150610812565b849150610808565b3461028b575f36600319011261028b577fe38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0903546040516001600160a01b039091168152602090f35b3461028b575f36600319011261028b5760405f5160206135235f395f51905f525460ff825191818160b81c16835260c01c166020820152f35b3461028b5760c036600319011261028b57600435602435908115159182810361028b576044356084356001600160401b03811161028b57610a51903690600401612d16565b949060a4356001600160401b03811161028b57610a72903690600401612ce6565b505060ff5f5160206135235f395f51905f525460c81c1661073357610a9561316a565b845f525f5160206135a35f395f51905f5260205260405f2090610ab782612d43565b9160ff610100840151166002810361071d575064ffffffffff60208401511680421115610d48575064ffffffffff604084015116804211610d365750610b0460ff60608501511688613319565b5061ffff816080860151161615610d275760a084019361ffff8286511616610d18575f5160206134e35f395f51905f5254604051630d99956960e11b8152600481018b905290602090829060249082906001600160a01b03165afa9081156106e2575f91610ce6575b5060ff60e083015116906040519060208201928352604082015287606082015288608082015260808152610ba260a082612cc5565b519020610bad61321f565b6040519060208201928c8452604083015260643560608301523360808301524660a083015260c082015260c08152610be660e082612cc5565b5190205f8a81525f5160206134a35f395f51905f526020908152604080832033845290915290205403610cd7575f8981525f5160206134a35f395f51905f52602090815260408083203384529091528120559351825461ffff60981b191661ffff91909116821760981b61ffff60981b161782557fbc5d785a80a241e30a6eee5f5170b0ecab7a1e2c2aa88207f579db3d09521297966105ec9490610ca9575b505050604051938493845260208401526060604084015233966060840191612ed6565b60c00151825461ffff60a81b191661ffff919091169190911760a81b61ffff60a81b16179055878080610c86565b639ea6d12760e01b5f5260045ffd5b90506020813d602011610d10575b81610d0160209383612cc5565b8101031261028b57518b610b6d565b3d9150610cf4565b63a89ac15160e01b5f5260045ffd5b63205e472d60e21b5f5260045ffd5b632f503aef60e21b5f5260045260245ffd5b63daa5184960e01b5f5260045260245ffd5b3461028b575f36600319011261028b576040805190610d798183612cc5565b600582526020820191640352e302e360dc1b83528151928391602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b3461028b57602036600319011261028b57600435610dd461307b565b600181108015610e52575b610e36575f5160206135235f395f51905f52805460ff60a81b191660a883901b60ff60a81b161790556040519081527f3105a3dc553e12034caac9827a83c245fe17eef4ee1eedb45238ac7449a5bbec90602090a1005b634a0dd9bd60e01b5f526004526001602452606460445260645ffd5b5060648111610ddf565b3461028b575f36600319011261028b575f5160206135635f395f51905f52546040516001600160a01b039091168152602090f35b3461028b57602036600319011261028b575f5160206134e35f395f51905f5254600435906001600160a01b03163303610f7f57805f525f5160206135a35f395f51905f5260205260405f209081549060ff8260c01c169081151580610f74575b610f5f57505060014301804311610f4b5760019165ffffffffffff60ff92169065ffffffffffff19161780845560b81c160160ff8111610f4b57815461ffff60b81b191660b89190911b60ff60b81b1617600160c01b179055005b634e487b7160e01b5f52601160045260245ffd5b6309b25ee760e31b5f5260045260245260445ffd5b506003821415610ef0565b63d86ad9cf60e01b5f523360045260245ffd5b3461028b57610fa036612c58565b90610fa961307b565b610fb2816132fc565b60108211611021575f5160206135235f395f51905f52805461ffff60b81b191660b883901b60ff60b81b161760c084901b60ff60c01b161790556040805191825260208201929092527f5812ca785a2799554b9527c01edb4b45236c8d388ee19dbe9ffdead937fe61399190a1005b50634a0dd9bd60e01b5f526004525f602452601060445260645ffd5b3461028b575f36600319011261028b57602060405160108152f35b3461028b575f36600319011261028b575f5160206134835f395f51905f52546040516001600160a01b039091168152602090f35b3461028b57602036600319011261028b577f324cfe307b18ed996a287b9700c95938c198c683fab919ab0646ec6e6ddcc41860206004356110cb61307b565b6110d4816132fc565b5f5160206135235f395f51905f52805460ff60b01b191660b083901b60ff60b01b16179055604051908152a1005b3461028b575f36600319011261028b57602064ffffffffff5f5160206134e35f395f51905f525460c81c16604051908152f35b3461028b575f36600319011261028b575f5160206134835f395f51905f52546001600160a01b0316331415806111e3575b6111d05760ff5f5160206135235f395f51905f525460c81c16610733575f5160206135235f395f51905f52805460ff60c81b1916600160c81b1790556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602090a1005b6310351a3760e11b5f523360045260245ffd5b505f5160206135635f395f51905f52546001600160a01b0316331415611166565b3461028b575f36600319011261028b57602060405160018152f35b3461028b575f36600319011261028b57602060ff5f5160206135235f395f51905f525460a81c16604051908152f35b3461028b575f36600319011261028b575f5160206135e35f395f51905f5254336001600160a01b03909116036112895761128733613291565b005b63118cdaa760e01b5f523360045260245ffd5b3461028b575f36600319011261028b575f5160206135235f395f51905f52546040516001600160a01b039091168152602090f35b3461028b575f36600319011261028b576112e861307b565b638905116560e01b5f5260045ffd5b3461028b577f9ec3cb04dcb9e0afc0c640e047f438e7ab83fad35532aeaae70b2cd897eb3277604061132836612c58565b61133061307b565b611339826131e3565b611342816131e3565b5f5160206134e35f395f51905f52805469ffffffffffffffffffff60a01b191660a084901b64ffffffffff60a01b161760c883901b64ffffffffff60c81b1617905582519182526020820152a1005b3461028b57602036600319011261028b577f495ba31599b9b5fb189113a43ff60ed244b7e90d2e63e9283c2a5151037065a660206113cd612c42565b6113d561307b565b6113de8161309b565b7fe38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f090380546001600160a01b0319166001600160a01b03929092169182179055604051908152a1005b3461028b575f36600319011261028b57602060ff5f5160206135235f395f51905f525460c81c166040519015158152f35b3461028b575f36600319011261028b57602060ff5f5160206135235f395f51905f525460a01c16604051908152f35b3461028b575f36600319011261028b577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031630036114dc5760206040515f5160206135435f395f51905f528152f35b63703e46dd60e11b5f5260045ffd5b3461028b57602036600319011261028b576004356001600160401b03811161028b5761151b903690600401612ce6565b61152361307b565b60808111611714575f5b81811061167357506001600160401b03811161165f5768010000000000000000811161165f575f5160206134c35f395f51905f5254815f5160206134c35f395f51905f5255808210611628575b50815f5160206134c35f395f51905f525f5260205f20905f5b83811061160d5750505060405190806020830160208452526040820192905f905b8082106115e3577f27cd4f10546540ea2503d2f67667f988e680b25d48fdc2c9fab90fd3a2624d5d84860385a1005b90919384359060018060a01b03821680920361028b576020816001938293520195019201906115b4565b600190602061161b84612ec2565b9301928185015501611593565b5f5160206134c35f395f51905f525f52818060205f20019103905f5b82811061165257505061157a565b5f82820155600101611644565b634e487b7160e01b5f52604160045260245ffd5b906001600160a01b0361168f61168a848487612eb2565b612ec2565b1615610927575f5b8281106116a857509060010161152d565b6116b661168a828487612eb2565b6001600160a01b036116cc61168a868689612eb2565b6001600160a01b039092169116146116e657600101611697565b6116f461168a848487612eb2565b63107f863360e21b5f9081526001600160a01b0391909116600452602490fd5b634a0dd9bd60e01b5f526004525f602452608060445260645ffd5b604036600319011261028b57611743612c42565b602435906001600160401b03821161028b573660238301121561028b5781600401356001600160401b03811161165f576040519261178b601f8301601f191660200185612cc5565b818452366024838301011161028b57815f9260246020930183870137840101526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016308114908115611918575b506114dc576117ed61307b565b6117f68161309b565b6040516352d1902d60e01b81526001600160a01b0382169290602081600481875afa5f91816118e4575b506118385783634c9c8ce360e01b5f5260045260245ffd5b805f5160206135435f395f51905f528592036118d25750823b156118c0575f5160206135435f395f51905f5280546001600160a01b031916821790557fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b5f80a28051156118a857611287916133d6565b5050346118b157005b63b398979f60e01b5f5260045ffd5b634c9c8ce360e01b5f5260045260245ffd5b632a87526960e21b5f5260045260245ffd5b9091506020813d602011611910575b8161190060209383612cc5565b8101031261028b57519085611820565b3d91506118f3565b5f5160206135435f395f51905f52546001600160a01b031614159050836117e0565b3461028b575f36600319011261028b57602064ffffffffff5f5160206134e35f395f51905f525460a01c16604051908152f35b3461028b575f36600319011261028b575f5160206134835f395f51905f52546001600160a01b031633141580611a1c575b6111d05760ff5f5160206135235f395f51905f525460c81c1615611a0d5760ff60c81b195f5160206135235f395f51905f5254165f5160206135235f395f51905f52557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a1005b638dfc202b60e01b5f5260045ffd5b505f5160206135635f395f51905f52546001600160a01b031633141561199e565b3461028b575f36600319011261028b576020611a5761321f565b604051908152f35b3461028b57602036600319011261028b57600435805f525f5160206135a35f395f51905f52602052600260ff60405f205460c01c1610155f14611b2657805f525f5160206135a35f395f51905f5260205260ff8060405f205460801c165b16611ac781612e80565b915f5b828110611ae7576040516020808252819061028790820187612c6e565b600190825f525f5160206134635f395f51905f52602052611b0b8160405f20612e3e565b50828060a01b03905416611b1f8287612e16565b5201611aca565b60ff5f611abd565b3461028b57602036600319011261028b576004355f525f5160206135a35f395f51905f52602052610120611b6460405f20612d43565b60ff610100820151169065ffffffffffff8151169064ffffffffff60208201511664ffffffffff604083015116611ba261ffff60808501511661319f565b611bb361ffff60a08601511661319f565b91611bc561ffff60c08701511661319f565b93610140898701511515960151151596604051988952602089015260408801526060870152608086015260a085015260c084015260e0830152610100820152f35b3461028b57602036600319011261028b577fa4336c0cb1e245b95ad204faed7e940d6dc999684fd8b5e1ff597a0c4efca8ab6020611c42612c42565b611c4a61307b565b5f5160206135635f395f51905f5280546001600160a01b0319166001600160a01b03929092169182179055604051908152a1005b3461028b575f36600319011261028b57602060405160808152f35b3461028b57602036600319011261028b57600435611cb561307b565b600181108015611d33575b611d17575f5160206135235f395f51905f52805460ff60a01b191660a083901b60ff60a01b161790556040519081527fcf76724c5ecf400f321a85900c57da5840283fe705dfb828bc7da931e14fa94d90602090a1005b634a0dd9bd60e01b5f526004526001602452601060445260645ffd5b5060108111611cc0565b3461028b57611d4b36612c58565b5060c0525f5160206135235f395f51905f525460c81c60ff1661073357611d7061316a565b60c0515f525f5160206135a35f395f51905f52602052611d9260405f20612d43565b60ff6101008201511660018103612556575065ffffffffffff81511680431115612544575065ffffffffffff81511640908115612530575b60e060ff91015116604051906020820192835260c0516040830152606082015260608152611df9608082612cc5565b5190205f611e05612ef6565b905f5160206135235f395f51905f5254907fe38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0904545f60405180809363115fbfe960e31b825260406004830152611e5d6044830189612c6e565b602483019190915203816001600160a01b0387165afa80156106e2575f60a05261249e575b505f5160206134e35f395f51905f525460408051637df82b7f60e11b815260c05160048201529291839060249082906001600160a01b03165afa9283156106e2575f925f94612455575b505f5160206135035f395f51905f52545f60808190526001600160a01b03909116905b8651811015611f82576001600160a01b03611f0a8289612e16565b51166001600160a01b038616148015611f5d575b611f4a575b611f2f8160a051612e16565b5160805101908160805111610f4b5760019160805201611eef565b5f611f578260a051612e16565b52611f23565b506001600160a01b03611f708289612e16565b51166001600160a01b03871614611f1e565b508686611f9460ff8560a01c16612e80565b935f915f915b60ff8160a01c16841061222357878780519160c0515f525f5160206134635f395f51905f5260205260405f20905f5b848110612193575050505f5160206134e35f395f51905f525461200764ffffffffff611ffc818460a01c16824216612e4d565b9260c81c1682612e4d565b60c0515f9081525f5160206135a35f395f51905f5260205260409020805478ff00ffffffffffffffffffffffffffffffffff000000000000191660809590951b60ff60801b169490941760309290921b6affffffffff0000000000001691909117605882901b64ffffffffff60581b1617600160c11b179092555f5160206135235f395f51905f52545f5160206134e35f395f51905f525464ffffffffff93841660c89190911c90931692909201916001600160a01b03166001600160401b038311610f4b57803b1561028b575f92839160405180958180946303a192bf60e01b8252604060048301526001600160401b03612106604484018a612c6e565b9116602483015203925af19182156106e25761028792612183575b50604051602081527f7f51ba7f3207e5d2279f2c1f4751101845cf575e8e7f40670b7b6c356c7a2f7260c051918061215c6020820186612c6e565b0390a25f5f5160206135835f395f51905f525d604051918291602083526020830190612c6e565b5f61218d91612cc5565b82612121565b6001600160a01b036121a58286612e16565b511690604051916121b583612caa565b8252602082016001821b8416151581526121cf8286612e3e565b919091612210579251815493516001600160a81b03199094166001600160a01b03919091161792151560a01b60ff60a01b1692909217909155600101611fc9565b634e487b7160e01b5f525f60045260245ffd5b6122338460ff8360a01c16612df6565b61223c81612e80565b905f5b81811061233c575b50604080516306c2db3160e41b8152602060048201529290838061226e6024820185612c6e565b03818c5afa9081156106e2575f935f92612302575b505f5b838110612297575050505050611f9a565b6001819d9c9b9a999d1b8086166122f35783166122e6575b6001908b9c9d6122de83809d9e9c9d60a01b036122cc8487612e16565b5116916122d881612f61565b9c612e16565b525b01612286565b60018d1b909b179a6122af565b506001909c98999a9b9c6122e0565b935090506040833d8211612334575b8161231e60409383612cc5565b8101031261028b5760208351930151908c612283565b3d9150612311565b979499919695909398926080511561241f576123578b612f61565b9a6040516020810191898352604082015260408152612377606082612cc5565b5190206080515f9891065b61238e8960a051612e16565b5181106123bb576123af6123b5916123a88b60a051612e16565b5190612df6565b98612f61565b97612382565b509297959a91969860019194999a959a6123e36123da8260a051612e16565b51608051612df6565b6080525f6123f38260a051612e16565b52612404838060a01b039188612e16565b51166124108289612e16565b5201999798909491969961223f565b929893509495909893968015612438578082528a612247565b60ff83876305b9b41360e01b5f5260045260a01c1660245260445ffd5b925092506040823d604011612496575b8161247260409383612cc5565b8101031261028b5761248f6020612488846131cf565b93016131cf565b9286611ecc565b3d9150612465565b3d805f833e6124ad8183612cc5565b81019060208183031261028b578051906001600160401b03821161028b57019080601f8301121561028b5781516124e381612e69565b926124f16040519485612cc5565b81845260208085019260051b82010192831161028b57602001905b8282106125205750505060a0526024611e82565b815181526020918201910161250c565b90505f194301438111610f4b574090611dca565b636c9d3c8360e01b5f5260045260245ffd5b6309b25ee760e31b5f5260c05160045260245260445ffd5b3461028b575f36600319011261028b575f5160206134e35f395f51905f52546040516001600160a01b039091168152602090f35b3461028b575f36600319011261028b57602060ff5f5160206135235f395f51905f525460b01c16604051908152f35b3461028b575f36600319011261028b575f5160206135035f395f51905f52546040516001600160a01b039091168152602090f35b3461028b57602036600319011261028b577f18c7cdf94f8233bc399bdc8cb14514437756e7e9c583510d72b3a337f33b14a76020612641612c42565b61264961307b565b6126528161309b565b5f5160206135235f395f51905f5280546001600160a01b0319166001600160a01b03929092169182179055604051908152a1005b3461028b57602036600319011261028b5760ff5f5160206135235f395f51905f525460c81c16610733576126b861316a565b6004355f525f5160206135a35f395f51905f5260205260405f206126db81612d43565b9060ff6101008301511660028103612b6d5750600160ff6060840151161b5f198101908111610f4b5761ffff169064ffffffffff6040840151168042111580612b5b575b612b49575061273561ffff60a08501511661319f565b9260c081019261274961ffff85511661319f565b936127548587612df6565b9360ff6060850151169661277e5f5160206135235f395f51905f52549860ff8a60b81c1690612e03565b60638101809111610f4b576064900460ff8960c01c16808210612b41575b508110159788612b37575b889392919084612b01575b5050805460ff60d01b1961ffff60c01b199091168915801560c81b60ff60c81b1691909117600360c01b179190911684151560d01b60ff60d01b161790915561ffff9190612aef575116905b15612adf57905b61ffff821603612902575b5050604051918315158352602083015260408201527f8af4818aaee0fbf8f09dbd4688d80cecfc40ed71e303dc1734a17c0a267d19ca606060043592a260405181151581527fc654a139a2632b1a4769beb6aa86b8fe29a22b832d1d7a2402867b74f991572b602060043592a25f5160206134e35f395f51905f52546001600160a01b031690813b1561028b57604051635873dd6f60e01b815260048035908201528115156024820152915f908390604490829084905af19182156106e2576020926128f2575b505f5f5160206135835f395f51905f525d6040519015158152f35b5f6128fc91612cc5565b826128d7565b5f5160206135235f395f51905f529492939194549260018060a01b037fe38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f09035416925f5b60ff606089015116811015612ad05761ffff6001821b851616612ac8576004355f525f5160206134635f395f51905f526020526129848160405f20612e3e565b50546001600160a01b03169060b087901c60ff16612a47575f915b866129f4575b60a08a015160408051948552600180851b90921661ffff16151560208601529093600435917fa511d5b0d0c47c9d43a1e13299a6f331250fd9e3f1acca21e41c786e3238bd0a91a35b01612944565b863b1561028b57604051633463588d60e11b81526004810182905260016024820152925f84604481838c5af19384156106e257600194612a37575b5092506129a5565b5f612a4191612cc5565b8b612a2f565b60405163e4d02b6160e01b8152600481018390526001602482015260b088901c60ff1660448201526020816064815f6001600160a01b038d165af19081156106e2575f91612a97575b509161299f565b90506020813d8211612ac0575b81612ab160209383612cc5565b8101031261028b57518a612a90565b3d9150612aa4565b6001906129ee565b50949350945050508380612810565b5061ffff60a08301511690612805565b8160a0860151915116191616906127fe565b9092919850606488029088820460641489151715610f4b5761ffff9360ff612b2c9260a81c16612e03565b1115979091896127b2565b81151598506127a7565b90508961279c565b637a043cb160e01b5f5260045260245ffd5b508261ffff60a086015116141561271f565b6309b25ee760e31b5f5260043560045260245260445ffd5b3461028b575f36600319011261028b5760207fe38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f090454604051908152f35b3461028b57602036600319011261028b577f4e6ed529143792eb36aebf3160c3823853987caa78e4ed0dc73e0849e3ea6bfe6020612bfd612c42565b612c0561307b565b612c0e8161309b565b5f5160206134e35f395f51905f5280546001600160a01b0319166001600160a01b03929092169182179055604051908152a1005b600435906001600160a01b038216820361028b57565b604090600319011261028b576004359060243590565b90602080835192838152019201905f5b818110612c8b5750505090565b82516001600160a01b0316845260209384019390920191600101612c7e565b604081019081106001600160401b0382111761165f57604052565b90601f801991011681019081106001600160401b0382111761165f57604052565b9181601f8401121561028b578235916001600160401b03831161028b576020808501948460051b01011161028b57565b9181601f8401121561028b578235916001600160401b03831161028b576020838186019501011161028b57565b9060405161016081018181106001600160401b0382111761165f5760405261014060ff82945465ffffffffffff8116845264ffffffffff8160301c16602085015264ffffffffff8160581c166040850152818160801c16606085015261ffff8160881c16608085015261ffff8160981c1660a085015261ffff8160a81c1660c0850152818160b81c1660e0850152818160c01c16610100850152818160c81c16151561012085015260d01c161515910152565b91908203918211610f4b57565b81810292918115918404141715610f4b57565b8051821015612e2a5760209160051b010190565b634e487b7160e01b5f52603260045260245ffd5b6010821015612e2a5701905f90565b9064ffffffffff8091169116019064ffffffffff8211610f4b57565b6001600160401b03811161165f5760051b60200190565b90612e8a82612e69565b612e976040519182612cc5565b8281528092612ea8601f1991612e69565b0190602036910137565b9190811015612e2a5760051b0190565b356001600160a01b038116810361028b5790565b908060209392818452848401375f828201840152601f01601f1916010190565b604051905f5160206134c35f395f51905f525480835282602081015f5160206134c35f395f51905f525f5260205f20925f5b818110612f3f575050612f3d92500383612cc5565b565b84546001600160a01b0316835260019485019487945060209093019201612f28565b5f198114610f4b5760010190565b90815f525f5160206135a35f395f51905f52602052612f9060405f20612d43565b90600360ff610100840151161480159061306e575b613066576101208201511561304e5761ffff60c083015116925b612fd0612fcb8561319f565b612e80565b915f9060605f9501945b60ff8651168110156130455760018161ffff8260ff941b8a1616613001575b019050612fda565b855f525f5160206134635f395f51905f526020526130228160405f20612e3e565b50828060a01b0390541661303f61303887612f61565b9689612e16565b52612ff9565b50935050509150565b61ffff60a08301518160c08501511619161692612fbf565b915050606090565b5061014082015115612fa5565b5f5160206134835f395f51905f52546001600160a01b0316330361128957565b6001600160a01b03811691908215610927573b1561314e5760405163054fd4d560e41b8152602081600481865afa5f918161311a575b506130f257826302030e8960e11b5f526004525f602452600160445260645ffd5b909160018203613100575050565b6302030e8960e11b5f52600452602452600160445260645ffd5b9091506020813d602011613146575b8161313660209383612cc5565b8101031261028b5751905f6130d1565b3d9150613129565b506302030e8960e11b5f526004525f602452600160445260645ffd5b5f5160206135835f395f51905f525c6131905760015f5160206135835f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b905f915b61ffff811680156131cb575f190161ffff8111610f4b576131c5911692612f61565b916131a3565b5050565b51906001600160a01b038216820361028b57565b603c81108015613213575b6131f55750565b634a0dd9bd60e01b5f52600452603c60245262278d0060445260645ffd5b5062278d0081116131ee565b60405160208101907fd926b25732b2f9d7749c0bcb811e581da76a16d8f7f88799bbc7a540c49209d982527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660408201523060608201524660808201526080815261328b60a082612cc5565b51902090565b5f5160206135e35f395f51905f5280546001600160a01b03199081169091555f5160206134835f395f51905f5280549182166001600160a01b0393841690811790915591167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3565b606481116133075750565b63aa31867360e01b5f5260045260245ffd5b91825f525f5160206134635f395f51905f5260205260405f205f5b8381106133525784631c5d21bd60e11b5f526004523360245260445ffd5b602061335e8284612e3e565b506040519061336c82612caa565b546001600160a01b03811680835260a09190911c60ff16151592909101829052331461339b5750600101613334565b600190911b61ffff169450925050565b60ff5f5160206135c35f395f51905f525460401c16156133c757565b631afcd79f60e31b5f5260045ffd5b905f8091602081519101845af4808061344f575b1561340a5750506040513d81523d5f602083013e60203d82010160405290565b1561342f57639996b31560e01b5f9081526001600160a01b0391909116600452602490fd5b3d15613440576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b503d1515806133ea5750813b15156133ea56fee38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f09079016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c199300e38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0908e38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0905e38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0900e38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0902e38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0901360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc33de1f0c4f4256b6890ee08852692b1b51f528581c66e7191d8a9095c76e22009b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00e38c22c112290d8f00c795fa51836036a3cc179a5b5503ef086bafb1288f0906f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c00f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00",
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
