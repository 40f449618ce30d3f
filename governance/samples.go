package governance

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/deployment"
)

// CanonicalMultiSendCallOnly is the address of MultiSendCallOnly v1.4.1 on
// the networks where the Safe singleton factory deployed it: the contract
// Safe batches go through when OwnerControl.MultiSendCallOnly is zero.
var CanonicalMultiSendCallOnly = common.HexToAddress("0x9641d764fc13c8B624c04430C7356C1C7C8102e2")

func ptr[T any](v T) *T { return &v }

// SampleModuleConfigs returns the values of the committed sample config
// files (config/*.json) for the module given governance (zero: the
// manifest's), so that tools have a non-trivial desired configuration
// when no directory is given.
func SampleModuleConfigs(governance common.Address, kind deployment.Kind) *ModuleConfigs {
	return &ModuleConfigs{
		OwnerControl: &OwnerControl{Governance: governance, Kind: kind, MultiSendCallOnly: CanonicalMultiSendCallOnly, TimelockDelay: Dur(48 * 3600e9),
			Modules: map[string]bool{"StakeManager": true, "JobRegistry": true, "ValidationModule": true, "IdentityRegistry": true,
				"ReputationEngine": true, "DisputeModule": true, "FeePool": true, "CertificateNFT": true, "SystemPause": true}},
		JobRegistry: &JobRegistryConfig{
			FeePct: ptr[uint64](4), ValidatorRewardPct: ptr[uint64](8), JobStake: MustTokens("25"), MinAgentStake: MustTokens("50"),
			MaxJobReward: MustTokens("250000"), MinJobReward: MustTokens("2"), JobStakeBps: ptr[uint64](500),
			JobDurationLimit: Dur(14 * 24 * 3600e9), ExpirationGracePeriod: Dur(2 * 24 * 3600e9),
			MaxActiveJobsPerAgent: ptr[uint64](5), EscrowEnabled: ptr(true), AllowedTokens: map[common.Address]bool{},
			TokenLimits: map[common.Address]TokenLimits{},
		},
		StakeManager: &StakeManagerConfig{UnbondingPeriod: Dur(14 * 24 * 3600e9)},
		ValidationModule: &ValidationModuleConfig{
			CommitWindow: Dur(1800e9), RevealWindow: Dur(1800e9), ValidatorsPerJob: ptr[uint64](3), ApprovalThreshold: ptr[uint64](66),
			ValidatorSlashingPct: ptr[uint64](20), RevealQuorumPct: ptr[uint64](60), RevealQuorumMin: ptr[uint64](2), MinValidatorStake: MustTokens("1000"),
		},
		ReputationEngine: &ReputationEngineConfig{PremiumThreshold: ptr[uint64](100)},
		DisputeModule:    &DisputeModuleConfig{Moderators: map[common.Address]bool{}},
		FeePool:          &FeePoolConfig{BurnPct: ptr[uint64](20), FeeTokens: []common.Address{}, BurnPending: ptr(true), DistributeStray: ptr(true)},
		SystemPause:      &SystemPauseConfig{Paused: ptr(false)},
	}
}
