package governance

import (
	"bufio"
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/governance/internal/govtest"
	"github.com/agijobs/agijobs-go/internal/faultproxy"
	"github.com/agijobs/agijobs-go/internal/testenv"
)

// TestDeployThroughFaultsAndKills deploys on anvil through a proxy that
// injures 15% of the requests (dropped before or after reaching the node,
// 5xx, 1-3 s delays, answers cut in their middle), in child processes
// without a transaction journal, SIGKILLed at 5 random points and started
// again, as a supervisor would, after every kill or failure, until one
// finishes. The deployment must hold exactly the expected contracts, with
// no call of the deployer mined twice.
func TestDeployThroughFaultsAndKills(t *testing.T) {
	if testing.Short() {
		t.Skip("takes about a minute")
	}
	node := testenv.StartAnvil(t)
	seed := uint64(time.Now().UnixNano())
	proxy, url := faultproxy.Start(t, node.URL, faultproxy.Config{Rate: 0.15, Seed: seed, MinDelay: time.Second, MaxDelay: 3 * time.Second})
	manifest := filepath.Join(t.TempDir(), "latest-deployment.json")
	rng := rand.New(rand.NewPCG(seed, 13))
	runs, kills, failed := 0, 0, 0
	began := time.Now()
	for {
		runs++
		require.LessOrEqual(t, runs, 40, "the deployment never finished")
		// Half the kills come at a random time after the start, half a
		// moment after the run's first step is done, so that they fall in
		// every phase.
		var plan killPlan
		if kills < 5 {
			plan = killPlan{afterStep: rng.IntN(2) == 0, delay: time.Duration(rng.IntN(800)) * time.Millisecond}
			if !plan.afterStep {
				plan.delay += time.Duration(200+rng.IntN(2000)) * time.Millisecond
			}
		}
		done, killed, out := runChildOutcome(t, url, manifest, plan)
		if done {
			break
		}
		if killed {
			kills++
			t.Logf("run %d SIGKILLed %v after %s; steps done in it: %s", runs, plan.delay, map[bool]string{true: "its first step", false: "its start"}[plan.afterStep], steps(out))
			continue
		}
		failed++
		t.Logf("run %d failed (a supervisor starts it again):\n%s", runs, failure(out))
	}
	proxy.SetInjuring(false)
	elapsed := time.Since(began)
	direct, err := ethclient.Dial(node.URL)
	require.NoError(t, err)
	t.Cleanup(direct.Close)
	want := 1 + 2*len(deploy.Modules)
	creations := checkDeployed(t, direct, manifest, kills)
	_, calls, dups := scanDeployer(t, direct, govtest.Signer(0).Address())
	t.Logf("15%% faults, seed %d: %d runs (%d SIGKILLed, %d failed and restarted, 1 completed) in %v; %d contracts created for %d expected, %d calls mined, %d of them more than once; proxy: %s",
		seed, runs, kills, failed, elapsed.Round(time.Second), creations, want, calls, len(dups), proxy.Stats())
	assert.Equal(t, want, creations, "each contract created exactly once")
	assert.Empty(t, dups)
	// A run planned to be killed may finish first.
	assert.GreaterOrEqual(t, kills, 3)
	assert.Positive(t, proxy.Stats().CutBodies)
}

// killPlan says when a child is SIGKILLed: delay after its start, or
// after the first step it reports; the zero value never kills.
type killPlan struct {
	afterStep bool
	delay     time.Duration
}

// runChildOutcome runs TestDeployChild against url without a journal,
// SIGKILLed as plan says, and reports whether it finished the deployment
// or was killed, with its output.
func runChildOutcome(t *testing.T, url, manifest string, plan killPlan) (done, killed bool, out string) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestDeployChild$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), childEnv+"="+url, childEnv+"_MANIFEST="+manifest, childEnv+"_NO_JOURNAL=1")
	pipe, err := cmd.StdoutPipe()
	require.NoError(t, err)
	cmd.Stderr = cmd.Stdout
	require.NoError(t, cmd.Start())
	kill := func() { _ = cmd.Process.Signal(syscall.SIGKILL) }
	var timer *time.Timer
	if plan != (killPlan{}) && !plan.afterStep {
		timer = time.AfterFunc(plan.delay, kill)
	}
	var b strings.Builder
	sc := bufio.NewScanner(pipe)
	for sc.Scan() {
		b.WriteString(sc.Text() + "\n")
		if plan.afterStep && timer == nil && strings.HasPrefix(sc.Text(), "[") {
			timer = time.AfterFunc(plan.delay, kill)
		}
	}
	if timer != nil {
		timer.Stop()
	}
	err = cmd.Wait()
	if err == nil {
		return true, false, b.String()
	}
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee, "%s", b.String())
	ws := ee.Sys().(syscall.WaitStatus)
	return false, ws.Signaled() && ws.Signal() == syscall.SIGKILL, b.String()
}

// steps lists the steps a child printed.
func steps(out string) string {
	var done []string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "[") {
			done = append(done, l)
		}
	}
	if len(done) == 0 {
		return "none"
	}
	return strings.Join(done, " ")
}

// failure picks the error out of a failed child's output.
func failure(out string) string {
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		if strings.Contains(l, "Error:") {
			return strings.TrimSpace(strings.Join(lines[i:min(i+3, len(lines))], " "))
		}
	}
	return out
}

// TestDeployRefusesStateOfAnotherChain resumes with state files that
// cannot belong to the node's chain: another genesis block (a restarted
// dev node with the same chain id), and an older file without a genesis
// hash whose contracts have no code. Both are refused before anything is
// sent, naming the file and the remedy.
func TestDeployRefusesStateOfAnotherChain(t *testing.T) {
	e := govtest.NewEmbedded(t)
	ctx := context.Background()
	deployer := govtest.Signer(0)
	cfg := DefaultDeployerConfig(deployer.Address())
	dir := t.TempDir()
	manifest := filepath.Join(dir, "latest-deployment.json")
	statePath := deployment.StatePath(manifest)

	// A state file as the first run writes it, before sending anything.
	_, err := startDeploy(ctx, e.Mgr(0), cfg, DeployOptions{ManifestPath: manifest})
	require.NoError(t, err)
	st, err := deployment.LoadState(statePath)
	require.NoError(t, err)
	require.NotZero(t, st.Genesis)

	n0, err := e.Backend.PendingNonceAt(ctx, deployer.Address())
	require.NoError(t, err)
	for name, mutate := range map[string]func(*deployment.State){
		"genesis": func(s *deployment.State) { s.Genesis = common.Hash{0x01} },
		"contracts": func(s *deployment.State) {
			s.Genesis = common.Hash{}
			s.Contracts = map[string]common.Address{"Token": {0x20}, "JobRegistry.proxy": {0x21}}
		},
	} {
		t.Run(name, func(t *testing.T) {
			other := *st
			mutate(&other)
			require.NoError(t, deployment.SaveState(statePath, &other))
			_, err := Deploy(ctx, e.Mgr(0), cfg, DeployOptions{ManifestPath: manifest})
			var sm *StateMismatchError
			require.ErrorAs(t, err, &sm)
			assert.Equal(t, name, sm.What)
			assert.ErrorContains(t, err, "the state file "+statePath+" is from another chain")
			assert.ErrorContains(t, err, "delete it, or pass another state path")
			if name == "contracts" {
				assert.ErrorContains(t, err, "no contract at 2 of its 2 recorded addresses on chain 1337: JobRegistry.proxy 0x2100000000000000000000000000000000000000, Token 0x2000")
			}
			n1, err := e.Backend.PendingNonceAt(ctx, deployer.Address())
			require.NoError(t, err)
			assert.Equal(t, n0, n1, "nothing sent")
			assert.NoFileExists(t, manifest)
		})
	}
}

// TestDeployUnfundedDeployerIsToldTheCost deploys from an account without
// funds: the error gives its balance and what the deployment costs.
func TestDeployUnfundedDeployerIsToldTheCost(t *testing.T) {
	e := govtest.NewEmbedded(t)
	ctx := context.Background()
	poor := chain.DevSigner(60)
	m, err := chain.NewManager(ctx, chain.ManagerConfig{Backend: e.Backend, Signer: poor, PollInterval: 5 * time.Millisecond})
	require.NoError(t, err)
	t.Cleanup(func() { _ = m.Close() })
	_, err = Deploy(ctx, m, DefaultDeployerConfig(poor.Address()), DeployOptions{ManifestPath: filepath.Join(t.TempDir(), "m.json")})
	var fe *deploy.FundsError
	require.ErrorAs(t, err, &fe)
	require.ErrorIs(t, err, chain.ErrInsufficientFunds)
	assert.Zero(t, fe.Balance.Sign())
	assert.Positive(t, fe.Cost.Cmp(big.NewInt(0)))
	assert.ErrorContains(t, err, "holds 0 ETH, but the implementations phase still needs about")
	assert.False(t, errors.Is(err, context.Canceled))
	t.Log(err)
}

// TestPlanRefusesManifestWithoutContracts reads a manifest whose addresses
// hold no code (one from another chain): every read names the missing
// contract, and no plan is made, since calls to empty addresses succeed
// and change nothing.
func TestPlanRefusesManifestWithoutContracts(t *testing.T) {
	e := govtest.NewEmbedded(t)
	m := &deployment.Manifest{ChainID: 1337, Contracts: map[string]common.Address{"Token": {0x30}}, Governance: govtest.Signer(1).Address()}
	for i, mod := range deploy.Modules {
		m.Contracts[string(mod)] = common.Address{0x31, byte(i)}
	}
	st, err := ReadState(context.Background(), e.Backend, m, nil, ReadOptions{})
	require.NoError(t, err)
	_, err = st.Modules[deploy.JobRegistry].Value("feePct")
	require.ErrorIs(t, err, bind.ErrNoCode)
	assert.ErrorContains(t, err, "JobRegistry.feePct: nothing answers at "+m.Address(deploy.JobRegistry).Hex()+": no contract there on this chain")
	// The module check (moduleKind) refuses the manifest first, naming
	// every address without code.
	_, err = NewPlan(st, nil)
	require.Error(t, err)
	assert.ErrorContains(t, err, "no plan is made")
	assert.ErrorContains(t, err, "manifest.contracts.StakeManager: 0x3100000000000000000000000000000000000000 has no contract code")
	assert.ErrorContains(t, err, "manifest.contracts.Token: 0x3000000000000000000000000000000000000000 does not answer decimals()")
	assert.NotContains(t, err.Error(), "unmarshal")
}
