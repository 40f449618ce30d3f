package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestFixtureUpToDate regenerates the fixture package and compares it with
// the committed file, so the compiled fixture tests exercise current output.
func TestFixtureUpToDate(t *testing.T) {
	arts, err := LoadArtifacts("testdata/artifacts")
	require.NoError(t, err)
	require.Len(t, arts, 2)
	src, err := LoadSources("testdata/src")
	require.NoError(t, err)
	got, err := Generate(arts, src, "fixture")
	require.NoError(t, err)
	want, err := os.ReadFile(filepath.Join("fixture", "errors_gen.go"))
	require.NoError(t, err)
	require.Equal(t, string(want), string(got), "run go generate ./internal/gen/errors/fixture")
}

func TestEmptyArtifacts(t *testing.T) {
	arts, err := LoadArtifacts(filepath.Join(t.TempDir(), "missing"))
	require.NoError(t, err)
	src, err := Generate(arts, Sources{}, "reverts")
	require.NoError(t, err)
	require.Contains(t, string(src), "func decode([]byte) error { return nil }")
	require.Contains(t, string(src), "chain.RegisterRevertDecoder(decode)")
	require.Contains(t, string(src), "DO NOT EDIT.")
	// Only what the code uses is imported: no blank-identifier guards.
	require.NotContains(t, string(src), "math/big")
	require.NotContains(t, string(src), "_ =")
}

func TestSources(t *testing.T) {
	src, err := LoadSources("testdata/src")
	require.NoError(t, err)
	require.Equal(t, []string{"None", "Open", "Taken"}, src.Enums["Registry.State"])
	require.Equal(t, []string{"Low", "High"}, src.Enums["Level"], "a file-level enum is not qualified")
	require.Equal(t, "No job has this id. Job ids start at 1; read them from the JobCreated event.", src.Hints["JobNotFound"])
	require.NotContains(t, src.Hints["InvalidState"], "@param")
}

func TestNames(t *testing.T) {
	for in, want := range map[string]string{
		"jobId": "JobID", "tokenId": "TokenID", "uri": "URI", "resultURI": "ResultURI", "baseUrl": "BaseURL",
		"ids": "IDs", "": "", "selectionBlock": "SelectionBlock", "apiKey": "APIKey", "identity": "Identity",
	} {
		require.Equal(t, want, goName(in), in)
	}
	require.Equal(t, "jobID", displayName("jobId", 0))
	require.Equal(t, "uri", displayName("uri", 0))
	require.Equal(t, "arg3", displayName("", 3))
	require.Equal(t, "job not found", sentence("JobNotFound"))
	require.Equal(t, "ERC20 insufficient balance", sentence("ERC20InsufficientBalance"))
	require.Equal(t, "invalid ENS node", sentence("InvalidENSNode"))
}

func TestHintParts(t *testing.T) {
	fields := []field{{Name: "Min", ABIName: "min"}, {Name: "Max", ABIName: "max"}, {Name: "State", ABIName: "state"}, {Name: "ClaimableAt", ABIName: "claimableAt"}}
	render := func(hint string) string {
		var b strings.Builder
		for _, p := range hintParts(hint, fields) {
			if p.Field >= 0 {
				b.WriteString("<" + fields[p.Field].Name + ">")
			} else {
				b.WriteString(p.Text)
			}
		}
		return b.String()
	}
	require.Equal(t, "Outside [<Min>, <Max>]", render("Outside [min, max]."))
	require.Equal(t, "In <State>, not other", render("In `state`, not `other`"))
	require.Equal(t, "Keep [a, b] and [min, b]", render("Keep [a, b] and [min, b]"), "a list naming a non-argument stays text")
	require.Equal(t, "Claim from <ClaimableAt> on", render("Claim from `at` on"), "a shortened argument name")
	require.Equal(t, "An unpaired tick", render("An unpaired` tick"))
	require.Empty(t, hintParts("", fields))
}
