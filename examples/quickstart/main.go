// Command quickstart runs the whole AGI Jobs lifecycle in one process on the
// embedded chain and the embedded IPFS store:
//
//	go run ./examples/quickstart
//
// The test fixture (agijobstest.Start) deploys the protocol, funds the role
// accounts and makes the validators the committee pool. Then the agents and
// the validators stake, the employer posts a job with a spec, the agents
// are ranked for it with matching.Policy.Rank and the best one applies and
// submits a result, the committee is drawn and commits and reveals its
// votes, the votes are tallied and the employer finalizes the job. Each
// step prints its transaction hash and gas; the end prints every party's
// balance change and checks that no token was created or lost. The exit
// status is 0 only if the job ends Finalized and the balances add up.
package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/signal"
	"time"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/matching"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Stdout)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

// run tells the story of one job, step by step.
func run(ctx context.Context, w io.Writer) error {
	p := &printer{w: w, start: time.Now()}
	p.say("deploying the protocol on the embedded chain and funding the role accounts")
	env, err := agijobstest.Start(ctx, agijobstest.WithAgents(len(profiles)), agijobstest.WithStakes(new(big.Int), new(big.Int)))
	if err != nil {
		return err
	}
	defer env.Close()
	q := &quickstart{env: env, ec: env.Escrow(), p: p}
	if err := q.describeProtocol(ctx); err != nil {
		return err
	}
	before, err := q.balances(ctx)
	if err != nil {
		return err
	}
	if err := q.stake(ctx); err != nil {
		return err
	}
	p.gas = 0 // count the lifecycle from here on
	posted, err := q.postJob(ctx)
	if err != nil {
		return err
	}
	id := posted.JobID
	agent, err := q.matchAndApply(ctx, posted)
	if err != nil {
		return err
	}
	if err := q.submit(ctx, id, agent); err != nil {
		return err
	}
	if err := q.vote(ctx, id); err != nil {
		return err
	}
	if err := q.finalize(ctx, id); err != nil {
		return err
	}
	after, err := q.balances(ctx)
	if err != nil {
		return err
	}
	return q.settle(before, after, agent)
}

// quickstart is the state the steps share.
type quickstart struct {
	env *agijobstest.Env
	ec  *escrow.Client
	p   *printer
	prm escrow.Params
}

// agentProfile is what an agent offers; matching ranks agents on it.
type agentProfile struct {
	name       string
	skills     []string
	categories []string
}

// profiles are the agents of the quickstart, in the fixture's order.
var profiles = []agentProfile{
	{name: "alice", skills: []string{"vision", "labelling"}, categories: []string{"data-labelling"}},
	{name: "bob", skills: []string{"translation"}, categories: []string{"translation"}},
}

// policy is the matching policy of the quickstart: skills and category
// matter most, and a match needs half the maximum score.
var policy = &matching.Policy{
	Version:    1,
	Weights:    matching.Weights{Skills: 0.4, Category: 0.3, Stake: 0.2, Price: 0.1},
	Thresholds: matching.Thresholds{MinScore: 0.5},
}

// describeProtocol prints where the protocol is and its economics.
func (q *quickstart) describeProtocol(ctx context.Context) error {
	prm, err := q.ec.Params(ctx)
	if err != nil {
		return err
	}
	q.prm = prm
	tc, err := q.ec.TokenConfig(ctx, q.env.Addresses().Token)
	if err != nil {
		return err
	}
	q.p.say("protocol at JobRegistry %s (fee %d%%, validator reward %d%%, rewards from %s AGIALPHA, job stake %.2f%% of the reward, at least %s AGIALPHA)",
		q.env.Addresses().JobRegistry.Hex(), prm.FeePct, prm.ValidatorRewardPct, tokens(tc.MinReward), float64(tc.StakeBps)/100, tokens(prm.JobStake))
	return nil
}
