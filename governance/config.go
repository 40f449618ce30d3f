package governance

import (
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/contracts/deploy"
)

// Kind says what kind of account governs the protocol, which decides how
// owner actions are executed.
type Kind string

// The governance kinds.
const (
	// KindEOA is a plain account that sends owner calls itself.
	KindEOA Kind = "eoa"
	// KindSafe is a Safe multisig: owner calls go through execTransaction
	// with the owners' signatures.
	KindSafe Kind = "safe"
	// KindTimelock is an OpenZeppelin TimelockController: owner calls are
	// scheduled, then executed after the delay.
	KindTimelock Kind = "timelock"
)

// DeployerConfig is the one-click deployment config
// (deployment-config/deployer.sample.json). Load it with LoadDeployerConfig,
// which reports every invalid field at once.
type DeployerConfig struct {
	// Network names the target for people ("sepolia"); informational.
	Network string `json:"network,omitempty"`
	// ChainID, when set, must equal the node's chain id: a guard against
	// deploying to the wrong network.
	ChainID uint64 `json:"chainId,omitempty"`
	// Governance is the final owner of every module.
	Governance Governor `json:"governance"`
	// Token names the stake token or asks for a dev token.
	Token TokenConfig `json:"token"`
	// AllowedTokens are extra escrow tokens; absent applies the committed
	// allowlist for the chain, an empty list applies none.
	AllowedTokens []common.Address `json:"allowedTokens" validate:"omitempty,unique,dive,required"`
	// Economics are fees, stakes and shares.
	Economics Economics `json:"economics"`
	// Validation are the committee and commit/reveal settings.
	Validation ValidationSettings `json:"validation"`
	// Identity are the identity roots applied after deployment.
	Identity IdentitySettings `json:"identity"`
	// SecureDefaults are the launch safety settings.
	SecureDefaults SecureDefaults `json:"secureDefaults"`
	// Output says where the deployment writes its files.
	Output OutputPaths `json:"output"`
}

// Governor is the governing account of the deployed protocol: the final
// owner of every module, its kind and an optional pause guardian.
type Governor struct {
	// Address is the owner: an EOA, a Safe or a TimelockController. Zero is
	// refused; write the deployer's own address to keep ownership.
	Address common.Address `json:"address" validate:"required"`
	// Kind is "eoa", "safe" or "timelock".
	Kind Kind `json:"kind" validate:"required,oneof=eoa safe timelock"`
	// Guardian, when set, may pause everything through SystemPause (but not
	// unpause): an emergency multisig.
	Guardian common.Address `json:"guardian,omitempty"`
}

// TokenConfig names the stake token: exactly one of Address and
// DeployDevToken.
type TokenConfig struct {
	// Address is an existing 18-decimal ERC-20 (AGIALPHA on real networks).
	Address common.Address `json:"address,omitempty"`
	// DeployDevToken deploys the mintable dev token (test networks only).
	DeployDevToken bool `json:"deployDevToken,omitempty"`
}

// Economics are the fee, stake and share parameters.
type Economics struct {
	FeePct                uint64      `json:"feePct" validate:"lte=100"`
	BurnPct               uint64      `json:"burnPct" validate:"lte=100"`
	ValidatorRewardPct    uint64      `json:"validatorRewardPct" validate:"lte=100"`
	ValidatorSlashingPct  uint64      `json:"validatorSlashingPct" validate:"lte=100"`
	JobStake              TokenAmount `json:"jobStake" validate:"required"`
	MinAgentStake         TokenAmount `json:"minAgentStake" validate:"required"`
	MinValidatorStake     TokenAmount `json:"minValidatorStake" validate:"required"`
	MaxActiveJobsPerAgent uint64      `json:"maxActiveJobsPerAgent" validate:"lte=1000"`
	UnbondingPeriod       Duration    `json:"unbondingPeriod" validate:"required,lte=31536000"`
}

// ValidationSettings are the committee and voting parameters.
type ValidationSettings struct {
	CommitWindow      Duration `json:"commitWindow" validate:"required,gte=60,lte=2592000"`
	RevealWindow      Duration `json:"revealWindow" validate:"required,gte=60,lte=2592000"`
	ValidatorsPerJob  uint64   `json:"validatorsPerJob" validate:"gte=1,lte=16"`
	ApprovalThreshold uint64   `json:"approvalThreshold" validate:"gte=1,lte=100"`
	RevealQuorumPct   uint64   `json:"revealQuorumPct" validate:"lte=100"`
	RevealQuorumMin   uint64   `json:"revealQuorumMin" validate:"lte=16"`
}

// IdentitySettings are the identity roots applied after deployment. ENS
// names default to agent.agi.eth and club.agi.eth; zero Merkle roots leave
// Merkle proofs switched off (allowlists are applied separately, from
// config/identity-registry.json).
type IdentitySettings struct {
	AgentRootName       string      `json:"agentRootName,omitempty" validate:"omitempty,fqdn"`
	ClubRootName        string      `json:"clubRootName,omitempty" validate:"omitempty,fqdn"`
	AgentMerkleRoot     common.Hash `json:"agentMerkleRoot,omitempty"`
	ValidatorMerkleRoot common.Hash `json:"validatorMerkleRoot,omitempty"`
}

// SecureDefaults are the launch safety settings.
type SecureDefaults struct {
	// PauseOnLaunch pauses every module at the end of the deployment, so
	// that nothing happens before governance has reviewed it and unpaused.
	PauseOnLaunch bool `json:"pauseOnLaunch"`
	// MaxJobReward caps the reward a single job may escrow (token units).
	MaxJobReward TokenAmount `json:"maxJobReward" validate:"required"`
	// MaxJobDuration caps the time between a job's creation and deadline.
	MaxJobDuration Duration `json:"maxJobDuration" validate:"required,gte=3600,lte=31536000"`
	// ExpirationGracePeriod is the wait after a deadline before a timeout,
	// and after completion before anyone may finalize.
	ExpirationGracePeriod Duration `json:"expirationGracePeriod" validate:"required,lte=2592000"`
}

// OutputPaths are where Deploy writes its files; empty fields take the
// defaults named on each.
type OutputPaths struct {
	// Manifest defaults to deployment-config/latest-deployment.json.
	Manifest string `json:"manifest,omitempty"`
	// State (the resumable progress record) defaults to the manifest path
	// with ".state.json" instead of ".json".
	State string `json:"state,omitempty"`
	// Env, when set, is the env file rewritten with the addresses.
	Env string `json:"env,omitempty"`
}

// DefaultManifestPath is where the manifest goes when the config names none.
const DefaultManifestPath = "deployment-config/latest-deployment.json"

// LoadDeployerConfig reads and checks a deployment config file. A
// *ConfigError lists every malformed, unknown or out-of-range field.
func LoadDeployerConfig(path string) (*DeployerConfig, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("governance: deployment config: %w", err)
	}
	c, err := ParseDeployerConfig(raw)
	if ce, ok := err.(*ConfigError); ok {
		ce.File = path
	}
	return c, err
}

// ParseDeployerConfig is LoadDeployerConfig on bytes.
func ParseDeployerConfig(raw []byte) (*DeployerConfig, error) {
	var c DeployerConfig
	probs := decodeStrict(raw, &c)
	bad := map[string]bool{}
	for _, p := range probs {
		bad[p.Field] = true
	}
	for _, p := range c.problems() {
		if !bad[p.Field] { // a malformed field is reported once, not also as missing
			probs = append(probs, p)
		}
	}
	if len(probs) > 0 {
		return nil, &ConfigError{Problems: probs}
	}
	return &c, nil
}

// Check reports every invalid field as a *ConfigError, or nil.
func (c *DeployerConfig) Check() error {
	if p := c.problems(); len(p) > 0 {
		return &ConfigError{Problems: p}
	}
	return nil
}

var maxUint96 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

func (c *DeployerConfig) problems() []FieldProblem {
	probs := validateStruct(c)
	switch {
	case c.Token.Address == (common.Address{}) && !c.Token.DeployDevToken:
		probs = append(probs, FieldProblem{"token", `missing; set "address" to the stake token, or "deployDevToken": true on a test network`})
	case c.Token.Address != (common.Address{}) && c.Token.DeployDevToken:
		probs = append(probs, FieldProblem{"token", `set only one of "address" and "deployDevToken"`})
	}
	amount := func(field string, t TokenAmount, positive bool) {
		if !t.IsSet() {
			return
		}
		if t.Wei().Cmp(maxUint96) > 0 {
			probs = append(probs, FieldProblem{field, fmt.Sprintf("%s tokens is above what the contracts store (about 79 billion); use a smaller amount", t)})
		} else if positive && t.Wei().Sign() == 0 {
			probs = append(probs, FieldProblem{field, "must be above 0"})
		}
	}
	amount("economics.jobStake", c.Economics.JobStake, false)
	amount("secureDefaults.maxJobReward", c.SecureDefaults.MaxJobReward, true)
	if c.Economics.FeePct+c.Economics.ValidatorRewardPct > 100 && c.Economics.FeePct <= 100 && c.Economics.ValidatorRewardPct <= 100 {
		probs = append(probs, FieldProblem{"economics.validatorRewardPct", fmt.Sprintf("feePct + validatorRewardPct = %d%%; keep the sum at most 100", c.Economics.FeePct+c.Economics.ValidatorRewardPct)})
	}
	if c.Validation.RevealQuorumMin > c.Validation.ValidatorsPerJob && c.Validation.RevealQuorumMin <= 16 && c.Validation.ValidatorsPerJob >= 1 {
		probs = append(probs, FieldProblem{"validation.revealQuorumMin", fmt.Sprintf("%d reveals can never happen with %d validators per job; use at most validatorsPerJob", c.Validation.RevealQuorumMin, c.Validation.ValidatorsPerJob)})
	}
	return probs
}

// Params converts the config into the deployer's parameters.
func (c *DeployerConfig) Params() deploy.Params {
	e, v, s := c.Economics, c.Validation, c.SecureDefaults
	return deploy.Params{
		FeePct:                e.FeePct,
		ValidatorRewardPct:    e.ValidatorRewardPct,
		JobStake:              e.JobStake.Wei(),
		MinAgentStake:         e.MinAgentStake.Wei(),
		MaxJobReward:          s.MaxJobReward.Wei(),
		JobDurationLimit:      s.MaxJobDuration.Std(),
		ExpirationGracePeriod: s.ExpirationGracePeriod.Std(),
		MaxActiveJobsPerAgent: e.MaxActiveJobsPerAgent,
		UnbondingPeriod:       e.UnbondingPeriod.Std(),
		CommitWindow:          v.CommitWindow.Std(),
		RevealWindow:          v.RevealWindow.Std(),
		ValidatorsPerJob:      v.ValidatorsPerJob,
		ApprovalThreshold:     v.ApprovalThreshold,
		ValidatorSlashingPct:  e.ValidatorSlashingPct,
		RevealQuorumPct:       v.RevealQuorumPct,
		RevealQuorumMin:       v.RevealQuorumMin,
		MinValidatorStake:     e.MinValidatorStake.Wei(),
		BurnPct:               e.BurnPct,
	}
}

// Options converts the config into contracts/deploy options (without
// Resume and Progress, which Deploy fills in).
func (c *DeployerConfig) Options() deploy.Options {
	p := c.Params()
	o := deploy.Options{Token: c.Token.Address, Params: &p, Governance: c.Governance.Address}
	if c.AllowedTokens != nil {
		o.AllowedTokens = append([]common.Address{}, c.AllowedTokens...)
	}
	return o
}

// DefaultDeployerConfig returns the config of a development deployment: a
// dev token, the deployer as governance (EOA), the deployer's default
// parameters, paused on launch.
func DefaultDeployerConfig(governance common.Address) *DeployerConfig {
	p := deploy.DefaultParams()
	return &DeployerConfig{
		Network:    "embedded",
		Governance: Governor{Address: governance, Kind: KindEOA},
		Token:      TokenConfig{DeployDevToken: true},
		Economics: Economics{
			FeePct: p.FeePct, BurnPct: p.BurnPct, ValidatorRewardPct: p.ValidatorRewardPct,
			ValidatorSlashingPct: p.ValidatorSlashingPct, JobStake: Wei(p.JobStake),
			MinAgentStake: Wei(p.MinAgentStake), MinValidatorStake: Wei(p.MinValidatorStake),
			MaxActiveJobsPerAgent: p.MaxActiveJobsPerAgent, UnbondingPeriod: Dur(p.UnbondingPeriod),
		},
		Validation: ValidationSettings{
			CommitWindow: Dur(p.CommitWindow), RevealWindow: Dur(p.RevealWindow),
			ValidatorsPerJob: p.ValidatorsPerJob, ApprovalThreshold: p.ApprovalThreshold,
			RevealQuorumPct: p.RevealQuorumPct, RevealQuorumMin: p.RevealQuorumMin,
		},
		SecureDefaults: SecureDefaults{
			PauseOnLaunch: true, MaxJobReward: Wei(p.MaxJobReward),
			MaxJobDuration: Dur(p.JobDurationLimit), ExpirationGracePeriod: Dur(p.ExpirationGracePeriod),
		},
		AllowedTokens: []common.Address{},
	}
}

// manifestPath returns the configured manifest path or the default.
func (o OutputPaths) manifestPath() string {
	if o.Manifest != "" {
		return o.Manifest
	}
	return DefaultManifestPath
}

// statePath returns the configured state path or the default beside the
// manifest.
func (o OutputPaths) statePath() string {
	if o.State != "" {
		return o.State
	}
	m := o.manifestPath()
	if len(m) > 5 && m[len(m)-5:] == ".json" {
		return m[:len(m)-5] + ".state.json"
	}
	return m + ".state"
}
