package chain

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

const testKeyHex = "8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63"

// secretForms are renderings of the test key that must never be printed.
func secretForms(t *testing.T) []string {
	key, err := crypto.HexToECDSA(testKeyHex)
	require.NoError(t, err)
	d := new(big.Int).SetBytes(crypto.FromECDSA(key))
	return []string{
		testKeyHex,
		strings.ToUpper(testKeyHex),
		d.String(),              // decimal
		testKeyHex[:16],         // any long fragment
		fmt.Sprint(d.Bits()[0]), // a machine word
		fmt.Sprint(crypto.FromECDSA(key)),
	}
}

func requireNoSecret(t *testing.T, out string) {
	t.Helper()
	for _, s := range secretForms(t) {
		require.NotContains(t, out, s, "key material printed")
	}
}

func TestKeySignerNeverPrintsKey(t *testing.T) {
	s, err := ParseKeySigner("0x" + testKeyHex)
	require.NoError(t, err)

	type holder struct {
		Name   string
		Signer KeySigner
		hidden KeySigner
		Iface  Signer
	}
	h := holder{Name: "x", Signer: s, hidden: s, Iface: s}
	var out []string
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%x", "%X", "%q", "%d"} {
		out = append(out, fmt.Sprintf(verb, s), fmt.Sprintf(verb, &s), fmt.Sprintf(verb, h), fmt.Sprintf(verb, &h))
	}
	joined := strings.Join(out, "\n")
	requireNoSecret(t, joined)
	require.Contains(t, joined, s.Address().Hex())

	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, nil))
	log.Info("signer", "s", s, "h", h)
	slog.New(slog.NewTextHandler(&buf, nil)).Info("signer", "s", s, "h", h, "p", &s)
	requireNoSecret(t, buf.String())
	require.Contains(t, buf.String(), s.Address().Hex())
}

func TestSignerErrorsNeverContainKey(t *testing.T) {
	bad := []string{testKeyHex[:63] + "g", testKeyHex + "00", "0x" + testKeyHex[:10], strings.Repeat("0", 64)}
	for _, b := range bad {
		_, err := ParseKeySigner(b)
		require.Error(t, err)
		require.NotContains(t, err.Error(), b)
		requireNoSecret(t, err.Error())
	}

	dir := t.TempDir()
	ks := keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP)
	key, err := crypto.HexToECDSA(testKeyHex)
	require.NoError(t, err)
	acct, err := ks.ImportECDSA(key, "correct horse")
	require.NoError(t, err)

	_, err = LoadKeystoreSigner(acct.URL.Path, "wrong battery")
	require.ErrorContains(t, err, "wrong passphrase")
	require.NotContains(t, err.Error(), "wrong battery")
	requireNoSecret(t, err.Error())

	s, err := LoadKeystoreSigner(acct.URL.Path, "correct horse")
	require.NoError(t, err)
	require.Equal(t, acct.Address, s.Address())
	requireNoSecret(t, fmt.Sprintf("%+v %#v", s, s))

	garbage := filepath.Join(dir, "garbage.json")
	require.NoError(t, os.WriteFile(garbage, []byte(`{"x":1}`), 0o600))
	_, err = LoadKeystoreSigner(garbage, "correct horse")
	require.Error(t, err)
	require.NotContains(t, err.Error(), "correct horse")
}

func TestSignersSign(t *testing.T) {
	ctx := context.Background()
	chainID := big.NewInt(1337)
	key, err := crypto.HexToECDSA(testKeyHex)
	require.NoError(t, err)
	ks, err := NewKeySigner(key)
	require.NoError(t, err)
	to := common.HexToAddress("0x1234")
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: 3, To: &to, Gas: 21000, GasFeeCap: big.NewInt(2), GasTipCap: big.NewInt(1)})

	signed, err := ks.SignTx(ctx, chainID, tx)
	require.NoError(t, err)
	from, err := types.Sender(types.LatestSignerForChainID(chainID), signed)
	require.NoError(t, err)
	require.Equal(t, ks.Address(), from)

	ext := NewExternalSigner(ks.Address(), func(ctx context.Context, addr common.Address, id *big.Int, tx *types.Transaction) (*types.Transaction, error) {
		return ks.SignTx(ctx, id, tx)
	})
	signed2, err := ext.SignTx(ctx, chainID, tx)
	require.NoError(t, err)
	require.Equal(t, signed.Hash(), signed2.Hash())

	other, err := ParseKeySigner(hex.EncodeToString(crypto.Keccak256([]byte("other"))))
	require.NoError(t, err)
	liar := NewExternalSigner(ks.Address(), func(ctx context.Context, _ common.Address, id *big.Int, tx *types.Transaction) (*types.Transaction, error) {
		return other.SignTx(ctx, id, tx)
	})
	_, err = liar.SignTx(ctx, chainID, tx)
	require.ErrorContains(t, err, "signed as")

	_, err = KeySigner{}.SignTx(ctx, chainID, tx)
	require.Error(t, err)
}
