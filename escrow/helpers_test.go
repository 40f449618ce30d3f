package escrow_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/validationmodule"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/storage"
)

// env is an embedded deployment with staked agents and validators and the
// validator pool set.
type env struct {
	t          testing.TB
	e          *agijobs.Embedded
	c          *escrow.Client
	store      *storage.Embedded
	employer   *escrow.Employer
	agent      *escrow.Agent
	validators []*escrow.Validator
	mgr        map[common.Address]*chain.Manager
}

func newEnv(t testing.TB) *env {
	t.Helper()
	ctx := context.Background()
	e, err := agijobs.NewEmbedded(ctx, agijobs.EmbeddedConfig{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = e.Close() })
	store := storage.NewMemory()
	t.Cleanup(func() { _ = store.Close() })
	c, err := e.Escrow(ctx, store)
	if err != nil {
		t.Fatal(err)
	}
	en := &env{t: t, e: e, c: c, store: store, mgr: map[common.Address]*chain.Manager{}}
	roles := e.Roles()
	en.employer = c.Employer(en.manager(roles.Employers[0]))
	en.agent = c.Agent(en.manager(roles.Agents[0]), escrow.Identity{Subdomain: "alice"})
	if _, err := en.agent.Stake(ctx, deploy.Ether(100)); err != nil {
		t.Fatal(err)
	}
	var pool []common.Address
	for _, s := range roles.Validators {
		v, err := c.Validator(en.manager(s), escrow.ValidatorOptions{Identity: escrow.Identity{Subdomain: "v"}, Votes: &escrow.MemoryVoteStore{}})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := v.Stake(ctx, deploy.Ether(1000)); err != nil {
			t.Fatal(err)
		}
		en.validators = append(en.validators, v)
		pool = append(pool, s.Address())
	}
	vm := e.Addresses().ValidationModule
	if _, err := e.Sender().Send(ctx, chain.TxCandidate{To: &vm, Data: validationmodule.NewValidationModule().PackSetValidatorPool(pool), Label: "setValidatorPool"}); err != nil {
		t.Fatal(err)
	}
	return en
}

func (en *env) manager(s chain.Signer) *chain.Manager {
	en.t.Helper()
	m, err := en.e.Manager(context.Background(), s)
	if err != nil {
		en.t.Fatal(err)
	}
	en.mgr[s.Address()] = m
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
	h, err := en.e.Backend().HeaderByNumber(context.Background(), nil)
	if err != nil {
		en.t.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0)
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
	m, _, err := en.validators[0].SelectValidators(context.Background(), id)
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
	if err != nil {
		en.t.Fatal(err)
	}
	for {
		head, err := en.e.Backend().BlockNumber(ctx)
		if err != nil {
			en.t.Fatal(err)
		}
		if head > r.SelectionBlock {
			return
		}
		en.e.Chain().Commit()
	}
}

func (en *env) advance(d time.Duration) {
	en.t.Helper()
	if err := en.e.Chain().AdvanceTime(context.Background(), d); err != nil {
		en.t.Fatal(err)
	}
}
