// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package jobregistrynext

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

// JobRegistryNextMetaData contains all meta data concerning the JobRegistryNext contract.
var JobRegistryNextMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"AlreadyDisputed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Blacklisted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DefaultTokenRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyHash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EscrowFrozen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"IncompatibleModule\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"latest\",\"type\":\"uint256\"}],\"name\":\"InvalidDeadline\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"InvalidPercentage\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"enumIJobRegistry.State\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"InvalidState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minReward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxReward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stakeBps\",\"type\":\"uint256\"}],\"name\":\"InvalidTokenConfig\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"JobNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModuleNotSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"NotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"claimant\",\"type\":\"address\"}],\"name\":\"NotAuthorizedAgent\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotPauser\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RenounceDisabled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"RewardTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"name\":\"RewardTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimableAt\",\"type\":\"uint256\"}],\"name\":\"TimeoutNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenDecimalsUnavailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenNotAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"UnauthorizedCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"disputableAt\",\"type\":\"uint256\"}],\"name\":\"ValidationPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"kind\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"WrongModuleKind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroReward\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"}],\"name\":\"AgentAssigned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"applicant\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"}],\"name\":\"ApplicationSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"CertificateNFTUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"DisputeModuleUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"employerWins\",\"type\":\"bool\"}],\"name\":\"DisputeResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"EscrowStatusUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"period\",\"type\":\"uint256\"}],\"name\":\"ExpirationGracePeriodUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"feePct\",\"type\":\"uint256\"}],\"name\":\"FeePctUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"FeePoolUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"IdentityRegistryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"JobCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"JobCompleted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"employer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"JobCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"JobDisputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"JobDurationLimitUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"}],\"name\":\"JobFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"JobStakeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"JobTimedOut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"JobToken\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"MaxActiveJobsPerAgentUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxReward\",\"type\":\"uint256\"}],\"name\":\"MaxJobRewardUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"MinAgentStakeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"pauser\",\"type\":\"address\"}],\"name\":\"PauserUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"ReputationEngineUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"worker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"resultURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"}],\"name\":\"ResultSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"StakeManagerUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"TokenAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"decimals\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"minReward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"maxReward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stakeBps\",\"type\":\"uint256\"}],\"name\":\"TokenConfigUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"ValidationModuleUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"ValidatorRewardPctUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_STAKE_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MODULE_VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"applyForJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"cancelJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"certificateNFT\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"claimTimeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"createJob\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"createJobWithToken\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"dispute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeModule\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escrowEnabled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"expirationGracePeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feePct\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feePool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"getJob\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"employer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"assignedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"completedAt\",\"type\":\"uint64\"},{\"internalType\":\"enumIJobRegistry.State\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"uriHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIJobRegistry.Job\",\"name\":\"j\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"defaultToken_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"isTokenAllowed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobDurationLimit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"jobParties\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"employer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"jobSpecHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"jobStakeFor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxActiveJobsPerAgent\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxJobReward\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minAgentStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"moduleKind\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextJobId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"}],\"name\":\"onValidationResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauser\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reputationEngine\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"employerWins\",\"type\":\"bool\"}],\"name\":\"resolveDispute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setCertificateNFT\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setDisputeModule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"enabled\",\"type\":\"bool\"}],\"name\":\"setEscrowStatus\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"period\",\"type\":\"uint256\"}],\"name\":\"setExpirationGracePeriod\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"setFeePct\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setFeePool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setIdentityRegistry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"setJobDurationLimit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"}],\"name\":\"setJobStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"setMaxActiveJobsPerAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxReward\",\"type\":\"uint256\"}],\"name\":\"setMaxJobReward\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"setMinAgentStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pauser_\",\"type\":\"address\"}],\"name\":\"setPauser\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setReputationEngine\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setStakeManager\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setTokenAllowed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minReward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxReward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stakeBps\",\"type\":\"uint256\"}],\"name\":\"setTokenConfig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"setValidationModule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pct\",\"type\":\"uint256\"}],\"name\":\"setValidatorRewardPct\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"stakeAndApply\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakeManager\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"resultURI\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"subdomain\",\"type\":\"string\"},{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"}],\"name\":\"submit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"tokenConfig\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"decimals\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"minReward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxReward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stakeBps\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"upgradeMarker\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validationModule\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validatorRewardPct\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "JobRegistryNext",
	Bin: "0x60a080604052346100c257306080525f5160206158615f395f51905f525460ff8160401c166100b3576002600160401b03196001600160401b03821601610060575b60405161579a90816100c782396080518181816125f401526127590152f35b6001600160401b0319166001600160401b039081175f5160206158615f395f51905f525581527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d290602090a15f80610041565b63f92ee8a960e01b5f5260045ffd5b5f80fdfe60806040526004361015610011575f80fd5b5f5f3560e01c8063041da3131461473957806304ffdbaf146146c357806305261aea1461404957806308445f3a14613fcd5780630e7c67fc14613df957806310f71a8314613db9578063134e18f414613d8457806315f6901214613c2b57806317a6513714613ba9578063189a0f27146139cf57806319db22281461380a5780631b332ad2146137d25780631dffa3dc146136cc578063236db750146133e05780632d88af4a1461336657806330d164ab14613333578063327c1255146132a257806334b25ee2146131715780633f4ba83a146130ab5780633f954f3b14612f5d57806345e2a62514612cba578063485cc95514612a6e5780634f1ef286146127085780634fd08bfd1461267e57806350fb54311461264857806352d1902d146125e157806354fd4d5014611abb57806357b6416c146124015780635873dd6f146122bc5780635a9b6458146122715780635c975abb1461223f5780636bb5090c1461205f5780636f7acf5b14611bec578063715018a614611bc45780637279f1fe14611b9157806374c13fda14611b5c5780637542ff9514611b2757806379ba509714611ad757806381ed980814611abb57806383562af014611a86578063842fc2d1146119855780638456cb59146118a757806386e773f1146116515780638a9f92d6146115ae5780638c795b9c146115795780638da5cb5b1461154457806391aec72a1461150f5780639b026f43146113c65780639fd0506d14611391578063a02cf93714611361578063a36a3f051461118a578063ad3cb1cc14611149578063ae2e933b14611114578063b0c2aa5e146110ea578063b365a039146110ba578063bf22c45714610e01578063c3f677ef14610dcc578063cbf3f86114610ba2578063db15c93c14610b70578063e30c397814610b3b578063e5aed49214610abd578063e8177e4914610aa0578063e8eccbb514610a73578063ea79ef7d14610641578063eaf4454314610614578063f209be411461059c578063f21aa1dc14610572578063f2c68f96146104e1578063f2fde38b1461045b578063f9eaee0d14610429578063fbf056fe146103d75763fe136c4e14610332575f80fd5b346103d45760203660031901126103d45761035361034e6147d0565b61492c565b604051906103608261487c565b549060ff8216151581526103d060ff8360081c1691826020820152608061ffff8560101c16918260408201526001600160681b03808760201c169687606084015260881c169182910152604051948594859094939260609260ff6080840197168352602083015260408201520152565b0390f35b80fd5b50346103d45760203660031901126103d45760043581525f51602061557a5f395f51905f526020908152604091829020805460019091015483516001600160a01b039283168152911691810191909152f35b50346103d45760203660031901126103d457602060ff61044f61044a6147d0565b614964565b54166040519015158152f35b50346103d45760203660031901126103d4576104756147d0565b61047d6149fe565b5f51602061575a5f395f51905f5280546001600160a01b0319166001600160a01b039283169081179091555f51602061559a5f395f51905f52549091167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227008380a380f35b50346103d45760203660031901126103d4576004356001600160601b0381169081810361056e577f3e2440ed0d2998a72f178b3485eb63c0f11df96a5660349ae61721d7ecfe35e2916020916105356149fe565b5f51602061565a5f395f51905f5280546001600160a01b031660a09290921b6001600160a01b031916919091179055604051908152a180f35b8280fd5b50346103d457806003193601126103d4576040516a4a6f62526567697374727960a81b8152602090f35b50346103d45760203660031901126103d4577fc8b3bcb0ff9d2d16b7d9f426962a0439acb1351eb3b199cc5fb145e7bb7ca30960206004356105dc6149fe565b6105e581614a31565b5f51602061577a5f395f51905f52805460ff60a01b191660a083901b60ff60a01b16179055604051908152a180f35b50346103d457806003193601126103d45760205f51602061577a5f395f51905f525460c01c604051908152f35b50346103d45760803660031901126103d4576024356004356001600160401b038216808303610a6f57604435916064356001600160401b038111610a6b5761068d90369060040161481f565b935f51602061577a5f395f51905f52549360ff8560b81c16610a5c576106b1614a4e565b60ff8560b01c1615610a4d578315610a3e575f51602061573a5f395f51905f52546001600160a01b0316946106e58661492c565b91604051926106f38461487c565b5460ff81161515845260ff8160081c16602085015261ffff8160101c1660408501526001600160681b038160201c168060608601526001600160681b03608086019260881c168252808810610a275750516001600160681b0316808711610a1057506107628260c01c4261491f565b9064ffffffffff8211610a03575b4281118015906109fa575b6109e557505082156109d65784606461079d60ff6107a49460a01c1683614b1b565b0492614c4f565b945f51602061567a5f395f51905f5254975f1989146109c257600189015f51602061567a5f395f51905f5255888a525f51602061557a5f395f51905f5260205260408a2080546aff0000000000ffffffffff60a01b193316600165ff000000000160c81b03199091161760a09290921b64ffffffffff60a01b1691909117600160f01b17815586610975575b6002810180546001600160d01b0319166001600160681b03881617606885901b600160681b600160d01b0316179055600481018490556006610873368a886148cc565b80516020909101209101555f51602061577a5f395f51905f52546001600160a01b03169089906108a3848861491f565b90833b1561056e5760649083604051958694859363303d0c6b60e01b8552600485015233602485015260448401525af1801561096a57610951575b509387959361093788947f03495cfad033ca8c88fb3c9de23dcd45625cbae136f188b44036c926e155cbce9460209b9860405195869586528d8601526040850152606084015260a06080840152339660a08401916149a9565b0390a45f51602061569a5f395f51905f525d604051908152f35b61095c8980926148ab565b610966575f6108de565b8780fd5b6040513d8b823e3d90fd5b6001600160601b0387116109a9576001810180546001600160a01b031660a089901b6001600160a01b031916179055610830565b6306dfcc6560e41b8a526060600452602487905260448afd5b634e487b7160e01b8a52601160045260248afd5b631c37cddf60e21b8952600489fd5b6341a1ce5360e11b8b52600452602452604489fd5b5081811161077b565b64ffffffffff9150610770565b6360f431ff60e01b8b52600487905260245260448afd5b6375dce81760e01b8c52600488905260245260448bfd5b632706c9e160e21b8852600488fd5b6350fab9ad60e11b8852600488fd5b63d93c066560e01b8852600488fd5b8580fd5b8380fd5b50346103d457806003193601126103d45760205f51602061565a5f395f51905f525460a01c604051908152f35b50346103d457806003193601126103d45760206040516101f48152f35b50346103d45760203660031901126103d457600435801515809103610b375760207fd25b4dccff8de46fd006e2e96eca5dafa2d6c5170e5b92f8809a5d0f6f580ca791610b086149fe565b5f51602061577a5f395f51905f52805460ff60b01b191660b083901b60ff60b01b16179055604051908152a180f35b5080fd5b50346103d457806003193601126103d4575f51602061575a5f395f51905f52546040516001600160a01b039091168152602090f35b50346103d457806003193601126103d457602060ff5f51602061577a5f395f51905f525460b01c166040519015158152f35b50346103d45760203660031901126103d457610bbc6147d0565b610bc46149fe565b6001600160a01b038116908115610dbd573b15610da15760405163054fd4d560e41b8152602081600481855afa839181610d6d575b50610c1a57606483836302030e8960e11b8252600452806024526001604452fd5b60018110610d525750604051633c86a87760e21b8152602081600481855afa839181610d1a575b50610c76576344f2c35f60e01b8352600482905260248390526f4964656e74697479526567697374727960801b604452606483fd5b6fb69b9a918b968b86ad9a98968c8b8d8760801b8101610ceb575060207f4462ba50fcfa33455e489aea1f3b660d53614c6283f422609f65a2e91f9a1e6591806001600160601b0360a01b5f51602061565a5f395f51905f525416175f51602061565a5f395f51905f5255604051908152a180f35b6344f2c35f60e01b83526004919091526024526f4964656e74697479526567697374727960801b604452606490fd5b9091506020813d602011610d4a575b81610d36602093836148ab565b81010312610d465751905f610c41565b5f80fd5b3d9150610d29565b606492916302030e8960e11b83526004526024526001604452fd5b9091506020813d602011610d99575b81610d89602093836148ab565b81010312610a6f5751905f610bf9565b3d9150610d7c565b6302030e8960e11b825260045260248190526001604452606490fd5b63d92e233d60e01b8352600483fd5b50346103d457806003193601126103d4575f5160206155ba5f395f51905f52546040516001600160a01b039091168152602090f35b50346103d45760203660031901126103d4576040516101c081018181106001600160401b038211176110a6576040528181528160208201526040810182815260608201928084526080830181815260a0840182815260c08501918383528360e08701528361010087015283610120870152836101408701528361016087015283610180870152836101a087015260043584525f51602061557a5f395f51905f526020526040842096875464ffffffffff60018060a01b038216808a5260018b01549060018060a01b03821660208c015260018060a01b0360038d015416908115908161109c575b501561109757505f51602061573a5f395f51905f52546001600160a01b03165b60018060a01b0316895260028b0154906001600160681b03821685526001600160681b038260681c16865260a01c8652818360a01c168752818360c81c1660e08b015260d01c16610100890152600860ff8260f01c161015611083578596979860016006926001600160401b03985060ff8160f01c166101208d015260f81c1615156101408b015260048101546101608b015260058101546101808b015201546101a08901526040519660018060a01b03895116885260018060a01b0360208a015116602089015260018060a01b0390511660408801525160608701525160808601525160a0850152511660c08301526001600160401b0360e08401511660e08301526001600160401b036101008401511661010083015261012083015190600882101561106f57506101c0926101a091610120840152610140810151151561014084015261016081015161016084015261018081015161018084015201516101a0820152f35b634e487b7160e01b81526021600452602490fd5b634e487b7160e01b86526021600452602486fd5b610f08565b905015155f610ee8565b634e487b7160e01b83526041600452602483fd5b50346103d457806003193601126103d457602060ff5f51602061577a5f395f51905f525460a81c16604051908152f35b50346103d457806003193601126103d45760205f51602061567a5f395f51905f5254604051908152f35b50346103d457806003193601126103d4575f5160206156da5f395f51905f52546040516001600160a01b039091168152602090f35b50346103d457806003193601126103d457506103d060405161116c6040826148ab565b60058152640352e302e360dc1b6020820152604051918291826147e6565b50346103d45760203660031901126103d4576111a46147d0565b6111ac6149fe565b6001600160a01b038116908115610dbd573b15610da15760405163054fd4d560e41b8152602081600481855afa83918161132d575b5061120257606483836302030e8960e11b8252600452806024526001604452fd5b60018110610d525750604051633c86a87760e21b8152602081600481855afa8391816112f9575b5061125b576344f2c35f60e01b8352600482905260248390526c446973707574654d6f64756c6560981b604452606483fd5b6cbb968c8f8a8b9ab2909b8a939b60981b81016112cd575060207ff61db3a97839b0d253e69c674db61c051e5a216fb9ed140f651984d5dde43b8a91806001600160601b0360a01b5f51602061571a5f395f51905f525416175f51602061571a5f395f51905f5255604051908152a180f35b6344f2c35f60e01b83526004919091526024526c446973707574654d6f64756c6560981b604452606490fd5b9091506020813d602011611325575b81611315602093836148ab565b81010312610d465751905f611229565b3d9150611308565b9091506020813d602011611359575b81611349602093836148ab565b81010312610a6f5751905f6111e1565b3d915061133c565b50346103d457806003193601126103d457602060ff5f51602061577a5f395f51905f525460a01c16604051908152f35b50346103d457806003193601126103d4575f5160206155fa5f395f51905f52546040516001600160a01b039091168152602090f35b50346103d45760203660031901126103d4576004356113e36149fe565b5f51602061573a5f395f51905f52546001600160a01b031660ff6114068261492c565b541615611500575b505f51602061573a5f395f51905f52547f57ea6053d3ec2080397449f2405d6ee44c2e55fb45c69f1f451ee9530a52cbc490608090611455906001600160a01b031661492c565b926114768454826001600160681b0361ffff8360101c169260201c166152ac565b6114896001600160681b038216856149c9565b7f7186f5f87c3ede54229b503c16bb789647da05bf954e05335c496b41b3123cdc6020604051838152a161ffff60018060a01b035f51602061573a5f395f51905f52541694546040519260ff8260081c1684526001600160681b038260201c166020850152604084015260101c166060820152a280f35b61150990614cf6565b5f61140e565b50346103d457806003193601126103d4575f5160206156ba5f395f51905f52546040516001600160a01b039091168152602090f35b50346103d457806003193601126103d4575f51602061559a5f395f51905f52546040516001600160a01b039091168152602090f35b50346103d457806003193601126103d4575f51602061561a5f395f51905f52546040516001600160a01b039091168152602090f35b50346103d45760203660031901126103d4576004356115cb6149fe565b6001600160801b03811161163a576020816001600160801b037f56302c45eb4adf9d5c4dddfe6e1daed96c099c0ecf1842b7b2465ff245fbe85d93166001600160801b03195f51602061563a5f395f51905f525416175f51602061563a5f395f51905f5255604051908152a180f35b6306dfcc6560e41b82526080600452602452604490fd5b50346103d45760203660031901126103d4576004355f51602061577a5f395f51905f525460ff8160b81c166118985760ff9061168b614a4e565b60b01c16156118895761169d81614a83565b9081546116b060ff8260f01c1683614af4565b6001600160a01b0381169033829003611871576116f29064ffffffffff6001600160401b035f51602061563a5f395f51905f525460a01c169160a01c1661491f565b804211156118415750825460ff60f01b1916600360f11b17835560018301545f51602061577a5f395f51905f52546001600160a01b0380831695928792909116803b1561056e57604051630459569360e51b81526001600160a01b03888116600483015260a09390931c6024820152918516604483015282908290606490829084905af180156118365761181d575b50506117b7916117b1600260018060a01b036003850154169301546001600160681b03808260681c16911661491f565b91614f2e565b6117c082615373565b33817fbd20ff7030c2d2008e440f90e79943abf64df089ca0e0ebae87070fd6d9675128580a37f94648b94005dfe54f18e035c011e3f0c17191b133d9789df032ab6c2b9ff72188380a3805f51602061569a5f395f51905f525d80f35b81611827916148ab565b61183257845f611781565b8480fd5b6040513d84823e3d90fd5b848160016024930180911161185f5763110416dd60e21b8252600452fd5b50634e487b7160e01b81526011600452fd5b630272d02960e61b8552336004526024829052604485fd5b6350fab9ad60e11b8252600482fd5b63d93c066560e01b8352600483fd5b50346103d457806003193601126103d4575f51602061559a5f395f51905f52546001600160a01b031633141580611964575b611951575f51602061577a5f395f51905f525460ff8160b81c166119425760ff60b81b1916600160b81b175f51602061577a5f395f51905f52556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602090a180f35b63d93c066560e01b8252600482fd5b6310351a3760e11b815233600452602490fd5b505f5160206155fa5f395f51905f52546001600160a01b03163314156118d9565b50346103d45760803660031901126103d4576044356001600160401b038111610b37576119b690369060040161481f565b6064356001600160401b038111610a6f576119d590369060040161484c565b915f51602061577a5f395f51905f525460ff8160b81c16611a775785906119fa614a4e565b6001600160a01b0316803b15610b375781809160646040518094819363529a4cf760e11b835233600484015281602484015260243560448401525af1801561183657611a62575b5050611a4f9360043561501b565b805f51602061569a5f395f51905f525d80f35b81611a6c916148ab565b61183257845f611a41565b63d93c066560e01b8652600486fd5b50346103d457806003193601126103d4575f51602061571a5f395f51905f52546040516001600160a01b039091168152602090f35b50346103d457806003193601126103d457602060405160018152f35b50346103d457806003193601126103d4575f51602061575a5f395f51905f5254336001600160a01b0390911603611b1457611b1133615308565b80f35b63118cdaa760e01b815233600452602490fd5b50346103d457806003193601126103d4575f51602061577a5f395f51905f52546040516001600160a01b039091168152602090f35b50346103d457806003193601126103d4575f51602061573a5f395f51905f52546040516001600160a01b039091168152602090f35b50346103d457806003193601126103d457602063ffffffff5f51602061563a5f395f51905f525460801c16604051908152f35b50346103d457806003193601126103d457600490611be06149fe565b638905116560e01b8152fd5b50346103d45760a03660031901126103d457611c066147d0565b602435916044356001600160401b0381169081810361056e576064356084356001600160401b03811161183257611c4190369060040161481f565b96909560ff611c4f82614964565b541615612044575f51602061573a5f395f51905f52546001600160a01b0382811691160361203e575084955b5f51602061577a5f395f51905f52549260ff8460b81c1661202f57611c9e614a4e565b60ff8460b01c1615612020578215612011576001600160a01b038816801598909690891561200b57505f51602061573a5f395f51905f52546001600160a01b0316945b611cea8661492c565b9160405192611cf88461487c565b5460ff81161515845260ff8160081c16602085015261ffff8160101c1660408501526001600160681b038160201c168060608601526001600160681b03608086019260881c168252808810610a275750516001600160681b0316808711610a105750611d678260c01c4261491f565b9064ffffffffff8211611ffe575b428111801590611ff5575b6109e557505082156109d65784606461079d60ff611da29460a01c1683614b1b565b945f51602061567a5f395f51905f5254995f198b146109c25760018b015f51602061567a5f395f51905f52558a8a525f51602061557a5f395f51905f5260205260408a2080546aff0000000000ffffffffff60a01b193316600165ff000000000160c81b03199091161760a09990991b64ffffffffff60a01b1698909817600160f01b17885586611fc1575b6002880180546001600160d01b0319166001600160681b03881617606885901b600160681b600160d01b0316179055159687611fa8575b8360048201556006611e798d3690886148cc565b80516020909101209101555f51602061577a5f395f51905f52546001600160a01b031690611ea7838761491f565b90823b15611fa4579060648b9283604051958694859363303d0c6b60e01b855260018060a01b0316600485015233602485015260448401525af1801561096a57611f8f575b509360209993611f448a947f03495cfad033ca8c88fb3c9de23dcd45625cbae136f188b44036c926e155cbce948b9860405195869586528f8601526040850152606084015260a06080840152339660a08401916149a9565b0390a4611f64575b505f51602061569a5f395f51905f525d604051908152f35b827ff8793d8545926551a4f25b9c272fdd800ebd08a0764a45fc2fd63c977c6be1998380a35f611f4c565b611f9a8980926148ab565b610966575f611eec565b8a80fd5b6003810180546001600160a01b0319168a179055611e65565b6001600160601b0387116109a9576001880180546001600160a01b031660a089901b6001600160a01b031916179055611e2e565b50818111611d80565b64ffffffffff9150611d75565b94611ce1565b632706c9e160e21b8752600487fd5b6350fab9ad60e11b8752600487fd5b63d93c066560e01b8752600487fd5b95611c7b565b63094403b760e41b86526001600160a01b0316600452602485fd5b50346103d45760203660031901126103d4576120796147d0565b6120816149fe565b6001600160a01b038116908115610dbd573b15610da15760405163054fd4d560e41b8152602081600481855afa83918161220b575b506120d757606483836302030e8960e11b8252600452806024526001604452fd5b60018110610d525750604051633c86a87760e21b8152602081600481855afa8391816121d7575b50612133576344f2c35f60e01b8352600482905260248390526f52657075746174696f6e456e67696e6560801b604452606483fd5b6fad9a8f8a8b9e8b969091ba919896919b60801b81016121a8575060207f495ba31599b9b5fb189113a43ff60ed244b7e90d2e63e9283c2a5151037065a691806001600160601b0360a01b5f5160206155ba5f395f51905f525416175f5160206155ba5f395f51905f5255604051908152a180f35b6344f2c35f60e01b83526004919091526024526f52657075746174696f6e456e67696e6560801b604452606490fd5b9091506020813d602011612203575b816121f3602093836148ab565b81010312610d465751905f6120fe565b3d91506121e6565b9091506020813d602011612237575b81612227602093836148ab565b81010312610a6f5751905f6120b6565b3d915061221a565b50346103d457806003193601126103d457602060ff5f51602061577a5f395f51905f525460b81c166040519015158152f35b50346103d457806003193601126103d4575f51602061573a5f395f51905f52546020906001600160681b03906122af906001600160a01b031661492c565b5460881c16604051908152f35b50346103d45760403660031901126103d4576004356122d9614810565b5f51602061561a5f395f51905f52546001600160a01b031633036123ee5761230082614a83565b9060ff825460f01c16600381036123b457501561237b578054604160f21b6001600160f01b03909116178155600201805464ffffffffff60d01b19164260d01b64ffffffffff60d01b161790557f8a0f1de33684394d5322b20a2935668a10e7e1de0fb1b945a97f442bdf0cc606602060405160018152a280f35b805460ff60f01b1916600560f01b17905533907e7a04c23fac86b9f00290f402ccec895256f0b46ad331c80038b783acbfe4198380a380f35b848460088310156123da57630a5889e560e01b82526004526044916123d890614911565bfd5b634e487b7160e01b82526021600452602482fd5b63d86ad9cf60e01b835233600452602483fd5b50346103d45760203660031901126103d45761241b6147d0565b6124236149fe565b6001600160a01b038116908115610dbd573b15610da15760405163054fd4d560e41b8152602081600481855afa8391816125ad575b5061247957606483836302030e8960e11b8252600452806024526001604452fd5b60018110610d525750604051633c86a87760e21b8152602081600481855afa839181612579575b506124d5576344f2c35f60e01b8352600482905260248390526f56616c69646174696f6e4d6f64756c6560801b604452606483fd5b6fa99e93969b9e8b969091b2909b8a939b60801b810161254a575060207fb9bce68b107f53cfb91d98d7232cdc1845d9e5798c27af5cf786068975d4fd8991806001600160601b0360a01b5f51602061561a5f395f51905f525416175f51602061561a5f395f51905f5255604051908152a180f35b6344f2c35f60e01b83526004919091526024526f56616c69646174696f6e4d6f64756c6560801b604452606490fd5b9091506020813d6020116125a5575b81612595602093836148ab565b81010312610d465751905f6124a0565b3d9150612588565b9091506020813d6020116125d9575b816125c9602093836148ab565b81010312610a6f5751905f612458565b3d91506125bc565b50346103d457806003193601126103d4577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031630036126395760206040515f5160206155da5f395f51905f528152f35b63703e46dd60e11b8152600490fd5b50346103d457806003193601126103d45760206001600160401b035f51602061563a5f395f51905f525460a01c16604051908152f35b50346103d45760203660031901126103d4577f286142e29d3a6b0bd7450c70781660598aac50562f94b7f669b8e25835163d6a60206004356126be6149fe565b6126c781614efd565b5f51602061563a5f395f51905f52805467ffffffffffffffff60a01b191660a09290921b67ffffffffffffffff60a01b16919091179055604051908152a180f35b5060403660031901126103d45761271d6147d0565b906024356001600160401b038111610b375736602382011215610b375761274e9036906024816004013591016148cc565b916001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016308114908115612a4c575b50612a3d576127916149fe565b6001600160a01b038116908115610dbd57803b15612a215760405163054fd4d560e41b8152602081600481865afa8491816129ed575b506127e857606484846302030e8960e11b8252600452806024526001604452fd5b600181106129d15750604051633c86a87760e21b8152602081600481865afa84918161299d575b5061283f576344f2c35f60e01b8452600483905260248490526a4a6f62526567697374727960a81b604452606484fd5b6ab5909dad9a98968c8b8d8760a81b810161297457506040516352d1902d60e01b815293602085600481865afa80958596612940575b5061288e57634c9c8ce360e01b84526004839052602484fd5b9091845f5160206155da5f395f51905f52810361292e5750823b1561291c575f5160206155da5f395f51905f5280546001600160a01b031916821790557fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b8480a2805115612903576128ff916154ed565b5080f35b50503461290d5780f35b63b398979f60e01b8152600490fd5b634c9c8ce360e01b8452600452602483fd5b632a87526960e21b8552600452602484fd5b9095506020813d60201161296c575b8161295c602093836148ab565b81010312610d465751945f612875565b3d915061294f565b6344f2c35f60e01b845260048390526024526a4a6f62526567697374727960a81b604452606483fd5b9091506020813d6020116129c9575b816129b9602093836148ab565b81010312610d465751905f61280f565b3d91506129ac565b6302030e8960e11b845260048390526024526001604452606483fd5b9091506020813d602011612a19575b81612a09602093836148ab565b810103126118325751905f6127c7565b3d91506129fc565b606483836302030e8960e11b8252600452806024526001604452fd5b63703e46dd60e11b8252600482fd5b5f5160206155da5f395f51905f52546001600160a01b0316141590505f612784565b50346103d45760403660031901126103d457612a886147d0565b6024356001600160a01b038116808203610a6f575f5160206156fa5f395f51905f52549260ff8460401c1615936001600160401b03811680159081612cb2575b6001149081612ca8575b159081612c9f575b50612c905767ffffffffffffffff1981166001175f5160206156fa5f395f51905f525584612c64575b50612b0c6154c2565b6001600160a01b03811615612c5557612b3490612b276154c2565b612b2f6154c2565b615308565b8015612c465790612bd6916001600160601b0360a01b5f51602061573a5f395f51905f525416175f51602061573a5f395f51905f5255612b7381614964565b805460ff191660011790555f51602061577a5f395f51905f5280545f51602061563a5f395f51905f52805467ffffffffffffffff60a01b19166102a360a71b17905566278d0000010a0560a01b600163ff00000160a01b03909116179055614cf6565b60015f51602061567a5f395f51905f5255612bee5780f35b68ff0000000000000000195f5160206156fa5f395f51905f5254165f5160206156fa5f395f51905f52557fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2602060405160018152a180f35b63d92e233d60e01b8452600484fd5b63d92e233d60e01b8552600485fd5b68ffffffffffffffffff191668010000000000000001175f5160206156fa5f395f51905f52555f612b03565b63f92ee8a960e01b8652600486fd5b9050155f612ada565b303b159150612ad2565b869150612ac8565b50346103d45760a03660031901126103d4576024356004356044356001600160401b038111610a6f57612cf190369060040161481f565b6064939193356001600160401b038111610a6b57612d1390369060040161481f565b9290946084356001600160401b03811161096657612d3590369060040161484c565b505060ff5f51602061577a5f395f51905f525460b81c1661202f57612d58614a4e565b612d6185614a83565b8054612d7360ff8260f01c1688614af4565b60018201546001600160a01b031633819003612f47575064ffffffffff9060a01c16804211612f3557508215612f26575f51602061565a5f395f51905f525460405163fe575a8760e01b815233600482015290602090829060249082906001600160a01b03165afa90811561096a578991612ee8575b50612ed257805460ff60f01b1916600360f01b1781556005018290555f51602061561a5f395f51905f525487906001600160a01b0316803b15610b37578180916024604051809481936395805dad60e01b83528c60048401525af1801561183657612eb9575b50507f0570e9bdde5feeee83a3e6213ce86a8ae3ead1e049d2cab9e7a9c0d86d73150f93612e93612ea39260405195869586526060602087015260608601916149a9565b90838203604085015233976149a9565b0390a3805f51602061569a5f395f51905f525d80f35b81612ec3916148ab565b612ece57865f612e4f565b8680fd5b6001620b633d60e31b0319885233600452602488fd5b90506020813d602011612f1e575b81612f03602093836148ab565b81010312612f1a57612f149061499c565b5f612de9565b8880fd5b3d9150612ef6565b631c37cddf60e21b8852600488fd5b636768091360e01b8952600452602488fd5b630272d02960e61b8a5233600452602452604489fd5b50346103d45760803660031901126103d457612f776147d0565b90604435602435606435612f896149fe565b60ff612f9486614964565b54161561308f57908461307b83612fcd7f57ea6053d3ec2080397449f2405d6ee44c2e55fb45c69f1f451ee9530a52cbc49587866152ac565b60ff612fd88461492c565b541615613081575b60ff612feb8461492c565b805470ffffffffffffffffffffffffff000000001916602087901b70ffffffffffffffffffffffffff000000001617815561302f6001600160681b038916826149c9565b805463ffff00001916601084901b63ffff0000161781555460081c169560405194859460018060a01b031697859094939260609260ff6080840197168352602083015260408201520152565b0390a280f35b61308a83614cf6565b612fe0565b63094403b760e41b84526001600160a01b038516600452602484fd5b50346103d457806003193601126103d4575f51602061559a5f395f51905f52546001600160a01b031633141580613150575b611951575f51602061577a5f395f51905f525460ff8160b81c16156131415760ff60b81b19165f51602061577a5f395f51905f52556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa90602090a180f35b638dfc202b60e01b8252600482fd5b505f5160206155fa5f395f51905f52546001600160a01b03163314156130dd565b50346103d45760403660031901126103d45760043561318e614810565b5f51602061571a5f395f51905f52546001600160a01b031633036123ee576131b582614a83565b60ff815460f01c16600581036123b457507f8a0f1de33684394d5322b20a2935668a10e7e1de0fb1b945a97f442bdf0cc60691613262602092600160f21b60ff60f01b1982541617815561323f60ff60026004845460f81c16865f1461329a578a905b85546001600160f81b03169117919091179190911660f81b6001600160f81b031916178255565b600201805464ffffffffff60d01b19164260d01b64ffffffffff60d01b16179055565b837f5a87909bff68caaaaf0b3fd9c74eeccc928832f879315e5c6fb7a73612f26c0c8360405193159384158152a2604051908152a280f35b600190613218565b50346103d45760603660031901126103d4576024356001600160401b038111610b37576132d390369060040161481f565b6044929192356001600160401b03811161056e576132f590369060040161484c565b9160ff5f51602061577a5f395f51905f525460b81c1661332457611a4f939461331c614a4e565b60043561501b565b63d93c066560e01b8452600484fd5b50346103d457806003193601126103d45760206001600160801b035f51602061563a5f395f51905f525416604051908152f35b50346103d45760203660031901126103d4577fa4336c0cb1e245b95ad204faed7e940d6dc999684fd8b5e1ff597a0c4efca8ab60206133a36147d0565b6133ab6149fe565b5f5160206155fa5f395f51905f5280546001600160a01b0319166001600160a01b03929092169182179055604051908152a180f35b50346103d45760603660031901126103d4576004356044356001600160401b03811161056e5761341490369060040161481f565b60ff5f51602061577a5f395f51905f525460b81c166133245761343683614a83565b805460ff8160f01c16908060f81c9160038114908115806136c1575b806136b6575b61369257506006831661367e576001600160a01b0382163381141580613667575b6136515750613570575b5081546001600160f01b0316600490911760f81b6001600160f81b03191617600560f01b1790555f51602061571a5f395f51905f52546001600160a01b03169182156135615790829185933b15610a6f5761351392849283604051809681958294638b2f799160e01b84528b600485015233602485015260243560448501526080606485015260848401916149a9565b03925af180156118365761354c575b505033907e7a04c23fac86b9f00290f402ccec895256f0b46ad331c80038b783acbfe4198380a380f35b81613556916148ab565b610b3757815f613522565b6303bca7b760e01b8552600485fd5b60406001600160401b035f51602061563a5f395f51905f525460a01c1660646135ba8264ffffffffff60018060a01b035f51602061561a5f395f51905f5254169660a01c1661491f565b8a84519586948593633b62d11d60e21b85528d6004860152602485015260448401525af19081156136465787908892613605575b50613483576373da9afb60e11b8752600452602486fd5b9150506040813d60401161363e575b81613621604093836148ab565b81010312612ece5760206136348261499c565b910151905f6135ee565b3d9150613614565b6040513d89823e3d90fd5b630272d02960e61b895233600452602452604488fd5b5060018501546001600160a01b0316331415613479565b63981e7f1f60e01b88526004879052602488fd5b888860088310156123da57630a5889e560e01b82526004526044916123d890614911565b506005811415613458565b506004811415613452565b50346103d45760203660031901126103d4576004355f51602061577a5f395f51905f525460ff8160b81c166118985760ff90613706614a4e565b60b01c16156118895761371881614a83565b805461372a60ff8260f01c1684614ac5565b6001600160a01b0316338190036137bc57508054600760f01b60ff60f01b1982161782556003820154600290920154613785926001600160a01b039081169216906117b1906001600160681b03606882901c8116911661491f565b7f58243f872c550ad02802199ade99eb4250f6bb19e9abbf2d3de7b969c0eb5e4f8280a2805f51602061569a5f395f51905f525d80f35b630272d02960e61b845233600452602452604483fd5b50346103d45760203660031901126103d45760046040602092823581525f51602061557a5f395f51905f528452200154604051908152f35b50346103d45760203660031901126103d4576138246147d0565b61382c6149fe565b6001600160a01b038116908115610dbd573b15610da15760405163054fd4d560e41b8152602081600481855afa83918161399b575b5061388257606483836302030e8960e11b8252600452806024526001604452fd5b60018110610d525750604051633c86a87760e21b8152602081600481855afa839181613967575b506138d5576344f2c35f60e01b83526004829052602483905266119959541bdbdb60ca1b604452606483fd5b662e66a6abe4242560ca1b8101613941575060207f6d1d088acfe4f30d6014f6f693c61c16258f9784a6ed8439b2c59213eecb629591806001600160601b0360a01b5f5160206156da5f395f51905f525416175f5160206156da5f395f51905f5255604051908152a180f35b6344f2c35f60e01b835260049190915260245266119959541bdbdb60ca1b604452606490fd5b9091506020813d602011613993575b81613983602093836148ab565b81010312610d465751905f6138a9565b3d9150613976565b9091506020813d6020116139c7575b816139b7602093836148ab565b81010312610a6f5751905f613861565b3d91506139aa565b50346103d45760203660031901126103d4576139e96147d0565b6139f16149fe565b6001600160a01b038116908115610dbd573b15610da15760405163054fd4d560e41b8152602081600481855afa839181613b75575b50613a4757606483836302030e8960e11b8252600452806024526001604452fd5b60018110610d525750604051633c86a87760e21b8152602081600481855afa839181613b41575b50613aa1576344f2c35f60e01b8352600482905260248390526d10d95c9d1a599a58d85d1953919560921b604452606483fd5b6d2f26a362e5a665a727a2e6ac6e6b60921b8101613b14575060207f9e3c9747b000bdd55a767a5126710d1412eb8046d8b6fd3e149aa1d2e7ce4a1f91806001600160601b0360a01b5f5160206156ba5f395f51905f525416175f5160206156ba5f395f51905f5255604051908152a180f35b6344f2c35f60e01b83526004919091526024526d10d95c9d1a599a58d85d1953919560921b604452606490fd5b9091506020813d602011613b6d575b81613b5d602093836148ab565b81010312610d465751905f613a6e565b3d9150613b50565b9091506020813d602011613ba1575b81613b91602093836148ab565b81010312610a6f5751905f613a26565b3d9150613b84565b50346103d45760203660031901126103d4577fd31901f05a4ba5513b51148681f9c85e920538291a90c785dbfcd8ff54b76d286020600435613be96149fe565b613bf281614efd565b5f51602061577a5f395f51905f5280546001600160c01b031660c09290921b6001600160c01b031916919091179055604051908152a180f35b50346103d45760403660031901126103d457613c456147d0565b90613c4e614810565b91613c576149fe565b6001600160a01b038116908115610dbd575f51602061573a5f395f51905f52546001600160a01b0316821480613d7c575b613d6d5783613cac8495613c9b84614964565b9060ff801983541691151516179055565b827f9a8e30a8658b96ab3f034ce4bac6806278b4aee5880ccdd1ac35e4ed5bb31d2360206040518415158152a2613ce1575050f35b60ff613cec8261492c565b541615613d5e575b505f5160206156da5f395f51905f52546001600160a01b03169081613d17575050f35b813b15613d5a5782916024839260405194859384926213049560e71b845260048401525af1801561183657613d495750f35b81613d53916148ab565b6103d45780f35b5050fd5b613d6790614cf6565b5f613cf4565b63798da16b60e11b8352600483fd5b508315613c88565b50346103d457806003193601126103d4575f51602061565a5f395f51905f52546040516001600160a01b039091168152602090f35b50346103d457806003193601126103d457506103d0604051613ddc6040826148ab565b60048152631b995e1d60e21b6020820152604051918291826147e6565b50346103d45760203660031901126103d457613e136147d0565b613e1b6149fe565b6001600160a01b038116908115610dbd573b15610da15760405163054fd4d560e41b8152602081600481855afa839181613f99575b50613e7157606483836302030e8960e11b8252600452806024526001604452fd5b60018110610d525750604051633c86a87760e21b8152602081600481855afa839181613f65575b50613ec9576344f2c35f60e01b8352600482905260248390526b29ba30b5b2a6b0b730b3b2b960a11b604452606483fd5b6b5645cf4a4d594f48cf4c4d4760a11b8101613f3a575060207f18c7cdf94f8233bc399bdc8cb14514437756e7e9c583510d72b3a337f33b14a791806001600160601b0360a01b5f51602061577a5f395f51905f525416175f51602061577a5f395f51905f5255604051908152a180f35b6344f2c35f60e01b83526004919091526024526b29ba30b5b2a6b0b730b3b2b960a11b604452606490fd5b9091506020813d602011613f91575b81613f81602093836148ab565b81010312610d465751905f613e98565b3d9150613f74565b9091506020813d602011613fc5575b81613fb5602093836148ab565b81010312610a6f5751905f613e50565b3d9150613fa8565b50346103d45760403660031901126103d4576020614041613fef61034e6147d0565b6001600160681b03604051916140048361487c565b5460ff81161515835260ff8160081c168584015261ffff8160101c1660408401528181861c16606084015260881c16608082015260243590614c4f565b604051908152f35b5034610d46576020366003190112610d46576004355f51602061577a5f395f51905f525460ff8160b81c166146b45760ff90614083614a4e565b60b01c16156146a55761409581614a83565b90815460ff8160f01c166004810361466b57506001600160a01b031691338314158061464a575b6145fa575b805460ff60f01b1916600360f11b178082556001808301805460028501545f51602061561a5f395f51905f525460405163f87770f560e01b8152600481018990526001600160a01b039384169960f89790971c90951615159694959392606883901c6001600160681b039081169316915f9188916024918391165afa958615614483575f96614557575b5085519586614527575f955b60018801968789116144d957886141766141708a614b4c565b99614b4c565b935f5b8281106144ed57505061418b91614b1b565b83039283116144d957600301546001600160a01b0316806144d357505f51602061573a5f395f51905f52546001600160a01b0316915b5f976141cd8a8d6153dc565b98896144cb575b85888a8d156144a3575050505061420b90895f1461449d57875b6141f8828b614b9f565b6001600160a01b03909116905283614b9f565b525f5160206156da5f395f51905f52546001600160a01b0316801561448e57905b5f51602061577a5f395f51905f52546001600160a01b031696873b15610d465760405163aacc6fcf60e01b8152915f918391829161426f91908860048501614bb3565b0381838b5af1801561448357614464575b508a959493926001600160a01b0390911691908215158061445b575b6143ef575b5050505460a01c90855f146143ea5750825b823b15610a6f57604051630459569360e51b81526001600160a01b0389811660048301526001600160601b03939093166024820152911660448201529082908290606490829084905af18015611836576143d5575b5050816143cc575b5061434d575b7f94648b94005dfe54f18e035c011e3f0c17191b133d9789df032ab6c2b9ff72188380a3805f51602061569a5f395f51905f525d80f35b5f5160206156ba5f395f51905f525483906001600160a01b031680614374575b5050614316565b803b15610b37576040516340c10f1960e01b81526001600160a01b0385166004820152602481018490529082908290604490829084905af18015611836571561436d57816143c1916148ab565b61056e57825f61436d565b9050155f614310565b816143df916148ab565b61183257845f614308565b6142b3565b823b15612ece57604051636096278160e01b81526001600160a01b0392909216600483015260248201529085908290604490829084905af190811561445057859161443b575b806142a1565b81614445916148ab565b610a6f57835f614435565b6040513d87823e3d90fd5b5080151561429c565b6144769196959493929b505f906148ab565b5f9990919293945f614280565b6040513d5f823e3d90fd5b6303bca7b760e01b5f5260045ffd5b8c6141ee565b946144be92916144b8866144c5969998614b9f565b5261491f565b9183614b9f565b5261422c565b8a99506141d4565b916141c1565b634e487b7160e01b5f52601160045260245ffd5b9091506001906001600160a01b036145058285614b9f565b5116614511828d614b9f565b528361451d8288614b9f565b5201908a91614179565b61455187606461454b60ff5f51602061577a5f395f51905f525460a81c1686614b1b565b04614b2e565b95614157565b9095503d805f833e61456981836148ab565b810190602081830312610d46578051906001600160401b038211610d4657019080601f83011215610d46578151906145a082614b04565b926145ae60405194856148ab565b82845260208085019360051b820101918211610d4657602001915b8183106145da57505050945f61414b565b82516001600160a01b0381168103610d46578152602092830192016145c9565b61462d64ffffffffff600283015460d01c166001600160401b035f51602061563a5f395f51905f525460a01c169061491f565b42116140c15782630272d02960e61b5f523360045260245260445ffd5b505f51602061559a5f395f51905f52546001600160a01b03163314156140bc565b905060088110156146915761468c91630a5889e560e01b5f52600452614911565b60445ffd5b634e487b7160e01b5f52602160045260245ffd5b6350fab9ad60e11b5f5260045ffd5b63d93c066560e01b5f5260045ffd5b34610d46576020366003190112610d46577ff225dcc1a53a726d9b0af4ec9e789fa1db6a8d40b512e28f7656f3e76c350f3160206004356147026149fe565b61470b81614a31565b5f51602061577a5f395f51905f52805460ff60a81b191660a883901b60ff60a81b16179055604051908152a1005b34610d46576020366003190112610d46576004356147556149fe565b63ffffffff81116147b9575f51602061563a5f395f51905f52805463ffffffff60801b1916608083901b63ffffffff60801b161790556040519081527fbd77f5e0e2fc535649f82a3306ad30159cdfe2efa2eb49eb0ad5c84f8449548a90602090a1005b6306dfcc6560e41b5f52602060045260245260445ffd5b600435906001600160a01b0382168203610d4657565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b602435908115158203610d4657565b9181601f84011215610d46578235916001600160401b038311610d465760208381860195010111610d4657565b9181601f84011215610d46578235916001600160401b038311610d46576020808501948460051b010111610d4657565b60a081019081106001600160401b0382111761489757604052565b634e487b7160e01b5f52604160045260245ffd5b90601f801991011681019081106001600160401b0382111761489757604052565b9291926001600160401b03821161489757604051916148f5601f8201601f1916602001846148ab565b829481845281830111610d46578281602093845f960137010152565b600881101561469157602452565b919082018092116144d957565b6001600160a01b03165f9081527fef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b7250c6020526040902090565b6001600160a01b03165f9081527fef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b7250b6020526040902090565b51908115158203610d4657565b908060209392818452848401375f828201840152601f01601f1916010190565b80546cffffffffffffffffffffffffff60881b191660889290921b6cffffffffffffffffffffffffff60881b16919091179055565b5f51602061559a5f395f51905f52546001600160a01b03163303614a1e57565b63118cdaa760e01b5f523360045260245ffd5b60648111614a3c5750565b63aa31867360e01b5f5260045260245ffd5b5f51602061569a5f395f51905f525c614a745760015f51602061569a5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b5f8181525f51602061557a5f395f51905f52602052604090208054909291906001600160a01b031615614ab35750565b6350c83b9560e01b5f5260045260245ffd5b9060ff1660018103614ad5575050565b60088110156146915761468c91630a5889e560e01b5f52600452614911565b9060ff1660028103614ad5575050565b6001600160401b0381116148975760051b60200190565b818102929181159184041417156144d957565b8115614b38570490565b634e487b7160e01b5f52601260045260245ffd5b90614b5682614b04565b614b6360405191826148ab565b8281528092614b74601f1991614b04565b0190602036910137565b805115614b8b5760200190565b634e487b7160e01b5f52603260045260245ffd5b8051821015614b8b5760209160051b010190565b6001600160a01b039091168152606060208083018290528351918301829052608083019301905f5b818110614c1f575050506040818303910152602080835192838152019201905f5b818110614c095750505090565b8251845260209384019390920191600101614bfc565b82516001600160a01b0316855260209485019490920191600101614bdb565b60ff16604d81116144d957600a0a90565b60208101805191929160ff1660128111614cc057505160ff908116601203929083116144d95761ffff6040614c93614c9e94614c8d61271097614c3e565b90614b1b565b925b01511690614b1b565b04905f51602061565a5f395f51905f525460a01c808310614cbc5750565b9150565b60ff9081166011190193915083116144d95761ffff6040614cf0614c9e94614cea61271097614c3e565b90614b2e565b92614c95565b803b15614edd5760405163313ce56760e01b81526001600160a01b039190911690602081600481855afa5f9181614e9f575b50614d4057506309cf5ab560e41b5f5260045260245ffd5b60ff811690601e8211614e8c577f57ea6053d3ec2080397449f2405d6ee44c2e55fb45c69f1f451ee9530a52cbc491614d7a608092614c3e565b614e69604051614d898161487c565b600181526001600160681b0387614e618260208501888152614e2d61ffff604088016101f481526060890193858c1685528d8a01978689525f527fef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b7250c602052614e0460405f209a5115158b9060ff801983541691151516179055565b518954915163ffffff001990921660089190911b61ff001617911660101b63ffff000016178755565b51855470ffffffffffffffffffffffffff000000001916911660201b70ffffffffffffffffffffffffff0000000016178455565b5116906149c9565b60405191825260208201526001600160681b0360408201526101f46060820152a2565b826309cf5ab560e41b5f5260045260245ffd5b9091506020813d602011614ed5575b81614ebb602093836148ab565b81010312610d46575160ff81168103610d4657905f614d28565b3d9150614eae565b6309cf5ab560e41b5f9081526001600160a01b0391909116600452602490fd5b6001600160401b038111614f17576001600160401b031690565b6306dfcc6560e41b5f52604060045260245260445ffd5b604091825193614f3e84866148ab565b60018552601f1984019182366020880137845192614f5c86856148ab565b60018452366020850137614f6f86614b7e565b6001600160a01b039091169052614f8582614b7e565b525f51602061577a5f395f51905f52546001600160a01b039081169290811661501557505f51602061573a5f395f51905f52546001600160a01b0316915b803b15610d4657614fed945f809486519788958694859363aacc6fcf60e01b855260048501614bb3565b03925af190811561500c57506150005750565b5f61500a916148ab565b565b513d5f823e3d90fd5b91614fc3565b9290919361502884614a83565b91825461503b60ff8260f01c1687614ac5565b64ffffffffff8160a01c1680421161529a57506001600160a01b03163314615283575f51602061565a5f395f51905f5254604051630353d67960e61b81523360048201526060602482015292906001600160a01b031661509f6064850189886149a9565b848103600319016044860152828152926001600160fb1b038311610d46576020858094928296829460051b809285830137010301915afa908115614483575f91615249575b50156152375760018060a01b035f51602061577a5f395f51905f5254169160018201805460a01c5f51602061563a5f395f51905f5254853b15610d465760845f928363ffffffff98604051998a9586946352f514f960e01b865233600487015260248601526001600160801b038116604486015260801c1660648401525af1928315614483577f77873060d5f4b597d5f400ed0038e25917063c26262ba35b7121b8f07bd5a0ef9461522294615227575b50805465ffffffffffff60c81b19164260c81b64ffffffffff60c81b1617600160f11b17905580546001600160a01b03191633908117909155604051602080825286917f6a609ccc4611ec81e11a54d8937b9e000bbb05c7743ac8ad14aaf1696699549a9181906152099082018b886149a9565b0390a360405191829160208352339660208401916149a9565b0390a3565b5f615231916148ab565b5f615195565b626030a760e21b5f523360045260245ffd5b90506020813d60201161527b575b81615264602093836148ab565b81010312610d46576152759061499c565b5f6150e4565b3d9150615257565b630272d02960e61b5f52336004525f60245260445ffd5b636768091360e01b5f5260045260245ffd5b801580156152ff575b80156152ef575b80156152e4575b6152cc57505050565b6311c1e22960e11b5f5260045260245260445260645ffd5b5061271083116152c3565b506001600160681b0382116152bc565b508181116152b5565b5f51602061575a5f395f51905f5280546001600160a01b03199081169091555f51602061559a5f395f51905f5280549182166001600160a01b0393841690811790915591167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3565b5f5160206155ba5f395f51905f52546001600160a01b03169081156153d857813b15610d4657604051633463588d60e11b81526001600160a01b03909116600482015260016024820152905f908290604490829084905af18015614483576150005750565b5050565b9060018060a01b035f5160206155ba5f395f51905f52541690811561547557604051631c487fa360e01b81526001600160a01b03909316600484015215156024830152602090829060449082905f905af1908115614483575f9161543e575090565b90506020813d60201161546d575b81615459602093836148ab565b81010312610d465761546a9061499c565b90565b3d915061544c565b50505f51602061565a5f395f51905f525460405163fe575a8760e01b81526001600160a01b0392831660048201529160209183916024918391165afa908115614483575f9161543e575090565b60ff5f5160206156fa5f395f51905f525460401c16156154de57565b631afcd79f60e31b5f5260045ffd5b905f8091602081519101845af48080615566575b156155215750506040513d81523d5f602083013e60203d82010160405290565b1561554657639996b31560e01b5f9081526001600160a01b0391909116600452602490fd5b3d15615557576040513d5f823e3d90fd5b63d6bda27560e01b5f5260045ffd5b503d1515806155015750813b151561550156feef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b7250a9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c199300ef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b72505360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc33de1f0c4f4256b6890ee08852692b1b51f528581c66e7191d8a9095c76e2200ef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b72504ef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b72503ef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b72502ef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b725099b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00ef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b72507ef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b72508f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00ef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b72506ef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b72501237e158222e3e6968b72b9db0d8043aacf074ad9f650f0d1606b4d82ee432c00ef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b72500f0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00",
}

// JobRegistryNext is an auto generated Go binding around an Ethereum contract.
type JobRegistryNext struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *JobRegistryNext) GetABI() abi.ABI {
	return c.abi
}

// NewJobRegistryNext creates a new instance of JobRegistryNext.
func NewJobRegistryNext() *JobRegistryNext {
	parsed, err := JobRegistryNextMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &JobRegistryNext{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *JobRegistryNext) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEFAULTSTAKEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8177e49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_STAKE_BPS() view returns(uint256)
func (jobRegistryNext *JobRegistryNext) PackDEFAULTSTAKEBPS() []byte {
	enc, err := jobRegistryNext.abi.Pack("DEFAULT_STAKE_BPS")
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
func (jobRegistryNext *JobRegistryNext) TryPackDEFAULTSTAKEBPS() ([]byte, error) {
	return jobRegistryNext.abi.Pack("DEFAULT_STAKE_BPS")
}

// UnpackDEFAULTSTAKEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8177e49.
//
// Solidity: function DEFAULT_STAKE_BPS() view returns(uint256)
func (jobRegistryNext *JobRegistryNext) UnpackDEFAULTSTAKEBPS(data []byte) (*big.Int, error) {
	out, err := jobRegistryNext.abi.Unpack("DEFAULT_STAKE_BPS", data)
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
func (jobRegistryNext *JobRegistryNext) PackMODULEVERSION() []byte {
	enc, err := jobRegistryNext.abi.Pack("MODULE_VERSION")
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
func (jobRegistryNext *JobRegistryNext) TryPackMODULEVERSION() ([]byte, error) {
	return jobRegistryNext.abi.Pack("MODULE_VERSION")
}

// UnpackMODULEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81ed9808.
//
// Solidity: function MODULE_VERSION() view returns(uint256)
func (jobRegistryNext *JobRegistryNext) UnpackMODULEVERSION(data []byte) (*big.Int, error) {
	out, err := jobRegistryNext.abi.Unpack("MODULE_VERSION", data)
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
func (jobRegistryNext *JobRegistryNext) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := jobRegistryNext.abi.Pack("UPGRADE_INTERFACE_VERSION")
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
func (jobRegistryNext *JobRegistryNext) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return jobRegistryNext.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (jobRegistryNext *JobRegistryNext) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := jobRegistryNext.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
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
func (jobRegistryNext *JobRegistryNext) PackAcceptOwnership() []byte {
	enc, err := jobRegistryNext.abi.Pack("acceptOwnership")
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
func (jobRegistryNext *JobRegistryNext) TryPackAcceptOwnership() ([]byte, error) {
	return jobRegistryNext.abi.Pack("acceptOwnership")
}

// PackApplyForJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x327c1255.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function applyForJob(uint256 jobId, string subdomain, bytes32[] proof) returns()
func (jobRegistryNext *JobRegistryNext) PackApplyForJob(jobId *big.Int, subdomain string, proof [][32]byte) []byte {
	enc, err := jobRegistryNext.abi.Pack("applyForJob", jobId, subdomain, proof)
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
func (jobRegistryNext *JobRegistryNext) TryPackApplyForJob(jobId *big.Int, subdomain string, proof [][32]byte) ([]byte, error) {
	return jobRegistryNext.abi.Pack("applyForJob", jobId, subdomain, proof)
}

// PackCancelJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dffa3dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelJob(uint256 jobId) returns()
func (jobRegistryNext *JobRegistryNext) PackCancelJob(jobId *big.Int) []byte {
	enc, err := jobRegistryNext.abi.Pack("cancelJob", jobId)
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
func (jobRegistryNext *JobRegistryNext) TryPackCancelJob(jobId *big.Int) ([]byte, error) {
	return jobRegistryNext.abi.Pack("cancelJob", jobId)
}

// PackCertificateNFT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91aec72a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function certificateNFT() view returns(address)
func (jobRegistryNext *JobRegistryNext) PackCertificateNFT() []byte {
	enc, err := jobRegistryNext.abi.Pack("certificateNFT")
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
func (jobRegistryNext *JobRegistryNext) TryPackCertificateNFT() ([]byte, error) {
	return jobRegistryNext.abi.Pack("certificateNFT")
}

// UnpackCertificateNFT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91aec72a.
//
// Solidity: function certificateNFT() view returns(address)
func (jobRegistryNext *JobRegistryNext) UnpackCertificateNFT(data []byte) (common.Address, error) {
	out, err := jobRegistryNext.abi.Unpack("certificateNFT", data)
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
func (jobRegistryNext *JobRegistryNext) PackClaimTimeout(jobId *big.Int) []byte {
	enc, err := jobRegistryNext.abi.Pack("claimTimeout", jobId)
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
func (jobRegistryNext *JobRegistryNext) TryPackClaimTimeout(jobId *big.Int) ([]byte, error) {
	return jobRegistryNext.abi.Pack("claimTimeout", jobId)
}

// PackCreateJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea79ef7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createJob(uint256 reward, uint64 deadline, bytes32 specHash, string uri) returns(uint256)
func (jobRegistryNext *JobRegistryNext) PackCreateJob(reward *big.Int, deadline uint64, specHash [32]byte, uri string) []byte {
	enc, err := jobRegistryNext.abi.Pack("createJob", reward, deadline, specHash, uri)
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
func (jobRegistryNext *JobRegistryNext) TryPackCreateJob(reward *big.Int, deadline uint64, specHash [32]byte, uri string) ([]byte, error) {
	return jobRegistryNext.abi.Pack("createJob", reward, deadline, specHash, uri)
}

// UnpackCreateJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xea79ef7d.
//
// Solidity: function createJob(uint256 reward, uint64 deadline, bytes32 specHash, string uri) returns(uint256)
func (jobRegistryNext *JobRegistryNext) UnpackCreateJob(data []byte) (*big.Int, error) {
	out, err := jobRegistryNext.abi.Unpack("createJob", data)
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
func (jobRegistryNext *JobRegistryNext) PackCreateJobWithToken(token common.Address, reward *big.Int, deadline uint64, specHash [32]byte, uri string) []byte {
	enc, err := jobRegistryNext.abi.Pack("createJobWithToken", token, reward, deadline, specHash, uri)
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
func (jobRegistryNext *JobRegistryNext) TryPackCreateJobWithToken(token common.Address, reward *big.Int, deadline uint64, specHash [32]byte, uri string) ([]byte, error) {
	return jobRegistryNext.abi.Pack("createJobWithToken", token, reward, deadline, specHash, uri)
}

// UnpackCreateJobWithToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f7acf5b.
//
// Solidity: function createJobWithToken(address token, uint256 reward, uint64 deadline, bytes32 specHash, string uri) returns(uint256)
func (jobRegistryNext *JobRegistryNext) UnpackCreateJobWithToken(data []byte) (*big.Int, error) {
	out, err := jobRegistryNext.abi.Unpack("createJobWithToken", data)
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
func (jobRegistryNext *JobRegistryNext) PackDefaultToken() []byte {
	enc, err := jobRegistryNext.abi.Pack("defaultToken")
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
func (jobRegistryNext *JobRegistryNext) TryPackDefaultToken() ([]byte, error) {
	return jobRegistryNext.abi.Pack("defaultToken")
}

// UnpackDefaultToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x74c13fda.
//
// Solidity: function defaultToken() view returns(address)
func (jobRegistryNext *JobRegistryNext) UnpackDefaultToken(data []byte) (common.Address, error) {
	out, err := jobRegistryNext.abi.Unpack("defaultToken", data)
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
func (jobRegistryNext *JobRegistryNext) PackDispute(jobId *big.Int, evidenceHash [32]byte, reason string) []byte {
	enc, err := jobRegistryNext.abi.Pack("dispute", jobId, evidenceHash, reason)
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
func (jobRegistryNext *JobRegistryNext) TryPackDispute(jobId *big.Int, evidenceHash [32]byte, reason string) ([]byte, error) {
	return jobRegistryNext.abi.Pack("dispute", jobId, evidenceHash, reason)
}

// PackDisputeModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83562af0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeModule() view returns(address)
func (jobRegistryNext *JobRegistryNext) PackDisputeModule() []byte {
	enc, err := jobRegistryNext.abi.Pack("disputeModule")
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
func (jobRegistryNext *JobRegistryNext) TryPackDisputeModule() ([]byte, error) {
	return jobRegistryNext.abi.Pack("disputeModule")
}

// UnpackDisputeModule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83562af0.
//
// Solidity: function disputeModule() view returns(address)
func (jobRegistryNext *JobRegistryNext) UnpackDisputeModule(data []byte) (common.Address, error) {
	out, err := jobRegistryNext.abi.Unpack("disputeModule", data)
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
func (jobRegistryNext *JobRegistryNext) PackEscrowEnabled() []byte {
	enc, err := jobRegistryNext.abi.Pack("escrowEnabled")
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
func (jobRegistryNext *JobRegistryNext) TryPackEscrowEnabled() ([]byte, error) {
	return jobRegistryNext.abi.Pack("escrowEnabled")
}

// UnpackEscrowEnabled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb15c93c.
//
// Solidity: function escrowEnabled() view returns(bool)
func (jobRegistryNext *JobRegistryNext) UnpackEscrowEnabled(data []byte) (bool, error) {
	out, err := jobRegistryNext.abi.Unpack("escrowEnabled", data)
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
func (jobRegistryNext *JobRegistryNext) PackExpirationGracePeriod() []byte {
	enc, err := jobRegistryNext.abi.Pack("expirationGracePeriod")
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
func (jobRegistryNext *JobRegistryNext) TryPackExpirationGracePeriod() ([]byte, error) {
	return jobRegistryNext.abi.Pack("expirationGracePeriod")
}

// UnpackExpirationGracePeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50fb5431.
//
// Solidity: function expirationGracePeriod() view returns(uint256)
func (jobRegistryNext *JobRegistryNext) UnpackExpirationGracePeriod(data []byte) (*big.Int, error) {
	out, err := jobRegistryNext.abi.Unpack("expirationGracePeriod", data)
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
func (jobRegistryNext *JobRegistryNext) PackFeePct() []byte {
	enc, err := jobRegistryNext.abi.Pack("feePct")
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
func (jobRegistryNext *JobRegistryNext) TryPackFeePct() ([]byte, error) {
	return jobRegistryNext.abi.Pack("feePct")
}

// UnpackFeePct is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa02cf937.
//
// Solidity: function feePct() view returns(uint256)
func (jobRegistryNext *JobRegistryNext) UnpackFeePct(data []byte) (*big.Int, error) {
	out, err := jobRegistryNext.abi.Unpack("feePct", data)
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
func (jobRegistryNext *JobRegistryNext) PackFeePool() []byte {
	enc, err := jobRegistryNext.abi.Pack("feePool")
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
func (jobRegistryNext *JobRegistryNext) TryPackFeePool() ([]byte, error) {
	return jobRegistryNext.abi.Pack("feePool")
}

// UnpackFeePool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xae2e933b.
//
// Solidity: function feePool() view returns(address)
func (jobRegistryNext *JobRegistryNext) UnpackFeePool(data []byte) (common.Address, error) {
	out, err := jobRegistryNext.abi.Unpack("feePool", data)
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
func (jobRegistryNext *JobRegistryNext) PackFinalize(jobId *big.Int) []byte {
	enc, err := jobRegistryNext.abi.Pack("finalize", jobId)
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
func (jobRegistryNext *JobRegistryNext) TryPackFinalize(jobId *big.Int) ([]byte, error) {
	return jobRegistryNext.abi.Pack("finalize", jobId)
}

// PackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf22c457.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getJob(uint256 jobId) view returns((address,address,address,uint256,uint256,uint256,uint64,uint64,uint64,uint8,bool,bytes32,bytes32,bytes32) j)
func (jobRegistryNext *JobRegistryNext) PackGetJob(jobId *big.Int) []byte {
	enc, err := jobRegistryNext.abi.Pack("getJob", jobId)
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
func (jobRegistryNext *JobRegistryNext) TryPackGetJob(jobId *big.Int) ([]byte, error) {
	return jobRegistryNext.abi.Pack("getJob", jobId)
}

// UnpackGetJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf22c457.
//
// Solidity: function getJob(uint256 jobId) view returns((address,address,address,uint256,uint256,uint256,uint64,uint64,uint64,uint8,bool,bytes32,bytes32,bytes32) j)
func (jobRegistryNext *JobRegistryNext) UnpackGetJob(data []byte) (IJobRegistryJob, error) {
	out, err := jobRegistryNext.abi.Unpack("getJob", data)
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
func (jobRegistryNext *JobRegistryNext) PackIdentityRegistry() []byte {
	enc, err := jobRegistryNext.abi.Pack("identityRegistry")
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
func (jobRegistryNext *JobRegistryNext) TryPackIdentityRegistry() ([]byte, error) {
	return jobRegistryNext.abi.Pack("identityRegistry")
}

// UnpackIdentityRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x134e18f4.
//
// Solidity: function identityRegistry() view returns(address)
func (jobRegistryNext *JobRegistryNext) UnpackIdentityRegistry(data []byte) (common.Address, error) {
	out, err := jobRegistryNext.abi.Unpack("identityRegistry", data)
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
func (jobRegistryNext *JobRegistryNext) PackInitialize(owner common.Address, defaultToken common.Address) []byte {
	enc, err := jobRegistryNext.abi.Pack("initialize", owner, defaultToken)
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
func (jobRegistryNext *JobRegistryNext) TryPackInitialize(owner common.Address, defaultToken common.Address) ([]byte, error) {
	return jobRegistryNext.abi.Pack("initialize", owner, defaultToken)
}

// PackIsTokenAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf9eaee0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isTokenAllowed(address token) view returns(bool)
func (jobRegistryNext *JobRegistryNext) PackIsTokenAllowed(token common.Address) []byte {
	enc, err := jobRegistryNext.abi.Pack("isTokenAllowed", token)
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
func (jobRegistryNext *JobRegistryNext) TryPackIsTokenAllowed(token common.Address) ([]byte, error) {
	return jobRegistryNext.abi.Pack("isTokenAllowed", token)
}

// UnpackIsTokenAllowed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf9eaee0d.
//
// Solidity: function isTokenAllowed(address token) view returns(bool)
func (jobRegistryNext *JobRegistryNext) UnpackIsTokenAllowed(data []byte) (bool, error) {
	out, err := jobRegistryNext.abi.Unpack("isTokenAllowed", data)
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
func (jobRegistryNext *JobRegistryNext) PackJobDurationLimit() []byte {
	enc, err := jobRegistryNext.abi.Pack("jobDurationLimit")
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
func (jobRegistryNext *JobRegistryNext) TryPackJobDurationLimit() ([]byte, error) {
	return jobRegistryNext.abi.Pack("jobDurationLimit")
}

// UnpackJobDurationLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeaf44543.
//
// Solidity: function jobDurationLimit() view returns(uint256)
func (jobRegistryNext *JobRegistryNext) UnpackJobDurationLimit(data []byte) (*big.Int, error) {
	out, err := jobRegistryNext.abi.Unpack("jobDurationLimit", data)
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
func (jobRegistryNext *JobRegistryNext) PackJobParties(jobId *big.Int) []byte {
	enc, err := jobRegistryNext.abi.Pack("jobParties", jobId)
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
func (jobRegistryNext *JobRegistryNext) TryPackJobParties(jobId *big.Int) ([]byte, error) {
	return jobRegistryNext.abi.Pack("jobParties", jobId)
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
func (jobRegistryNext *JobRegistryNext) UnpackJobParties(data []byte) (JobPartiesOutput, error) {
	out, err := jobRegistryNext.abi.Unpack("jobParties", data)
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
func (jobRegistryNext *JobRegistryNext) PackJobSpecHash(jobId *big.Int) []byte {
	enc, err := jobRegistryNext.abi.Pack("jobSpecHash", jobId)
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
func (jobRegistryNext *JobRegistryNext) TryPackJobSpecHash(jobId *big.Int) ([]byte, error) {
	return jobRegistryNext.abi.Pack("jobSpecHash", jobId)
}

// UnpackJobSpecHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1b332ad2.
//
// Solidity: function jobSpecHash(uint256 jobId) view returns(bytes32)
func (jobRegistryNext *JobRegistryNext) UnpackJobSpecHash(data []byte) ([32]byte, error) {
	out, err := jobRegistryNext.abi.Unpack("jobSpecHash", data)
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
func (jobRegistryNext *JobRegistryNext) PackJobStake() []byte {
	enc, err := jobRegistryNext.abi.Pack("jobStake")
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
func (jobRegistryNext *JobRegistryNext) TryPackJobStake() ([]byte, error) {
	return jobRegistryNext.abi.Pack("jobStake")
}

// UnpackJobStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8eccbb5.
//
// Solidity: function jobStake() view returns(uint256)
func (jobRegistryNext *JobRegistryNext) UnpackJobStake(data []byte) (*big.Int, error) {
	out, err := jobRegistryNext.abi.Unpack("jobStake", data)
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
func (jobRegistryNext *JobRegistryNext) PackJobStakeFor(token common.Address, reward *big.Int) []byte {
	enc, err := jobRegistryNext.abi.Pack("jobStakeFor", token, reward)
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
func (jobRegistryNext *JobRegistryNext) TryPackJobStakeFor(token common.Address, reward *big.Int) ([]byte, error) {
	return jobRegistryNext.abi.Pack("jobStakeFor", token, reward)
}

// UnpackJobStakeFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x08445f3a.
//
// Solidity: function jobStakeFor(address token, uint256 reward) view returns(uint256)
func (jobRegistryNext *JobRegistryNext) UnpackJobStakeFor(data []byte) (*big.Int, error) {
	out, err := jobRegistryNext.abi.Unpack("jobStakeFor", data)
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
func (jobRegistryNext *JobRegistryNext) PackMaxActiveJobsPerAgent() []byte {
	enc, err := jobRegistryNext.abi.Pack("maxActiveJobsPerAgent")
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
func (jobRegistryNext *JobRegistryNext) TryPackMaxActiveJobsPerAgent() ([]byte, error) {
	return jobRegistryNext.abi.Pack("maxActiveJobsPerAgent")
}

// UnpackMaxActiveJobsPerAgent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7279f1fe.
//
// Solidity: function maxActiveJobsPerAgent() view returns(uint256)
func (jobRegistryNext *JobRegistryNext) UnpackMaxActiveJobsPerAgent(data []byte) (*big.Int, error) {
	out, err := jobRegistryNext.abi.Unpack("maxActiveJobsPerAgent", data)
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
func (jobRegistryNext *JobRegistryNext) PackMaxJobReward() []byte {
	enc, err := jobRegistryNext.abi.Pack("maxJobReward")
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
func (jobRegistryNext *JobRegistryNext) TryPackMaxJobReward() ([]byte, error) {
	return jobRegistryNext.abi.Pack("maxJobReward")
}

// UnpackMaxJobReward is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a9b6458.
//
// Solidity: function maxJobReward() view returns(uint256)
func (jobRegistryNext *JobRegistryNext) UnpackMaxJobReward(data []byte) (*big.Int, error) {
	out, err := jobRegistryNext.abi.Unpack("maxJobReward", data)
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
func (jobRegistryNext *JobRegistryNext) PackMinAgentStake() []byte {
	enc, err := jobRegistryNext.abi.Pack("minAgentStake")
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
func (jobRegistryNext *JobRegistryNext) TryPackMinAgentStake() ([]byte, error) {
	return jobRegistryNext.abi.Pack("minAgentStake")
}

// UnpackMinAgentStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x30d164ab.
//
// Solidity: function minAgentStake() view returns(uint256)
func (jobRegistryNext *JobRegistryNext) UnpackMinAgentStake(data []byte) (*big.Int, error) {
	out, err := jobRegistryNext.abi.Unpack("minAgentStake", data)
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
func (jobRegistryNext *JobRegistryNext) PackModuleKind() []byte {
	enc, err := jobRegistryNext.abi.Pack("moduleKind")
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
func (jobRegistryNext *JobRegistryNext) TryPackModuleKind() ([]byte, error) {
	return jobRegistryNext.abi.Pack("moduleKind")
}

// UnpackModuleKind is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf21aa1dc.
//
// Solidity: function moduleKind() pure returns(bytes32)
func (jobRegistryNext *JobRegistryNext) UnpackModuleKind(data []byte) ([32]byte, error) {
	out, err := jobRegistryNext.abi.Unpack("moduleKind", data)
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
func (jobRegistryNext *JobRegistryNext) PackNextJobId() []byte {
	enc, err := jobRegistryNext.abi.Pack("nextJobId")
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
func (jobRegistryNext *JobRegistryNext) TryPackNextJobId() ([]byte, error) {
	return jobRegistryNext.abi.Pack("nextJobId")
}

// UnpackNextJobId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb0c2aa5e.
//
// Solidity: function nextJobId() view returns(uint256)
func (jobRegistryNext *JobRegistryNext) UnpackNextJobId(data []byte) (*big.Int, error) {
	out, err := jobRegistryNext.abi.Unpack("nextJobId", data)
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
func (jobRegistryNext *JobRegistryNext) PackOnValidationResult(jobId *big.Int, success bool) []byte {
	enc, err := jobRegistryNext.abi.Pack("onValidationResult", jobId, success)
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
func (jobRegistryNext *JobRegistryNext) TryPackOnValidationResult(jobId *big.Int, success bool) ([]byte, error) {
	return jobRegistryNext.abi.Pack("onValidationResult", jobId, success)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (jobRegistryNext *JobRegistryNext) PackOwner() []byte {
	enc, err := jobRegistryNext.abi.Pack("owner")
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
func (jobRegistryNext *JobRegistryNext) TryPackOwner() ([]byte, error) {
	return jobRegistryNext.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (jobRegistryNext *JobRegistryNext) UnpackOwner(data []byte) (common.Address, error) {
	out, err := jobRegistryNext.abi.Unpack("owner", data)
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
func (jobRegistryNext *JobRegistryNext) PackPause() []byte {
	enc, err := jobRegistryNext.abi.Pack("pause")
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
func (jobRegistryNext *JobRegistryNext) TryPackPause() ([]byte, error) {
	return jobRegistryNext.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (jobRegistryNext *JobRegistryNext) PackPaused() []byte {
	enc, err := jobRegistryNext.abi.Pack("paused")
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
func (jobRegistryNext *JobRegistryNext) TryPackPaused() ([]byte, error) {
	return jobRegistryNext.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (jobRegistryNext *JobRegistryNext) UnpackPaused(data []byte) (bool, error) {
	out, err := jobRegistryNext.abi.Unpack("paused", data)
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
func (jobRegistryNext *JobRegistryNext) PackPauser() []byte {
	enc, err := jobRegistryNext.abi.Pack("pauser")
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
func (jobRegistryNext *JobRegistryNext) TryPackPauser() ([]byte, error) {
	return jobRegistryNext.abi.Pack("pauser")
}

// UnpackPauser is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fd0506d.
//
// Solidity: function pauser() view returns(address)
func (jobRegistryNext *JobRegistryNext) UnpackPauser(data []byte) (common.Address, error) {
	out, err := jobRegistryNext.abi.Unpack("pauser", data)
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
func (jobRegistryNext *JobRegistryNext) PackPendingOwner() []byte {
	enc, err := jobRegistryNext.abi.Pack("pendingOwner")
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
func (jobRegistryNext *JobRegistryNext) TryPackPendingOwner() ([]byte, error) {
	return jobRegistryNext.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (jobRegistryNext *JobRegistryNext) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := jobRegistryNext.abi.Unpack("pendingOwner", data)
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
func (jobRegistryNext *JobRegistryNext) PackProxiableUUID() []byte {
	enc, err := jobRegistryNext.abi.Pack("proxiableUUID")
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
func (jobRegistryNext *JobRegistryNext) TryPackProxiableUUID() ([]byte, error) {
	return jobRegistryNext.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (jobRegistryNext *JobRegistryNext) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := jobRegistryNext.abi.Unpack("proxiableUUID", data)
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
func (jobRegistryNext *JobRegistryNext) PackRenounceOwnership() []byte {
	enc, err := jobRegistryNext.abi.Pack("renounceOwnership")
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
func (jobRegistryNext *JobRegistryNext) TryPackRenounceOwnership() ([]byte, error) {
	return jobRegistryNext.abi.Pack("renounceOwnership")
}

// PackReputationEngine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3f677ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reputationEngine() view returns(address)
func (jobRegistryNext *JobRegistryNext) PackReputationEngine() []byte {
	enc, err := jobRegistryNext.abi.Pack("reputationEngine")
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
func (jobRegistryNext *JobRegistryNext) TryPackReputationEngine() ([]byte, error) {
	return jobRegistryNext.abi.Pack("reputationEngine")
}

// UnpackReputationEngine is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc3f677ef.
//
// Solidity: function reputationEngine() view returns(address)
func (jobRegistryNext *JobRegistryNext) UnpackReputationEngine(data []byte) (common.Address, error) {
	out, err := jobRegistryNext.abi.Unpack("reputationEngine", data)
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
func (jobRegistryNext *JobRegistryNext) PackResolveDispute(jobId *big.Int, employerWins bool) []byte {
	enc, err := jobRegistryNext.abi.Pack("resolveDispute", jobId, employerWins)
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
func (jobRegistryNext *JobRegistryNext) TryPackResolveDispute(jobId *big.Int, employerWins bool) ([]byte, error) {
	return jobRegistryNext.abi.Pack("resolveDispute", jobId, employerWins)
}

// PackSetCertificateNFT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x189a0f27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCertificateNFT(address module) returns()
func (jobRegistryNext *JobRegistryNext) PackSetCertificateNFT(module common.Address) []byte {
	enc, err := jobRegistryNext.abi.Pack("setCertificateNFT", module)
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
func (jobRegistryNext *JobRegistryNext) TryPackSetCertificateNFT(module common.Address) ([]byte, error) {
	return jobRegistryNext.abi.Pack("setCertificateNFT", module)
}

// PackSetDisputeModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa36a3f05.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDisputeModule(address module) returns()
func (jobRegistryNext *JobRegistryNext) PackSetDisputeModule(module common.Address) []byte {
	enc, err := jobRegistryNext.abi.Pack("setDisputeModule", module)
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
func (jobRegistryNext *JobRegistryNext) TryPackSetDisputeModule(module common.Address) ([]byte, error) {
	return jobRegistryNext.abi.Pack("setDisputeModule", module)
}

// PackSetEscrowStatus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5aed492.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setEscrowStatus(bool enabled) returns()
func (jobRegistryNext *JobRegistryNext) PackSetEscrowStatus(enabled bool) []byte {
	enc, err := jobRegistryNext.abi.Pack("setEscrowStatus", enabled)
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
func (jobRegistryNext *JobRegistryNext) TryPackSetEscrowStatus(enabled bool) ([]byte, error) {
	return jobRegistryNext.abi.Pack("setEscrowStatus", enabled)
}

// PackSetExpirationGracePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fd08bfd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setExpirationGracePeriod(uint256 period) returns()
func (jobRegistryNext *JobRegistryNext) PackSetExpirationGracePeriod(period *big.Int) []byte {
	enc, err := jobRegistryNext.abi.Pack("setExpirationGracePeriod", period)
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
func (jobRegistryNext *JobRegistryNext) TryPackSetExpirationGracePeriod(period *big.Int) ([]byte, error) {
	return jobRegistryNext.abi.Pack("setExpirationGracePeriod", period)
}

// PackSetFeePct is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf209be41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeePct(uint256 pct) returns()
func (jobRegistryNext *JobRegistryNext) PackSetFeePct(pct *big.Int) []byte {
	enc, err := jobRegistryNext.abi.Pack("setFeePct", pct)
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
func (jobRegistryNext *JobRegistryNext) TryPackSetFeePct(pct *big.Int) ([]byte, error) {
	return jobRegistryNext.abi.Pack("setFeePct", pct)
}

// PackSetFeePool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19db2228.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeePool(address module) returns()
func (jobRegistryNext *JobRegistryNext) PackSetFeePool(module common.Address) []byte {
	enc, err := jobRegistryNext.abi.Pack("setFeePool", module)
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
func (jobRegistryNext *JobRegistryNext) TryPackSetFeePool(module common.Address) ([]byte, error) {
	return jobRegistryNext.abi.Pack("setFeePool", module)
}

// PackSetIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbf3f861.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setIdentityRegistry(address module) returns()
func (jobRegistryNext *JobRegistryNext) PackSetIdentityRegistry(module common.Address) []byte {
	enc, err := jobRegistryNext.abi.Pack("setIdentityRegistry", module)
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
func (jobRegistryNext *JobRegistryNext) TryPackSetIdentityRegistry(module common.Address) ([]byte, error) {
	return jobRegistryNext.abi.Pack("setIdentityRegistry", module)
}

// PackSetJobDurationLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x17a65137.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setJobDurationLimit(uint256 limit) returns()
func (jobRegistryNext *JobRegistryNext) PackSetJobDurationLimit(limit *big.Int) []byte {
	enc, err := jobRegistryNext.abi.Pack("setJobDurationLimit", limit)
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
func (jobRegistryNext *JobRegistryNext) TryPackSetJobDurationLimit(limit *big.Int) ([]byte, error) {
	return jobRegistryNext.abi.Pack("setJobDurationLimit", limit)
}

// PackSetJobStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2c68f96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setJobStake(uint96 stake) returns()
func (jobRegistryNext *JobRegistryNext) PackSetJobStake(stake *big.Int) []byte {
	enc, err := jobRegistryNext.abi.Pack("setJobStake", stake)
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
func (jobRegistryNext *JobRegistryNext) TryPackSetJobStake(stake *big.Int) ([]byte, error) {
	return jobRegistryNext.abi.Pack("setJobStake", stake)
}

// PackSetMaxActiveJobsPerAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x041da313.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxActiveJobsPerAgent(uint256 max) returns()
func (jobRegistryNext *JobRegistryNext) PackSetMaxActiveJobsPerAgent(max *big.Int) []byte {
	enc, err := jobRegistryNext.abi.Pack("setMaxActiveJobsPerAgent", max)
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
func (jobRegistryNext *JobRegistryNext) TryPackSetMaxActiveJobsPerAgent(max *big.Int) ([]byte, error) {
	return jobRegistryNext.abi.Pack("setMaxActiveJobsPerAgent", max)
}

// PackSetMaxJobReward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b026f43.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxJobReward(uint256 maxReward) returns()
func (jobRegistryNext *JobRegistryNext) PackSetMaxJobReward(maxReward *big.Int) []byte {
	enc, err := jobRegistryNext.abi.Pack("setMaxJobReward", maxReward)
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
func (jobRegistryNext *JobRegistryNext) TryPackSetMaxJobReward(maxReward *big.Int) ([]byte, error) {
	return jobRegistryNext.abi.Pack("setMaxJobReward", maxReward)
}

// PackSetMinAgentStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a9f92d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinAgentStake(uint256 stake) returns()
func (jobRegistryNext *JobRegistryNext) PackSetMinAgentStake(stake *big.Int) []byte {
	enc, err := jobRegistryNext.abi.Pack("setMinAgentStake", stake)
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
func (jobRegistryNext *JobRegistryNext) TryPackSetMinAgentStake(stake *big.Int) ([]byte, error) {
	return jobRegistryNext.abi.Pack("setMinAgentStake", stake)
}

// PackSetPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d88af4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPauser(address pauser_) returns()
func (jobRegistryNext *JobRegistryNext) PackSetPauser(pauser common.Address) []byte {
	enc, err := jobRegistryNext.abi.Pack("setPauser", pauser)
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
func (jobRegistryNext *JobRegistryNext) TryPackSetPauser(pauser common.Address) ([]byte, error) {
	return jobRegistryNext.abi.Pack("setPauser", pauser)
}

// PackSetReputationEngine is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bb5090c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReputationEngine(address module) returns()
func (jobRegistryNext *JobRegistryNext) PackSetReputationEngine(module common.Address) []byte {
	enc, err := jobRegistryNext.abi.Pack("setReputationEngine", module)
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
func (jobRegistryNext *JobRegistryNext) TryPackSetReputationEngine(module common.Address) ([]byte, error) {
	return jobRegistryNext.abi.Pack("setReputationEngine", module)
}

// PackSetStakeManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e7c67fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setStakeManager(address module) returns()
func (jobRegistryNext *JobRegistryNext) PackSetStakeManager(module common.Address) []byte {
	enc, err := jobRegistryNext.abi.Pack("setStakeManager", module)
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
func (jobRegistryNext *JobRegistryNext) TryPackSetStakeManager(module common.Address) ([]byte, error) {
	return jobRegistryNext.abi.Pack("setStakeManager", module)
}

// PackSetTokenAllowed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15f69012.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTokenAllowed(address token, bool allowed) returns()
func (jobRegistryNext *JobRegistryNext) PackSetTokenAllowed(token common.Address, allowed bool) []byte {
	enc, err := jobRegistryNext.abi.Pack("setTokenAllowed", token, allowed)
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
func (jobRegistryNext *JobRegistryNext) TryPackSetTokenAllowed(token common.Address, allowed bool) ([]byte, error) {
	return jobRegistryNext.abi.Pack("setTokenAllowed", token, allowed)
}

// PackSetTokenConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f954f3b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTokenConfig(address token, uint256 minReward, uint256 maxReward, uint256 stakeBps) returns()
func (jobRegistryNext *JobRegistryNext) PackSetTokenConfig(token common.Address, minReward *big.Int, maxReward *big.Int, stakeBps *big.Int) []byte {
	enc, err := jobRegistryNext.abi.Pack("setTokenConfig", token, minReward, maxReward, stakeBps)
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
func (jobRegistryNext *JobRegistryNext) TryPackSetTokenConfig(token common.Address, minReward *big.Int, maxReward *big.Int, stakeBps *big.Int) ([]byte, error) {
	return jobRegistryNext.abi.Pack("setTokenConfig", token, minReward, maxReward, stakeBps)
}

// PackSetValidationModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57b6416c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setValidationModule(address module) returns()
func (jobRegistryNext *JobRegistryNext) PackSetValidationModule(module common.Address) []byte {
	enc, err := jobRegistryNext.abi.Pack("setValidationModule", module)
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
func (jobRegistryNext *JobRegistryNext) TryPackSetValidationModule(module common.Address) ([]byte, error) {
	return jobRegistryNext.abi.Pack("setValidationModule", module)
}

// PackSetValidatorRewardPct is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04ffdbaf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setValidatorRewardPct(uint256 pct) returns()
func (jobRegistryNext *JobRegistryNext) PackSetValidatorRewardPct(pct *big.Int) []byte {
	enc, err := jobRegistryNext.abi.Pack("setValidatorRewardPct", pct)
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
func (jobRegistryNext *JobRegistryNext) TryPackSetValidatorRewardPct(pct *big.Int) ([]byte, error) {
	return jobRegistryNext.abi.Pack("setValidatorRewardPct", pct)
}

// PackStakeAndApply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x842fc2d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeAndApply(uint256 jobId, uint256 amount, string subdomain, bytes32[] proof) returns()
func (jobRegistryNext *JobRegistryNext) PackStakeAndApply(jobId *big.Int, amount *big.Int, subdomain string, proof [][32]byte) []byte {
	enc, err := jobRegistryNext.abi.Pack("stakeAndApply", jobId, amount, subdomain, proof)
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
func (jobRegistryNext *JobRegistryNext) TryPackStakeAndApply(jobId *big.Int, amount *big.Int, subdomain string, proof [][32]byte) ([]byte, error) {
	return jobRegistryNext.abi.Pack("stakeAndApply", jobId, amount, subdomain, proof)
}

// PackStakeManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7542ff95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeManager() view returns(address)
func (jobRegistryNext *JobRegistryNext) PackStakeManager() []byte {
	enc, err := jobRegistryNext.abi.Pack("stakeManager")
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
func (jobRegistryNext *JobRegistryNext) TryPackStakeManager() ([]byte, error) {
	return jobRegistryNext.abi.Pack("stakeManager")
}

// UnpackStakeManager is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7542ff95.
//
// Solidity: function stakeManager() view returns(address)
func (jobRegistryNext *JobRegistryNext) UnpackStakeManager(data []byte) (common.Address, error) {
	out, err := jobRegistryNext.abi.Unpack("stakeManager", data)
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
func (jobRegistryNext *JobRegistryNext) PackSubmit(jobId *big.Int, resultHash [32]byte, resultURI string, subdomain string, arg4 [][32]byte) []byte {
	enc, err := jobRegistryNext.abi.Pack("submit", jobId, resultHash, resultURI, subdomain, arg4)
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
func (jobRegistryNext *JobRegistryNext) TryPackSubmit(jobId *big.Int, resultHash [32]byte, resultURI string, subdomain string, arg4 [][32]byte) ([]byte, error) {
	return jobRegistryNext.abi.Pack("submit", jobId, resultHash, resultURI, subdomain, arg4)
}

// PackTokenConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe136c4e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenConfig(address token) view returns(uint8 decimals, uint256 minReward, uint256 maxReward, uint256 stakeBps)
func (jobRegistryNext *JobRegistryNext) PackTokenConfig(token common.Address) []byte {
	enc, err := jobRegistryNext.abi.Pack("tokenConfig", token)
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
func (jobRegistryNext *JobRegistryNext) TryPackTokenConfig(token common.Address) ([]byte, error) {
	return jobRegistryNext.abi.Pack("tokenConfig", token)
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
func (jobRegistryNext *JobRegistryNext) UnpackTokenConfig(data []byte) (TokenConfigOutput, error) {
	out, err := jobRegistryNext.abi.Unpack("tokenConfig", data)
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
func (jobRegistryNext *JobRegistryNext) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := jobRegistryNext.abi.Pack("transferOwnership", newOwner)
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
func (jobRegistryNext *JobRegistryNext) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return jobRegistryNext.abi.Pack("transferOwnership", newOwner)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (jobRegistryNext *JobRegistryNext) PackUnpause() []byte {
	enc, err := jobRegistryNext.abi.Pack("unpause")
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
func (jobRegistryNext *JobRegistryNext) TryPackUnpause() ([]byte, error) {
	return jobRegistryNext.abi.Pack("unpause")
}

// PackUpgradeMarker is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10f71a83.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeMarker() pure returns(string)
func (jobRegistryNext *JobRegistryNext) PackUpgradeMarker() []byte {
	enc, err := jobRegistryNext.abi.Pack("upgradeMarker")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpgradeMarker is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10f71a83.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function upgradeMarker() pure returns(string)
func (jobRegistryNext *JobRegistryNext) TryPackUpgradeMarker() ([]byte, error) {
	return jobRegistryNext.abi.Pack("upgradeMarker")
}

// UnpackUpgradeMarker is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x10f71a83.
//
// Solidity: function upgradeMarker() pure returns(string)
func (jobRegistryNext *JobRegistryNext) UnpackUpgradeMarker(data []byte) (string, error) {
	out, err := jobRegistryNext.abi.Unpack("upgradeMarker", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (jobRegistryNext *JobRegistryNext) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := jobRegistryNext.abi.Pack("upgradeToAndCall", newImplementation, data)
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
func (jobRegistryNext *JobRegistryNext) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return jobRegistryNext.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PackValidationModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c795b9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validationModule() view returns(address)
func (jobRegistryNext *JobRegistryNext) PackValidationModule() []byte {
	enc, err := jobRegistryNext.abi.Pack("validationModule")
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
func (jobRegistryNext *JobRegistryNext) TryPackValidationModule() ([]byte, error) {
	return jobRegistryNext.abi.Pack("validationModule")
}

// UnpackValidationModule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c795b9c.
//
// Solidity: function validationModule() view returns(address)
func (jobRegistryNext *JobRegistryNext) UnpackValidationModule(data []byte) (common.Address, error) {
	out, err := jobRegistryNext.abi.Unpack("validationModule", data)
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
func (jobRegistryNext *JobRegistryNext) PackValidatorRewardPct() []byte {
	enc, err := jobRegistryNext.abi.Pack("validatorRewardPct")
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
func (jobRegistryNext *JobRegistryNext) TryPackValidatorRewardPct() ([]byte, error) {
	return jobRegistryNext.abi.Pack("validatorRewardPct")
}

// UnpackValidatorRewardPct is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb365a039.
//
// Solidity: function validatorRewardPct() view returns(uint256)
func (jobRegistryNext *JobRegistryNext) UnpackValidatorRewardPct(data []byte) (*big.Int, error) {
	out, err := jobRegistryNext.abi.Unpack("validatorRewardPct", data)
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
func (jobRegistryNext *JobRegistryNext) PackVersion() []byte {
	enc, err := jobRegistryNext.abi.Pack("version")
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
func (jobRegistryNext *JobRegistryNext) TryPackVersion() ([]byte, error) {
	return jobRegistryNext.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(uint256)
func (jobRegistryNext *JobRegistryNext) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := jobRegistryNext.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// JobRegistryNextAgentAssigned represents a AgentAssigned event raised by the JobRegistryNext contract.
type JobRegistryNextAgentAssigned struct {
	JobId     *big.Int
	Agent     common.Address
	Subdomain string
	Raw       *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextAgentAssignedEventName = "AgentAssigned"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextAgentAssigned) ContractEventName() string {
	return JobRegistryNextAgentAssignedEventName
}

// UnpackAgentAssignedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentAssigned(uint256 indexed jobId, address indexed agent, string subdomain)
func (jobRegistryNext *JobRegistryNext) UnpackAgentAssignedEvent(log *types.Log) (*JobRegistryNextAgentAssigned, error) {
	event := "AgentAssigned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextAgentAssigned)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextApplicationSubmitted represents a ApplicationSubmitted event raised by the JobRegistryNext contract.
type JobRegistryNextApplicationSubmitted struct {
	JobId     *big.Int
	Applicant common.Address
	Subdomain string
	Raw       *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextApplicationSubmittedEventName = "ApplicationSubmitted"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextApplicationSubmitted) ContractEventName() string {
	return JobRegistryNextApplicationSubmittedEventName
}

// UnpackApplicationSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApplicationSubmitted(uint256 indexed jobId, address indexed applicant, string subdomain)
func (jobRegistryNext *JobRegistryNext) UnpackApplicationSubmittedEvent(log *types.Log) (*JobRegistryNextApplicationSubmitted, error) {
	event := "ApplicationSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextApplicationSubmitted)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextCertificateNFTUpdated represents a CertificateNFTUpdated event raised by the JobRegistryNext contract.
type JobRegistryNextCertificateNFTUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextCertificateNFTUpdatedEventName = "CertificateNFTUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextCertificateNFTUpdated) ContractEventName() string {
	return JobRegistryNextCertificateNFTUpdatedEventName
}

// UnpackCertificateNFTUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CertificateNFTUpdated(address module)
func (jobRegistryNext *JobRegistryNext) UnpackCertificateNFTUpdatedEvent(log *types.Log) (*JobRegistryNextCertificateNFTUpdated, error) {
	event := "CertificateNFTUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextCertificateNFTUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextDisputeModuleUpdated represents a DisputeModuleUpdated event raised by the JobRegistryNext contract.
type JobRegistryNextDisputeModuleUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextDisputeModuleUpdatedEventName = "DisputeModuleUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextDisputeModuleUpdated) ContractEventName() string {
	return JobRegistryNextDisputeModuleUpdatedEventName
}

// UnpackDisputeModuleUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeModuleUpdated(address module)
func (jobRegistryNext *JobRegistryNext) UnpackDisputeModuleUpdatedEvent(log *types.Log) (*JobRegistryNextDisputeModuleUpdated, error) {
	event := "DisputeModuleUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextDisputeModuleUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextDisputeResolved represents a DisputeResolved event raised by the JobRegistryNext contract.
type JobRegistryNextDisputeResolved struct {
	JobId        *big.Int
	EmployerWins bool
	Raw          *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextDisputeResolvedEventName = "DisputeResolved"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextDisputeResolved) ContractEventName() string {
	return JobRegistryNextDisputeResolvedEventName
}

// UnpackDisputeResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeResolved(uint256 indexed jobId, bool employerWins)
func (jobRegistryNext *JobRegistryNext) UnpackDisputeResolvedEvent(log *types.Log) (*JobRegistryNextDisputeResolved, error) {
	event := "DisputeResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextDisputeResolved)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextEscrowStatusUpdated represents a EscrowStatusUpdated event raised by the JobRegistryNext contract.
type JobRegistryNextEscrowStatusUpdated struct {
	Enabled bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextEscrowStatusUpdatedEventName = "EscrowStatusUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextEscrowStatusUpdated) ContractEventName() string {
	return JobRegistryNextEscrowStatusUpdatedEventName
}

// UnpackEscrowStatusUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscrowStatusUpdated(bool enabled)
func (jobRegistryNext *JobRegistryNext) UnpackEscrowStatusUpdatedEvent(log *types.Log) (*JobRegistryNextEscrowStatusUpdated, error) {
	event := "EscrowStatusUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextEscrowStatusUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextExpirationGracePeriodUpdated represents a ExpirationGracePeriodUpdated event raised by the JobRegistryNext contract.
type JobRegistryNextExpirationGracePeriodUpdated struct {
	Period *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextExpirationGracePeriodUpdatedEventName = "ExpirationGracePeriodUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextExpirationGracePeriodUpdated) ContractEventName() string {
	return JobRegistryNextExpirationGracePeriodUpdatedEventName
}

// UnpackExpirationGracePeriodUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExpirationGracePeriodUpdated(uint256 period)
func (jobRegistryNext *JobRegistryNext) UnpackExpirationGracePeriodUpdatedEvent(log *types.Log) (*JobRegistryNextExpirationGracePeriodUpdated, error) {
	event := "ExpirationGracePeriodUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextExpirationGracePeriodUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextFeePctUpdated represents a FeePctUpdated event raised by the JobRegistryNext contract.
type JobRegistryNextFeePctUpdated struct {
	FeePct *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextFeePctUpdatedEventName = "FeePctUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextFeePctUpdated) ContractEventName() string {
	return JobRegistryNextFeePctUpdatedEventName
}

// UnpackFeePctUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeePctUpdated(uint256 feePct)
func (jobRegistryNext *JobRegistryNext) UnpackFeePctUpdatedEvent(log *types.Log) (*JobRegistryNextFeePctUpdated, error) {
	event := "FeePctUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextFeePctUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextFeePoolUpdated represents a FeePoolUpdated event raised by the JobRegistryNext contract.
type JobRegistryNextFeePoolUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextFeePoolUpdatedEventName = "FeePoolUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextFeePoolUpdated) ContractEventName() string {
	return JobRegistryNextFeePoolUpdatedEventName
}

// UnpackFeePoolUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeePoolUpdated(address module)
func (jobRegistryNext *JobRegistryNext) UnpackFeePoolUpdatedEvent(log *types.Log) (*JobRegistryNextFeePoolUpdated, error) {
	event := "FeePoolUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextFeePoolUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextIdentityRegistryUpdated represents a IdentityRegistryUpdated event raised by the JobRegistryNext contract.
type JobRegistryNextIdentityRegistryUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextIdentityRegistryUpdatedEventName = "IdentityRegistryUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextIdentityRegistryUpdated) ContractEventName() string {
	return JobRegistryNextIdentityRegistryUpdatedEventName
}

// UnpackIdentityRegistryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityRegistryUpdated(address module)
func (jobRegistryNext *JobRegistryNext) UnpackIdentityRegistryUpdatedEvent(log *types.Log) (*JobRegistryNextIdentityRegistryUpdated, error) {
	event := "IdentityRegistryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextIdentityRegistryUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextInitialized represents a Initialized event raised by the JobRegistryNext contract.
type JobRegistryNextInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextInitialized) ContractEventName() string {
	return JobRegistryNextInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (jobRegistryNext *JobRegistryNext) UnpackInitializedEvent(log *types.Log) (*JobRegistryNextInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextInitialized)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextJobCancelled represents a JobCancelled event raised by the JobRegistryNext contract.
type JobRegistryNextJobCancelled struct {
	JobId *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextJobCancelledEventName = "JobCancelled"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextJobCancelled) ContractEventName() string {
	return JobRegistryNextJobCancelledEventName
}

// UnpackJobCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobCancelled(uint256 indexed jobId)
func (jobRegistryNext *JobRegistryNext) UnpackJobCancelledEvent(log *types.Log) (*JobRegistryNextJobCancelled, error) {
	event := "JobCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextJobCancelled)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextJobCompleted represents a JobCompleted event raised by the JobRegistryNext contract.
type JobRegistryNextJobCompleted struct {
	JobId   *big.Int
	Success bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextJobCompletedEventName = "JobCompleted"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextJobCompleted) ContractEventName() string {
	return JobRegistryNextJobCompletedEventName
}

// UnpackJobCompletedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobCompleted(uint256 indexed jobId, bool success)
func (jobRegistryNext *JobRegistryNext) UnpackJobCompletedEvent(log *types.Log) (*JobRegistryNextJobCompleted, error) {
	event := "JobCompleted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextJobCompleted)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextJobCreated represents a JobCreated event raised by the JobRegistryNext contract.
type JobRegistryNextJobCreated struct {
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

const JobRegistryNextJobCreatedEventName = "JobCreated"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextJobCreated) ContractEventName() string {
	return JobRegistryNextJobCreatedEventName
}

// UnpackJobCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobCreated(uint256 indexed jobId, address indexed employer, address indexed agent, uint256 reward, uint256 stake, uint256 fee, bytes32 specHash, string uri)
func (jobRegistryNext *JobRegistryNext) UnpackJobCreatedEvent(log *types.Log) (*JobRegistryNextJobCreated, error) {
	event := "JobCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextJobCreated)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextJobDisputed represents a JobDisputed event raised by the JobRegistryNext contract.
type JobRegistryNextJobDisputed struct {
	JobId  *big.Int
	Caller common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextJobDisputedEventName = "JobDisputed"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextJobDisputed) ContractEventName() string {
	return JobRegistryNextJobDisputedEventName
}

// UnpackJobDisputedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobDisputed(uint256 indexed jobId, address indexed caller)
func (jobRegistryNext *JobRegistryNext) UnpackJobDisputedEvent(log *types.Log) (*JobRegistryNextJobDisputed, error) {
	event := "JobDisputed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextJobDisputed)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextJobDurationLimitUpdated represents a JobDurationLimitUpdated event raised by the JobRegistryNext contract.
type JobRegistryNextJobDurationLimitUpdated struct {
	Limit *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextJobDurationLimitUpdatedEventName = "JobDurationLimitUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextJobDurationLimitUpdated) ContractEventName() string {
	return JobRegistryNextJobDurationLimitUpdatedEventName
}

// UnpackJobDurationLimitUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobDurationLimitUpdated(uint256 limit)
func (jobRegistryNext *JobRegistryNext) UnpackJobDurationLimitUpdatedEvent(log *types.Log) (*JobRegistryNextJobDurationLimitUpdated, error) {
	event := "JobDurationLimitUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextJobDurationLimitUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextJobFinalized represents a JobFinalized event raised by the JobRegistryNext contract.
type JobRegistryNextJobFinalized struct {
	JobId  *big.Int
	Worker common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextJobFinalizedEventName = "JobFinalized"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextJobFinalized) ContractEventName() string {
	return JobRegistryNextJobFinalizedEventName
}

// UnpackJobFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobFinalized(uint256 indexed jobId, address indexed worker)
func (jobRegistryNext *JobRegistryNext) UnpackJobFinalizedEvent(log *types.Log) (*JobRegistryNextJobFinalized, error) {
	event := "JobFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextJobFinalized)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextJobStakeUpdated represents a JobStakeUpdated event raised by the JobRegistryNext contract.
type JobRegistryNextJobStakeUpdated struct {
	Stake *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextJobStakeUpdatedEventName = "JobStakeUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextJobStakeUpdated) ContractEventName() string {
	return JobRegistryNextJobStakeUpdatedEventName
}

// UnpackJobStakeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobStakeUpdated(uint256 stake)
func (jobRegistryNext *JobRegistryNext) UnpackJobStakeUpdatedEvent(log *types.Log) (*JobRegistryNextJobStakeUpdated, error) {
	event := "JobStakeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextJobStakeUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextJobTimedOut represents a JobTimedOut event raised by the JobRegistryNext contract.
type JobRegistryNextJobTimedOut struct {
	JobId  *big.Int
	Caller common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextJobTimedOutEventName = "JobTimedOut"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextJobTimedOut) ContractEventName() string {
	return JobRegistryNextJobTimedOutEventName
}

// UnpackJobTimedOutEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobTimedOut(uint256 indexed jobId, address indexed caller)
func (jobRegistryNext *JobRegistryNext) UnpackJobTimedOutEvent(log *types.Log) (*JobRegistryNextJobTimedOut, error) {
	event := "JobTimedOut"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextJobTimedOut)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextJobToken represents a JobToken event raised by the JobRegistryNext contract.
type JobRegistryNextJobToken struct {
	JobId *big.Int
	Token common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextJobTokenEventName = "JobToken"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextJobToken) ContractEventName() string {
	return JobRegistryNextJobTokenEventName
}

// UnpackJobTokenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobToken(uint256 indexed jobId, address indexed token)
func (jobRegistryNext *JobRegistryNext) UnpackJobTokenEvent(log *types.Log) (*JobRegistryNextJobToken, error) {
	event := "JobToken"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextJobToken)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextMaxActiveJobsPerAgentUpdated represents a MaxActiveJobsPerAgentUpdated event raised by the JobRegistryNext contract.
type JobRegistryNextMaxActiveJobsPerAgentUpdated struct {
	Max *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextMaxActiveJobsPerAgentUpdatedEventName = "MaxActiveJobsPerAgentUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextMaxActiveJobsPerAgentUpdated) ContractEventName() string {
	return JobRegistryNextMaxActiveJobsPerAgentUpdatedEventName
}

// UnpackMaxActiveJobsPerAgentUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxActiveJobsPerAgentUpdated(uint256 max)
func (jobRegistryNext *JobRegistryNext) UnpackMaxActiveJobsPerAgentUpdatedEvent(log *types.Log) (*JobRegistryNextMaxActiveJobsPerAgentUpdated, error) {
	event := "MaxActiveJobsPerAgentUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextMaxActiveJobsPerAgentUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextMaxJobRewardUpdated represents a MaxJobRewardUpdated event raised by the JobRegistryNext contract.
type JobRegistryNextMaxJobRewardUpdated struct {
	MaxReward *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextMaxJobRewardUpdatedEventName = "MaxJobRewardUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextMaxJobRewardUpdated) ContractEventName() string {
	return JobRegistryNextMaxJobRewardUpdatedEventName
}

// UnpackMaxJobRewardUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxJobRewardUpdated(uint256 maxReward)
func (jobRegistryNext *JobRegistryNext) UnpackMaxJobRewardUpdatedEvent(log *types.Log) (*JobRegistryNextMaxJobRewardUpdated, error) {
	event := "MaxJobRewardUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextMaxJobRewardUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextMinAgentStakeUpdated represents a MinAgentStakeUpdated event raised by the JobRegistryNext contract.
type JobRegistryNextMinAgentStakeUpdated struct {
	Stake *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextMinAgentStakeUpdatedEventName = "MinAgentStakeUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextMinAgentStakeUpdated) ContractEventName() string {
	return JobRegistryNextMinAgentStakeUpdatedEventName
}

// UnpackMinAgentStakeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinAgentStakeUpdated(uint256 stake)
func (jobRegistryNext *JobRegistryNext) UnpackMinAgentStakeUpdatedEvent(log *types.Log) (*JobRegistryNextMinAgentStakeUpdated, error) {
	event := "MinAgentStakeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextMinAgentStakeUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the JobRegistryNext contract.
type JobRegistryNextOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextOwnershipTransferStarted) ContractEventName() string {
	return JobRegistryNextOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (jobRegistryNext *JobRegistryNext) UnpackOwnershipTransferStartedEvent(log *types.Log) (*JobRegistryNextOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextOwnershipTransferred represents a OwnershipTransferred event raised by the JobRegistryNext contract.
type JobRegistryNextOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextOwnershipTransferred) ContractEventName() string {
	return JobRegistryNextOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (jobRegistryNext *JobRegistryNext) UnpackOwnershipTransferredEvent(log *types.Log) (*JobRegistryNextOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextPaused represents a Paused event raised by the JobRegistryNext contract.
type JobRegistryNextPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextPaused) ContractEventName() string {
	return JobRegistryNextPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (jobRegistryNext *JobRegistryNext) UnpackPausedEvent(log *types.Log) (*JobRegistryNextPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextPaused)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextPauserUpdated represents a PauserUpdated event raised by the JobRegistryNext contract.
type JobRegistryNextPauserUpdated struct {
	Pauser common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextPauserUpdatedEventName = "PauserUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextPauserUpdated) ContractEventName() string {
	return JobRegistryNextPauserUpdatedEventName
}

// UnpackPauserUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PauserUpdated(address pauser)
func (jobRegistryNext *JobRegistryNext) UnpackPauserUpdatedEvent(log *types.Log) (*JobRegistryNextPauserUpdated, error) {
	event := "PauserUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextPauserUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextReputationEngineUpdated represents a ReputationEngineUpdated event raised by the JobRegistryNext contract.
type JobRegistryNextReputationEngineUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextReputationEngineUpdatedEventName = "ReputationEngineUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextReputationEngineUpdated) ContractEventName() string {
	return JobRegistryNextReputationEngineUpdatedEventName
}

// UnpackReputationEngineUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReputationEngineUpdated(address module)
func (jobRegistryNext *JobRegistryNext) UnpackReputationEngineUpdatedEvent(log *types.Log) (*JobRegistryNextReputationEngineUpdated, error) {
	event := "ReputationEngineUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextReputationEngineUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextResultSubmitted represents a ResultSubmitted event raised by the JobRegistryNext contract.
type JobRegistryNextResultSubmitted struct {
	JobId      *big.Int
	Worker     common.Address
	ResultHash [32]byte
	ResultURI  string
	Subdomain  string
	Raw        *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextResultSubmittedEventName = "ResultSubmitted"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextResultSubmitted) ContractEventName() string {
	return JobRegistryNextResultSubmittedEventName
}

// UnpackResultSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultSubmitted(uint256 indexed jobId, address indexed worker, bytes32 resultHash, string resultURI, string subdomain)
func (jobRegistryNext *JobRegistryNext) UnpackResultSubmittedEvent(log *types.Log) (*JobRegistryNextResultSubmitted, error) {
	event := "ResultSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextResultSubmitted)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextStakeManagerUpdated represents a StakeManagerUpdated event raised by the JobRegistryNext contract.
type JobRegistryNextStakeManagerUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextStakeManagerUpdatedEventName = "StakeManagerUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextStakeManagerUpdated) ContractEventName() string {
	return JobRegistryNextStakeManagerUpdatedEventName
}

// UnpackStakeManagerUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeManagerUpdated(address module)
func (jobRegistryNext *JobRegistryNext) UnpackStakeManagerUpdatedEvent(log *types.Log) (*JobRegistryNextStakeManagerUpdated, error) {
	event := "StakeManagerUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextStakeManagerUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextTokenAllowed represents a TokenAllowed event raised by the JobRegistryNext contract.
type JobRegistryNextTokenAllowed struct {
	Token   common.Address
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextTokenAllowedEventName = "TokenAllowed"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextTokenAllowed) ContractEventName() string {
	return JobRegistryNextTokenAllowedEventName
}

// UnpackTokenAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenAllowed(address indexed token, bool allowed)
func (jobRegistryNext *JobRegistryNext) UnpackTokenAllowedEvent(log *types.Log) (*JobRegistryNextTokenAllowed, error) {
	event := "TokenAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextTokenAllowed)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextTokenConfigUpdated represents a TokenConfigUpdated event raised by the JobRegistryNext contract.
type JobRegistryNextTokenConfigUpdated struct {
	Token     common.Address
	Decimals  uint8
	MinReward *big.Int
	MaxReward *big.Int
	StakeBps  *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextTokenConfigUpdatedEventName = "TokenConfigUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextTokenConfigUpdated) ContractEventName() string {
	return JobRegistryNextTokenConfigUpdatedEventName
}

// UnpackTokenConfigUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenConfigUpdated(address indexed token, uint8 decimals, uint256 minReward, uint256 maxReward, uint256 stakeBps)
func (jobRegistryNext *JobRegistryNext) UnpackTokenConfigUpdatedEvent(log *types.Log) (*JobRegistryNextTokenConfigUpdated, error) {
	event := "TokenConfigUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextTokenConfigUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextUnpaused represents a Unpaused event raised by the JobRegistryNext contract.
type JobRegistryNextUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextUnpaused) ContractEventName() string {
	return JobRegistryNextUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (jobRegistryNext *JobRegistryNext) UnpackUnpausedEvent(log *types.Log) (*JobRegistryNextUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextUnpaused)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextUpgraded represents a Upgraded event raised by the JobRegistryNext contract.
type JobRegistryNextUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextUpgraded) ContractEventName() string {
	return JobRegistryNextUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (jobRegistryNext *JobRegistryNext) UnpackUpgradedEvent(log *types.Log) (*JobRegistryNextUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextUpgraded)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextValidationModuleUpdated represents a ValidationModuleUpdated event raised by the JobRegistryNext contract.
type JobRegistryNextValidationModuleUpdated struct {
	Module common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextValidationModuleUpdatedEventName = "ValidationModuleUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextValidationModuleUpdated) ContractEventName() string {
	return JobRegistryNextValidationModuleUpdatedEventName
}

// UnpackValidationModuleUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidationModuleUpdated(address module)
func (jobRegistryNext *JobRegistryNext) UnpackValidationModuleUpdatedEvent(log *types.Log) (*JobRegistryNextValidationModuleUpdated, error) {
	event := "ValidationModuleUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextValidationModuleUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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

// JobRegistryNextValidatorRewardPctUpdated represents a ValidatorRewardPctUpdated event raised by the JobRegistryNext contract.
type JobRegistryNextValidatorRewardPctUpdated struct {
	Pct *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const JobRegistryNextValidatorRewardPctUpdatedEventName = "ValidatorRewardPctUpdated"

// ContractEventName returns the user-defined event name.
func (JobRegistryNextValidatorRewardPctUpdated) ContractEventName() string {
	return JobRegistryNextValidatorRewardPctUpdatedEventName
}

// UnpackValidatorRewardPctUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorRewardPctUpdated(uint256 pct)
func (jobRegistryNext *JobRegistryNext) UnpackValidatorRewardPctUpdatedEvent(log *types.Log) (*JobRegistryNextValidatorRewardPctUpdated, error) {
	event := "ValidatorRewardPctUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobRegistryNext.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobRegistryNextValidatorRewardPctUpdated)
	if len(log.Data) > 0 {
		if err := jobRegistryNext.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobRegistryNext.abi.Events[event].Inputs {
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
func (jobRegistryNext *JobRegistryNext) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["AlreadyDisputed"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackAlreadyDisputedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["Blacklisted"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackBlacklistedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["DefaultTokenRequired"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackDefaultTokenRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["EmptyHash"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackEmptyHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["EscrowFrozen"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackEscrowFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["IncompatibleModule"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackIncompatibleModuleError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["InvalidDeadline"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackInvalidDeadlineError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["InvalidPercentage"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackInvalidPercentageError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["InvalidState"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackInvalidStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["InvalidTokenConfig"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackInvalidTokenConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["JobNotFound"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackJobNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["ModuleNotSet"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackModuleNotSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["NotAllowed"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["NotAuthorizedAgent"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackNotAuthorizedAgentError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["NotPauser"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackNotPauserError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["RenounceDisabled"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["RewardTooHigh"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackRewardTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["RewardTooLow"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackRewardTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["TimeoutNotReached"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackTimeoutNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["TokenDecimalsUnavailable"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackTokenDecimalsUnavailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["TokenNotAllowed"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackTokenNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["UnauthorizedCaller"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackUnauthorizedCallerError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["ValidationPending"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackValidationPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["WrongModuleKind"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackWrongModuleKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobRegistryNext.abi.Errors["ZeroReward"].ID.Bytes()[:4]) {
		return jobRegistryNext.UnpackZeroRewardError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// JobRegistryNextAddressEmptyCode represents a AddressEmptyCode error raised by the JobRegistryNext contract.
type JobRegistryNextAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func JobRegistryNextAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (jobRegistryNext *JobRegistryNext) UnpackAddressEmptyCodeError(raw []byte) (*JobRegistryNextAddressEmptyCode, error) {
	out := new(JobRegistryNextAddressEmptyCode)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextAlreadyDisputed represents a AlreadyDisputed error raised by the JobRegistryNext contract.
type JobRegistryNextAlreadyDisputed struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyDisputed(uint256 jobId)
func JobRegistryNextAlreadyDisputedErrorID() common.Hash {
	return common.HexToHash("0x981e7f1f1cb3d11806caa2f5e334cf4a9526f6a1dbe465dd28fe43595673111e")
}

// UnpackAlreadyDisputedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyDisputed(uint256 jobId)
func (jobRegistryNext *JobRegistryNext) UnpackAlreadyDisputedError(raw []byte) (*JobRegistryNextAlreadyDisputed, error) {
	out := new(JobRegistryNextAlreadyDisputed)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "AlreadyDisputed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextBlacklisted represents a Blacklisted error raised by the JobRegistryNext contract.
type JobRegistryNextBlacklisted struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Blacklisted(address account)
func JobRegistryNextBlacklistedErrorID() common.Hash {
	return common.HexToHash("0xffa4e6181777692565cf28528fc88fd1516ea86b56da075235fa575af6a4b855")
}

// UnpackBlacklistedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Blacklisted(address account)
func (jobRegistryNext *JobRegistryNext) UnpackBlacklistedError(raw []byte) (*JobRegistryNextBlacklisted, error) {
	out := new(JobRegistryNextBlacklisted)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "Blacklisted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextDeadlinePassed represents a DeadlinePassed error raised by the JobRegistryNext contract.
type JobRegistryNextDeadlinePassed struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint64 deadline)
func JobRegistryNextDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x6768091307d5da213ba3ac1392311a935d1607f1020232ee01d118de33b68661")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint64 deadline)
func (jobRegistryNext *JobRegistryNext) UnpackDeadlinePassedError(raw []byte) (*JobRegistryNextDeadlinePassed, error) {
	out := new(JobRegistryNextDeadlinePassed)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextDefaultTokenRequired represents a DefaultTokenRequired error raised by the JobRegistryNext contract.
type JobRegistryNextDefaultTokenRequired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DefaultTokenRequired()
func JobRegistryNextDefaultTokenRequiredErrorID() common.Hash {
	return common.HexToHash("0xf31b42d6edadcc2774e458918dcd4fb7a036a5a5d766316626734a59bdb7ecca")
}

// UnpackDefaultTokenRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DefaultTokenRequired()
func (jobRegistryNext *JobRegistryNext) UnpackDefaultTokenRequiredError(raw []byte) (*JobRegistryNextDefaultTokenRequired, error) {
	out := new(JobRegistryNextDefaultTokenRequired)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "DefaultTokenRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the JobRegistryNext contract.
type JobRegistryNextERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func JobRegistryNextERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (jobRegistryNext *JobRegistryNext) UnpackERC1967InvalidImplementationError(raw []byte) (*JobRegistryNextERC1967InvalidImplementation, error) {
	out := new(JobRegistryNextERC1967InvalidImplementation)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextERC1967NonPayable represents a ERC1967NonPayable error raised by the JobRegistryNext contract.
type JobRegistryNextERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func JobRegistryNextERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (jobRegistryNext *JobRegistryNext) UnpackERC1967NonPayableError(raw []byte) (*JobRegistryNextERC1967NonPayable, error) {
	out := new(JobRegistryNextERC1967NonPayable)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextEmptyHash represents a EmptyHash error raised by the JobRegistryNext contract.
type JobRegistryNextEmptyHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyHash()
func JobRegistryNextEmptyHashErrorID() common.Hash {
	return common.HexToHash("0x70df377cb5e35d4fc3652be04d195d335c43a1b49cdc6a9ad38c5d59d13d587c")
}

// UnpackEmptyHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyHash()
func (jobRegistryNext *JobRegistryNext) UnpackEmptyHashError(raw []byte) (*JobRegistryNextEmptyHash, error) {
	out := new(JobRegistryNextEmptyHash)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "EmptyHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextEnforcedPause represents a EnforcedPause error raised by the JobRegistryNext contract.
type JobRegistryNextEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func JobRegistryNextEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (jobRegistryNext *JobRegistryNext) UnpackEnforcedPauseError(raw []byte) (*JobRegistryNextEnforcedPause, error) {
	out := new(JobRegistryNextEnforcedPause)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextEscrowFrozen represents a EscrowFrozen error raised by the JobRegistryNext contract.
type JobRegistryNextEscrowFrozen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowFrozen()
func JobRegistryNextEscrowFrozenErrorID() common.Hash {
	return common.HexToHash("0xa1f5735afb9ea1c61c609b496834eaf833c290c479b1b5baf9e7efae7791210b")
}

// UnpackEscrowFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowFrozen()
func (jobRegistryNext *JobRegistryNext) UnpackEscrowFrozenError(raw []byte) (*JobRegistryNextEscrowFrozen, error) {
	out := new(JobRegistryNextEscrowFrozen)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "EscrowFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextExpectedPause represents a ExpectedPause error raised by the JobRegistryNext contract.
type JobRegistryNextExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func JobRegistryNextExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (jobRegistryNext *JobRegistryNext) UnpackExpectedPauseError(raw []byte) (*JobRegistryNextExpectedPause, error) {
	out := new(JobRegistryNextExpectedPause)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextFailedCall represents a FailedCall error raised by the JobRegistryNext contract.
type JobRegistryNextFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func JobRegistryNextFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (jobRegistryNext *JobRegistryNext) UnpackFailedCallError(raw []byte) (*JobRegistryNextFailedCall, error) {
	out := new(JobRegistryNextFailedCall)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextIncompatibleModule represents a IncompatibleModule error raised by the JobRegistryNext contract.
type JobRegistryNextIncompatibleModule struct {
	Module   common.Address
	Version  *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IncompatibleModule(address module, uint256 version, uint256 expected)
func JobRegistryNextIncompatibleModuleErrorID() common.Hash {
	return common.HexToHash("0x04061d127a8baae1898d82216f983269139f54b5a5d26cdac263423c87700483")
}

// UnpackIncompatibleModuleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IncompatibleModule(address module, uint256 version, uint256 expected)
func (jobRegistryNext *JobRegistryNext) UnpackIncompatibleModuleError(raw []byte) (*JobRegistryNextIncompatibleModule, error) {
	out := new(JobRegistryNextIncompatibleModule)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "IncompatibleModule", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextInvalidDeadline represents a InvalidDeadline error raised by the JobRegistryNext contract.
type JobRegistryNextInvalidDeadline struct {
	Deadline uint64
	Latest   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidDeadline(uint64 deadline, uint256 latest)
func JobRegistryNextInvalidDeadlineErrorID() common.Hash {
	return common.HexToHash("0x83439ca6b1fe9b81cb7b7c195d5e408da09b853ca3a413132d7dcf26a6b25fd2")
}

// UnpackInvalidDeadlineError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidDeadline(uint64 deadline, uint256 latest)
func (jobRegistryNext *JobRegistryNext) UnpackInvalidDeadlineError(raw []byte) (*JobRegistryNextInvalidDeadline, error) {
	out := new(JobRegistryNextInvalidDeadline)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "InvalidDeadline", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextInvalidInitialization represents a InvalidInitialization error raised by the JobRegistryNext contract.
type JobRegistryNextInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func JobRegistryNextInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (jobRegistryNext *JobRegistryNext) UnpackInvalidInitializationError(raw []byte) (*JobRegistryNextInvalidInitialization, error) {
	out := new(JobRegistryNextInvalidInitialization)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextInvalidPercentage represents a InvalidPercentage error raised by the JobRegistryNext contract.
type JobRegistryNextInvalidPercentage struct {
	Pct *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPercentage(uint256 pct)
func JobRegistryNextInvalidPercentageErrorID() common.Hash {
	return common.HexToHash("0xaa3186736a71fbe83394f925f76befc82f4b6792de29094b553804a202ec3efd")
}

// UnpackInvalidPercentageError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPercentage(uint256 pct)
func (jobRegistryNext *JobRegistryNext) UnpackInvalidPercentageError(raw []byte) (*JobRegistryNextInvalidPercentage, error) {
	out := new(JobRegistryNextInvalidPercentage)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "InvalidPercentage", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextInvalidState represents a InvalidState error raised by the JobRegistryNext contract.
type JobRegistryNextInvalidState struct {
	JobId *big.Int
	State uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidState(uint256 jobId, uint8 state)
func JobRegistryNextInvalidStateErrorID() common.Hash {
	return common.HexToHash("0x0a5889e5ba06f074203ac2de622fe898f1382aeb7fb488e304419722bd656d7d")
}

// UnpackInvalidStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidState(uint256 jobId, uint8 state)
func (jobRegistryNext *JobRegistryNext) UnpackInvalidStateError(raw []byte) (*JobRegistryNextInvalidState, error) {
	out := new(JobRegistryNextInvalidState)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "InvalidState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextInvalidTokenConfig represents a InvalidTokenConfig error raised by the JobRegistryNext contract.
type JobRegistryNextInvalidTokenConfig struct {
	MinReward *big.Int
	MaxReward *big.Int
	StakeBps  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTokenConfig(uint256 minReward, uint256 maxReward, uint256 stakeBps)
func JobRegistryNextInvalidTokenConfigErrorID() common.Hash {
	return common.HexToHash("0x2383c45279fcb6ed965e804330742662915e565c0c8fc0962b339b5666b3c64b")
}

// UnpackInvalidTokenConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTokenConfig(uint256 minReward, uint256 maxReward, uint256 stakeBps)
func (jobRegistryNext *JobRegistryNext) UnpackInvalidTokenConfigError(raw []byte) (*JobRegistryNextInvalidTokenConfig, error) {
	out := new(JobRegistryNextInvalidTokenConfig)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "InvalidTokenConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextJobNotFound represents a JobNotFound error raised by the JobRegistryNext contract.
type JobRegistryNextJobNotFound struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobNotFound(uint256 jobId)
func JobRegistryNextJobNotFoundErrorID() common.Hash {
	return common.HexToHash("0x50c83b95127a798ba9a3cc9005cf8723a60cccb7b73e46735574acf873273bbc")
}

// UnpackJobNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobNotFound(uint256 jobId)
func (jobRegistryNext *JobRegistryNext) UnpackJobNotFoundError(raw []byte) (*JobRegistryNextJobNotFound, error) {
	out := new(JobRegistryNextJobNotFound)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "JobNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextModuleNotSet represents a ModuleNotSet error raised by the JobRegistryNext contract.
type JobRegistryNextModuleNotSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModuleNotSet()
func JobRegistryNextModuleNotSetErrorID() common.Hash {
	return common.HexToHash("0x03bca7b7b3200b480e5a98602f30ae2877a8653bc00d5bcde0042cce7428dc9e")
}

// UnpackModuleNotSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModuleNotSet()
func (jobRegistryNext *JobRegistryNext) UnpackModuleNotSetError(raw []byte) (*JobRegistryNextModuleNotSet, error) {
	out := new(JobRegistryNextModuleNotSet)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "ModuleNotSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextNotAllowed represents a NotAllowed error raised by the JobRegistryNext contract.
type JobRegistryNextNotAllowed struct {
	Caller   common.Address
	Expected common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAllowed(address caller, address expected)
func JobRegistryNextNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x9cb40a4004970891fa544bc7ec12cccbe108a3ec245b3cecdb0baae2f64feb8f")
}

// UnpackNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAllowed(address caller, address expected)
func (jobRegistryNext *JobRegistryNext) UnpackNotAllowedError(raw []byte) (*JobRegistryNextNotAllowed, error) {
	out := new(JobRegistryNextNotAllowed)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "NotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextNotAuthorizedAgent represents a NotAuthorizedAgent error raised by the JobRegistryNext contract.
type JobRegistryNextNotAuthorizedAgent struct {
	Claimant common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAuthorizedAgent(address claimant)
func JobRegistryNextNotAuthorizedAgentErrorID() common.Hash {
	return common.HexToHash("0x0180c29c2050910e2b44ece6f8cc9af105d6ab33c65f5590ac8cef9ea7fa6cc6")
}

// UnpackNotAuthorizedAgentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAuthorizedAgent(address claimant)
func (jobRegistryNext *JobRegistryNext) UnpackNotAuthorizedAgentError(raw []byte) (*JobRegistryNextNotAuthorizedAgent, error) {
	out := new(JobRegistryNextNotAuthorizedAgent)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "NotAuthorizedAgent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextNotInitializing represents a NotInitializing error raised by the JobRegistryNext contract.
type JobRegistryNextNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func JobRegistryNextNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (jobRegistryNext *JobRegistryNext) UnpackNotInitializingError(raw []byte) (*JobRegistryNextNotInitializing, error) {
	out := new(JobRegistryNextNotInitializing)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextNotPauser represents a NotPauser error raised by the JobRegistryNext contract.
type JobRegistryNextNotPauser struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPauser(address caller)
func JobRegistryNextNotPauserErrorID() common.Hash {
	return common.HexToHash("0x206a346e13ac829b87065741a38813b204c7b4a46c9fb833bcd8141d92675a78")
}

// UnpackNotPauserError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPauser(address caller)
func (jobRegistryNext *JobRegistryNext) UnpackNotPauserError(raw []byte) (*JobRegistryNextNotPauser, error) {
	out := new(JobRegistryNextNotPauser)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "NotPauser", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the JobRegistryNext contract.
type JobRegistryNextOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func JobRegistryNextOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (jobRegistryNext *JobRegistryNext) UnpackOwnableInvalidOwnerError(raw []byte) (*JobRegistryNextOwnableInvalidOwner, error) {
	out := new(JobRegistryNextOwnableInvalidOwner)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the JobRegistryNext contract.
type JobRegistryNextOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func JobRegistryNextOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (jobRegistryNext *JobRegistryNext) UnpackOwnableUnauthorizedAccountError(raw []byte) (*JobRegistryNextOwnableUnauthorizedAccount, error) {
	out := new(JobRegistryNextOwnableUnauthorizedAccount)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the JobRegistryNext contract.
type JobRegistryNextReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func JobRegistryNextReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (jobRegistryNext *JobRegistryNext) UnpackReentrancyGuardReentrantCallError(raw []byte) (*JobRegistryNextReentrancyGuardReentrantCall, error) {
	out := new(JobRegistryNextReentrancyGuardReentrantCall)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextRenounceDisabled represents a RenounceDisabled error raised by the JobRegistryNext contract.
type JobRegistryNextRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RenounceDisabled()
func JobRegistryNextRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x8905116560d0223388013a6344e0f340294b54bf7b203773dd2cb8f2e5a0d511")
}

// UnpackRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RenounceDisabled()
func (jobRegistryNext *JobRegistryNext) UnpackRenounceDisabledError(raw []byte) (*JobRegistryNextRenounceDisabled, error) {
	out := new(JobRegistryNextRenounceDisabled)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextRewardTooHigh represents a RewardTooHigh error raised by the JobRegistryNext contract.
type JobRegistryNextRewardTooHigh struct {
	Reward *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardTooHigh(uint256 reward, uint256 max)
func JobRegistryNextRewardTooHighErrorID() common.Hash {
	return common.HexToHash("0x60f431ffb13e9aec0d0da2a6deeecefb25bb98deaddaf150a67a94dcd3e41252")
}

// UnpackRewardTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardTooHigh(uint256 reward, uint256 max)
func (jobRegistryNext *JobRegistryNext) UnpackRewardTooHighError(raw []byte) (*JobRegistryNextRewardTooHigh, error) {
	out := new(JobRegistryNextRewardTooHigh)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "RewardTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextRewardTooLow represents a RewardTooLow error raised by the JobRegistryNext contract.
type JobRegistryNextRewardTooLow struct {
	Reward *big.Int
	Min    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardTooLow(uint256 reward, uint256 min)
func JobRegistryNextRewardTooLowErrorID() common.Hash {
	return common.HexToHash("0x75dce8175930bcf04017c853ddbc94a28e89d806bd88415e11b341329e72d781")
}

// UnpackRewardTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardTooLow(uint256 reward, uint256 min)
func (jobRegistryNext *JobRegistryNext) UnpackRewardTooLowError(raw []byte) (*JobRegistryNextRewardTooLow, error) {
	out := new(JobRegistryNextRewardTooLow)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "RewardTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the JobRegistryNext contract.
type JobRegistryNextSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func JobRegistryNextSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (jobRegistryNext *JobRegistryNext) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*JobRegistryNextSafeCastOverflowedUintDowncast, error) {
	out := new(JobRegistryNextSafeCastOverflowedUintDowncast)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextTimeoutNotReached represents a TimeoutNotReached error raised by the JobRegistryNext contract.
type JobRegistryNextTimeoutNotReached struct {
	ClaimableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimeoutNotReached(uint256 claimableAt)
func JobRegistryNextTimeoutNotReachedErrorID() common.Hash {
	return common.HexToHash("0x44105b748a1f7195250510fb0567cc8cc7ed7ce5e262b31177d300135100a8ac")
}

// UnpackTimeoutNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimeoutNotReached(uint256 claimableAt)
func (jobRegistryNext *JobRegistryNext) UnpackTimeoutNotReachedError(raw []byte) (*JobRegistryNextTimeoutNotReached, error) {
	out := new(JobRegistryNextTimeoutNotReached)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "TimeoutNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextTokenDecimalsUnavailable represents a TokenDecimalsUnavailable error raised by the JobRegistryNext contract.
type JobRegistryNextTokenDecimalsUnavailable struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenDecimalsUnavailable(address token)
func JobRegistryNextTokenDecimalsUnavailableErrorID() common.Hash {
	return common.HexToHash("0x9cf5ab50031d5acdb35e6ed0d506c95ae9b48f519282b7fac233084ae345bf97")
}

// UnpackTokenDecimalsUnavailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenDecimalsUnavailable(address token)
func (jobRegistryNext *JobRegistryNext) UnpackTokenDecimalsUnavailableError(raw []byte) (*JobRegistryNextTokenDecimalsUnavailable, error) {
	out := new(JobRegistryNextTokenDecimalsUnavailable)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "TokenDecimalsUnavailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextTokenNotAllowed represents a TokenNotAllowed error raised by the JobRegistryNext contract.
type JobRegistryNextTokenNotAllowed struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotAllowed(address token)
func JobRegistryNextTokenNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x94403b7099477045d56a4ad621224a9a16fcb7e4b0d02e508215a9bf747a12d4")
}

// UnpackTokenNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotAllowed(address token)
func (jobRegistryNext *JobRegistryNext) UnpackTokenNotAllowedError(raw []byte) (*JobRegistryNextTokenNotAllowed, error) {
	out := new(JobRegistryNextTokenNotAllowed)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "TokenNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the JobRegistryNext contract.
type JobRegistryNextUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func JobRegistryNextUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (jobRegistryNext *JobRegistryNext) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*JobRegistryNextUUPSUnauthorizedCallContext, error) {
	out := new(JobRegistryNextUUPSUnauthorizedCallContext)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the JobRegistryNext contract.
type JobRegistryNextUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func JobRegistryNextUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (jobRegistryNext *JobRegistryNext) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*JobRegistryNextUUPSUnsupportedProxiableUUID, error) {
	out := new(JobRegistryNextUUPSUnsupportedProxiableUUID)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextUnauthorizedCaller represents a UnauthorizedCaller error raised by the JobRegistryNext contract.
type JobRegistryNextUnauthorizedCaller struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnauthorizedCaller(address caller)
func JobRegistryNextUnauthorizedCallerErrorID() common.Hash {
	return common.HexToHash("0xd86ad9cfaa7befeb3f173b3707581b7abd2af82a8982c91af7ea00f9ee034b67")
}

// UnpackUnauthorizedCallerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnauthorizedCaller(address caller)
func (jobRegistryNext *JobRegistryNext) UnpackUnauthorizedCallerError(raw []byte) (*JobRegistryNextUnauthorizedCaller, error) {
	out := new(JobRegistryNextUnauthorizedCaller)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "UnauthorizedCaller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextValidationPending represents a ValidationPending error raised by the JobRegistryNext contract.
type JobRegistryNextValidationPending struct {
	DisputableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValidationPending(uint256 disputableAt)
func JobRegistryNextValidationPendingErrorID() common.Hash {
	return common.HexToHash("0xe7b535f656e9b2896bf7dc3281ffffdb2418e962e2368e2db7466c863fe82dd0")
}

// UnpackValidationPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValidationPending(uint256 disputableAt)
func (jobRegistryNext *JobRegistryNext) UnpackValidationPendingError(raw []byte) (*JobRegistryNextValidationPending, error) {
	out := new(JobRegistryNextValidationPending)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "ValidationPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextWrongModuleKind represents a WrongModuleKind error raised by the JobRegistryNext contract.
type JobRegistryNextWrongModuleKind struct {
	Module   common.Address
	Kind     [32]byte
	Expected [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongModuleKind(address module, bytes32 kind, bytes32 expected)
func JobRegistryNextWrongModuleKindErrorID() common.Hash {
	return common.HexToHash("0x44f2c35f376ff0539713a6bba637aa2eab154c44e86fbb26bfeaeb7a309d8787")
}

// UnpackWrongModuleKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongModuleKind(address module, bytes32 kind, bytes32 expected)
func (jobRegistryNext *JobRegistryNext) UnpackWrongModuleKindError(raw []byte) (*JobRegistryNextWrongModuleKind, error) {
	out := new(JobRegistryNextWrongModuleKind)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "WrongModuleKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextZeroAddress represents a ZeroAddress error raised by the JobRegistryNext contract.
type JobRegistryNextZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func JobRegistryNextZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (jobRegistryNext *JobRegistryNext) UnpackZeroAddressError(raw []byte) (*JobRegistryNextZeroAddress, error) {
	out := new(JobRegistryNextZeroAddress)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobRegistryNextZeroReward represents a ZeroReward error raised by the JobRegistryNext contract.
type JobRegistryNextZeroReward struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroReward()
func JobRegistryNextZeroRewardErrorID() common.Hash {
	return common.HexToHash("0x9c1b2784dd589b3972eb035ee96eb02016748184977e6e7f174859e3c2c7db73")
}

// UnpackZeroRewardError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroReward()
func (jobRegistryNext *JobRegistryNext) UnpackZeroRewardError(raw []byte) (*JobRegistryNextZeroReward, error) {
	out := new(JobRegistryNextZeroReward)
	if err := jobRegistryNext.abi.UnpackIntoInterface(out, "ZeroReward", raw); err != nil {
		return nil, err
	}
	return out, nil
}
