package safe

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
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
	"github.com/agijobs/agijobs-go/governance"
	"github.com/agijobs/agijobs-go/input"
)

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

// Tx is a Safe transaction: what the owners sign and execTransaction
// executes.
type Tx struct {
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
func MultiSendData(actions []governance.Action) []byte {
	var packed []byte
	for _, a := range actions {
		packed = append(packed, OpCall)
		packed = append(packed, a.Target.Bytes()...)
		packed = append(packed, common.LeftPadBytes(orZero(a.Value).Bytes(), 32)...)
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

// NewTx returns the Safe transaction with which the Safe at safe executes
// plan p: the single action as a plain call, or every action in one
// delegatecall to MultiSendCallOnly at multiSend (zero means
// governance.CanonicalMultiSendCallOnly). nonce is the Safe's current nonce (see
// ReadInfo).
func NewTx(p *governance.Plan, safe, multiSend common.Address, nonce *big.Int) (*Tx, error) {
	if p == nil || len(p.Actions) == 0 {
		return nil, governance.ErrEmptyPlan
	}
	if p.ChainID == nil {
		return nil, input.New("Plan.ChainID", "is nil", "plan from a state read on the Safe's chain (governance.ReadState)")
	}
	t := &Tx{Safe: safe, ChainID: new(big.Int).Set(p.ChainID), Nonce: new(big.Int).Set(orZero(nonce)),
		SafeTxGas: new(big.Int), BaseGas: new(big.Int), GasPrice: new(big.Int)}
	if len(p.Actions) == 1 {
		a := p.Actions[0]
		t.To, t.Value, t.Data, t.Operation = a.Target, new(big.Int).Set(orZero(a.Value)), append([]byte(nil), a.Data...), OpCall
		return t, nil
	}
	if multiSend == (common.Address{}) {
		multiSend = governance.CanonicalMultiSendCallOnly
	}
	t.To, t.Value, t.Data, t.Operation = multiSend, new(big.Int), MultiSendData(p.Actions), OpDelegateCall
	return t, nil
}

// TypedData returns the transaction as EIP-712 typed data (what
// eth_signTypedData_v4 and hardware wallets sign).
func (t *Tx) TypedData() apitypes.TypedData {
	if t == nil {
		return apitypes.TypedData{}
	}
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
func (t *Tx) Hash() (common.Hash, error) {
	if t == nil {
		return common.Hash{}, input.New("safe.Tx", "is nil", "build it with safe.NewTx or safe.Propose")
	}
	if t.ChainID == nil || t.ChainID.Sign() == 0 {
		return common.Hash{}, input.New("Tx.ChainID", "is missing", "read it from the node: the signature is bound to it")
	}
	h, _, err := apitypes.TypedDataAndHash(t.TypedData())
	if err != nil {
		return common.Hash{}, fmt.Errorf("safe: Safe transaction hash: %w", err)
	}
	return common.BytesToHash(h), nil
}

// Signature is one owner's signature of a Safe transaction hash.
type Signature struct {
	Signer    common.Address `json:"signer"`
	Signature hexutil.Bytes  `json:"signature"`
}

// Sign signs a Safe transaction hash with an owner key, offline: the
// 65-byte r, s, v signature with v = 27 or 28, as the Safe expects.
func Sign(hash common.Hash, key *ecdsa.PrivateKey) (Signature, error) {
	if key == nil || key.Curve == nil {
		return Signature{}, input.New("safe.Sign: key", "is nil or empty", "pass the owner's private key")
	}
	sig, err := crypto.Sign(hash[:], key)
	if err != nil {
		return Signature{}, fmt.Errorf("safe: signing: %w", err)
	}
	sig[64] += 27
	return Signature{Signer: crypto.PubkeyToAddress(key.PublicKey), Signature: sig}, nil
}

// Recover returns the owner that produced sig over hash: either
// a direct signature (v 27/28) or an eth_sign one (v 31/32, over the
// "\x19Ethereum Signed Message:\n32" prefixed hash).
func Recover(hash common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("safe: a signature has 65 bytes, got %d", len(sig))
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
		return common.Address{}, fmt.Errorf("safe: signature v = %d is not an owner signature (27/28 or 31/32)", sig[64])
	}
	pub, err := crypto.SigToPub(h, s)
	if err != nil {
		return common.Address{}, fmt.Errorf("safe: recovering signer: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// PackSignatures checks each signature against hash and concatenates them
// ordered by signer address, as execTransaction requires.
func PackSignatures(hash common.Hash, sigs []Signature) ([]byte, error) {
	sorted := append([]Signature(nil), sigs...)
	for i, s := range sorted {
		who, err := Recover(hash, s.Signature)
		if err != nil {
			return nil, err
		}
		if s.Signer != (common.Address{}) && who != s.Signer {
			return nil, fmt.Errorf("safe: signature %d was made by %s, not %s (signed another transaction?)", i, who.Hex(), s.Signer.Hex())
		}
		sorted[i].Signer = who
	}
	sort.Slice(sorted, func(i, j int) bool { return bytes.Compare(sorted[i].Signer[:], sorted[j].Signer[:]) < 0 })
	var out []byte
	for i, s := range sorted {
		if i > 0 && s.Signer == sorted[i-1].Signer {
			return nil, fmt.Errorf("safe: two signatures by %s; each owner signs once", s.Signer.Hex())
		}
		out = append(out, s.Signature...)
	}
	return out, nil
}

// ExecCandidate returns the execTransaction call carrying the owners'
// signatures, for any account (an owner or a relayer) to send.
func (t *Tx) ExecCandidate(sigs []Signature) (chain.TxCandidate, error) {
	if t == nil {
		return chain.TxCandidate{}, input.New("safe.Tx", "is nil", "build it with safe.NewTx or safe.Propose")
	}
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
		return chain.TxCandidate{}, fmt.Errorf("safe: packing execTransaction: %w", err)
	}
	safe := t.Safe
	return chain.TxCandidate{To: &safe, Data: data, Label: "Safe.execTransaction nonce " + t.Nonce.String()}, nil
}

// Info is what a Safe reports about itself.
type Info struct {
	// Version is the singleton's VERSION(), e.g. "1.4.1".
	Version   string
	Nonce     *big.Int
	Threshold *big.Int
	Owners    []common.Address
}

// IsOwner reports whether a is one of the Safe's owners.
func (i *Info) IsOwner(a common.Address) bool {
	if i == nil {
		return false
	}
	for _, o := range i.Owners {
		if o == a {
			return true
		}
	}
	return false
}

// ReadInfo reads a Safe's version, nonce, threshold and owners; an account
// that does not answer like a Safe is an error.
func ReadInfo(ctx context.Context, r ethereum.ContractCaller, safe common.Address) (*Info, error) {
	if r == nil {
		return nil, input.New("safe.ReadInfo: r", "is nil", "pass the backend of the Safe's chain")
	}
	sa := parseABI(safeABIJSON)
	call := func(method string) ([]any, error) {
		data, _ := sa.Pack(method)
		out, err := r.CallContract(ctx, ethereum.CallMsg{To: &safe, Data: data}, nil)
		if err != nil {
			return nil, fmt.Errorf("safe: Safe %s.%s: %w", safe.Hex(), method, err)
		}
		v, err := sa.Unpack(method, out)
		if err != nil {
			return nil, fmt.Errorf("safe: %s does not answer %s like a Safe: %w", safe.Hex(), method, err)
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
	v, err := call("VERSION")
	if err != nil {
		return nil, err
	}
	return &Info{Version: v[0].(string), Nonce: n[0].(*big.Int), Threshold: th[0].(*big.Int), Owners: ow[0].([]common.Address)}, nil
}

// TransactionHash asks a deployed Safe for the hash of t
// (getTransactionHash), to cross-check Tx.Hash.
func TransactionHash(ctx context.Context, r ethereum.ContractCaller, t *Tx) (common.Hash, error) {
	if r == nil {
		return common.Hash{}, input.New("safe.TransactionHash: r", "is nil", "pass the backend of the Safe's chain")
	}
	if t == nil {
		return common.Hash{}, input.New("safe.TransactionHash: t", "is nil", "build it with safe.NewTx or safe.Propose")
	}
	sa := parseABI(safeABIJSON)
	data, err := sa.Pack("getTransactionHash", t.To, orZero(t.Value), t.Data, t.Operation, orZero(t.SafeTxGas),
		orZero(t.BaseGas), orZero(t.GasPrice), t.GasToken, t.RefundReceiver, orZero(t.Nonce))
	if err != nil {
		return common.Hash{}, err
	}
	safe := t.Safe
	out, err := r.CallContract(ctx, ethereum.CallMsg{To: &safe, Data: data}, nil)
	if err != nil {
		return common.Hash{}, fmt.Errorf("safe: Safe getTransactionHash: %w", err)
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
// checksum (see Checksum).
type BundleMeta struct {
	Name                   string `json:"name"`
	Description            string `json:"description"`
	TxBuilderVersion       string `json:"txBuilderVersion"`
	CreatedFromSafeAddress string `json:"createdFromSafeAddress"`
	// CreatedFromOwnerAddress is the owner who proposes the batch.
	CreatedFromOwnerAddress string `json:"createdFromOwnerAddress,omitempty"`
	Checksum                string `json:"checksum,omitempty"`
}

// BundleTx is one call of a bundle: either a method with its inputs
// (ContractMethod and ContractInputsValues, Data null), which the
// Transaction Builder shows decoded and encodes itself, or raw calldata
// (Data) when the method is not known. The Transaction Builder prefers Data
// when it is present, so a known method never carries it: owners would see
// hex instead of the call.
type BundleTx struct {
	To                   string            `json:"to"`
	Value                string            `json:"value"`
	Data                 *string           `json:"data"`
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

// BundleOptions configure NewBundle.
type BundleOptions struct {
	// Safe is the Safe the bundle is for (meta.createdFromSafeAddress).
	Safe common.Address
	// Owner is the Safe owner who proposes it
	// (meta.createdFromOwnerAddress); zero leaves it out.
	Owner common.Address
	// Details are appended to the plan's description in meta.description,
	// e.g. the Safe transaction's nonce and hash (see Propose).
	Details string
	// CreatedAt stamps the bundle; zero means now.
	CreatedAt time.Time
}

// NewBundle returns plan p as a Safe Transaction Builder batch file with
// its checksum.
func NewBundle(p *governance.Plan, opts BundleOptions) (*Bundle, error) {
	if p == nil || len(p.Actions) == 0 {
		return nil, governance.ErrEmptyPlan
	}
	at := opts.CreatedAt
	if at.IsZero() {
		at = time.Now()
	}
	if p.ChainID == nil {
		return nil, input.New("Plan.ChainID", "is nil", "plan from a state read on the Safe's chain (governance.ReadState)")
	}
	desc := p.Description
	if opts.Details != "" {
		desc = strings.TrimSpace(desc + "\n" + opts.Details)
	}
	b := &Bundle{
		Version: "1.0", ChainID: p.ChainID.String(), CreatedAt: at.UnixMilli(),
		Meta: BundleMeta{Name: p.Name, Description: desc, TxBuilderVersion: TxBuilderVersion, CreatedFromSafeAddress: opts.Safe.Hex()},
	}
	if opts.Owner != (common.Address{}) {
		b.Meta.CreatedFromOwnerAddress = opts.Owner.Hex()
	}
	for _, a := range p.Actions {
		b.Transactions = append(b.Transactions, bundleTx(a))
	}
	sum, err := Checksum(b)
	if err != nil {
		return nil, err
	}
	b.Meta.Checksum = sum
	return b, nil
}

// bundleTx writes one action as a Transaction Builder call: its method as
// the module's ABI declares it and its arguments as text, with data null;
// raw calldata when the method is not known, or when its arguments written
// as text would not encode back to the action's calldata.
func bundleTx(a governance.Action) BundleTx {
	inputs, payable, err := a.Inputs()
	if err != nil || !encodesTo(a.Method, inputs, a.ArgsText, a.Data) {
		raw := hexutil.Encode(a.Data)
		return BundleTx{To: a.Target.Hex(), Value: orZero(a.Value).String(), Data: &raw}
	}
	cm := &ContractMethod{Name: a.Method, Payable: payable, Inputs: []MethodInput{}}
	vals := map[string]string{}
	for i, in := range inputs {
		cm.Inputs = append(cm.Inputs, MethodInput{InternalType: in.InternalType, Name: in.Name, Type: in.Type})
		vals[in.Name] = a.ArgsText[i]
	}
	return BundleTx{To: a.Target.Hex(), Value: orZero(a.Value).String(), ContractMethod: cm, ContractInputsValues: vals}
}

// Checksum computes the Transaction Builder checksum of b: keccak256
// of the builder's own serialisation (object keys sorted, written as
// {["k1","k2"]v1,v2,}) of the file with meta.name set to null and without
// meta.checksum.
func Checksum(b *Bundle) (string, error) {
	if b == nil {
		return "", input.New("safe.Checksum: b", "is nil", "build the bundle with safe.NewBundle")
	}
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

// VerifyChecksum reports whether a bundle file's meta.checksum matches its
// contents.
func VerifyChecksum(raw []byte) (bool, error) {
	var b Bundle
	if err := json.Unmarshal(raw, &b); err != nil {
		return false, err
	}
	sum, err := Checksum(&b)
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
