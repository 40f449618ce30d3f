package governance

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/go-playground/validator/v10"

	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/configcheck"
)

// Config files report their invalid fields as input.Errors, the SDK's one
// field-error type, each field named by its JSON path (e.g.
// "economics.feePct"); the loaders wrap them with the file's name.

// problem is the *input.Error of the field at path, from a message worded
// "what is wrong; what to do".
func problem(path, msg string) *input.Error { return configcheck.Field(path, msg) }

// decodeStrict decodes raw into out (a pointer to a struct) field by field,
// so that every malformed or unknown field is reported, not only the first.
func decodeStrict(raw []byte, out any) input.Errors {
	var probs input.Errors
	decodeValue(bytes.TrimSpace(raw), reflect.ValueOf(out).Elem(), "", &probs)
	return probs
}

var unmarshalerType = reflect.TypeOf((*json.Unmarshaler)(nil)).Elem()

// decodeValue decodes raw into v, descending into pointers, slices, maps
// and structs so that each problem is reported at its own path.
func decodeValue(raw []byte, v reflect.Value, path string, probs *input.Errors) {
	if string(raw) == "null" {
		return
	}
	t := v.Type()
	switch {
	case reflect.PointerTo(t).Implements(unmarshalerType):
	case t.Kind() == reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(t.Elem()))
		}
		decodeValue(raw, v.Elem(), path, probs)
		return
	case t.Kind() == reflect.Slice:
		decodeSlice(raw, v, path, probs)
		return
	case t.Kind() == reflect.Map:
		decodeMap(raw, v, path, probs)
		return
	case t.Kind() == reflect.Struct:
		decodeStruct(raw, v, path, probs)
		return
	}
	if err := json.Unmarshal(raw, v.Addr().Interface()); err != nil {
		*probs = append(*probs, problem(pathOr(path), decodeMsg(err, t)))
	}
}

func decodeSlice(raw []byte, v reflect.Value, path string, probs *input.Errors) {
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		*probs = append(*probs, problem(pathOr(path), "must be a list [...]"))
		return
	}
	s := reflect.MakeSlice(v.Type(), len(items), len(items))
	for i, it := range items {
		decodeValue(it, s.Index(i), fmt.Sprintf("%s[%d]", path, i), probs)
	}
	v.Set(s)
}

func decodeMap(raw []byte, v reflect.Value, path string, probs *input.Errors) {
	var items map[string]json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		*probs = append(*probs, problem(pathOr(path), "must be an object {...}"))
		return
	}
	t := v.Type()
	m := reflect.MakeMapWithSize(t, len(items))
	for _, k := range sortedKeys(items) {
		ev := reflect.New(t.Elem()).Elem()
		decodeValue(items[k], ev, joinPath(path, k), probs)
		kv := reflect.New(t.Key()).Elem()
		if kv.Kind() == reflect.String {
			kv.SetString(k)
		} else if err := json.Unmarshal([]byte(`"`+k+`"`), kv.Addr().Interface()); err != nil {
			*probs = append(*probs, problem(joinPath(path, k), "key "+decodeMsg(err, t.Key())))
			continue
		}
		m.SetMapIndex(kv, ev)
	}
	v.Set(m)
}

// decodeStruct decodes a JSON object field by field and reports unknown
// keys with the nearest known name.
func decodeStruct(raw []byte, v reflect.Value, path string, probs *input.Errors) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil {
		*probs = append(*probs, problem(pathOr(path), "must be an object {...}"))
		return
	}
	t := v.Type()
	known := map[string]int{}
	var names []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if name := jsonName(f); f.IsExported() && name != "-" {
			known[name] = i
			names = append(names, name)
		}
	}
	for _, k := range sortedKeys(obj) {
		i, ok := known[k]
		if !ok {
			*probs = append(*probs, input.New(joinPath(path, k), "unknown field"+configcheck.Suggest(k, names), "remove it or fix its spelling"))
			continue
		}
		decodeValue(obj[k], v.Field(i), joinPath(path, k), probs)
	}
}

func sortedKeys(m map[string]json.RawMessage) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func jsonName(f reflect.StructField) string {
	tag := f.Tag.Get("json")
	name, _, _ := strings.Cut(tag, ",")
	if name == "" {
		return f.Name
	}
	return name
}

func joinPath(path, k string) string {
	if path == "" {
		return k
	}
	return path + "." + k
}

func pathOr(p string) string {
	if p == "" {
		return "(file)"
	}
	return p
}

var addressType = reflect.TypeOf(common.Address{})

func decodeMsg(err error, t reflect.Type) string {
	if t == addressType {
		msg := err.Error()
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			msg = te.Value
		}
		return "is not an address (" + msg + "); write 0x followed by 40 hex digits"
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("is a JSON %s, want %s", te.Value, friendlyType(t))
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return "is not valid JSON: " + se.Error()
	}
	return err.Error()
}

func friendlyType(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Bool:
		return "true or false"
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number >= 0"
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "a whole number"
	case reflect.String:
		return "a string"
	}
	if t == addressType {
		return `an address string "0x..."`
	}
	return t.String()
}

// newValidator returns a validator that names fields by their JSON names
// and treats common.Address like a string (zero = missing), Duration as
// its seconds and TokenAmount as its wei (unset = missing).
func newValidator() *validator.Validate {
	v := configcheck.NewValidator(true)
	v.RegisterCustomTypeFunc(func(f reflect.Value) any {
		d := f.Interface().(Duration)
		if !d.IsSet() {
			return nil
		}
		return int64(d.Std().Seconds())
	}, Duration{})
	v.RegisterCustomTypeFunc(func(f reflect.Value) any {
		t := f.Interface().(TokenAmount)
		if !t.IsSet() {
			return nil
		}
		return t.String()
	}, TokenAmount{})
	v.RegisterCustomTypeFunc(func(f reflect.Value) any {
		u := f.Interface().(Units)
		if !u.IsSet() {
			return nil
		}
		return u.String()
	}, Units{})
	return v
}

// validateStruct runs the validator tags of s and returns one problem per
// failed field, each with a fix written for a person editing the file.
func validateStruct(s any) input.Errors {
	probs, err := configcheck.Check(newValidator(), s, fixFor)
	if err != nil {
		return input.Errors{input.New("(file)", err.Error(), "")}
	}
	var out input.Errors
	for _, p := range probs {
		out = append(out, &input.Error{Field: addrKey.ReplaceAllString(p.Field, ".$1"), Problem: p.Problem, Fix: p.Fix})
	}
	return out
}

// addrKey matches an address map key in a validator namespace
// ("tokenLimits[0xAbC...]"), which decode errors write as a path step
// ("tokenLimits.0xAbC...").
var addrKey = regexp.MustCompile(`\[(0x[0-9a-fA-F]{40})\]`)

func fixFor(fe validator.FieldError) string {
	unit := ""
	switch fe.Type() {
	case reflect.TypeOf(Duration{}):
		unit = " seconds"
	}
	switch fe.Tag() {
	case "required":
		if fe.Type() == addressType {
			return "missing or zero address; write the 0x... address"
		}
		return "missing; set it"
	case "required_without":
		return fmt.Sprintf("missing; set it or set %s", fe.Param())
	case "excluded_with":
		return fmt.Sprintf("set only one of this and %s", fe.Param())
	case "oneof":
		return fmt.Sprintf("%v is not allowed; use one of: %s", fe.Value(), strings.ReplaceAll(fe.Param(), " ", ", "))
	case "lte", "max":
		return fmt.Sprintf("%v%s is too large; use at most %s%s", fe.Value(), unit, fe.Param(), unit)
	case "gte", "min":
		return fmt.Sprintf("%v%s is too small; use at least %s%s", fe.Value(), unit, fe.Param(), unit)
	case "gt":
		return fmt.Sprintf("must be above %s%s", fe.Param(), unit)
	case "ltefield":
		return fmt.Sprintf("must not exceed %s", fe.Param())
	case "unique":
		return "lists an entry twice; remove the duplicate"
	case "hostname_rfc1123", "fqdn":
		return fmt.Sprintf("%q is not an ENS name; write e.g. agent.agi.eth", fe.Value())
	case "eth_addr":
		return fmt.Sprintf("%q is not an address; write 0x followed by 40 hex digits", fe.Value())
	}
	return fmt.Sprintf("fails the %q rule (%v)", fe.Tag(), fe.Value())
}
