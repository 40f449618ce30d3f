package contracts

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/internal/units"
)

//go:embed artifacts/*.json
var artifactFS embed.FS

//go:embed tokens/allowlist.json
var allowlistJSON []byte

// Artifact is one compiled contract as written by `make generate`.
type Artifact struct {
	ContractName     string          `json:"contractName"`
	SourceName       string          `json:"sourceName"`
	ABI              json.RawMessage `json:"abi"`
	Bytecode         string          `json:"bytecode"`
	DeployedBytecode string          `json:"deployedBytecode"`
	StorageLayout    StorageLayout   `json:"storageLayout"`
}

// StorageLayout is solc's storage layout of a contract plus the layout of every
// ERC-7201 namespace the contract (or one of its bases in this repository)
// declares.
type StorageLayout struct {
	Storage    []StorageEntry         `json:"storage"`
	Types      map[string]StorageType `json:"types"`
	Namespaces []Namespace            `json:"namespaces"`
}

// Namespace is the layout of one ERC-7201 namespaced struct.
type Namespace struct {
	// ID is the namespace id, e.g. "agijobs.storage.JobRegistry".
	ID string `json:"id"`
	// Struct is the Solidity struct, e.g. "JobRegistry.Layout".
	Struct  string                 `json:"struct"`
	Members []StorageEntry         `json:"members"`
	Types   map[string]StorageType `json:"types"`
}

// StorageEntry is one variable or struct member: its slot (relative to the
// namespace root for namespace members), byte offset and type id.
type StorageEntry struct {
	Label  string `json:"label"`
	Slot   string `json:"slot"`
	Offset int    `json:"offset"`
	Type   string `json:"type"`
}

// StorageType describes a type id of a storage layout.
type StorageType struct {
	Label         string         `json:"label"`
	Encoding      string         `json:"encoding"`
	NumberOfBytes string         `json:"numberOfBytes"`
	Key           string         `json:"key,omitempty"`
	Value         string         `json:"value,omitempty"`
	Base          string         `json:"base,omitempty"`
	Members       []StorageEntry `json:"members,omitempty"`
}

// LoadArtifact returns the compiled artifact of the named contract
// (e.g. "JobRegistry"), embedded in the binary at build time.
func LoadArtifact(name string) (*Artifact, error) {
	raw, err := artifactFS.ReadFile("artifacts/" + name + ".json")
	if err != nil {
		return nil, fmt.Errorf("contracts: no artifact for %q: %w", name, err)
	}
	var a Artifact
	if err := json.Unmarshal(raw, &a); err != nil {
		return nil, fmt.Errorf("contracts: artifact %q: %w", name, err)
	}
	return &a, nil
}

// ArtifactNames lists the embedded artifacts, sorted.
func ArtifactNames() []string {
	entries, _ := fs.ReadDir(artifactFS, "artifacts")
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".json"))
	}
	return names
}

// AllowlistEntry is one token of contracts/tokens/allowlist.json: where it
// lives and the limits the deployer gives it (JobRegistry.setTokenConfig)
// when it allowlists it.
type AllowlistEntry struct {
	Symbol  string         `json:"symbol"`
	ChainID uint64         `json:"chainId"`
	Address common.Address `json:"address"`
	// MinReward is the smallest reward a job in this token may escrow, in
	// whole token units as a decimal string ("1" is one USDC); the deployer
	// converts it with the decimals the token reports on chain. It is the
	// dust floor: a job at the floor must still pay each committee seat.
	MinReward string `json:"minReward"`
	// MaxReward is the largest reward, in the same units; empty means no
	// limit below the contract's 2^104-1 smallest units.
	MaxReward string `json:"maxReward,omitempty"`
	// StakeBps is the agent job stake per reward in basis points (10000 =
	// 100%); absent means the deployment's default (DEFAULT_STAKE_BPS, 500).
	StakeBps *uint64 `json:"stakeBps,omitempty"`
}

// ParseAllowlist parses an allowlist file in the format of
// contracts/tokens/allowlist.json. Unknown fields, a missing address, chain
// id or minReward, malformed amounts, minReward above maxReward, stakeBps
// above 10000 and a token listed twice for one chain are refused, each
// error naming the entry and the fix.
func ParseAllowlist(raw []byte) ([]AllowlistEntry, error) {
	var f struct {
		Description string           `json:"description"`
		Tokens      []AllowlistEntry `json:"tokens"`
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("contracts: token allowlist: %w", err)
	}
	seen := map[string]int{}
	for i, t := range f.Tokens {
		at := fmt.Sprintf("contracts: token allowlist: tokens[%d]", i)
		if t.Address == (common.Address{}) {
			return nil, fmt.Errorf("%s.address is missing or zero; give the token contract address", at)
		}
		if t.ChainID == 0 {
			return nil, fmt.Errorf("%s.chainId is missing; give the chain id the address is valid on", at)
		}
		key := fmt.Sprintf("%d/%s", t.ChainID, t.Address.Hex())
		if j, ok := seen[key]; ok {
			return nil, fmt.Errorf("%s repeats tokens[%d] (%s on chain %d); keep one entry per token and chain", at, j, t.Address.Hex(), t.ChainID)
		}
		seen[key] = i
		minR, err := units.Parse(t.MinReward, units.MaxDecimals)
		switch {
		case t.MinReward == "":
			return nil, fmt.Errorf(`%s.minReward is missing; give the smallest reward in whole tokens as a string, e.g. "1"`, at)
		case err != nil:
			return nil, fmt.Errorf("%s.minReward: %w", at, err)
		case minR.Sign() == 0:
			return nil, fmt.Errorf(`%s.minReward is 0; a job must pay its committee, give e.g. "1"`, at)
		}
		if t.MaxReward != "" {
			maxR, err := units.Parse(t.MaxReward, units.MaxDecimals)
			if err != nil {
				return nil, fmt.Errorf("%s.maxReward: %w", at, err)
			}
			if maxR.Cmp(minR) < 0 {
				return nil, fmt.Errorf("%s.maxReward %s is below minReward %s; raise maxReward or omit it", at, t.MaxReward, t.MinReward)
			}
		}
		if t.StakeBps != nil && *t.StakeBps > 10_000 {
			return nil, fmt.Errorf("%s.stakeBps = %d is above 10000 (100%%); give basis points 0..10000", at, *t.StakeBps)
		}
	}
	return f.Tokens, nil
}

// DefaultAllowlist returns the addresses of the committed allowlist
// (contracts/tokens/allowlist.json) that apply to chainID.
func DefaultAllowlist(chainID *big.Int) []common.Address {
	var out []common.Address
	for _, e := range DefaultAllowlistEntries(chainID) {
		out = append(out, e.Address)
	}
	return out
}

// DefaultAllowlistEntries returns the entries of the committed allowlist
// that apply to chainID, with their limits.
func DefaultAllowlistEntries(chainID *big.Int) []AllowlistEntry {
	entries, err := ParseAllowlist(allowlistJSON)
	if err != nil {
		panic(err) // the committed file is checked by the tests
	}
	var out []AllowlistEntry
	for _, e := range entries {
		if chainID != nil && chainID.IsUint64() && e.ChainID == chainID.Uint64() {
			out = append(out, e)
		}
	}
	return out
}
