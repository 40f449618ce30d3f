package deployment

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/input"
)

func TestManifestRoundTrip(t *testing.T) {
	m := testManifest()
	m.GovernanceKind = KindSafe
	m.Implementations = map[string]common.Address{}
	for i, mod := range deploy.Modules {
		m.Implementations[string(mod)] = common.BigToAddress(big.NewInt(int64(1000 + i)))
	}
	path := filepath.Join(t.TempDir(), "sub", "latest-deployment.json")
	require.NoError(t, WriteManifest(path, m))
	got, err := LoadManifest(path)
	require.NoError(t, err)
	assert.Equal(t, m, got)
	d := got.Deployment()
	assert.Equal(t, m.Address(deploy.FeePool), d.Address(deploy.FeePool))
	assert.Equal(t, m, ManifestOf(d, common.Address{}, KindSafe, nil), "Deployment and ManifestOf are inverse")
}

func TestLoadManifestReportsEveryMissingField(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.json")
	require.NoError(t, os.WriteFile(path, []byte(`{"contracts":{"Token":"0x0000000000000000000000000000000000000001"}}`), 0o644))
	_, err := LoadManifest(path)
	require.ErrorIs(t, err, input.ErrInvalid)
	var errs input.Errors
	require.True(t, errors.As(err, &errs))
	require.Len(t, errs, 1+len(deploy.Modules), "chainId and every module")
	assert.Equal(t, "chainId", errs[0].Field)
	assert.Equal(t, "contracts.StakeManager", errs[1].Field)
	assert.Contains(t, err.Error(), path)
}

func TestStateRecordsAndResumes(t *testing.T) {
	d := &deploy.Deployment{Token: common.HexToAddress("0x01"), TokenDeployed: true,
		Proxies: map[deploy.Module]common.Address{deploy.JobRegistry: common.HexToAddress("0x02")}, Implementations: map[deploy.Module]common.Address{}}
	s := &State{ChainID: 5}
	s.Record(d)
	path := filepath.Join(t.TempDir(), "x.state.json")
	require.NoError(t, SaveState(path, s))
	got, err := LoadState(path)
	require.NoError(t, err)
	r := got.Deployment()
	assert.Equal(t, d.Token, r.Token)
	assert.True(t, r.TokenDeployed)
	assert.Equal(t, d.Proxies, r.Proxies)
	missing, err := LoadState(filepath.Join(t.TempDir(), "none.json"))
	require.NoError(t, err)
	assert.Nil(t, missing)
	assert.Equal(t, "a/m.state.json", StatePath("a/m.json"))
	assert.Equal(t, "a/m.txt.state", StatePath("a/m.txt"))
}
