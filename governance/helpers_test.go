package governance

import (
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/governance/internal/govtest"
)

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

func sampleConfigs(t testing.TB) *ModuleConfigs {
	t.Helper()
	mc, err := LoadModuleConfigs(filepath.Join(govtest.RepoRoot(), "config"))
	require.NoError(t, err)
	return mc
}
