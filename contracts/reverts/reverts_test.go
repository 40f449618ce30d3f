package reverts

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
)

// artifactSelectors returns the selector and signature of every custom
// error the protocol's compiled contracts declare (test contracts aside).
func artifactSelectors(t *testing.T) map[[4]byte]string {
	t.Helper()
	paths, err := filepath.Glob("../artifacts/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	out := map[[4]byte]string{}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		require.NoError(t, err)
		var a struct {
			SourceName string          `json:"sourceName"`
			ABI        json.RawMessage `json:"abi"`
		}
		require.NoError(t, json.Unmarshal(raw, &a), p)
		if len(a.ABI) == 0 || strings.HasPrefix(a.SourceName, "test/") {
			continue
		}
		parsed, err := abi.JSON(strings.NewReader(string(a.ABI)))
		require.NoError(t, err, p)
		for _, e := range parsed.Errors {
			out[[4]byte(e.ID[:4])] = e.Sig
		}
	}
	return out
}

// sample returns a value of the Go type abi packs for t, with no zero
// parts, so that every argument shows in a message.
func sample(t abi.Type) reflect.Value {
	v := reflect.New(t.GetType()).Elem()
	switch t.T {
	case abi.IntTy, abi.UintTy:
		switch {
		case t.Size > 64:
			v.Set(reflect.ValueOf(big.NewInt(2)))
		case t.T == abi.UintTy:
			v.SetUint(2)
		default:
			v.SetInt(2)
		}
	case abi.BoolTy:
		v.SetBool(true)
	case abi.StringTy:
		v.SetString("sample")
	case abi.AddressTy:
		v.Set(reflect.ValueOf(common.HexToAddress("0x00000000000000000000000000000000000000a1")))
	case abi.FixedBytesTy:
		for i := range t.Size {
			v.Index(i).SetUint(0xab)
		}
	case abi.BytesTy:
		v.SetBytes([]byte{1, 2})
	case abi.SliceTy:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := range 2 {
			s.Index(i).Set(sample(*t.Elem))
		}
		v.Set(s)
	case abi.ArrayTy:
		for i := range t.Size {
			v.Index(i).Set(sample(*t.Elem))
		}
	case abi.TupleTy:
		for i, et := range t.TupleElems {
			v.Field(i).Set(sample(*et))
		}
	}
	return v
}

// placeholder matches what is left of a NatSpec placeholder: a backtick,
// a failed fmt verb, or a bracketed list of argument names.
func placeholders(args abi.Arguments) *regexp.Regexp {
	names := []string{"`", "%!", "<nil>"}
	for _, a := range args {
		if a.Name != "" {
			names = append(names, `\[\s*`+regexp.QuoteMeta(a.Name)+`\s*,`, `,\s*`+regexp.QuoteMeta(a.Name)+`\s*\]`)
		}
	}
	return regexp.MustCompile(strings.Join(names, "|"))
}

// TestEveryErrorDecodesWithFilledMessage decodes, for every custom error of
// the compiled contracts, ABI-encoded sample arguments through
// chain.DecodeRevert (so through the decoder init registered) and checks
// that the message names every argument and keeps no placeholder.
func TestEveryErrorDecodesWithFilledMessage(t *testing.T) {
	sels := artifactSelectors(t)
	require.Len(t, errorTypes, len(sels), "a generated type per declared error; run go generate")
	for sel, sig := range sels {
		args, ok := errorArgs()[sel]
		require.True(t, ok, "%s (0x%x) has no generated type; run go generate", sig, sel)
		vals := make([]any, len(args))
		for i, a := range args {
			vals[i] = sample(a.Type).Interface()
		}
		packed, err := args.Pack(vals...)
		require.NoError(t, err, sig)

		decoded := chain.DecodeRevert(append(sel[:], packed...))
		require.NotNil(t, decoded, sig)
		e, ok := decoded.(interface {
			error
			Problem() string
			Hint() string
			Signature() string
		})
		require.True(t, ok, "%s decodes to %T", sig, decoded)
		require.Equal(t, sig, e.Signature())
		require.IsType(t, errorTypes[sel](), decoded, sig)

		msg := e.Error()
		require.NotRegexp(t, placeholders(args), msg, sig)
		if e.Hint() == "" {
			require.Equal(t, e.Problem(), msg, sig)
		} else {
			require.Equal(t, e.Problem()+": "+e.Hint(), msg, sig)
			require.NotContains(t, e.Hint(), "`", sig)
		}
		for i, a := range args {
			if a.Name == "" {
				continue
			}
			// Named as in Solidity, up to Go initialisms (jobId=, as jobID=).
			require.Regexp(t, regexp.MustCompile(`(?i)(\(|, )`+regexp.QuoteMeta(a.Name)+`=[^,)]+`), e.Problem(), "%s argument %d", sig, i)
		}
	}
}

func TestEnumAndPlaceholderRendering(t *testing.T) {
	err := chain.DecodeRevert(mustData(t, "InvalidState(uint256,uint8)", big.NewInt(1), uint8(2)))
	require.EqualError(t, err, "invalid state (jobID=1, state=Applied): the job is in Applied, which does not allow this call")
	var is *InvalidStateError
	require.True(t, errors.As(fmt.Errorf("wrapped: %w", err), &is))
	require.Equal(t, uint8(2), is.State)

	err = chain.DecodeRevert(mustData(t, "TimeoutNotReached(uint256)", big.NewInt(1_800_000_000)))
	require.EqualError(t, err, "timeout not reached (claimableAt=1800000000): the timeout can be claimed from 1800000000 on")

	err = chain.DecodeRevert(mustData(t, "OutOfRange(uint256,uint256,uint256)", big.NewInt(7), big.NewInt(1), big.NewInt(5)))
	require.EqualError(t, err, "out of range (value=7, min=1, max=5): a parameter is outside its allowed range [1, 5]")
}

func mustData(t *testing.T, sig string, vals ...any) []byte {
	t.Helper()
	for sel, s := range artifactSelectors(t) {
		if s == sig {
			packed, err := errorArgs()[sel].Pack(vals...)
			require.NoError(t, err)
			return append(sel[:], packed...)
		}
	}
	t.Fatalf("no contract declares %s", sig)
	return nil
}

// TestDocsPointToBindings checks that the doc of every generated type names
// the abigen binding types of the same error, and that those exist.
func TestDocsPointToBindings(t *testing.T) {
	bindingTypes := map[string]bool{}
	dirs, err := filepath.Glob("../bindings/*")
	require.NoError(t, err)
	fset := token.NewFileSet()
	for _, dir := range dirs {
		pkgName := filepath.Base(dir)
		f, err := parser.ParseFile(fset, filepath.Join(dir, pkgName+".go"), nil, parser.SkipObjectResolution)
		require.NoError(t, err)
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
				for _, s := range gd.Specs {
					bindingTypes[pkgName+"."+s.(*ast.TypeSpec).Name.Name] = true
				}
			}
		}
	}
	require.NotEmpty(t, bindingTypes)

	f, err := parser.ParseFile(fset, "errors_gen.go", nil, parser.ParseComments)
	require.NoError(t, err)
	ref := regexp.MustCompile(`\b([a-z0-9]+\.[A-Z]\w*)`)
	sigRe := regexp.MustCompile(`custom error (\w+)\(`)
	checked := 0
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE || gd.Doc == nil {
			continue
		}
		name := gd.Specs[0].(*ast.TypeSpec).Name.Name
		if !ast.IsExported(name) {
			continue
		}
		doc := strings.Join(strings.Fields(gd.Doc.Text()), " ")
		m := sigRe.FindStringSubmatch(doc)
		require.NotNil(t, m, "%s: doc does not name its Solidity error", name)
		refs := ref.FindAllString(doc, -1)
		var bindings []string
		for _, r := range refs {
			if strings.HasPrefix(r, "abigen") || !strings.Contains(r, m[1]) {
				continue
			}
			bindings = append(bindings, r)
		}
		require.NotEmpty(t, bindings, "%s: doc names no binding type: %q", name, doc)
		for _, b := range bindings {
			require.True(t, bindingTypes[b], "%s: doc names %s, which the bindings do not declare", name, b)
			require.True(t, strings.HasSuffix(b, m[1]), "%s: %s is not the binding of %s", name, b, m[1])
		}
		checked++
	}
	require.Equal(t, len(errorTypes), checked)
}

// TestNilErrorsPrint: a nil pointer of an error type with arguments prints
// the error's name instead of panicking (fmt would print "%!v(PANIC=...)").
func TestNilErrorsPrint(t *testing.T) {
	var e *JobNotFoundError
	require.NotPanics(t, func() {
		require.Equal(t, "job not found", e.Problem())
		require.Equal(t, "job not found", e.Error())
		require.Empty(t, e.Hint())
	})
	require.Equal(t, "job not found", fmt.Sprint(e))
}
