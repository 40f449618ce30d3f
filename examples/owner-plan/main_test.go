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
	code := run(context.Background(), []string{"-config", "../../config", "-safe", bundle, "-sign", "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", "-execute"}, &out, &errOut)
	require.Equal(t, 0, code, errOut.String())
	require.Regexp(t, regexp.MustCompile(`(?m)^safeTxHash 0x[0-9a-f]{64}$`), out.String())
	assert.Contains(t, out.String(), "executed ")
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
