package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/format"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

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

var (
	errorDeclRe = regexp.MustCompile(`^\s*error\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(`)
	natspecTag  = regexp.MustCompile(`@(notice|dev|param\s+\w+|custom:\w+)\s*`)
)

// SourceHints scans the Solidity files under dir for NatSpec comments placed
// directly above error declarations and returns error name → text. Files
// under node_modules are skipped.
func SourceHints(dir string) (map[string]string, error) {
	hints := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".")) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".sol") {
			return nil
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var doc []string
		inBlock := false
		for _, line := range strings.Split(string(raw), "\n") {
			t := strings.TrimSpace(line)
			switch {
			case inBlock:
				end := strings.Contains(t, "*/")
				t = strings.TrimSpace(strings.TrimPrefix(strings.SplitN(t, "*/", 2)[0], "*"))
				if t != "" {
					doc = append(doc, t)
				}
				inBlock = !end
				continue
			case strings.HasPrefix(t, "///"):
				doc = append(doc, strings.TrimSpace(strings.TrimPrefix(t, "///")))
				continue
			case strings.HasPrefix(t, "/**"):
				rest := strings.TrimPrefix(t, "/**")
				end := strings.Contains(rest, "*/")
				rest = strings.TrimSpace(strings.SplitN(rest, "*/", 2)[0])
				doc = doc[:0]
				if rest != "" {
					doc = append(doc, rest)
				}
				inBlock = !end
				continue
			}
			if m := errorDeclRe.FindStringSubmatch(t); m != nil && len(doc) > 0 {
				if _, seen := hints[m[1]]; !seen {
					hints[m[1]] = cleanDoc(doc)
				}
			}
			doc = doc[:0]
		}
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return hints, nil
	}
	return hints, err
}

func cleanDoc(lines []string) string {
	var parts []string
	for _, l := range lines {
		if strings.HasPrefix(l, "@param") {
			continue
		}
		l = natspecTag.ReplaceAllString(l, "")
		if l = strings.TrimSpace(l); l != "" {
			parts = append(parts, l)
		}
	}
	return strings.Join(parts, " ")
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

type field struct {
	Name, GoType, ABIName string
}

type errType struct {
	Name       string // Solidity name
	GoName     string
	Sig        string
	Selector   [4]byte
	Fields     []field
	Contracts  []string
	Hint       string
	InputsJSON string
}

// reserved names are declared by hand in package chain.
var reserved = map[string]bool{
	"RevertError": true, "ReasonError": true, "PanicError": true, "NodeError": true,
	"ChainIDMismatchError": true, "ConfigError": true,
}

// Generate returns the gofmt'ed Go source for the errors of arts.
func Generate(arts []Artifact, hints map[string]string, pkg string) ([]byte, error) {
	bySig := map[string]*errType{}
	var order []string
	for _, a := range arts {
		var rawABI []struct {
			Type   string          `json:"type"`
			Name   string          `json:"name"`
			Inputs json.RawMessage `json:"inputs"`
		}
		if err := json.Unmarshal(a.ABI, &rawABI); err != nil {
			return nil, fmt.Errorf("%s: abi: %w", a.ContractName, err)
		}
		parsed, err := abi.JSON(bytes.NewReader(a.ABI))
		if err != nil {
			return nil, fmt.Errorf("%s: abi: %w", a.ContractName, err)
		}
		inputs := map[string]string{}
		for _, e := range rawABI {
			if e.Type == "error" {
				inputs[e.Name] = compactJSON(e.Inputs)
			}
		}
		names := make([]string, 0, len(parsed.Errors))
		for n := range parsed.Errors {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			e := parsed.Errors[n]
			t, ok := bySig[e.Sig]
			if !ok {
				t = &errType{Name: e.Name, Sig: e.Sig, Selector: [4]byte(e.ID[:4]), InputsJSON: inputs[n]}
				if t.InputsJSON == "" {
					t.InputsJSON = "[]"
				}
				for i, in := range e.Inputs {
					fname := abi.ToCamelCase(in.Name)
					if fname == "" {
						fname = fmt.Sprintf("Arg%d", i)
					}
					gt := goType(in.Type)
					t.Fields = append(t.Fields, field{Name: fname, GoType: gt, ABIName: displayName(in.Name, i)})
				}
				bySig[e.Sig] = t
				order = append(order, e.Sig)
			}
			t.Contracts = appendUnique(t.Contracts, a.ContractName)
			if t.Hint == "" {
				t.Hint = docHint(a, e.Sig)
			}
		}
	}
	sort.Strings(order)

	// Go names: Name+"Error"; on clashes between different signatures, or
	// with hand-written types, prefix the first declaring contract.
	count := map[string]int{}
	for _, sig := range order {
		count[bySig[sig].Name]++
	}
	used := map[string]string{}
	sels := map[[4]byte]string{}
	var types []*errType
	for _, sig := range order {
		t := bySig[sig]
		base := t.Name
		if !strings.HasSuffix(base, "Error") {
			base += "Error"
		}
		base = exportName(base)
		if count[t.Name] > 1 || reserved[base] {
			base = exportName(t.Contracts[0]) + base
		}
		for i := 2; used[base] != ""; i++ {
			base = fmt.Sprintf("%s%d", strings.TrimSuffix(base, fmt.Sprint(i-1)), i)
		}
		used[base] = sig
		t.GoName = base
		if other, dup := sels[t.Selector]; dup {
			return nil, fmt.Errorf("selector clash 0x%x between %s and %s", t.Selector, other, sig)
		}
		sels[t.Selector] = sig
		if t.Hint == "" {
			t.Hint = hints[t.Name]
		}
		if t.Hint == "" {
			t.Hint = builtinHints[t.Name]
		}
		types = append(types, t)
	}

	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by internal/gen/errors from the contract artifacts; DO NOT EDIT.\n\n")
	fmt.Fprintf(&b, "package %s\n\n", pkg)
	if len(types) == 0 {
		b.WriteString("// No artifacts were found: the custom error registry is empty.\n\n")
		b.WriteString("func customErrorDecoder(sel [4]byte) (func([]byte) (error, error), bool) {\n\treturn nil, false\n}\n")
		return format.Source(b.Bytes())
	}
	b.WriteString("import (\n\t\"encoding/json\"\n\t\"fmt\"\n\t\"math/big\"\n\t\"strings\"\n\t\"sync\"\n\n\t\"github.com/ethereum/go-ethereum/accounts/abi\"\n\t\"github.com/ethereum/go-ethereum/common\"\n)\n\n")
	b.WriteString("var (\n\t_ = big.NewInt\n\t_ = common.Address{}\n)\n\n")
	for _, t := range types {
		fmt.Fprintf(&b, "// %s is the Solidity custom error %s (selector 0x%x),\n// declared by %s.\n", t.GoName, t.Sig, t.Selector, strings.Join(t.Contracts, ", "))
		if t.Hint != "" {
			fmt.Fprintf(&b, "//\n// %s\n", t.Hint)
		}
		fmt.Fprintf(&b, "type %s struct {\n", t.GoName)
		for _, f := range t.Fields {
			fmt.Fprintf(&b, "\t%s %s\n", f.Name, f.GoType)
		}
		b.WriteString("}\n\n")
		fmt.Fprintf(&b, "// Error says what failed and, where known, what to do.\nfunc (e *%s) Error() string {\n", t.GoName)
		fmt.Fprintf(&b, "\tvar b strings.Builder\n\tb.WriteString(%q)\n", sentence(t.Name))
		if len(t.Fields) > 0 {
			b.WriteString("\tb.WriteString(\" (\")\n")
			for i, f := range t.Fields {
				sep := ""
				if i > 0 {
					sep = ", "
				}
				fmt.Fprintf(&b, "\tfmt.Fprintf(&b, \"%s%s=%%s\", formatErrorArg(e.%s))\n", sep, f.ABIName, f.Name)
			}
			b.WriteString("\tb.WriteString(\")\")\n")
		}
		if t.Hint != "" {
			fmt.Fprintf(&b, "\tb.WriteString(%q)\n", ": "+lowerFirst(strings.TrimSuffix(t.Hint, ".")))
		}
		b.WriteString("\treturn b.String()\n}\n\n")
		fmt.Fprintf(&b, "// Signature returns the Solidity signature %s.\nfunc (e *%s) Signature() string { return %q }\n\n", t.Sig, t.GoName, t.Sig)
	}

	b.WriteString("// customErrorArgs holds the ABI arguments of every custom error, parsed once.\n")
	b.WriteString("var customErrorArgs = sync.OnceValue(func() map[[4]byte]abi.Arguments {\n\tm := make(map[[4]byte]abi.Arguments, " + fmt.Sprint(len(types)) + ")\n")
	for _, t := range types {
		fmt.Fprintf(&b, "\tm[%s] = mustErrorArgs(%q)\n", selLit(t.Selector), t.InputsJSON)
	}
	b.WriteString("\treturn m\n})\n\n")
	b.WriteString(`func mustErrorArgs(js string) abi.Arguments {
	var args abi.Arguments
	if err := json.Unmarshal([]byte(js), &args); err != nil {
		panic("errors_gen: bad generated ABI: " + err.Error())
	}
	return args
}

func formatErrorArg(v any) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case [32]byte:
		return "0x" + common.Bytes2Hex(x[:])
	case []byte:
		return "0x" + common.Bytes2Hex(x)
	case string:
		return fmt.Sprintf("%q", x)
	}
	return fmt.Sprint(v)
}

`)
	b.WriteString("// customErrorDecoder returns the decoder of the custom error with selector sel.\n")
	b.WriteString("func customErrorDecoder(sel [4]byte) (func([]byte) (error, error), bool) {\n\tswitch sel {\n")
	for _, t := range types {
		fmt.Fprintf(&b, "\tcase %s:\n\t\treturn func(data []byte) (error, error) {\n", selLit(t.Selector))
		if len(t.Fields) == 0 {
			fmt.Fprintf(&b, "\t\t\treturn &%s{}, nil\n\t\t}, true\n", t.GoName)
			continue
		}
		fmt.Fprintf(&b, "\t\t\tvals, err := customErrorArgs()[sel].Unpack(data)\n\t\t\tif err != nil {\n\t\t\t\treturn nil, err\n\t\t\t}\n")
		fmt.Fprintf(&b, "\t\t\tif len(vals) != %d {\n\t\t\t\treturn nil, fmt.Errorf(\"decode %s: got %%d values\", len(vals))\n\t\t\t}\n", len(t.Fields), t.Name)
		fmt.Fprintf(&b, "\t\t\te := new(%s)\n", t.GoName)
		for i, f := range t.Fields {
			if f.GoType == "any" {
				fmt.Fprintf(&b, "\t\t\te.%s = vals[%d]\n", f.Name, i)
				continue
			}
			fmt.Fprintf(&b, "\t\t\tv%d, ok := vals[%d].(%s)\n\t\t\tif !ok {\n\t\t\t\treturn nil, fmt.Errorf(\"decode %s: argument %d has type %%T\", vals[%d])\n\t\t\t}\n\t\t\te.%s = v%d\n", i, i, f.GoType, t.Name, i, i, f.Name, i)
		}
		b.WriteString("\t\t\treturn e, nil\n\t\t}, true\n")
	}
	b.WriteString("\t}\n\treturn nil, false\n}\n")
	out, err := format.Source(b.Bytes())
	if err != nil {
		return nil, fmt.Errorf("gofmt generated code: %w\n%s", err, b.Bytes())
	}
	return out, nil
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

func selLit(s [4]byte) string {
	return fmt.Sprintf("[4]byte{0x%02x, 0x%02x, 0x%02x, 0x%02x}", s[0], s[1], s[2], s[3])
}

func displayName(n string, i int) string {
	if n == "" {
		return fmt.Sprintf("arg%d", i)
	}
	return n
}

func exportName(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) > 1 && unicode.IsUpper(r[0]) && !unicode.IsUpper(r[1]) {
		r[0] = unicode.ToLower(r[0])
	}
	return string(r)
}

// sentence turns "JobNotFound" into "job not found", keeping acronyms
// ("ERC20InsufficientBalance" → "ERC20 insufficient balance").
func sentence(name string) string {
	var words []string
	r := []rune(name)
	start := 0
	for i := 1; i < len(r); i++ {
		prev, cur := r[i-1], r[i]
		next := rune(0)
		if i+1 < len(r) {
			next = r[i+1]
		}
		boundary := (unicode.IsLower(prev) && unicode.IsUpper(cur)) ||
			(unicode.IsDigit(prev) && unicode.IsUpper(cur)) ||
			(unicode.IsUpper(prev) && unicode.IsUpper(cur) && unicode.IsLower(next))
		if boundary {
			words = append(words, string(r[start:i]))
			start = i
		}
	}
	words = append(words, string(r[start:]))
	for i, w := range words {
		if len(w) > 1 && strings.ToUpper(w) == w {
			continue // acronym
		}
		words[i] = strings.ToLower(w)
	}
	return strings.Join(words, " ")
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
