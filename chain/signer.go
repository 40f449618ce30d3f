package chain

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agijobs/agijobs-go/input"
)

// Signer signs transactions for one account. Implementations must be safe
// for concurrent use.
type Signer interface {
	// Address returns the account whose transactions the signer signs.
	Address() common.Address
	// SignTx returns tx signed for chainID. It must not change the
	// transaction's fields.
	SignTx(ctx context.Context, chainID *big.Int, tx *types.Transaction) (*types.Transaction, error)
}

// SignerFn signs a transaction for from on chainID. It is the shape of an
// external signer: a KMS or HSM client, Clef, a hardware wallet.
type SignerFn func(ctx context.Context, from common.Address, chainID *big.Int, tx *types.Transaction) (*types.Transaction, error)

// KeySigner signs with an in-memory secp256k1 private key. Its printed forms
// (fmt verbs, slog values) show only the address; the key never appears in
// output or in errors. The zero KeySigner is not usable.
type KeySigner struct {
	addr common.Address
	key  *secretKey
}

// secretKey keeps the key one pointer away, so that reflection-based
// printing of a struct embedding a KeySigner shows an address, not the key.
type secretKey struct{ k *ecdsa.PrivateKey }

var (
	_ Signer         = KeySigner{}
	_ Signer         = (*ExternalSigner)(nil)
	_ fmt.Formatter  = KeySigner{}
	_ slog.LogValuer = KeySigner{}
)

// errBadKey never includes the offending input.
var errBadKey = errors.New("invalid private key: expected 32 bytes as 64 hex digits with an optional 0x prefix (the key itself is not shown)")

// NewKeySigner returns a signer for key.
func NewKeySigner(key *ecdsa.PrivateKey) (KeySigner, error) {
	if key == nil || key.Curve == nil || new(big.Int).SetBytes(crypto.FromECDSA(key)).Sign() == 0 {
		return KeySigner{}, errBadKey
	}
	return KeySigner{addr: crypto.PubkeyToAddress(key.PublicKey), key: &secretKey{k: key}}, nil
}

// ParseKeySigner returns a signer for a hex-encoded private key (64 hex
// digits, optional 0x prefix, surrounding white space ignored). Errors never
// contain the input.
func ParseKeySigner(hexKey string) (KeySigner, error) {
	s := strings.TrimPrefix(strings.TrimSpace(hexKey), "0x")
	if len(s) != 64 {
		return KeySigner{}, errBadKey
	}
	raw, err := hex.DecodeString(s)
	if err != nil {
		return KeySigner{}, errBadKey
	}
	defer clear(raw)
	key, err := crypto.ToECDSA(raw)
	if err != nil {
		return KeySigner{}, errBadKey
	}
	return NewKeySigner(key)
}

// LoadKeystoreSigner decrypts a Web3 Secret Storage (keystore v3) file with
// passphrase. Errors name the file but never the passphrase or the key.
func LoadKeystoreSigner(path, passphrase string) (KeySigner, error) {
	blob, err := os.ReadFile(path)
	if err != nil {
		return KeySigner{}, fmt.Errorf("read keystore file: %w", err)
	}
	k, err := keystore.DecryptKey(blob, passphrase)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return KeySigner{}, fmt.Errorf("decrypt keystore file %s: wrong passphrase", path)
		}
		return KeySigner{}, fmt.Errorf("decrypt keystore file %s: not a valid keystore v3 file: %w", path, err)
	}
	return NewKeySigner(k.PrivateKey)
}

// Address returns the signer's account.
func (s KeySigner) Address() common.Address { return s.addr }

// SignTx signs tx with the latest signer rules for chainID.
func (s KeySigner) SignTx(_ context.Context, chainID *big.Int, tx *types.Transaction) (*types.Transaction, error) {
	if s.key == nil {
		return nil, errors.New("sign transaction: zero KeySigner; build it with NewKeySigner, ParseKeySigner or LoadKeystoreSigner")
	}
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(chainID), s.key.k)
	if err != nil {
		return nil, fmt.Errorf("sign transaction for %s: %w", s.addr.Hex(), err)
	}
	return signed, nil
}

// String returns "KeySigner(0x…)".
func (s KeySigner) String() string { return "KeySigner(" + s.addr.Hex() + ")" }

// GoString returns the same as String, so %#v does not print the key.
func (s KeySigner) GoString() string { return s.String() }

// Format prints the address only, whatever the verb and flags.
func (s KeySigner) Format(f fmt.State, _ rune) {
	if f != nil {
		_, _ = f.Write([]byte(s.String()))
	}
}

// LogValue logs the address only.
func (s KeySigner) LogValue() slog.Value {
	return slog.GroupValue(slog.String("signer", "key"), slog.String("address", s.addr.Hex()))
}

// ExternalSigner delegates signing to a SignerFn.
type ExternalSigner struct {
	addr common.Address
	fn   SignerFn
}

// NewExternalSigner returns a signer for addr that calls fn. The returned
// transaction is checked: it must be signed by addr.
func NewExternalSigner(addr common.Address, fn SignerFn) *ExternalSigner {
	return &ExternalSigner{addr: addr, fn: fn}
}

// Address returns the signer's account.
func (s *ExternalSigner) Address() common.Address {
	if s == nil || s.fn == nil {
		return common.Address{}
	}
	return s.addr
}

// SignTx calls the external function and checks the signature's sender.
func (s *ExternalSigner) SignTx(ctx context.Context, chainID *big.Int, tx *types.Transaction) (*types.Transaction, error) {
	if s == nil || s.fn == nil {
		return nil, input.Unbuilt("chain.ExternalSigner", "chain.NewExternalSigner and a non-nil SignerFn")
	}
	if s.fn == nil {
		return nil, errors.New("sign transaction: ExternalSigner has no SignerFn")
	}
	signed, err := s.fn(ctx, s.addr, chainID, tx)
	if err != nil {
		return nil, fmt.Errorf("external signer for %s: %w", s.addr.Hex(), err)
	}
	if signed == nil {
		return nil, fmt.Errorf("external signer for %s returned no transaction", s.addr.Hex())
	}
	from, err := types.Sender(types.LatestSignerForChainID(chainID), signed)
	if err != nil {
		return nil, fmt.Errorf("external signer for %s returned an invalid signature: %w", s.addr.Hex(), err)
	}
	if from != s.addr {
		return nil, fmt.Errorf("external signer for %s signed as %s; configure the signer's address correctly", s.addr.Hex(), from.Hex())
	}
	if signed.Hash() == (common.Hash{}) || signed.Nonce() != tx.Nonce() || signed.Gas() != tx.Gas() {
		return nil, fmt.Errorf("external signer for %s changed the transaction; it must sign it as given", s.addr.Hex())
	}
	return signed, nil
}

// String returns "ExternalSigner(0x…)".
func (s *ExternalSigner) String() string {
	if s == nil || s.fn == nil {
		return "<nil>"
	}
	return "ExternalSigner(" + s.addr.Hex() + ")"
}
