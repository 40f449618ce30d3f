package governance

import (
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/contracts"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/units"
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
	// allowlist for the chain (contracts/tokens/allowlist.json, with its
	// limits), an empty list applies none.
	AllowedTokens []common.Address `json:"allowedTokens" validate:"omitempty,unique,dive,required"`
	// TokenLimits are the reward limits and agent stake fraction of allowed
	// tokens, by token address (JobRegistry.setTokenConfig right after the
	// token is allowlisted). Each field set overrides the token's
	// contracts/tokens/allowlist.json entry (when allowedTokens is absent);
	// what neither sets is one whole token as the floor, no ceiling and
	// economics.jobStakeBps.
	TokenLimits map[common.Address]TokenLimits `json:"tokenLimits,omitempty" validate:"omitempty,dive"`
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
	Kind deployment.Kind `json:"kind" validate:"required,oneof=eoa safe timelock"`
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

// TokenLimits are the reward limits and agent stake fraction of one escrow
// token (JobRegistry.setTokenConfig), amounts in whole units of that token
// ("1" is one USDC), converted with the decimals the token reports.
type TokenLimits struct {
	// MinReward is the smallest reward a job in the token may escrow: the
	// dust floor, which must pay every committee seat. Unset means one whole
	// token when deploying, and "leave as it is" in owner plans.
	MinReward Units `json:"minReward,omitzero"`
	// MaxReward is the largest reward. Unset means no limit when deploying,
	// and "leave as it is" in owner plans.
	MaxReward Units `json:"maxReward,omitzero"`
	// StakeBps is the agent job stake per reward in basis points (500 =
	// 5%); unset means jobStakeBps.
	StakeBps *uint64 `json:"stakeBps,omitempty" validate:"omitempty,lte=10000"`
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
	// JobStakeBps is the agent job stake per reward in basis points of the
	// reward (scaled to 18 decimals): a job locks max(jobStake, reward *
	// jobStakeBps / 10000) of its agent's stake. It applies to the stake
	// token and every allowed token without its own stakeBps; absent means
	// 500 (5%, the contract default).
	JobStakeBps *uint64 `json:"jobStakeBps,omitempty" validate:"omitempty,lte=10000"`
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
	// MaxJobReward caps the reward a single job in the stake token may
	// escrow (token units).
	MaxJobReward TokenAmount `json:"maxJobReward" validate:"required"`
	// MinJobReward is the smallest reward a job in the stake token may
	// escrow (token units): the dust floor, which must pay every committee
	// seat (minJobReward * validatorRewardPct / 100 / validatorsPerJob above
	// zero). Absent means 1 token.
	MinJobReward TokenAmount `json:"minJobReward,omitzero"`
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

// LoadDeployerConfig reads and checks a deployment config file. Every
// malformed, unknown or out-of-range field is reported at once as
// input.Errors, wrapped with the file's path.
func LoadDeployerConfig(path string) (*DeployerConfig, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("governance: deployment config: %w", err)
	}
	c, err := ParseDeployerConfig(raw)
	if err != nil {
		return nil, fmt.Errorf("governance: %s: %w", path, err)
	}
	return c, nil
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
		return nil, probs
	}
	return &c, nil
}

// Check reports every invalid field as input.Errors, or nil.
func (c *DeployerConfig) Check() error {
	if c == nil {
		return input.New("governance.DeployerConfig", "is nil", "load it with governance.LoadDeployerConfig or start from DefaultDeployerConfig")
	}
	return c.problems().Err()
}

var (
	maxUint96 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
	// maxReward is the largest reward limit JobRegistry stores (2^104-1).
	maxReward = deploy.MaxReward
)

func (c *DeployerConfig) problems() input.Errors {
	probs := validateStruct(c)
	switch {
	case c.Token.Address == (common.Address{}) && !c.Token.DeployDevToken:
		probs = append(probs, problem("token", `missing; set "address" to the stake token, or "deployDevToken": true on a test network`))
	case c.Token.Address != (common.Address{}) && c.Token.DeployDevToken:
		probs = append(probs, problem("token", `set only one of "address" and "deployDevToken"`))
	}
	amount := func(field string, t TokenAmount, limit *big.Int, about string, positive bool) bool {
		if !t.IsSet() {
			return false
		}
		if t.Wei().Cmp(limit) > 0 {
			probs = append(probs, problem(field, fmt.Sprintf("%s tokens is above what the contracts store (about %s); use a smaller amount", t, about)))
			return false
		} else if positive && t.Wei().Sign() == 0 {
			probs = append(probs, problem(field, "must be above 0"))
			return false
		}
		return true
	}
	amount("economics.jobStake", c.Economics.JobStake, maxUint96, "79 billion", false)
	maxOK := amount("secureDefaults.maxJobReward", c.SecureDefaults.MaxJobReward, maxReward, "20 trillion", true)
	e, v := c.Economics, c.Validation
	if e.FeePct+e.ValidatorRewardPct > 100 && e.FeePct <= 100 && e.ValidatorRewardPct <= 100 {
		probs = append(probs, problem("economics.validatorRewardPct", fmt.Sprintf("feePct + validatorRewardPct = %d%%; keep the sum at most 100", e.FeePct+e.ValidatorRewardPct)))
	}
	if v.RevealQuorumMin > v.ValidatorsPerJob && v.RevealQuorumMin <= 16 && v.ValidatorsPerJob >= 1 {
		probs = append(probs, problem("validation.revealQuorumMin", fmt.Sprintf("%d reveals can never happen with %d validators per job; use at most validatorsPerJob", v.RevealQuorumMin, v.ValidatorsPerJob)))
	}
	// The reward floor of the stake token must pay every committee seat.
	minR := c.SecureDefaults.MinJobReward
	minOK := amount("secureDefaults.minJobReward", minR, maxReward, "20 trillion", true)
	if !minR.IsSet() {
		minR, minOK = MustTokens("1"), true
	}
	if minOK && maxOK && minR.Wei().Cmp(c.SecureDefaults.MaxJobReward.Wei()) > 0 {
		probs = append(probs, problem("secureDefaults.minJobReward", fmt.Sprintf("%s tokens is above maxJobReward (%s); lower it or raise maxJobReward", minR, c.SecureDefaults.MaxJobReward)))
	} else if minOK && e.ValidatorRewardPct <= 100 && v.ValidatorsPerJob >= 1 && v.ValidatorsPerJob <= 16 {
		if p, ok := seatPayProblem("secureDefaults.minJobReward", "economics.validatorRewardPct", minR.Wei(), TokenDecimals, e.ValidatorRewardPct, v.ValidatorsPerJob); !ok {
			probs = append(probs, p)
		}
	}
	// Per-token limits: for allowed tokens other than the stake token.
	allowed := map[common.Address]bool{}
	for _, t := range c.AllowedTokens {
		allowed[t] = true
	}
	if c.AllowedTokens == nil && c.ChainID != 0 {
		for _, t := range contracts.DefaultAllowlist(new(big.Int).SetUint64(c.ChainID)) {
			allowed[t] = true
		}
	}
	for _, t := range sortedAddrs(c.TokenLimits) {
		field := "tokenLimits." + t.Hex()
		l := c.TokenLimits[t]
		switch {
		case t == (common.Address{}):
			probs = append(probs, problem(field, "is the zero address; key each entry by the token's contract address"))
			continue
		case t == c.Token.Address:
			probs = append(probs, problem(field, "is the stake token; set its limits with secureDefaults.minJobReward, secureDefaults.maxJobReward and economics.jobStakeBps"))
			continue
		case c.AllowedTokens != nil && !allowed[t]:
			probs = append(probs, problem(field, "is not in allowedTokens; add the token there or drop the entry"))
			continue
		case c.AllowedTokens == nil && c.ChainID != 0 && !allowed[t]:
			probs = append(probs, problem(field, fmt.Sprintf("is not in the committed allowlist of chain %d (allowedTokens is absent); list the tokens in allowedTokens", c.ChainID)))
			continue
		}
		probs = append(probs, l.problems(field)...)
	}
	return probs
}

// problems checks the limits that do not depend on the token's decimals.
func (l TokenLimits) problems(field string) input.Errors {
	var probs input.Errors
	if l.MinReward.IsSet() && l.MinReward.rat().Sign() == 0 {
		probs = append(probs, problem(field+".minReward", `is 0; JobRegistry refuses a zero floor: give the smallest reward a job must escrow, e.g. "1"`))
	}
	if l.MinReward.IsSet() && l.MaxReward.IsSet() && l.MaxReward.rat().Cmp(l.MinReward.rat()) < 0 {
		probs = append(probs, problem(field+".maxReward", fmt.Sprintf("%s is below minReward %s; raise it or lower minReward", l.MaxReward, l.MinReward)))
	}
	return probs
}

// seatPayProblem reports a reward floor that pays a committee seat nothing,
// naming the floor's field (or the validator reward's when that is 0).
func seatPayProblem(minField, pctField string, minReward *big.Int, decimals uint8, pct, perJob uint64) (*input.Error, bool) {
	if deploy.SeatPay(minReward, pct, perJob).Sign() > 0 {
		return nil, true
	}
	need := deploy.MinRewardForSeatPay(pct, perJob)
	if need == nil {
		return problem(pctField, "is 0: no job pays its committee, yet a member who skips a vote is slashed; give 1..100"), false
	}
	return problem(minField, fmt.Sprintf("%s pays each of the %d committee seats 0 at %d%% validator reward; raise it to at least %s",
		units.Format(minReward, decimals), perJob, pct, units.Format(need, decimals))), false
}

// Params converts the config into the deployer's parameters.
func (c *DeployerConfig) Params() deploy.Params {
	if c == nil {
		return deploy.Params{}
	}
	e, v, s := c.Economics, c.Validation, c.SecureDefaults
	p := deploy.Params{
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
		MinJobReward:          deploy.Ether(1),
		JobStakeBps:           deploy.DefaultStakeBps,
	}
	if s.MinJobReward.IsSet() {
		p.MinJobReward = s.MinJobReward.Wei()
	}
	if e.JobStakeBps != nil {
		p.JobStakeBps = *e.JobStakeBps
	}
	if len(c.TokenLimits) > 0 {
		p.TokenLimits = map[common.Address]deploy.TokenLimits{}
		for t, l := range c.TokenLimits {
			p.TokenLimits[t] = deploy.TokenLimits{MinReward: l.MinReward.s, MaxReward: l.MaxReward.s, StakeBps: l.StakeBps}
		}
	}
	return p
}

// Options converts the config into contracts/deploy options (without
// Resume and Progress, which Deploy fills in).
func (c *DeployerConfig) Options() deploy.Options {
	if c == nil {
		return deploy.Options{}
	}
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
		Governance: Governor{Address: governance, Kind: deployment.KindEOA},
		Token:      TokenConfig{DeployDevToken: true},
		Economics: Economics{
			FeePct: p.FeePct, BurnPct: p.BurnPct, ValidatorRewardPct: p.ValidatorRewardPct,
			ValidatorSlashingPct: p.ValidatorSlashingPct, JobStake: Wei(p.JobStake),
			MinAgentStake: Wei(p.MinAgentStake), MinValidatorStake: Wei(p.MinValidatorStake),
			MaxActiveJobsPerAgent: p.MaxActiveJobsPerAgent, UnbondingPeriod: Dur(p.UnbondingPeriod),
			JobStakeBps: ptr(p.JobStakeBps),
		},
		Validation: ValidationSettings{
			CommitWindow: Dur(p.CommitWindow), RevealWindow: Dur(p.RevealWindow),
			ValidatorsPerJob: p.ValidatorsPerJob, ApprovalThreshold: p.ApprovalThreshold,
			RevealQuorumPct: p.RevealQuorumPct, RevealQuorumMin: p.RevealQuorumMin,
		},
		SecureDefaults: SecureDefaults{
			PauseOnLaunch: true, MaxJobReward: Wei(p.MaxJobReward), MinJobReward: Wei(p.MinJobReward),
			MaxJobDuration: Dur(p.JobDurationLimit), ExpirationGracePeriod: Dur(p.ExpirationGracePeriod),
		},
		AllowedTokens: []common.Address{},
	}
}
