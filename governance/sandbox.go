package governance

import (
	"context"
	"errors"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/chain"
)

// Sandbox is the embedded default of the owner tools: an in-process chain
// with the protocol deployed by dev account 0 (which governs), its files
// in a temporary directory. It is for examples, demos and tests; close it
// when done.
type Sandbox struct {
	// Chain is the embedded chain.
	Chain *chain.Embedded
	// Deployer is dev account 0, the deployer and governance.
	Deployer chain.KeySigner
	// Manifest is the deployment; Dir holds its files.
	Manifest *Manifest
	Dir      string
}

// NewSandbox starts an embedded chain and deploys the protocol on it with
// cfg (nil means DefaultDeployerConfig of dev account 0, which pauses on
// launch). progress, if set, receives the deployment steps.
func NewSandbox(ctx context.Context, cfg *DeployerConfig, progress func(Step)) (*Sandbox, error) {
	ch, err := chain.NewEmbedded(chain.EmbeddedConfig{})
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "agijobs-sandbox-")
	if err != nil {
		ch.Close()
		return nil, err
	}
	s := &Sandbox{Chain: ch, Deployer: ch.Account(0), Dir: dir}
	if cfg == nil {
		cfg = DefaultDeployerConfig(s.Deployer.Address())
	}
	res, err := Deploy(ctx, ch.Backend(), s.Deployer, cfg, DeployOptions{
		ManifestPath: filepath.Join(dir, "latest-deployment.json"), Progress: progress,
	})
	if err != nil {
		s.Close()
		return nil, err
	}
	s.Manifest = res.Manifest
	return s, nil
}

// Backend returns the chain's backend.
func (s *Sandbox) Backend() chain.Backend { return s.Chain.Backend() }

// Manager returns a transaction manager for dev account i; close it when
// done.
func (s *Sandbox) Manager(ctx context.Context, i int) (*chain.Manager, error) {
	return chain.NewManager(ctx, chain.ManagerConfig{Backend: s.Backend(), Signer: s.Chain.Account(i)})
}

// Close stops the chain and removes the files.
func (s *Sandbox) Close() error {
	return errors.Join(s.Chain.Close(), os.RemoveAll(s.Dir))
}

func ptr[T any](v T) *T { return &v }

// SampleModuleConfigs returns the values of the committed sample config
// files (config/*.json) for the module given governance (zero: the
// manifest's), so that tools have a non-trivial desired configuration
// when no directory is given.
func SampleModuleConfigs(governance common.Address, kind Kind) *ModuleConfigs {
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
