package e2e

import (
	"bytes"
	"context"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/governance"
	"github.com/agijobs/agijobs-go/internal/testenv"
)

// walkthroughHeading is the README section TestReadmeWalkthrough runs.
const walkthroughHeading = "## From deploy to the first job on a real chain"

// command is one command of the walkthrough: the example it runs and its
// arguments as a POSIX shell would pass them.
type command struct {
	line    string // as written, continuation lines joined
	example string // NAME of go run ./examples/NAME
	args    []string
}

// TestReadmeWalkthrough runs the README section "From deploy to the first
// job on a real chain" against a fresh anvil: its first shell block
// command by command, in order, then the commands of its second block, the
// three role programs, all at once in a random order. Every command must
// exit 0; the job must end Finalized and the chain must hold exactly one
// createJob and one applyForJob. The exports of the first block are the
// environment of the commands, except RPC and WORK: the test's anvil and a
// temporary directory. `go run ./examples/NAME` runs the example built
// once beforehand, with the same arguments.
func TestReadmeWalkthrough(t *testing.T) {
	node := testenv.StartAnvil(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	root := testenv.RepoRoot()
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	blocks := walkthroughBlocks(t, string(readme))
	if len(blocks) != 2 {
		t.Fatalf("the walkthrough has %d shell blocks; want two: the steps, then the role programs", len(blocks))
	}
	env := exportsOf(t, blocks[0], map[string]string{"RPC": node.URL, "WORK": work})
	steps, roles := commandsOf(t, blocks[0], env), commandsOf(t, blocks[1], env)
	if len(steps) < 7 || len(roles) != 3 {
		t.Fatalf("%d steps and %d role programs; want the whole walkthrough and three roles", len(steps), len(roles))
	}

	var names []string
	for _, c := range append(slices.Clone(steps), roles...) {
		if !slices.Contains(names, c.example) {
			names = append(names, c.example)
		}
	}
	start := time.Now()
	bin, err := buildExamples(ctx, names...)
	if err != nil {
		t.Fatalf("build the examples: %v", err)
	}
	t.Logf("the %d examples built in %v (those an earlier test did not build)", len(names), time.Since(start).Round(time.Millisecond))

	// The commands' environment: the exports and nothing that could stand
	// in for them (no key of the caller's), a home of their own.
	procEnv := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}
	for k, v := range env {
		procEnv = append(procEnv, k+"="+v)
	}
	outputs := map[string]string{}
	start = time.Now()
	for i, c := range steps {
		p := startCommand(ctx, t, bin, root, procEnv, c)
		err := p.wait()
		outputs[c.example] += p.output()
		if err != nil || testing.Verbose() {
			t.Logf("step %d: %s\n%s", i+1, c.line, p.output())
		}
		if err != nil {
			t.Fatalf("step %d (%s): %v", i+1, c.example, err)
		}
	}
	t.Logf("%d steps in %v", len(steps), time.Since(start).Round(time.Millisecond))

	// What the steps must have done, beyond exiting 0.
	cfg, err := governance.LoadDeployerConfig(filepath.Join(root, "deployment-config", "anvil.json"))
	if err != nil {
		t.Fatal(err)
	}
	for example, want := range map[string]string{
		"devsafe":    "Safe " + cfg.Governance.Address.Hex() + ": version 1.4.1, 2 of 3 owners",
		"owner-plan": "through Safe " + cfg.Governance.Address.Hex(),
		"doctor":     " 0 warnings, 0 failed",
		"devfund":    "mint 1000 tokens to ",
		"validator":  "staked",
	} {
		if !strings.Contains(outputs[example], want) {
			t.Errorf("%s did not print %q:\n%s", example, want, outputs[example])
		}
	}

	start = time.Now()
	order := rand.Perm(len(roles))
	procs := make([]*proc, len(roles))
	for _, i := range order {
		procs[i] = startCommand(ctx, t, bin, root, procEnv, roles[i])
		time.Sleep(time.Duration(rand.IntN(400)) * time.Millisecond) // vary who gets ahead
	}
	for i, p := range procs {
		if err := p.wait(); err != nil {
			cancel()
			t.Errorf("%s: %v", roles[i].example, err)
		}
	}
	started := make([]string, len(order))
	for k, i := range order {
		started[k] = roles[i].example
	}
	if t.Failed() || testing.Verbose() {
		for i, p := range procs {
			t.Logf("%s output:\n%s", roles[i].example, p.output())
		}
	}
	if t.Failed() {
		t.FailNow()
	}
	t.Logf("role programs started in the order %v, done in %v", started, time.Since(start).Round(time.Millisecond))
	checkOneJob(t, node.URL, filepath.Join(work, "latest-deployment.json"))
}

// checkOneJob reads the chain: job 1 Finalized with success, and one
// createJob and one applyForJob among all transactions since the
// deployment, reverted ones included.
func checkOneJob(t *testing.T, rpcURL, manifest string) {
	t.Helper()
	ctx := context.Background()
	c, err := agijobs.Dial(ctx, agijobs.Config{RPCURL: rpcURL, ManifestPath: manifest})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ec, err := c.Escrow()
	if err != nil {
		t.Fatal(err)
	}
	j, err := ec.Job(ctx, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if j.State != escrow.StateFinalized || !j.Success || j.Agent != chain.DevSigner(agentIdx).Address() || j.Employer != chain.DevSigner(employerIdx).Address() {
		t.Fatalf("job 1 on chain: %+v", j)
	}
	jr := jobregistry.NewJobRegistry()
	selectors := map[string][]byte{
		"createJob":          jr.PackCreateJob(new(big.Int), 0, [32]byte{}, "")[:4],
		"createJobWithToken": jr.PackCreateJobWithToken(common.Address{}, new(big.Int), 0, [32]byte{}, "")[:4],
		"applyForJob":        jr.PackApplyForJob(new(big.Int), "", nil)[:4],
		"stakeAndApply":      jr.PackStakeAndApply(new(big.Int), new(big.Int), "", nil)[:4],
	}
	conn := c.Backend().(*chain.Conn)
	head, err := conn.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	calls := map[string]int{}
	registry := c.Addresses().JobRegistry
	for n := uint64(1); n <= head; n++ {
		b, err := conn.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			if tx.To() == nil || *tx.To() != registry || len(tx.Data()) < 4 {
				continue
			}
			for name, sel := range selectors {
				if bytes.Equal(tx.Data()[:4], sel) {
					calls[name]++
				}
			}
		}
	}
	if calls["createJob"] != 1 || calls["applyForJob"] != 1 || calls["createJobWithToken"] != 0 || calls["stakeAndApply"] != 0 {
		t.Fatalf("JobRegistry calls over %d blocks: %v; want one createJob and one applyForJob", head, calls)
	}
	t.Logf("job 1 Finalized; JobRegistry lifecycle calls over %d blocks: %v", head, calls)
}

// walkthroughBlocks returns the shell blocks of the walkthrough section.
func walkthroughBlocks(t *testing.T, readme string) []string {
	t.Helper()
	i := strings.Index(readme, "\n"+walkthroughHeading+"\n")
	if i < 0 {
		t.Fatalf("README.md has no section %q", walkthroughHeading)
	}
	section := readme[i+1:]
	if j := strings.Index(section[len(walkthroughHeading):], "\n## "); j >= 0 {
		section = section[:len(walkthroughHeading)+j]
	}
	var out []string
	for _, m := range regexp.MustCompile("(?s)```sh\n(.*?)```").FindAllStringSubmatch(section, -1) {
		out = append(out, m[1])
	}
	return out
}

// logicalLines returns the lines of a shell block with comments and
// blank lines dropped and continuation lines joined.
func logicalLines(block string) []string {
	var out []string
	var cur string
	for _, l := range strings.Split(block, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		cur += strings.TrimSpace(l)
		if strings.HasSuffix(cur, "\\") {
			cur = strings.TrimSuffix(cur, "\\") + " "
			continue
		}
		if cur != "" {
			out = append(out, cur)
		}
		cur = ""
	}
	return out
}

// exportsOf returns the variables the block's export lines set, with
// override's values for the names it has (each of which the block must
// export).
func exportsOf(t *testing.T, block string, override map[string]string) map[string]string {
	t.Helper()
	env := map[string]string{}
	for _, l := range logicalLines(block) {
		rest, ok := strings.CutPrefix(l, "export ")
		if !ok {
			continue
		}
		for _, kv := range strings.Fields(rest) {
			k, v, ok := strings.Cut(kv, "=")
			if !ok {
				t.Fatalf("README export %q is not NAME=VALUE", kv)
			}
			if o, ok := override[k]; ok {
				v = o
			} else if strings.ContainsAny(v, "$`\"'\\") {
				t.Fatalf("README export %s=%s: a value the test passes as written must be literal", k, v)
			}
			env[k] = v
		}
	}
	for k := range override {
		if _, ok := env[k]; !ok {
			t.Fatalf("the walkthrough does not export %s", k)
		}
	}
	return env
}

var goRun = regexp.MustCompile(`^go run \./examples/([a-z-]+)((?: \S+)*)$`)

// commandsOf returns the commands of the block (its lines other than
// exports), their $NAME references expanded from env as the shell would:
// each must be `go run ./examples/NAME` with arguments free of quotes,
// globs and other shell syntax, so that splitting at spaces is what any
// POSIX shell does with it.
func commandsOf(t *testing.T, block string, env map[string]string) []command {
	t.Helper()
	var out []command
	for _, l := range logicalLines(block) {
		if strings.HasPrefix(l, "export ") {
			continue
		}
		l = strings.Join(strings.Fields(l), " ")
		m := goRun.FindStringSubmatch(l)
		if m == nil || strings.ContainsAny(m[2], "\"'`|&;<>()*?[]{}~\\") {
			t.Fatalf("README walkthrough line is not a plain `go run ./examples/NAME ARGS`: %s", l)
		}
		c := command{line: l, example: m[1]}
		for _, a := range strings.Fields(m[2]) {
			c.args = append(c.args, os.Expand(a, func(k string) string {
				v, ok := env[k]
				if !ok {
					t.Fatalf("README walkthrough line uses $%s, which the walkthrough does not export: %s", k, l)
				}
				return v
			}))
		}
		out = append(out, c)
	}
	return out
}

// startCommand starts the example's binary with the command's arguments
// in dir.
func startCommand(ctx context.Context, t *testing.T, bin, dir string, env []string, c command) *proc {
	t.Helper()
	p := &proc{name: c.example}
	p.cmd = exec.CommandContext(ctx, filepath.Join(bin, c.example), c.args...)
	p.cmd.Dir, p.cmd.Env = dir, env
	p.cmd.Stdout, p.cmd.Stderr = p, p
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", c.example, err)
	}
	return p
}
