package main

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/matching"
	"github.com/agijobs/agijobs-go/storage"
)

// stake has every agent stake 100 tokens and every validator 1,000.
func (q *quickstart) stake(ctx context.Context) error {
	q.p.say("agents and validators stake")
	for i, a := range q.env.Agents() {
		sr, err := a.Stake(ctx, deploy.Ether(100))
		if err != nil {
			return err
		}
		q.p.step("stake agent "+profiles[i].name, sr.Approve, sr.Deposit)
	}
	for i, v := range q.env.Validators() {
		sr, err := v.Stake(ctx, deploy.Ether(1000))
		if err != nil {
			return err
		}
		q.p.step(fmt.Sprintf("stake validator %d", i+1), sr.Approve, sr.Deposit)
	}
	return nil
}

// postJob has the employer post a job: the spec goes to the store, the
// reward and fee into escrow.
func (q *quickstart) postJob(ctx context.Context) (*escrow.PostJobResult, error) {
	now, err := q.env.Now(ctx)
	if err != nil {
		return nil, err
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
	posted, err := q.env.Employer(0).PostJob(ctx, escrow.PostJobParams{Spec: spec, Reward: reward, Deadline: now.Add(48 * time.Hour)})
	if err != nil {
		return nil, err
	}
	q.p.say("employer posts job %v: reward %s + fee %s AGIALPHA, agent stake %s AGIALPHA, spec %s", posted.JobID, tokens(reward), tokens(posted.Fee), tokens(posted.Stake), posted.URI)
	q.p.step("approve StakeManager", posted.Approve)
	q.p.step("createJob", posted.Create)
	return posted, nil
}

// matchAndApply fetches the spec back from the store (verified against
// the on-chain hash), ranks the agents for the job and lets the best one
// apply. It returns the agent's index.
func (q *quickstart) matchAndApply(ctx context.Context, posted *escrow.PostJobResult) (int, error) {
	id := posted.JobID
	job, err := q.ec.Job(ctx, id)
	if err != nil {
		return 0, err
	}
	spec, err := storage.FetchJobSpec(ctx, q.env.Store(), posted.URI, job.SpecHash)
	if err != nil {
		return 0, err
	}
	mjob := matching.JobFromSpec(id, spec)
	mjob.RequiredStake = job.Stake // fixed when the job was created
	var candidates []matching.Profile
	for i, a := range q.env.Agents() {
		st, err := q.ec.StakeOf(ctx, a.Address(), escrow.RoleAgent)
		if err != nil {
			return 0, err
		}
		candidates = append(candidates, matching.Profile{Address: a.Address(), Skills: profiles[i].skills, Categories: profiles[i].categories, Stake: st.Amount})
	}
	ranked, err := policy.Rank(mjob, candidates, 1)
	if err != nil {
		return 0, err
	}
	if len(ranked) == 0 {
		return 0, fmt.Errorf("no agent qualifies for job %v", id)
	}
	best := ranked[0].Index
	q.p.say("matching: %s ranks first (%s); it applies", profiles[best].name, ranked[0].Score)
	r, err := q.env.Agent(best).Apply(ctx, id)
	if err != nil {
		return 0, err
	}
	q.p.step("applyForJob", r)
	return best, nil
}

// submit has the agent store its result and submit it.
func (q *quickstart) submit(ctx context.Context, id *big.Int, agent int) error {
	sub, err := q.env.Agent(agent).Submit(ctx, escrow.SubmitParams{JobID: id, Result: &storage.JobResult{
		Summary: "1,000 images tagged",
		Outputs: []storage.Attachment{{Name: "tags.csv", URI: "ipfs://bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy", MediaType: "text/csv"}},
	}})
	if err != nil {
		return err
	}
	q.p.say("%s submits the result %s", profiles[agent].name, sub.URI)
	q.p.step("submit", sub.Receipt)
	return nil
}

// vote draws the committee, whose members commit, reveal after the commit
// deadline, and tally.
func (q *quickstart) vote(ctx context.Context, id *big.Int) error {
	// The draw is seeded by the round's selection block, a few blocks
	// after the submission (Params.SelectionDelay), and is sent with that
	// block's header once the head is past it. The embedded chain mines
	// only when asked: mine past it (on a live chain, SelectValidators
	// just waits).
	round, err := q.ec.Round(ctx, id)
	if err != nil {
		return err
	}
	if err := q.env.MinePast(ctx, round.SelectionBlock); err != nil {
		return err
	}
	validators := q.env.Validators()
	committee, r, err := validators[0].SelectValidators(ctx, id, 5*time.Minute)
	if err != nil {
		return err
	}
	q.p.say("committee drawn from selection block %d: %d validators", round.SelectionBlock, len(committee))
	q.p.step("selectValidators", r)
	var members []*escrow.Validator
	for i, v := range validators {
		if !slices.Contains(committee, v.Address()) {
			continue
		}
		cr, err := v.Commit(ctx, escrow.CommitParams{JobID: id, Approve: true})
		if err != nil {
			return err
		}
		q.p.step(fmt.Sprintf("commitValidation %d", i+1), cr.Receipt)
		members = append(members, v)
	}
	q.p.say("commit phase: each vote and its salt were kept before the commit was sent, for the reveal")
	if err := q.env.AdvanceTime(ctx, q.prm.CommitWindow+time.Second); err != nil {
		return err
	}
	q.p.say("chain time advanced past the commit deadline; validators reveal")
	for i, v := range members {
		r, err := v.Reveal(ctx, id)
		if err != nil {
			return err
		}
		q.p.step(fmt.Sprintf("revealValidation %d", i+1), r)
	}
	r, err = members[0].Tally(ctx, id)
	if err != nil {
		return err
	}
	job, err := q.ec.WaitForState(ctx, id, 10*time.Second, escrow.StateCompleted, escrow.StateDisputed)
	if err != nil {
		return err
	}
	q.p.say("tally: job %v is %s (success %v)", id, job.State, job.Success)
	q.p.step("tally", r)
	return nil
}

// finalize has the employer finalize the job, which pays everyone.
func (q *quickstart) finalize(ctx context.Context, id *big.Int) error {
	r, err := q.env.Employer(0).Finalize(ctx, id)
	if err != nil {
		return err
	}
	q.p.step("finalize", r)
	job, err := q.ec.Job(ctx, id)
	if err != nil {
		return err
	}
	q.p.say("job %v is %s; %d gas for the lifecycle from approve to finalize", id, job.State, q.p.gas)
	if job.State != escrow.StateFinalized {
		return fmt.Errorf("job %v ended %s, not Finalized", id, job.State)
	}
	return nil
}
