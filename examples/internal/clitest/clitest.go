// Package clitest runs an example's command in a test, with the keys,
// keystores, manifests and nodes those tests give it.
package clitest

import (
	"context"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/examples/internal/cli"
	"github.com/agijobs/agijobs-go/internal/devchain"
)

// Run runs the command with args and returns its exit status and what it
// wrote to stdout and stderr.
func Run(t testing.TB, run cli.Run, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errs strings.Builder
	code = run(context.Background(), args, &out, &errs)
	return code, out.String(), errs.String()
}

// OK runs the command, fails t unless it exits 0, and returns its stdout.
func OK(t testing.TB, run cli.Run, args ...string) string {
	t.Helper()
	code, out, errs := Run(t, run, args...)
	if code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	return out
}

// DevKeyHex returns the 0x-prefixed hex private key of dev account i of
// anvil and the embedded chain; account 0 deploys and governs the owner
// examples' in-process chain.
func DevKeyHex(i int) string { return hexutil.Encode(crypto.FromECDSA(devchain.Key(i))) }

// RequireNoKeyFlag fails t unless the command refuses a key on the command
// line (-key KEYHEX, as the examples once took) with a flag error (exit
// status 2) that does not echo it.
func RequireNoKeyFlag(t testing.TB, run cli.Run) {
	t.Helper()
	key := DevKeyHex(1)
	code, out, errs := Run(t, run, "-key", key)
	if code != 2 || !strings.Contains(errs, "flag provided but not defined: -key") {
		t.Fatalf("-key: exit %d, stderr:\n%s", code, errs)
	}
	RequireNotShown(t, out+errs, key[2:])
}

// RequireNotShown fails t if output holds any of secrets.
func RequireNotShown(t testing.TB, output string, secrets ...string) {
	t.Helper()
	for _, s := range secrets {
		if strings.Contains(output, s) {
			t.Fatalf("output shows a secret (%.6s...):\n%s", s, output)
		}
	}
}

// WriteKeystore writes key (hex) as a keystore v3 file encrypted with pass,
// as geth account new does (with light scrypt parameters, for speed), and
// returns its path.
func WriteKeystore(t testing.TB, hexKey, pass string) string {
	t.Helper()
	key, err := crypto.HexToECDSA(strings.TrimPrefix(hexKey, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	blob, err := keystore.EncryptKey(&keystore.Key{Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key},
		pass, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "keystore.json")
	if err := os.WriteFile(path, blob, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// KeyedNode starts a JSON-RPC endpoint that answers every call with an
// error, and returns its URL, which carries API keys the way hosted nodes
// take them (user information, a path segment, a query value), and those
// keys.
func KeyedNode(t testing.TB) (rawURL string, secrets []string) {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"project disabled"}}`))
	}))
	t.Cleanup(srv.Close)
	secrets = []string{"pr0jectpa55", "9aa3d95b3bc440fa88ea12eaa4456161", "q5ecr3tq5ecr3t"}
	return "http://projectid:" + secrets[0] + "@" + srv.Listener.Addr().String() + "/v3/" + secrets[1] + "?apikey=" + secrets[2], secrets
}

// Manifest writes a complete manifest of chain 31337 with placeholder
// addresses and returns its path.
func Manifest(t testing.TB) string {
	t.Helper()
	m := &deployment.Manifest{ChainID: 31337, Contracts: map[string]common.Address{"Token": common.HexToAddress("0x1")}}
	for i, mod := range deploy.Modules {
		m.Contracts[string(mod)] = common.BigToAddress(big.NewInt(int64(i + 2)))
	}
	path := filepath.Join(t.TempDir(), "latest-deployment.json")
	if err := deployment.WriteManifest(path, m); err != nil {
		t.Fatal(err)
	}
	return path
}

// RequireRoleKeys checks the key handling of a role example (employer,
// agent-worker, validator): no -key flag; against a node that refuses, an
// error that shows the node's URL masked and neither its API keys nor the
// key of -key-env; a -keystore without its passphrase named.
func RequireRoleKeys(t *testing.T, run cli.Run) {
	t.Helper()
	RequireNoKeyFlag(t, run)
	node, secrets := KeyedNode(t)
	key := DevKeyHex(1)
	t.Setenv("AGIJOBS_KEY", key)
	args := []string{"-rpc", node, "-manifest", Manifest(t), "-store-dir", t.TempDir()}
	code, out, errs := Run(t, run, args...)
	if code != 1 || !strings.Contains(errs, "/v3/REDACTED?apikey=REDACTED") {
		t.Fatalf("exit %d, want 1 with the node's URL masked:\n%s", code, errs)
	}
	RequireNotShown(t, out+errs, append(secrets, key[2:])...)

	t.Setenv(cli.DefaultPassEnv, "")
	os.Unsetenv(cli.DefaultPassEnv)
	code, _, errs = Run(t, run, append(args, "-keystore", "k.json")...)
	if code != 1 || !strings.Contains(errs, "-keystore needs its passphrase in $"+cli.DefaultPassEnv) {
		t.Fatalf("exit %d, want 1 naming the passphrase variable:\n%s", code, errs)
	}
}
