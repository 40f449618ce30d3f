package e2e

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/validationmodule"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/internal/faultproxy"
	"github.com/agijobs/agijobs-go/internal/testenv"
)

// TestRolesThroughFaultsAndKills runs the employer, agent-worker and
// validator examples as processes against anvil through a proxy that
// injures 15% of the requests (dropped before or after reaching the node,
// 5xx, delays, answers cut in their middle). Each process is SIGKILLed
// once in the middle of the job (the employer after posting it, the agent
// after deciding to apply, the validator after its first commit) and
// started again on its state, as a supervisor would; a process that exits
// with an error is started again too, and counts as a failure. The job
// must end Finalized with exactly one createJob, one applyForJob, and one
// commitValidation and one revealValidation per committee member on chain,
// reverted transactions included, and the rest of its lifecycle (submit,
// the draw, the tally, the payout) once too; no role may fail.
func TestRolesThroughFaultsAndKills(t *testing.T) {
	node := testenv.StartAnvil(t)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	var bin string
	built := make(chan error, 1)
	go func() {
		var err error
		bin, err = buildExamples(ctx, "employer", "agent-worker", "validator")
		built <- err
	}()
	// The fixture deploys, funds and allowlists the roles without faults;
	// the role processes stake for themselves, through the faults.
	env := agijobstest.New(t, agijobstest.WithRPC(node.URL), agijobstest.WithAgents(1), agijobstest.WithStakes(new(big.Int), new(big.Int)))
	d := env.Deployment()
	dir := t.TempDir()
	manifest := writeManifest(t, env, dir)
	if err := <-built; err != nil {
		t.Fatalf("build examples: %v", err)
	}

	seed := uint64(time.Now().UnixNano())
	proxy, url := faultproxy.Start(t, node.URL, faultproxy.Config{Rate: 0.15, Seed: seed, MinDelay: 100 * time.Millisecond, MaxDelay: time.Second})
	rng := rand.New(rand.NewPCG(seed, 7))
	flags := []string{"-rpc", url, "-manifest", manifest, "-store-dir", filepath.Join(dir, "docs"), "-dev"}
	args := func(more ...string) []string { return append(slices.Clip(flags), more...) }
	began := time.Now()

	// The agent and the validator serve (-jobs 0) until the employer is
	// done, so that their kill always finds them running; they are then
	// stopped. They start from the manifest's deployment block, then from
	// their state (the worker's state file, the cursor in -votes).
	serving, stopServing := context.WithCancel(ctx)
	defer stopServing()
	validator := supervise(serving, t, &role{name: "validator", path: filepath.Join(bin, "validator"),
		args: args("-dev-account", "3,4,5", "-jobs", "0",
			"-votes", filepath.Join(dir, "votes")),
		killAfter: "committed on job", killDelay: time.Duration(rng.IntN(300)) * time.Millisecond})
	// A committee is drawn from the stakes as they were before the
	// submission: the validators stake first.
	waitStaked(ctx, t, env.Escrow(), validator.current())
	agent := supervise(serving, t, &role{name: "agent-worker", path: filepath.Join(bin, "agent-worker"),
		args: args("-dev-account", strconv.Itoa(agentIdx), "-jobs", "0",
			"-state", filepath.Join(dir, "agent.json"), "-policy", filepath.Join(testenv.RepoRoot(), "config", "policies.default.json")),
		killAfter: `msg="matching worker: applying"`, killDelay: time.Duration(rng.IntN(300)) * time.Millisecond})
	employer := supervise(ctx, t, &role{name: "employer", path: filepath.Join(bin, "employer"),
		args:      args("-dev-account", strconv.Itoa(employerIdx), "-wait", "3m", "-state", filepath.Join(dir, "employer.json")),
		killAfter: "posted job", killDelay: time.Duration(rng.IntN(500)) * time.Millisecond})

	employer.wait()
	stopServing()
	validator.wait()
	agent.wait()
	elapsed := time.Since(began)
	proxy.SetInjuring(false)

	// The checks read the node directly, even if ctx ran out.
	ctx, cancelCheck := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancelCheck()
	direct, err := ethclient.Dial(node.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer direct.Close()
	j, err := env.Escrow().Job(ctx, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	counts := countCalls(ctx, t, direct, d.Block+1)
	committee, err := env.Escrow().Committee(ctx, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	sups := []*supervisor{employer, agent, validator}
	for _, s := range sups {
		t.Logf("%s: %d runs, %d SIGKILLed, %d failed%s", s.name, s.runs, s.kills, len(s.failures), strings.Join(s.failures, ""))
	}
	t.Logf("15%% faults, seed %d: job 1 %s (success %v) in %v; on chain: %s; proxy: %s",
		seed, j.State, j.Success, elapsed.Round(time.Second), counts, proxy.Stats())
	if testing.Verbose() || j.State != escrow.StateFinalized || len(counts) == 0 {
		for _, s := range sups {
			t.Logf("%s output:\n%s", s.name, s.output())
		}
	}

	if j.State != escrow.StateFinalized || !j.Success {
		t.Fatalf("job 1 ended %s (success %v)", j.State, j.Success)
	}
	// Every transaction of the job, once: the targets (createJob,
	// applyForJob, a commit and a reveal per member) and the rest of the
	// lifecycle (submit, the draw, the tally, the payout). The validator
	// process draws and tallies from its first account; finalize is the
	// selector of both the tally and the payout.
	employerAddr, agentAddr := chain.DevSigner(employerIdx).Address(), chain.DevSigner(agentIdx).Address()
	drawer := chain.DevSigner(validatorIdx[0]).Address()
	want := map[call]int{{"createJob", employerAddr}: 1, {"applyForJob", agentAddr}: 1, {"submit", agentAddr}: 1,
		{"selectValidatorsWithHeader", drawer}: 1, {"finalize", drawer}: 1, {"finalize", employerAddr}: 1}
	if len(committee) != len(validatorIdx) {
		t.Errorf("committee of %d members, want %d", len(committee), len(validatorIdx))
	}
	for _, m := range committee {
		want[call{"commitValidation", m}] = 1
		want[call{"revealValidation", m}] = 1
	}
	for c, n := range want {
		if counts[c] != n {
			t.Errorf("%s from %s: %d transactions, want %d", c.method, c.from.Hex(), counts[c], n)
		}
	}
	for c, n := range counts {
		if _, ok := want[c]; !ok && c.from != env.Roles().Owner.Address() {
			t.Errorf("%s from %s: %d unexpected transactions", c.method, c.from.Hex(), n)
		}
	}
	for _, s := range sups {
		if s.kills != 1 {
			t.Errorf("%s was SIGKILLed %d times, want once", s.name, s.kills)
		}
		if len(s.failures) > 0 {
			t.Errorf("%s failed %d times: a transient fault must not end a role program", s.name, len(s.failures))
		}
	}
	if proxy.Stats().Injured() == 0 {
		t.Error("the proxy injured nothing")
	}
}

// call is a method of the protocol sent by an account.
type call struct {
	method string
	from   common.Address
}

// callCounts counts the transactions of each call.
type callCounts map[call]int

func (c callCounts) String() string {
	var parts []string
	for k, n := range c {
		parts = append(parts, fmt.Sprintf("%s by %s: %d", k.method, k.from.Hex()[:8], n))
	}
	slices.Sort(parts)
	return strings.Join(parts, ", ")
}

// countCalls reads every block from from to the head and counts the
// transactions by method and sender, reverted ones included.
func countCalls(ctx context.Context, t *testing.T, c *ethclient.Client, from uint64) callCounts {
	t.Helper()
	methods := map[[4]byte]string{}
	for _, parsed := range []abi.ABI{jobregistry.NewJobRegistry().GetABI(), validationmodule.NewValidationModule().GetABI()} {
		for name, m := range parsed.Methods {
			methods[[4]byte(m.ID)] = name
		}
	}
	id, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	signer := types.LatestSignerForChainID(id)
	out := callCounts{}
	for n := from; n <= head; n++ {
		b, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatalf("block %d: %v", n, err)
		}
		for _, tx := range b.Transactions() {
			if len(tx.Data()) < 4 {
				continue
			}
			name, ok := methods[[4]byte(tx.Data()[:4])]
			if !ok {
				continue
			}
			sender, err := types.Sender(signer, tx)
			if err != nil {
				t.Fatal(err)
			}
			out[call{name, sender}]++
		}
	}
	return out
}

// role is a role program as its supervisor runs it: started again after
// every exit but a successful one, and SIGKILLed once, killDelay after it
// first prints a line holding killAfter.
type role struct {
	name      string
	path      string
	args      []string
	killAfter string
	killDelay time.Duration
}

// supervisor runs a role until it succeeds or its context ends.
type supervisor struct {
	*role
	done chan struct{}

	mu       sync.Mutex
	proc     *proc
	running  bool
	outputs  []string
	runs     int
	kills    int
	failures []string
}

func supervise(ctx context.Context, t *testing.T, r *role) *supervisor {
	s := &supervisor{role: r, done: make(chan struct{})}
	started := make(chan struct{})
	go func() {
		defer close(s.done)
		for i := 0; ctx.Err() == nil && i < 30; i++ {
			ok, killed, p := s.runOnce(ctx, s.kills == 0, started)
			s.mu.Lock()
			s.runs++
			s.outputs = append(s.outputs, fmt.Sprintf("--- run %d ---\n%s", s.runs, p.output()))
			switch {
			case ok:
				s.mu.Unlock()
				return
			case killed && ctx.Err() == nil:
				s.kills++
			case ctx.Err() == nil:
				s.failures = append(s.failures, fmt.Sprintf("\n  run %d: %s", s.runs, lastLines(p.output(), 3)))
			}
			s.mu.Unlock()
			select {
			case <-ctx.Done():
			case <-time.After(200 * time.Millisecond):
			}
		}
	}()
	<-started
	return s
}

// runOnce runs the role once, SIGKILLing it as planned when kill is set,
// and reports whether it exited 0 or was killed. started is closed once the
// first run has started.
func (s *supervisor) runOnce(ctx context.Context, kill bool, started chan struct{}) (ok, killed bool, p *proc) {
	p = &proc{name: s.name}
	p.cmd = exec.Command(s.path, s.args...)
	p.cmd.Env = append(os.Environ(), "AGIJOBS_KEY=")
	p.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	pipe, err := p.cmd.StdoutPipe()
	if err == nil {
		p.cmd.Stderr = p.cmd.Stdout
		err = p.cmd.Start()
	}
	s.mu.Lock()
	s.proc, s.running = p, err == nil
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.running = false
		s.mu.Unlock()
	}()
	select {
	case <-started:
	default:
		close(started)
	}
	if err != nil {
		fmt.Fprintf(p, "start: %v\n", err)
		return false, false, p
	}
	// The context stops the process as a supervisor being shut down would.
	stop := context.AfterFunc(ctx, func() { _ = p.cmd.Process.Signal(syscall.SIGTERM) })
	defer stop()
	var timer *time.Timer
	sc := bufio.NewScanner(pipe)
	for sc.Scan() {
		fmt.Fprintln(p, sc.Text())
		if kill && timer == nil && strings.Contains(sc.Text(), s.killAfter) {
			timer = time.AfterFunc(s.killDelay, func() { _ = p.cmd.Process.Signal(syscall.SIGKILL) })
		}
	}
	if timer != nil {
		timer.Stop()
	}
	err = p.cmd.Wait()
	if err == nil {
		return true, false, p
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		ws := ee.Sys().(syscall.WaitStatus)
		return false, ws.Signaled() && ws.Signal() == syscall.SIGKILL, p
	}
	fmt.Fprintf(p, "wait: %v\n", err)
	return false, false, p
}

// current returns the process of the run in progress (or the last).
func (s *supervisor) current() *proc {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.proc
}

// wait returns once the supervisor stopped.
func (s *supervisor) wait() { <-s.done }

// output is the output of every run so far.
func (s *supervisor) output() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := strings.Join(s.outputs, "")
	if s.running {
		out += fmt.Sprintf("--- run %d (running) ---\n%s", s.runs+1, s.proc.output())
	}
	return out
}

// lastLines returns the last n non-empty lines of out, joined.
func lastLines(out string, n int) string {
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines[max(0, len(lines)-n):], " | ")
}
