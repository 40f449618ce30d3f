package escrow_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/storage"
)

// env is the fixture with the clients the tests use most.
type env struct {
	*agijobstest.Env
	t          testing.TB
	c          *escrow.Client
	employer   *escrow.Employer
	agent      *escrow.Agent
	validators []*escrow.Validator
}

func newEnv(t testing.TB) *env {
	t.Helper()
	e := agijobstest.New(t)
	return &env{Env: e, t: t, c: e.Escrow(), employer: e.Employer(0), agent: e.Agent(0), validators: e.Validators()}
}

// manager returns the transaction manager of s.
func (en *env) manager(s chain.Signer) *chain.Manager {
	en.t.Helper()
	m, err := en.Manager(context.Background(), s)
	if err != nil {
		en.t.Fatal(err)
	}
	return m
}

func testSpec() *storage.JobSpec {
	return &storage.JobSpec{
		Title:              "Label 100 images",
		Description:        "Put one of cat, dog or other on each image.",
		Category:           "data-labelling",
		Skills:             []string{"vision"},
		AgentTypes:         []string{storage.AgentAny},
		AcceptanceCriteria: []string{"every image has exactly one label"},
	}
}

func testResult() *storage.JobResult {
	return &storage.JobResult{
		Summary: "100 images labelled",
		Outputs: []storage.Attachment{{Name: "labels.csv", URI: "ipfs://bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"}},
	}
}

// chainNow is the head block's time.
func (en *env) chainNow() time.Time {
	en.t.Helper()
	now, err := en.Now(context.Background())
	if err != nil {
		en.t.Fatal(err)
	}
	return now
}

func (en *env) post(reward *big.Int) *escrow.PostJobResult {
	en.t.Helper()
	res, err := en.employer.PostJob(context.Background(), escrow.PostJobParams{Spec: testSpec(), Reward: reward, Deadline: en.chainNow().Add(24 * time.Hour)})
	if err != nil {
		en.t.Fatal(err)
	}
	return res
}

// submitted posts a job, applies and submits; it returns the job id.
func (en *env) submitted() *big.Int {
	en.t.Helper()
	ctx := context.Background()
	id := en.post(deploy.Ether(1000)).JobID
	if _, err := en.agent.Apply(ctx, id); err != nil {
		en.t.Fatal(err)
	}
	if _, err := en.agent.Submit(ctx, escrow.SubmitParams{JobID: id, Result: testResult()}); err != nil {
		en.t.Fatal(err)
	}
	return id
}

// selected runs submitted and draws the committee.
func (en *env) selected() (*big.Int, []common.Address) {
	en.t.Helper()
	id := en.submitted()
	en.minePastSelection(id)
	m, _, err := en.validators[0].SelectValidators(context.Background(), id, time.Minute)
	if err != nil {
		en.t.Fatal(err)
	}
	return id, m
}

// minePastSelection mines empty blocks until the head is past the
// selection block of job id's round: the embedded chain mines only when
// asked, and the draw needs that block's successor.
func (en *env) minePastSelection(id *big.Int) {
	en.t.Helper()
	ctx := context.Background()
	r, err := en.c.Round(ctx, id)
	if err == nil {
		err = en.MinePast(ctx, r.SelectionBlock)
	}
	if err != nil {
		en.t.Fatal(err)
	}
}

func (en *env) advance(d time.Duration) {
	en.t.Helper()
	if err := en.AdvanceTime(context.Background(), d); err != nil {
		en.t.Fatal(err)
	}
}

// mgrOf returns the transaction manager of the role account a.
func (en *env) mgrOf(a common.Address) *chain.Manager {
	en.t.Helper()
	r := en.Roles()
	for _, g := range [][]chain.Signer{{r.Owner}, r.Employers, r.Agents, r.Validators} {
		for _, s := range g {
			if s.Address() == a {
				return en.manager(s)
			}
		}
	}
	en.t.Fatalf("%s is no role account of the fixture", a.Hex())
	return nil
}
