package matching

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"strings"

	"github.com/go-playground/validator/v10"

	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/configcheck"
)

// PolicyVersion is the version of the policy format this package reads.
const PolicyVersion = 1

// Policy says how jobs and agents are matched: the weights of the score
// terms and the thresholds a match must pass. It is what
// config/policies.default.json holds. Amounts are decimal strings of the
// token's smallest unit (wei for 18-decimal tokens), so that they keep full
// precision; an empty amount means "no limit".
//
// A Policy is a plain value: Rank and Score read it and never change it, so
// one Policy may serve many goroutines.
type Policy struct {
	// Version is PolicyVersion.
	Version int `json:"version" validate:"eq=1"`
	// Weights are the relative weights of the score terms; they are
	// normalised to sum to 1, so only their ratios matter.
	Weights Weights `json:"weights"`
	// ReputationTarget is the ReputationEngine score at which the
	// reputation term reaches 1 (it grows linearly up to it); empty or "0"
	// gives every agent a full reputation term.
	ReputationTarget string `json:"reputationTarget,omitempty" validate:"omitempty,uint256"`
	// StakeTarget is the agent stake at which the stake term reaches 1; the
	// job's own stake requirement raises it when larger. Empty or "0" with
	// no job requirement gives every agent a full stake term.
	StakeTarget string `json:"stakeTarget,omitempty" validate:"omitempty,uint256"`
	// Thresholds are the hard limits of a match.
	Thresholds Thresholds `json:"thresholds"`
}

// Weights are the relative weights of the five score terms. Each is at
// least 0 and at most 1000, and at least one is positive.
type Weights struct {
	// Skills weighs the share of the job's skills the agent has.
	Skills float64 `json:"skills" validate:"gte=0,lte=1000"`
	// Category weighs whether the agent works in the job's category.
	Category float64 `json:"category" validate:"gte=0,lte=1000"`
	// Reputation weighs the agent's ReputationEngine score.
	Reputation float64 `json:"reputation" validate:"gte=0,lte=1000"`
	// Stake weighs how well the agent's stake covers the stake target.
	Stake float64 `json:"stake" validate:"gte=0,lte=1000"`
	// Price weighs how much of the reward is left after the agent's price
	// per unit of work: 1 - price*units/reward.
	Price float64 `json:"price" validate:"gte=0,lte=1000"`
}

// Thresholds are the limits a match must pass to qualify.
type Thresholds struct {
	// MinScore is the lowest total score (0..1) that qualifies.
	MinScore float64 `json:"minScore" validate:"gte=0,lte=1"`
	// MinReputation is the lowest ReputationEngine score that qualifies.
	MinReputation string `json:"minReputation,omitempty" validate:"omitempty,uint256"`
	// AllowedCategories, when not empty, are the only job categories
	// matched (compared without regard to case).
	AllowedCategories []string `json:"allowedCategories,omitempty" validate:"max=256,dive,required,max=64"`
	// DeniedCategories are job categories never matched.
	DeniedCategories []string `json:"deniedCategories,omitempty" validate:"max=256,dive,required,max=64"`
	// MinReward is the smallest job reward matched.
	MinReward string `json:"minReward,omitempty" validate:"omitempty,uint256"`
	// MaxReward is the largest job reward matched (a budget cap).
	MaxReward string `json:"maxReward,omitempty" validate:"omitempty,uint256"`
	// MaxPricePerUnit is the highest agent price per unit of work matched
	// (a budget cap).
	MaxPricePerUnit string `json:"maxPricePerUnit,omitempty" validate:"omitempty,uint256"`
}

// invalidPolicy reports the rejected fields of a policy, named by their
// JSON paths, e.g. "thresholds.minScore": errors.As finds the
// input.Errors, errors.Is matches input.ErrInvalid.
func invalidPolicy(source string, es input.Errors) error {
	return fmt.Errorf("matching: invalid %s: %w", source, es)
}

func parseUint256(s string) (*big.Int, bool) { return configcheck.ParseUint256(s) }

func newPolicyValidator() *validator.Validate {
	v := configcheck.NewValidator(true)
	_ = v.RegisterValidation("uint256", func(fl validator.FieldLevel) bool {
		_, ok := parseUint256(fl.Field().String())
		return ok
	})
	return v
}

func policyProblem(fe validator.FieldError) string {
	if fe.Tag() == "uint256" {
		return fmt.Sprintf("is %q; write a decimal integer in the token's smallest unit (wei), without sign, decimals, leading zeros or exponent, e.g. \"1000000000000000000\" for 1 token of 18 decimals", fe.Value())
	}
	return configcheck.Generic(fe)
}

// Validate checks every field of p and returns the problems as input.Errors
// (wrapped with "policy"), or nil.
func (p *Policy) Validate() error {
	if es := p.problems(); len(es) > 0 {
		return invalidPolicy("policy", es)
	}
	return nil
}

func (p *Policy) problems() input.Errors {
	out, err := configcheck.Check(newPolicyValidator(), p, policyProblem)
	if err != nil {
		return input.Errors{input.New("(policy)", err.Error(), "")}
	}
	w := p.Weights
	for _, x := range []float64{w.Skills, w.Category, w.Reputation, w.Stake, w.Price} {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			out.Add("weights", "holds a value that is not a finite number", "use numbers between 0 and 1000")
			break
		}
	}
	if w.Skills+w.Category+w.Reputation+w.Stake+w.Price <= 0 {
		out.Add("weights", "are all zero", "give at least one term a positive weight")
	}
	th := &p.Thresholds
	if lo, ok := parseUint256(th.MinReward); ok {
		if hi, ok := parseUint256(th.MaxReward); ok && lo.Cmp(hi) > 0 {
			out.Add("thresholds.maxReward", fmt.Sprintf("is below minReward (%s)", th.MinReward), "raise it or lower minReward")
		}
	}
	denied := map[string]bool{}
	for _, c := range th.DeniedCategories {
		denied[strings.ToLower(c)] = true
	}
	for i, c := range th.AllowedCategories {
		if denied[strings.ToLower(c)] {
			out.Add(fmt.Sprintf("thresholds.allowedCategories[%d]", i), fmt.Sprintf("%q is also denied", c), "keep it in one list")
		}
	}
	return out
}

// LoadPolicy reads and validates the policy file at path.
func LoadPolicy(path string) (*Policy, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("matching: read policy: %w", err)
	}
	return parsePolicy(path, b)
}

// ParsePolicy decodes and validates a policy. Every problem is reported at
// once as input.Errors: unknown fields, a value of the wrong JSON type,
// and rule violations. Malformed JSON is reported alone.
func ParsePolicy(data []byte) (*Policy, error) { return parsePolicy("policy", data) }

func parsePolicy(source string, data []byte) (*Policy, error) {
	var p Policy
	probs, typeErr, err := configcheck.Decode(data, &p, "string (amounts are decimal strings)")
	if err != nil {
		return nil, fmt.Errorf("matching: %s: %w", source, err)
	}
	if !typeErr {
		probs = append(probs, p.problems()...)
	}
	if len(probs) > 0 {
		return nil, invalidPolicy(source, probs)
	}
	return &p, nil
}

// compiled is a validated Policy in the form scoring uses.
type compiled struct {
	w                                      [numTerms]float64 // normalised
	repTarget, stakeTarget                 *big.Int          // nil = 0
	minScore                               float64
	minRep, minReward, maxReward, maxPrice *big.Int        // nil = no limit
	allowed, denied                        map[string]bool // lower case
}

func (p *Policy) compile() (*compiled, error) {
	if p == nil {
		return nil, errors.New("matching: nil policy; load one with LoadPolicy")
	}
	// Check what scoring relies on without the validator (which costs
	// hundreds of allocations); on any doubt, Validate reports in full.
	w := p.Weights
	sum := w.Skills + w.Category + w.Reputation + w.Stake + w.Price
	sane := sum > 0 && !math.IsInf(sum, 0) && !math.IsNaN(sum) && p.Thresholds.MinScore >= 0 && p.Thresholds.MinScore <= 1
	for _, x := range []float64{w.Skills, w.Category, w.Reputation, w.Stake, w.Price} {
		sane = sane && x >= 0 && x <= 1000
	}
	th := &p.Thresholds
	var amounts [6]*big.Int // nil = empty, no limit
	for i, a := range [6]string{p.ReputationTarget, p.StakeTarget, th.MinReputation, th.MinReward, th.MaxReward, th.MaxPricePerUnit} {
		if a == "" {
			continue
		}
		n, ok := parseUint256(a)
		sane = sane && ok
		amounts[i] = n
	}
	if !sane {
		if err := p.Validate(); err != nil {
			return nil, err
		}
	}
	c := &compiled{
		w:        [numTerms]float64{w.Skills / sum, w.Category / sum, w.Reputation / sum, w.Stake / sum, w.Price / sum},
		minScore: p.Thresholds.MinScore,
	}
	c.repTarget, c.stakeTarget = amounts[0], amounts[1]
	c.minRep, c.minReward, c.maxReward, c.maxPrice = amounts[2], amounts[3], amounts[4], amounts[5]
	if len(th.AllowedCategories) > 0 {
		c.allowed = map[string]bool{}
		for _, s := range th.AllowedCategories {
			c.allowed[strings.ToLower(strings.TrimSpace(s))] = true
		}
	}
	c.denied = map[string]bool{}
	for _, s := range th.DeniedCategories {
		c.denied[strings.ToLower(strings.TrimSpace(s))] = true
	}
	return c, nil
}
