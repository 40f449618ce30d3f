package roles

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/storage"
)

// DemoSpec is the job the employer example posts.
func DemoSpec() *storage.JobSpec {
	return &storage.JobSpec{
		Title:              "Summarise 20 support tickets",
		Description:        "Write a two-line summary of each ticket in the attached export.",
		Category:           "writing",
		Skills:             []string{"summarisation"},
		AgentTypes:         []string{storage.AgentAny},
		AcceptanceCriteria: []string{"one summary per ticket", "no summary longer than two lines"},
	}
}

// chainNow returns the head block's time.
func chainNow(ctx context.Context, env *Env) (time.Time, error) {
	h, err := env.Escrow.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, err
	}
	return time.Unix(int64(h.Time), 0), nil
}

// EmployerOptions configure RunEmployer.
type EmployerOptions struct {
	// Reward is the job's reward; nil means 100 tokens.
	Reward *big.Int
	// MaxWait bounds the wait for the job's validation.
	MaxWait time.Duration
}

// RunEmployer posts one job, waits until validation completes it and
// finalizes it. It returns the final job.
func RunEmployer(ctx context.Context, env *Env, s escrow.Sender, o EmployerOptions) (escrow.Job, error) {
	emp := env.Escrow.Employer(s)
	reward := o.Reward
	if reward == nil {
		reward = deploy.Ether(100)
	}
	now, err := chainNow(ctx, env)
	if err != nil {
		return escrow.Job{}, err
	}
	res, err := emp.PostJob(ctx, escrow.PostJobParams{Spec: DemoSpec(), Reward: reward, Deadline: now.Add(48 * time.Hour)})
	if err != nil {
		return escrow.Job{}, err
	}
	env.Printf("employer %s: posted job %v (spec %s, tx %s)", emp.Address().Hex(), res.JobID, res.URI, txOf(res.Create))
	j, err := env.Escrow.WaitForState(ctx, res.JobID, o.MaxWait, escrow.StateCompleted, escrow.StateDisputed)
	if err != nil {
		return j, err
	}
	env.Printf("employer: job %v is %s (success %v)", j.ID, j.State, j.Success)
	if j.State != escrow.StateCompleted {
		return j, fmt.Errorf("job %v went to %s: a moderator must resolve it", j.ID, j.State)
	}
	r, err := emp.Finalize(ctx, j.ID)
	if err != nil {
		return j, err
	}
	if j, err = env.Escrow.Job(ctx, j.ID); err != nil {
		return j, err
	}
	env.Printf("employer: job %v is %s (tx %s, gas %d)", j.ID, j.State, r.TxHash.Hex(), r.GasUsed)
	return j, nil
}

// AgentOptions configure RunAgent.
type AgentOptions struct {
	// Identity is the agent's label and proof.
	Identity escrow.Identity
	// Categories and Skills are what the agent takes on.
	Categories, Skills []string
	// Jobs is how many jobs to deliver before returning; 0 means forever.
	Jobs int
	// FromBlock is the first block watched for new jobs.
	FromBlock uint64
}

// RunAgent stakes what applying needs, then follows new jobs, fetches and
// checks each spec, applies to the ones in its categories, does the work
// and submits the result.
func RunAgent(ctx context.Context, env *Env, s escrow.Sender, o AgentOptions) error {
	c := env.Escrow
	agent := c.Agent(s, o.Identity)
	prm, err := c.Params(ctx)
	if err != nil {
		return err
	}
	sr, err := agent.EnsureStake(ctx, new(big.Int).Add(prm.MinAgentStake, prm.JobStake))
	if err != nil {
		return err
	}
	if sr != nil {
		env.Printf("agent %s: staked (tx %s)", agent.Address().Hex(), sr.Deposit.TxHash.Hex())
	}
	done := 0
	for ev, err := range c.Watch(ctx, escrow.WatchQuery{FromBlock: o.FromBlock, Kinds: []escrow.EventKind{escrow.EventJobCreated}, PollInterval: env.Poll}) {
		if err != nil {
			env.Printf("agent: watch: %v", err)
			continue
		}
		if ev.Removed {
			continue
		}
		spec, err := storage.FetchJobSpec(ctx, c.Store(), ev.URI, ev.Hash)
		if err != nil {
			env.Printf("agent: job %v: spec unusable, skipping: %v", ev.JobID, err)
			continue
		}
		if !slices.ContainsFunc(o.Categories, func(x string) bool { return strings.EqualFold(x, spec.Category) }) {
			env.Printf("agent: job %v is %q, not my category; skipping", ev.JobID, spec.Category)
			continue
		}
		r, err := agent.Apply(ctx, ev.JobID)
		if err != nil {
			env.Printf("agent: apply to job %v: %v", ev.JobID, err)
			continue
		}
		env.Printf("agent: applied to job %v %q (tx %s)", ev.JobID, spec.Title, r.TxHash.Hex())
		res, err := agent.Submit(ctx, escrow.SubmitParams{JobID: ev.JobID, Result: work(spec)})
		if err != nil {
			return err
		}
		env.Printf("agent: submitted job %v result %s (tx %s)", ev.JobID, res.URI, res.Receipt.TxHash.Hex())
		if done++; o.Jobs > 0 && done >= o.Jobs {
			return nil
		}
	}
	return ctx.Err()
}

// work is the agent's handler: it produces the result document.
func work(spec *storage.JobSpec) *storage.JobResult {
	return &storage.JobResult{
		Summary: "Done: " + spec.Title,
		Outputs: []storage.Attachment{{Name: "result.txt", URI: "ipfs://bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy", MediaType: "text/plain"}},
	}
}

// ValidatorOptions configure RunValidators.
type ValidatorOptions struct {
	// Votes keeps the votes between commit and reveal.
	Votes escrow.VoteStore
	// Jobs is how many jobs to tally before returning; 0 means forever.
	Jobs int
	// FromBlock is the first block watched for submitted results.
	FromBlock uint64
}

// RunValidators stakes each validator account, reveals votes a previous
// run left unrevealed, then follows submitted results: it draws the
// committee, checks the result document, commits each member's vote, waits
// for the commit deadline, reveals and tallies.
func RunValidators(ctx context.Context, env *Env, senders []escrow.Sender, o ValidatorOptions) error {
	c := env.Escrow
	prm, err := c.Params(ctx)
	if err != nil {
		return err
	}
	target := prm.MinValidatorStake
	if min := deploy.Ether(100); target.Cmp(min) < 0 {
		target = min
	}
	var vals []*escrow.Validator
	for _, s := range senders {
		v, err := c.Validator(s, escrow.ValidatorOptions{Identity: escrow.Identity{Subdomain: "validator"}, Votes: o.Votes})
		if err != nil {
			return err
		}
		if sr, err := v.EnsureStake(ctx, target); err != nil {
			return err
		} else if sr != nil {
			env.Printf("validator %s: staked (tx %s)", v.Address().Hex(), sr.Deposit.TxHash.Hex())
		}
		// A restarted validator reveals what it committed before.
		left, err := v.Unrevealed()
		if err != nil {
			return err
		}
		for _, vote := range left {
			if _, err := v.Reveal(ctx, vote.JobID); err != nil {
				env.Printf("validator %s: stored vote on job %v not revealed: %v", v.Address().Hex(), vote.JobID, err)
			}
		}
		vals = append(vals, v)
	}
	done := 0
	for ev, err := range c.Watch(ctx, escrow.WatchQuery{FromBlock: o.FromBlock, Kinds: []escrow.EventKind{escrow.EventResultSubmitted}, PollInterval: env.Poll}) {
		if err != nil {
			env.Printf("validator: watch: %v", err)
			continue
		}
		if ev.Removed {
			continue
		}
		if err := validate(ctx, env, vals, ev); err != nil {
			return fmt.Errorf("job %v: %w", ev.JobID, err)
		}
		if done++; o.Jobs > 0 && done >= o.Jobs {
			return nil
		}
	}
	return ctx.Err()
}

func validate(ctx context.Context, env *Env, vals []*escrow.Validator, ev escrow.JobEvent) error {
	c := env.Escrow
	id := ev.JobID
	if r, err := c.Round(ctx, id); err != nil {
		return err
	} else if r.Status == escrow.RoundTallied {
		return nil // an old submission, already counted
	}
	if env.Dev != nil {
		// The draw uses the hash of the block after the submission: make
		// sure it is mined.
		if err := env.Dev.Mine(ctx, 2); err != nil {
			return err
		}
	}
	committee, r, err := vals[0].SelectValidators(ctx, id)
	if err != nil {
		return err
	}
	env.Printf("validator: committee of job %v drawn: %d members (tx %s)", id, len(committee), txOf(r))
	_, ferr := storage.FetchJobResult(ctx, c.Store(), ev.URI, ev.Hash)
	approve := ferr == nil
	if ferr != nil {
		env.Printf("validator: job %v: result unusable, voting to reject: %v", id, ferr)
	}
	var mine []*escrow.Validator
	for _, v := range vals {
		if !slices.Contains(committee, v.Address()) {
			continue
		}
		cr, err := v.Commit(ctx, escrow.CommitParams{JobID: id, Approve: approve})
		if err != nil {
			return err
		}
		mine = append(mine, v)
		env.Printf("validator %s: committed on job %v (tx %s)", v.Address().Hex()[:10], id, txOf(cr.Receipt))
	}
	if len(mine) == 0 {
		return nil
	}
	round, err := c.Round(ctx, id)
	if err != nil {
		return err
	}
	if err := waitPast(ctx, env, round.CommitDeadline); err != nil {
		return err
	}
	for _, v := range mine {
		r, err := v.Reveal(ctx, id)
		if err != nil {
			return err
		}
		env.Printf("validator %s: revealed on job %v (tx %s)", v.Address().Hex()[:10], id, txOf(r))
	}
	if round, err = c.Round(ctx, id); err != nil {
		return err
	}
	if round.Reveals < uint64(len(committee)) {
		if err := waitPast(ctx, env, round.RevealDeadline); err != nil {
			return err
		}
	}
	r, err = mine[0].Tally(ctx, id)
	if err != nil {
		return err
	}
	env.Printf("validator: tallied job %v (tx %s)", id, txOf(r))
	return nil
}

// waitPast returns once the chain's time is after t: on a dev chain by
// advancing the clock, elsewhere by waiting for blocks.
func waitPast(ctx context.Context, env *Env, t time.Time) error {
	for {
		now, err := chainNow(ctx, env)
		if err != nil {
			return err
		}
		if now.After(t) {
			return nil
		}
		if env.Dev != nil {
			if err := env.Dev.AdvanceTime(ctx, t.Sub(now)+time.Second); err != nil {
				return err
			}
			continue
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(min(t.Sub(now), 12*time.Second)):
		}
	}
}

// txOf prints a receipt's hash and gas, or "none" for a call not sent.
func txOf(r *types.Receipt) string {
	if r == nil {
		return "none: already done"
	}
	return fmt.Sprintf("%s, gas %d", r.TxHash.Hex(), r.GasUsed)
}

// RunEmbedded runs every role on the embedded chain: the agent and the
// validators follow the chain in goroutines while the employer posts a job
// and finalizes it. It is what each role example does without -rpc.
func RunEmbedded(ctx context.Context, env *Env, cast *Cast, maxWait time.Duration) (escrow.Job, error) {
	head, err := env.Escrow.Backend().BlockNumber(ctx)
	if err != nil {
		return escrow.Job{}, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, 2)
	go func() {
		errc <- RunAgent(ctx, env, cast.Agent, AgentOptions{Identity: escrow.Identity{Subdomain: "agent"}, Categories: []string{DemoSpec().Category}, Jobs: 1, FromBlock: head + 1})
	}()
	go func() {
		errc <- RunValidators(ctx, env, cast.Validators, ValidatorOptions{Votes: &escrow.MemoryVoteStore{}, Jobs: 1, FromBlock: head + 1})
	}()
	j, err := RunEmployer(ctx, env, cast.Employer, EmployerOptions{MaxWait: maxWait})
	if err != nil {
		cancel()
	}
	for range 2 {
		if e := <-errc; e != nil && err == nil && ctx.Err() == nil {
			err = e
		}
	}
	return j, err
}
