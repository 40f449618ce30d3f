package safe

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agijobs/agijobs-go/governance"
)

// encodesTo reports whether the Transaction Builder, encoding method name
// with inputs and the text values vals (contractInputsValues), gets data:
// the calldata the Safe transaction hash is computed from. A bundle lists a
// call by method only when it does, so that what owners see decoded is
// what they sign.
func encodesTo(name string, inputs []governance.Input, vals []string, data []byte) bool {
	if len(inputs) != len(vals) {
		return false
	}
	args := make(abi.Arguments, len(inputs))
	types := make([]string, len(inputs))
	goVals := make([]any, len(inputs))
	for i, in := range inputs {
		t, err := abi.NewType(in.Type, "", nil)
		if err != nil {
			return false
		}
		v, err := parseValue(t, vals[i])
		if err != nil {
			return false
		}
		args[i], types[i], goVals[i] = abi.Argument{Name: in.Name, Type: t}, in.Type, v
	}
	packed, err := args.Pack(goVals...)
	if err != nil {
		return false
	}
	sel := crypto.Keccak256([]byte(name + "(" + strings.Join(types, ",") + ")"))[:4]
	return bytes.Equal(append(sel, packed...), data)
}

// parseValue reads one contractInputsValues entry as the Transaction
// Builder does: numbers in decimal, addresses and bytes in hex, booleans as
// true or false, arrays as JSON arrays of such values.
func parseValue(t abi.Type, s string) (any, error) {
	switch t.T {
	case abi.UintTy, abi.IntTy:
		n, ok := new(big.Int).SetString(strings.TrimSpace(s), 10)
		if !ok {
			return nil, fmt.Errorf("%q is not a decimal number", s)
		}
		if t.Size > 64 {
			return n, nil
		}
		v := reflect.New(t.GetType()).Elem()
		if t.T == abi.UintTy {
			if n.Sign() < 0 || !n.IsUint64() || v.OverflowUint(n.Uint64()) {
				return nil, fmt.Errorf("%s does not fit uint%d", s, t.Size)
			}
			v.SetUint(n.Uint64())
		} else {
			if !n.IsInt64() || v.OverflowInt(n.Int64()) {
				return nil, fmt.Errorf("%s does not fit int%d", s, t.Size)
			}
			v.SetInt(n.Int64())
		}
		return v.Interface(), nil
	case abi.AddressTy:
		if !common.IsHexAddress(s) {
			return nil, fmt.Errorf("%q is not an address", s)
		}
		return common.HexToAddress(s), nil
	case abi.BoolTy:
		switch s {
		case "true":
			return true, nil
		case "false":
			return false, nil
		}
		return nil, fmt.Errorf("%q is not true or false", s)
	case abi.StringTy:
		return s, nil
	case abi.BytesTy:
		return hexutil.Decode(s)
	case abi.FixedBytesTy:
		b, err := hexutil.Decode(s)
		if err != nil || len(b) != t.Size {
			return nil, fmt.Errorf("%q is not %d bytes in hex", s, t.Size)
		}
		v := reflect.New(t.GetType()).Elem()
		reflect.Copy(v, reflect.ValueOf(b))
		return v.Interface(), nil
	case abi.SliceTy, abi.ArrayTy:
		var elems []json.RawMessage
		if err := json.Unmarshal([]byte(s), &elems); err != nil {
			return nil, fmt.Errorf("%q is not a JSON array", s)
		}
		if t.T == abi.ArrayTy && len(elems) != t.Size {
			return nil, fmt.Errorf("%q has %d elements, want %d", s, len(elems), t.Size)
		}
		out := reflect.New(t.GetType()).Elem()
		if t.T == abi.SliceTy {
			out = reflect.MakeSlice(t.GetType(), len(elems), len(elems))
		}
		for i, raw := range elems {
			text := string(raw)
			var str string
			if json.Unmarshal(raw, &str) == nil {
				text = str
			}
			v, err := parseValue(*t.Elem, text)
			if err != nil {
				return nil, err
			}
			out.Index(i).Set(reflect.ValueOf(v))
		}
		return out.Interface(), nil
	}
	return nil, fmt.Errorf("type %s is not supported", t.String())
}
