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
	assert.Contains(t, out, "chainId")
	assert.Contains(t, out, "modules paused")
}

func TestStrictJSON(t *testing.T) {
	var out, errOut bytes.Buffer
	assert.Equal(t, 1, run(context.Background(), []string{"-json", "-strict"}, &out, &errOut))
	var rep struct {
		Summary map[string]int `json:"summary"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &rep), "stdout is the JSON document alone")
	assert.Empty(t, errOut.String())
	assert.Equal(t, 1, rep.Summary["warn"])
}

func TestUnreachableRPC(t *testing.T) {
	m := filepath.Join(t.TempDir(), "m.json")
	require.NoError(t, os.WriteFile(m, []byte(`{"chainId":1,"contracts":{"Token":"0x0000000000000000000000000000000000000001","StakeManager":"0x0000000000000000000000000000000000000001","JobRegistry":"0x0000000000000000000000000000000000000001","ValidationModule":"0x0000000000000000000000000000000000000001","IdentityRegistry":"0x0000000000000000000000000000000000000001","ReputationEngine":"0x0000000000000000000000000000000000000001","DisputeModule":"0x0000000000000000000000000000000000000001","FeePool":"0x0000000000000000000000000000000000000001","CertificateNFT":"0x0000000000000000000000000000000000000001","SystemPause":"0x0000000000000000000000000000000000000001"}}`), 0o644))
	var out, errOut bytes.Buffer
	assert.Equal(t, 1, run(context.Background(), []string{"-rpc", "http://127.0.0.1:1", "-manifest", m}, &out, &errOut))
	assert.Contains(t, out.String(), "FAIL")
}
