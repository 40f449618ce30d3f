package cli_test

import (
	"bytes"
	"crypto/ecdsa"
	"flag"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/examples/internal/cli"
	"github.com/agijobs/agijobs-go/examples/internal/clitest"
)

// parse registers KeyFlags on a fresh flag set and parses args.
func parse(t *testing.T, defaultEnv string, args ...string) (*cli.KeyFlags, string, error) {
	t.Helper()
	var out bytes.Buffer
	fs := flag.NewFlagSet("example", flag.ContinueOnError)
	fs.SetOutput(&out)
	var k cli.KeyFlags
	k.Register(fs, defaultEnv)
	err := cli.Parse(fs, args)
	return &k, out.String(), err
}

// writeKeystore encrypts key with pass into a keystore v3 file.
func writeKeystore(t *testing.T, key *ecdsa.PrivateKey, pass string) string {
	t.Helper()
	return clitest.WriteKeystore(t, hexutil.Encode(crypto.FromECDSA(key)), pass)
}

func TestKeystoreRoundTrip(t *testing.T) {
	k1, err := crypto.GenerateKey()
	require.NoError(t, err)
	k2, err := crypto.GenerateKey()
	require.NoError(t, err)
	const pass = "correct horse battery staple"
	f1, f2 := writeKeystore(t, k1, pass), writeKeystore(t, k2, pass)
	t.Setenv("TEST_KEY", "") // -keystore wins over -key-env
	t.Setenv("MY_PASS", pass)

	kf, _, err := parse(t, "TEST_KEY", "-keystore", f1, "-keystore-pass-env", "MY_PASS")
	require.NoError(t, err)
	require.True(t, kf.Explicit())
	s, err := kf.Signer("-execute")
	require.NoError(t, err)
	require.Equal(t, crypto.PubkeyToAddress(k1.PublicKey), s.Address())
	key, err := kf.Key("-sign")
	require.NoError(t, err)
	require.True(t, key.Equal(k1))

	// Several files for several keys (the validator's committee).
	kf, _, err = parse(t, "TEST_KEY", "-keystore", f1+","+f2, "-keystore-pass-env", "MY_PASS")
	require.NoError(t, err)
	ss, err := kf.Signers()
	require.NoError(t, err)
	require.Len(t, ss, 2)
	require.Equal(t, crypto.PubkeyToAddress(k2.PublicKey), ss[1].Address())
	_, err = kf.Signer("-execute")
	require.ErrorContains(t, err, "takes one private key, got 2")

	// The default passphrase variable.
	t.Setenv(cli.DefaultPassEnv, pass)
	kf, _, err = parse(t, "TEST_KEY", "-keystore", f2)
	require.NoError(t, err)
	s, err = kf.Signer("-execute")
	require.NoError(t, err)
	require.Equal(t, crypto.PubkeyToAddress(k2.PublicKey), s.Address())

	// A wrong passphrase names the file and the variable, not the phrase.
	t.Setenv("WRONG_PASS", "hunter2hunter2")
	kf, _, err = parse(t, "TEST_KEY", "-keystore", f1, "-keystore-pass-env", "WRONG_PASS")
	require.NoError(t, err)
	_, err = kf.Signers()
	require.ErrorContains(t, err, f1)
	require.ErrorContains(t, err, "$WRONG_PASS does not decrypt it")
	require.NotContains(t, err.Error(), "hunter2")
}

func TestMissingKeysNameTheFlagAndTheFix(t *testing.T) {
	os.Unsetenv("UNSET_PASS")
	kf, _, err := parse(t, "TEST_KEY", "-keystore", "/nonexistent.json", "-keystore-pass-env", "UNSET_PASS")
	require.NoError(t, err)
	_, err = kf.Signers()
	require.ErrorContains(t, err, "-keystore needs its passphrase in $UNSET_PASS")
	require.ErrorContains(t, err, "export UNSET_PASS")
	require.ErrorContains(t, err, "-keystore-pass-env")

	// -key-env naming an empty variable is a mistake, said as such.
	t.Setenv("EMPTY_KEY", "")
	kf, _, err = parse(t, "TEST_KEY", "-key-env", "EMPTY_KEY")
	require.NoError(t, err)
	_, err = kf.Signers()
	require.ErrorContains(t, err, "-key-env EMPTY_KEY: $EMPTY_KEY is empty or unset")
	require.ErrorContains(t, err, "export it")
	require.ErrorContains(t, err, "-keystore")

	// The default variable unset: no key, and a key where one is needed
	// says how to give it.
	t.Setenv("TEST_KEY", "")
	kf, _, err = parse(t, "TEST_KEY")
	require.NoError(t, err)
	require.False(t, kf.Explicit())
	keys, err := kf.Keys()
	require.NoError(t, err)
	require.Empty(t, keys)
	_, err = kf.Signer("-execute")
	require.ErrorContains(t, err, "-execute needs a private key: export TEST_KEY")
	require.ErrorContains(t, err, "-key-env")
	require.ErrorContains(t, err, "-keystore FILE")
}

func TestHexKeysFromTheEnvironment(t *testing.T) {
	t.Setenv("TEST_KEY", clitest.DevKeyHex(0)+", "+clitest.DevKeyHex(1)[2:]) // with and without 0x
	kf, _, err := parse(t, "TEST_KEY")
	require.NoError(t, err)
	ss, err := kf.Signers()
	require.NoError(t, err)
	require.Len(t, ss, 2)
	require.Equal(t, chain.DevSigner(0).Address(), ss[0].Address())
	require.Equal(t, chain.DevSigner(1).Address(), ss[1].Address())

	bad := "0xzz0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff8"
	t.Setenv("TEST_KEY", bad)
	_, err = kf.Signers()
	require.ErrorContains(t, err, "-key-env TEST_KEY: key 1: not a hex private key")
	require.NotContains(t, err.Error(), bad[4:20], "the value is never shown")
}

// TestNoKeyOnTheCommandLine: -key is not a flag, and a key left after the
// flags is refused; neither is echoed.
func TestNoKeyOnTheCommandLine(t *testing.T) {
	key := clitest.DevKeyHex(0)[2:]
	_, out, err := parse(t, "TEST_KEY", "-key", key)
	require.ErrorContains(t, err, "flag provided but not defined: -key")
	require.NotContains(t, out, key)
	_, out, err = parse(t, "TEST_KEY", "-key-env", "X", key)
	require.Error(t, err)
	require.Contains(t, out, "takes flags only")
	require.NotContains(t, out, key)
	_, _, err = parse(t, "TEST_KEY", "-key-env", "A=B")
	require.ErrorContains(t, err, "name of an environment variable")
}

func TestFlagsFallBackToDevAccounts(t *testing.T) {
	t.Setenv("AGIJOBS_KEY", "")
	fs := flag.NewFlagSet("role", flag.ContinueOnError)
	var f cli.Flags
	f.Register(fs, "2,3")
	require.NoError(t, cli.Parse(fs, nil))
	ss, err := f.Signers()
	require.NoError(t, err)
	require.Len(t, ss, 2)
	require.Equal(t, chain.DevSigner(2).Address(), ss[0].Address())
	require.Equal(t, chain.DevSigner(3).Address(), ss[1].Address())
}
