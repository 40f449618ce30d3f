package escrow_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/identity"
	"github.com/agijobs/agijobs-go/matching"
	"github.com/agijobs/agijobs-go/storage"
)

var _ matching.Applier = escrow.WorkerApplier{}

// TestMatchingWorker drives the agent through a matching.Worker: it
// follows the new job, scores it, applies and submits through the escrow
// agent client.
func TestMatchingWorker(t *testing.T) {
	en := newEnv(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w, err := matching.NewWorker(matching.WorkerConfig{
		Backend:     en.Backend(),
		JobRegistry: en.Addresses().JobRegistry,
		Fetcher:     en.Store(),
		Profile:     matching.Profile{Address: en.agent.Address(), Skills: []string{"vision"}, Categories: []string{"data-labelling"}, Stake: deploy.Ether(100)},
		Policy:      &matching.Policy{Version: 1, Weights: matching.Weights{Skills: 1, Category: 1}, Thresholds: matching.Thresholds{MinScore: 0.5}},
		Claim:       identity.Claim{Label: "alice"},
		Applier:     en.agent.WorkerApplier(),
		Handler: func(context.Context, matching.Task) (*storage.JobResult, error) {
			return testResult(), nil
		},
		StatePath:    filepath.Join(t.TempDir(), "worker.json"),
		AgentType:    storage.AgentAI,
		FromBlock:    1,
		PollInterval: 10 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	id := en.post(deploy.Ether(10)).JobID
	j, err := en.c.WaitForState(ctx, id, 20*time.Second, escrow.StateSubmitted)
	if err != nil {
		t.Fatalf("%v (state %v)", err, j.State)
	}
	if j.Agent != en.agent.Address() {
		t.Fatalf("agent %s", j.Agent.Hex())
	}
	cancel()
	<-done
}
