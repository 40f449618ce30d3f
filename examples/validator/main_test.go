package main

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/examples/internal/clitest"
)

// TestEmbeddedDefault runs the example without flags: every role on the
// embedded chain, one job to Finalized.
func TestEmbeddedDefault(t *testing.T) {
	require.Contains(t, clitest.OK(t, run), "job 1 is Finalized")
}

// TestBadFlags: -rpc without -manifest is refused, naming the flag.
func TestBadFlags(t *testing.T) {
	code, _, errs := clitest.Run(t, run, "-rpc", "http://127.0.0.1:1")
	require.Equal(t, 1, code, errs)
	require.Contains(t, errs, "-manifest")
}

// TestKeys: keys come from -key-env or -keystore, never the command line,
// and neither they nor the node's API keys are printed.
func TestKeys(t *testing.T) { clitest.RequireRoleKeys(t, run) }
