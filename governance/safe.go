package governance

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
)

// CanonicalMultiSendCallOnly is the address of MultiSendCallOnly v1.4.1 on
// the networks where the Safe singleton factory deployed it.
var CanonicalMultiSendCallOnly = common.HexToAddress("0x9641d764fc13c8B624c04430C7356C1C7C8102e2")

// Safe operations.
const (
	OpCall         uint8 = 0
	OpDelegateCall uint8 = 1
)

// safeABI is the part of the Safe 1.4.1 interface this package calls.
const safeABIJSON = `[
{"type":"function","name":"execTransaction","stateMutability":"payable","inputs":[{"name":"to","type":"address"},{"name":"value","type":"uint256"},{"name":"data","type":"bytes"},{"name":"operation","type":"uint8"},{"name":"safeTxGas","type":"uint256"},{"name":"baseGas","type":"uint256"},{"name":"gasPrice","type":"uint256"},{"name":"gasToken","type":"address"},{"name":"refundReceiver","type":"address"},{"name":"signatures","type":"bytes"}],"outputs":[{"name":"success","type":"bool"}]},
{"type":"function","name":"getTransactionHash","stateMutability":"view","inputs":[{"name":"to","type":"address"},{"name":"value","type":"uint256"},{"name":"data","type":"bytes"},{"name":"operation","type":"uint8"},{"name":"safeTxGas","type":"uint256"},{"name":"baseGas","type":"uint256"},{"name":"gasPrice","type":"uint256"},{"name":"gasToken","type":"address"},{"name":"refundReceiver","type":"address"},{"name":"_nonce","type":"uint256"}],"outputs":[{"name":"","type":"bytes32"}]},
{"type":"function","name":"nonce","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"getThreshold","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint256"}]},
{"type":"function","name":"getOwners","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"address[]"}]},
{"type":"function","name":"VERSION","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"string"}]},
{"type":"function","name":"multiSend","stateMutability":"payable","inputs":[{"name":"transactions","type":"bytes"}],"outputs":[]}
]`

func parseABI(s string) abi.ABI {
	a, err := abi.JSON(strings.NewReader(s))
	if err != nil {
		panic(err) // constant input
	}
	return a
}

// SafeTx is a Safe transaction: what the owners sign and execTransaction
// executes.
type SafeTx struct {
	// Safe is the Safe that executes; ChainID the chain it lives on (take it
	// from the node: the signature is bound to it).
	Safe    common.Address
	ChainID *big.Int
	// To, Value, Data and Operation are the call the Safe makes; a batch is
	// a delegatecall (OpDelegateCall) to MultiSendCallOnly.
	To        common.Address
	Value     *big.Int
	Data      []byte
	Operation uint8
	// SafeTxGas, BaseGas, GasPrice, GasToken and RefundReceiver are the
	// refund settings; zero for owner-paid execution.
	SafeTxGas, BaseGas, GasPrice *big.Int
	GasToken, RefundReceiver     common.Address
	// Nonce is the Safe's nonce the transaction uses (Safe.nonce()).
	Nonce *big.Int
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// MultiSendData encodes calls for MultiSendCallOnly.multiSend: each call is
// packed as operation (1 byte, 0 = call), to (20), value (32), data length
// (32) and data.
func MultiSendData(actions []Action) []byte {
	var packed []byte
	for _, a := range actions {
		packed = append(packed, OpCall)
		packed = append(packed, a.Target.Bytes()...)
		packed = append(packed, common.LeftPadBytes(a.value().Bytes(), 32)...)
		packed = append(packed, common.LeftPadBytes(big.NewInt(int64(len(a.Data))).Bytes(), 32)...)
		packed = append(packed, a.Data...)
	}
	sa := parseABI(safeABIJSON)
	data, err := sa.Pack("multiSend", packed)
	if err != nil {
		panic(err) // bytes argument: cannot fail
	}
	return data
}

// SafeTx returns the Safe transaction executing the plan: the single
// action as a plain call, or every action in one delegatecall to
// MultiSendCallOnly at multiSend (zero means CanonicalMultiSendCallOnly).
// nonce is the Safe's current nonce.
func (p *Plan) SafeTx(safe, multiSend common.Address, nonce *big.Int) (*SafeTx, error) {
	if len(p.Actions) == 0 {
		return nil, ErrEmptyPlan
	}
	if p.ChainID == nil {
		return nil, errors.New("governance: the plan has no chain id")
	}
	t := &SafeTx{Safe: safe, ChainID: new(big.Int).Set(p.ChainID), Nonce: new(big.Int).Set(orZero(nonce)),
		SafeTxGas: new(big.Int), BaseGas: new(big.Int), GasPrice: new(big.Int)}
	if len(p.Actions) == 1 {
		a := p.Actions[0]
		t.To, t.Value, t.Data, t.Operation = a.Target, a.value(), append([]byte(nil), a.Data...), OpCall
		return t, nil
	}
	if multiSend == (common.Address{}) {
		multiSend = CanonicalMultiSendCallOnly
	}
	t.To, t.Value, t.Data, t.Operation = multiSend, new(big.Int), MultiSendData(p.Actions), OpDelegateCall
	return t, nil
}

// ErrEmptyPlan is returned when a plan without actions is to be executed
// or bundled.
var ErrEmptyPlan = errors.New("governance: the plan has no actions")

// TypedData returns the transaction as EIP-712 typed data (what
// eth_signTypedData_v4 and hardware wallets sign).
func (t *SafeTx) TypedData() apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"SafeTx": {
				{Name: "to", Type: "address"}, {Name: "value", Type: "uint256"}, {Name: "data", Type: "bytes"},
				{Name: "operation", Type: "uint8"}, {Name: "safeTxGas", Type: "uint256"}, {Name: "baseGas", Type: "uint256"},
				{Name: "gasPrice", Type: "uint256"}, {Name: "gasToken", Type: "address"}, {Name: "refundReceiver", Type: "address"},
				{Name: "nonce", Type: "uint256"},
			},
		},
		PrimaryType: "SafeTx",
		Domain:      apitypes.TypedDataDomain{ChainId: (*math.HexOrDecimal256)(new(big.Int).Set(orZero(t.ChainID))), VerifyingContract: t.Safe.Hex()},
		Message: apitypes.TypedDataMessage{
			"to": t.To.Hex(), "value": orZero(t.Value), "data": hexutil.Encode(t.Data),
			"operation": big.NewInt(int64(t.Operation)), "safeTxGas": orZero(t.SafeTxGas), "baseGas": orZero(t.BaseGas),
			"gasPrice": orZero(t.GasPrice), "gasToken": t.GasToken.Hex(), "refundReceiver": t.RefundReceiver.Hex(),
			"nonce": orZero(t.Nonce),
		},
	}
}

// Hash returns the Safe transaction hash (EIP-712): the value the Safe's
// getTransactionHash returns and every owner signs.
func (t *SafeTx) Hash() (common.Hash, error) {
	if t.ChainID == nil || t.ChainID.Sign() == 0 {
		return common.Hash{}, errors.New("governance: SafeTx.ChainID is missing; read it from the node")
	}
	h, _, err := apitypes.TypedDataAndHash(t.TypedData())
	if err != nil {
		return common.Hash{}, fmt.Errorf("governance: Safe transaction hash: %w", err)
	}
	return common.BytesToHash(h), nil
}

// SafeSignature is one owner's signature of a Safe transaction hash.
type SafeSignature struct {
	Signer    common.Address `json:"signer"`
	Signature hexutil.Bytes  `json:"signature"`
}

// SignSafeHash signs a Safe transaction hash with an owner key, offline:
// the 65-byte r, s, v signature with v = 27 or 28, as the Safe expects.
func SignSafeHash(hash common.Hash, key *ecdsa.PrivateKey) (SafeSignature, error) {
	sig, err := crypto.Sign(hash[:], key)
	if err != nil {
		return SafeSignature{}, fmt.Errorf("governance: signing: %w", err)
	}
	sig[64] += 27
	return SafeSignature{Signer: crypto.PubkeyToAddress(key.PublicKey), Signature: sig}, nil
}

// RecoverSafeSigner returns the owner that produced sig over hash: either
// a direct signature (v 27/28) or an eth_sign one (v 31/32, over the
// "\x19Ethereum Signed Message:\n32" prefixed hash).
func RecoverSafeSigner(hash common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("governance: a signature has 65 bytes, got %d", len(sig))
	}
	s := append([]byte(nil), sig...)
	h := hash[:]
	switch s[64] {
	case 27, 28:
		s[64] -= 27
	case 31, 32:
		s[64] -= 31
		h = crypto.Keccak256([]byte("\x19Ethereum Signed Message:\n32"), hash[:])
	default:
		return common.Address{}, fmt.Errorf("governance: signature v = %d is not an owner signature (27/28 or 31/32)", sig[64])
	}
	pub, err := crypto.SigToPub(h, s)
	if err != nil {
		return common.Address{}, fmt.Errorf("governance: recovering signer: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// PackSignatures checks each signature against hash and concatenates them
// ordered by signer address, as execTransaction requires.
func PackSignatures(hash common.Hash, sigs []SafeSignature) ([]byte, error) {
	sorted := append([]SafeSignature(nil), sigs...)
	for i, s := range sorted {
		who, err := RecoverSafeSigner(hash, s.Signature)
		if err != nil {
			return nil, err
		}
		if s.Signer != (common.Address{}) && who != s.Signer {
			return nil, fmt.Errorf("governance: signature %d was made by %s, not %s (signed another transaction?)", i, who.Hex(), s.Signer.Hex())
		}
		sorted[i].Signer = who
	}
	sort.Slice(sorted, func(i, j int) bool { return bytes.Compare(sorted[i].Signer[:], sorted[j].Signer[:]) < 0 })
	var out []byte
	for i, s := range sorted {
		if i > 0 && s.Signer == sorted[i-1].Signer {
			return nil, fmt.Errorf("governance: two signatures by %s; each owner signs once", s.Signer.Hex())
		}
		out = append(out, s.Signature...)
	}
	return out, nil
}

// ExecCandidate returns the execTransaction call carrying the owners'
// signatures, for any account (an owner or a relayer) to send.
func (t *SafeTx) ExecCandidate(sigs []SafeSignature) (chain.TxCandidate, error) {
	hash, err := t.Hash()
	if err != nil {
		return chain.TxCandidate{}, err
	}
	packed, err := PackSignatures(hash, sigs)
	if err != nil {
		return chain.TxCandidate{}, err
	}
	sa := parseABI(safeABIJSON)
	data, err := sa.Pack("execTransaction", t.To, orZero(t.Value), t.Data, t.Operation, orZero(t.SafeTxGas),
		orZero(t.BaseGas), orZero(t.GasPrice), t.GasToken, t.RefundReceiver, packed)
	if err != nil {
		return chain.TxCandidate{}, fmt.Errorf("governance: packing execTransaction: %w", err)
	}
	safe := t.Safe
	return chain.TxCandidate{To: &safe, Data: data, Label: "Safe.execTransaction nonce " + t.Nonce.String()}, nil
}

// SafeInfo is what a Safe reports about itself.
type SafeInfo struct {
	Nonce     *big.Int
	Threshold *big.Int
	Owners    []common.Address
}

// ReadSafe reads a Safe's nonce, threshold and owners.
func ReadSafe(ctx context.Context, r Reader, safe common.Address) (*SafeInfo, error) {
	sa := parseABI(safeABIJSON)
	call := func(method string) ([]any, error) {
		data, _ := sa.Pack(method)
		out, err := r.CallContract(ctx, ethereum.CallMsg{To: &safe, Data: data}, nil)
		if err != nil {
			return nil, fmt.Errorf("governance: Safe %s.%s: %w", safe.Hex(), method, err)
		}
		v, err := sa.Unpack(method, out)
		if err != nil {
			return nil, fmt.Errorf("governance: %s does not answer %s like a Safe: %w", safe.Hex(), method, err)
		}
		return v, nil
	}
	n, err := call("nonce")
	if err != nil {
		return nil, err
	}
	th, err := call("getThreshold")
	if err != nil {
		return nil, err
	}
	ow, err := call("getOwners")
	if err != nil {
		return nil, err
	}
	return &SafeInfo{Nonce: n[0].(*big.Int), Threshold: th[0].(*big.Int), Owners: ow[0].([]common.Address)}, nil
}

// SafeTransactionHash asks a deployed Safe for the hash of t
// (getTransactionHash), to cross-check Hash.
func SafeTransactionHash(ctx context.Context, r Reader, t *SafeTx) (common.Hash, error) {
	sa := parseABI(safeABIJSON)
	data, err := sa.Pack("getTransactionHash", t.To, orZero(t.Value), t.Data, t.Operation, orZero(t.SafeTxGas),
		orZero(t.BaseGas), orZero(t.GasPrice), t.GasToken, t.RefundReceiver, orZero(t.Nonce))
	if err != nil {
		return common.Hash{}, err
	}
	safe := t.Safe
	out, err := r.CallContract(ctx, ethereum.CallMsg{To: &safe, Data: data}, nil)
	if err != nil {
		return common.Hash{}, fmt.Errorf("governance: Safe getTransactionHash: %w", err)
	}
	return common.BytesToHash(out), nil
}

// Bundle is a Safe Transaction Builder batch file (version 1.0): the
// format the Safe{Wallet} Transaction Builder app imports.
type Bundle struct {
	Version      string     `json:"version"`
	ChainID      string     `json:"chainId"`
	CreatedAt    int64      `json:"createdAt"`
	Meta         BundleMeta `json:"meta"`
	Transactions []BundleTx `json:"transactions"`
}

// BundleMeta describes a bundle; Checksum is the Transaction Builder's
// checksum (see BundleChecksum).
type BundleMeta struct {
	Name                   string `json:"name"`
	Description            string `json:"description"`
	TxBuilderVersion       string `json:"txBuilderVersion"`
	CreatedFromSafeAddress string `json:"createdFromSafeAddress"`
	Checksum               string `json:"checksum,omitempty"`
}

// BundleTx is one call of a bundle.
type BundleTx struct {
	To                   string            `json:"to"`
	Value                string            `json:"value"`
	Data                 string            `json:"data"`
	ContractMethod       *ContractMethod   `json:"contractMethod"`
	ContractInputsValues map[string]string `json:"contractInputsValues"`
}

// ContractMethod is the ABI fragment of a bundle call.
type ContractMethod struct {
	Inputs  []MethodInput `json:"inputs"`
	Name    string        `json:"name"`
	Payable bool          `json:"payable"`
}

// MethodInput is one input of a ContractMethod.
type MethodInput struct {
	InternalType string `json:"internalType"`
	Name         string `json:"name"`
	Type         string `json:"type"`
}

// TxBuilderVersion is the Transaction Builder version bundles declare.
const TxBuilderVersion = "1.18.0"

// BundleOptions configure Plan.Bundle.
type BundleOptions struct {
	// Safe is the Safe the bundle is for (meta.createdFromSafeAddress).
	Safe common.Address
	// CreatedAt stamps the bundle; zero means now.
	CreatedAt time.Time
}

// Bundle returns the plan as a Safe Transaction Builder batch file with
// its checksum.
func (p *Plan) Bundle(opts BundleOptions) (*Bundle, error) {
	if len(p.Actions) == 0 {
		return nil, ErrEmptyPlan
	}
	at := opts.CreatedAt
	if at.IsZero() {
		at = time.Now()
	}
	b := &Bundle{
		Version: "1.0", ChainID: p.ChainID.String(), CreatedAt: at.UnixMilli(),
		Meta: BundleMeta{Name: p.Name, Description: p.Description, TxBuilderVersion: TxBuilderVersion, CreatedFromSafeAddress: opts.Safe.Hex()},
	}
	for _, a := range p.Actions {
		method := moduleABI(a.Module).Methods[a.Method]
		cm := &ContractMethod{Name: method.RawName, Payable: method.Payable, Inputs: []MethodInput{}}
		vals := map[string]string{}
		for i, in := range method.Inputs {
			it := in.Type.String()
			if in.Type.TupleRawName != "" {
				it = in.Type.TupleRawName
			}
			cm.Inputs = append(cm.Inputs, MethodInput{InternalType: internalType(a.Module, a.Method, i, it), Name: in.Name, Type: in.Type.String()})
			vals[in.Name] = a.ArgsText[i]
		}
		b.Transactions = append(b.Transactions, BundleTx{To: a.Target.Hex(), Value: a.value().String(), Data: hexutil.Encode(a.Data), ContractMethod: cm, ContractInputsValues: vals})
	}
	sum, err := BundleChecksum(b)
	if err != nil {
		return nil, err
	}
	b.Meta.Checksum = sum
	return b, nil
}

// internalType returns the Solidity internal type of an input from the
// raw ABI JSON (go-ethereum's parsed ABI drops it).
func internalType(m deploy.Module, method string, i int, fallback string) string {
	md := metaData[m]
	var raw []struct {
		Type   string `json:"type"`
		Name   string `json:"name"`
		Inputs []struct {
			InternalType string `json:"internalType"`
		} `json:"inputs"`
	}
	if md == nil || json.Unmarshal([]byte(md.ABI), &raw) != nil {
		return fallback
	}
	for _, f := range raw {
		if f.Type == "function" && f.Name == method && i < len(f.Inputs) && f.Inputs[i].InternalType != "" {
			return f.Inputs[i].InternalType
		}
	}
	return fallback
}

// BundleChecksum computes the Transaction Builder checksum of b: keccak256
// of the builder's own serialisation (object keys sorted, written as
// {["k1","k2"]v1,v2,}) of the file with meta.name set to null and without
// meta.checksum.
func BundleChecksum(b *Bundle) (string, error) {
	c := *b
	c.Meta.Checksum = ""
	raw, err := json.Marshal(&c)
	if err != nil {
		return "", err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v map[string]any
	if err := dec.Decode(&v); err != nil {
		return "", err
	}
	meta := v["meta"].(map[string]any)
	delete(meta, "checksum")
	meta["name"] = nil
	return crypto.Keccak256Hash([]byte(txBuilderSerialize(v))).Hex(), nil
}

// VerifyBundleChecksum reports whether a bundle file's meta.checksum
// matches its contents.
func VerifyBundleChecksum(raw []byte) (bool, error) {
	var b Bundle
	if err := json.Unmarshal(raw, &b); err != nil {
		return false, err
	}
	sum, err := BundleChecksum(&b)
	if err != nil {
		return false, err
	}
	return sum == b.Meta.Checksum, nil
}

func txBuilderSerialize(v any) string {
	switch x := v.(type) {
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = txBuilderSerialize(e)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		quoted := make([]string, len(keys))
		for i, k := range keys {
			quoted[i] = jsString(k)
		}
		var b strings.Builder
		b.WriteString("{[" + strings.Join(quoted, ",") + "]")
		for _, k := range keys {
			b.WriteString(txBuilderSerialize(x[k]))
			b.WriteString(",")
		}
		b.WriteString("}")
		return b.String()
	case string:
		return jsString(x)
	case json.Number:
		return x.String()
	case bool:
		return strconv.FormatBool(x)
	case nil:
		return "null"
	}
	return fmt.Sprint(v)
}

// jsString writes s as JavaScript's JSON.stringify does.
func jsString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
