package governance

import (
	"context"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/governance/internal/govtest"
	"github.com/agijobs/agijobs-go/input"
	"strings"
)

func TestDeployEmbedded(t *testing.T) {
	e := govtest.NewEmbedded(t)
	ctx := context.Background()
	dir := t.TempDir()
	deployer := govtest.Signer(0)
	cfg := DefaultDeployerConfig(deployer.Address())
	cfg.Governance.Guardian = govtest.Signer(3).Address()
	cfg.Identity.AgentMerkleRoot = common.HexToHash("0x01")
	usdc := e.TestToken(t, 6)
	cfg.AllowedTokens = []common.Address{usdc}
	cfg.TokenLimits = map[common.Address]TokenLimits{usdc: {MinReward: MustUnits("2"), StakeBps: ptr[uint64](800)}}
	cfg.SecureDefaults.MinJobReward = MustTokens("5")
	envPath := filepath.Join(dir, "oneclick.env")
	require.NoError(t, os.WriteFile(envPath, []byte("# keep me\nRPC_URL=http://x\nJOB_REGISTRY=old\n"), 0o644))
	var steps []Step
	res, err := Deploy(ctx, e.Mgr(0), cfg, DeployOptions{
		ManifestPath: filepath.Join(dir, "latest-deployment.json"), EnvPath: envPath,
		Progress: func(s Step) { steps = append(steps, s) },
	})
	require.NoError(t, err)
	assert.Nil(t, res.Acceptance, "the deployer governs: nothing to accept")
	require.Len(t, steps, DeploySteps, "one step per phase")
	for i, s := range steps {
		assert.Equal(t, i+1, s.N)
		assert.Equal(t, DeploySteps, s.Total)
	}
	assert.Equal(t, string(deploy.PhaseImplementations), steps[0].Phase)
	assert.Equal(t, 1+len(deploy.Modules), steps[0].Sent, "the dev token and every implementation")
	assert.Equal(t, PhaseLaunch, steps[len(steps)-2].Phase)
	assert.Equal(t, 3, steps[len(steps)-2].Sent, "agent Merkle root, guardian, pause")

	m, err := deployment.LoadManifest(res.ManifestPath)
	require.NoError(t, err)
	assert.Equal(t, uint64(1337), m.ChainID)
	assert.Equal(t, deployer.Address(), m.Governance)
	assert.NotZero(t, m.Block)
	for _, mod := range deploy.Modules {
		assert.Equal(t, "1", m.Versions[string(mod)])
		assert.NotZero(t, m.Implementations[string(mod)])
	}
	st, err := ReadState(ctx, e.Backend, m, nil, ReadOptions{})
	require.NoError(t, err)
	for _, mod := range deploy.PausableModuleNames {
		assert.True(t, *st.Modules[mod].Paused, "%s paused on launch", mod)
	}
	g, _ := st.Modules[deploy.SystemPause].AddressValue("guardian")
	assert.Equal(t, cfg.Governance.Guardian, g)
	root, _ := st.Modules[deploy.IdentityRegistry].Value("agentMerkleRoot")
	assert.Equal(t, [32]byte(common.HexToHash("0x01")), root[0])
	plan, err := NewPlan(st, nil)
	require.NoError(t, err)
	assert.Empty(t, plan.Actions, "wiring and ownership are complete:\n%s", plan.Table())
	uc := st.Token(usdc)
	require.NotNil(t, uc, "the state reads the FeePool's fee tokens")
	assert.True(t, uc.Allowed && uc.FeeToken)
	assert.Equal(t, TokenParams{Decimals: 6, MinReward: big.NewInt(2_000_000), MaxReward: deploy.MaxReward, StakeBps: big.NewInt(800)}, uc.Config)
	assert.Equal(t, "5000000000000000000", st.Token(m.Token()).Config.MinReward.String())

	env, err := os.ReadFile(envPath)
	require.NoError(t, err)
	assert.Contains(t, string(env), "# keep me\nRPC_URL=http://x\nJOB_REGISTRY="+m.Address(deploy.JobRegistry).Hex()+"\n")
	assert.Contains(t, string(env), "SYSTEM_PAUSE_ADDRESS="+m.Address(deploy.SystemPause).Hex())

	// Running again with the same state file deploys nothing.
	n0, _ := e.Backend.PendingNonceAt(ctx, deployer.Address())
	res2, err := Deploy(ctx, e.Mgr(0), cfg, DeployOptions{ManifestPath: res.ManifestPath})
	require.NoError(t, err)
	assert.True(t, res2.Resumed)
	n1, _ := e.Backend.PendingNonceAt(ctx, deployer.Address())
	assert.Equal(t, n0, n1)

	// Another config with the same state file is refused.
	cfg.Economics.FeePct = 7
	_, err = Deploy(ctx, e.Mgr(0), cfg, DeployOptions{ManifestPath: res.ManifestPath})
	var sm *StateMismatchError
	require.ErrorAs(t, err, &sm)
}

// TestDeployNilInput checks that missing arguments are bad input, not a
// panic.
func TestDeployNilInput(t *testing.T) {
	_, err := Deploy(context.Background(), nil, nil, DeployOptions{})
	var errs input.Errors
	require.ErrorAs(t, err, &errs)
	assert.Len(t, errs, 2)
}

// TestDeployRefusesBadTokenLimits checks that token limits a token cannot
// express are refused by their field before anything is sent or recorded.
func TestDeployRefusesBadTokenLimits(t *testing.T) {
	e := govtest.NewEmbedded(t)
	ctx := context.Background()
	dir := t.TempDir()
	deployer := govtest.Signer(0)
	usdc := e.TestToken(t, 6)
	cfg := DefaultDeployerConfig(deployer.Address())
	cfg.TokenLimits = map[common.Address]TokenLimits{usdc: {MinReward: MustUnits("0.0000001")}}
	cfg.AllowedTokens = []common.Address{usdc, govtest.Signer(2).Address()}
	n0, _ := e.Backend.PendingNonceAt(ctx, deployer.Address())
	_, err := Deploy(ctx, e.Mgr(0), cfg, DeployOptions{ManifestPath: filepath.Join(dir, "other.json")})
	var ce input.Errors
	require.ErrorAs(t, err, &ce)
	require.Len(t, ce, 2, "%v", err)
	assert.Equal(t, "allowedTokens[1]", ce[0].Field)
	assert.Contains(t, ce[0].Error(), "JobRegistry cannot allowlist it")
	assert.Equal(t, "tokenLimits."+usdc.Hex()+".minReward", ce[1].Field)
	assert.Contains(t, ce[1].Error(), "more decimals than the token's 6")
	n1, _ := e.Backend.PendingNonceAt(ctx, deployer.Address())
	assert.Equal(t, n0, n1, "nothing sent")
	assert.NoFileExists(t, filepath.Join(dir, "other.state.json"), "nothing recorded")
}

// httpSim starts a simulated chain with an HTTP endpoint that mines
// pending transactions every few milliseconds; it outlives the child
// processes that deploy on it.
func httpSim(t *testing.T) (*simulated.Backend, string) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(t, l.Close())
	alloc := types.GenesisAlloc{}
	for i := range govtest.Accounts {
		alloc[govtest.Signer(i).Address()] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))}
	}
	sim := simulated.NewBackend(alloc, func(nc *node.Config, ec *ethconfig.Config) {
		nc.HTTPHost, nc.HTTPPort, nc.HTTPModules = "127.0.0.1", port, []string{"eth", "net", "web3"}
		cfg := *ec.Genesis.Config
		cfg.AmsterdamTime, cfg.BogotaTime = nil, nil
		ec.Genesis.Config = &cfg
	})
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Millisecond):
			}
			// The pending-block view lags the pool by the miner's 2s
			// recommit interval, so seal unconditionally.
			sim.Commit()
		}
	}()
	t.Cleanup(func() { close(stop); <-done; _ = sim.Close() })
	return sim, fmt.Sprintf("http://127.0.0.1:%d", port)
}

const childEnv = "AGIJOBS_GOVERNANCE_DEPLOY_CHILD"

// TestDeployChild is the child process of TestDeployResumeAfterKill; it is
// skipped in a normal run.
func TestDeployChild(t *testing.T) {
	url := os.Getenv(childEnv)
	if url == "" {
		t.Skip("child process of TestDeployResumeAfterKill")
	}
	killAt, _ := strconv.Atoi(os.Getenv(childEnv + "_KILL_AT"))
	ctx := context.Background()
	conn, err := chain.Dial(ctx, url, chain.DialOptions{})
	require.NoError(t, err)
	manifest := os.Getenv(childEnv + "_MANIFEST")
	cfg := chain.ManagerConfig{Backend: conn, Signer: govtest.Signer(0), PollInterval: 2 * time.Millisecond}
	if os.Getenv(childEnv+"_NO_JOURNAL") == "" {
		// The journal lets a run killed while transactions are in flight
		// adopt them when it is started again.
		cfg.JournalDir = filepath.Join(filepath.Dir(manifest), "journal")
	} else {
		cfg.PollInterval = 50 * time.Millisecond
	}
	m, err := chain.NewManager(ctx, cfg)
	require.NoError(t, err)
	defer m.Close()
	_, err = Deploy(ctx, m, childConfig(t), DeployOptions{
		ManifestPath: manifest,
		Progress: func(s Step) {
			fmt.Printf("[%d/%d] %s\n", s.N, s.Total, s.Phase)
			require.LessOrEqual(t, s.N, s.Total, "the step counter never passes the total")
			if s.N == killAt {
				_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
				select {}
			}
		},
	})
	require.NoError(t, err)
}

func childConfig(t testing.TB) *DeployerConfig {
	cfg := DefaultDeployerConfig(govtest.Signer(1).Address())
	cfg.Governance.Guardian = govtest.Signer(2).Address()
	return cfg
}

// TestDeployResumeAfterKill kills a deploying child process right after
// each checkpoint k in turn, restarting it each time, and checks that the
// deployment completes with every contract created exactly once.
func TestDeployResumeAfterKill(t *testing.T) {
	sim, url := httpSim(t)
	manifest := filepath.Join(t.TempDir(), "latest-deployment.json")
	kills := 0
	for k := 1; ; k++ {
		require.LessOrEqual(t, k, DeploySteps+1, "the deployment never finished")
		began := time.Now()
		done := runChild(t, url, manifest, k, 0)
		t.Logf("child killed at %d after %v", k, time.Since(began))
		if done {
			break
		}
		kills++
	}
	assert.Equal(t, DeploySteps, kills, "killed once after every checkpoint but the last")
	assert.Equal(t, 1+2*len(deploy.Modules), checkDeployed(t, sim.Client(), manifest, kills), "each contract created exactly once")
}

// TestDeployResumeAfterKillMidPhase kills the deploying child after a
// growing delay, wherever it is (mostly while a phase's transactions are in
// flight), and checks that the restarted runs finish a consistent
// deployment: every proxy on the implementation the manifest names, every
// module wired and offered to governance, every contract created once and
// no call mined twice.
func TestDeployResumeAfterKillMidPhase(t *testing.T) {
	sim, url := httpSim(t)
	manifest := filepath.Join(t.TempDir(), "latest-deployment.json")
	kills := 0
	for delay := 100 * time.Millisecond; ; delay += 20 * time.Millisecond {
		require.Less(t, kills, 60, "the deployment never finished")
		if runChild(t, url, manifest, 0, delay) {
			break
		}
		kills++
	}
	require.Positive(t, kills, "killed at least once")
	assert.Equal(t, 1+2*len(deploy.Modules), checkDeployed(t, sim.Client(), manifest, kills), "each contract created exactly once")
}

// runChild runs TestDeployChild, killed after checkpoint killAt (0: never)
// or after delay (0: never), and reports whether it finished the
// deployment.
func runChild(t *testing.T, url, manifest string, killAt int, delay time.Duration) bool {
	cmd := exec.Command(os.Args[0], "-test.run=^TestDeployChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), childEnv+"="+url, childEnv+"_KILL_AT="+strconv.Itoa(killAt), childEnv+"_MANIFEST="+manifest)
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	require.NoError(t, cmd.Start())
	if delay > 0 {
		timer := time.AfterFunc(delay, func() { _ = cmd.Process.Signal(syscall.SIGKILL) })
		defer timer.Stop()
	}
	err := cmd.Wait()
	if err == nil {
		return true
	}
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee, "%s", out.String())
	ws := ee.Sys().(syscall.WaitStatus)
	require.True(t, ws.Signaled() && ws.Signal() == syscall.SIGKILL, "child failed instead of being killed:\n%s", out.String())
	return false
}

// blockReader is a node that the checks of a finished deployment read.
type blockReader interface {
	Reader
	BlockNumber(ctx context.Context) (uint64, error)
	BlockByNumber(ctx context.Context, n *big.Int) (*types.Block, error)
}

// checkDeployed checks the finished deployment of the manifest (every
// proxy on the manifest's implementation, everything wired, every module
// offered to governance and paused, no call of the deployer mined twice)
// and returns the number of contracts the deployer created.
func checkDeployed(t *testing.T, node blockReader, manifest string, kills int) int {
	m, err := deployment.LoadManifest(manifest)
	require.NoError(t, err)
	ctx := context.Background()
	creations, calls, dups := scanDeployer(t, node, govtest.Signer(0).Address())
	assert.Empty(t, dups, "calls mined more than once")
	head, err := node.BlockNumber(ctx)
	require.NoError(t, err)
	st, err := ReadState(ctx, node, m, nil, ReadOptions{})
	require.NoError(t, err)
	for _, mod := range deploy.Modules {
		assert.Equal(t, govtest.Signer(1).Address(), st.Modules[mod].PendingOwner, "%s offered to governance", mod)
		assert.Equal(t, m.Implementations[string(mod)], st.Modules[mod].Implementation, "%s runs the recorded implementation", mod)
	}
	for _, mod := range deploy.PausableModuleNames {
		assert.True(t, *st.Modules[mod].Paused)
	}
	plan, err := NewPlan(st, nil)
	require.NoError(t, err)
	for _, a := range plan.Actions {
		assert.Equal(t, "acceptOwnership", a.Method, "only governance's acceptance is left:\n%s", plan.Table())
	}
	t.Logf("%d kills, %d creations, %d calls (%d mined more than once), head block %d, %d reads in %d round trip(s) over HTTP",
		kills, creations, calls, len(dups), head, st.Reads, st.RoundTrips)
	return creations
}

// scanDeployer reads every block and counts the contract creations and
// the calls of from, and lists the calls (target and calldata) mined more
// than once.
func scanDeployer(t *testing.T, node blockReader, from common.Address) (creations, calls int, dups []string) {
	t.Helper()
	ctx := context.Background()
	head, err := node.BlockNumber(ctx)
	require.NoError(t, err)
	id, err := node.ChainID(ctx)
	require.NoError(t, err)
	signer := types.LatestSignerForChainID(id)
	seen := map[string]int{}
	for n := uint64(1); n <= head; n++ {
		b, err := node.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		require.NoError(t, err)
		for _, tx := range b.Transactions() {
			if s, _ := types.Sender(signer, tx); s != from {
				continue
			}
			if tx.To() == nil {
				creations++
				continue
			}
			calls++
			key := fmt.Sprintf("%s %x", tx.To().Hex(), tx.Data())
			if seen[key]++; seen[key] == 2 {
				dups = append(dups, key)
			}
		}
	}
	return creations, calls, dups
}
