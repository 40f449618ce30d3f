package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/examples/internal/clitest"
	"github.com/agijobs/agijobs-go/internal/testenv"
)

func TestNoFlags(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run(context.Background(), nil, &out, &errOut)
	require.Equal(t, 0, code, errOut.String())
	assert.Contains(t, out.String(), "[ 1/")
	assert.Contains(t, out.String(), "manifest")
	assert.Contains(t, out.String(), "PAUSED")
}

func TestSampleConfigWithEnv(t *testing.T) {
	dir := t.TempDir()
	// The sample names Sepolia; run it on the in-process chain by dropping
	// the chain id guard.
	raw, err := os.ReadFile("../../deployment-config/deployer.sample.json")
	require.NoError(t, err)
	cfg := strings.Replace(string(raw), `"chainId": 11155111,`, "", 1)
	cfgPath := filepath.Join(dir, "cfg.json")
	require.NoError(t, os.WriteFile(cfgPath, []byte(cfg), 0o644))
	envPath := filepath.Join(dir, "oneclick.env")
	example, err := os.ReadFile("../../deployment-config/oneclick.env.example")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(envPath, example, 0o644))
	manifest := filepath.Join(dir, "latest-deployment.json")

	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"-config", cfgPath, "-manifest", manifest, "-state", filepath.Join(dir, "state.json"), "-env", envPath}, &out, &errOut)
	require.Equal(t, 0, code, errOut.String())
	assert.Contains(t, out.String(), "must now accept ownership")
	env, err := os.ReadFile(envPath)
	require.NoError(t, err)
	assert.Contains(t, string(env), "RPC_URL=http://127.0.0.1:8545\n")
	assert.NotContains(t, string(env), "JOB_REGISTRY=\n")

	// -sync-env alone rewrites another file.
	other := filepath.Join(dir, "other.env")
	out.Reset()
	require.Equal(t, 0, run(context.Background(), []string{"-sync-env", "-manifest", manifest, "-env", other}, &out, &errOut), errOut.String())
	got, err := os.ReadFile(other)
	require.NoError(t, err)
	assert.Contains(t, string(got), "SYSTEM_PAUSE_ADDRESS=0x")
}

func TestBadConfig(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(p, []byte(`{"governance": {"address": "0x12", "kind": "x"}, "economics": {"feePct": 500}}`), 0o644))
	var out, errOut bytes.Buffer
	assert.Equal(t, 1, run(context.Background(), []string{"-config", p}, &out, &errOut))
	for _, field := range []string{"governance.address", "governance.kind", "economics.feePct", "token", "economics.jobStake"} {
		assert.Contains(t, errOut.String(), field)
	}
}

// TestKeys: the deployer's key comes from the environment or a keystore,
// never the command line, and is never printed; a missing one says how to
// give it.
func TestKeys(t *testing.T) {
	clitest.RequireNoKeyFlag(t, run)

	t.Setenv("DEPLOYER_PRIVATE_KEY", "")
	code, _, errs := clitest.Run(t, run, "-rpc", "http://127.0.0.1:1")
	require.Equal(t, 1, code)
	assert.Contains(t, errs, "needs a private key: export DEPLOYER_PRIVATE_KEY")
	assert.Contains(t, errs, "-keystore FILE")

	code, _, errs = clitest.Run(t, run, "-keystore", "k.json")
	require.Equal(t, 1, code)
	assert.Contains(t, errs, "need -rpc")

	// Neither the key nor the node's API keys are shown when the node
	// refuses.
	key := clitest.DevKeyHex(1)
	t.Setenv("DEPLOYER_PRIVATE_KEY", key)
	node, secrets := clitest.KeyedNode(t)
	code, out, errs := clitest.Run(t, run, "-rpc", node)
	require.Equal(t, 1, code, errs)
	assert.Contains(t, errs, "project disabled")
	assert.Contains(t, errs, "/v3/REDACTED?apikey=REDACTED", "the masked URL says which node")
	clitest.RequireNotShown(t, out+errs, append(secrets, key[2:])...)
}

// TestKeystoreOnAnvil deploys from a keystore file (dev account 0,
// decrypted with the passphrase named by -keystore-pass-env).
func TestKeystoreOnAnvil(t *testing.T) {
	node := testenv.StartAnvil(t)
	t.Setenv("DEPLOYER_PRIVATE_KEY", "")
	t.Setenv("DEPLOY_PASS", "s3cret passphrase")
	ks := clitest.WriteKeystore(t, clitest.DevKeyHex(0), "s3cret passphrase")
	manifest := filepath.Join(t.TempDir(), "latest-deployment.json")
	out := clitest.OK(t, run, "-rpc", node.URL, "-keystore", ks, "-keystore-pass-env", "DEPLOY_PASS", "-manifest", manifest)
	assert.Contains(t, out, "deployed on chain 31337")
	clitest.RequireNotShown(t, out, clitest.DevKeyHex(0)[2:], "s3cret")
	m, err := deployment.LoadManifest(manifest)
	require.NoError(t, err)
	assert.Equal(t, chain.DevSigner(0).Address(), m.Deployer, "deployed from the keystore's account")
}

// TestStateFileOfAnotherChain runs the deployment twice with the same
// state file, each time on a new in-process chain: the second run is told
// that the file is from another chain and what to do, and writes no
// manifest naming contracts that do not exist.
func TestStateFileOfAnotherChain(t *testing.T) {
	dir := t.TempDir()
	manifest, state := filepath.Join(dir, "latest-deployment.json"), filepath.Join(dir, "deploy.state.json")
	args := []string{"-manifest", manifest, "-state", state}
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run(context.Background(), args, &out, &errOut), errOut.String())
	for _, line := range strings.Split(out.String(), "\n") {
		var n, total int
		if _, err := fmt.Sscanf(line, "[%d/%d]", &n, &total); err == nil {
			assert.LessOrEqual(t, n, total, line)
		}
	}
	require.NoError(t, os.Remove(manifest))

	out.Reset()
	errOut.Reset()
	require.Equal(t, 1, run(context.Background(), args, &out, &errOut))
	assert.Contains(t, errOut.String(), "the state file "+state+" is from another chain")
	assert.Contains(t, errOut.String(), "delete it, or pass another state path")
	assert.NotContains(t, out.String(), "resumed")
	assert.NoFileExists(t, manifest)
}
