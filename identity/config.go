package identity

import (
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/go-playground/validator/v10"

	"github.com/agijobs/agijobs-go/input"
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

// invalidConfig reports the rejected fields of an identity config, named
// by their JSON paths, e.g. "agents.allowlist[2]": errors.As finds the
// input.Errors, errors.Is matches input.ErrInvalid.
func invalidConfig(source string, es input.Errors) error {
	return fmt.Errorf("identity: invalid %s: %w", source, es)
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
// reported at once as input.Errors: unknown fields, values of the
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
	if !typeErr {
		// A value of the wrong type leaves its field empty: checking the
		// rules would report it twice.
		probs = append(probs, c.problems()...)
	}
	if len(probs) > 0 {
		return nil, invalidConfig(source, probs)
	}
	return &c, nil
}

// Validate checks every field of c and returns the problems as
// input.Errors (wrapped with "identity config"), or nil.
func (c *RegistryConfig) Validate() error {
	if es := c.problems(); len(es) > 0 {
		return invalidConfig("identity config", es)
	}
	return nil
}

func (c *RegistryConfig) problems() input.Errors {
	out, err := configcheck.Check(newConfigValidator(), c, configProblem)
	if err != nil {
		return input.Errors{input.New("(config)", err.Error(), "")}
	}
	out = append(out, duplicates("attestors", c.Attestors)...)
	for _, r := range []struct {
		name string
		rc   *RoleConfig
	}{{"agents", &c.Agents}, {"validators", &c.Validators}} {
		out = append(out, duplicates(r.name+".allowlist", r.rc.Allowlist)...)
		if r.rc.MerkleRoot != "" && len(r.rc.MerkleMembers) > 0 {
			out.Add(r.name+".merkleRoot", "is set together with merkleMembers", "keep merkleMembers (the root is computed from them) or merkleRoot, not both")
		}
		seen := map[string]int{}
		for i, m := range r.rc.MerkleMembers {
			if addressProblem(m.Address) != "" {
				continue
			}
			k := strings.ToLower(m.Address)
			if j, ok := seen[k]; ok {
				out.Add(fmt.Sprintf("%s.merkleMembers[%d].address", r.name, i), fmt.Sprintf("repeats merkleMembers[%d]", j), "an address holds one label per tree; keep one entry")
				continue
			}
			seen[k] = i
		}
	}
	return out
}

func duplicates(field string, list []string) input.Errors {
	var out input.Errors
	seen := map[string]int{}
	for i, s := range list {
		k := strings.ToLower(s)
		if j, ok := seen[k]; ok {
			out.Add(fmt.Sprintf("%s[%d]", field, i), fmt.Sprintf("repeats %s[%d]", field, j), "remove the duplicate")
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
	if c == nil {
		return nil, input.New("identity.RegistryConfig", "is nil", "load it with identity.LoadRegistryConfig")
	}
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
