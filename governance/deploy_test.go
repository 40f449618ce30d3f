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
	"github.com/agijobs/agijobs-go/input"
)

func TestDeployEmbedded(t *testing.T) {
	e := newEmbeddedEnv(t)
	ctx := context.Background()
	dir := t.TempDir()
	deployer := mustSigner(t, 0)
	cfg := DefaultDeployerConfig(deployer.Address())
	cfg.Governance.Guardian = mustSigner(t, 3).Address()
	cfg.Identity.AgentMerkleRoot = common.HexToHash("0x01")
	usdc := deployTestToken(t, e, 6)
	cfg.AllowedTokens = []common.Address{usdc}
	cfg.TokenLimits = map[common.Address]TokenLimits{usdc: {MinReward: MustUnits("2"), StakeBps: ptr[uint64](800)}}
	cfg.SecureDefaults.MinJobReward = MustTokens("5")
	envPath := filepath.Join(dir, "oneclick.env")
	require.NoError(t, os.WriteFile(envPath, []byte("# keep me\nRPC_URL=http://x\nJOB_REGISTRY=old\n"), 0o644))
	var steps []Step
	res, err := Deploy(ctx, e.backend, deployer, cfg, DeployOptions{
		ManifestPath: filepath.Join(dir, "latest-deployment.json"), EnvPath: envPath,
		PollInterval: 5 * time.Millisecond, Progress: func(s Step) { steps = append(steps, s) },
	})
	require.NoError(t, err)
	assert.Nil(t, res.Acceptance, "the deployer governs: nothing to accept")
	last := steps[len(steps)-1]
	assert.Equal(t, last.Total, last.N, "every checkpoint was reached")

	m, err := LoadManifest(res.ManifestPath)
	require.NoError(t, err)
	assert.Equal(t, uint64(1337), m.ChainID)
	assert.Equal(t, deployer.Address(), m.Governance)
	assert.NotZero(t, m.Block)
	for _, mod := range deploy.Modules {
		assert.Equal(t, "1", m.Versions[string(mod)])
		assert.NotZero(t, m.Implementations[string(mod)])
	}
	st, err := ReadState(ctx, e.backend, m, nil, ReadOptions{})
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
	rep, err := Doctor(ctx, e.backend, DoctorInput{Manifest: m})
	require.NoError(t, err)
	assert.Zero(t, rep.Summary.Fail, rep.Text())

	env, err := os.ReadFile(envPath)
	require.NoError(t, err)
	assert.Contains(t, string(env), "# keep me\nRPC_URL=http://x\nJOB_REGISTRY="+m.Address(deploy.JobRegistry).Hex()+"\n")
	assert.Contains(t, string(env), "SYSTEM_PAUSE_ADDRESS="+m.Address(deploy.SystemPause).Hex())

	// Running again with the same state file deploys nothing.
	n0, _ := e.backend.PendingNonceAt(ctx, deployer.Address())
	res2, err := Deploy(ctx, e.backend, deployer, cfg, DeployOptions{ManifestPath: res.ManifestPath, PollInterval: 5 * time.Millisecond})
	require.NoError(t, err)
	assert.True(t, res2.Resumed)
	n1, _ := e.backend.PendingNonceAt(ctx, deployer.Address())
	assert.Equal(t, n0, n1)

	// Token limits the token cannot express are refused before anything is
	// sent, by their field.
	bad := *cfg
	bad.TokenLimits = map[common.Address]TokenLimits{usdc: {MinReward: MustUnits("0.0000001")}}
	bad.AllowedTokens = []common.Address{usdc, mustSigner(t, 2).Address()}
	_, err = Deploy(ctx, e.backend, deployer, &bad, DeployOptions{ManifestPath: filepath.Join(dir, "other.json")})
	var ce input.Errors
	require.ErrorAs(t, err, &ce)
	require.Len(t, ce, 2, "%v", err)
	assert.Equal(t, "allowedTokens[1]", ce[0].Field)
	assert.Contains(t, ce[0].Error(), "JobRegistry cannot allowlist it")
	assert.Equal(t, "tokenLimits."+usdc.Hex()+".minReward", ce[1].Field)
	assert.Contains(t, ce[1].Error(), "more decimals than the token's 6")
	n2, _ := e.backend.PendingNonceAt(ctx, deployer.Address())
	assert.Equal(t, n1, n2, "nothing sent")

	// Another config with the same state file is refused.
	cfg.Economics.FeePct = 7
	_, err = Deploy(ctx, e.backend, deployer, cfg, DeployOptions{ManifestPath: res.ManifestPath})
	var sm *StateMismatchError
	require.ErrorAs(t, err, &sm)
}

func TestDeploySafeGovernance(t *testing.T) {
	e := newEmbeddedEnv(t)
	ctx := context.Background()
	se := deploySafe(t, e)
	deployer := mustSigner(t, 0)
	cfg := DefaultDeployerConfig(se.safe)
	cfg.Governance.Kind = KindSafe
	res, err := Deploy(ctx, e.backend, deployer, cfg, DeployOptions{ManifestPath: filepath.Join(t.TempDir(), "m.json"), PollInterval: 5 * time.Millisecond})
	require.NoError(t, err)
	require.NotNil(t, res.Acceptance)
	assert.True(t, res.Manifest.PendingAcceptance)
	require.Len(t, res.Acceptance.Actions, len(deploy.Modules)+1, "every module and the dev token")
	info, err := ReadSafe(ctx, e.backend, se.safe)
	require.NoError(t, err)
	tx, err := res.Acceptance.SafeTx(se.safe, se.multiSend, info.Nonce)
	require.NoError(t, err)
	h, err := tx.Hash()
	require.NoError(t, err)
	s1, _ := SignSafeHash(h, se.owners[0])
	s2, _ := SignSafeHash(h, se.owners[1])
	_, err = ExecuteSafe(ctx, e.mgr(2), tx, []SafeSignature{s1, s2})
	require.NoError(t, err)
	after, err := AcceptancePlan(ctx, e.backend, res.Manifest, KindSafe)
	require.NoError(t, err)
	st, err := ReadState(ctx, e.backend, res.Manifest, nil, ReadOptions{})
	require.NoError(t, err)
	for _, mod := range deploy.Modules {
		assert.Equal(t, se.safe, st.Modules[mod].Owner)
	}
	assert.Empty(t, after.Actions)
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
	for i := range devKeyHex {
		alloc[mustSigner(t, i).Address()] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))}
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
	_, err = Deploy(ctx, conn, mustSigner(t, 0), childConfig(t), DeployOptions{
		ManifestPath: os.Getenv(childEnv + "_MANIFEST"), PollInterval: 2 * time.Millisecond,
		Progress: func(s Step) {
			if s.Checkpoint && s.N == killAt {
				_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
				select {}
			}
		},
	})
	require.NoError(t, err)
}

func childConfig(t testing.TB) *DeployerConfig {
	cfg := DefaultDeployerConfig(mustSigner(t, 1).Address())
	cfg.Governance.Guardian = mustSigner(t, 2).Address()
	return cfg
}

// TestDeployResumeAfterKill kills a deploying child process right after
// each checkpoint k in turn, restarting it each time, and checks that the
// deployment completes with every contract created exactly once.
func TestDeployResumeAfterKill(t *testing.T) {
	sim, url := httpSim(t)
	manifest := filepath.Join(t.TempDir(), "latest-deployment.json")
	total := deploySteps(true)
	kills := 0
	for k := 1; ; k++ {
		require.LessOrEqual(t, k, total+1, "the deployment never finished")
		cmd := exec.Command(os.Args[0], "-test.run=^TestDeployChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), childEnv+"="+url, childEnv+"_KILL_AT="+strconv.Itoa(k), childEnv+"_MANIFEST="+manifest)
		began := time.Now()
		out, err := cmd.CombinedOutput()
		t.Logf("child killed at %d after %v", k, time.Since(began))
		if err == nil {
			break
		}
		var ee *exec.ExitError
		require.ErrorAs(t, err, &ee, "%s", out)
		ws := ee.Sys().(syscall.WaitStatus)
		require.True(t, ws.Signaled() && ws.Signal() == syscall.SIGKILL, "child failed instead of being killed at step %d:\n%s", k, out)
		kills++
	}
	assert.Equal(t, total, kills, "killed once after every checkpoint but the last")

	m, err := LoadManifest(manifest)
	require.NoError(t, err)
	ctx := context.Background()
	deployer := mustSigner(t, 0).Address()
	head, err := sim.Client().BlockNumber(ctx)
	require.NoError(t, err)
	creations := 0
	signer := types.LatestSignerForChainID(big.NewInt(1337))
	for n := uint64(1); n <= head; n++ {
		b, err := sim.Client().BlockByNumber(ctx, new(big.Int).SetUint64(n))
		require.NoError(t, err)
		for _, tx := range b.Transactions() {
			if from, _ := types.Sender(signer, tx); from == deployer && tx.To() == nil {
				creations++
			}
		}
	}
	assert.Equal(t, 1+2*len(deploy.Modules), creations, "each contract created exactly once")
	st, err := ReadState(ctx, sim.Client(), m, nil, ReadOptions{})
	require.NoError(t, err)
	for _, mod := range deploy.Modules {
		assert.Equal(t, mustSigner(t, 1).Address(), st.Modules[mod].PendingOwner, "%s offered to governance", mod)
	}
	for _, mod := range deploy.PausableModuleNames {
		assert.True(t, *st.Modules[mod].Paused)
	}
	t.Logf("%d kills, %d creations, head block %d, %d reads in %d round trip(s) over HTTP", kills, creations, head, st.Reads, st.RoundTrips)
}
