package main

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
