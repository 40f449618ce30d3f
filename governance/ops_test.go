package governance

import (
	"context"
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
)

func statusOf(r *Report, id string) Status {
	for _, c := range r.Checks {
		if c.ID == id {
			return c.Status
		}
	}
	return ""
}

func TestEmergencyPauseAndResume(t *testing.T) {
	e := newEmbeddedEnv(t)
	ctx := context.Background()
	m := deployProtocol(t, e)

	p, err := EmergencyPlan(ctx, e.backend, m, KindEOA, true)
	require.NoError(t, err)
	require.Len(t, p.Actions, 2)
	assert.Equal(t, "pauseAll", p.Actions[0].Method)
	assert.Equal(t, "setEscrowStatus", p.Actions[1].Method)
	assert.Contains(t, Runbook(m, p, true), "EMERGENCY RUNBOOK")
	_, err = ExecuteDirect(ctx, e.mgr(0), p)
	require.NoError(t, err)

	h := Health(ctx, e.backend, m, HealthOptions{})
	assert.Equal(t, Warn, statusOf(h, "paused"))
	assert.Equal(t, Warn, statusOf(h, "escrow"))
	assert.Equal(t, 0, h.ExitCode(false))
	assert.Equal(t, 1, h.ExitCode(true))

	again, err := EmergencyPlan(ctx, e.backend, m, KindEOA, true)
	require.NoError(t, err)
	assert.Empty(t, again.Actions, "already paused and frozen")

	back, err := EmergencyPlan(ctx, e.backend, m, KindEOA, false)
	require.NoError(t, err)
	require.Len(t, back.Actions, 2)
	assert.Equal(t, "setEscrowStatus", back.Actions[0].Method)
	assert.Equal(t, "unpauseAll", back.Actions[1].Method)
	_, err = ExecuteDirect(ctx, e.mgr(0), back)
	require.NoError(t, err)
	h = Health(ctx, e.backend, m, HealthOptions{})
	assert.Equal(t, 0, h.ExitCode(true), h.Text())
}

func TestDoctor(t *testing.T) {
	e := newEmbeddedEnv(t)
	ctx := context.Background()
	m := deployProtocol(t, e)
	desired := sampleConfigs(t)
	desired.OwnerControl.Kind = KindEOA

	rep, err := Doctor(ctx, e.backend, DoctorInput{Manifest: m, Desired: desired})
	require.NoError(t, err)
	assert.Zero(t, rep.Summary.Fail, rep.Text())
	assert.Equal(t, Warn, statusOf(rep, "drift"), "the samples differ from the dev parameters")
	raw, err := json.Marshal(rep)
	require.NoError(t, err)
	var shape struct {
		Summary map[string]int      `json:"summary"`
		Checks  []map[string]string `json:"checks"`
	}
	require.NoError(t, json.Unmarshal(raw, &shape))
	assert.Contains(t, shape.Summary, "pass")
	assert.Contains(t, shape.Checks[0], "status")

	// Miswire JobRegistry's fee pool to the FeePool implementation instead of
	// its proxy (the contracts refuse a module of another kind, not this
	// mistake): a failure with a fix, exit 1.
	to := m.Address(deploy.JobRegistry)
	_, err = e.mgr(0).Send(ctx, chain.TxCandidate{To: &to, Data: mustPack(deploy.JobRegistry, "setFeePool", m.Implementations[string(deploy.FeePool)])})
	require.NoError(t, err)
	rep, err = Doctor(ctx, e.backend, DoctorInput{Manifest: m, ConfigErr: errors.New("job-registry.json: feePct: too large")})
	require.NoError(t, err)
	assert.Equal(t, Fail, statusOf(rep, "wiring.JobRegistry.feePool"))
	assert.Equal(t, Fail, statusOf(rep, "config"))
	assert.Equal(t, 1, rep.ExitCode(false))
	t.Log("\n" + rep.Text())

	// The owner plan repairs the wiring.
	st, err := ReadState(ctx, e.backend, m, nil, ReadOptions{})
	require.NoError(t, err)
	fix, err := NewPlan(st, nil)
	require.NoError(t, err)
	require.Len(t, fix.Actions, 1)
	_, err = ExecuteDirect(ctx, e.mgr(0), fix)
	require.NoError(t, err)
	rep, err = Doctor(ctx, e.backend, DoctorInput{Manifest: m})
	require.NoError(t, err)
	assert.Zero(t, rep.Summary.Fail, rep.Text())
}
