package deployment

import (
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/contracts/deploy"
)

func testManifest() *Manifest {
	m := &Manifest{ChainID: 11155111, Block: 42, Governance: common.HexToAddress("0x99"), Contracts: map[string]common.Address{"Token": common.HexToAddress("0x01")}}
	for i, mod := range deploy.Modules {
		m.Contracts[string(mod)] = common.BigToAddress(new(big.Int).Lsh(big.NewInt(1), uint(8+i)))
	}
	return m
}

func TestSyncEnvKeepsOtherLines(t *testing.T) {
	m := testManifest()
	in := "# header\nRPC_URL=https://x/KEY\n\nexport JOB_REGISTRY=0xold # comment lost with the value\nAGIALPHA_TOKEN=\r\nOTHER=1"
	out := string(SyncEnv([]byte(in), m))
	assert.True(t, strings.HasPrefix(out, "# header\nRPC_URL=https://x/KEY\n\nexport JOB_REGISTRY="+m.Address(deploy.JobRegistry).Hex()+"\nAGIALPHA_TOKEN="+m.Token().Hex()+"\r\nOTHER=1\n"), out)
	for _, v := range EnvVars {
		assert.Equal(t, 1, strings.Count(out, "\n"+v.Name+"=")+strings.Count(out, "export "+v.Name+"="), v.Name)
	}
	assert.Contains(t, out, "CHAIN_ID=11155111\n")
	// Idempotent.
	assert.Equal(t, out, string(SyncEnv([]byte(out), m)))
}

func TestEnvExampleHasEveryVariable(t *testing.T) {
	b, err := os.ReadFile("../deployment-config/oneclick.env.example")
	require.NoError(t, err)
	raw := string(b)
	for _, v := range EnvVars {
		assert.Contains(t, raw, "\n"+v.Name+"=", v.Name)
	}
	out := string(SyncEnv([]byte(raw), testManifest()))
	assert.Equal(t, 1, strings.Count(out, envHeader), "every variable is already in the example: nothing appended")
	require.Contains(t, out, "RPC_URL=http://127.0.0.1:8545")
}
