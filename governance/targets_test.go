package governance

import (
	"context"
	"maps"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/governance/internal/govtest"
	"github.com/agijobs/agijobs-go/internal/inputtest"
)

// TestPlansRefuseWrongManifests: a manifest with two modules swapped, or a
// module at an account without code, gets no owner plan and no emergency
// plan (their actions would call the wrong contract, or nothing, and their
// setters would wire the wrong addresses); the state read still works, for
// doctor to report.
func TestPlansRefuseWrongManifests(t *testing.T) {
	ctx := context.Background()
	e := govtest.NewEmbedded(t)
	good := e.Deploy(t)
	st, err := ReadState(ctx, e.Backend, good, nil, ReadOptions{})
	require.NoError(t, err)
	for _, mod := range deploy.Modules {
		assert.Equal(t, string(mod), st.Modules[mod].Kind)
	}
	_, err = NewPlan(st, sampleConfigs(t))
	require.NoError(t, err)

	with := func(edit func(c map[string]common.Address)) *deployment.Manifest {
		m := *good
		m.Contracts = maps.Clone(good.Contracts)
		edit(m.Contracts)
		return &m
	}
	swapped := with(func(c map[string]common.Address) {
		c["JobRegistry"], c["FeePool"] = c["FeePool"], c["JobRegistry"]
	})
	eoa := with(func(c map[string]common.Address) { c["SystemPause"] = govtest.Signer(3).Address() })

	for name, tc := range map[string]struct {
		m    *deployment.Manifest
		want map[string]string
	}{
		"swapped": {swapped, map[string]string{
			"manifest.contracts.JobRegistry": "is the FeePool module (its moduleKind()), not the JobRegistry",
			"manifest.contracts.FeePool":     "is the JobRegistry module",
		}},
		"no code": {eoa, map[string]string{"manifest.contracts.SystemPause": govtest.Signer(3).Address().Hex() + " has no contract code"}},
	} {
		t.Run(name, func(t *testing.T) {
			st, err := ReadState(ctx, e.Backend, tc.m, nil, ReadOptions{})
			require.NoError(t, err, "reading works: doctor reports what it found")
			_, err = NewPlan(st, sampleConfigs(t))
			inputtest.Require(t, err, tc.want)
			require.ErrorContains(t, err, "no plan is made")
			_, err = EmergencyPlan(ctx, e.Backend, tc.m, deployment.KindEOA, true)
			inputtest.Require(t, err, tc.want)
		})
	}
}

// TestExecuteDirectRefusesTargetsWithoutCode: a hand-made plan calling an
// account without code (a call there succeeds and does nothing) is refused
// before anything is sent.
func TestExecuteDirectRefusesTargetsWithoutCode(t *testing.T) {
	ctx := context.Background()
	e := govtest.NewEmbedded(t)
	m := e.Deploy(t)
	a, err := NewAction(ActionSpec{Module: deploy.JobRegistry, Target: m.Address(deploy.JobRegistry), Method: "setFeePct", Args: []any{big.NewInt(4)}})
	require.NoError(t, err)
	gone := a
	gone.Target = govtest.Signer(3).Address()
	p := &Plan{ChainID: e.ChainID, Governance: govtest.Signer(0).Address(), Kind: deployment.KindEOA, Actions: []Action{a, gone}}

	require.NoError(t, CheckTargets(ctx, e.Backend, &Plan{ChainID: e.ChainID, Actions: []Action{a}}))
	err = CheckTargets(ctx, e.Backend, p)
	inputtest.Require(t, err, map[string]string{"Plan.Actions[1].Target": gone.Target.Hex() + " (JobRegistry.setFeePct) has no contract code on chain 1337"})

	n0, err := e.Backend.PendingNonceAt(ctx, govtest.Signer(0).Address())
	require.NoError(t, err)
	_, err = ExecuteDirect(ctx, e.Mgr(0), p)
	inputtest.Require(t, err, map[string]string{"Plan.Actions[1].Target": "has no contract code"})
	n1, err := e.Backend.PendingNonceAt(ctx, govtest.Signer(0).Address())
	require.NoError(t, err)
	assert.Equal(t, n0, n1, "nothing was sent, not even the first action")
}
