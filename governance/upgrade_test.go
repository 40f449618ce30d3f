package governance

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/governance/internal/govtest"
	"github.com/agijobs/agijobs-go/internal/testcontracts/jobregistrynext"
)

func TestUpgradeJobRegistry(t *testing.T) {
	e := govtest.NewEmbedded(t)
	ctx := context.Background()
	m := e.Deploy(t)
	r, err := e.Mgr(0).Send(ctx, chain.TxCandidate{Data: hexutil.MustDecode(jobregistrynext.JobRegistryNextMetaData.Bin), Label: "deploy next"})
	require.NoError(t, err)
	next := r.ContractAddress

	a, err := UpgradeAction(ctx, e.Backend, m, deploy.JobRegistry, next, "JobRegistryNext", nil)
	require.NoError(t, err)
	assert.Equal(t, m.Implementations["JobRegistry"].Hex(), a.Current)
	plan := &Plan{Name: "upgrade", ChainID: e.ChainID, Governance: m.Governance, Kind: deployment.KindEOA, Actions: []Action{a}}
	_, err = ExecuteDirect(ctx, e.Mgr(0), plan)
	require.NoError(t, err)
	st, err := ReadState(ctx, e.Backend, m, nil, ReadOptions{})
	require.NoError(t, err)
	assert.Equal(t, next, st.Modules[deploy.JobRegistry].Implementation)
	fee, err := st.Modules[deploy.JobRegistry].Uint("feePct")
	require.NoError(t, err)
	assert.Equal(t, big.NewInt(5), fee, "state kept across the upgrade")

	// Not the governance account: refused before sending.
	_, err = ExecuteDirect(ctx, e.Mgr(1), plan)
	var ng *NotGovernanceError
	require.ErrorAs(t, err, &ng)
}

func TestCheckLayoutRefuses(t *testing.T) {
	cur, err := contracts.LoadArtifact("JobRegistry")
	require.NoError(t, err)
	next, err := contracts.LoadArtifact("JobRegistryNext")
	require.NoError(t, err)
	require.NoError(t, CheckLayout(deploy.JobRegistry, cur.StorageLayout, next.StorageLayout))

	clone := func(l contracts.StorageLayout) contracts.StorageLayout {
		out := l
		out.Namespaces = nil
		for _, ns := range l.Namespaces {
			c := ns
			c.Members = append([]contracts.StorageEntry(nil), ns.Members...)
			out.Namespaces = append(out.Namespaces, c)
		}
		return out
	}
	var ns0 string
	for _, ns := range cur.StorageLayout.Namespaces {
		if ns.ID == "agijobs.storage.JobRegistry" {
			ns0 = ns.ID
		}
	}
	require.NotEmpty(t, ns0)
	idx := func(l contracts.StorageLayout) int {
		for i, ns := range l.Namespaces {
			if ns.ID == ns0 {
				return i
			}
		}
		return -1
	}
	cases := map[string]func(l *contracts.StorageLayout){
		"moved":   func(l *contracts.StorageLayout) { l.Namespaces[idx(*l)].Members[1].Offset++ },
		"retyped": func(l *contracts.StorageLayout) { l.Namespaces[idx(*l)].Members[0].Type = "t_bool" },
		"removed": func(l *contracts.StorageLayout) {
			i := idx(*l)
			l.Namespaces[i].Members = l.Namespaces[i].Members[:len(l.Namespaces[i].Members)-1]
		},
		"namespace dropped": func(l *contracts.StorageLayout) { l.Namespaces = l.Namespaces[:idx(*l)] },
	}
	for name, mutate := range cases {
		bad := clone(next.StorageLayout)
		mutate(&bad)
		err := CheckLayout(deploy.JobRegistry, cur.StorageLayout, bad)
		var le *LayoutError
		require.ErrorAs(t, err, &le, name)
		t.Logf("%s: %v", name, err)
	}
	// Appending a member is allowed.
	ext := clone(next.StorageLayout)
	i := idx(ext)
	ext.Namespaces[i].Members = append(ext.Namespaces[i].Members, contracts.StorageEntry{Label: "extra", Slot: "99", Type: "t_bool"})
	assert.NoError(t, CheckLayout(deploy.JobRegistry, cur.StorageLayout, ext))
}
