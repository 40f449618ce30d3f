package main

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/examples/internal/clitest"
)

func TestNoFlags(t *testing.T) {
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run(context.Background(), nil, &out, &errOut), errOut.String())
	assert.Contains(t, out.String(), "EMERGENCY RUNBOOK")
	assert.Contains(t, out.String(), "pauseAll()")
	assert.Contains(t, out.String(), "setEscrowStatus(false)")
	assert.Contains(t, out.String(), "dry run")
}

func TestExecuteAndBundle(t *testing.T) {
	var out, errOut bytes.Buffer
	b := filepath.Join(t.TempDir(), "pause.json")
	require.Equal(t, 0, run(context.Background(), []string{"-safe", b, "-execute"}, &out, &errOut), errOut.String())
	assert.Regexp(t, regexp.MustCompile(`(?m)^safeTxHash 0x[0-9a-f]{64}$`), out.String())
	assert.Contains(t, out.String(), "executed")

	out.Reset()
	require.Equal(t, 0, run(context.Background(), []string{"-resume"}, &out, &errOut), errOut.String())
	assert.Contains(t, out.String(), "RESUME RUNBOOK")
	assert.Contains(t, out.String(), "unpauseAll()")
}

// TestKeys: -execute sends from a keystore file or the key in the variable
// -key-env names, never a key on the command line, and prints neither.
func TestKeys(t *testing.T) {
	clitest.RequireNoKeyFlag(t, run)

	// On the in-process chain a keystore of governance's key executes.
	t.Setenv("EMERGENCY_PASS", "pa55phrase")
	ks := clitest.WriteKeystore(t, clitest.DevKeyHex(0), "pa55phrase")
	out := clitest.OK(t, run, "-execute", "-keystore", ks, "-keystore-pass-env", "EMERGENCY_PASS")
	assert.Contains(t, out, "executed")
	clitest.RequireNotShown(t, out, clitest.DevKeyHex(0)[2:], "pa55phrase")

	// A key named explicitly is used there too: another account's is
	// refused by the contracts, and not printed.
	t.Setenv("OTHER_KEY", clitest.DevKeyHex(1))
	code, out, errs := clitest.Run(t, run, "-execute", "-key-env", "OTHER_KEY")
	require.Equal(t, 1, code, out)
	assert.Contains(t, errs, "cannot execute this plan directly")
	clitest.RequireNotShown(t, out+errs, clitest.DevKeyHex(1)[2:])

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
