// Package configcheck holds the pieces the SDK's config and document
// checks share: a validator with the go-ethereum types registered, the
// translation of its errors into field paths, and a strict JSON decode
// that reports unknown fields and values of the wrong JSON type at their
// JSON path. Every problem is an *input.Error, the SDK's one field-error
// type; each package keeps its own wording.
package configcheck

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/go-playground/validator/v10"

	"github.com/agijobs/agijobs-go/input"
)

// Field returns the *input.Error of the field at path, splitting msg, the
// package's wording "what is wrong; what to do", at its first "; " into
// Problem and Fix.
func Field(path, msg string) *input.Error {
	problem, fix, _ := strings.Cut(msg, "; ")
	return input.New(path, problem, fix)
}

// JSONName returns the name of f in its json tag; "" when the tag names
// none or is "-" (the validator then uses the Go field name).
func JSONName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if name == "-" {
		return ""
	}
	return name
}

// NewValidator returns a validator with struct-level "required" enabled
// that treats common.Address and common.Hash as their hex strings, the
// zero value as missing (so "required" rejects it). With jsonNames,
// fields are named by their JSON names in error namespaces.
func NewValidator(jsonNames bool) *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	if jsonNames {
		v.RegisterTagNameFunc(JSONName)
	}
	v.RegisterCustomTypeFunc(func(f reflect.Value) any {
		a := f.Interface().(common.Address)
		if a == (common.Address{}) {
			return nil
		}
		return a.Hex()
	}, common.Address{})
	v.RegisterCustomTypeFunc(func(f reflect.Value) any {
		h := f.Interface().(common.Hash)
		if h == (common.Hash{}) {
			return nil
		}
		return h.Hex()
	}, common.Hash{})
	return v
}

// Check validates the struct s with v and returns one problem per failed
// field, worded by fix (see Field). The field is the error's namespace
// without the leading type name, e.g. "agents.allowlist[2]". A failure
// that is not a list of field errors (such as a nil s) is returned as err.
func Check(v *validator.Validate, s any, fix func(validator.FieldError) string) (probs input.Errors, err error) {
	err = v.Struct(s)
	if err == nil {
		return nil, nil
	}
	var ves validator.ValidationErrors
	if !errors.As(err, &ves) {
		return nil, err
	}
	for _, fe := range ves {
		field := fe.Namespace()
		if _, rest, ok := strings.Cut(field, "."); ok {
			field = rest
		}
		probs = append(probs, Field(field, fix(fe)))
	}
	return probs, nil
}

// Generic words the common validator tags (required, eq, gte, lte, max)
// for a person editing a file; any other tag "fails the rule".
func Generic(fe validator.FieldError) string {
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
	}
	return fmt.Sprintf("fails the %q rule", fe.Tag())
}

var uint256Pattern = regexp.MustCompile(`^(0|[1-9][0-9]{0,77})$`)

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// ParseUint256 parses a decimal integer without sign, leading zeros or
// exponent. n is nil when s is not written that way; ok also requires n
// to fit 256 bits.
func ParseUint256(s string) (n *big.Int, ok bool) {
	if !uint256Pattern.MatchString(s) {
		return nil, false
	}
	n, ok = new(big.Int).SetString(s, 10)
	return n, ok && n.Cmp(maxUint256) <= 0
}

// Decode decodes the JSON data into v (a pointer to a struct) and reports
// every object key the target type has no field for ("is not a known
// field; remove it or use one of: ...") and the first value of the wrong
// JSON type ("is a JSON number; write a string"), each at its JSON path;
// typeErr reports the latter, which leaves its field unset. stringKind
// names a JSON string in type problems ("" means "string"). err is
// "malformed JSON: ..." for invalid JSON, or another unmarshal failure.
func Decode(data []byte, v any, stringKind string) (probs input.Errors, typeErr bool, err error) {
	if !json.Valid(data) {
		var x any
		return nil, false, fmt.Errorf("malformed JSON: %w", json.Unmarshal(data, &x))
	}
	probs = UnknownFields(data, reflect.TypeOf(v).Elem(), "")
	if err := json.Unmarshal(data, v); err != nil {
		var te *json.UnmarshalTypeError
		if !errors.As(err, &te) {
			return probs, false, err
		}
		probs = append(probs, input.New(te.Field, "is a JSON "+te.Value, "write a "+JSONKind(te.Type, stringKind)))
		return probs, true, nil
	}
	return probs, false, nil
}

// JSONKind names the JSON kind of values of t: stringKind (or "string"),
// "list", "object", "boolean" or "number".
func JSONKind(t reflect.Type, stringKind string) string {
	switch t.Kind() {
	case reflect.String:
		if stringKind != "" {
			return stringKind
		}
		return "string"
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

// UnknownFields walks the JSON value raw against the type t, through
// pointers, struct fields and list elements, and returns a problem for
// every object key that t has no field for, listing the known ones.
func UnknownFields(raw json.RawMessage, t reflect.Type, path string) input.Errors {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
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
		var out input.Errors
		for _, k := range keys {
			p := k
			if path != "" {
				p = path + "." + k
			}
			ft, ok := fields[k]
			if !ok {
				out = append(out, input.New(p, "is not a known field", "remove it or use one of: "+strings.Join(known, ", ")))
				continue
			}
			out = append(out, UnknownFields(obj[k], ft, p)...)
		}
		return out
	case t.Kind() == reflect.Slice && len(raw) > 0 && raw[0] == '[':
		var arr []json.RawMessage
		if json.Unmarshal(raw, &arr) != nil {
			return nil
		}
		var out input.Errors
		for i, e := range arr {
			out = append(out, UnknownFields(e, t.Elem(), fmt.Sprintf("%s[%d]", path, i))...)
		}
		return out
	}
	return nil
}

// Suggest returns ` (did you mean "name"?)` for the name in names closest
// to the unknown key k (at most 2 edits, ignoring case), or "".
func Suggest(k string, names []string) string {
	best, dist := "", 3
	for _, n := range names {
		if d := editDistance(strings.ToLower(k), strings.ToLower(n)); d < dist {
			best, dist = n, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// editDistance is the Levenshtein distance of a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
