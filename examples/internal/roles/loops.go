package roles

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"sync"
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

// ValidatorOptions configure RunValidators.
type ValidatorOptions struct {
	// Votes keeps the votes between commit and reveal.
	Votes escrow.VoteStore
	// Jobs is how many jobs to tally before returning; 0 means forever.
	Jobs int
	// FromBlock is the first block watched for submitted results.
	FromBlock uint64
	// Ready, if set, is called once every validator is staked, before the
	// first submission is handled. A committee is drawn from the stakes as
	// they were before the submission's block, so a job submitted earlier
	// cannot draw these validators.
	Ready func()
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
	if o.Ready != nil {
		o.Ready()
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
		// The draw is seeded by the round's selection block, a few blocks
		// after the submission, and needs the head past it: on a dev chain
		// mine up to it, elsewhere SelectValidators waits for the blocks.
		if err := minePast(ctx, env, id); err != nil {
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

// minePast mines blocks on the dev chain until the head is past the
// selection block of job id's round.
func minePast(ctx context.Context, env *Env, id *big.Int) error {
	r, err := env.Escrow.Round(ctx, id)
	if err != nil {
		return err
	}
	head, err := env.Escrow.Backend().BlockNumber(ctx)
	if err != nil {
		return err
	}
	if head > r.SelectionBlock {
		return nil
	}
	return env.Dev.Mine(ctx, int(r.SelectionBlock-head+1))
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
// and finalizes it. It is what each role example does without -rpc. The
// agent is a matching.Worker with the built-in policy and DemoHandler.
func RunEmbedded(ctx context.Context, env *Env, cast *Cast, maxWait time.Duration) (escrow.Job, error) {
	spec := DemoSpec()
	return RunEmbeddedWith(ctx, env, cast, maxWait, AgentOptions{
		Identity: escrow.Identity{Subdomain: "agent"}, Categories: []string{spec.Category}, Skills: spec.Skills,
	})
}

// RunEmbeddedWith is RunEmbedded with the agent configured by agent (its
// policy, handler and profile). The agent delivers one job, followed from
// the next block on, and keeps its worker state in a temporary file: the
// embedded chain is new on every run, so no state may outlive it.
func RunEmbeddedWith(ctx context.Context, env *Env, cast *Cast, maxWait time.Duration, agent AgentOptions) (escrow.Job, error) {
	head, err := env.Escrow.Backend().BlockNumber(ctx)
	if err != nil {
		return escrow.Job{}, err
	}
	agent.Jobs, agent.FromBlock, agent.StatePath = 1, head+1, ""
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// A failing agent or validator stops the employer's wait at once, and
	// its error is the run's.
	var (
		once  sync.Once
		cause error
	)
	done := make(chan struct{}, 2)
	role := func(f func() error) {
		go func() {
			if err := f(); err != nil && ctx.Err() == nil {
				once.Do(func() { cause = err })
				cancel()
			}
			done <- struct{}{}
		}()
	}
	// The employer posts once the validators are staked, so that the
	// committee of the job can be drawn from their stake.
	ready := make(chan struct{})
	role(func() error { return RunAgent(ctx, env, cast.Agent, agent) })
	role(func() error {
		return RunValidators(ctx, env, cast.Validators, ValidatorOptions{Votes: &escrow.MemoryVoteStore{}, Jobs: 1, FromBlock: head + 1, Ready: func() { close(ready) }})
	})
	var j escrow.Job
	select {
	case <-ready:
		j, err = RunEmployer(ctx, env, cast.Employer, EmployerOptions{MaxWait: maxWait})
	case <-ctx.Done():
		err = ctx.Err()
	}
	if err != nil {
		cancel()
	}
	<-done
	<-done
	if cause != nil {
		return j, cause
	}
	return j, err
}
