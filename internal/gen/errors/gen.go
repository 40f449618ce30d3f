package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
)

// Artifact is the part of a compiled contract artifact the generator reads.
type Artifact struct {
	ContractName string          `json:"contractName"`
	SourceName   string          `json:"sourceName"`
	ABI          json.RawMessage `json:"abi"`
	UserDoc      *natspecDoc     `json:"userdoc,omitempty"`
	DevDoc       *natspecDoc     `json:"devdoc,omitempty"`
}

type natspecDoc struct {
	Errors map[string][]struct {
		Notice  string `json:"notice"`
		Details string `json:"details"`
	} `json:"errors"`
}

// LoadArtifacts reads every *.json file of dir in name order, skipping
// test-only contracts (compiled from contracts/test), whose errors no SDK user
// meets. A missing directory yields no artifacts (the generated registry is
// then empty).
func LoadArtifacts(dir string) ([]Artifact, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var arts []Artifact
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var a Artifact
		if err := json.Unmarshal(raw, &a); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		if len(a.ABI) == 0 {
			continue // not a contract artifact (a manifest, a layout file)
		}
		if strings.HasPrefix(a.SourceName, "test/") {
			continue
		}
		if a.ContractName == "" {
			a.ContractName = strings.TrimSuffix(filepath.Base(p), ".json")
		}
		arts = append(arts, a)
	}
	return arts, nil
}

// builtinHints covers errors of OpenZeppelin 5 that our contracts inherit.
var builtinHints = map[string]string{
	"OwnableUnauthorizedAccount":       "send the transaction from the contract owner (governance) account",
	"OwnableInvalidOwner":              "pass a non-zero owner address",
	"EnforcedPause":                    "the module is paused; wait until governance unpauses it",
	"ExpectedPause":                    "the module is not paused; pause it first",
	"ReentrancyGuardReentrantCall":     "do not call back into the contract while it is executing",
	"ERC20InsufficientBalance":         "the sender holds too few tokens; fund it or lower the amount",
	"ERC20InsufficientAllowance":       "approve the spender (usually the StakeManager) for at least the needed amount first",
	"ERC20InvalidSender":               "the sender address must not be zero",
	"ERC20InvalidReceiver":             "the receiver address must not be zero",
	"ERC20InvalidApprover":             "the approver address must not be zero",
	"ERC20InvalidSpender":              "the spender address must not be zero",
	"SafeERC20FailedOperation":         "the token refused the transfer; check balance, allowance and that the token is a standard ERC-20",
	"InvalidInitialization":            "the contract is already initialised",
	"NotInitializing":                  "call this only from an initializer",
	"UUPSUnauthorizedCallContext":      "call upgrades through the proxy, not the implementation",
	"UUPSUnsupportedProxiableUUID":     "the new implementation is not UUPS-compatible",
	"ERC1967InvalidImplementation":     "the new implementation address has no code",
	"ERC1967NonPayable":                "do not send ETH with this upgrade call",
	"AddressEmptyCode":                 "the target address has no code; check the deployment addresses",
	"FailedCall":                       "a low-level call failed without a reason",
	"ERC721NonexistentToken":           "no certificate exists with this token id",
	"ERC721InvalidOwner":               "the owner address must not be zero",
	"ERC721InsufficientApproval":       "approve the operator for this token first",
	"ERC721InvalidReceiver":            "the receiver cannot take ERC-721 tokens",
	"ERC721IncorrectOwner":             "the sender does not own this token",
	"AccessControlUnauthorizedAccount": "grant the missing role to the sender first",
	"OwnableUnauthorizedPendingOwner":  "accept ownership from the pending owner account",
	"ERC20ExceededCap":                 "the mint would exceed the token cap",
	"MathOverflowedMulDiv":             "an amount is too large; lower it",
	"SafeCastOverflowedUintDowncast":   "a value does not fit the contract's storage width; lower it",
	"StringsInsufficientHexLength":     "internal formatting error",
	"ECDSAInvalidSignature":            "the signature does not recover to a valid signer",
	"ECDSAInvalidSignatureLength":      "the signature must be 65 bytes",
	"ECDSAInvalidSignatureS":           "the signature has a high s value; normalise it",
	"InsufficientBalance":              "the contract holds too little ETH for this call",
	"ERC1967InvalidAdmin":              "the new admin must not be zero",
	"ERC1967InvalidBeacon":             "the beacon has no code",
	"AccessControlBadConfirmation":     "renounce roles only for the sender itself",
	"ERC20InvalidCap":                  "the cap must be positive",
	"CheckpointUnorderedInsertion":     "internal checkpoint ordering error",
	"TimelockUnexpectedOperationState": "the timelock operation is not in the required state; schedule it and wait for the delay",
	"TimelockInsufficientDelay":        "schedule with at least the minimum delay",
	"TimelockUnauthorizedCaller":       "call through the timelock's proposer or executor",
	"TimelockUnexecutedPredecessor":    "execute the predecessor operation first",
	"TimelockInvalidOperationLength":   "targets, values and payloads must have the same length",
	"MerkleProofInvalidMultiproof":     "the multiproof is malformed",
	"ERC2612ExpiredSignature":          "the permit deadline passed; sign a new permit",
	"ERC2612InvalidSigner":             "the permit was not signed by the owner",
	"InvalidAccountNonce":              "the nonce was already used; sign with the current nonce",
	"ERC721InvalidSender":              "the sender address must not be zero",
	"ERC721InvalidApprover":            "the approver address must not be zero",
	"ERC721InvalidOperator":            "the operator address must not be zero",
}

// field is one argument of a custom error.
type field struct {
	Name    string // Go field name, with initialisms: "JobID"
	Display string // name in messages: "jobID"
	ABIName string // Solidity name, "" when unnamed
	GoType  string
	Enum    *enumType // set when the Solidity type is an enum
}

// enumType is a Solidity enum whose members the sources name.
type enumType struct {
	Name    string // as the ABI's internalType names it: "IJobRegistry.State"
	Func    string // the generated formatter: "formatIJobRegistryState"
	Members []string
}

// errType is one distinct custom error signature.
type errType struct {
	Name       string // Solidity name
	GoName     string
	Sig        string
	Selector   [4]byte
	Fields     []field
	Contracts  []string
	Bindings   []string // the abigen types of the error: "jobregistry.JobRegistryJobNotFound"
	Hint       string   // NatSpec text, with `param` placeholders
	InputsJSON string
}

// abiError is an error entry of a raw ABI, read for what package abi drops
// (the internalType that names enums).
type abiError struct {
	Type   string          `json:"type"`
	Name   string          `json:"name"`
	Inputs json.RawMessage `json:"inputs"`
}

type abiInput struct {
	Name         string `json:"name"`
	InternalType string `json:"internalType"`
}

// Generate returns the gofmt'ed Go source of package pkg for the errors of
// arts, with hints and enum members from src.
func Generate(arts []Artifact, src Sources, pkg string) ([]byte, error) {
	types, err := collect(arts, src)
	if err != nil {
		return nil, err
	}
	if err := name(types, src); err != nil {
		return nil, err
	}
	return render(types, pkg)
}

// collect returns one errType per distinct signature of arts, in
// signature order.
func collect(arts []Artifact, src Sources) ([]*errType, error) {
	bySig := map[string]*errType{}
	for _, a := range arts {
		var raw []abiError
		if err := json.Unmarshal(a.ABI, &raw); err != nil {
			return nil, fmt.Errorf("%s: abi: %w", a.ContractName, err)
		}
		parsed, err := abi.JSON(bytes.NewReader(a.ABI))
		if err != nil {
			return nil, fmt.Errorf("%s: abi: %w", a.ContractName, err)
		}
		inputs := map[string]json.RawMessage{}
		for _, e := range raw {
			if e.Type == "error" {
				inputs[e.Name] = e.Inputs
			}
		}
		for _, n := range sortedKeys(parsed.Errors) {
			e := parsed.Errors[n]
			t, ok := bySig[e.Sig]
			if !ok {
				if t, err = newErrType(e, inputs[n], src); err != nil {
					return nil, fmt.Errorf("%s: %s: %w", a.ContractName, e.Sig, err)
				}
				bySig[e.Sig] = t
			}
			t.Contracts = appendUnique(t.Contracts, a.ContractName)
			t.Bindings = appendUnique(t.Bindings, strings.ToLower(a.ContractName)+"."+a.ContractName+abi.ToCamelCase(e.Name))
			if t.Hint == "" {
				t.Hint = docHint(a, e.Sig)
			}
		}
	}
	types := make([]*errType, 0, len(bySig))
	for _, sig := range sortedKeys(bySig) {
		types = append(types, bySig[sig])
	}
	return types, nil
}

func newErrType(e abi.Error, rawInputs json.RawMessage, src Sources) (*errType, error) {
	t := &errType{Name: e.Name, Sig: e.Sig, Selector: [4]byte(e.ID[:4]), InputsJSON: compactJSON(rawInputs)}
	if t.InputsJSON == "" {
		t.InputsJSON = "[]"
	}
	var ins []abiInput
	if len(rawInputs) > 0 {
		if err := json.Unmarshal(rawInputs, &ins); err != nil {
			return nil, err
		}
	}
	for i, in := range e.Inputs {
		f := field{Name: goName(in.Name), Display: displayName(in.Name, i), ABIName: in.Name, GoType: goType(in.Type)}
		if f.Name == "" {
			f.Name = fmt.Sprintf("Arg%d", i)
		}
		if i < len(ins) && in.Type.T == abi.UintTy && in.Type.Size == 8 {
			f.Enum = lookupEnum(ins[i].InternalType, src)
		}
		t.Fields = append(t.Fields, f)
	}
	return t, nil
}

// lookupEnum returns the enum an internalType such as
// "enum IJobRegistry.State" names, or nil if it names none the sources
// declare.
func lookupEnum(internalType string, src Sources) *enumType {
	name, ok := strings.CutPrefix(internalType, "enum ")
	if !ok || len(src.Enums[name]) == 0 {
		return nil
	}
	return &enumType{Name: name, Func: "format" + strings.ReplaceAll(name, ".", ""), Members: src.Enums[name]}
}

// name sets the Go names and the hints of types: Name+"Error", prefixed
// by the first declaring contract when two signatures share a name.
func name(types []*errType, src Sources) error {
	count := map[string]int{}
	for _, t := range types {
		count[t.Name]++
	}
	used := map[string]bool{}
	sels := map[[4]byte]string{}
	for _, t := range types {
		base := goName(strings.TrimSuffix(t.Name, "Error")) + "Error"
		if count[t.Name] > 1 {
			base = goName(t.Contracts[0]) + base
		}
		for i := 2; used[base]; i++ {
			base = fmt.Sprintf("%s%d", strings.TrimSuffix(base, fmt.Sprint(i-1)), i)
		}
		used[base] = true
		t.GoName = base
		if other, dup := sels[t.Selector]; dup {
			return fmt.Errorf("selector clash 0x%x between %s and %s", t.Selector, other, t.Sig)
		}
		sels[t.Selector] = t.Sig
		if t.Hint == "" {
			t.Hint = src.Hints[t.Name]
		}
		if t.Hint == "" {
			t.Hint = builtinHints[t.Name]
		}
	}
	return nil
}

func docHint(a Artifact, sig string) string {
	for _, d := range []*natspecDoc{a.UserDoc, a.DevDoc} {
		if d == nil {
			continue
		}
		for _, entry := range d.Errors[sig] {
			if s := strings.TrimSpace(entry.Notice + " " + entry.Details); s != "" {
				return s
			}
		}
	}
	return ""
}

// goType renders the Go type abi unpacks t into; tuples and function types
// become any.
func goType(t abi.Type) string {
	if hasTuple(t) || t.T == abi.FunctionTy {
		return "any"
	}
	return t.GetType().String()
}

func hasTuple(t abi.Type) bool {
	switch t.T {
	case abi.TupleTy:
		return true
	case abi.SliceTy, abi.ArrayTy:
		return hasTuple(*t.Elem)
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func compactJSON(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		return string(raw)
	}
	return b.String()
}

func appendUnique(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}
