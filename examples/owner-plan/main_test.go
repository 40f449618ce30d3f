package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/examples/internal/clitest"
	"github.com/agijobs/agijobs-go/governance/safe"
)

func TestNoFlags(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run(context.Background(), nil, &out, &errOut)
	require.Equal(t, 0, code, errOut.String())
	assert.Contains(t, out.String(), "setFeePct(4)")
	assert.Contains(t, out.String(), "minJobReward, maxJobReward, jobStakeBps", "the stake token's reward range and stake fraction")
	assert.Contains(t, out.String(), "setTokenConfig(")
	assert.Contains(t, out.String(), "dry run")
	assert.NotContains(t, out.String(), "nothing to do")
}

func TestSafeBundleAndExecute(t *testing.T) {
	dir := t.TempDir()
	bundle := filepath.Join(dir, "bundle.json")
	var out, errOut bytes.Buffer
	t.Setenv("OWNER_KEY", clitest.DevKeyHex(1))
	code := run(context.Background(), []string{"-config", "../../config", "-safe", bundle, "-sign", "-key-env", "OWNER_KEY"}, &out, &errOut)
	require.Equal(t, 0, code, errOut.String())
	require.Regexp(t, regexp.MustCompile(`(?m)^safeTxHash 0x[0-9a-f]{64}$`), out.String())
	assert.Contains(t, out.String(), "by "+chain.DevSigner(1).Address().Hex(), "signed by the key of -key-env")
	clitest.RequireNotShown(t, out.String()+errOut.String(), clitest.DevKeyHex(1)[2:])
	// On the in-process chain, -execute sends from the deployer.
	assert.Contains(t, clitest.OK(t, run, "-config", "../../config", "-execute"), "executed ")
	raw, err := os.ReadFile(bundle)
	require.NoError(t, err)
	ok, err := safe.VerifyChecksum(raw)
	require.NoError(t, err)
	assert.True(t, ok)
	assert.True(t, strings.Contains(string(raw), `"contractMethod"`))
	assert.Contains(t, string(raw), `"name": "setTokenConfig"`)
	assert.Contains(t, string(raw), `"minReward": "2000000000000000000"`, "the sample's minJobReward of 2 tokens")
}

func TestBadFlags(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Equal(t, 1, run(context.Background(), []string{"-rpc", "http://127.0.0.1:1"}, &out, &errOut))
	assert.Contains(t, errOut.String(), "-manifest")
	errOut.Reset()
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "fee-pool.json"), []byte(`{"burnPct": 900}`), 0o644))
	assert.Equal(t, 1, run(context.Background(), []string{"-config", dir}, &out, &errOut))
	assert.Contains(t, errOut.String(), "burnPct")
}

// TestKeys: -sign and -execute take the key from the variable -key-env
// names or a keystore, never from the command line.
func TestKeys(t *testing.T) {
	clitest.RequireNoKeyFlag(t, run)
	// The old form -sign KEYHEX leaves the key as an argument: refused,
	// not echoed.
	code, out, errs := clitest.Run(t, run, "-sign", clitest.DevKeyHex(1))
	require.Equal(t, 2, code)
	assert.Contains(t, errs, "takes flags only")
	clitest.RequireNotShown(t, out+errs, clitest.DevKeyHex(1)[2:])

	t.Setenv("AGIJOBS_KEY", "")
	code, _, errs = clitest.Run(t, run, "-safe", filepath.Join(t.TempDir(), "b.json"), "-sign")
	require.Equal(t, 1, code)
	assert.Contains(t, errs, "-sign needs a private key: export AGIJOBS_KEY")

	// A keystore signs.
	t.Setenv("OWNER_PASS", "owner passphrase")
	ks := clitest.WriteKeystore(t, clitest.DevKeyHex(2), "owner passphrase")
	out = clitest.OK(t, run, "-safe", filepath.Join(t.TempDir(), "b.json"), "-sign", "-keystore", ks, "-keystore-pass-env", "OWNER_PASS")
	assert.Contains(t, out, "by "+chain.DevSigner(2).Address().Hex())
	clitest.RequireNotShown(t, out, clitest.DevKeyHex(2)[2:], "owner passphrase")
}
