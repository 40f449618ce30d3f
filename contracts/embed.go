package contracts

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
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

// AllowlistEntry is one token of contracts/tokens/allowlist.json.
type AllowlistEntry struct {
	Symbol  string         `json:"symbol"`
	ChainID uint64         `json:"chainId"`
	Address common.Address `json:"address"`
}

// ParseAllowlist parses an allowlist file in the format of
// contracts/tokens/allowlist.json.
func ParseAllowlist(raw []byte) ([]AllowlistEntry, error) {
	var f struct {
		Tokens []AllowlistEntry `json:"tokens"`
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("contracts: token allowlist: %w", err)
	}
	for i, t := range f.Tokens {
		if t.Address == (common.Address{}) {
			return nil, fmt.Errorf("contracts: token allowlist: tokens[%d].address is missing or zero; give the token contract address", i)
		}
		if t.ChainID == 0 {
			return nil, fmt.Errorf("contracts: token allowlist: tokens[%d].chainId is missing; give the chain id the address is valid on", i)
		}
	}
	return f.Tokens, nil
}

// DefaultAllowlist returns the tokens of the committed allowlist
// (contracts/tokens/allowlist.json) that apply to chainID.
func DefaultAllowlist(chainID *big.Int) []common.Address {
	entries, err := ParseAllowlist(allowlistJSON)
	if err != nil {
		panic(err) // the committed file is checked by the tests
	}
	var out []common.Address
	for _, e := range entries {
		if chainID != nil && chainID.IsUint64() && e.ChainID == chainID.Uint64() {
			out = append(out, e.Address)
		}
	}
	return out
}
