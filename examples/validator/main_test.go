package main

import (
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
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

// TestStateOfAnotherChain: a state file of another chain or deployment is
// refused, naming the file and the fix; the resume block survives a
// reopen.
func TestStateOfAnotherChain(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v", "state.json")
	here := followState{ChainID: "31337", Genesis: common.Hash{1}, ValidationModule: common.Address{2}}
	st, err := openState(path, here)
	require.NoError(t, err)
	require.Zero(t, st.FromBlock)
	st.FromBlock = 42
	require.NoError(t, st.save())
	other := here
	other.Genesis = common.Hash{9}
	_, err = openState(path, other)
	require.ErrorContains(t, err, "validator state "+path+" belongs to ValidationModule")
	require.ErrorContains(t, err, "remove it or pass another -state")
	again, err := openState(path, here)
	require.NoError(t, err)
	require.EqualValues(t, 42, again.FromBlock)
}
