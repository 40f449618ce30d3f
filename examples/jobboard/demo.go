package main

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"time"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/storage"
)

// demoEmployer keeps the embedded chain busy so that the board has
// something to show: on every tick it moves each job it is working on
// one step further, then posts the next job of its catalogue. It runs in
// one goroutine, step after step, so its transactions never race each
// other.
type demoEmployer struct {
	env   *agijobstest.Env
	every time.Duration
	jobs  int // post this many jobs, then stop once they are done; 0 never stops
	log   *slog.Logger

	posted int        // jobs posted so far
	live   []*demoJob // jobs with steps left, oldest first
}

// fate is what becomes of a demo job.
type fate int

const (
	fateOpen   fate = iota // nobody applies
	fateFinish             // an agent applies and submits, the committee approves, the employer finalizes
	fateCancel             // the employer cancels it
)

// catalogue are the jobs the demo posts, in turn.
var catalogue = []struct {
	title, category string
	reward          int64 // whole tokens
	fate            fate
}{
	{"Label 2,000 street photos", "data-labelling", 120, fateFinish},
	{"Translate the onboarding guide into Spanish", "translation", 80, fateCancel},
	{"Summarise 40 research abstracts", "research", 200, fateOpen},
	{"Write unit tests for the payment service", "software", 350, fateFinish},
	{"Transcribe a 30-minute interview", "transcription", 45, fateFinish},
	{"Classify support tickets by urgency", "data-labelling", 60, fateOpen},
	{"Translate product names into Japanese", "translation", 150, fateFinish},
	{"Review a smart contract for reentrancy", "software", 500, fateCancel},
}

// demoJob is a posted job and the steps left to take on it.
type demoJob struct {
	id       *big.Int
	employer *escrow.Employer
	agent    *escrow.Agent
	steps    []string
}

// run ticks until ctx ends, or until its jobs are posted and done; it
// returns the first failed step, or nil.
func (d *demoEmployer) run(ctx context.Context) error {
	t := time.NewTicker(d.every)
	defer t.Stop()
	for d.jobs == 0 || d.posted < d.jobs || len(d.live) > 0 {
		if err := d.tick(ctx); err != nil {
			if ctx.Err() != nil {
				return nil // stopped mid-step
			}
			return err
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
	d.log.Info("demo: done", "jobs", d.posted)
	return nil
}

// tick moves every live job one step, then posts a job unless it has
// posted its number.
func (d *demoEmployer) tick(ctx context.Context) error {
	kept := d.live[:0]
	for _, j := range d.live {
		if err := d.step(ctx, j); err != nil {
			return fmt.Errorf("job %v: %s: %w", j.id, j.steps[0], err)
		}
		if j.steps = j.steps[1:]; len(j.steps) > 0 {
			kept = append(kept, j)
		}
	}
	d.live = kept
	if d.jobs != 0 && d.posted >= d.jobs {
		return nil
	}
	return d.post(ctx)
}

// post posts the next job of the catalogue, from the employers in turn.
func (d *demoEmployer) post(ctx context.Context) error {
	n := d.posted
	c := catalogue[n%len(catalogue)]
	employer := d.env.Employer(n % len(d.env.Employers()))
	now, err := d.env.Now(ctx) // the chain's clock, which validation rounds move on
	if err != nil {
		return err
	}
	spec := &storage.JobSpec{
		Title: c.title, Category: c.category,
		Description:        fmt.Sprintf("%s. Posted by the job board's demo employer.", c.title),
		AgentTypes:         []string{storage.AgentAny},
		AcceptanceCriteria: []string{"the work matches the description"},
	}
	res, err := employer.PostJob(ctx, escrow.PostJobParams{Spec: spec, Reward: deploy.Ether(c.reward), Deadline: now.Add(72 * time.Hour)})
	if err != nil {
		return fmt.Errorf("post %q: %w", c.title, err)
	}
	d.posted++
	d.log.Info("demo: posted", "job", res.JobID, "title", c.title)
	j := &demoJob{id: res.JobID, employer: employer, agent: d.env.Agent(n % len(d.env.Agents()))}
	switch c.fate {
	case fateFinish:
		j.steps = []string{"apply", "submit", "validate", "finalize"}
	case fateCancel:
		j.steps = []string{"cancel"}
	}
	if len(j.steps) > 0 {
		d.live = append(d.live, j)
	}
	return nil
}

// step takes the next step on j.
func (d *demoEmployer) step(ctx context.Context, j *demoJob) error {
	var err error
	switch j.steps[0] {
	case "apply":
		_, err = j.agent.Apply(ctx, j.id)
	case "submit":
		body := fmt.Sprintf("Job %v delivered by the demo agent.", j.id)
		c, perr := d.env.Store().Put(ctx, strings.NewReader(body))
		if perr != nil {
			return perr
		}
		_, err = j.agent.Submit(ctx, escrow.SubmitParams{JobID: j.id, Result: &storage.JobResult{
			Summary: body,
			Outputs: []storage.Attachment{{Name: "result.txt", URI: storage.IPFSURI(c), MediaType: "text/plain", Size: int64(len(body))}},
		}})
	case "validate":
		err = d.env.Validate(ctx, j.id, true)
	case "finalize":
		_, err = j.employer.Finalize(ctx, j.id)
	case "cancel":
		_, err = j.employer.Cancel(ctx, j.id)
	}
	if err == nil {
		d.log.Info("demo: "+j.steps[0], "job", j.id)
	}
	return err
}
