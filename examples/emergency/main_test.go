package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/examples/internal/clitest"
	"github.com/agijobs/agijobs-go/governance"
)

var hashLine = regexp.MustCompile(`(?m)^safeTxHash (0x[0-9a-f]{64})$`)

func TestNoFlags(t *testing.T) {
	out := clitest.OK(t, run)
	assert.Contains(t, out, "EMERGENCY RUNBOOK")
	assert.Contains(t, out, "pauseAll()")
	assert.Contains(t, out, "setEscrowStatus(false)")
	assert.Contains(t, out, "for safe governance")
	assert.Contains(t, out, "dry run")
}

// TestExecuteAndBundle: the sandbox's governance is a real Safe; the pause
// bundle's hash is the one the Safe then executes.
func TestExecuteAndBundle(t *testing.T) {
	b := filepath.Join(t.TempDir(), "pause.json")
	out := clitest.OK(t, run, "-safe", b, "-execute")
	m := hashLine.FindStringSubmatch(out)
	require.NotNil(t, m, out)
	assert.Regexp(t, `Safe 0x[0-9a-fA-F]{40}, version 1\.4\.1, nonce 2, operation 1 \(delegatecall to MultiSendCallOnly `+governance.CanonicalMultiSendCallOnly.Hex()+`, 2 calls\)`, out,
		"nonce 0 accepted the modules, 1 resumed the sandbox")
	assert.Contains(t, out, "executed")
	raw, err := os.ReadFile(b)
	require.NoError(t, err)
	var bundle struct {
		Meta         map[string]string `json:"meta"`
		Transactions []map[string]any  `json:"transactions"`
	}
	require.NoError(t, json.Unmarshal(raw, &bundle))
	assert.Contains(t, bundle.Meta["description"], m[1])
	assert.NotEmpty(t, bundle.Meta["createdFromOwnerAddress"])
	for _, tx := range bundle.Transactions {
		assert.Nil(t, tx["data"])
	}

	out = clitest.OK(t, run, "-resume")
	assert.Contains(t, out, "RESUME RUNBOOK")
	assert.Contains(t, out, "unpauseAll()")
}

// TestSafeFlags: the Safe flags need -safe; a Safe that cannot be read
// needs -nonce; a MultiSendCallOnly without code is refused.
func TestSafeFlags(t *testing.T) {
	for _, args := range [][]string{{"-safe-address", "0xdead"}, {"-nonce", "1"}, {"-multisend", "0x9641d764fc13c8B624c04430C7356C1C7C8102e2"}} {
		code, _, errs := clitest.Run(t, run, args...)
		assert.Equal(t, 2, code, "%v", args)
		assert.Contains(t, errs, args[0]+" need(s) -safe FILE")
	}
	b := filepath.Join(t.TempDir(), "pause.json")
	eoa := chain.DevSigner(7).Address().Hex()
	code, _, errs := clitest.Run(t, run, "-safe", b, "-safe-address", eoa)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "cannot read the Safe at "+eoa)

	out := clitest.OK(t, run, "-safe", b, "-safe-address", eoa, "-nonce", "9")
	assert.Contains(t, out, "version unknown (not read), nonce 9")
	assert.Regexp(t, hashLine, out)

	code, _, errs = clitest.Run(t, run, "-safe", b, "-multisend", eoa)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, eoa+" has no contract code")
}

// TestKeys: -execute sends from a keystore file or the key in the variable
// -key-env names, never a key on the command line, and prints neither.
func TestKeys(t *testing.T) {
	clitest.RequireNoKeyFlag(t, run)

	// On the in-process chain a key named explicitly sends the plan
	// itself: the deployer's, from a keystore, is not the Safe that
	// governs, and the contracts refuse it; neither key nor passphrase
	// is printed.
	t.Setenv("EMERGENCY_PASS", "pa55phrase")
	ks := clitest.WriteKeystore(t, clitest.DevKeyHex(0), "pa55phrase")
	code, out, errs := clitest.Run(t, run, "-execute", "-keystore", ks, "-keystore-pass-env", "EMERGENCY_PASS")
	require.Equal(t, 1, code, out)
	assert.Contains(t, errs, "cannot execute this plan directly")
	clitest.RequireNotShown(t, out+errs, clitest.DevKeyHex(0)[2:], "pa55phrase")

	// On a node, -execute without a key fails first, naming the fix.
	t.Setenv("AGIJOBS_KEY", "")
	node, secrets := clitest.KeyedNode(t)
	code, out, errs = clitest.Run(t, run, "-rpc", node, "-manifest", clitest.Manifest(t), "-execute")
	require.Equal(t, 1, code)
	assert.Contains(t, errs, "-execute needs a private key: export AGIJOBS_KEY")
	clitest.RequireNotShown(t, out+errs, secrets...)

	// With a key, the node's refusal shows its URL masked and no key.
	t.Setenv("AGIJOBS_KEY", clitest.DevKeyHex(1))
	code, out, errs = clitest.Run(t, run, "-rpc", node, "-manifest", clitest.Manifest(t), "-execute")
	require.Equal(t, 1, code)
	assert.Contains(t, errs, "/v3/REDACTED?apikey=REDACTED")
	clitest.RequireNotShown(t, out+errs, append(secrets, clitest.DevKeyHex(1)[2:])...)
}
