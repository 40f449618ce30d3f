package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// CIDs from `ipfs add --cid-version=1 -Q` of Kubo v0.42.0.
const (
	emptyCID = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
	aCID     = "bafkreigks6arfsq3xxfpvqrrwonchxcnu6do76auprhhfomao6c273sixm" // "a"
)

func files(t *testing.T) (empty, a string) {
	dir := t.TempDir()
	empty, a = filepath.Join(dir, "empty"), filepath.Join(dir, "a")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	require.NoError(t, os.WriteFile(a, []byte("a"), 0o644))
	return empty, a
}

func TestRun(t *testing.T) {
	empty, a := files(t)
	for _, args := range [][]string{
		{"-only-hash", empty, a},
		{empty, a},
		{"-repo", filepath.Join(t.TempDir(), "repo"), empty, a},
	} {
		var out, errOut bytes.Buffer
		code := run(context.Background(), args, &out, &errOut)
		assert.Equal(t, 0, code, "%v: %s", args, errOut.String())
		assert.Equal(t, emptyCID+"\n"+aCID+"\n", out.String(), "%v", args)
		assert.Empty(t, errOut.String())
	}
}

func TestRunErrors(t *testing.T) {
	_, a := files(t)
	for _, args := range [][]string{
		{},
		{"-bogus", a},
		{a, filepath.Join(t.TempDir(), "missing")},
		{"-only-hash", t.TempDir()},
	} {
		var out, errOut bytes.Buffer
		code := run(context.Background(), args, &out, &errOut)
		assert.Equal(t, 1, code, "%v", args)
		assert.NotEmpty(t, errOut.String(), "%v", args)
		for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
			assert.True(t, line == "" || line == aCID, "stdout has only CIDs: %q", out.String())
		}
	}
}

// TestBinary builds the command and runs it as a user would.
func TestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a binary")
	}
	bin := filepath.Join(t.TempDir(), "ipfs-add")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, "%s", out)
	empty, a := files(t)
	cmd := exec.Command(bin, "-only-hash", empty, a)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run())
	assert.Equal(t, emptyCID+"\n"+aCID+"\n", stdout.String())
	assert.Empty(t, stderr.String())

	cmd = exec.Command(bin, filepath.Join(t.TempDir(), "missing"))
	stdout.Reset()
	stderr.Reset()
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, 1, ee.ExitCode())
	assert.Empty(t, stdout.String())
	assert.Contains(t, stderr.String(), "no such file")
}
