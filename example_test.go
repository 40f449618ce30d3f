package agijobs_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"time"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/storage"
)

// The fixture gives a deployed protocol with ready role clients; an
// employer posts a job on it. README.md shows this body (TestReadme).
func Example_postJob() {
	ctx := context.Background()
	env, err := agijobstest.Start(ctx) // chain + protocol + funded, staked roles; in a test: agijobstest.New(t)
	if err != nil {
		log.Fatal(err)
	}
	defer env.Close()
	now, _ := env.Now(ctx) // the chain's clock
	res, err := env.Employer(0).PostJob(ctx, escrow.PostJobParams{
		Spec: &storage.JobSpec{Title: "Translate a README", Description: "Into French.", Category: "translation",
			AgentTypes: []string{storage.AgentAny}, AcceptanceCriteria: []string{"every section translated"}},
		Reward:   deploy.Ether(100),
		Deadline: now.Add(72 * time.Hour),
	}) // validates, stores the spec, approves reward + fee, creates the job
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("posted job", res.JobID)
	// Output: posted job 1
}

// New builds the client from parts the program already has: here the
// fixture's chain, addresses, store and owner's transaction manager.
func ExampleNew() {
	ctx := context.Background()
	env, err := agijobstest.Start(ctx)
	if err != nil {
		log.Fatal(err)
	}
	defer env.Close()
	addrs := env.Addresses()
	c, err := agijobs.New(ctx, agijobs.Options{
		Backend:   env.Backend(), // a *chain.Conn, an embedded chain: any chain.Backend
		Addresses: &addrs,
		Managers:  []*chain.Manager{env.Owner()}, // managers the program already runs
		Store:     env.Store(),
	})
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close() // stops the managers c started; the parts stay open
	owner, _ := c.Manager(ctx, env.Roles().Owner)
	fmt.Println("chain", c.ChainID(), "owner's manager shared:", owner == env.Owner())
	// Output: chain 1337 owner's manager shared: true
}

// Dial connects to a deployed protocol on a real chain and posts a job.
// README.md shows this body (TestReadme); it needs a node, so it only
// compiles.
func ExampleDial() {
	ctx := context.Background()
	key, err := chain.ParseKeySigner(os.Getenv("AGIJOBS_KEY")) // or chain.LoadKeystoreSigner, chain.NewExternalSigner
	if err != nil {
		log.Fatal(err)
	}
	c, err := agijobs.Dial(ctx, agijobs.Config{
		RPCURL:       "https://sepolia.example/v3/KEY",
		ManifestPath: "latest-deployment.json", // written by governance.Deploy or examples/deploy
		Signers:      []chain.Signer{key},
		Store:        storage.NewMemory(), // a Kubo node or a pinning service in production
	})
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	employer, err := c.Employer(ctx, key) // sends through the one transaction manager of key
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("employer", employer.Address())
}
