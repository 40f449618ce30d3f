// Command quickstart runs the whole AGI Jobs lifecycle in one process on the
// embedded chain and the embedded IPFS store:
//
//	go run ./examples/quickstart
//
// It deploys the protocol, funds the role accounts, stakes the agent and the
// validators, posts a job with a spec, ranks the agents for it with
// matching.Policy.Rank and lets the best one apply, submits a result, draws
// the validator committee, commits and reveals the votes, tallies them and
// finalizes the job. Each step prints its
// transaction hash and gas; the end prints every party's balance change and
// checks that no token was created or lost. The exit status is 0 only if the
// job ends Finalized and the balances add up.
package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/signal"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/agialphatoken"
	"github.com/agijobs/agijobs-go/contracts/bindings/validationmodule"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/matching"
	"github.com/agijobs/agijobs-go/storage"
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

// agentProfile is what an agent offers; matching ranks agents on it.
type agentProfile struct {
	name       string
	skills     []string
	categories []string
}

// policy is the matching policy of the quickstart: skills and category
// matter most, and a match needs half the maximum score.
var policy = &matching.Policy{
	Version:    1,
	Weights:    matching.Weights{Skills: 0.4, Category: 0.3, Stake: 0.2, Price: 0.1},
	Thresholds: matching.Thresholds{MinScore: 0.5},
}

type printer struct {
	w     io.Writer
	start time.Time
	gas   uint64
}

func (p *printer) step(name string, rs ...*types.Receipt) {
	for _, r := range rs {
		if r == nil {
			continue
		}
		p.gas += r.GasUsed
		fmt.Fprintf(p.w, "  %-28s tx %s  gas %9d\n", name, r.TxHash.Hex(), r.GasUsed)
		name = ""
	}
}

func (p *printer) say(format string, args ...any) {
	fmt.Fprintf(p.w, "[%5.2fs] %s\n", time.Since(p.start).Seconds(), fmt.Sprintf(format, args...))
}

func run(ctx context.Context, w io.Writer) error {
	p := &printer{w: w, start: time.Now()}
	p.say("deploying the protocol on the embedded chain and funding the role accounts")
	e, err := agijobs.NewEmbedded(ctx, agijobs.EmbeddedConfig{Agents: 2, Validators: 3})
	if err != nil {
		return err
	}
	defer e.Close()
	store := storage.NewMemory()
	defer store.Close()
	ec, err := e.Escrow(ctx, store)
	if err != nil {
		return err
	}
	roles := e.Roles()
	addrs := e.Addresses()
	mgr := func(s chain.Signer) *chain.Manager {
		m, merr := e.Manager(ctx, s)
		if merr != nil && err == nil {
			err = merr
		}
		return m
	}
	prm, err := ec.Params(ctx)
	if err != nil {
		return err
	}
	tc, err := ec.TokenConfig(ctx, common.Address{})
	if err != nil {
		return err
	}
	p.say("protocol at JobRegistry %s (fee %d%%, validator reward %d%%, rewards from %s AGIALPHA, job stake %.2f%% of the reward, at least %s AGIALPHA)",
		addrs.JobRegistry.Hex(), prm.FeePct, prm.ValidatorRewardPct, tokens(tc.MinReward), float64(tc.StakeBps)/100, tokens(prm.JobStake))

	// The accounts whose balances the quickstart follows.
	type party struct {
		name string
		addr common.Address
	}
	parties := []party{{"employer", roles.Employers[0].Address()}}
	for i, a := range roles.Agents {
		parties = append(parties, party{fmt.Sprintf("agent %d", i+1), a.Address()})
	}
	for i, v := range roles.Validators {
		parties = append(parties, party{fmt.Sprintf("validator %d", i+1), v.Address()})
	}
	parties = append(parties, party{"StakeManager (escrow, stakes, fees)", addrs.StakeManager}, party{"FeePool (direct transfers)", addrs.FeePool})
	tok := agialphatoken.NewAGIALPHAToken()
	balances := func() ([]*big.Int, *big.Int, error) {
		out := make([]*big.Int, len(parties))
		for i, pa := range parties {
			b, err := ec.Balance(ctx, addrs.Token, pa.addr)
			if err != nil {
				return nil, nil, err
			}
			out[i] = b
		}
		raw, err := e.Backend().CallContract(ctx, callMsg(addrs.Token, tok.PackTotalSupply()), nil)
		if err != nil {
			return nil, nil, err
		}
		supply, err := tok.UnpackTotalSupply(raw)
		return out, supply, err
	}
	before, supplyBefore, err := balances()
	if err != nil {
		return err
	}

	// Governance: the validator pool (an owner call, sent by the owner's manager).
	var pool []common.Address
	for _, v := range roles.Validators {
		pool = append(pool, v.Address())
	}
	vmAddr := addrs.ValidationModule
	r, err := e.Sender().Send(ctx, chain.TxCandidate{To: &vmAddr, Data: validationmodule.NewValidationModule().PackSetValidatorPool(pool), Label: "setValidatorPool"})
	if err != nil {
		return err
	}
	p.say("owner sets the validator pool")
	p.step("setValidatorPool", r)

	// Stakes.
	profiles := []agentProfile{
		{name: "alice", skills: []string{"vision", "labelling"}, categories: []string{"data-labelling"}},
		{name: "bob", skills: []string{"translation"}, categories: []string{"translation"}},
	}
	agents := make([]*escrow.Agent, len(roles.Agents))
	p.say("agents and validators stake")
	for i, s := range roles.Agents {
		agents[i] = ec.Agent(mgr(s), escrow.Identity{Subdomain: profiles[i].name})
		sr, err := agents[i].Stake(ctx, deploy.Ether(100))
		if err != nil {
			return err
		}
		p.step("stake agent "+profiles[i].name, sr.Approve, sr.Deposit)
	}
	dir, err := os.MkdirTemp("", "agijobs-votes-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	votes, err := escrow.NewFileVoteStore(dir)
	if err != nil {
		return err
	}
	validators := make([]*escrow.Validator, len(roles.Validators))
	for i, s := range roles.Validators {
		if validators[i], err = ec.Validator(mgr(s), escrow.ValidatorOptions{Identity: escrow.Identity{Subdomain: fmt.Sprintf("validator%d", i+1)}, Votes: votes}); err != nil {
			return err
		}
		sr, err := validators[i].Stake(ctx, deploy.Ether(1000))
		if err != nil {
			return err
		}
		p.step(fmt.Sprintf("stake validator %d", i+1), sr.Approve, sr.Deposit)
	}
	if err != nil {
		return err
	}

	// The employer posts a job.
	employer := ec.Employer(mgr(roles.Employers[0]))
	head, err := e.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	spec := &storage.JobSpec{
		Title:              "Label 1,000 street images",
		Description:        "Tag every image with the vehicles it shows.",
		Category:           "data-labelling",
		Skills:             []string{"vision", "labelling"},
		Tags:               []string{"images"},
		AgentTypes:         []string{storage.AgentAny},
		AcceptanceCriteria: []string{"every image has at least one tag", "tags come from the given list"},
	}
	reward := deploy.Ether(1000)
	p.gas = 0 // count the lifecycle from here on
	posted, err := employer.PostJob(ctx, escrow.PostJobParams{Spec: spec, Reward: reward, Deadline: time.Unix(int64(head.Time), 0).Add(48 * time.Hour)})
	if err != nil {
		return err
	}
	id := posted.JobID
	p.say("employer posts job %v: reward %s + fee %s AGIALPHA, agent stake %s AGIALPHA, spec %s", id, tokens(reward), tokens(posted.Fee), tokens(posted.Stake), posted.URI)
	p.step("approve StakeManager", posted.Approve)
	p.step("createJob", posted.Create)

	// Matching: fetch the spec back from storage (verified against the
	// on-chain hash) and pick the agent that fits best.
	job, err := ec.Job(ctx, id)
	if err != nil {
		return err
	}
	fetched, err := storage.FetchJobSpec(ctx, store, posted.URI, job.SpecHash)
	if err != nil {
		return err
	}
	mjob := matching.JobFromSpec(id, fetched)
	mjob.RequiredStake = job.Stake // fixed when the job was created
	var candidates []matching.Profile
	for i, pr := range profiles {
		st, err := ec.StakeOf(ctx, agents[i].Address(), escrow.RoleAgent)
		if err != nil {
			return err
		}
		candidates = append(candidates, matching.Profile{Address: agents[i].Address(), Skills: pr.skills, Categories: pr.categories, Stake: st.Amount})
	}
	ranked, err := policy.Rank(mjob, candidates, 1)
	if err != nil {
		return err
	}
	if len(ranked) == 0 {
		return fmt.Errorf("no agent qualifies for job %v", id)
	}
	best := ranked[0].Index
	agent := agents[best]
	p.say("matching: %s ranks first (%s); it applies", profiles[best].name, ranked[0].Score)
	r, err = agent.Apply(ctx, id)
	if err != nil {
		return err
	}
	p.step("applyForJob", r)

	sub, err := agent.Submit(ctx, escrow.SubmitParams{JobID: id, Result: &storage.JobResult{
		Summary: "1,000 images tagged",
		Outputs: []storage.Attachment{{Name: "tags.csv", URI: "ipfs://bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy", MediaType: "text/csv"}},
	}})
	if err != nil {
		return err
	}
	p.say("%s submits the result %s", profiles[best].name, sub.URI)
	p.step("submit", sub.Receipt)

	// The committee draw is seeded by the round's selection block, a few
	// blocks after the submission (Params.SelectionDelay), and is sent with
	// that block's header once the head is past it. The embedded chain mines only when asked:
	// mine up to it (on a live chain, SelectValidators just waits).
	round, err := ec.Round(ctx, id)
	if err != nil {
		return err
	}
	for head := sub.Receipt.BlockNumber.Uint64(); head <= round.SelectionBlock; head++ {
		e.Chain().Commit()
	}
	committee, r, err := validators[0].SelectValidators(ctx, id)
	if err != nil {
		return err
	}
	p.say("committee drawn from selection block %d: %d validators", round.SelectionBlock, len(committee))
	p.step("selectValidators", r)
	for i, v := range validators {
		if !slices.Contains(committee, v.Address()) {
			continue
		}
		cr, err := v.Commit(ctx, escrow.CommitParams{JobID: id, Approve: true})
		if err != nil {
			return err
		}
		p.step(fmt.Sprintf("commitValidation %d", i+1), cr.Receipt)
	}
	p.say("commit phase: the vote and salt of each validator were saved in %s before its commit was sent", dir)
	if err := e.Chain().AdvanceTime(ctx, prm.CommitWindow+time.Second); err != nil {
		return err
	}
	p.say("chain time advanced past the commit deadline; validators reveal")
	for i, v := range validators {
		if !slices.Contains(committee, v.Address()) {
			continue
		}
		r, err := v.Reveal(ctx, id)
		if err != nil {
			return err
		}
		p.step(fmt.Sprintf("revealValidation %d", i+1), r)
	}
	r, err = validators[0].Tally(ctx, id)
	if err != nil {
		return err
	}
	job, err = ec.WaitForState(ctx, id, 10*time.Second, escrow.StateCompleted, escrow.StateDisputed)
	if err != nil {
		return err
	}
	p.say("tally: job %v is %s (success %v)", id, job.State, job.Success)
	p.step("tally", r)
	r, err = employer.Finalize(ctx, id)
	if err != nil {
		return err
	}
	p.step("finalize", r)
	job, err = ec.Job(ctx, id)
	if err != nil {
		return err
	}
	p.say("job %v is %s; %d gas for the lifecycle from approve to finalize", id, job.State, p.gas)

	// Balances and conservation.
	after, supplyAfter, err := balances()
	if err != nil {
		return err
	}
	burned := new(big.Int).Sub(supplyBefore, supplyAfter)
	sum := new(big.Int).Set(burned)
	fmt.Fprintln(w, "balances (AGIALPHA):")
	for i, pa := range parties {
		d := new(big.Int).Sub(after[i], before[i])
		sum.Add(sum, d)
		fmt.Fprintf(w, "  %-30s %22s  (%s)\n", pa.name, tokens(after[i]), signed(d))
	}
	fmt.Fprintf(w, "  %-30s %22s\n", "burned", tokens(burned))
	if job.State != escrow.StateFinalized {
		return fmt.Errorf("job %v ended %s, not Finalized", id, job.State)
	}
	if sum.Sign() != 0 {
		return fmt.Errorf("balances do not add up: the changes sum to %s AGIALPHA", signed(sum))
	}
	agentGain := new(big.Int).Sub(after[1+best], before[1+best])
	if agentGain.Sign() <= 0 {
		return fmt.Errorf("the agent was not paid")
	}
	fmt.Fprintf(w, "conservation holds: every change above, plus what was burned, sums to 0; done in %.2fs\n", time.Since(p.start).Seconds())
	return nil
}

// tokens formats wei of an 18-decimal token.
func tokens(v *big.Int) string {
	if v == nil {
		return "0"
	}
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(v), big.NewFloat(1e18)).Float64()
	return fmt.Sprintf("%.4f", f)
}

func signed(v *big.Int) string {
	if v.Sign() >= 0 {
		return "+" + tokens(v)
	}
	return "-" + tokens(new(big.Int).Neg(v))
}
