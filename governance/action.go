package governance

import (
	"encoding/json"
	"fmt"
	"math/big"
	"reflect"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/identity"
	"github.com/agijobs/agijobs-go/input"
)

// ActionSpec describes an owner call for NewAction.
type ActionSpec struct {
	// Module is the module called ("JobRegistry"), or "Token" for the
	// stake token.
	Module deploy.Module
	// Target is the contract called, usually the module's proxy.
	Target common.Address
	// Method is the function called ("setFeePct").
	Method string
	// Args are the call's arguments as the ABI packs them.
	Args []any
	// Label names the setting in config-file terms ("feePct").
	Label string
	// Current and Desired are the value before and after the call,
	// written for people.
	Current, Desired string
	// Why explains the action in plain words.
	Why string
}

// NewAction builds the action s describes: its calldata, canonical
// signature and arguments written out. An unknown module or method, or
// arguments the method does not take, is an *input.Error naming the field.
func NewAction(s ActionSpec) (Action, error) {
	a, err := moduleABI("ActionSpec.Module", s.Module)
	if err != nil {
		return Action{}, err
	}
	method, ok := a.Methods[s.Method]
	if !ok {
		return Action{}, input.New("ActionSpec.Method", fmt.Sprintf("%s has no method %q", s.Module, s.Method), "use the function name of the module's ABI, e.g. setFeePct")
	}
	// The ABI encoder panics on a nil pointer (a nil *big.Int): reject it
	// by position first.
	for i, arg := range s.Args {
		if v := reflect.ValueOf(arg); arg == nil || v.Kind() == reflect.Pointer && v.IsNil() {
			return Action{}, input.New(fmt.Sprintf("ActionSpec.Args[%d]", i), "is nil", "pass a value, e.g. big.NewInt(0) for a zero uint256")
		}
	}
	data, err := a.Pack(s.Method, s.Args...)
	if err != nil {
		return Action{}, &input.Error{Field: "ActionSpec.Args", Problem: fmt.Sprintf("do not fit %s", method.Sig), Fix: "pass one Go value per parameter, as the bindings take them (*big.Int for uint256)", Err: err}
	}
	txt := make([]string, len(s.Args))
	for i, arg := range s.Args {
		txt[i] = argText(arg)
	}
	return Action{
		Module: s.Module, Label: s.Label, Method: s.Method, Signature: method.Sig,
		Args: s.Args, ArgsText: txt, Current: s.Current, Desired: s.Desired, Target: s.Target,
		Value: new(big.Int), Data: data, Why: s.Why,
	}, nil
}

// CallAction describes a call built elsewhere, such as one of identity's
// typed builders, as an action on module m: its calldata is decoded with
// m's ABI, so the action carries its method, signature and arguments like
// one from NewAction and goes into plans, Safe bundles and timelock
// operations like any other. The candidate's label names the action; why
// explains it.
func CallAction(m deploy.Module, c chain.TxCandidate, why string) (Action, error) {
	a, err := moduleABI("Module", m)
	if err != nil {
		return Action{}, err
	}
	if c.To == nil {
		return Action{}, input.New("TxCandidate.To", "is nil (a contract creation)", "only calls of a module can be plan actions")
	}
	if len(c.Data) < 4 {
		return Action{}, input.New("TxCandidate.Data", "holds no method selector", "build the call with the module's bindings or a typed builder")
	}
	method, err := a.MethodById(c.Data[:4])
	if err != nil {
		return Action{}, &input.Error{Field: "TxCandidate.Data", Problem: fmt.Sprintf("is not a call of %s", m), Fix: "give the module the call was built for", Err: err}
	}
	args, err := method.Inputs.Unpack(c.Data[4:])
	if err != nil {
		return Action{}, &input.Error{Field: "TxCandidate.Data", Problem: "does not decode as " + method.Sig, Err: err}
	}
	txt := make([]string, len(args))
	for i, arg := range args {
		txt[i] = argText(arg)
	}
	value := new(big.Int)
	if c.Value != nil {
		value.Set(c.Value)
	}
	return Action{
		Module: m, Label: c.Label, Method: method.Name, Signature: method.Sig, Args: args, ArgsText: txt,
		Target: *c.To, Value: value, Data: append([]byte(nil), c.Data...), Why: why,
	}, nil
}

// IdentityActions turns an identity plan (identity.Client.Sync: allowlist
// changes, Merkle roots, ENS root nodes, attestors) into actions on the
// IdentityRegistry, so that they go into the same owner plan, Safe bundle
// or timelock operation as the other settings.
func IdentityActions(p *identity.Plan) ([]Action, error) {
	if p == nil {
		return nil, input.New("identity.Plan", "is nil", "compute it with identity.Client.Sync")
	}
	out := make([]Action, 0, len(p.Actions))
	for i, ia := range p.Actions {
		a, err := CallAction(deploy.IdentityRegistry, ia.Call, ia.Description)
		if err != nil {
			return nil, fmt.Errorf("governance: identity action %d (%s): %w", i+1, ia.Method, err)
		}
		switch {
		case ia.Account != (common.Address{}):
			a.Desired = ia.Account.Hex()
		default:
			a.Desired = ia.Value.Hex()
		}
		out = append(out, a)
	}
	return out, nil
}

// Candidate returns the action as a transaction for a chain.Manager.
func (a Action) Candidate() chain.TxCandidate {
	to := a.Target
	return chain.TxCandidate{To: &to, Data: append([]byte(nil), a.Data...), Value: a.value(), Label: string(a.Module) + "." + a.Method}
}

func (a Action) value() *big.Int {
	if a.Value == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(a.Value)
}

// Input is one parameter of an action's method as the module's ABI
// declares it: what a Safe Transaction Builder bundle lists for the call.
type Input struct {
	Name string
	// Type is the ABI type ("uint256", "address[]").
	Type string
	// InternalType is the Solidity type ("contract IERC20"), which
	// go-ethereum's parsed ABI drops; Type when the ABI gives none.
	InternalType string
}

// Inputs returns the parameters of the action's method and whether the
// method is payable; an error when the module or the method is unknown.
func (a Action) Inputs() ([]Input, bool, error) {
	parsed, err := moduleABI("Action.Module", a.Module)
	if err != nil {
		return nil, false, err
	}
	method, ok := parsed.Methods[a.Method]
	if !ok {
		return nil, false, input.New("Action.Method", fmt.Sprintf("%s has no method %q", a.Module, a.Method), "build actions with NewAction or CallAction")
	}
	internal := internalTypes(a.Module, a.Method)
	out := make([]Input, len(method.Inputs))
	for i, in := range method.Inputs {
		out[i] = Input{Name: in.Name, Type: in.Type.String(), InternalType: in.Type.String()}
		if in.Type.TupleRawName != "" {
			out[i].InternalType = in.Type.TupleRawName
		}
		if i < len(internal) && internal[i] != "" {
			out[i].InternalType = internal[i]
		}
	}
	return out, method.Payable, nil
}

// internalTypes returns the Solidity internal types of method's inputs from
// module m's raw ABI JSON, nil when it has none.
func internalTypes(m deploy.Module, method string) []string {
	var raw []struct {
		Type   string `json:"type"`
		Name   string `json:"name"`
		Inputs []struct {
			InternalType string `json:"internalType"`
		} `json:"inputs"`
	}
	if md := metaData[m]; md == nil || json.Unmarshal([]byte(md.ABI), &raw) != nil {
		return nil
	}
	for _, f := range raw {
		if f.Type == "function" && f.Name == method {
			out := make([]string, len(f.Inputs))
			for i, in := range f.Inputs {
				out[i] = in.InternalType
			}
			return out
		}
	}
	return nil
}
