package index_test

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/index"
)

func ExampleDB_Jobs() {
	ctx := context.Background()
	env, err := agijobstest.Start(ctx) // the protocol on an in-process chain
	if err != nil {
		panic(err)
	}
	defer env.Close()
	now, err := env.Now(ctx)
	if err != nil {
		panic(err)
	}
	for i, reward := range []int64{40, 90} {
		_, err := env.Employer(0).PostJob(ctx, escrow.PostJobParams{Spec: spec(fmt.Sprint("Translate chapter ", i+1), "Translation"), Reward: deploy.Ether(reward), Deadline: now.Add(48 * time.Hour)})
		if err != nil {
			panic(err)
		}
	}

	db, err := index.Open(ctx, ":memory:") // a file path or "postgres://..." in production
	if err != nil {
		panic(err)
	}
	defer db.Close()
	ix, err := index.NewIndexer(db, index.Config{Backend: env.Backend(), Addresses: env.Addresses(), Specs: env.Store()})
	if err != nil {
		panic(err)
	}
	if err := ix.Sync(ctx); err != nil { // a service runs ix.Run(ctx) instead
		panic(err)
	}

	page, err := db.Jobs(ctx, index.JobQuery{States: []escrow.State{escrow.StateCreated}, Category: "translation", Order: index.HighestReward})
	if err != nil {
		panic(err)
	}
	for _, j := range page.Jobs {
		fmt.Println(j.ID, j.State, j.Category, j.Title, new(big.Int).Div(j.Reward, deploy.Ether(1)), "AGIALPHA")
	}
	// Output:
	// 2 Created translation Translate chapter 2 90 AGIALPHA
	// 1 Created translation Translate chapter 1 40 AGIALPHA
}
