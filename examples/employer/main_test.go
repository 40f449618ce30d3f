package main

import (
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/examples/internal/clitest"
)

// TestEmbeddedDefault runs the example without flags: every role on the
// embedded chain, one job to Finalized.
func TestEmbeddedDefault(t *testing.T) {
	require.Contains(t, clitest.OK(t, run), "job 1 is Finalized")
}

// TestBadFlags: -rpc without -manifest is refused, naming the flag.
func TestBadFlags(t *testing.T) {
	code, _, errs := clitest.Run(t, run, "-rpc", "http://127.0.0.1:1")
	require.Equal(t, 1, code, errs)
	require.Contains(t, errs, "-manifest")
}

// TestKeys: keys come from -key-env or -keystore, never the command line,
// and neither they nor the node's API keys are printed.
func TestKeys(t *testing.T) { clitest.RequireRoleKeys(t, run) }

// TestResumeFindsPostedJob stops a run as a kill between createJob and
// saving the job's id would: the state holds the decided job, and the job
// is on chain. The next run must find the job, not post a second one, and
// see it through to Finalized.
func TestResumeFindsPostedJob(t *testing.T) {
	ctx := context.Background()
	env := agijobstest.New(t, agijobstest.WithAgents(1))
	ctx, stop := env.ServeBackground(ctx, agijobstest.ServeOptions{Agent: true, Committee: true})
	t.Cleanup(func() { require.NoError(t, stop()) })
	genesis, err := env.Backend().HeaderByNumber(ctx, big.NewInt(0))
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "employer", "state.json")
	want := jobState{ChainID: env.ChainID().String(), Genesis: genesis.Hash(), JobRegistry: env.Addresses().JobRegistry, Employer: env.Employer(0).Address()}
	start := func() (*employer, *strings.Builder) {
		st, err := openState(path, want)
		require.NoError(t, err)
		var out strings.Builder
		return &employer{out: &out, ec: env.Escrow(), e: env.Employer(0), st: st, wait: time.Minute}, &out
	}

	// The first run decides the job and sends createJob, then "dies".
	first, _ := start()
	require.NoError(t, first.fix(ctx, deploy.Ether(100)))
	_, err = env.Employer(0).PostJob(ctx, escrow.PostJobParams{Spec: first.st.spec(), Reward: first.st.Reward, Deadline: time.Unix(first.st.Deadline, 0)})
	require.NoError(t, err)
	// Past PostJob's own duplicate window (24 hours of chain time): only
	// the search from the saved block finds the job.
	require.NoError(t, env.AdvanceTime(ctx, 25*time.Hour))

	second, out := start()
	require.Nil(t, second.st.JobID)
	j, err := second.postAndFinalize(ctx, deploy.Ether(999)) // the saved reward wins
	require.NoError(t, err, out.String())
	require.Equal(t, escrow.StateFinalized, j.State)
	require.Contains(t, out.String(), "found job 1, posted by an earlier run")
	require.NotContains(t, out.String(), "posted job")
	n := 0
	for j, err := range env.Escrow().Jobs(ctx, escrow.JobQuery{Employer: want.Employer}) {
		require.NoError(t, err)
		require.Equal(t, deploy.Ether(100), j.Reward)
		n++
	}
	require.Equal(t, 1, n, "jobs posted")

	// The job is reported: the next run starts a new one.
	third, _ := start()
	require.Nil(t, third.st.JobID)
	require.Zero(t, third.st.SpecHash)
}

// TestStateOfAnotherChain: a state file of another chain, deployment or
// employer is refused, naming the file and the fix.
func TestStateOfAnotherChain(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	st, err := openState(path, jobState{ChainID: "31337", Genesis: common.Hash{1}, Employer: common.Address{2}, JobRegistry: common.Address{3}})
	require.NoError(t, err)
	st.JobID = big.NewInt(4)
	require.NoError(t, st.save())
	_, err = openState(path, jobState{ChainID: "31337", Genesis: common.Hash{9}, Employer: common.Address{2}, JobRegistry: common.Address{3}})
	require.ErrorContains(t, err, "employer state "+path+" belongs to employer")
	require.ErrorContains(t, err, "remove it or pass another -state")
	again, err := openState(path, jobState{ChainID: "31337", Genesis: common.Hash{1}, Employer: common.Address{2}, JobRegistry: common.Address{3}})
	require.NoError(t, err)
	require.Equal(t, big.NewInt(4), again.JobID)
}
