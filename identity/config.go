package identity

import (
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/go-playground/validator/v10"

	"github.com/agijobs/agijobs-go/internal/configcheck"
)

// ConfigVersion is the version of the identity config format this package
// reads.
const ConfigVersion = 1

// RegistryConfig is the desired identity state of a registry, as kept in
// config/identity-registry.json. Addresses and hashes are strings so that
// every bad value can be reported with its path; [RegistryConfig.Validate] checks
// them all.
//
// Lists are the complete desired sets: an address that is allowlisted or
// approved on chain but missing from the file is removed by [Client.Sync]
// (unless SyncOptions.KeepUnlisted is set). The Merkle root and the ENS root
// of a role are managed only when the file sets them.
type RegistryConfig struct {
	// Version is ConfigVersion.
	Version int `json:"version" validate:"eq=1"`
	// Agents is the agent side of the registry.
	Agents RoleConfig `json:"agents"`
	// Validators is the validator side of the registry.
	Validators RoleConfig `json:"validators"`
	// Attestors are the addresses allowed to attest identities.
	Attestors []string `json:"attestors" validate:"max=1000,dive,address"`
}

// RoleConfig is the desired state of one role.
type RoleConfig struct {
	// ENSRoot is the ENS name the role's labels live under, e.g.
	// "agent.agi.eth"; its namehash is the root node of attestations.
	// Empty leaves the root node as it is.
	ENSRoot string `json:"ensRoot,omitempty" validate:"omitempty,max=253,ensname"`
	// Allowlist are the addresses that pass without proof.
	Allowlist []string `json:"allowlist" validate:"max=10000,dive,address"`
	// MerkleRoot is the root to set, as 0x-prefixed 32-byte hex; the zero
	// root disables Merkle proofs. Set it or MerkleMembers, not both; with
	// neither the root is left as it is.
	MerkleRoot string `json:"merkleRoot,omitempty" validate:"omitempty,bytes32"`
	// MerkleMembers are the (address, label) pairs of the role's Merkle
	// tree; the root set on chain is the root of their tree ([NewTree]).
	MerkleMembers []MemberConfig `json:"merkleMembers,omitempty" validate:"max=1000000,dive"`
}

// MemberConfig is one Merkle member in the config file.
type MemberConfig struct {
	// Address is the member's account, 0x-prefixed hex.
	Address string `json:"address" validate:"required,address"`
	// Label is the single ENS label the account claims, e.g. "alice".
	Label string `json:"label" validate:"required,max=255,label"`
}

// FieldError is one problem of a config file: the field as a JSON path and
// what to do about it.
type FieldError struct {
	// Field is the JSON path, e.g. "agents.allowlist[2]".
	Field string
	// Problem says what is wrong and how to fix it.
	Problem string
}

// ValidationError lists every problem found in a config file.
type ValidationError struct {
	// Source names the file (or "identity config" for bytes).
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
	return fmt.Sprintf("identity: invalid %s, %d problem(s): %s", e.Source, len(e.Fields), strings.Join(parts, "; "))
}

var (
	addressPattern = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)
	bytes32Pattern = regexp.MustCompile(`^0x[0-9a-fA-F]{64}$`)
	ensNamePattern = regexp.MustCompile(`^[a-z0-9-]+(\.[a-z0-9-]+)*$`)
)

// addressProblem returns why s is not a usable address, or "".
func addressProblem(s string) string {
	switch {
	case !addressPattern.MatchString(s):
		return fmt.Sprintf("is %q; write a 0x-prefixed address of 40 hex digits", s)
	case common.HexToAddress(s) == (common.Address{}):
		return "is the zero address, which cannot act; remove it"
	case s[2:] != strings.ToLower(s[2:]) && s[2:] != strings.ToUpper(s[2:]) && common.HexToAddress(s).Hex() != s:
		return fmt.Sprintf("is %q, whose EIP-55 checksum is wrong (a typo?); the checksummed form of these digits is %s, or write it all lowercase", s, common.HexToAddress(s).Hex())
	}
	return ""
}

func newConfigValidator() *validator.Validate {
	v := configcheck.NewValidator(true)
	_ = v.RegisterValidation("address", func(fl validator.FieldLevel) bool { return addressProblem(fl.Field().String()) == "" })
	_ = v.RegisterValidation("bytes32", func(fl validator.FieldLevel) bool { return bytes32Pattern.MatchString(fl.Field().String()) })
	_ = v.RegisterValidation("ensname", func(fl validator.FieldLevel) bool { return ensNamePattern.MatchString(fl.Field().String()) })
	_ = v.RegisterValidation("label", func(fl validator.FieldLevel) bool {
		s := fl.Field().String()
		return !strings.Contains(s, ".") && strings.TrimSpace(s) == s
	})
	return v
}

func configProblem(fe validator.FieldError) string {
	switch fe.Tag() {
	case "address":
		return addressProblem(fmt.Sprint(fe.Value()))
	case "bytes32":
		return fmt.Sprintf("is %q; write a 0x-prefixed 32-byte hash (64 hex digits), or 0x followed by 64 zeros to disable Merkle proofs", fe.Value())
	case "ensname":
		return fmt.Sprintf("is %q; write a lowercase dot-separated ENS name such as agent.agi.eth", fe.Value())
	case "label":
		return fmt.Sprintf("is %q; write one ENS label without dots or surrounding spaces, e.g. \"alice\" for alice.agent.agi.eth", fe.Value())
	}
	return configcheck.Generic(fe)
}

// LoadRegistryConfig reads and validates the identity config at path.
func LoadRegistryConfig(path string) (*RegistryConfig, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("identity: read config: %w", err)
	}
	c, err := parseConfig(path, b)
	if err != nil {
		return nil, err
	}
	return c, nil
}

// ParseRegistryConfig decodes and validates an identity config. Every problem is
// reported at once in a *ValidationError: unknown fields, values of the
// wrong JSON type, rule violations, duplicates and bad Merkle members.
// Malformed JSON is reported alone.
func ParseRegistryConfig(data []byte) (*RegistryConfig, error) {
	return parseConfig("identity config", data)
}

func parseConfig(source string, data []byte) (*RegistryConfig, error) {
	var c RegistryConfig
	probs, typeErr, err := configcheck.Decode(data, &c, "")
	if err != nil {
		return nil, fmt.Errorf("identity: %s: %w", source, err)
	}
	ve := &ValidationError{Source: source, Fields: fieldErrors(probs)}
	if !typeErr {
		// A value of the wrong type leaves its field empty: checking the
		// rules would report it twice.
		ve.Fields = append(ve.Fields, c.problems()...)
	}
	if len(ve.Fields) > 0 {
		return nil, ve
	}
	return &c, nil
}

func fieldErrors(probs []configcheck.Problem) []FieldError {
	out := make([]FieldError, len(probs))
	for i, p := range probs {
		out[i] = FieldError{Field: p.Field, Problem: p.Problem}
	}
	return out
}

// Validate checks every field of c and returns a *ValidationError listing all
// problems, or nil.
func (c *RegistryConfig) Validate() error {
	if p := c.problems(); len(p) > 0 {
		return &ValidationError{Source: "identity config", Fields: p}
	}
	return nil
}

func (c *RegistryConfig) problems() []FieldError {
	probs, err := configcheck.Check(newConfigValidator(), c, configProblem)
	if err != nil {
		return []FieldError{{Field: "(config)", Problem: err.Error()}}
	}
	out := fieldErrors(probs)
	out = append(out, duplicates("attestors", c.Attestors)...)
	for _, r := range []struct {
		name string
		rc   *RoleConfig
	}{{"agents", &c.Agents}, {"validators", &c.Validators}} {
		out = append(out, duplicates(r.name+".allowlist", r.rc.Allowlist)...)
		if r.rc.MerkleRoot != "" && len(r.rc.MerkleMembers) > 0 {
			out = append(out, FieldError{Field: r.name + ".merkleRoot", Problem: "is set together with merkleMembers; keep merkleMembers (the root is computed from them) or merkleRoot, not both"})
		}
		seen := map[string]int{}
		for i, m := range r.rc.MerkleMembers {
			if addressProblem(m.Address) != "" {
				continue
			}
			k := strings.ToLower(m.Address)
			if j, ok := seen[k]; ok {
				out = append(out, FieldError{
					Field:   fmt.Sprintf("%s.merkleMembers[%d].address", r.name, i),
					Problem: fmt.Sprintf("repeats merkleMembers[%d]; an address holds one label per tree, keep one entry", j),
				})
				continue
			}
			seen[k] = i
		}
	}
	return out
}

func duplicates(field string, list []string) []FieldError {
	var out []FieldError
	seen := map[string]int{}
	for i, s := range list {
		k := strings.ToLower(s)
		if j, ok := seen[k]; ok {
			out = append(out, FieldError{Field: fmt.Sprintf("%s[%d]", field, i), Problem: fmt.Sprintf("repeats %s[%d]; remove the duplicate", field, j)})
			continue
		}
		seen[k] = i
	}
	return out
}

// desiredRole is a RoleConfig resolved into chain values.
type desiredRole struct {
	allowlist  []common.Address
	merkleRoot *common.Hash // nil = not managed
	tree       *Tree        // set when the root comes from members
	rootNode   *common.Hash // nil = not managed
	ensRoot    string
}

func (rc *RoleConfig) resolve() (desiredRole, error) {
	var d desiredRole
	for _, s := range rc.Allowlist {
		d.allowlist = append(d.allowlist, common.HexToAddress(s))
	}
	switch {
	case len(rc.MerkleMembers) > 0:
		ms := make([]Member, len(rc.MerkleMembers))
		for i, m := range rc.MerkleMembers {
			ms[i] = Member{Address: common.HexToAddress(m.Address), Label: m.Label}
		}
		t, err := NewTree(ms)
		if err != nil {
			return d, err
		}
		root := t.Root()
		d.tree, d.merkleRoot = t, &root
	case rc.MerkleRoot != "":
		root := common.HexToHash(rc.MerkleRoot)
		d.merkleRoot = &root
	}
	if rc.ENSRoot != "" {
		n := Namehash(rc.ENSRoot)
		d.rootNode, d.ensRoot = &n, rc.ENSRoot
	}
	return d, nil
}

// Tree returns the Merkle tree of role built from the config's members, or
// nil when the config gives no members for the role. Use it to hand every
// member its proof.
func (c *RegistryConfig) Tree(role Role) (*Tree, error) {
	rc := c.role(role)
	if rc == nil {
		return nil, role.check()
	}
	d, err := rc.resolve()
	return d.tree, err
}

func (c *RegistryConfig) role(role Role) *RoleConfig {
	switch role {
	case RoleAgent:
		return &c.Agents
	case RoleValidator:
		return &c.Validators
	}
	return nil
}
