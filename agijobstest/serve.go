package agijobstest

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/storage"
)

// Validate runs the validation round of job id, whose result is
// submitted, with the fixture's validators: it mines past the round's
// selection block and draws the committee, every member in the fixture
// commits approve, the clock moves past the commit deadline, the members
// reveal (and past the reveal deadline when some member is not the
// fixture's), and the votes are tallied. A round already tallied is left
// alone.
func (e *Env) Validate(ctx context.Context, id *big.Int, approve bool) error {
	if e == nil || e.backend == nil {
		return input.Unbuilt("agijobstest.Env", "agijobstest.Start or agijobstest.New")
	}
	if len(e.validators) == 0 {
		return errors.New("agijobstest: validate: the fixture has no validators (WithValidators)")
	}
	r, err := e.escrow.Round(ctx, id)
	if err != nil || r.Status == escrow.RoundTallied {
		return err
	}
	if err := e.MinePast(ctx, r.SelectionBlock); err != nil {
		return err
	}
	committee, _, err := e.validators[0].SelectValidators(ctx, id, 5*time.Minute)
	if err != nil {
		return err
	}
	var members []*escrow.Validator
	for _, v := range e.validators {
		if !slices.Contains(committee, v.Address()) {
			continue
		}
		if _, err := v.Commit(ctx, escrow.CommitParams{JobID: id, Approve: approve}); err != nil {
			return err
		}
		members = append(members, v)
	}
	if len(members) == 0 {
		return fmt.Errorf("agijobstest: validate job %v: no fixture validator is on its committee", id)
	}
	if r, err = e.escrow.Round(ctx, id); err != nil {
		return err
	}
	if err := e.AdvancePast(ctx, r.CommitDeadline); err != nil {
		return err
	}
	for _, v := range members {
		if _, err := v.Reveal(ctx, id); err != nil {
			return err
		}
	}
	if len(members) < len(committee) {
		if err := e.AdvancePast(ctx, r.RevealDeadline); err != nil {
			return err
		}
	}
	_, err = members[0].Tally(ctx, id)
	return err
}

// ServeOptions choose the counterparts Serve plays.
type ServeOptions struct {
	// Agent makes agent 0 apply to every new job still open and submit a
	// result: a text file in the store naming the job.
	Agent bool
	// Committee makes the validators approve every submitted result
	// (Validate).
	Committee bool
	// FromBlock is the first block watched; 0 means the head when Serve
	// is called.
	FromBlock uint64
}

// Serve plays the counterparts of the code under test until ctx ends: an
// agent that takes every job, a committee that approves every result, or
// both. It returns nil once ctx ends, or the first error of a role, which
// stops the other.
func (e *Env) Serve(ctx context.Context, o ServeOptions) error {
	if e == nil || e.backend == nil {
		return input.Unbuilt("agijobstest.Env", "agijobstest.Start or agijobstest.New")
	}
	from := o.FromBlock
	if from == 0 {
		head, err := e.backend.BlockNumber(ctx)
		if err != nil {
			return err
		}
		from = head
	}
	parent := ctx
	ctx, cancel := context.WithCancelCause(parent)
	defer cancel(nil)
	errc := make(chan error, 2)
	n := 0
	run := func(f func(context.Context, uint64) error) {
		n++
		go func() {
			err := f(ctx, from)
			if err != nil && ctx.Err() == nil {
				cancel(err)
			}
			errc <- err
		}()
	}
	if o.Agent {
		run(e.serveAgent)
	}
	if o.Committee {
		run(e.serveCommittee)
	}
	for range n {
		<-errc
	}
	if parent.Err() != nil {
		return nil
	}
	return context.Cause(ctx) // the role error that stopped the others
}

// ServeBackground runs Serve in a goroutine, watching from the head at
// the call, for code under test that runs in the foreground. The returned
// context ends with ctx or as soon as a role fails, so that the code under
// test stops waiting; stop ends the roles and returns the role's error, if
// any.
func (e *Env) ServeBackground(ctx context.Context, o ServeOptions) (_ context.Context, stop func() error) {
	if e == nil || e.backend == nil {
		return nil, nil
	}
	if o.FromBlock == 0 {
		head, err := e.backend.BlockNumber(ctx)
		if err != nil {
			return ctx, func() error { return err }
		}
		o.FromBlock = head
	}
	ctx, cancel := context.WithCancelCause(ctx)
	done := make(chan error, 1)
	go func() {
		err := e.Serve(ctx, o)
		if err != nil {
			cancel(err)
		}
		done <- err
	}()
	return ctx, func() error {
		cancel(nil)
		return <-done
	}
}

func (e *Env) serveAgent(ctx context.Context, from uint64) error {
	if len(e.agents) == 0 {
		return errors.New("agijobstest: serve: the fixture has no agent (WithAgents)")
	}
	a := e.agents[0]
	q := escrow.WatchQuery{FromBlock: from, Kinds: []escrow.EventKind{escrow.EventJobCreated}, PollInterval: e.poll}
	for ev, err := range e.escrow.Watch(ctx, q) {
		if err != nil {
			return err
		}
		if ev.Info().Removed {
			continue
		}
		id := ev.Info().JobID
		if j, err := e.escrow.Job(ctx, id); err != nil {
			return err
		} else if j.State != escrow.StateCreated {
			continue
		}
		if _, err := a.Apply(ctx, id); err != nil {
			return err
		}
		body := fmt.Sprintf("Job %v delivered by the agijobstest agent.\n", id)
		c, err := e.store.Put(ctx, strings.NewReader(body))
		if err != nil {
			return err
		}
		res := &storage.JobResult{Summary: strings.TrimSpace(body), Outputs: []storage.Attachment{
			{Name: "result.txt", URI: storage.IPFSURI(c), MediaType: "text/plain", Size: int64(len(body))},
		}}
		if _, err := a.Submit(ctx, escrow.SubmitParams{JobID: id, Result: res}); err != nil {
			return err
		}
	}
	return ctx.Err()
}

func (e *Env) serveCommittee(ctx context.Context, from uint64) error {
	q := escrow.WatchQuery{FromBlock: from, Kinds: []escrow.EventKind{escrow.EventResultSubmitted}, PollInterval: e.poll}
	for ev, err := range e.escrow.Watch(ctx, q) {
		if err != nil {
			return err
		}
		if ev.Info().Removed {
			continue
		}
		if err := e.Validate(ctx, ev.Info().JobID, true); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// SampleSpec returns a valid job spec for tests and examples: a writing
// job, the kind the default matching policy
// (config/policies.default.json) takes for an agent offering writing and
// summarisation.
func SampleSpec() *storage.JobSpec {
	return &storage.JobSpec{
		Title:              "Summarise 20 support tickets",
		Description:        "Write a two-line summary of each ticket in the attached export.",
		Category:           "writing",
		Skills:             []string{"summarisation"},
		AgentTypes:         []string{storage.AgentAny},
		AcceptanceCriteria: []string{"one summary per ticket", "no summary longer than two lines"},
	}
}
