package matching_test

import (
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/internal/oteltest"
	"github.com/agijobs/agijobs-go/matching"
	"github.com/agijobs/agijobs-go/telemetry"
)

// TestWorkerTelemetry posts a job the worker takes and one it declines:
// both are seen, one is applied to and submitted, and the job stream's lag
// is recorded.
func TestWorkerTelemetry(t *testing.T) {
	env := agijobstest.New(t)
	applier := newChainApplier(t, env, env.Roles().Agents[0])
	statePath := filepath.Join(t.TempDir(), "worker.json")
	rec := oteltest.New(t)
	cfg := workerConfig(t, env, applier, statePath)
	cfg.Telemetry = rec.Providers()
	run := startWorker(t, cfg)
	waitFor(t, "the worker to start", func() bool { _, ok := rec.Metric(t, telemetry.FollowLag); return ok })

	taken, _ := postJob(t, env, "coding", common.Hash{})
	postJob(t, env, "gambling", common.Hash{}) // denied category
	waitFor(t, "the job submitted", recorded(statePath, taken, matching.StatusSubmitted))
	waitFor(t, "the submission counted", func() bool { return rec.Int(t, telemetry.JobsSubmitted) == 1 })
	waitFor(t, "both jobs seen", func() bool { return rec.Int(t, telemetry.JobsSeen) == 2 })
	run.stop()

	if n := rec.Int(t, telemetry.JobsApplied); n != 1 {
		t.Errorf("applied %d, want 1", n)
	}
	if n := rec.Int(t, telemetry.JobsSubmitted); n != 1 {
		t.Errorf("submitted %d, want 1", n)
	}
	if n := rec.Int(t, telemetry.JobsSeen); n != 2 {
		t.Errorf("seen %d, want 2", n)
	}
	if _, ok := rec.Metric(t, telemetry.FollowLag); !ok {
		t.Error("no follow lag recorded")
	}
	if lag := rec.Int(t, telemetry.FollowLag, telemetry.AttrStream.String("matching.jobs")); lag != 0 {
		t.Errorf("lag %d blocks; a caught-up stream with 1 confirmation lags 0", lag)
	}
}
