package governance_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/governance"
)

// The owner's loop on an in-process chain: Deploy installs the protocol
// through the deployer's transaction manager (dev account 0 governs; the
// development config pauses on launch), ReadState reads every governable
// setting, and NewPlan diffs it against the committed sample config files.
// The plan is data; nothing is sent until ExecuteDirect (or a Safe, or a
// timelock) executes it through the same manager, after which the same
// read finds nothing left to do.
func ExampleNewPlan() {
	ctx := context.Background()
	ch, err := chain.NewEmbedded(chain.EmbeddedConfig{})
	if err != nil {
		panic(err)
	}
	defer ch.Close()
	// One Manager per account: it sends the deployment and, later, the plan.
	m, err := chain.NewManager(ctx, chain.ManagerConfig{Backend: ch.Backend(), Signer: ch.Account(0)})
	if err != nil {
		panic(err)
	}
	defer m.Close()
	dir, err := os.MkdirTemp("", "agijobs-example-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	res, err := governance.Deploy(ctx, m, governance.DefaultDeployerConfig(m.Address()), governance.DeployOptions{
		ManifestPath: filepath.Join(dir, "latest-deployment.json"),
	})
	if err != nil {
		panic(err)
	}
	manifest := res.Manifest

	// The committed samples live in config/ at the module root. Their
	// owner-control.json names no governance address, so the manifest's
	// (the deployer) governs; it is an EOA here, not a Safe.
	desired, err := governance.LoadModuleConfigs("../config")
	if err != nil {
		panic(err)
	}
	desired.OwnerControl.Kind = manifest.GovernanceKind

	st, err := governance.ReadState(ctx, ch.Backend(), manifest, desired, governance.ReadOptions{})
	if err != nil {
		panic(err)
	}
	plan, err := governance.NewPlan(st, desired)
	if err != nil {
		panic(err)
	}
	first := plan.Actions[0]
	fmt.Println("actions:", len(plan.Actions))
	fmt.Printf("first: %s.%s (%s: %s -> %s)\n", first.Module, first.Method, first.Label, first.Current, first.Desired)

	// The governance account executes the plan itself.
	if _, err := governance.ExecuteDirect(ctx, m, plan); err != nil {
		panic(err)
	}
	st, err = governance.ReadState(ctx, ch.Backend(), manifest, desired, governance.ReadOptions{})
	if err != nil {
		panic(err)
	}
	again, err := governance.NewPlan(st, desired)
	if err != nil {
		panic(err)
	}
	fmt.Println("after execution:", len(again.Actions), "actions")
	// Output:
	// actions: 17
	// first: JobRegistry.setFeePct (feePct: 5% -> 4%)
	// after execution: 0 actions
}
