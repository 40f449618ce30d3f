package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/examples/internal/clitest"
	"github.com/agijobs/agijobs-go/governance"
	"github.com/agijobs/agijobs-go/governance/safe"
)

var hashLine = regexp.MustCompile(`(?m)^safeTxHash (0x[0-9a-f]{64})$`)

func TestNoFlags(t *testing.T) {
	out := clitest.OK(t, run)
	assert.Regexp(t, `in-process chain: protocol deployed, safe governance 0x[0-9a-fA-F]{40}`, out, "config/owner-control.json says safe")
	assert.Contains(t, out, "setFeePct(4)")
	assert.Contains(t, out, "minJobReward, maxJobReward, jobStakeBps", "the stake token's reward range and stake fraction")
	assert.Contains(t, out, "setTokenConfig(")
	assert.Contains(t, out, "dry run")
	assert.NotContains(t, out, "nothing to do")
}

// TestSafeBundleAndExecute: the default governance is a real Safe 1.4.1;
// the bundle's hash is the one its owners then sign and the Safe executes.
func TestSafeBundleAndExecute(t *testing.T) {
	bundle := filepath.Join(t.TempDir(), "bundle.json")
	// -sign signs with the key found under -key-env's default name; not
	// named explicitly, it leaves -execute to the sandbox's governance.
	t.Setenv("AGIJOBS_KEY", clitest.DevKeyHex(1))
	code, out, errs := clitest.Run(t, run, "-config", "../../config", "-safe", bundle, "-sign", "-execute")
	require.Equal(t, 0, code, errs)
	clitest.RequireNotShown(t, out+errs, clitest.DevKeyHex(1)[2:])
	m := hashLine.FindStringSubmatch(out)
	require.NotNil(t, m, out)
	assert.Regexp(t, `Safe 0x[0-9a-fA-F]{40}, version 1\.4\.1, nonce 1, operation 1 \(delegatecall to MultiSendCallOnly `+governance.CanonicalMultiSendCallOnly.Hex()+`, \d+ calls\)`, out)
	assert.Contains(t, out, "executed ")
	assert.Contains(t, out, "safeTxHash "+m[1]+", nonce 1, signed by 2 of its owners", "the Safe executed the transaction of the printed hash")
	dev1 := chain.DevSigner(1).Address().Hex()
	assert.Contains(t, out, "by "+dev1, "signed by the key of -key-env")

	raw, err := os.ReadFile(bundle)
	require.NoError(t, err)
	ok, err := safe.VerifyChecksum(raw)
	require.NoError(t, err)
	assert.True(t, ok)
	var b struct {
		Meta         map[string]string `json:"meta"`
		Transactions []map[string]any  `json:"transactions"`
	}
	require.NoError(t, json.Unmarshal(raw, &b))
	assert.Equal(t, dev1, b.Meta["createdFromOwnerAddress"])
	for _, want := range []string{"version 1.4.1", "nonce 1", "MultiSendCallOnly " + governance.CanonicalMultiSendCallOnly.Hex(), m[1]} {
		assert.Contains(t, b.Meta["description"], want)
	}
	require.NotEmpty(t, b.Transactions)
	for i, tx := range b.Transactions {
		assert.Nil(t, tx["data"], "transaction %d: decoded calls carry data null", i)
		assert.NotNil(t, tx["contractMethod"])
	}
	assert.Contains(t, string(raw), `"name": "setTokenConfig"`)
	assert.Contains(t, string(raw), `"name": "addAdditionalAgent"`, "the identity sync of config/identity-registry.json")
	assert.Contains(t, out, "addAdditionalValidator(0x90F79bf6EB2c4f870365E785982E1f101E93b906)")
	assert.Contains(t, string(raw), `"minReward": "2000000000000000000"`, "the sample's minJobReward of 2 tokens")
}

// TestJSONIsAloneOnStdout: with -json, stdout is one JSON document with the
// Safe transaction; every status line goes to stderr.
func TestJSONIsAloneOnStdout(t *testing.T) {
	bundle := filepath.Join(t.TempDir(), "bundle.json")
	code, out, errs := clitest.Run(t, run, "-json", "-safe", bundle, "-nonce", "3")
	require.Equal(t, 0, code, errs)
	var rep struct {
		Actions []json.RawMessage `json:"actions"`
		Safe    struct {
			Safe, Version, Nonce, SafeTxHash, Bundle string
			MultiSendCallOnly                        *string
		} `json:"safe"`
	}
	dec := json.NewDecoder(strings.NewReader(out))
	require.NoError(t, dec.Decode(&rep), out)
	assert.False(t, dec.More(), "nothing after the JSON document")
	assert.NotEmpty(t, rep.Actions)
	assert.Equal(t, "1.4.1", rep.Safe.Version)
	assert.Equal(t, "3", rep.Safe.Nonce, "-nonce queues behind pending transactions")
	assert.Equal(t, bundle, rep.Safe.Bundle)
	require.NotNil(t, rep.Safe.MultiSendCallOnly)
	assert.Contains(t, errs, "in-process chain")
	assert.Contains(t, errs, "safeTxHash "+rep.Safe.SafeTxHash)
	assert.Contains(t, errs, "dry run")
}

// TestSafeFlagsNeedSafe: flags that only apply to the bundle are errors
// without -safe, not silently ignored.
func TestSafeFlagsNeedSafe(t *testing.T) {
	for _, args := range [][]string{
		{"-safe-address", "0xdead"},
		{"-sign"},
		{"-nonce", "4"},
		{"-multisend", governance.CanonicalMultiSendCallOnly.Hex()},
	} {
		code, out, errs := clitest.Run(t, run, args...)
		assert.Equal(t, 2, code, "%v", args)
		assert.Empty(t, out)
		assert.Contains(t, errs, args[0]+" need(s) -safe FILE")
	}
	bundle := filepath.Join(t.TempDir(), "b.json")
	code, _, errs := clitest.Run(t, run, "-safe", bundle, "-safe-address", "0xdead", "-nonce", "x")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, `-safe-address "0xdead" is not an address`)
	assert.Contains(t, errs, `-nonce "x" is not a nonce`)
}

// TestUnreadableSafe: a Safe address that does not answer like a Safe gets
// no hash unless -nonce is given; a MultiSendCallOnly without code, or a
// -sign key that is no owner, gets none either.
func TestUnreadableSafe(t *testing.T) {
	dir := t.TempDir()
	bundle := filepath.Join(dir, "b.json")
	eoa := chain.DevSigner(7).Address().Hex()
	code, out, errs := clitest.Run(t, run, "-safe", bundle, "-safe-address", eoa)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "cannot read the Safe at "+eoa)
	assert.NotContains(t, out, "safeTxHash")
	_, err := os.Stat(bundle)
	assert.True(t, os.IsNotExist(err), "no bundle written")

	out = clitest.OK(t, run, "-safe", bundle, "-safe-address", eoa, "-nonce", "4")
	assert.Contains(t, out, "Safe "+eoa+", version unknown (not read), nonce 4")
	assert.Contains(t, out, "warning: the Safe could not be read")
	assert.Regexp(t, hashLine, out)

	code, _, errs = clitest.Run(t, run, "-safe", bundle, "-multisend", eoa)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, eoa+" has no contract code")

	t.Setenv("NOT_OWNER_KEY", "0x"+strings.Repeat("11", 32))
	code, _, errs = clitest.Run(t, run, "-safe", bundle, "-sign", "-key-env", "NOT_OWNER_KEY")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "is not an owner of the Safe")
}

// TestEOAGovernance: a config whose owner-control.json says eoa gets an
// EOA-governed sandbox, whose plan -execute sends directly.
func TestEOAGovernance(t *testing.T) {
	dir := t.TempDir()
	entries, err := os.ReadDir("../../config")
	require.NoError(t, err)
	for _, e := range entries {
		if e.IsDir() { // config/anvil: the README walkthrough's
			continue
		}
		raw, err := os.ReadFile(filepath.Join("../../config", e.Name()))
		require.NoError(t, err)
		if e.Name() == "owner-control.json" {
			raw = []byte(strings.Replace(string(raw), `"kind": "safe"`, `"kind": "eoa"`, 1))
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, e.Name()), raw, 0o644))
	}
	out := clitest.OK(t, run, "-config", dir, "-execute")
	assert.Contains(t, out, "eoa governance "+chain.DevSigner(0).Address().Hex())
	assert.Contains(t, out, "from governance "+chain.DevSigner(0).Address().Hex())
	// A key named explicitly sends the plan itself: here governance's own.
	t.Setenv("GOV_KEY", clitest.DevKeyHex(0))
	out = clitest.OK(t, run, "-config", dir, "-execute", "-key-env", "GOV_KEY")
	assert.Regexp(t, `executed \d+ action\(s\)`, out)
}

func TestBadFlags(t *testing.T) {
	code, _, errs := clitest.Run(t, run, "-rpc", "http://127.0.0.1:1")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "-manifest")
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "fee-pool.json"), []byte(`{"burnPct": 900}`), 0o644))
	code, _, errs = clitest.Run(t, run, "-config", dir)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "burnPct")
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

// TestExecuteThroughTheSafe: -safe -execute signs with every owner key
// given and sends execTransaction from the first; signatures made with
// -sign in other runs go in with -signatures, sent by a relayer that is no
// owner; fewer signatures than the threshold send nothing.
func TestExecuteThroughTheSafe(t *testing.T) {
	t.Setenv("OWNER_KEYS", clitest.DevKeyHex(1)+","+clitest.DevKeyHex(2))
	out := clitest.OK(t, run, "-safe", filepath.Join(t.TempDir(), "b.json"), "-execute", "-key-env", "OWNER_KEYS")
	assert.Regexp(t, `executed \d+ action\(s\) through Safe 0x[0-9a-fA-F]{40}: safeTxHash 0x[0-9a-f]{64}, nonce 1, 2 signature\(s\), tx 0x[0-9a-f]{64} sent by `+chain.DevSigner(1).Address().Hex(), out)
	clitest.RequireNotShown(t, out, clitest.DevKeyHex(1)[2:], clitest.DevKeyHex(2)[2:])

	// One owner is below the threshold of 2.
	t.Setenv("ONE_OWNER", clitest.DevKeyHex(3))
	code, out, errs := clitest.Run(t, run, "-safe", filepath.Join(t.TempDir(), "b.json"), "-execute", "-key-env", "ONE_OWNER")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "1 signature(s), the Safe needs 2")
	assert.NotContains(t, out, "executed")

	// Each owner signs in a run of their own (every sandbox run reaches the
	// same Safe transaction); a relayer executes with both signatures.
	var sigs []string
	sigLine := regexp.MustCompile(`(?m)^signature (0x[0-9a-f]{130}) by `)
	for _, i := range []int{2, 3} {
		t.Setenv("OWNER_KEY", clitest.DevKeyHex(i))
		out := clitest.OK(t, run, "-safe", filepath.Join(t.TempDir(), "b.json"), "-sign", "-key-env", "OWNER_KEY")
		m := sigLine.FindStringSubmatch(out)
		require.NotNil(t, m, out)
		sigs = append(sigs, m[1])
	}
	t.Setenv("RELAYER_KEY", clitest.DevKeyHex(9))
	out = clitest.OK(t, run, "-safe", filepath.Join(t.TempDir(), "b.json"), "-execute", "-key-env", "RELAYER_KEY", "-signatures", strings.Join(sigs, ","))
	assert.Contains(t, out, "2 signature(s)")
	assert.Contains(t, out, "sent by "+chain.DevSigner(9).Address().Hex())

	for _, args := range [][]string{
		{"-signatures", sigs[0]},
		{"-safe", filepath.Join(t.TempDir(), "b.json"), "-signatures", sigs[0]},
	} {
		code, _, errs := clitest.Run(t, run, args...)
		assert.Equal(t, 2, code, "%v", args)
		assert.Contains(t, errs, "-signatures")
	}
	code, _, errs = clitest.Run(t, run, "-safe", filepath.Join(t.TempDir(), "b.json"), "-execute", "-key-env", "RELAYER_KEY", "-signatures", "0x1234")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "signature 1 is not 65 bytes")
}
