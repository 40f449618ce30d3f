package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/internal/testenv"
)

// Dev accounts of the test, the fixture's order with one employer and one
// agent: 0 owns the protocol, 1 employs, 2 works, 3-5 validate.
const (
	employerIdx = 1
	agentIdx    = 2
)

var validatorIdx = []int{3, 4, 5}

// TestRoleProcessesOnAnvil deploys the protocol on anvil, writes a
// manifest, builds the employer, agent-worker and validator examples and
// runs them as three processes; the job must end Finalized. A second round
// restarts every process on the state files of the first, the agent over
// WebSocket: the employer, on its state, posts job 2, and the agent
// resumes after job 1 and takes job 2 by subscription.
func TestRoleProcessesOnAnvil(t *testing.T) {
	node := testenv.StartAnvil(t)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()

	// Build the binaries while the protocol deploys.
	var bin string
	built := make(chan error, 1)
	go func() {
		var err error
		bin, err = buildExamples(ctx, "employer", "agent-worker", "validator")
		built <- err
	}()

	// The fixture funds and allowlists the roles and sets the pool; the
	// role processes stake for themselves.
	env := agijobstest.New(t, agijobstest.WithRPC(node.URL), agijobstest.WithAgents(1), agijobstest.WithStakes(new(big.Int), new(big.Int)))
	conn, d := env.Backend(), env.Deployment()

	dir := t.TempDir()
	manifest := writeManifest(t, env, dir)
	if err := <-built; err != nil {
		t.Fatalf("build examples: %v", err)
	}

	flags := []string{"-rpc", node.URL, "-manifest", manifest, "-store-dir", filepath.Join(dir, "docs"), "-dev"}
	state := filepath.Join(dir, "agent", "worker.json")
	policy := filepath.Join(testenv.RepoRoot(), "config", "policies.default.json")
	ec := env.Escrow()
	// round runs the three processes until the employer's job is
	// Finalized and returns the agent's output. The agent always starts
	// from the deployment block: once its state file exists, the state
	// decides where it resumes.
	round := func(job int64, validatorFrom uint64, agentRPC string) string {
		t.Helper()
		// The validators stake first: a committee is drawn from the stakes
		// as they were before the submission.
		validator := start(ctx, t, filepath.Join(bin, "validator"), append(flags, "-dev-account", "3,4,5", "-jobs", "1",
			"-from-block", strconv.FormatUint(validatorFrom, 10), "-votes", filepath.Join(dir, "votes"))...)
		waitStaked(ctx, t, ec, validator)
		agent := start(ctx, t, filepath.Join(bin, "agent-worker"), append([]string{"-rpc", agentRPC}, append(flags[2:], "-dev-account", strconv.Itoa(agentIdx), "-jobs", "1",
			"-from-block", strconv.FormatUint(d.Block, 10), "-state", state, "-policy", policy)...)...)
		employer := start(ctx, t, filepath.Join(bin, "employer"), append(flags, "-dev-account", strconv.Itoa(employerIdx), "-wait", "3m", "-state", filepath.Join(dir, "employer.json"))...)
		procs := []*proc{employer, agent, validator}
		for _, p := range procs {
			if err := p.wait(); err != nil {
				cancel()
				t.Errorf("job %d: %s: %v", job, p.name, err)
			}
		}
		if t.Failed() || testing.Verbose() {
			for _, p := range procs {
				t.Logf("job %d: %s output:\n%s", job, p.name, p.output())
			}
		}
		if t.Failed() {
			t.FailNow()
		}
		if want := fmt.Sprintf("job %d Finalized", job); !strings.Contains(employer.output(), want) {
			t.Fatalf("employer did not report %q:\n%s", want, employer.output())
		}
		// Check the chain itself.
		j, err := ec.Job(ctx, big.NewInt(job))
		if err != nil {
			t.Fatal(err)
		}
		if j.State != escrow.StateFinalized || !j.Success || j.Agent != chain.DevSigner(agentIdx).Address() {
			t.Fatalf("job %d on chain: %+v", job, j)
		}
		// The agent ran the matching worker with the policy file, on its
		// fast path.
		for _, want := range []string{"policy " + policy, "fast=true", fmt.Sprintf(`msg="matching worker: applying" job=%d`, job), fmt.Sprintf("agent: delivered job %d", job)} {
			if !strings.Contains(agent.output(), want) {
				t.Errorf("agent output lacks %q:\n%s", want, agent.output())
			}
		}
		return agent.output()
	}

	round(1, d.Block, node.URL)
	votes, err := filepath.Glob(filepath.Join(dir, "votes", "vote-*.json"))
	if err != nil || len(votes) != 3 {
		t.Fatalf("persisted votes: %v %v", votes, err)
	}
	if _, err := os.Stat(state + ".chain"); err != nil {
		t.Fatalf("worker state not bound to the chain: %v", err)
	}

	// A second agent process on the same state file resumes after job 1
	// (not from -from-block) and takes job 2, by subscription over
	// WebSocket.
	head, err := conn.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	out := round(2, head+1, node.WSURL)
	if strings.Contains(out, "job=1") {
		t.Errorf("the restarted agent considered job 1 again:\n%s", out)
	}
	if !strings.Contains(out, "new jobs arrive by subscription") {
		t.Errorf("the agent did not subscribe over WebSocket:\n%s", out)
	}
	var st struct {
		Agent common.Address `json:"agent"`
		After struct {
			Block uint64 `json:"block"`
		} `json:"after"`
		Jobs map[string]struct {
			Status string `json:"status"`
		} `json:"jobs"`
	}
	raw, err := os.ReadFile(state)
	if err == nil {
		err = json.Unmarshal(raw, &st)
	}
	if err != nil || st.Agent != chain.DevSigner(agentIdx).Address() || len(st.Jobs) != 2 ||
		st.Jobs["1"].Status != "submitted" || st.Jobs["2"].Status != "submitted" || st.After.Block <= head {
		t.Fatalf("worker state: %v\n%s", err, raw)
	}
}

// waitStaked waits until every validator account holds the minimum
// validator stake, which the validator process deposits when it starts.
func waitStaked(ctx context.Context, t *testing.T, ec *escrow.Client, validator *proc) {
	t.Helper()
	prm, err := ec.Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, i := range validatorIdx {
		for {
			st, err := ec.StakeOf(ctx, chain.DevSigner(i).Address(), escrow.RoleValidator)
			if err != nil {
				t.Fatal(err)
			}
			if st.Amount.Cmp(prm.MinValidatorStake) >= 0 {
				break
			}
			select {
			case <-ctx.Done():
				t.Fatalf("validator %d not staked: %v\n%s", i, ctx.Err(), validator.output())
			case <-time.After(50 * time.Millisecond):
			}
		}
	}
}

// writeManifest writes the manifest of the fixture's deployment into dir
// and returns its path.
func writeManifest(t *testing.T, env *agijobstest.Env, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "latest-deployment.json")
	raw, err := json.MarshalIndent(deployment.ManifestOf(env.Deployment(), env.Roles().Owner.Address(), deployment.KindEOA, nil), "", "  ")
	if err == nil {
		err = os.WriteFile(path, raw, 0o644)
	}
	if err != nil {
		t.Fatal(err)
	}
	return path
}

type proc struct {
	name string
	cmd  *exec.Cmd
	mu   sync.Mutex
	buf  bytes.Buffer
}

func (p *proc) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.buf.Write(b)
}

func (p *proc) output() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.buf.String()
}

func (p *proc) wait() error { return p.cmd.Wait() }

func start(ctx context.Context, t *testing.T, path string, args ...string) *proc {
	t.Helper()
	p := &proc{name: filepath.Base(path)}
	p.cmd = exec.CommandContext(ctx, path, args...)
	p.cmd.Env = append(os.Environ(), "AGIJOBS_KEY=")
	p.cmd.Stdout, p.cmd.Stderr = p, p
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", path, err)
	}
	return p
}
