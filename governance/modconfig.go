package governance

import (
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/input"
)

// ModuleConfigs are the desired owner settings, one file per module under a
// config directory (config/job-registry.json, ...; see ModuleConfigFiles).
// A missing file, and an absent or null field inside a file, mean "leave
// as it is": plans only act on what a file states.
type ModuleConfigs struct {
	OwnerControl     *OwnerControl           `file:"owner-control.json"`
	JobRegistry      *JobRegistryConfig      `file:"job-registry.json"`
	StakeManager     *StakeManagerConfig     `file:"stake-manager.json"`
	ValidationModule *ValidationModuleConfig `file:"validation-module.json"`
	ReputationEngine *ReputationEngineConfig `file:"reputation-engine.json"`
	DisputeModule    *DisputeModuleConfig    `file:"dispute-module.json"`
	FeePool          *FeePoolConfig          `file:"fee-pool.json"`
	SystemPause      *SystemPauseConfig      `file:"system-pause.json"`
}

// ModuleConfigFiles lists the files LoadModuleConfigs reads, in order.
var ModuleConfigFiles = []string{
	"owner-control.json", "job-registry.json", "stake-manager.json", "validation-module.json",
	"reputation-engine.json", "dispute-module.json", "fee-pool.json", "system-pause.json",
}

// OwnerControl is config/owner-control.json: who governs, how owner calls
// are executed, and which modules plans manage.
type OwnerControl struct {
	// Governance is the desired owner of every module; zero means the
	// manifest's governance address.
	Governance common.Address `json:"governance,omitempty"`
	// Kind is how governance executes: "eoa", "safe" or "timelock"; empty
	// means the manifest's kind.
	Kind deployment.Kind `json:"kind,omitempty" validate:"omitempty,oneof=eoa safe timelock"`
	// MultiSendCallOnly is the MultiSendCallOnly contract Safe batches go
	// through; zero means the canonical v1.4.1 deployment
	// (CanonicalMultiSendCallOnly).
	MultiSendCallOnly common.Address `json:"multiSendCallOnly,omitempty"`
	// TimelockDelay is the delay operations are scheduled with when Kind is
	// "timelock"; it must be at least the timelock's minimum delay.
	TimelockDelay Duration `json:"timelockDelay,omitempty" validate:"omitempty,lte=2592000"`
	// Modules switches plans off per module (false); absent modules are
	// managed.
	Modules map[string]bool `json:"modules,omitempty" validate:"dive,keys,oneof=StakeManager JobRegistry ValidationModule IdentityRegistry ReputationEngine DisputeModule FeePool CertificateNFT SystemPause,endkeys"`
}

// Manages reports whether plans act on module m.
func (o *OwnerControl) Manages(m string) bool {
	if o == nil || o.Modules == nil {
		return true
	}
	on, ok := o.Modules[m]
	return !ok || on
}

// JobRegistryConfig is config/job-registry.json.
type JobRegistryConfig struct {
	FeePct             *uint64     `json:"feePct,omitempty" validate:"omitempty,lte=100"`
	ValidatorRewardPct *uint64     `json:"validatorRewardPct,omitempty" validate:"omitempty,lte=100"`
	JobStake           TokenAmount `json:"jobStake,omitzero"`
	MinAgentStake      TokenAmount `json:"minAgentStake,omitzero"`
	// MaxJobReward and MinJobReward are the largest and smallest reward a
	// job in the stake token may escrow (token units); the floor must pay
	// every committee seat.
	MaxJobReward TokenAmount `json:"maxJobReward,omitzero"`
	MinJobReward TokenAmount `json:"minJobReward,omitzero"`
	// JobStakeBps is the agent job stake per reward in basis points (500 =
	// 5%) of the stake token and of every token named in allowedTokens or
	// tokenLimits without its own stakeBps.
	JobStakeBps *uint64 `json:"jobStakeBps,omitempty" validate:"omitempty,lte=10000"`
	// TokenLimits are the reward limits and stake fraction of escrow tokens
	// other than the stake token, in whole units of each token (converted
	// with the decimals JobRegistry recorded for it); unset fields are left
	// as they are.
	TokenLimits map[common.Address]TokenLimits `json:"tokenLimits,omitempty" validate:"omitempty,dive"`

	JobDurationLimit      Duration `json:"jobDurationLimit,omitzero" validate:"omitempty,gte=3600,lte=31536000"`
	ExpirationGracePeriod Duration `json:"expirationGracePeriod,omitzero" validate:"omitempty,lte=2592000"`
	MaxActiveJobsPerAgent *uint64  `json:"maxActiveJobsPerAgent,omitempty" validate:"omitempty,lte=1000"`
	// EscrowEnabled false freezes escrow (see the emergency flow).
	EscrowEnabled *bool `json:"escrowEnabled,omitempty"`
	// AllowedTokens maps escrow tokens to allowed (true) or removed (false).
	AllowedTokens map[common.Address]bool `json:"allowedTokens,omitempty"`
}

// StakeManagerConfig is config/stake-manager.json.
type StakeManagerConfig struct {
	UnbondingPeriod Duration `json:"unbondingPeriod,omitempty" validate:"omitempty,lte=31536000"`
}

// ValidationModuleConfig is config/validation-module.json.
type ValidationModuleConfig struct {
	CommitWindow         Duration          `json:"commitWindow,omitempty" validate:"omitempty,gte=60,lte=2592000"`
	RevealWindow         Duration          `json:"revealWindow,omitempty" validate:"omitempty,gte=60,lte=2592000"`
	ValidatorsPerJob     *uint64           `json:"validatorsPerJob,omitempty" validate:"omitempty,gte=1,lte=16"`
	ApprovalThreshold    *uint64           `json:"approvalThreshold,omitempty" validate:"omitempty,gte=1,lte=100"`
	ValidatorSlashingPct *uint64           `json:"validatorSlashingPct,omitempty" validate:"omitempty,lte=100"`
	RevealQuorumPct      *uint64           `json:"revealQuorumPct,omitempty" validate:"omitempty,lte=100"`
	RevealQuorumMin      *uint64           `json:"revealQuorumMin,omitempty" validate:"omitempty,lte=16"`
	MinValidatorStake    TokenAmount       `json:"minValidatorStake,omitempty"`
	ValidatorPool        *[]common.Address `json:"validatorPool,omitempty" validate:"omitempty,max=128,unique,dive,required"`
}

// ReputationEngineConfig is config/reputation-engine.json.
type ReputationEngineConfig struct {
	PremiumThreshold *uint64 `json:"premiumThreshold,omitempty"`
}

// DisputeModuleConfig is config/dispute-module.json.
type DisputeModuleConfig struct {
	// Moderators maps accounts to moderator (true) or not (false).
	Moderators map[common.Address]bool `json:"moderators,omitempty"`
}

// FeePoolConfig is config/fee-pool.json.
type FeePoolConfig struct {
	// BurnPct is the share of every fee set aside for burning.
	BurnPct *uint64 `json:"burnPct,omitempty" validate:"omitempty,lte=100"`
	// FeeTokens must each hold one of the FeePool's 16 fee-token slots
	// (FeePool.registerToken, owner only). The stake token and every
	// allowlisted token need one and plans register them without being
	// told; list here only other tokens fees may arrive in.
	FeeTokens []common.Address `json:"feeTokens,omitempty" validate:"omitempty,max=16,unique,dive,required"`
	// BurnPending, when true, burns what every fee token has set aside for
	// burning (FeePool.burn; anyone may call it, plans include it so that
	// nothing waits).
	BurnPending *bool `json:"burnPending,omitempty"`
	// DistributeStray, when true, shares tokens sent to the FeePool
	// directly, outside any settlement, with the Platform stakers
	// (FeePool.distribute, owner only).
	DistributeStray *bool `json:"distributeStray,omitempty"`
}

// SystemPauseConfig is config/system-pause.json.
type SystemPauseConfig struct {
	// Guardian may pause (not unpause) every module; the zero address
	// written explicitly removes it.
	Guardian *common.Address `json:"guardian,omitempty"`
	// Paused, when set, is the desired pause state of every module.
	Paused *bool `json:"paused,omitempty"`
}

// LoadModuleConfigs reads every file of ModuleConfigFiles present in dir.
// It reads all files before failing, and reports the invalid fields of
// every file at once: the input.Errors of each file wrapped with its name,
// joined (errors.As finds the first file's, errors.Is matches
// input.ErrInvalid).
func LoadModuleConfigs(dir string) (*ModuleConfigs, error) {
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("governance: config directory %s: %w", dir, notADir(err))
	}
	return LoadModuleConfigsFS(os.DirFS(dir), dir)
}

func notADir(err error) error {
	if err == nil {
		err = errors.New("not a directory")
	}
	return fmt.Errorf("%w; pass the directory that holds owner-control.json and the module files (config/ in this repository)", err)
}

// LoadModuleConfigsFS is LoadModuleConfigs on a file system (for embedded
// samples); name prefixes file names in errors.
func LoadModuleConfigsFS(fsys fs.FS, name string) (*ModuleConfigs, error) {
	if fsys == nil {
		return nil, input.New("governance.LoadModuleConfigsFS: fsys", "is nil", "pass os.DirFS(dir) or an embedded file system")
	}
	l := configLoader{fsys: fsys, dir: name}
	mc := &ModuleConfigs{
		OwnerControl:     loadConfig[OwnerControl](&l, "owner-control.json"),
		JobRegistry:      loadConfig[JobRegistryConfig](&l, "job-registry.json"),
		StakeManager:     loadConfig[StakeManagerConfig](&l, "stake-manager.json"),
		ValidationModule: loadConfig[ValidationModuleConfig](&l, "validation-module.json"),
		ReputationEngine: loadConfig[ReputationEngineConfig](&l, "reputation-engine.json"),
		DisputeModule:    loadConfig[DisputeModuleConfig](&l, "dispute-module.json"),
		FeePool:          loadConfig[FeePoolConfig](&l, "fee-pool.json"),
		SystemPause:      loadConfig[SystemPauseConfig](&l, "system-pause.json"),
	}
	if *mc == (ModuleConfigs{}) && len(l.errs) == 0 {
		// A wrong directory would otherwise pass every check.
		return nil, fmt.Errorf("governance: config directory %s holds none of the module config files (owner-control.json, job-registry.json...); pass the directory that holds them", name)
	}
	if jr := mc.JobRegistry; jr != nil {
		if probs := jr.rangeProblems(); len(probs) > 0 {
			l.errs = append(l.errs, fmt.Errorf("%s: %w", filepath.Join(name, "job-registry.json"), probs))
		}
	}
	if len(l.errs) > 0 {
		return nil, errors.Join(l.errs...)
	}
	return mc, nil
}

// configLoader reads module config files, collecting the problems of
// every file so that they are reported at once.
type configLoader struct {
	fsys fs.FS
	dir  string
	errs []error
}

// loadConfig decodes and validates file into a new T; nil when the file
// is absent or unreadable.
func loadConfig[T any](l *configLoader, file string) *T {
	path := filepath.Join(l.dir, file)
	raw, err := fs.ReadFile(l.fsys, file)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		l.errs = append(l.errs, fmt.Errorf("%s: %w", path, err))
		return nil
	}
	out := new(T)
	probs := decodeStrict(raw, out)
	bad := map[string]bool{}
	for _, p := range probs {
		bad[p.Field] = true
	}
	for _, p := range validateStruct(out) {
		if !bad[p.Field] {
			probs = append(probs, p)
		}
	}
	if len(probs) > 0 {
		l.errs = append(l.errs, fmt.Errorf("%s: %w", path, probs))
	}
	return out
}

// rangeProblems checks the amounts of job-registry.json against what the
// contract stores and against each other.
func (jr *JobRegistryConfig) rangeProblems() input.Errors {
	var probs input.Errors
	for _, a := range []struct {
		f     string
		t     TokenAmount
		limit *big.Int
		about string
	}{{"jobStake", jr.JobStake, maxUint96, "79 billion"}, {"maxJobReward", jr.MaxJobReward, maxReward, "20 trillion"}, {"minJobReward", jr.MinJobReward, maxReward, "20 trillion"}} {
		if a.t.IsSet() && a.t.Wei().Cmp(a.limit) > 0 {
			probs = append(probs, problem(a.f, fmt.Sprintf("%s tokens is above what the contract stores (about %s)", a.t, a.about)))
		}
	}
	switch {
	case jr.MinJobReward.IsSet() && jr.MinJobReward.Wei().Sign() == 0:
		probs = append(probs, problem("minJobReward", `is 0; JobRegistry refuses a zero floor: give the smallest reward a job must escrow, e.g. "1"`))
	case jr.MinJobReward.IsSet() && jr.MaxJobReward.IsSet() && jr.MinJobReward.Wei().Cmp(jr.MaxJobReward.Wei()) > 0:
		probs = append(probs, problem("minJobReward", fmt.Sprintf("%s tokens is above maxJobReward (%s); lower it or raise maxJobReward", jr.MinJobReward, jr.MaxJobReward)))
	}
	for _, t := range sortedAddrs(jr.TokenLimits) {
		field := "tokenLimits." + t.Hex()
		if allowed, ok := jr.AllowedTokens[t]; ok && !allowed {
			probs = append(probs, problem(field, "names a token allowedTokens removes; drop one of the two"))
			continue
		}
		probs = append(probs, jr.TokenLimits[t].problems(field)...)
	}
	return probs
}
