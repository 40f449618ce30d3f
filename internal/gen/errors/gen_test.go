package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestFixtureUpToDate regenerates the fixture package and compares it with
// the committed file, so the compiled fixture tests exercise current output.
func TestFixtureUpToDate(t *testing.T) {
	arts, err := LoadArtifacts("testdata/artifacts")
	require.NoError(t, err)
	require.Len(t, arts, 2)
	hints, err := SourceHints("testdata/src")
	require.NoError(t, err)
	got, err := Generate(arts, hints, "fixture")
	require.NoError(t, err)
	want, err := os.ReadFile(filepath.Join("fixture", "errors_gen.go"))
	require.NoError(t, err)
	require.Equal(t, string(want), string(got), "run go generate ./internal/gen/errors/fixture")
}

func TestEmptyArtifacts(t *testing.T) {
	arts, err := LoadArtifacts(filepath.Join(t.TempDir(), "missing"))
	require.NoError(t, err)
	src, err := Generate(arts, nil, "client")
	require.NoError(t, err)
	require.Contains(t, string(src), "func customErrorDecoder(sel [4]byte)")
	require.Contains(t, string(src), "DO NOT EDIT.")
}

func TestSentence(t *testing.T) {
	require.Equal(t, "job not found", sentence("JobNotFound"))
	require.Equal(t, "ERC20 insufficient balance", sentence("ERC20InsufficientBalance"))
	require.Equal(t, "invalid ENS node", sentence("InvalidENSNode"))
}
