// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package jobregistry

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

// IJobRegistryJob is an auto generated low-level Go binding around an user-defined struct.
type IJobRegistryJob struct {
	Employer    common.Address
	Agent       common.Address
	Token       common.Address
	Reward      *big.Int
	Fee         *big.Int
	Stake       *big.Int
	Deadline    uint64
	AssignedAt  uint64
	CompletedAt uint64
	State       uint8
	Success     bool
	SpecHash    [32]byte
	ResultHash  [32]byte
	UriHash     [32]byte
}

// JobRegistryMetaData contains all meta data concerning the JobRegistry contract.
var JobRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"AlreadyDisputed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Blacklisted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DefaultTokenRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EscrowFrozen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"IncompatibleModule\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"latest\",\"type\":\"uint256\"}],\"name\":\"InvalidDeadline\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"InvalidPercentage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"enumIJobRegistry.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"InvalidState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minReward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxReward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stakeBps\",\"type\":\"uint256\"}],\"name\":\"InvalidTokenConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"JobNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModuleNotSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"NotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"}],\"name\":\"NotAuthorizedAgent\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPauser\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RenounceDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"RewardTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"name\":\"RewardTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimableAt\",\"type\":\"uint256\"}],\"name\":\"TimeoutNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenDecimalsUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenNotAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"UnauthorizedCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"disputableAt\",\"type\":\"uint256\"}],\"name\":\"ValidationPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"kind\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"WrongModuleKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroReward\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"}],\"name\":\"AgentAssigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"applicant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"}],\"name\":\"ApplicationSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"CertificateNFTUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"DisputeModuleUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"employerWins\",\"type\":\"bool\"}],\"name\":\"DisputeResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"EscrowStatusUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"period\",\"type\":\"uint256\"}],\"name\":\"ExpirationGracePeriodUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"feePct\",\"type\":\"uint256\"}],\"name\":\"FeePctUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"FeePoolUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"IdentityRegistryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"JobCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"JobCompleted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"employer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"JobCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"JobDisputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"JobDurationLimitUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"JobFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"JobStakeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"JobTimedOut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"JobToken\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"MaxActiveJobsPerAgentUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxReward\",\"type\":\"uint256\"}],\"name\":\"MaxJobRewardUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"MinAgentStakeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"pauser\",\"type\":\"address\"}],\"name\":\"PauserUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"ReputationEngineUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"resultURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"}],\"name\":\"ResultSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"StakeManagerUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"TokenAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"decimals\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minReward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxReward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stakeBps\",\"type\":\"uint256\"}],\"name\":\"TokenConfigUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"ValidationModuleUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"ValidatorRewardPctUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_STAKE_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MODULE_VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"applyForJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"cancelJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"certificateNFT\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"claimTimeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"createJob\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"createJobWithToken\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"dispute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeModule\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escrowEnabled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"expirationGracePeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feePct\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feePool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"getJob\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"employer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"assignedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"completedAt\",\"type\":\"uint64\"},{\"internalType\":\"enumIJobRegistry.State\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"uriHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIJobRegistry.Job\",\"name\":\"j\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"defaultToken_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"isTokenAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobDurationLimit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"jobParties\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"employer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"jobSpecHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"jobStakeFor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxActiveJobsPerAgent\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxJobReward\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minAgentStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"moduleKind\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextJobId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"onValidationResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauser\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reputationEngine\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"employerWins\",\"type\":\"bool\"}],\"name\":\"resolveDispute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setCertificateNFT\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setDisputeModule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setEscrowStatus\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"period\",\"type\":\"uint256\"}],\"name\":\"setExpirationGracePeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"setFeePct\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setFeePool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setIdentityRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"setJobDurationLimit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"}],\"name\":\"setJobStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"setMaxActiveJobsPerAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxReward\",\"type\":\"uint256\"}],\"name\":\"setMaxJobReward\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"setMinAgentStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pauser_\",\"type\":\"address\"}],\"name\":\"setPauser\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setReputationEngine\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setStakeManager\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setTokenAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minReward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxReward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stakeBps\",\"type\":\"uint256\"}],\"name\":\"setTokenConfig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setValidationModule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"setValidatorRewardPct\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"stakeAndApply\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakeManager\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"resultURI\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"},{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"name\":\"submit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"tokenConfig\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"decimals\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"minReward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxReward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stakeBps\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validationModule\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validatorRewardPct\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "JobRegistry",
	Bin: "0x60a080604052346100c257306080525f5160206158075f395f51905f525460ff8160401c166100b3576002600160401b03196001600160401b03821601610060575b60405161574090816100c7823960805181818161260401526127690152f35b6001600160401b0319166001600160401b039081175f5160206158075f395f51905f525581527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d290602090a15f80610041565b63f92ee8a960e01b5f5260045ffd5b5f80fdfe60806040526004361015610011575f80fd5b5f5f3560e01c8063041da3131461470957806304ffdbaf1461469357806305261aea1461401957806308445f3a14613f9d5780630e7c67fc14613dc9578063134e18f414613d9457806315f6901214613c3b57806317a6513714613bb9578063189a0f27146139df57806319db22281461381a5780631b332ad2146137e25780631dffa3dc146136dc578063236db750146133f05780632d88af4a1461337657806330d164ab14613343578063327c1255146132b257806334b25ee2146131815780633f4ba83a146130bb5780633f954f3b14612f6d57806345e2a62514612cca578063485cc95514612a7e5780634f1ef286146127185780634fd08bfd1461268e57806350fb54311461265857806352d1902d146125f157806354fd4d5014611acb57806357b6416c146124115780635873dd6f146122cc5780635a9b6458146122815780635c975abb1461224f5780636bb5090c1461206f5780636f7acf5b14611bfc578063715018a614611bd45780637279f1fe14611ba157806374c13fda14611b6c5780637542ff9514611b3757806379ba509714611ae757806381ed980814611acb57806383562af014611a96578063842fc2d1146119955780638456cb59146118b757806386e773f1146116615780638a9f92d6146115be5780638c795b9c146115895780638da5cb5b1461155457806391aec72a1461151f5780639b026f43146113d65780639fd0506d146113a1578063a02cf93714611371578063a36a3f051461119a578063ad3cb1cc1461113e578063ae2e933b14611109578063b0c2aa5e146110df578063b365a039146110af578063bf22c45714610df6578063c3f677ef14610dc1578063cbf3f86114610b97578063db15c93c14610b65578063e30c397814610b30578063e5aed49214610ab2578063e8177e4914610a95578063e8eccbb514610a68578063ea79ef7d14610636578063eaf4454314610609578063f209be4114610591578063f21aa1dc14610567578063f2c68f96146104d6578063f2fde38b14610450578063f9eaee0d1461041e578063fbf056fe146103cc5763fe136c4e14610327575f80fd5b346103c95760203660031901126103c9576103486103436147a0565b6148d2565b6040519061035582614822565b549060ff8216151581526103c560ff8360081c1691826020820152608061ffff8560101c16918260408201526001600160681b03808760201c169687606084015260881c169182910152604051948594859094939260609260ff6080840197168352602083015260408201520152565b0390f35b80fd5b50346103c95760203660031901126103c95760043581525f5160206155205f395f51905f526020908152604091829020805460019091015483516001600160a01b039283168152911691810191909152f35b50346103c95760203660031901126103c957602060ff61044461043f6147a0565b61490a565b54166040519015158152f35b50346103c95760203660031901126103c95761046a6147a0565b6104726149a4565b5f5160206157005f395f51905f5280546001600160a01b0319166001600160a01b039283169081179091555f5160206155405f395f51905f52549091167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227008380a380f35b50346103c95760203660031901126103c9576004356001600160601b03811690818103610563577f3e2440ed0d2998a72f178b3485eb63c0f11df96a5660349ae61721d7ecfe35e29160209161052a6149a4565b5f5160206156005f395f51905f5280546001600160a01b031660a09290921b6001600160a01b031916919091179055604051908152a180f35b8280fd5b50346103c957806003193601126103c9576040516a4a6f62526567697374727960a81b8152602090f35b50346103c95760203660031901126103c9577fc8b3bcb0ff9d2d16b7d9f426962a0439acb1351eb3b199cc5fb145e7bb7ca30960206004356105d16149a4565b6105da816149d7565b5f5160206157205f395f51905f52805460ff60a01b191660a083901b60ff60a01b16179055604051908152a180f35b50346103c957806003193601126103c95760205f5160206157205f395f51905f525460c01c604051908152f35b50346103c95760803660031901126103c9576024356004356001600160401b038216808303610a6457604435916064356001600160401b038111610a60576106829036906004016147c5565b935f5160206157205f395f51905f52549360ff8560b81c16610a51576106a66149f4565b60ff8560b01c1615610a42578315610a33575f5160206156e05f395f51905f52546001600160a01b0316946106da866148d2565b91604051926106e884614822565b5460ff81161515845260ff8160081c16602085015261ffff8160101c1660408501526001600160681b038160201c168060608601526001600160681b03608086019260881c168252808810610a1c5750516001600160681b0316808711610a0557506107578260c01c426148c5565b9064ffffffffff82116109f8575b4281118015906109ef575b6109da57505082156109cb5784606461079260ff6107999460a01c1683614ac1565b0492614bf5565b945f5160206156205f395f51905f5254975f1989146109b757600189015f5160206156205f395f51905f5255888a525f5160206155205f395f51905f5260205260408a2080546aff0000000000ffffffffff60a01b193316600165ff000000000160c81b03199091161760a09290921b64ffffffffff60a01b1691909117600160f01b1781558661096a575b6002810180546001600160d01b0319166001600160681b03881617606885901b600160681b600160d01b0316179055600481018490556006610868368a88614872565b80516020909101209101555f5160206157205f395f51905f52546001600160a01b031690899061089884886148c5565b90833b156105635760649083604051958694859363303d0c6b60e01b8552600485015233602485015260448401525af1801561095f57610946575b509387959361092c88947f03495cfad033ca8c88fb3c9de23dcd45625cbae136f188b44036c926e155cbce9460209b9860405195869586528d8601526040850152606084015260a06080840152339660a084019161494f565b0390a45f5160206156405f395f51905f525d604051908152f35b610951898092614851565b61095b575f6108d3565b8780fd5b6040513d8b823e3d90fd5b6001600160601b03871161099e576001810180546001600160a01b031660a089901b6001600160a01b031916179055610825565b6306dfcc6560e41b8a526060600452602487905260448afd5b634e487b7160e01b8a52601160045260248afd5b631c37cddf60e21b8952600489fd5b6341a1ce5360e11b8b52600452602452604489fd5b50818111610770565b64ffffffffff9150610765565b6360f431ff60e01b8b52600487905260245260448afd5b6375dce81760e01b8c52600488905260245260448bfd5b632706c9e160e21b8852600488fd5b6350fab9ad60e11b8852600488fd5b63d93c066560e01b8852600488fd5b8580fd5b8380fd5b50346103c957806003193601126103c95760205f5160206156005f395f51905f525460a01c604051908152f35b50346103c957806003193601126103c95760206040516101f48152f35b50346103c95760203660031901126103c957600435801515809103610b2c5760207fd25b4dccff8de46fd006e2e96eca5dafa2d6c5170e5b92f8809a5d0f6f580ca791610afd6149a4565b5f5160206157205f395f51905f52805460ff60b01b191660b083901b60ff60b01b16179055604051908152a180f35b5080fd5b50346103c957806003193601126103c9575f5160206157005f395f51905f52546040516001600160a01b039091168152602090f35b50346103c957806003193601126103c957602060ff5f5160206157205f395f51905f525460b01c166040519015158152f35b50346103c95760203660031901126103c957610bb16147a0565b610bb96149a4565b6001600160a01b038116908115610db2573b15610d965760405163054fd4d560e41b8152602081600481855afa839181610d62575b50610c0f57606483836302030e8960e11b8252600452806024526001604452fd5b60018110610d475750604051633c86a87760e21b8152602081600481855afa839181610d0f575b50610c6b576344f2c35f60e01b8352600482905260248390526f4964656e74697479526567697374727960801b604452606483fd5b6fb69b9a918b968b86ad9a98968c8b8d8760801b8101610ce0575060207f4462ba50fcfa33455e489aea1f3b660d53614c6283f422609f65a2e91f9a1e6591806001600160601b0360a01b5f5160206156005f395f51905f525416175f5160206156005f395f51905f5255604051908152a180f35b6344f2c35f60e01b83526004919091526024526f4964656e74697479526567697374727960801b604452606490fd5b9091506020813d602011610d3f575b81610d2b60209383614851565b81010312610d3b5751905f610c36565b5f80fd5b3d9150610d1e565b606492916302030e8960e11b83526004526024526001604452fd5b9091506020813d602011610d8e575b81610d7e60209383614851565b81010312610a645751905f610bee565b3d9150610d71565b6302030e8960e11b825260045260248190526001604452606490fd5b63d92e233d60e01b8352600483fd5b50346103c957806003193601126103c9575f5160206155605f395f51905f52546040516001600160a01b039091168152602090f35b50346103c95760203660031901126103c9576040516101c081018181106001600160401b0382111761109b576040528181528160208201526040810182815260608201928084526080830181815260a0840182815260c08501918383528360e08701528361010087015283610120870152836101408701528361016087015283610180870152836101a087015260043584525f5160206155205f395f51905f526020526040842096875464ffffffffff60018060a01b038216808a5260018b01549060018060a01b03821660208c015260018060a01b0360038d0154169081159081611091575b501561108c57505f5160206156e05f395f51905f52546001600160a01b03165b60018060a01b0316895260028b0154906001600160681b03821685526001600160681b038260681c16865260a01c8652818360a01c168752818360c81c1660e08b015260d01c16610100890152600860ff8260f01c161015611078578596979860016006926001600160401b03985060ff8160f01c166101208d015260f81c1615156101408b015260048101546101608b015260058101546101808b015201546101a08901526040519660018060a01b03895116885260018060a01b0360208a015116602089015260018060a01b0390511660408801525160608701525160808601525160a0850152511660c08301526001600160401b0360e08401511660e08301526001600160401b036101008401511661010083015261012083015190600882101561106457506101c0926101a091610120840152610140810151151561014084015261016081015161016084015261018081015161018084015201516101a0820152f35b634e487b7160e01b81526021600452602490fd5b634e487b7160e01b86526021600452602486fd5b610efd565b905015155f610edd565b634e487b7160e01b83526041600452602483fd5b50346103c957806003193601126103c957602060ff5f5160206157205f395f51905f525460a81c16604051908152f35b50346103c957806003193601126103c95760205f5160206156205f395f51905f5254604051908152f35b50346103c957806003193601126103c9575f5160206156805f395f51905f52546040516001600160a01b039091168152602090f35b50346103c957806003193601126103c9576040805161115d8282614851565b6005815260208101640352e302e360dc1b81528251938492602084525180928160208601528585015e828201840152601f01601f19168101030190f35b50346103c95760203660031901126103c9576111b46147a0565b6111bc6149a4565b6001600160a01b038116908115610db2573b15610d965760405163054fd4d560e41b8152602081600481855afa83918161133d575b5061121257606483836302030e8960e11b8252600452806024526001604452fd5b60018110610d475750604051633c86a87760e21b8152602081600481855afa839181611309575b5061126b576344f2c35f60e01b8352600482905260248390526c446973707574654d6f64756c6560981b604452606483fd5b6cbb968c8f8a8b9ab2909b8a939b60981b81016112dd575060207ff61db3a97839b0d253e69c674db61c051e5a216fb9ed140f651984d5dde43b8a91806001600160601b0360a01b5f5160206156c05f395f51905f525416175f5160206156c05f395f51905f5255604051908152a180f35b6344f2c35f60e01b83526004919091526024526c446973707574654d6f64756c6560981b604452606490fd5b9091506020813d602011611335575b8161132560209383614851565b81010312610d3b5751905f611239565b3d9150611318565b9091506020813d602011611369575b8161135960209383614851565b81010312610a645751905f6111f1565b3d915061134c565b50346103c957806003193601126103c957602060ff5f5160206157205f395f51905f525460a01c16604051908152f35b50346103c957806003193601126103c9575f5160206155a05f395f51905f52546040516001600160a01b039091168152602090f35b50346103c95760203660031901126103c9576004356113f36149a4565b5f5160206156e05f395f51905f52546001600160a01b031660ff611416826148d2565b541615611510575b505f5160206156e05f395f51905f52547f57ea6053d3ec2080397449f2405d6ee44c2e55fb45c69f1f451ee9530a52cbc490608090611465906001600160a01b03166148d2565b926114868454826001600160681b0361ffff8360101c169260201c16615252565b6114996001600160681b0382168561496f565b7f7186f5f87c3ede54229b503c16bb789647da05bf954e05335c496b41b3123cdc6020604051838152a161ffff60018060a01b035f5160206156e05f395f51905f52541694546040519260ff8260081c1684526001600160681b038260201c166020850152604084015260101c166060820152a280f35b61151990614c9c565b5f61141e565b50346103c957806003193601126103c9575f5160206156605f395f51905f52546040516001600160a01b039091168152602090f35b50346103c957806003193601126103c9575f5160206155405f395f51905f52546040516001600160a01b039091168152602090f35b50346103c957806003193601126103c9575f5160206155c05f395f51905f52546040516001600160a01b039091168152602090f35b50346103c95760203660031901126103c9576004356115db6149a4565b6001600160801b03811161164a576020816001600160801b037f56302c45eb4adf9d5c4dddfe6e1daed96c099c0ecf1842b7b2465ff245fbe85d93166001600160801b03195f5160206155e05f395f51905f525416175f5160206155e05f395f51905f5255604051908152a180f35b6306dfcc6560e41b82526080600452602452604490fd5b50346103c95760203660031901126103c9576004355f5160206157205f395f51905f525460ff8160b81c166118a85760ff9061169b6149f4565b60b01c1615611899576116ad81614a29565b9081546116c060ff8260f01c1683614a9a565b6001600160a01b0381169033829003611881576117029064ffffffffff6001600160401b035f5160206155e05f395f51905f525460a01c169160a01c166148c5565b804211156118515750825460ff60f01b1916600360f11b17835560018301545f5160206157205f395f51905f52546001600160a01b0380831695928792909116803b1561056357604051630459569360e51b81526001600160a01b03888116600483015260a09390931c6024820152918516604483015282908290606490829084905af180156118465761182d575b50506117c7916117c1600260018060a01b036003850154169301546001600160681b03808260681c1691166148c5565b91614ed4565b6117d082615319565b33817fbd20ff7030c2d2008e440f90e79943abf64df089ca0e0ebae87070fd6d9675128580a37f94648b94005dfe54f18e035c011e3f0c17191b133d9789df032ab6c2b9ff72188380a3805f5160206156405f395f51905f525d80f35b8161183791614851565b61184257845f611791565b8480fd5b6040513d84823e3d90fd5b848160016024930180911161186f5763110416dd60e21b8252600452fd5b50634e487b7160e01b81526011600452fd5b630272d02960e61b8552336004526024829052604485fd5b6350fab9ad60e11b8252600482fd5b63d93c066560e01b8352600483fd5b50346103c957806003193601126103c9575f5160206155405f395f51905f52546001600160a01b031633141580611974575b611961575f5160206157205f395f51905f525460ff8160b81c166119525760ff60b81b1916600160b81b175f5160206157205f395f51905f52556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602090a180f35b63d93c066560e01b8252600482fd5b6310351a3760e11b815233600452602490fd5b505f5160206155a05f395f51905f52546001600160a01b03163314156118e9565b50346103c95760803660031901126103c9576044356001600160401b038111610b2c576119c69036906004016147c5565b6064356001600160401b038111610a64576119e59036906004016147f2565b915f5160206157205f395f51905f525460ff8160b81c16611a87578590611a0a6149f4565b6001600160a01b0316803b15610b2c5781809160646040518094819363529a4cf760e11b835233600484015281602484015260243560448401525af1801561184657611a72575b5050611a5f93600435614fc1565b805f5160206156405f395f51905f525d80f35b81611a7c91614851565b61184257845f611a51565b63d93c066560e01b8652600486fd5b50346103c957806003193601126103c9575f5160206156c05f395f51905f52546040516001600160a01b039091168152602090f35b50346103c957806003193601126103c957602060405160018152f35b50346103c957806003193601126103c9575f5160206157005f395f51905f5254336001600160a01b0390911603611b2457611b21336152ae565b80f35b63118cdaa760e01b815233600452602490fd5b50346103c957806003193601126103c9575f5160206157205f395f51905f52546040516001600160a01b039091168152602090f35b50346103c957806003193601126103c9575f5160206156e05f395f51905f52546040516001600160a01b039091168152602090f35b50346103c957806003193601126103c957602063ffffffff5f5160206155e05f395f51905f525460801c16604051908152f35b50346103c957806003193601126103c957600490611bf06149a4565b638905116560e01b8152fd5b50346103c95760a03660031901126103c957611c166147a0565b602435916044356001600160401b03811690818103610563576064356084356001600160401b03811161184257611c519036906004016147c5565b96909560ff611c5f8261490a565b541615612054575f5160206156e05f395f51905f52546001600160a01b0382811691160361204e575084955b5f5160206157205f395f51905f52549260ff8460b81c1661203f57611cae6149f4565b60ff8460b01c1615612030578215612021576001600160a01b038816801598909690891561201b57505f5160206156e05f395f51905f52546001600160a01b0316945b611cfa866148d2565b9160405192611d0884614822565b5460ff81161515845260ff8160081c16602085015261ffff8160101c1660408501526001600160681b038160201c168060608601526001600160681b03608086019260881c168252808810610a1c5750516001600160681b0316808711610a055750611d778260c01c426148c5565b9064ffffffffff821161200e575b428111801590612005575b6109da57505082156109cb5784606461079260ff611db29460a01c1683614ac1565b945f5160206156205f395f51905f5254995f198b146109b75760018b015f5160206156205f395f51905f52558a8a525f5160206155205f395f51905f5260205260408a2080546aff0000000000ffffffffff60a01b193316600165ff000000000160c81b03199091161760a09990991b64ffffffffff60a01b1698909817600160f01b17885586611fd1575b6002880180546001600160d01b0319166001600160681b03881617606885901b600160681b600160d01b0316179055159687611fb8575b8360048201556006611e898d369088614872565b80516020909101209101555f5160206157205f395f51905f52546001600160a01b031690611eb783876148c5565b90823b15611fb4579060648b9283604051958694859363303d0c6b60e01b855260018060a01b0316600485015233602485015260448401525af1801561095f57611f9f575b509360209993611f548a947f03495cfad033ca8c88fb3c9de23dcd45625cbae136f188b44036c926e155cbce948b9860405195869586528f8601526040850152606084015260a06080840152339660a084019161494f565b0390a4611f74575b505f5160206156405f395f51905f525d604051908152f35b827ff8793d8545926551a4f25b9c272fdd800ebd08a0764a45fc2fd63c977c6be1998380a35f611f5c565b611faa898092614851565b61095b575f611efc565b8a80fd5b6003810180546001600160a01b0319168a179055611e75565b6001600160601b03871161099e576001880180546001600160a01b031660a089901b6001600160a01b031916179055611e3e565b50818111611d90565b64ffffffffff9150611d85565b94611cf1565b632706c9e160e21b8752600487fd5b6350fab9ad60e11b8752600487fd5b63d93c066560e01b8752600487fd5b95611c8b565b63094403b760e41b86526001600160a01b0316600452602485fd5b50346103c95760203660031901126103c9576120896147a0565b6120916149a4565b6001600160a01b038116908115610db2573b15610d965760405163054fd4d560e41b8152602081600481855afa83918161221b575b506120e757606483836302030e8960e11b8252600452806024526001604452fd5b60018110610d475750604051633c86a87760e21b8152602081600481855afa8391816121e7575b50612143576344f2c35f60e01b8352600482905260248390526f52657075746174696f6e456e67696e6560801b604452606483fd5b6fad9a8f8a8b9e8b969091ba919896919b60801b81016121b8575060207f495ba31599b9b5fb189113a43ff60ed244b7e90d2e63e9283c2a5151037065a691806001600160601b0360a01b5f5160206155605f395f51905f525416175f5160206155605f395f51905f5255604051908152a180f35b6344f2c35f60e01b83526004919091526024526f52657075746174696f6e456e67696e6560801b604452606490fd5b9091506020813d602011612213575b8161220360209383614851565b81010312610d3b5751905f61210e565b3d91506121f6565b9091506020813d602011612247575b8161223760209383614851565b81010312610a645751905f6120c6565b3d915061222a565b50346103c957806003193601126103c957602060ff5f5160206157205f395f51905f525460b81c166040519015158152f35b50346103c957806003193601126103c9575f5160206156e05f395f51905f52546020906001600160681b03906122bf906001600160a01b03166148d2565b5460881c16604051908152f35b50346103c95760403660031901126103c9576004356122e96147b6565b5f5160206155c05f395f51905f52546001600160a01b031633036123fe5761231082614a29565b9060ff825460f01c16600381036123c457501561238b578054604160f21b6001600160f01b03909116178155600201805464ffffffffff60d01b19164260d01b64ffffffffff60d01b161790557f8a0f1de33684394d5322b20a2935668a10e7e1de0fb1b945a97f442bdf0cc606602060405160018152a280f35b805460ff60f01b1916600560f01b17905533907e7a04c23fac86b9f00290f402ccec895256f0b46ad331c80038b783acbfe4198380a380f35b848460088310156123ea57630a5889e560e01b82526004526044916123e8906148b7565bfd5b634e487b7160e01b82526021600452602482fd5b63d86ad9cf60e01b835233600452602483fd5b50346103c95760203660031901126103c95761242b6147a0565b6124336149a4565b6001600160a01b038116908115610db2573b15610d965760405163054fd4d560e41b8152602081600481855afa8391816125bd575b5061248957606483836302030e8960e11b8252600452806024526001604452fd5b60018110610d475750604051633c86a87760e21b8152602081600481855afa839181612589575b506124e5576344f2c35f60e01b8352600482905260248390526f56616c69646174696f6e4d6f64756c6560801b604452606483fd5b6fa99e93969b9e8b969091b2909b8a939b60801b810161255a575060207fb9bce68b107f53cfb91d98d7232cdc1845d9e5798c27af5cf786068975d4fd8991806001600160601b0360a01b5f5160206155c05f395f51905f525416175f5160206155c05f395f51905f5255604051908152a180f35b6344f2c35f60e01b83526004919091526024526f56616c69646174696f6e4d6f64756c6560801b604452606490fd5b9091506020813d6020116125b5575b816125a560209383614851565b81010312610d3b5751905f6124b0565b3d9150612598565b9091506020813d6020116125e9575b816125d960209383614851565b81010312610a645751905f612468565b3d91506125cc565b50346103c957806003193601126103c9577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031630036126495760206040515f5160206155805f395f51905f528152f35b63703e46dd60e11b8152600490fd5b50346103c957806003193601126103c95760206001600160401b035f5160206155e05f395f51905f525460a01c16604051908152f35b50346103c95760203660031901126103c9577f286142e29d3a6b0bd7450c70781660598aac50562f94b7f669b8e25835163d6a60206004356126ce6149a4565b6126d781614ea3565b5f5160206155e05f395f51905f52805467ffffffffffffffff60a01b191660a09290921b67ffffffffffffffff60a01b16919091179055604051908152a180f35b5060403660031901126103c95761272d6147a0565b906024356001600160401b038111610b2c5736602382011215610b2c5761275e903690602481600401359101614872565b916001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016308114908115612a5c575b50612a4d576127a16149a4565b6001600160a01b038116908115610db257803b15612a315760405163054fd4d560e41b8152602081600481865afa8491816129fd575b506127f857606484846302030e8960e11b8252600452806024526001604452fd5b600181106129e15750604051633c86a87760e21b8152602081600481865afa8491816129ad575b5061284f576344f2c35f60e01b8452600483905260248490526a4a6f62526567697374727960a81b604452606484fd5b6ab5909dad9a98968c8b8d8760a81b810161298457506040516352d1902d60e01b815293602085600481865afa80958596612950575b5061289e57634c9c8ce360e01b84526004839052602484fd5b9091845f5160206155805f395f51905f52810361293e5750823b1561292c575f5160206155805f395f51905f5280546001600160a01b031916821790557fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b8480a28051156129135761290f91615493565b5080f35b50503461291d5780f35b63b398979f60e01b8152600490fd5b634c9c8ce360e01b8452600452602483fd5b632a87526960e21b8552600452602484fd5b9095506020813d60201161297c575b8161296c60209383614851565b81010312610d3b5751945f612885565b3d915061295f565b6344f2c35f60e01b845260048390526024526a4a6f62526567697374727960a81b604452606483fd5b9091506020813d6020116129d9575b816129c960209383614851565b81010312610d3b5751905f61281f565b3d91506129bc565b6302030e8960e11b845260048390526024526001604452606483fd5b9091506020813d602011612a29575b81612a1960209383614851565b810103126118425751905f6127d7565b3d9150612a0c565b606483836302030e8960e11b8252600452806024526001604452fd5b63703e46dd60e11b8252600482fd5b5f5160206155805f395f51905f52546001600160a01b0316141590505f612794565b50346103c95760403660031901126103c957612a986147a0565b6024356001600160a01b038116808203610a64575f5160206156a05f395f51905f52549260ff8460401c1615936001600160401b03811680159081612cc2575b6001149081612cb8575b159081612caf575b50612ca05767ffffffffffffffff1981166001175f5160206156a05f395f51905f525584612c74575b50612b1c615468565b6001600160a01b03811615612c6557612b4490612b37615468565b612b3f615468565b6152ae565b8015612c565790612be6916001600160601b0360a01b5f5160206156e05f395f51905f525416175f5160206156e05f395f51905f5255612b838161490a565b805460ff191660011790555f5160206157205f395f51905f5280545f5160206155e05f395f51905f52805467ffffffffffffffff60a01b19166102a360a71b17905566278d0000010a0560a01b600163ff00000160a01b03909116179055614c9c565b60015f5160206156205f395f51905f5255612bfe5780f35b68ff0000000000000000195f5160206156a05f395f51905f5254165f5160206156a05f395f51905f52557fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2602060405160018152a180f35b63d92e233d60e01b8452600484fd5b63d92e233d60e01b8552600485fd5b68ffffffffffffffffff191668010000000000000001175f5160206156a05f395f51905f52555f612b13565b63f92ee8a960e01b8652600486fd5b9050155f612aea565b303b159150612ae2565b869150612ad8565b50346103c95760a03660031901126103c9576024356004356044356001600160401b038111610a6457612d019036906004016147c5565b6064939193356001600160401b038111610a6057612d239036906004016147c5565b9290946084356001600160401b03811161095b57612d459036906004016147f2565b505060ff5f5160206157205f395f51905f525460b81c1661203f57612d686149f4565b612d7185614a29565b8054612d8360ff8260f01c1688614a9a565b60018201546001600160a01b031633819003612f57575064ffffffffff9060a01c16804211612f4557508215612f36575f5160206156005f395f51905f525460405163fe575a8760e01b815233600482015290602090829060249082906001600160a01b03165afa90811561095f578991612ef8575b50612ee257805460ff60f01b1916600360f01b1781556005018290555f5160206155c05f395f51905f525487906001600160a01b0316803b15610b2c578180916024604051809481936395805dad60e01b83528c60048401525af1801561184657612ec9575b50507f0570e9bdde5feeee83a3e6213ce86a8ae3ead1e049d2cab9e7a9c0d86d73150f93612ea3612eb392604051958695865260606020870152606086019161494f565b908382036040850152339761494f565b0390a3805f5160206156405f395f51905f525d80f35b81612ed391614851565b612ede57865f612e5f565b8680fd5b6001620b633d60e31b0319885233600452602488fd5b90506020813d602011612f2e575b81612f1360209383614851565b81010312612f2a57612f2490614942565b5f612df9565b8880fd5b3d9150612f06565b631c37cddf60e21b8852600488fd5b636768091360e01b8952600452602488fd5b630272d02960e61b8a5233600452602452604489fd5b50346103c95760803660031901126103c957612f876147a0565b90604435602435606435612f996149a4565b60ff612fa48661490a565b54161561309f57908461308b83612fdd7f57ea6053d3ec2080397449f2405d6ee44c2e55fb45c69f1f451ee9530a52cbc4958786615252565b60ff612fe8846148d2565b541615613091575b60ff612ffb846148d2565b805470ffffffffffffffffffffffffff000000001916602087901b70ffffffffffffffffffffffffff000000001617815561303f6001600160681b0389168261496f565b805463ffff00001916601084901b63ffff0000161781555460081c169560405194859460018060a01b031697859094939260609260ff6080840197168352602083015260408201520152565b0390a280f35b61309a83614c9c565b612ff0565b63094403b760e41b84526001600160a01b038516600452602484fd5b50346103c957806003193601126103c9575f5160206155405f395f51905f52546001600160a01b031633141580613160575b611961575f5160206157205f395f51905f525460ff8160b81c16156131515760ff60b81b19165f5160206157205f395f51905f52556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa90602090a180f35b638dfc202b60e01b8252600482fd5b505f5160206155a05f395f51905f52546001600160a01b03163314156130ed565b50346103c95760403660031901126103c95760043561319e6147b6565b5f5160206156c05f395f51905f52546001600160a01b031633036123fe576131c582614a29565b60ff815460f01c16600581036123c457507f8a0f1de33684394d5322b20a2935668a10e7e1de0fb1b945a97f442bdf0cc60691613272602092600160f21b60ff60f01b1982541617815561324f60ff60026004845460f81c16865f146132aa578a905b85546001600160f81b03169117919091179190911660f81b6001600160f81b031916178255565b600201805464ffffffffff60d01b19164260d01b64ffffffffff60d01b16179055565b837f5a87909bff68caaaaf0b3fd9c74eeccc928832f879315e5c6fb7a73612f26c0c8360405193159384158152a2604051908152a280f35b600190613228565b50346103c95760603660031901126103c9576024356001600160401b038111610b2c576132e39036906004016147c5565b6044929192356001600160401b038111610563576133059036906004016147f2565b9160ff5f5160206157205f395f51905f525460b81c1661333457611a5f939461332c6149f4565b600435614fc1565b63d93c066560e01b8452600484fd5b50346103c957806003193601126103c95760206001600160801b035f5160206155e05f395f51905f525416604051908152f35b50346103c95760203660031901126103c9577fa4336c0cb1e245b95ad204faed7e940d6dc999684fd8b5e1ff597a0c4efca8ab60206133b36147a0565b6133bb6149a4565b5f5160206155a05f395f51905f5280546001600160a01b0319166001600160a01b03929092169182179055604051908152a180f35b50346103c95760603660031901126103c9576004356044356001600160401b038111610563576134249036906004016147c5565b60ff5f5160206157205f395f51905f525460b81c166133345761344683614a29565b805460ff8160f01c16908060f81c9160038114908115806136d1575b806136c6575b6136a257506006831661368e576001600160a01b0382163381141580613677575b6136615750613580575b5081546001600160f01b0316600490911760f81b6001600160f81b03191617600560f01b1790555f5160206156c05f395f51905f52546001600160a01b03169182156135715790829185933b15610a645761352392849283604051809681958294638b2f799160e01b84528b6004850152336024850152602435604485015260806064850152608484019161494f565b03925af180156118465761355c575b505033907e7a04c23fac86b9f00290f402ccec895256f0b46ad331c80038b783acbfe4198380a380f35b8161356691614851565b610b2c57815f613532565b6303bca7b760e01b8552600485fd5b60406001600160401b035f5160206155e05f395f51905f525460a01c1660646135ca8264ffffffffff60018060a01b035f5160206155c05f395f51905f5254169660a01c166148c5565b8a84519586948593633b62d11d60e21b85528d6004860152602485015260448401525af19081156136565787908892613615575b50613493576373da9afb60e11b8752600452602486fd5b9150506040813d60401161364e575b8161363160409383614851565b81010312612ede57602061364482614942565b910151905f6135fe565b3d9150613624565b6040513d89823e3d90fd5b630272d02960e61b895233600452602452604488fd5b5060018501546001600160a01b0316331415613489565b63981e7f1f60e01b88526004879052602488fd5b888860088310156123ea57630a5889e560e01b82526004526044916123e8906148b7565b506005811415613468565b506004811415613462565b50346103c95760203660031901126103c9576004355f5160206157205f395f51905f525460ff8160b81c166118a85760ff906137166149f4565b60b01c16156118995761372881614a29565b805461373a60ff8260f01c1684614a6b565b6001600160a01b0316338190036137cc57508054600760f01b60ff60f01b1982161782556003820154600290920154613795926001600160a01b039081169216906117c1906001600160681b03606882901c811691166148c5565b7f58243f872c550ad02802199ade99eb4250f6bb19e9abbf2d3de7b969c0eb5e4f8280a2805f5160206156405f395f51905f525d80f35b630272d02960e61b845233600452602452604483fd5b50346103c95760203660031901126103c95760046040602092823581525f5160206155205f395f51905f528452200154604051908152f35b50346103c95760203660031901126103c9576138346147a0565b61383c6149a4565b6001600160a01b038116908115610db2573b15610d965760405163054fd4d560e41b8152602081600481855afa8391816139ab575b5061389257606483836302030e8960e11b8252600452806024526001604452fd5b60018110610d475750604051633c86a87760e21b8152602081600481855afa839181613977575b506138e5576344f2c35f60e01b83526004829052602483905266119959541bdbdb60ca1b604452606483fd5b662e66a6abe4242560ca1b8101613951575060207f6d1d088acfe4f30d6014f6f693c61c16258f9784a6ed8439b2c59213eecb629591806001600160601b0360a01b5f5160206156805f395f51905f525416175f5160206156805f395f51905f5255604051908152a180f35b6344f2c35f60e01b835260049190915260245266119959541bdbdb60ca1b604452606490fd5b9091506020813d6020116139a3575b8161399360209383614851565b81010312610d3b5751905f6138b9565b3d9150613986565b9091506020813d6020116139d7575b816139c760209383614851565b81010312610a645751905f613871565b3d91506139ba565b50346103c95760203660031901126103c9576139f96147a0565b613a016149a4565b6001600160a01b038116908115610db2573b15610d965760405163054fd4d560e41b8152602081600481855afa839181613b85575b50613a5757606483836302030e8960e11b8252600452806024526001604452fd5b60018110610d475750604051633c86a87760e21b8152602081600481855afa839181613b51575b50613ab1576344f2c35f60e01b8352600482905260248390526d10d95c9d1a599a58d85d1953919560921b604452606483fd5b6d2f26a362e5a665a727a2e6ac6e6b60921b8101613b24575060207f9e3c9747b000bdd55a767a5126710d1412eb8046d8b6fd3e149aa1d2e7ce4a1f91806001600160601b0360a01b5f5160206156605f395f51905f525416175f5160206156605f395f51905f5255604051908152a180f35b6344f2c35f60e01b83526004919091526024526d10d95c9d1a599a58d85d1953919560921b604452606490fd5b9091506020813d602011613b7d575b81613b6d60209383614851565b81010312610d3b5751905f613a7e565b3d9150613b60565b9091506020813d602011613bb1575b81613ba160209383614851565b81010312610a645751905f613a36565b3d9150613b94565b50346103c95760203660031901126103c9577fd31901f05a4ba5513b51148681f9c85e920538291a90c785dbfcd8ff54b76d286020600435613bf96149a4565b613c0281614ea3565b5f5160206157205f395f51905f5280546001600160c01b031660c09290921b6001600160c01b031916919091179055604051908152a180f35b50346103c95760403660031901126103c957613c556147a0565b90613c5e6147b6565b91613c676149a4565b6001600160a01b038116908115610db2575f5160206156e05f395f51905f52546001600160a01b0316821480613d8c575b613d7d5783613cbc8495613cab8461490a565b9060ff801983541691151516179055565b827f9a8e30a8658b96ab3f034ce4bac6806278b4aee5880ccdd1ac35e4ed5bb31d2360206040518415158152a2613cf1575050f35b60ff613cfc826148d2565b541615613d6e575b505f5160206156805f395f51905f52546001600160a01b03169081613d27575050f35b813b15613d6a5782916024839260405194859384926213049560e71b845260048401525af1801561184657613d595750f35b81613d6391614851565b6103c95780f35b5050fd5b613d7790614c9c565b5f613d04565b63798da16b60e11b8352600483fd5b508315613c98565b50346103c957806003193601126103c9575f5160206156005f395f51905f52546040516001600160a01b039091168152602090f35b50346103c95760203660031901126103c957613de36147a0565b613deb6149a4565b6001600160a01b038116908115610db2573b15610d965760405163054fd4d560e41b8152602081600481855afa839181613f69575b50613e4157606483836302030e8960e11b8252600452806024526001604452fd5b60018110610d475750604051633c86a87760e21b8152602081600481855afa839181613f35575b50613e99576344f2c35f60e01b8352600482905260248390526b29ba30b5b2a6b0b730b3b2b960a11b604452606483fd5b6b5645cf4a4d594f48cf4c4d4760a11b8101613f0a575060207f18c7cdf94f8233bc399bdc8cb14514437756e7e9c583510d72b3a337f33b14a791806001600160601b0360a01b5f5160206157205f395f51905f525416175f5160206157205f395f51905f5255604051908152a180f35b6344f2c35f60e01b83526004919091526024526b29ba30b5b2a6b0b730b3b2b960a11b604452606490fd5b9091506020813d602011613f61575b81613f5160209383614851565b81010312610d3b5751905f613e68565b3d9150613f44565b9091506020813d602011613f95575b81613f8560209383614851565b81010312610a645751905f613e20565b3d9150613f78565b50346103c95760403660031901126103c9576020614011613fbf6103436147a0565b6001600160681b0360405191613fd483614822565b5460ff81161515835260ff8160081c168584015261ffff8160101c1660408401528181861c16606084015260881c16608082015260243590614bf5565b604051908152f35b5034610d3b576020366003190112610d3b576004355f5160206157205f395f51905f525460ff8160b81c166146845760ff906140536149f4565b60b01c16156146755761406581614a29565b90815460ff8160f01c166004810361463b57506001600160a01b031691338314158061461a575b6145ca575b805460ff60f01b1916600360f11b178082556001808301805460028501545f5160206155c05f395f51905f525460405163f87770f560e01b8152600481018990526001600160a01b039384169960f89790971c90951615159694959392606883901c6001600160681b039081169316915f9188916024918391165afa958615614453575f96614527575b50855195866144f7575f955b60018801968789116144a957886141466141408a614af2565b99614af2565b935f5b8281106144bd57505061415b91614ac1565b83039283116144a957600301546001600160a01b0316806144a357505f5160206156e05f395f51905f52546001600160a01b0316915b5f9761419d8a8d615382565b988961449b575b85888a8d1561447357505050506141db90895f1461446d57875b6141c8828b614b45565b6001600160a01b03909116905283614b45565b525f5160206156805f395f51905f52546001600160a01b0316801561445e57905b5f5160206157205f395f51905f52546001600160a01b031696873b15610d3b5760405163aacc6fcf60e01b8152915f918391829161423f91908860048501614b59565b0381838b5af1801561445357614434575b508a959493926001600160a01b0390911691908215158061442b575b6143bf575b5050505460a01c90855f146143ba5750825b823b15610a6457604051630459569360e51b81526001600160a01b0389811660048301526001600160601b03939093166024820152911660448201529082908290606490829084905af18015611846576143a5575b50508161439c575b5061431d575b7f94648b94005dfe54f18e035c011e3f0c17191b133d9789df032ab6c2b9ff72188380a3805f5160206156405f395f51905f525d80f35b5f5160206156605f395f51905f525483906001600160a01b031680614344575b50506142e6565b803b15610b2c576040516340c10f1960e01b81526001600160a01b0385166004820152602481018490529082908290604490829084905af18015611846571561433d578161439191614851565b61056357825f61433d565b9050155f6142e0565b816143af91614851565b61184257845f6142d8565b614283565b823b15612ede57604051636096278160e01b81526001600160a01b0392909216600483015260248201529085908290604490829084905af190811561442057859161440b575b80614271565b8161441591614851565b610a6457835f614405565b6040513d87823e3d90fd5b5080151561426c565b6144469196959493929b505f90614851565b5f9990919293945f614250565b6040513d5f823e3d90fd5b6303bca7b760e01b5f5260045ffd5b8c6141be565b9461448e929161448886614495969998614b45565b526148c5565b9183614b45565b526141fc565b8a99506141a4565b91614191565b634e487b7160e01b5f52601160045260245ffd5b9091506001906001600160a01b036144d58285614b45565b51166144e1828d614b45565b52836144ed8288614b45565b5201908a91614149565b61452187606461451b60ff5f5160206157205f395f51905f525460a81c1686614ac1565b04614ad4565b95614127565b9095503d805f833e6145398183614851565b810190602081830312610d3b578051906001600160401b038211610d3b57019080601f83011215610d3b5781519061457082614aaa565b9261457e6040519485614851565b82845260208085019360051b820101918211610d3b57602001915b8183106145aa57505050945f61411b565b82516001600160a01b0381168103610d3b57815260209283019201614599565b6145fd64ffffffffff600283015460d01c166001600160401b035f5160206155e05f395f51905f525460a01c16906148c5565b42116140915782630272d02960e61b5f523360045260245260445ffd5b505f5160206155405f395f51905f52546001600160a01b031633141561408c565b905060088110156146615761465c91630a5889e560e01b5f526004526148b7565b60445ffd5b634e487b7160e01b5f52602160045260245ffd5b6350fab9ad60e11b5f5260045ffd5b63d93c066560e01b5f5260045ffd5b34610d3b576020366003190112610d3b577ff225dcc1a53a726d9b0af4ec9e789fa1db6a8d40b512e28f7656f3e76c350f3160206004356146d26149a4565b6146db816149d7565b5f5160206157205f395f51905f52805460ff60a81b191660a883901b60ff60a81b16179055604051908152a1005b34610d3b576020366003190112610d3b576004356147256149a4565b63ffffffff8111614789575f5160206155e05f395f51905f52805463ffffffff60801b1916608083901b63ffffffff60801b161790556040519081527fbd77f5e0e2fc535649f82a3306ad30159cdfe2efa2eb49eb0ad5c84f8449548a90602090a1005b6306dfcc6560e41b5f52602060045260245260445ffd5b600435906001600160a01b0382168203610d3b57565b602435908115158203610d3b57565b9181601f84011215610d3b578235916001600160401b038311610d3b5760208381860195010111610d3b57565b9181601f84011215610d3b578235916001600160401b038311610d3b576020808501948460051b010111610d3b57565b60a081019081106001600160401b0382111761483d57604052565b634e487b7160e01b5f52604160045260245ffd5b90601f801991011681019081106001600160401b0382111761483d57604052565b9291926001600160401b03821161483d576040519161489b601f8201601f191660200184614851565b829481845281830111610d3b578281602093845f960137010152565b600881101561466157602452565b919082018092116144a957565b6001600160a01b03165f9081527fef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b7250c6020526040902090565b6001600160a01b03165f9081527fef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b7250b6020526040902090565b51908115158203610d3b57565b908060209392818452848401375f828201840152601f01601f1916010190565b80546cffffffffffffffffffffffffff60881b191660889290921b6cffffffffffffffffffffffffff60881b16919091179055565b5f5160206155405f395f51905f52546001600160a01b031633036149c457565b63118cdaa760e01b5f523360045260245ffd5b606481116149e25750565b63aa31867360e01b5f5260045260245ffd5b5f5160206156405f395f51905f525c614a1a5760015f5160206156405f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b5f8181525f5160206155205f395f51905f52602052604090208054909291906001600160a01b031615614a595750565b6350c83b9560e01b5f5260045260245ffd5b9060ff1660018103614a7b575050565b60088110156146615761465c91630a5889e560e01b5f526004526148b7565b9060ff1660028103614a7b575050565b6001600160401b03811161483d5760051b60200190565b818102929181159184041417156144a957565b8115614ade570490565b634e487b7160e01b5f52601260045260245ffd5b90614afc82614aaa565b614b096040519182614851565b8281528092614b1a601f1991614aaa565b0190602036910137565b805115614b315760200190565b634e487b7160e01b5f52603260045260245ffd5b8051821015614b315760209160051b010190565b6001600160a01b039091168152606060208083018290528351918301829052608083019301905f5b818110614bc5575050506040818303910152602080835192838152019201905f5b818110614baf5750505090565b8251845260209384019390920191600101614ba2565b82516001600160a01b0316855260209485019490920191600101614b81565b60ff16604d81116144a957600a0a90565b60208101805191929160ff1660128111614c6657505160ff908116601203929083116144a95761ffff6040614c39614c4494614c3361271097614be4565b90614ac1565b925b01511690614ac1565b04905f5160206156005f395f51905f525460a01c808310614c625750565b9150565b60ff9081166011190193915083116144a95761ffff6040614c96614c4494614c9061271097614be4565b90614ad4565b92614c3b565b803b15614e835760405163313ce56760e01b81526001600160a01b039190911690602081600481855afa5f9181614e45575b50614ce657506309cf5ab560e41b5f5260045260245ffd5b60ff811690601e8211614e32577f57ea6053d3ec2080397449f2405d6ee44c2e55fb45c69f1f451ee9530a52cbc491614d20608092614be4565b614e0f604051614d2f81614822565b600181526001600160681b0387614e078260208501888152614dd361ffff604088016101f481526060890193858c1685528d8a01978689525f527fef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b7250c602052614daa60405f209a5115158b9060ff801983541691151516179055565b518954915163ffffff001990921660089190911b61ff001617911660101b63ffff000016178755565b51855470ffffffffffffffffffffffffff000000001916911660201b70ffffffffffffffffffffffffff0000000016178455565b51169061496f565b60405191825260208201526001600160681b0360408201526101f46060820152a2565b826309cf5ab560e41b5f5260045260245ffd5b9091506020813d602011614e7b575b81614e6160209383614851565b81010312610d3b575160ff81168103610d3b57905f614cce565b3d9150614e54565b6309cf5ab560e41b5f9081526001600160a01b0391909116600452602490fd5b6001600160401b038111614ebd576001600160401b031690565b6306dfcc6560e41b5f52604060045260245260445ffd5b604091825193614ee48486614851565b60018552601f1984019182366020880137845192614f028685614851565b60018452366020850137614f1586614b24565b6001600160a01b039091169052614f2b82614b24565b525f5160206157205f395f51905f52546001600160a01b0390811692908116614fbb57505f5160206156e05f395f51905f52546001600160a01b0316915b803b15610d3b57614f93945f809486519788958694859363aacc6fcf60e01b855260048501614b59565b03925af1908115614fb25750614fa65750565b5f614fb091614851565b565b513d5f823e3d90fd5b91614f69565b92909193614fce84614a29565b918254614fe160ff8260f01c1687614a6b565b64ffffffffff8160a01c1680421161524057506001600160a01b03163314615229575f5160206156005f395f51905f5254604051630353d67960e61b81523360048201526060602482015292906001600160a01b031661504560648501898861494f565b848103600319016044860152828152926001600160fb1b038311610d3b576020858094928296829460051b809285830137010301915afa908115614453575f916151ef575b50156151dd5760018060a01b035f5160206157205f395f51905f5254169160018201805460a01c5f5160206155e05f395f51905f5254853b15610d3b5760845f928363ffffffff98604051998a9586946352f514f960e01b865233600487015260248601526001600160801b038116604486015260801c1660648401525af1928315614453577f77873060d5f4b597d5f400ed0038e25917063c26262ba35b7121b8f07bd5a0ef946151c8946151cd575b50805465ffffffffffff60c81b19164260c81b64ffffffffff60c81b1617600160f11b17905580546001600160a01b03191633908117909155604051602080825286917f6a609ccc4611ec81e11a54d8937b9e000bbb05c7743ac8ad14aaf1696699549a9181906151af9082018b8861494f565b0390a3604051918291602083523396602084019161494f565b0390a3565b5f6151d791614851565b5f61513b565b626030a760e21b5f523360045260245ffd5b90506020813d602011615221575b8161520a60209383614851565b81010312610d3b5761521b90614942565b5f61508a565b3d91506151fd565b630272d02960e61b5f52336004525f60245260445ffd5b636768091360e01b5f5260045260245ffd5b801580156152a5575b8015615295575b801561528a575b61527257505050565b6311c1e22960e11b5f5260045260245260445260645ffd5b506127108311615269565b506001600160681b038211615262565b5081811161525b565b5f5160206157005f395f51905f5280546001600160a01b03199081169091555f5160206155405f395f51905f5280549182166001600160a01b0393841690811790915591167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3565b5f5160206155605f395f51905f52546001600160a01b031690811561537e57813b15610d3b57604051633463588d60e11b81526001600160a01b03909116600482015260016024820152905f908290604490829084905af1801561445357614fa65750565b5050565b9060018060a01b035f5160206155605f395f51905f52541690811561541b57604051631c487fa360e01b81526001600160a01b03909316600484015215156024830152602090829060449082905f905af1908115614453575f916153e4575090565b90506020813d602011615413575b816153ff60209383614851565b81010312610d3b5761541090614942565b90565b3d91506153f2565b50505f5160206156005f395f51905f525460405163fe575a8760e01b81526001600160a01b0392831660048201529160209183916024918391165afa908115614453575f916153e4575090565b60ff5f5160206156a05f395f51905f525460401c161561548457565b631afcd79f60e31b5f5260045ffd5b905f8091602081519101845af4808061550c575b156154c75750506040513d81523d5f602083013e60203d82010160405290565b156154ec57639996b31560e01b5f9081526001600160a01b0391909116600452602490fd5b3d156154fd576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b503d1515806154a75750813b15156154a756feef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b7250a9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c199300ef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b72505360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc33de1f0c4f4256b6890ee08852692b1b51f528581c66e7191d8a9095c76e2200ef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b72504ef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b72503ef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b72502ef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b725099b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00ef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b72507ef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b72508f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00ef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b72506ef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b72501237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c00ef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b72500f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00",
}

// JobRegistry is an auto generated Go binding around an Ethereum contract.
type JobRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *JobRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewJobRegistry creates a new instance of JobRegistry.
func NewJobRegistry() *JobRegistry {
	parsed, err := JobRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &JobRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *JobRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEFAULTSTAKEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8177e49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_STAKE_BPS() view returns(uint256)
func (jobRegistry *JobRegistry) PackDEFAULTSTAKEBPS() []byte {
	enc, err := jobRegistry.abi.Pack("DEFAULT_STAKE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTSTAKEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8177e49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_STAKE_BPS() view returns(uint256)
func (jobRegistry *JobRegistry) TryPackDEFAULTSTAKEBPS() ([]byte, error) {
	return jobRegistry.abi.Pack("DEFAULT_STAKE_BPS")
}

// UnpackDEFAULTSTAKEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8177e49.
//
// Solidity: function DEFAULT_STAKE_BPS() view returns(uint256)
func (jobRegistry *JobRegistry) UnpackDEFAULTSTAKEBPS(data []byte) (*big.Int, error) {
	out, err := jobRegistry.abi.Unpack("DEFAULT_STAKE_BPS", data)
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
func (jobRegistry *JobRegistry) PackMODULEVERSION() []byte {
	enc, err := jobRegistry.abi.Pack("MODULE_VERSION")
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
func (jobRegistry *JobRegistry) TryPackMODULEVERSION() ([]byte, error) {
	return jobRegistry.abi.Pack("MODULE_VERSION")
}

// UnpackMODULEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81ed9808.
//
// Solidity: function MODULE_VERSION() view returns(uint256)
func (jobRegistry *JobRegistry) UnpackMODULEVERSION(data []byte) (*big.Int, error) {
	out, err := jobRegistry.abi.Unpack("MODULE_VERSION", data)
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
func (jobRegistry *JobRegistry) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := jobRegistry.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (jobRegistry *JobRegistry) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return jobRegistry.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (jobRegistry *JobRegistry) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := jobRegistry.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
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
func (jobRegistry *JobRegistry) PackAcceptOwnership() []byte {
	enc, err := jobRegistry.abi.Pack("acceptOwnership")
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
func (jobRegistry *JobRegistry) TryPackAcceptOwnership() ([]byte, error) {
	return jobRegistry.abi.Pack("acceptOwnership")
}

// PackApplyForJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x327c1255.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function applyForJob(uint256 jobId, string subdomain, bytes32[] proof) returns()
func (jobRegistry *JobRegistry) PackApplyForJob(jobId *big.Int, subdomain string, proof [][32]byte) []byte {
	enc, err := jobRegistry.abi.Pack("applyForJob", jobId, subdomain, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApplyForJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x327c1255.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function applyForJob(uint256 jobId, string subdomain, bytes32[] proof) returns()
func (jobRegistry *JobRegistry) TryPackApplyForJob(jobId *big.Int, subdomain string, proof [][32]byte) ([]byte, error) {
	return jobRegistry.abi.Pack("applyForJob", jobId, subdomain, proof)
}

// PackCancelJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dffa3dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelJob(uint256 jobId) returns()
func (jobRegistry *JobRegistry) PackCancelJob(jobId *big.Int) []byte {
	enc, err := jobRegistry.abi.Pack("cancelJob", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dffa3dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelJob(uint256 jobId) returns()
func (jobRegistry *JobRegistry) TryPackCancelJob(jobId *big.Int) ([]byte, error) {
	return jobRegistry.abi.Pack("cancelJob", jobId)
}

// PackCertificateNFT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91aec72a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function certificateNFT() view returns(address)
func (jobRegistry *JobRegistry) PackCertificateNFT() []byte {
	enc, err := jobRegistry.abi.Pack("certificateNFT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCertificateNFT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91aec72a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function certificateNFT() view returns(address)
func (jobRegistry *JobRegistry) TryPackCertificateNFT() ([]byte, error) {
	return jobRegistry.abi.Pack("certificateNFT")
}

// UnpackCertificateNFT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91aec72a.
//
// Solidity: function certificateNFT() view returns(address)
func (jobRegistry *JobRegistry) UnpackCertificateNFT(data []byte) (common.Address, error) {
	out, err := jobRegistry.abi.Unpack("certificateNFT", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackClaimTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86e773f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimTimeout(uint256 jobId) returns()
func (jobRegistry *JobRegistry) PackClaimTimeout(jobId *big.Int) []byte {
	enc, err := jobRegistry.abi.Pack("claimTimeout", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86e773f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimTimeout(uint256 jobId) returns()
func (jobRegistry *JobRegistry) TryPackClaimTimeout(jobId *big.Int) ([]byte, error) {
	return jobRegistry.abi.Pack("claimTimeout", jobId)
}

// PackCreateJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea79ef7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createJob(uint256 reward, uint64 deadline, bytes32 specHash, string uri) returns(uint256)
func (jobRegistry *JobRegistry) PackCreateJob(reward *big.Int, deadline uint64, specHash [32]byte, uri string) []byte {
	enc, err := jobRegistry.abi.Pack("createJob", reward, deadline, specHash, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea79ef7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createJob(uint256 reward, uint64 deadline, bytes32 specHash, string uri) returns(uint256)
func (jobRegistry *JobRegistry) TryPackCreateJob(reward *big.Int, deadline uint64, specHash [32]byte, uri string) ([]byte, error) {
	return jobRegistry.abi.Pack("createJob", reward, deadline, specHash, uri)
}

// UnpackCreateJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xea79ef7d.
//
// Solidity: function createJob(uint256 reward, uint64 deadline, bytes32 specHash, string uri) returns(uint256)
func (jobRegistry *JobRegistry) UnpackCreateJob(data []byte) (*big.Int, error) {
	out, err := jobRegistry.abi.Unpack("createJob", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateJobWithToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f7acf5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createJobWithToken(address token, uint256 reward, uint64 deadline, bytes32 specHash, string uri) returns(uint256)
func (jobRegistry *JobRegistry) PackCreateJobWithToken(token common.Address, reward *big.Int, deadline uint64, specHash [32]byte, uri string) []byte {
	enc, err := jobRegistry.abi.Pack("createJobWithToken", token, reward, deadline, specHash, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateJobWithToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f7acf5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createJobWithToken(address token, uint256 reward, uint64 deadline, bytes32 specHash, string uri) returns(uint256)
func (jobRegistry *JobRegistry) TryPackCreateJobWithToken(token common.Address, reward *big.Int, deadline uint64, specHash [32]byte, uri string) ([]byte, error) {
	return jobRegistry.abi.Pack("createJobWithToken", token, reward, deadline, specHash, uri)
}

// UnpackCreateJobWithToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f7acf5b.
//
// Solidity: function createJobWithToken(address token, uint256 reward, uint64 deadline, bytes32 specHash, string uri) returns(uint256)
func (jobRegistry *JobRegistry) UnpackCreateJobWithToken(data []byte) (*big.Int, error) {
	out, err := jobRegistry.abi.Unpack("createJobWithToken", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDefaultToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74c13fda.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultToken() view returns(address)
func (jobRegistry *JobRegistry) PackDefaultToken() []byte {
	enc, err := jobRegistry.abi.Pack("defaultToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74c13fda.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultToken() view returns(address)
func (jobRegistry *JobRegistry) TryPackDefaultToken() ([]byte, error) {
	return jobRegistry.abi.Pack("defaultToken")
}

// UnpackDefaultToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x74c13fda.
//
// Solidity: function defaultToken() view returns(address)
func (jobRegistry *JobRegistry) UnpackDefaultToken(data []byte) (common.Address, error) {
	out, err := jobRegistry.abi.Unpack("defaultToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x236db750.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dispute(uint256 jobId, bytes32 evidenceHash, string reason) returns()
func (jobRegistry *JobRegistry) PackDispute(jobId *big.Int, evidenceHash [32]byte, reason string) []byte {
	enc, err := jobRegistry.abi.Pack("dispute", jobId, evidenceHash, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x236db750.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dispute(uint256 jobId, bytes32 evidenceHash, string reason) returns()
func (jobRegistry *JobRegistry) TryPackDispute(jobId *big.Int, evidenceHash [32]byte, reason string) ([]byte, error) {
	return jobRegistry.abi.Pack("dispute", jobId, evidenceHash, reason)
}

// PackDisputeModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83562af0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeModule() view returns(address)
func (jobRegistry *JobRegistry) PackDisputeModule() []byte {
	enc, err := jobRegistry.abi.Pack("disputeModule")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83562af0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeModule() view returns(address)
func (jobRegistry *JobRegistry) TryPackDisputeModule() ([]byte, error) {
	return jobRegistry.abi.Pack("disputeModule")
}

// UnpackDisputeModule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83562af0.
//
// Solidity: function disputeModule() view returns(address)
func (jobRegistry *JobRegistry) UnpackDisputeModule(data []byte) (common.Address, error) {
	out, err := jobRegistry.abi.Unpack("disputeModule", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEscrowEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb15c93c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrowEnabled() view returns(bool)
func (jobRegistry *JobRegistry) PackEscrowEnabled() []byte {
	enc, err := jobRegistry.abi.Pack("escrowEnabled")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrowEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb15c93c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrowEnabled() view returns(bool)
func (jobRegistry *JobRegistry) TryPackEscrowEnabled() ([]byte, error) {
	return jobRegistry.abi.Pack("escrowEnabled")
}

// UnpackEscrowEnabled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb15c93c.
//
// Solidity: function escrowEnabled() view returns(bool)
func (jobRegistry *JobRegistry) UnpackEscrowEnabled(data []byte) (bool, error) {
	out, err := jobRegistry.abi.Unpack("escrowEnabled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackExpirationGracePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50fb5431.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expirationGracePeriod() view returns(uint256)
func (jobRegistry *JobRegistry) PackExpirationGracePeriod() []byte {
	enc, err := jobRegistry.abi.Pack("expirationGracePeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExpirationGracePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50fb5431.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function expirationGracePeriod() view returns(uint256)
func (jobRegistry *JobRegistry) TryPackExpirationGracePeriod() ([]byte, error) {
	return jobRegistry.abi.Pack("expirationGracePeriod")
}

// UnpackExpirationGracePeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50fb5431.
//
// Solidity: function expirationGracePeriod() view returns(uint256)
func (jobRegistry *JobRegistry) UnpackExpirationGracePeriod(data []byte) (*big.Int, error) {
	out, err := jobRegistry.abi.Unpack("expirationGracePeriod", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFeePct is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa02cf937.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feePct() view returns(uint256)
func (jobRegistry *JobRegistry) PackFeePct() []byte {
	enc, err := jobRegistry.abi.Pack("feePct")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeePct is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa02cf937.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feePct() view returns(uint256)
func (jobRegistry *JobRegistry) TryPackFeePct() ([]byte, error) {
	return jobRegistry.abi.Pack("feePct")
}

// UnpackFeePct is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa02cf937.
//
// Solidity: function feePct() view returns(uint256)
func (jobRegistry *JobRegistry) UnpackFeePct(data []byte) (*big.Int, error) {
	out, err := jobRegistry.abi.Unpack("feePct", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFeePool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xae2e933b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feePool() view returns(address)
func (jobRegistry *JobRegistry) PackFeePool() []byte {
	enc, err := jobRegistry.abi.Pack("feePool")
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
func (jobRegistry *JobRegistry) TryPackFeePool() ([]byte, error) {
	return jobRegistry.abi.Pack("feePool")
}

// UnpackFeePool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae2e933b.
//
// Solidity: function feePool() view returns(address)
func (jobRegistry *JobRegistry) UnpackFeePool(data []byte) (common.Address, error) {
	out, err := jobRegistry.abi.Unpack("feePool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 jobId) returns()
func (jobRegistry *JobRegistry) PackFinalize(jobId *big.Int) []byte {
	enc, err := jobRegistry.abi.Pack("finalize", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 jobId) returns()
func (jobRegistry *JobRegistry) TryPackFinalize(jobId *big.Int) ([]byte, error) {
	return jobRegistry.abi.Pack("finalize", jobId)
}

// PackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf22c457.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getJob(uint256 jobId) view returns((address,address,address,uint256,uint256,uint256,uint64,uint64,uint64,uint8,bool,bytes32,bytes32,bytes32) j)
func (jobRegistry *JobRegistry) PackGetJob(jobId *big.Int) []byte {
	enc, err := jobRegistry.abi.Pack("getJob", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf22c457.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getJob(uint256 jobId) view returns((address,address,address,uint256,uint256,uint256,uint64,uint64,uint64,uint8,bool,bytes32,bytes32,bytes32) j)
func (jobRegistry *JobRegistry) TryPackGetJob(jobId *big.Int) ([]byte, error) {
	return jobRegistry.abi.Pack("getJob", jobId)
}

// UnpackGetJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf22c457.
//
// Solidity: function getJob(uint256 jobId) view returns((address,address,address,uint256,uint256,uint256,uint64,uint64,uint64,uint8,bool,bytes32,bytes32,bytes32) j)
func (jobRegistry *JobRegistry) UnpackGetJob(data []byte) (IJobRegistryJob, error) {
	out, err := jobRegistry.abi.Unpack("getJob", data)
	if err != nil {
		return *new(IJobRegistryJob), err
	}
	out0 := *abi.ConvertType(out[0], new(IJobRegistryJob)).(*IJobRegistryJob)
	return out0, nil
}

// PackIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134e18f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function identityRegistry() view returns(address)
func (jobRegistry *JobRegistry) PackIdentityRegistry() []byte {
	enc, err := jobRegistry.abi.Pack("identityRegistry")
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
func (jobRegistry *JobRegistry) TryPackIdentityRegistry() ([]byte, error) {
	return jobRegistry.abi.Pack("identityRegistry")
}

// UnpackIdentityRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x134e18f4.
//
// Solidity: function identityRegistry() view returns(address)
func (jobRegistry *JobRegistry) UnpackIdentityRegistry(data []byte) (common.Address, error) {
	out, err := jobRegistry.abi.Unpack("identityRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x485cc955.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address owner_, address defaultToken_) returns()
func (jobRegistry *JobRegistry) PackInitialize(owner common.Address, defaultToken common.Address) []byte {
	enc, err := jobRegistry.abi.Pack("initialize", owner, defaultToken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x485cc955.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address owner_, address defaultToken_) returns()
func (jobRegistry *JobRegistry) TryPackInitialize(owner common.Address, defaultToken common.Address) ([]byte, error) {
	return jobRegistry.abi.Pack("initialize", owner, defaultToken)
}

// PackIsTokenAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9eaee0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isTokenAllowed(address token) view returns(bool)
func (jobRegistry *JobRegistry) PackIsTokenAllowed(token common.Address) []byte {
	enc, err := jobRegistry.abi.Pack("isTokenAllowed", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsTokenAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9eaee0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isTokenAllowed(address token) view returns(bool)
func (jobRegistry *JobRegistry) TryPackIsTokenAllowed(token common.Address) ([]byte, error) {
	return jobRegistry.abi.Pack("isTokenAllowed", token)
}

// UnpackIsTokenAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf9eaee0d.
//
// Solidity: function isTokenAllowed(address token) view returns(bool)
func (jobRegistry *JobRegistry) UnpackIsTokenAllowed(data []byte) (bool, error) {
	out, err := jobRegistry.abi.Unpack("isTokenAllowed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackJobDurationLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeaf44543.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobDurationLimit() view returns(uint256)
func (jobRegistry *JobRegistry) PackJobDurationLimit() []byte {
	enc, err := jobRegistry.abi.Pack("jobDurationLimit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobDurationLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeaf44543.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobDurationLimit() view returns(uint256)
func (jobRegistry *JobRegistry) TryPackJobDurationLimit() ([]byte, error) {
	return jobRegistry.abi.Pack("jobDurationLimit")
}

// UnpackJobDurationLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeaf44543.
//
// Solidity: function jobDurationLimit() view returns(uint256)
func (jobRegistry *JobRegistry) UnpackJobDurationLimit(data []byte) (*big.Int, error) {
	out, err := jobRegistry.abi.Unpack("jobDurationLimit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackJobParties is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbf056fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobParties(uint256 jobId) view returns(address employer, address agent)
func (jobRegistry *JobRegistry) PackJobParties(jobId *big.Int) []byte {
	enc, err := jobRegistry.abi.Pack("jobParties", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobParties is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbf056fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobParties(uint256 jobId) view returns(address employer, address agent)
func (jobRegistry *JobRegistry) TryPackJobParties(jobId *big.Int) ([]byte, error) {
	return jobRegistry.abi.Pack("jobParties", jobId)
}

// JobPartiesOutput serves as a container for the return parameters of contract
// method JobParties.
type JobPartiesOutput struct {
	Employer common.Address
	Agent    common.Address
}

// UnpackJobParties is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbf056fe.
//
// Solidity: function jobParties(uint256 jobId) view returns(address employer, address agent)
func (jobRegistry *JobRegistry) UnpackJobParties(data []byte) (JobPartiesOutput, error) {
	out, err := jobRegistry.abi.Unpack("jobParties", data)
	outstruct := new(JobPartiesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Employer = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Agent = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackJobSpecHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b332ad2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobSpecHash(uint256 jobId) view returns(bytes32)
func (jobRegistry *JobRegistry) PackJobSpecHash(jobId *big.Int) []byte {
	enc, err := jobRegistry.abi.Pack("jobSpecHash", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobSpecHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b332ad2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobSpecHash(uint256 jobId) view returns(bytes32)
func (jobRegistry *JobRegistry) TryPackJobSpecHash(jobId *big.Int) ([]byte, error) {
	return jobRegistry.abi.Pack("jobSpecHash", jobId)
}

// UnpackJobSpecHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1b332ad2.
//
// Solidity: function jobSpecHash(uint256 jobId) view returns(bytes32)
func (jobRegistry *JobRegistry) UnpackJobSpecHash(data []byte) ([32]byte, error) {
	out, err := jobRegistry.abi.Unpack("jobSpecHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackJobStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8eccbb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobStake() view returns(uint256)
func (jobRegistry *JobRegistry) PackJobStake() []byte {
	enc, err := jobRegistry.abi.Pack("jobStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8eccbb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobStake() view returns(uint256)
func (jobRegistry *JobRegistry) TryPackJobStake() ([]byte, error) {
	return jobRegistry.abi.Pack("jobStake")
}

// UnpackJobStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8eccbb5.
//
// Solidity: function jobStake() view returns(uint256)
func (jobRegistry *JobRegistry) UnpackJobStake(data []byte) (*big.Int, error) {
	out, err := jobRegistry.abi.Unpack("jobStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackJobStakeFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08445f3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobStakeFor(address token, uint256 reward) view returns(uint256)
func (jobRegistry *JobRegistry) PackJobStakeFor(token common.Address, reward *big.Int) []byte {
	enc, err := jobRegistry.abi.Pack("jobStakeFor", token, reward)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobStakeFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08445f3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobStakeFor(address token, uint256 reward) view returns(uint256)
func (jobRegistry *JobRegistry) TryPackJobStakeFor(token common.Address, reward *big.Int) ([]byte, error) {
	return jobRegistry.abi.Pack("jobStakeFor", token, reward)
}

// UnpackJobStakeFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x08445f3a.
//
// Solidity: function jobStakeFor(address token, uint256 reward) view returns(uint256)
func (jobRegistry *JobRegistry) UnpackJobStakeFor(data []byte) (*big.Int, error) {
	out, err := jobRegistry.abi.Unpack("jobStakeFor", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxActiveJobsPerAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7279f1fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxActiveJobsPerAgent() view returns(uint256)
func (jobRegistry *JobRegistry) PackMaxActiveJobsPerAgent() []byte {
	enc, err := jobRegistry.abi.Pack("maxActiveJobsPerAgent")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxActiveJobsPerAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7279f1fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxActiveJobsPerAgent() view returns(uint256)
func (jobRegistry *JobRegistry) TryPackMaxActiveJobsPerAgent() ([]byte, error) {
	return jobRegistry.abi.Pack("maxActiveJobsPerAgent")
}

// UnpackMaxActiveJobsPerAgent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7279f1fe.
//
// Solidity: function maxActiveJobsPerAgent() view returns(uint256)
func (jobRegistry *JobRegistry) UnpackMaxActiveJobsPerAgent(data []byte) (*big.Int, error) {
	out, err := jobRegistry.abi.Unpack("maxActiveJobsPerAgent", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxJobReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a9b6458.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxJobReward() view returns(uint256)
func (jobRegistry *JobRegistry) PackMaxJobReward() []byte {
	enc, err := jobRegistry.abi.Pack("maxJobReward")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxJobReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a9b6458.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxJobReward() view returns(uint256)
func (jobRegistry *JobRegistry) TryPackMaxJobReward() ([]byte, error) {
	return jobRegistry.abi.Pack("maxJobReward")
}

// UnpackMaxJobReward is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a9b6458.
//
// Solidity: function maxJobReward() view returns(uint256)
func (jobRegistry *JobRegistry) UnpackMaxJobReward(data []byte) (*big.Int, error) {
	out, err := jobRegistry.abi.Unpack("maxJobReward", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMinAgentStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30d164ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minAgentStake() view returns(uint256)
func (jobRegistry *JobRegistry) PackMinAgentStake() []byte {
	enc, err := jobRegistry.abi.Pack("minAgentStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinAgentStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30d164ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minAgentStake() view returns(uint256)
func (jobRegistry *JobRegistry) TryPackMinAgentStake() ([]byte, error) {
	return jobRegistry.abi.Pack("minAgentStake")
}

// UnpackMinAgentStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x30d164ab.
//
// Solidity: function minAgentStake() view returns(uint256)
func (jobRegistry *JobRegistry) UnpackMinAgentStake(data []byte) (*big.Int, error) {
	out, err := jobRegistry.abi.Unpack("minAgentStake", data)
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
func (jobRegistry *JobRegistry) PackModuleKind() []byte {
	enc, err := jobRegistry.abi.Pack("moduleKind")
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
func (jobRegistry *JobRegistry) TryPackModuleKind() ([]byte, error) {
	return jobRegistry.abi.Pack("moduleKind")
}

// UnpackModuleKind is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf21aa1dc.
//
// Solidity: function moduleKind() pure returns(bytes32)
func (jobRegistry *JobRegistry) UnpackModuleKind(data []byte) ([32]byte, error) {
	out, err := jobRegistry.abi.Unpack("moduleKind", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackNextJobId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0c2aa5e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextJobId() view returns(uint256)
func (jobRegistry *JobRegistry) PackNextJobId() []byte {
	enc, err := jobRegistry.abi.Pack("nextJobId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextJobId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0c2aa5e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextJobId() view returns(uint256)
func (jobRegistry *JobRegistry) TryPackNextJobId() ([]byte, error) {
	return jobRegistry.abi.Pack("nextJobId")
}

// UnpackNextJobId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb0c2aa5e.
//
// Solidity: function nextJobId() view returns(uint256)
func (jobRegistry *JobRegistry) UnpackNextJobId(data []byte) (*big.Int, error) {
	out, err := jobRegistry.abi.Unpack("nextJobId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnValidationResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5873dd6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onValidationResult(uint256 jobId, bool success) returns()
func (jobRegistry *JobRegistry) PackOnValidationResult(jobId *big.Int, success bool) []byte {
	enc, err := jobRegistry.abi.Pack("onValidationResult", jobId, success)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnValidationResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5873dd6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onValidationResult(uint256 jobId, bool success) returns()
func (jobRegistry *JobRegistry) TryPackOnValidationResult(jobId *big.Int, success bool) ([]byte, error) {
	return jobRegistry.abi.Pack("onValidationResult", jobId, success)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (jobRegistry *JobRegistry) PackOwner() []byte {
	enc, err := jobRegistry.abi.Pack("owner")
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
func (jobRegistry *JobRegistry) TryPackOwner() ([]byte, error) {
	return jobRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (jobRegistry *JobRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := jobRegistry.abi.Unpack("owner", data)
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
func (jobRegistry *JobRegistry) PackPause() []byte {
	enc, err := jobRegistry.abi.Pack("pause")
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
func (jobRegistry *JobRegistry) TryPackPause() ([]byte, error) {
	return jobRegistry.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (jobRegistry *JobRegistry) PackPaused() []byte {
	enc, err := jobRegistry.abi.Pack("paused")
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
func (jobRegistry *JobRegistry) TryPackPaused() ([]byte, error) {
	return jobRegistry.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (jobRegistry *JobRegistry) UnpackPaused(data []byte) (bool, error) {
	out, err := jobRegistry.abi.Unpack("paused", data)
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
func (jobRegistry *JobRegistry) PackPauser() []byte {
	enc, err := jobRegistry.abi.Pack("pauser")
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
func (jobRegistry *JobRegistry) TryPackPauser() ([]byte, error) {
	return jobRegistry.abi.Pack("pauser")
}

// UnpackPauser is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fd0506d.
//
// Solidity: function pauser() view returns(address)
func (jobRegistry *JobRegistry) UnpackPauser(data []byte) (common.Address, error) {
	out, err := jobRegistry.abi.Unpack("pauser", data)
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
func (jobRegistry *JobRegistry) PackPendingOwner() []byte {
	enc, err := jobRegistry.abi.Pack("pendingOwner")
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
func (jobRegistry *JobRegistry) TryPackPendingOwner() ([]byte, error) {
	return jobRegistry.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (jobRegistry *JobRegistry) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := jobRegistry.abi.Unpack("pendingOwner", data)
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
func (jobRegistry *JobRegistry) PackProxiableUUID() []byte {
	enc, err := jobRegistry.abi.Pack("proxiableUUID")
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
func (jobRegistry *JobRegistry) TryPackProxiableUUID() ([]byte, error) {
	return jobRegistry.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (jobRegistry *JobRegistry) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := jobRegistry.abi.Unpack("proxiableUUID", data)
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
func (jobRegistry *JobRegistry) PackRenounceOwnership() []byte {
	enc, err := jobRegistry.abi.Pack("renounceOwnership")
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
func (jobRegistry *JobRegistry) TryPackRenounceOwnership() ([]byte, error) {
	return jobRegistry.abi.Pack("renounceOwnership")
}

// PackReputationEngine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3f677ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reputationEngine() view returns(address)
func (jobRegistry *JobRegistry) PackReputationEngine() []byte {
	enc, err := jobRegistry.abi.Pack("reputationEngine")
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
func (jobRegistry *JobRegistry) TryPackReputationEngine() ([]byte, error) {
	return jobRegistry.abi.Pack("reputationEngine")
}

// UnpackReputationEngine is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3f677ef.
//
// Solidity: function reputationEngine() view returns(address)
func (jobRegistry *JobRegistry) UnpackReputationEngine(data []byte) (common.Address, error) {
	out, err := jobRegistry.abi.Unpack("reputationEngine", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackResolveDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34b25ee2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolveDispute(uint256 jobId, bool employerWins) returns()
func (jobRegistry *JobRegistry) PackResolveDispute(jobId *big.Int, employerWins bool) []byte {
	enc, err := jobRegistry.abi.Pack("resolveDispute", jobId, employerWins)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolveDispute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34b25ee2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolveDispute(uint256 jobId, bool employerWins) returns()
func (jobRegistry *JobRegistry) TryPackResolveDispute(jobId *big.Int, employerWins bool) ([]byte, error) {
	return jobRegistry.abi.Pack("resolveDispute", jobId, employerWins)
}

// PackSetCertificateNFT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x189a0f27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCertificateNFT(address module) returns()
func (jobRegistry *JobRegistry) PackSetCertificateNFT(module common.Address) []byte {
	enc, err := jobRegistry.abi.Pack("setCertificateNFT", module)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCertificateNFT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x189a0f27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCertificateNFT(address module) returns()
func (jobRegistry *JobRegistry) TryPackSetCertificateNFT(module common.Address) ([]byte, error) {
	return jobRegistry.abi.Pack("setCertificateNFT", module)
}

// PackSetDisputeModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa36a3f05.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDisputeModule(address module) returns()
func (jobRegistry *JobRegistry) PackSetDisputeModule(module common.Address) []byte {
	enc, err := jobRegistry.abi.Pack("setDisputeModule", module)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDisputeModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa36a3f05.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDisputeModule(address module) returns()
func (jobRegistry *JobRegistry) TryPackSetDisputeModule(module common.Address) ([]byte, error) {
	return jobRegistry.abi.Pack("setDisputeModule", module)
}

// PackSetEscrowStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5aed492.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setEscrowStatus(bool enabled) returns()
func (jobRegistry *JobRegistry) PackSetEscrowStatus(enabled bool) []byte {
	enc, err := jobRegistry.abi.Pack("setEscrowStatus", enabled)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetEscrowStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5aed492.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setEscrowStatus(bool enabled) returns()
func (jobRegistry *JobRegistry) TryPackSetEscrowStatus(enabled bool) ([]byte, error) {
	return jobRegistry.abi.Pack("setEscrowStatus", enabled)
}

// PackSetExpirationGracePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fd08bfd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setExpirationGracePeriod(uint256 period) returns()
func (jobRegistry *JobRegistry) PackSetExpirationGracePeriod(period *big.Int) []byte {
	enc, err := jobRegistry.abi.Pack("setExpirationGracePeriod", period)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetExpirationGracePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fd08bfd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setExpirationGracePeriod(uint256 period) returns()
func (jobRegistry *JobRegistry) TryPackSetExpirationGracePeriod(period *big.Int) ([]byte, error) {
	return jobRegistry.abi.Pack("setExpirationGracePeriod", period)
}

// PackSetFeePct is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf209be41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeePct(uint256 pct) returns()
func (jobRegistry *JobRegistry) PackSetFeePct(pct *big.Int) []byte {
	enc, err := jobRegistry.abi.Pack("setFeePct", pct)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeePct is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf209be41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeePct(uint256 pct) returns()
func (jobRegistry *JobRegistry) TryPackSetFeePct(pct *big.Int) ([]byte, error) {
	return jobRegistry.abi.Pack("setFeePct", pct)
}

// PackSetFeePool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19db2228.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeePool(address module) returns()
func (jobRegistry *JobRegistry) PackSetFeePool(module common.Address) []byte {
	enc, err := jobRegistry.abi.Pack("setFeePool", module)
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
func (jobRegistry *JobRegistry) TryPackSetFeePool(module common.Address) ([]byte, error) {
	return jobRegistry.abi.Pack("setFeePool", module)
}

// PackSetIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf3f861.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setIdentityRegistry(address module) returns()
func (jobRegistry *JobRegistry) PackSetIdentityRegistry(module common.Address) []byte {
	enc, err := jobRegistry.abi.Pack("setIdentityRegistry", module)
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
func (jobRegistry *JobRegistry) TryPackSetIdentityRegistry(module common.Address) ([]byte, error) {
	return jobRegistry.abi.Pack("setIdentityRegistry", module)
}

// PackSetJobDurationLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17a65137.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setJobDurationLimit(uint256 limit) returns()
func (jobRegistry *JobRegistry) PackSetJobDurationLimit(limit *big.Int) []byte {
	enc, err := jobRegistry.abi.Pack("setJobDurationLimit", limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetJobDurationLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17a65137.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setJobDurationLimit(uint256 limit) returns()
func (jobRegistry *JobRegistry) TryPackSetJobDurationLimit(limit *big.Int) ([]byte, error) {
	return jobRegistry.abi.Pack("setJobDurationLimit", limit)
}

// PackSetJobStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2c68f96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setJobStake(uint96 stake) returns()
func (jobRegistry *JobRegistry) PackSetJobStake(stake *big.Int) []byte {
	enc, err := jobRegistry.abi.Pack("setJobStake", stake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetJobStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2c68f96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setJobStake(uint96 stake) returns()
func (jobRegistry *JobRegistry) TryPackSetJobStake(stake *big.Int) ([]byte, error) {
	return jobRegistry.abi.Pack("setJobStake", stake)
}

// PackSetMaxActiveJobsPerAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x041da313.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxActiveJobsPerAgent(uint256 max) returns()
func (jobRegistry *JobRegistry) PackSetMaxActiveJobsPerAgent(max *big.Int) []byte {
	enc, err := jobRegistry.abi.Pack("setMaxActiveJobsPerAgent", max)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaxActiveJobsPerAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x041da313.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaxActiveJobsPerAgent(uint256 max) returns()
func (jobRegistry *JobRegistry) TryPackSetMaxActiveJobsPerAgent(max *big.Int) ([]byte, error) {
	return jobRegistry.abi.Pack("setMaxActiveJobsPerAgent", max)
}

// PackSetMaxJobReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b026f43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxJobReward(uint256 maxReward) returns()
func (jobRegistry *JobRegistry) PackSetMaxJobReward(maxReward *big.Int) []byte {
	enc, err := jobRegistry.abi.Pack("setMaxJobReward", maxReward)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaxJobReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b026f43.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaxJobReward(uint256 maxReward) returns()
func (jobRegistry *JobRegistry) TryPackSetMaxJobReward(maxReward *big.Int) ([]byte, error) {
	return jobRegistry.abi.Pack("setMaxJobReward", maxReward)
}

// PackSetMinAgentStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a9f92d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinAgentStake(uint256 stake) returns()
func (jobRegistry *JobRegistry) PackSetMinAgentStake(stake *big.Int) []byte {
	enc, err := jobRegistry.abi.Pack("setMinAgentStake", stake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinAgentStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a9f92d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinAgentStake(uint256 stake) returns()
func (jobRegistry *JobRegistry) TryPackSetMinAgentStake(stake *big.Int) ([]byte, error) {
	return jobRegistry.abi.Pack("setMinAgentStake", stake)
}

// PackSetPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d88af4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPauser(address pauser_) returns()
func (jobRegistry *JobRegistry) PackSetPauser(pauser common.Address) []byte {
	enc, err := jobRegistry.abi.Pack("setPauser", pauser)
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
func (jobRegistry *JobRegistry) TryPackSetPauser(pauser common.Address) ([]byte, error) {
	return jobRegistry.abi.Pack("setPauser", pauser)
}

// PackSetReputationEngine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bb5090c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReputationEngine(address module) returns()
func (jobRegistry *JobRegistry) PackSetReputationEngine(module common.Address) []byte {
	enc, err := jobRegistry.abi.Pack("setReputationEngine", module)
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
func (jobRegistry *JobRegistry) TryPackSetReputationEngine(module common.Address) ([]byte, error) {
	return jobRegistry.abi.Pack("setReputationEngine", module)
}

// PackSetStakeManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e7c67fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setStakeManager(address module) returns()
func (jobRegistry *JobRegistry) PackSetStakeManager(module common.Address) []byte {
	enc, err := jobRegistry.abi.Pack("setStakeManager", module)
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
func (jobRegistry *JobRegistry) TryPackSetStakeManager(module common.Address) ([]byte, error) {
	return jobRegistry.abi.Pack("setStakeManager", module)
}

// PackSetTokenAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15f69012.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTokenAllowed(address token, bool allowed) returns()
func (jobRegistry *JobRegistry) PackSetTokenAllowed(token common.Address, allowed bool) []byte {
	enc, err := jobRegistry.abi.Pack("setTokenAllowed", token, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTokenAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15f69012.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTokenAllowed(address token, bool allowed) returns()
func (jobRegistry *JobRegistry) TryPackSetTokenAllowed(token common.Address, allowed bool) ([]byte, error) {
	return jobRegistry.abi.Pack("setTokenAllowed", token, allowed)
}

// PackSetTokenConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f954f3b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTokenConfig(address token, uint256 minReward, uint256 maxReward, uint256 stakeBps) returns()
func (jobRegistry *JobRegistry) PackSetTokenConfig(token common.Address, minReward *big.Int, maxReward *big.Int, stakeBps *big.Int) []byte {
	enc, err := jobRegistry.abi.Pack("setTokenConfig", token, minReward, maxReward, stakeBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTokenConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f954f3b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTokenConfig(address token, uint256 minReward, uint256 maxReward, uint256 stakeBps) returns()
func (jobRegistry *JobRegistry) TryPackSetTokenConfig(token common.Address, minReward *big.Int, maxReward *big.Int, stakeBps *big.Int) ([]byte, error) {
	return jobRegistry.abi.Pack("setTokenConfig", token, minReward, maxReward, stakeBps)
}

// PackSetValidationModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57b6416c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setValidationModule(address module) returns()
func (jobRegistry *JobRegistry) PackSetValidationModule(module common.Address) []byte {
	enc, err := jobRegistry.abi.Pack("setValidationModule", module)
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
func (jobRegistry *JobRegistry) TryPackSetValidationModule(module common.Address) ([]byte, error) {
	return jobRegistry.abi.Pack("setValidationModule", module)
}

// PackSetValidatorRewardPct is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04ffdbaf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setValidatorRewardPct(uint256 pct) returns()
func (jobRegistry *JobRegistry) PackSetValidatorRewardPct(pct *big.Int) []byte {
	enc, err := jobRegistry.abi.Pack("setValidatorRewardPct", pct)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetValidatorRewardPct is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04ffdbaf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setValidatorRewardPct(uint256 pct) returns()
func (jobRegistry *JobRegistry) TryPackSetValidatorRewardPct(pct *big.Int) ([]byte, error) {
	return jobRegistry.abi.Pack("setValidatorRewardPct", pct)
}

// PackStakeAndApply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x842fc2d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeAndApply(uint256 jobId, uint256 amount, string subdomain, bytes32[] proof) returns()
func (jobRegistry *JobRegistry) PackStakeAndApply(jobId *big.Int, amount *big.Int, subdomain string, proof [][32]byte) []byte {
	enc, err := jobRegistry.abi.Pack("stakeAndApply", jobId, amount, subdomain, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeAndApply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x842fc2d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeAndApply(uint256 jobId, uint256 amount, string subdomain, bytes32[] proof) returns()
func (jobRegistry *JobRegistry) TryPackStakeAndApply(jobId *big.Int, amount *big.Int, subdomain string, proof [][32]byte) ([]byte, error) {
	return jobRegistry.abi.Pack("stakeAndApply", jobId, amount, subdomain, proof)
}

// PackStakeManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7542ff95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeManager() view returns(address)
func (jobRegistry *JobRegistry) PackStakeManager() []byte {
	enc, err := jobRegistry.abi.Pack("stakeManager")
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
func (jobRegistry *JobRegistry) TryPackStakeManager() ([]byte, error) {
	return jobRegistry.abi.Pack("stakeManager")
}

// UnpackStakeManager is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7542ff95.
//
// Solidity: function stakeManager() view returns(address)
func (jobRegistry *JobRegistry) UnpackStakeManager(data []byte) (common.Address, error) {
	out, err := jobRegistry.abi.Unpack("stakeManager", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45e2a625.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submit(uint256 jobId, bytes32 resultHash, string resultURI, string subdomain, bytes32[] ) returns()
func (jobRegistry *JobRegistry) PackSubmit(jobId *big.Int, resultHash [32]byte, resultURI string, subdomain string, arg4 [][32]byte) []byte {
	enc, err := jobRegistry.abi.Pack("submit", jobId, resultHash, resultURI, subdomain, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45e2a625.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submit(uint256 jobId, bytes32 resultHash, string resultURI, string subdomain, bytes32[] ) returns()
func (jobRegistry *JobRegistry) TryPackSubmit(jobId *big.Int, resultHash [32]byte, resultURI string, subdomain string, arg4 [][32]byte) ([]byte, error) {
	return jobRegistry.abi.Pack("submit", jobId, resultHash, resultURI, subdomain, arg4)
}

// PackTokenConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe136c4e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenConfig(address token) view returns(uint8 decimals, uint256 minReward, uint256 maxReward, uint256 stakeBps)
func (jobRegistry *JobRegistry) PackTokenConfig(token common.Address) []byte {
	enc, err := jobRegistry.abi.Pack("tokenConfig", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe136c4e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenConfig(address token) view returns(uint8 decimals, uint256 minReward, uint256 maxReward, uint256 stakeBps)
func (jobRegistry *JobRegistry) TryPackTokenConfig(token common.Address) ([]byte, error) {
	return jobRegistry.abi.Pack("tokenConfig", token)
}

// TokenConfigOutput serves as a container for the return parameters of contract
// method TokenConfig.
type TokenConfigOutput struct {
	Decimals  uint8
	MinReward *big.Int
	MaxReward *big.Int
	StakeBps  *big.Int
}

// UnpackTokenConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe136c4e.
//
// Solidity: function tokenConfig(address token) view returns(uint8 decimals, uint256 minReward, uint256 maxReward, uint256 stakeBps)
func (jobRegistry *JobRegistry) UnpackTokenConfig(data []byte) (TokenConfigOutput, error) {
	out, err := jobRegistry.abi.Unpack("tokenConfig", data)
	outstruct := new(TokenConfigOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Decimals = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.MinReward = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.MaxReward = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.StakeBps = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (jobRegistry *JobRegistry) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := jobRegistry.abi.Pack("transferOwnership", newOwner)
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
func (jobRegistry *JobRegistry) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return jobRegistry.abi.Pack("transferOwnership", newOwner)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (jobRegistry *JobRegistry) PackUnpause() []byte {
	enc, err := jobRegistry.abi.Pack("unpause")
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
func (jobRegistry *JobRegistry) TryPackUnpause() ([]byte, error) {
	return jobRegistry.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (jobRegistry *JobRegistry) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := jobRegistry.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (jobRegistry *JobRegistry) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return jobRegistry.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackValidationModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c795b9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validationModule() view returns(address)
func (jobRegistry *JobRegistry) PackValidationModule() []byte {
	enc, err := jobRegistry.abi.Pack("validationModule")
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
func (jobRegistry *JobRegistry) TryPackValidationModule() ([]byte, error) {
	return jobRegistry.abi.Pack("validationModule")
}

// UnpackValidationModule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c795b9c.
//
// Solidity: function validationModule() view returns(address)
func (jobRegistry *JobRegistry) UnpackValidationModule(data []byte) (common.Address, error) {
	out, err := jobRegistry.abi.Unpack("validationModule", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackValidatorRewardPct is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb365a039.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validatorRewardPct() view returns(uint256)
func (jobRegistry *JobRegistry) PackValidatorRewardPct() []byte {
	enc, err := jobRegistry.abi.Pack("validatorRewardPct")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidatorRewardPct is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb365a039.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validatorRewardPct() view returns(uint256)
func (jobRegistry *JobRegistry) TryPackValidatorRewardPct() ([]byte, error) {
	return jobRegistry.abi.Pack("validatorRewardPct")
}

// UnpackValidatorRewardPct is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb365a039.
//
// Solidity: function validatorRewardPct() view returns(uint256)
func (jobRegistry *JobRegistry) UnpackValidatorRewardPct(data []byte) (*big.Int, error) {
	out, err := jobRegistry.abi.Unpack("validatorRewardPct", data)
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
func (jobRegistry *JobRegistry) PackVersion() []byte {
	enc, err := jobRegistry.abi.Pack("version")
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
func (jobRegistry *JobRegistry) TryPackVersion() ([]byte, error) {
	return jobRegistry.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(uint256)
func (jobRegistry *JobRegistry) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := jobRegistry.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// JobRegistryAgentAssigned represents a AgentAssigned event raised by the JobRegistry contract.
type JobRegistryAgentAssigned struct {
	JobId     *big.Int
	Agent     common.Address
	Subdomain string
	Raw       *types.Log // Blockchain specific contextual infos
}

const JobRegistryAgentAssignedEventName = "AgentAssigned"

// ContractEventName returns the user-defined event name.
func (JobRegistryAgentAssigned) ContractEventName() string {
	return JobRegistryAgentAssignedEventName
}

// UnpackAgentAssignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentAssigned(uint256 indexed jobId, address indexed agent, string subdomain)
func (jobRegistry *JobRegistry) UnpackAgentAssignedEvent(log *types.Log) (*JobRegistryAgentAssigned, error) {
	event := "AgentAssigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryAgentAssigned)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryApplicationSubmitted represents a ApplicationSubmitted event raised by the JobRegistry contract.
type JobRegistryApplicationSubmitted struct {
	JobId     *big.Int
	Applicant common.Address
	Subdomain string
	Raw       *types.Log // Blockchain specific contextual infos
}

const JobRegistryApplicationSubmittedEventName = "ApplicationSubmitted"

// ContractEventName returns the user-defined event name.
func (JobRegistryApplicationSubmitted) ContractEventName() string {
	return JobRegistryApplicationSubmittedEventName
}

// UnpackApplicationSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApplicationSubmitted(uint256 indexed jobId, address indexed applicant, string subdomain)
func (jobRegistry *JobRegistry) UnpackApplicationSubmittedEvent(log *types.Log) (*JobRegistryApplicationSubmitted, error) {
	event := "ApplicationSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryApplicationSubmitted)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryCertificateNFTUpdated represents a CertificateNFTUpdated event raised by the JobRegistry contract.
type JobRegistryCertificateNFTUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryCertificateNFTUpdatedEventName = "CertificateNFTUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryCertificateNFTUpdated) ContractEventName() string {
	return JobRegistryCertificateNFTUpdatedEventName
}

// UnpackCertificateNFTUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CertificateNFTUpdated(address module)
func (jobRegistry *JobRegistry) UnpackCertificateNFTUpdatedEvent(log *types.Log) (*JobRegistryCertificateNFTUpdated, error) {
	event := "CertificateNFTUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryCertificateNFTUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryDisputeModuleUpdated represents a DisputeModuleUpdated event raised by the JobRegistry contract.
type JobRegistryDisputeModuleUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryDisputeModuleUpdatedEventName = "DisputeModuleUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryDisputeModuleUpdated) ContractEventName() string {
	return JobRegistryDisputeModuleUpdatedEventName
}

// UnpackDisputeModuleUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeModuleUpdated(address module)
func (jobRegistry *JobRegistry) UnpackDisputeModuleUpdatedEvent(log *types.Log) (*JobRegistryDisputeModuleUpdated, error) {
	event := "DisputeModuleUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryDisputeModuleUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryDisputeResolved represents a DisputeResolved event raised by the JobRegistry contract.
type JobRegistryDisputeResolved struct {
	JobId        *big.Int
	EmployerWins bool
	Raw          *types.Log // Blockchain specific contextual infos
}

const JobRegistryDisputeResolvedEventName = "DisputeResolved"

// ContractEventName returns the user-defined event name.
func (JobRegistryDisputeResolved) ContractEventName() string {
	return JobRegistryDisputeResolvedEventName
}

// UnpackDisputeResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeResolved(uint256 indexed jobId, bool employerWins)
func (jobRegistry *JobRegistry) UnpackDisputeResolvedEvent(log *types.Log) (*JobRegistryDisputeResolved, error) {
	event := "DisputeResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryDisputeResolved)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryEscrowStatusUpdated represents a EscrowStatusUpdated event raised by the JobRegistry contract.
type JobRegistryEscrowStatusUpdated struct {
	Enabled bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobRegistryEscrowStatusUpdatedEventName = "EscrowStatusUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryEscrowStatusUpdated) ContractEventName() string {
	return JobRegistryEscrowStatusUpdatedEventName
}

// UnpackEscrowStatusUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscrowStatusUpdated(bool enabled)
func (jobRegistry *JobRegistry) UnpackEscrowStatusUpdatedEvent(log *types.Log) (*JobRegistryEscrowStatusUpdated, error) {
	event := "EscrowStatusUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryEscrowStatusUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryExpirationGracePeriodUpdated represents a ExpirationGracePeriodUpdated event raised by the JobRegistry contract.
type JobRegistryExpirationGracePeriodUpdated struct {
	Period *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryExpirationGracePeriodUpdatedEventName = "ExpirationGracePeriodUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryExpirationGracePeriodUpdated) ContractEventName() string {
	return JobRegistryExpirationGracePeriodUpdatedEventName
}

// UnpackExpirationGracePeriodUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExpirationGracePeriodUpdated(uint256 period)
func (jobRegistry *JobRegistry) UnpackExpirationGracePeriodUpdatedEvent(log *types.Log) (*JobRegistryExpirationGracePeriodUpdated, error) {
	event := "ExpirationGracePeriodUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryExpirationGracePeriodUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryFeePctUpdated represents a FeePctUpdated event raised by the JobRegistry contract.
type JobRegistryFeePctUpdated struct {
	FeePct *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryFeePctUpdatedEventName = "FeePctUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryFeePctUpdated) ContractEventName() string {
	return JobRegistryFeePctUpdatedEventName
}

// UnpackFeePctUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeePctUpdated(uint256 feePct)
func (jobRegistry *JobRegistry) UnpackFeePctUpdatedEvent(log *types.Log) (*JobRegistryFeePctUpdated, error) {
	event := "FeePctUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryFeePctUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryFeePoolUpdated represents a FeePoolUpdated event raised by the JobRegistry contract.
type JobRegistryFeePoolUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryFeePoolUpdatedEventName = "FeePoolUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryFeePoolUpdated) ContractEventName() string {
	return JobRegistryFeePoolUpdatedEventName
}

// UnpackFeePoolUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeePoolUpdated(address module)
func (jobRegistry *JobRegistry) UnpackFeePoolUpdatedEvent(log *types.Log) (*JobRegistryFeePoolUpdated, error) {
	event := "FeePoolUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryFeePoolUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryIdentityRegistryUpdated represents a IdentityRegistryUpdated event raised by the JobRegistry contract.
type JobRegistryIdentityRegistryUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryIdentityRegistryUpdatedEventName = "IdentityRegistryUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryIdentityRegistryUpdated) ContractEventName() string {
	return JobRegistryIdentityRegistryUpdatedEventName
}

// UnpackIdentityRegistryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityRegistryUpdated(address module)
func (jobRegistry *JobRegistry) UnpackIdentityRegistryUpdatedEvent(log *types.Log) (*JobRegistryIdentityRegistryUpdated, error) {
	event := "IdentityRegistryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryIdentityRegistryUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryInitialized represents a Initialized event raised by the JobRegistry contract.
type JobRegistryInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobRegistryInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (JobRegistryInitialized) ContractEventName() string {
	return JobRegistryInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (jobRegistry *JobRegistry) UnpackInitializedEvent(log *types.Log) (*JobRegistryInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryInitialized)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryJobCancelled represents a JobCancelled event raised by the JobRegistry contract.
type JobRegistryJobCancelled struct {
	JobId *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const JobRegistryJobCancelledEventName = "JobCancelled"

// ContractEventName returns the user-defined event name.
func (JobRegistryJobCancelled) ContractEventName() string {
	return JobRegistryJobCancelledEventName
}

// UnpackJobCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobCancelled(uint256 indexed jobId)
func (jobRegistry *JobRegistry) UnpackJobCancelledEvent(log *types.Log) (*JobRegistryJobCancelled, error) {
	event := "JobCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryJobCancelled)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryJobCompleted represents a JobCompleted event raised by the JobRegistry contract.
type JobRegistryJobCompleted struct {
	JobId   *big.Int
	Success bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobRegistryJobCompletedEventName = "JobCompleted"

// ContractEventName returns the user-defined event name.
func (JobRegistryJobCompleted) ContractEventName() string {
	return JobRegistryJobCompletedEventName
}

// UnpackJobCompletedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobCompleted(uint256 indexed jobId, bool success)
func (jobRegistry *JobRegistry) UnpackJobCompletedEvent(log *types.Log) (*JobRegistryJobCompleted, error) {
	event := "JobCompleted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryJobCompleted)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryJobCreated represents a JobCreated event raised by the JobRegistry contract.
type JobRegistryJobCreated struct {
	JobId    *big.Int
	Employer common.Address
	Agent    common.Address
	Reward   *big.Int
	Stake    *big.Int
	Fee      *big.Int
	SpecHash [32]byte
	Uri      string
	Raw      *types.Log // Blockchain specific contextual infos
}

const JobRegistryJobCreatedEventName = "JobCreated"

// ContractEventName returns the user-defined event name.
func (JobRegistryJobCreated) ContractEventName() string {
	return JobRegistryJobCreatedEventName
}

// UnpackJobCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobCreated(uint256 indexed jobId, address indexed employer, address indexed agent, uint256 reward, uint256 stake, uint256 fee, bytes32 specHash, string uri)
func (jobRegistry *JobRegistry) UnpackJobCreatedEvent(log *types.Log) (*JobRegistryJobCreated, error) {
	event := "JobCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryJobCreated)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryJobDisputed represents a JobDisputed event raised by the JobRegistry contract.
type JobRegistryJobDisputed struct {
	JobId  *big.Int
	Caller common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryJobDisputedEventName = "JobDisputed"

// ContractEventName returns the user-defined event name.
func (JobRegistryJobDisputed) ContractEventName() string {
	return JobRegistryJobDisputedEventName
}

// UnpackJobDisputedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobDisputed(uint256 indexed jobId, address indexed caller)
func (jobRegistry *JobRegistry) UnpackJobDisputedEvent(log *types.Log) (*JobRegistryJobDisputed, error) {
	event := "JobDisputed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryJobDisputed)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryJobDurationLimitUpdated represents a JobDurationLimitUpdated event raised by the JobRegistry contract.
type JobRegistryJobDurationLimitUpdated struct {
	Limit *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const JobRegistryJobDurationLimitUpdatedEventName = "JobDurationLimitUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryJobDurationLimitUpdated) ContractEventName() string {
	return JobRegistryJobDurationLimitUpdatedEventName
}

// UnpackJobDurationLimitUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobDurationLimitUpdated(uint256 limit)
func (jobRegistry *JobRegistry) UnpackJobDurationLimitUpdatedEvent(log *types.Log) (*JobRegistryJobDurationLimitUpdated, error) {
	event := "JobDurationLimitUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryJobDurationLimitUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryJobFinalized represents a JobFinalized event raised by the JobRegistry contract.
type JobRegistryJobFinalized struct {
	JobId  *big.Int
	Worker common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryJobFinalizedEventName = "JobFinalized"

// ContractEventName returns the user-defined event name.
func (JobRegistryJobFinalized) ContractEventName() string {
	return JobRegistryJobFinalizedEventName
}

// UnpackJobFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobFinalized(uint256 indexed jobId, address indexed worker)
func (jobRegistry *JobRegistry) UnpackJobFinalizedEvent(log *types.Log) (*JobRegistryJobFinalized, error) {
	event := "JobFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryJobFinalized)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryJobStakeUpdated represents a JobStakeUpdated event raised by the JobRegistry contract.
type JobRegistryJobStakeUpdated struct {
	Stake *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const JobRegistryJobStakeUpdatedEventName = "JobStakeUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryJobStakeUpdated) ContractEventName() string {
	return JobRegistryJobStakeUpdatedEventName
}

// UnpackJobStakeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobStakeUpdated(uint256 stake)
func (jobRegistry *JobRegistry) UnpackJobStakeUpdatedEvent(log *types.Log) (*JobRegistryJobStakeUpdated, error) {
	event := "JobStakeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryJobStakeUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryJobTimedOut represents a JobTimedOut event raised by the JobRegistry contract.
type JobRegistryJobTimedOut struct {
	JobId  *big.Int
	Caller common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryJobTimedOutEventName = "JobTimedOut"

// ContractEventName returns the user-defined event name.
func (JobRegistryJobTimedOut) ContractEventName() string {
	return JobRegistryJobTimedOutEventName
}

// UnpackJobTimedOutEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobTimedOut(uint256 indexed jobId, address indexed caller)
func (jobRegistry *JobRegistry) UnpackJobTimedOutEvent(log *types.Log) (*JobRegistryJobTimedOut, error) {
	event := "JobTimedOut"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryJobTimedOut)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryJobToken represents a JobToken event raised by the JobRegistry contract.
type JobRegistryJobToken struct {
	JobId *big.Int
	Token common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const JobRegistryJobTokenEventName = "JobToken"

// ContractEventName returns the user-defined event name.
func (JobRegistryJobToken) ContractEventName() string {
	return JobRegistryJobTokenEventName
}

// UnpackJobTokenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobToken(uint256 indexed jobId, address indexed token)
func (jobRegistry *JobRegistry) UnpackJobTokenEvent(log *types.Log) (*JobRegistryJobToken, error) {
	event := "JobToken"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryJobToken)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryMaxActiveJobsPerAgentUpdated represents a MaxActiveJobsPerAgentUpdated event raised by the JobRegistry contract.
type JobRegistryMaxActiveJobsPerAgentUpdated struct {
	Max *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const JobRegistryMaxActiveJobsPerAgentUpdatedEventName = "MaxActiveJobsPerAgentUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryMaxActiveJobsPerAgentUpdated) ContractEventName() string {
	return JobRegistryMaxActiveJobsPerAgentUpdatedEventName
}

// UnpackMaxActiveJobsPerAgentUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxActiveJobsPerAgentUpdated(uint256 max)
func (jobRegistry *JobRegistry) UnpackMaxActiveJobsPerAgentUpdatedEvent(log *types.Log) (*JobRegistryMaxActiveJobsPerAgentUpdated, error) {
	event := "MaxActiveJobsPerAgentUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryMaxActiveJobsPerAgentUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryMaxJobRewardUpdated represents a MaxJobRewardUpdated event raised by the JobRegistry contract.
type JobRegistryMaxJobRewardUpdated struct {
	MaxReward *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const JobRegistryMaxJobRewardUpdatedEventName = "MaxJobRewardUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryMaxJobRewardUpdated) ContractEventName() string {
	return JobRegistryMaxJobRewardUpdatedEventName
}

// UnpackMaxJobRewardUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxJobRewardUpdated(uint256 maxReward)
func (jobRegistry *JobRegistry) UnpackMaxJobRewardUpdatedEvent(log *types.Log) (*JobRegistryMaxJobRewardUpdated, error) {
	event := "MaxJobRewardUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryMaxJobRewardUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryMinAgentStakeUpdated represents a MinAgentStakeUpdated event raised by the JobRegistry contract.
type JobRegistryMinAgentStakeUpdated struct {
	Stake *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const JobRegistryMinAgentStakeUpdatedEventName = "MinAgentStakeUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryMinAgentStakeUpdated) ContractEventName() string {
	return JobRegistryMinAgentStakeUpdatedEventName
}

// UnpackMinAgentStakeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinAgentStakeUpdated(uint256 stake)
func (jobRegistry *JobRegistry) UnpackMinAgentStakeUpdatedEvent(log *types.Log) (*JobRegistryMinAgentStakeUpdated, error) {
	event := "MinAgentStakeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryMinAgentStakeUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the JobRegistry contract.
type JobRegistryOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const JobRegistryOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (JobRegistryOwnershipTransferStarted) ContractEventName() string {
	return JobRegistryOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (jobRegistry *JobRegistry) UnpackOwnershipTransferStartedEvent(log *types.Log) (*JobRegistryOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the JobRegistry contract.
type JobRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const JobRegistryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (JobRegistryOwnershipTransferred) ContractEventName() string {
	return JobRegistryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (jobRegistry *JobRegistry) UnpackOwnershipTransferredEvent(log *types.Log) (*JobRegistryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryPaused represents a Paused event raised by the JobRegistry contract.
type JobRegistryPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobRegistryPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (JobRegistryPaused) ContractEventName() string {
	return JobRegistryPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (jobRegistry *JobRegistry) UnpackPausedEvent(log *types.Log) (*JobRegistryPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryPaused)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryPauserUpdated represents a PauserUpdated event raised by the JobRegistry contract.
type JobRegistryPauserUpdated struct {
	Pauser common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryPauserUpdatedEventName = "PauserUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryPauserUpdated) ContractEventName() string {
	return JobRegistryPauserUpdatedEventName
}

// UnpackPauserUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PauserUpdated(address pauser)
func (jobRegistry *JobRegistry) UnpackPauserUpdatedEvent(log *types.Log) (*JobRegistryPauserUpdated, error) {
	event := "PauserUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryPauserUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryReputationEngineUpdated represents a ReputationEngineUpdated event raised by the JobRegistry contract.
type JobRegistryReputationEngineUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryReputationEngineUpdatedEventName = "ReputationEngineUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryReputationEngineUpdated) ContractEventName() string {
	return JobRegistryReputationEngineUpdatedEventName
}

// UnpackReputationEngineUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReputationEngineUpdated(address module)
func (jobRegistry *JobRegistry) UnpackReputationEngineUpdatedEvent(log *types.Log) (*JobRegistryReputationEngineUpdated, error) {
	event := "ReputationEngineUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryReputationEngineUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryResultSubmitted represents a ResultSubmitted event raised by the JobRegistry contract.
type JobRegistryResultSubmitted struct {
	JobId      *big.Int
	Worker     common.Address
	ResultHash [32]byte
	ResultURI  string
	Subdomain  string
	Raw        *types.Log // Blockchain specific contextual infos
}

const JobRegistryResultSubmittedEventName = "ResultSubmitted"

// ContractEventName returns the user-defined event name.
func (JobRegistryResultSubmitted) ContractEventName() string {
	return JobRegistryResultSubmittedEventName
}

// UnpackResultSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultSubmitted(uint256 indexed jobId, address indexed worker, bytes32 resultHash, string resultURI, string subdomain)
func (jobRegistry *JobRegistry) UnpackResultSubmittedEvent(log *types.Log) (*JobRegistryResultSubmitted, error) {
	event := "ResultSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryResultSubmitted)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryStakeManagerUpdated represents a StakeManagerUpdated event raised by the JobRegistry contract.
type JobRegistryStakeManagerUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryStakeManagerUpdatedEventName = "StakeManagerUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryStakeManagerUpdated) ContractEventName() string {
	return JobRegistryStakeManagerUpdatedEventName
}

// UnpackStakeManagerUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeManagerUpdated(address module)
func (jobRegistry *JobRegistry) UnpackStakeManagerUpdatedEvent(log *types.Log) (*JobRegistryStakeManagerUpdated, error) {
	event := "StakeManagerUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryStakeManagerUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryTokenAllowed represents a TokenAllowed event raised by the JobRegistry contract.
type JobRegistryTokenAllowed struct {
	Token   common.Address
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobRegistryTokenAllowedEventName = "TokenAllowed"

// ContractEventName returns the user-defined event name.
func (JobRegistryTokenAllowed) ContractEventName() string {
	return JobRegistryTokenAllowedEventName
}

// UnpackTokenAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenAllowed(address indexed token, bool allowed)
func (jobRegistry *JobRegistry) UnpackTokenAllowedEvent(log *types.Log) (*JobRegistryTokenAllowed, error) {
	event := "TokenAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryTokenAllowed)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryTokenConfigUpdated represents a TokenConfigUpdated event raised by the JobRegistry contract.
type JobRegistryTokenConfigUpdated struct {
	Token     common.Address
	Decimals  uint8
	MinReward *big.Int
	MaxReward *big.Int
	StakeBps  *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const JobRegistryTokenConfigUpdatedEventName = "TokenConfigUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryTokenConfigUpdated) ContractEventName() string {
	return JobRegistryTokenConfigUpdatedEventName
}

// UnpackTokenConfigUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenConfigUpdated(address indexed token, uint8 decimals, uint256 minReward, uint256 maxReward, uint256 stakeBps)
func (jobRegistry *JobRegistry) UnpackTokenConfigUpdatedEvent(log *types.Log) (*JobRegistryTokenConfigUpdated, error) {
	event := "TokenConfigUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryTokenConfigUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryUnpaused represents a Unpaused event raised by the JobRegistry contract.
type JobRegistryUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobRegistryUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (JobRegistryUnpaused) ContractEventName() string {
	return JobRegistryUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (jobRegistry *JobRegistry) UnpackUnpausedEvent(log *types.Log) (*JobRegistryUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryUnpaused)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryUpgraded represents a Upgraded event raised by the JobRegistry contract.
type JobRegistryUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const JobRegistryUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (JobRegistryUpgraded) ContractEventName() string {
	return JobRegistryUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (jobRegistry *JobRegistry) UnpackUpgradedEvent(log *types.Log) (*JobRegistryUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryUpgraded)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryValidationModuleUpdated represents a ValidationModuleUpdated event raised by the JobRegistry contract.
type JobRegistryValidationModuleUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryValidationModuleUpdatedEventName = "ValidationModuleUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryValidationModuleUpdated) ContractEventName() string {
	return JobRegistryValidationModuleUpdatedEventName
}

// UnpackValidationModuleUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidationModuleUpdated(address module)
func (jobRegistry *JobRegistry) UnpackValidationModuleUpdatedEvent(log *types.Log) (*JobRegistryValidationModuleUpdated, error) {
	event := "ValidationModuleUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryValidationModuleUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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

// JobRegistryValidatorRewardPctUpdated represents a ValidatorRewardPctUpdated event raised by the JobRegistry contract.
type JobRegistryValidatorRewardPctUpdated struct {
	Pct *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const JobRegistryValidatorRewardPctUpdatedEventName = "ValidatorRewardPctUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryValidatorRewardPctUpdated) ContractEventName() string {
	return JobRegistryValidatorRewardPctUpdatedEventName
}

// UnpackValidatorRewardPctUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorRewardPctUpdated(uint256 pct)
func (jobRegistry *JobRegistry) UnpackValidatorRewardPctUpdatedEvent(log *types.Log) (*JobRegistryValidatorRewardPctUpdated, error) {
	event := "ValidatorRewardPctUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryValidatorRewardPctUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistry.abi.Events[event].Inputs {
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
func (jobRegistry *JobRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["AlreadyDisputed"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackAlreadyDisputedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["Blacklisted"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackBlacklistedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["DefaultTokenRequired"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackDefaultTokenRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["EmptyHash"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackEmptyHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["EscrowFrozen"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackEscrowFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["IncompatibleModule"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackIncompatibleModuleError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["InvalidDeadline"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackInvalidDeadlineError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["InvalidPercentage"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackInvalidPercentageError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["InvalidState"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackInvalidStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["InvalidTokenConfig"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackInvalidTokenConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["JobNotFound"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackJobNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["ModuleNotSet"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackModuleNotSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["NotAllowed"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["NotAuthorizedAgent"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackNotAuthorizedAgentError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["NotPauser"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackNotPauserError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["RenounceDisabled"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["RewardTooHigh"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackRewardTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["RewardTooLow"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackRewardTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["TimeoutNotReached"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackTimeoutNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["TokenDecimalsUnavailable"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackTokenDecimalsUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["TokenNotAllowed"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackTokenNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["UnauthorizedCaller"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackUnauthorizedCallerError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["ValidationPending"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackValidationPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["WrongModuleKind"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackWrongModuleKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistry.abi.Errors["ZeroReward"].ID.Bytes()[:4]) {
		return jobRegistry.UnpackZeroRewardError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// JobRegistryAddressEmptyCode represents a AddressEmptyCode error raised by the JobRegistry contract.
type JobRegistryAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func JobRegistryAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (jobRegistry *JobRegistry) UnpackAddressEmptyCodeError(raw []byte) (*JobRegistryAddressEmptyCode, error) {
	out := new(JobRegistryAddressEmptyCode)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryAlreadyDisputed represents a AlreadyDisputed error raised by the JobRegistry contract.
type JobRegistryAlreadyDisputed struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyDisputed(uint256 jobId)
func JobRegistryAlreadyDisputedErrorID() common.Hash {
	return common.HexToHash("0x981e7f1f1cb3d11806caa2f5e334cf4a9526f6a1dbe465dd28fe43595673111e")
}

// UnpackAlreadyDisputedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyDisputed(uint256 jobId)
func (jobRegistry *JobRegistry) UnpackAlreadyDisputedError(raw []byte) (*JobRegistryAlreadyDisputed, error) {
	out := new(JobRegistryAlreadyDisputed)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "AlreadyDisputed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryBlacklisted represents a Blacklisted error raised by the JobRegistry contract.
type JobRegistryBlacklisted struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Blacklisted(address account)
func JobRegistryBlacklistedErrorID() common.Hash {
	return common.HexToHash("0xffa4e6181777692565cf28528fc88fd1516ea86b56da075235fa575af6a4b855")
}

// UnpackBlacklistedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Blacklisted(address account)
func (jobRegistry *JobRegistry) UnpackBlacklistedError(raw []byte) (*JobRegistryBlacklisted, error) {
	out := new(JobRegistryBlacklisted)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "Blacklisted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryDeadlinePassed represents a DeadlinePassed error raised by the JobRegistry contract.
type JobRegistryDeadlinePassed struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint64 deadline)
func JobRegistryDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x6768091307d5da213ba3ac1392311a935d1607f1020232ee01d118de33b68661")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint64 deadline)
func (jobRegistry *JobRegistry) UnpackDeadlinePassedError(raw []byte) (*JobRegistryDeadlinePassed, error) {
	out := new(JobRegistryDeadlinePassed)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryDefaultTokenRequired represents a DefaultTokenRequired error raised by the JobRegistry contract.
type JobRegistryDefaultTokenRequired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DefaultTokenRequired()
func JobRegistryDefaultTokenRequiredErrorID() common.Hash {
	return common.HexToHash("0xf31b42d6edadcc2774e458918dcd4fb7a036a5a5d766316626734a59bdb7ecca")
}

// UnpackDefaultTokenRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DefaultTokenRequired()
func (jobRegistry *JobRegistry) UnpackDefaultTokenRequiredError(raw []byte) (*JobRegistryDefaultTokenRequired, error) {
	out := new(JobRegistryDefaultTokenRequired)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "DefaultTokenRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the JobRegistry contract.
type JobRegistryERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func JobRegistryERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (jobRegistry *JobRegistry) UnpackERC1967InvalidImplementationError(raw []byte) (*JobRegistryERC1967InvalidImplementation, error) {
	out := new(JobRegistryERC1967InvalidImplementation)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryERC1967NonPayable represents a ERC1967NonPayable error raised by the JobRegistry contract.
type JobRegistryERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func JobRegistryERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (jobRegistry *JobRegistry) UnpackERC1967NonPayableError(raw []byte) (*JobRegistryERC1967NonPayable, error) {
	out := new(JobRegistryERC1967NonPayable)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryEmptyHash represents a EmptyHash error raised by the JobRegistry contract.
type JobRegistryEmptyHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyHash()
func JobRegistryEmptyHashErrorID() common.Hash {
	return common.HexToHash("0x70df377cb5e35d4fc3652be04d195d335c43a1b49cdc6a9ad38c5d59d13d587c")
}

// UnpackEmptyHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyHash()
func (jobRegistry *JobRegistry) UnpackEmptyHashError(raw []byte) (*JobRegistryEmptyHash, error) {
	out := new(JobRegistryEmptyHash)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "EmptyHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryEnforcedPause represents a EnforcedPause error raised by the JobRegistry contract.
type JobRegistryEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func JobRegistryEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (jobRegistry *JobRegistry) UnpackEnforcedPauseError(raw []byte) (*JobRegistryEnforcedPause, error) {
	out := new(JobRegistryEnforcedPause)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryEscrowFrozen represents a EscrowFrozen error raised by the JobRegistry contract.
type JobRegistryEscrowFrozen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowFrozen()
func JobRegistryEscrowFrozenErrorID() common.Hash {
	return common.HexToHash("0xa1f5735afb9ea1c61c609b496834eaf833c290c479b1b5baf9e7efae7791210b")
}

// UnpackEscrowFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowFrozen()
func (jobRegistry *JobRegistry) UnpackEscrowFrozenError(raw []byte) (*JobRegistryEscrowFrozen, error) {
	out := new(JobRegistryEscrowFrozen)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "EscrowFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryExpectedPause represents a ExpectedPause error raised by the JobRegistry contract.
type JobRegistryExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func JobRegistryExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (jobRegistry *JobRegistry) UnpackExpectedPauseError(raw []byte) (*JobRegistryExpectedPause, error) {
	out := new(JobRegistryExpectedPause)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryFailedCall represents a FailedCall error raised by the JobRegistry contract.
type JobRegistryFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func JobRegistryFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (jobRegistry *JobRegistry) UnpackFailedCallError(raw []byte) (*JobRegistryFailedCall, error) {
	out := new(JobRegistryFailedCall)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryIncompatibleModule represents a IncompatibleModule error raised by the JobRegistry contract.
type JobRegistryIncompatibleModule struct {
	Module   common.Address
	Version  *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IncompatibleModule(address module, uint256 version, uint256 expected)
func JobRegistryIncompatibleModuleErrorID() common.Hash {
	return common.HexToHash("0x04061d127a8baae1898d82216f983269139f54b5a5d26cdac263423c87700483")
}

// UnpackIncompatibleModuleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IncompatibleModule(address module, uint256 version, uint256 expected)
func (jobRegistry *JobRegistry) UnpackIncompatibleModuleError(raw []byte) (*JobRegistryIncompatibleModule, error) {
	out := new(JobRegistryIncompatibleModule)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "IncompatibleModule", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryInvalidDeadline represents a InvalidDeadline error raised by the JobRegistry contract.
type JobRegistryInvalidDeadline struct {
	Deadline uint64
	Latest   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDeadline(uint64 deadline, uint256 latest)
func JobRegistryInvalidDeadlineErrorID() common.Hash {
	return common.HexToHash("0x83439ca6b1fe9b81cb7b7c195d5e408da09b853ca3a413132d7dcf26a6b25fd2")
}

// UnpackInvalidDeadlineError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDeadline(uint64 deadline, uint256 latest)
func (jobRegistry *JobRegistry) UnpackInvalidDeadlineError(raw []byte) (*JobRegistryInvalidDeadline, error) {
	out := new(JobRegistryInvalidDeadline)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "InvalidDeadline", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryInvalidInitialization represents a InvalidInitialization error raised by the JobRegistry contract.
type JobRegistryInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func JobRegistryInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (jobRegistry *JobRegistry) UnpackInvalidInitializationError(raw []byte) (*JobRegistryInvalidInitialization, error) {
	out := new(JobRegistryInvalidInitialization)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryInvalidPercentage represents a InvalidPercentage error raised by the JobRegistry contract.
type JobRegistryInvalidPercentage struct {
	Pct *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPercentage(uint256 pct)
func JobRegistryInvalidPercentageErrorID() common.Hash {
	return common.HexToHash("0xaa3186736a71fbe83394f925f76befc82f4b6792de29094b553804a202ec3efd")
}

// UnpackInvalidPercentageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPercentage(uint256 pct)
func (jobRegistry *JobRegistry) UnpackInvalidPercentageError(raw []byte) (*JobRegistryInvalidPercentage, error) {
	out := new(JobRegistryInvalidPercentage)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "InvalidPercentage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryInvalidState represents a InvalidState error raised by the JobRegistry contract.
type JobRegistryInvalidState struct {
	JobId *big.Int
	State uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidState(uint256 jobId, uint8 state)
func JobRegistryInvalidStateErrorID() common.Hash {
	return common.HexToHash("0x0a5889e5ba06f074203ac2de622fe898f1382aeb7fb488e304419722bd656d7d")
}

// UnpackInvalidStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidState(uint256 jobId, uint8 state)
func (jobRegistry *JobRegistry) UnpackInvalidStateError(raw []byte) (*JobRegistryInvalidState, error) {
	out := new(JobRegistryInvalidState)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "InvalidState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryInvalidTokenConfig represents a InvalidTokenConfig error raised by the JobRegistry contract.
type JobRegistryInvalidTokenConfig struct {
	MinReward *big.Int
	MaxReward *big.Int
	StakeBps  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTokenConfig(uint256 minReward, uint256 maxReward, uint256 stakeBps)
func JobRegistryInvalidTokenConfigErrorID() common.Hash {
	return common.HexToHash("0x2383c45279fcb6ed965e804330742662915e565c0c8fc0962b339b5666b3c64b")
}

// UnpackInvalidTokenConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTokenConfig(uint256 minReward, uint256 maxReward, uint256 stakeBps)
func (jobRegistry *JobRegistry) UnpackInvalidTokenConfigError(raw []byte) (*JobRegistryInvalidTokenConfig, error) {
	out := new(JobRegistryInvalidTokenConfig)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "InvalidTokenConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryJobNotFound represents a JobNotFound error raised by the JobRegistry contract.
type JobRegistryJobNotFound struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobNotFound(uint256 jobId)
func JobRegistryJobNotFoundErrorID() common.Hash {
	return common.HexToHash("0x50c83b95127a798ba9a3cc9005cf8723a60cccb7b73e46735574acf873273bbc")
}

// UnpackJobNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobNotFound(uint256 jobId)
func (jobRegistry *JobRegistry) UnpackJobNotFoundError(raw []byte) (*JobRegistryJobNotFound, error) {
	out := new(JobRegistryJobNotFound)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "JobNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryModuleNotSet represents a ModuleNotSet error raised by the JobRegistry contract.
type JobRegistryModuleNotSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModuleNotSet()
func JobRegistryModuleNotSetErrorID() common.Hash {
	return common.HexToHash("0x03bca7b7b3200b480e5a98602f30ae2877a8653bc00d5bcde0042cce7428dc9e")
}

// UnpackModuleNotSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModuleNotSet()
func (jobRegistry *JobRegistry) UnpackModuleNotSetError(raw []byte) (*JobRegistryModuleNotSet, error) {
	out := new(JobRegistryModuleNotSet)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "ModuleNotSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNotAllowed represents a NotAllowed error raised by the JobRegistry contract.
type JobRegistryNotAllowed struct {
	Caller   common.Address
	Expected common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAllowed(address caller, address expected)
func JobRegistryNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x9cb40a4004970891fa544bc7ec12cccbe108a3ec245b3cecdb0baae2f64feb8f")
}

// UnpackNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAllowed(address caller, address expected)
func (jobRegistry *JobRegistry) UnpackNotAllowedError(raw []byte) (*JobRegistryNotAllowed, error) {
	out := new(JobRegistryNotAllowed)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "NotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNotAuthorizedAgent represents a NotAuthorizedAgent error raised by the JobRegistry contract.
type JobRegistryNotAuthorizedAgent struct {
	Claimant common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAuthorizedAgent(address claimant)
func JobRegistryNotAuthorizedAgentErrorID() common.Hash {
	return common.HexToHash("0x0180c29c2050910e2b44ece6f8cc9af105d6ab33c65f5590ac8cef9ea7fa6cc6")
}

// UnpackNotAuthorizedAgentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAuthorizedAgent(address claimant)
func (jobRegistry *JobRegistry) UnpackNotAuthorizedAgentError(raw []byte) (*JobRegistryNotAuthorizedAgent, error) {
	out := new(JobRegistryNotAuthorizedAgent)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "NotAuthorizedAgent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNotInitializing represents a NotInitializing error raised by the JobRegistry contract.
type JobRegistryNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func JobRegistryNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (jobRegistry *JobRegistry) UnpackNotInitializingError(raw []byte) (*JobRegistryNotInitializing, error) {
	out := new(JobRegistryNotInitializing)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNotPauser represents a NotPauser error raised by the JobRegistry contract.
type JobRegistryNotPauser struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPauser(address caller)
func JobRegistryNotPauserErrorID() common.Hash {
	return common.HexToHash("0x206a346e13ac829b87065741a38813b204c7b4a46c9fb833bcd8141d92675a78")
}

// UnpackNotPauserError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPauser(address caller)
func (jobRegistry *JobRegistry) UnpackNotPauserError(raw []byte) (*JobRegistryNotPauser, error) {
	out := new(JobRegistryNotPauser)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "NotPauser", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the JobRegistry contract.
type JobRegistryOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func JobRegistryOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (jobRegistry *JobRegistry) UnpackOwnableInvalidOwnerError(raw []byte) (*JobRegistryOwnableInvalidOwner, error) {
	out := new(JobRegistryOwnableInvalidOwner)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the JobRegistry contract.
type JobRegistryOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func JobRegistryOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (jobRegistry *JobRegistry) UnpackOwnableUnauthorizedAccountError(raw []byte) (*JobRegistryOwnableUnauthorizedAccount, error) {
	out := new(JobRegistryOwnableUnauthorizedAccount)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the JobRegistry contract.
type JobRegistryReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func JobRegistryReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (jobRegistry *JobRegistry) UnpackReentrancyGuardReentrantCallError(raw []byte) (*JobRegistryReentrancyGuardReentrantCall, error) {
	out := new(JobRegistryReentrancyGuardReentrantCall)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryRenounceDisabled represents a RenounceDisabled error raised by the JobRegistry contract.
type JobRegistryRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RenounceDisabled()
func JobRegistryRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x8905116560d0223388013a6344e0f340294b54bf7b203773dd2cb8f2e5a0d511")
}

// UnpackRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RenounceDisabled()
func (jobRegistry *JobRegistry) UnpackRenounceDisabledError(raw []byte) (*JobRegistryRenounceDisabled, error) {
	out := new(JobRegistryRenounceDisabled)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryRewardTooHigh represents a RewardTooHigh error raised by the JobRegistry contract.
type JobRegistryRewardTooHigh struct {
	Reward *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardTooHigh(uint256 reward, uint256 max)
func JobRegistryRewardTooHighErrorID() common.Hash {
	return common.HexToHash("0x60f431ffb13e9aec0d0da2a6deeecefb25bb98deaddaf150a67a94dcd3e41252")
}

// UnpackRewardTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardTooHigh(uint256 reward, uint256 max)
func (jobRegistry *JobRegistry) UnpackRewardTooHighError(raw []byte) (*JobRegistryRewardTooHigh, error) {
	out := new(JobRegistryRewardTooHigh)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "RewardTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryRewardTooLow represents a RewardTooLow error raised by the JobRegistry contract.
type JobRegistryRewardTooLow struct {
	Reward *big.Int
	Min    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardTooLow(uint256 reward, uint256 min)
func JobRegistryRewardTooLowErrorID() common.Hash {
	return common.HexToHash("0x75dce8175930bcf04017c853ddbc94a28e89d806bd88415e11b341329e72d781")
}

// UnpackRewardTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardTooLow(uint256 reward, uint256 min)
func (jobRegistry *JobRegistry) UnpackRewardTooLowError(raw []byte) (*JobRegistryRewardTooLow, error) {
	out := new(JobRegistryRewardTooLow)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "RewardTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistrySafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the JobRegistry contract.
type JobRegistrySafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func JobRegistrySafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (jobRegistry *JobRegistry) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*JobRegistrySafeCastOverflowedUintDowncast, error) {
	out := new(JobRegistrySafeCastOverflowedUintDowncast)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryTimeoutNotReached represents a TimeoutNotReached error raised by the JobRegistry contract.
type JobRegistryTimeoutNotReached struct {
	ClaimableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimeoutNotReached(uint256 claimableAt)
func JobRegistryTimeoutNotReachedErrorID() common.Hash {
	return common.HexToHash("0x44105b748a1f7195250510fb0567cc8cc7ed7ce5e262b31177d300135100a8ac")
}

// UnpackTimeoutNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimeoutNotReached(uint256 claimableAt)
func (jobRegistry *JobRegistry) UnpackTimeoutNotReachedError(raw []byte) (*JobRegistryTimeoutNotReached, error) {
	out := new(JobRegistryTimeoutNotReached)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "TimeoutNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryTokenDecimalsUnavailable represents a TokenDecimalsUnavailable error raised by the JobRegistry contract.
type JobRegistryTokenDecimalsUnavailable struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenDecimalsUnavailable(address token)
func JobRegistryTokenDecimalsUnavailableErrorID() common.Hash {
	return common.HexToHash("0x9cf5ab50031d5acdb35e6ed0d506c95ae9b48f519282b7fac233084ae345bf97")
}

// UnpackTokenDecimalsUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenDecimalsUnavailable(address token)
func (jobRegistry *JobRegistry) UnpackTokenDecimalsUnavailableError(raw []byte) (*JobRegistryTokenDecimalsUnavailable, error) {
	out := new(JobRegistryTokenDecimalsUnavailable)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "TokenDecimalsUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryTokenNotAllowed represents a TokenNotAllowed error raised by the JobRegistry contract.
type JobRegistryTokenNotAllowed struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotAllowed(address token)
func JobRegistryTokenNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x94403b7099477045d56a4ad621224a9a16fcb7e4b0d02e508215a9bf747a12d4")
}

// UnpackTokenNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotAllowed(address token)
func (jobRegistry *JobRegistry) UnpackTokenNotAllowedError(raw []byte) (*JobRegistryTokenNotAllowed, error) {
	out := new(JobRegistryTokenNotAllowed)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "TokenNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the JobRegistry contract.
type JobRegistryUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func JobRegistryUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (jobRegistry *JobRegistry) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*JobRegistryUUPSUnauthorizedCallContext, error) {
	out := new(JobRegistryUUPSUnauthorizedCallContext)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the JobRegistry contract.
type JobRegistryUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func JobRegistryUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (jobRegistry *JobRegistry) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*JobRegistryUUPSUnsupportedProxiableUUID, error) {
	out := new(JobRegistryUUPSUnsupportedProxiableUUID)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryUnauthorizedCaller represents a UnauthorizedCaller error raised by the JobRegistry contract.
type JobRegistryUnauthorizedCaller struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnauthorizedCaller(address caller)
func JobRegistryUnauthorizedCallerErrorID() common.Hash {
	return common.HexToHash("0xd86ad9cfaa7befeb3f173b3707581b7abd2af82a8982c91af7ea00f9ee034b67")
}

// UnpackUnauthorizedCallerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnauthorizedCaller(address caller)
func (jobRegistry *JobRegistry) UnpackUnauthorizedCallerError(raw []byte) (*JobRegistryUnauthorizedCaller, error) {
	out := new(JobRegistryUnauthorizedCaller)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "UnauthorizedCaller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryValidationPending represents a ValidationPending error raised by the JobRegistry contract.
type JobRegistryValidationPending struct {
	DisputableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValidationPending(uint256 disputableAt)
func JobRegistryValidationPendingErrorID() common.Hash {
	return common.HexToHash("0xe7b535f656e9b2896bf7dc3281ffffdb2418e962e2368e2db7466c863fe82dd0")
}

// UnpackValidationPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValidationPending(uint256 disputableAt)
func (jobRegistry *JobRegistry) UnpackValidationPendingError(raw []byte) (*JobRegistryValidationPending, error) {
	out := new(JobRegistryValidationPending)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "ValidationPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryWrongModuleKind represents a WrongModuleKind error raised by the JobRegistry contract.
type JobRegistryWrongModuleKind struct {
	Module   common.Address
	Kind     [32]byte
	Expected [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongModuleKind(address module, bytes32 kind, bytes32 expected)
func JobRegistryWrongModuleKindErrorID() common.Hash {
	return common.HexToHash("0x44f2c35f376ff0539713a6bba637aa2eab154c44e86fbb26bfeaeb7a309d8787")
}

// UnpackWrongModuleKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongModuleKind(address module, bytes32 kind, bytes32 expected)
func (jobRegistry *JobRegistry) UnpackWrongModuleKindError(raw []byte) (*JobRegistryWrongModuleKind, error) {
	out := new(JobRegistryWrongModuleKind)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "WrongModuleKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryZeroAddress represents a ZeroAddress error raised by the JobRegistry contract.
type JobRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func JobRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (jobRegistry *JobRegistry) UnpackZeroAddressError(raw []byte) (*JobRegistryZeroAddress, error) {
	out := new(JobRegistryZeroAddress)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryZeroReward represents a ZeroReward error raised by the JobRegistry contract.
type JobRegistryZeroReward struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroReward()
func JobRegistryZeroRewardErrorID() common.Hash {
	return common.HexToHash("0x9c1b2784dd589b3972eb035ee96eb02016748184977e6e7f174859e3c2c7db73")
}

// UnpackZeroRewardError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroReward()
func (jobRegistry *JobRegistry) UnpackZeroRewardError(raw []byte) (*JobRegistryZeroReward, error) {
	out := new(JobRegistryZeroReward)
	if err := jobRegistry.abi.UnpackIntoInterface(out, "ZeroReward", raw); err != nil {
		return nil, err
	}
	return out, nil
}
