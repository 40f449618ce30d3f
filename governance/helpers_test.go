package governance

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/governance/internal/govtest"
)

func readRepoFile(t testing.TB, rel string) string {
	raw, err := os.ReadFile(filepath.Join(govtest.RepoRoot(), rel))
	require.NoError(t, err)
	return string(raw)
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

// call reads method of module m at to by name, for assertions.
func call(ctx context.Context, r Reader, m deploy.Module, to common.Address, method string, args ...any) ([]any, error) {
	data, err := pack(m, method, args...)
	if err != nil {
		return nil, err
	}
	out, err := r.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, err
	}
	return unpack(m, method, out)
}

func sampleConfigs(t testing.TB) *ModuleConfigs {
	t.Helper()
	mc, err := LoadModuleConfigs(filepath.Join(govtest.RepoRoot(), "config"))
	require.NoError(t, err)
	return mc
}
