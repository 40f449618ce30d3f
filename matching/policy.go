package matching

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"github.com/go-playground/validator/v10"
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

// FieldError is one problem of a policy: the field as a JSON path and what
// to do about it.
type FieldError struct {
	// Field is the JSON path, e.g. "thresholds.minScore".
	Field string
	// Problem says what is wrong and how to fix it.
	Problem string
}

// ValidationError lists every problem found in a policy.
type ValidationError struct {
	// Source names the file (or "policy" for bytes and values).
	Source string
	// Fields holds one entry per problem.
	Fields []FieldError
}

// Error lists the problems.
func (e *ValidationError) Error() string {
	parts := make([]string, len(e.Fields))
	for i, f := range e.Fields {
		parts[i] = f.Field + ": " + f.Problem
	}
	return fmt.Sprintf("matching: invalid %s, %d problem(s): %s", e.Source, len(e.Fields), strings.Join(parts, "; "))
}

var uint256Pattern = regexp.MustCompile(`^(0|[1-9][0-9]{0,77})$`)

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

func parseUint256(s string) (*big.Int, bool) {
	if !uint256Pattern.MatchString(s) {
		return nil, false
	}
	n, ok := new(big.Int).SetString(s, 10)
	return n, ok && n.Cmp(maxUint256) <= 0
}

func newPolicyValidator() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			return ""
		}
		return name
	})
	_ = v.RegisterValidation("uint256", func(fl validator.FieldLevel) bool {
		_, ok := parseUint256(fl.Field().String())
		return ok
	})
	return v
}

func policyProblem(fe validator.FieldError) string {
	p := fe.Param()
	switch fe.Tag() {
	case "required":
		return "is required; set it"
	case "eq":
		return fmt.Sprintf("is %v; set it to %s", fe.Value(), p)
	case "gte":
		return fmt.Sprintf("is %v; it must be at least %s", fe.Value(), p)
	case "lte":
		return fmt.Sprintf("is %v; it must be at most %s", fe.Value(), p)
	case "max":
		if fe.Kind() == reflect.Slice {
			return fmt.Sprintf("has too many entries; keep at most %s", p)
		}
		return fmt.Sprintf("is too long; shorten it to at most %s characters", p)
	case "uint256":
		return fmt.Sprintf("is %q; write a decimal integer in the token's smallest unit (wei), without sign, decimals, leading zeros or exponent, e.g. \"1000000000000000000\" for 1 token of 18 decimals", fe.Value())
	}
	return fmt.Sprintf("fails the %q rule", fe.Tag())
}

// Validate checks every field of p and returns a *ValidationError listing all
// problems, or nil.
func (p *Policy) Validate() error {
	if f := p.problems(); len(f) > 0 {
		return &ValidationError{Source: "policy", Fields: f}
	}
	return nil
}

func (p *Policy) problems() []FieldError {
	var out []FieldError
	if err := newPolicyValidator().Struct(p); err != nil {
		var ves validator.ValidationErrors
		if !errors.As(err, &ves) {
			return []FieldError{{Field: "(policy)", Problem: err.Error()}}
		}
		for _, fe := range ves {
			field := fe.Namespace()
			if _, rest, ok := strings.Cut(field, "."); ok {
				field = rest
			}
			out = append(out, FieldError{Field: field, Problem: policyProblem(fe)})
		}
	}
	w := p.Weights
	for _, x := range []float64{w.Skills, w.Category, w.Reputation, w.Stake, w.Price} {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			out = append(out, FieldError{Field: "weights", Problem: "holds a value that is not a finite number; use numbers between 0 and 1000"})
			break
		}
	}
	if w.Skills+w.Category+w.Reputation+w.Stake+w.Price <= 0 {
		out = append(out, FieldError{Field: "weights", Problem: "are all zero; give at least one term a positive weight"})
	}
	th := &p.Thresholds
	if lo, ok := parseUint256(th.MinReward); ok {
		if hi, ok := parseUint256(th.MaxReward); ok && lo.Cmp(hi) > 0 {
			out = append(out, FieldError{Field: "thresholds.maxReward", Problem: fmt.Sprintf("is below minReward (%s); raise it or lower minReward", th.MinReward)})
		}
	}
	denied := map[string]bool{}
	for _, c := range th.DeniedCategories {
		denied[strings.ToLower(c)] = true
	}
	for i, c := range th.AllowedCategories {
		if denied[strings.ToLower(c)] {
			out = append(out, FieldError{Field: fmt.Sprintf("thresholds.allowedCategories[%d]", i), Problem: fmt.Sprintf("%q is also denied; keep it in one list", c)})
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
// once in a *ValidationError: unknown fields, a value of the wrong JSON type,
// and rule violations. Malformed JSON is reported alone.
func ParsePolicy(data []byte) (*Policy, error) { return parsePolicy("policy", data) }

func parsePolicy(source string, data []byte) (*Policy, error) {
	if !json.Valid(data) {
		var x any
		return nil, fmt.Errorf("matching: %s: malformed JSON: %w", source, json.Unmarshal(data, &x))
	}
	var p Policy
	ve := &ValidationError{Source: source}
	ve.Fields = unknownFields(data, reflect.TypeOf(p), "")
	typeErr := false
	if err := json.Unmarshal(data, &p); err != nil {
		var te *json.UnmarshalTypeError
		if !errors.As(err, &te) {
			return nil, fmt.Errorf("matching: %s: %w", source, err)
		}
		typeErr = true
		ve.Fields = append(ve.Fields, FieldError{Field: te.Field, Problem: fmt.Sprintf("is a JSON %s; write a %s", te.Value, jsonKind(te.Type))})
	}
	if !typeErr {
		ve.Fields = append(ve.Fields, p.problems()...)
	}
	if len(ve.Fields) > 0 {
		return nil, ve
	}
	return &p, nil
}

func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "string (amounts are decimal strings)"
	case reflect.Slice:
		return "list"
	case reflect.Struct, reflect.Map:
		return "object"
	case reflect.Bool:
		return "boolean"
	default:
		return "number"
	}
}

// unknownFields walks raw against t and reports every object key t has no
// field for.
func unknownFields(raw json.RawMessage, t reflect.Type, path string) []FieldError {
	raw = bytes.TrimSpace(raw)
	switch {
	case t.Kind() == reflect.Struct && len(raw) > 0 && raw[0] == '{':
		var obj map[string]json.RawMessage
		if json.Unmarshal(raw, &obj) != nil {
			return nil
		}
		fields := map[string]reflect.Type{}
		var known []string
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" || name == "-" || !f.IsExported() {
				continue
			}
			fields[name] = f.Type
			known = append(known, name)
		}
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		var out []FieldError
		for _, k := range keys {
			p := k
			if path != "" {
				p = path + "." + k
			}
			ft, ok := fields[k]
			if !ok {
				out = append(out, FieldError{Field: p, Problem: fmt.Sprintf("is not a known field; remove it or use one of: %s", strings.Join(known, ", "))})
				continue
			}
			out = append(out, unknownFields(obj[k], ft, p)...)
		}
		return out
	}
	return nil
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
