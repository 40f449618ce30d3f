package main

import (
	"bytes"
	"context"
	"encoding/json"
	"github.com/agijobs/agijobs-go/examples/internal/clitest"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNoFlags(t *testing.T) {
	out := clitest.OK(t, run)
	assert.Contains(t, out, "owner.JobRegistry")
	assert.Regexp(t, `token\.0x[0-9a-fA-F]{40}\.minReward +a job at the floor`, out)
	assert.Contains(t, out, "holds a FeePool fee-token slot")
	assert.Contains(t, out, "0 failed")
}

func TestJSONStrictAndBadConfig(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"-json", "-strict"}, &out, &errOut)
	assert.Equal(t, 1, code, "the fresh deployment is paused and drifts from the samples: warnings")
	var rep struct {
		Summary struct{ Pass, Warn, Fail int }
		Checks  []struct{ ID, Status, Details, Fix string }
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &rep), "stdout is the JSON document alone")
	assert.Empty(t, errOut.String())
	assert.Positive(t, rep.Summary.Warn)
	assert.NotEmpty(t, rep.Checks)

	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "job-registry.json"), []byte(`{"feePct": "five"}`), 0o644))
	out.Reset()
	assert.Equal(t, 1, run(context.Background(), []string{"-config", dir}, &out, &errOut))
	assert.Contains(t, out.String(), "feePct")
}
