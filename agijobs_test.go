package agijobs_test

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/contracts/reverts"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/inputtest"
	"github.com/agijobs/agijobs-go/internal/oteltest"
	"github.com/agijobs/agijobs-go/internal/testenv"
	"github.com/agijobs/agijobs-go/retry"
	"github.com/agijobs/agijobs-go/storage"
	"github.com/agijobs/agijobs-go/telemetry"
)

// fields returns the fields an input error names, with their problems and
// fixes.
func fields(t *testing.T, err error) map[string]string {
	t.Helper()
	require.ErrorIs(t, err, input.ErrInvalid)
	return inputtest.Problems(err)
}

func TestConfigCheckReportsEveryField(t *testing.T) {
	cfg := agijobs.Config{RPCURL: "ftp:/nowhere", ManifestPath: "/does/not/exist.json", Addresses: &agijobs.Addresses{Token: common.HexToAddress("0x01")},
		Retry: retry.Policy{MaxAttempts: -1, MinBackoff: time.Second, MaxBackoff: time.Millisecond}}
	err := cfg.Check()
	require.ErrorIs(t, err, input.ErrInvalid)
	got := fields(t, err)
	for _, f := range []string{"agijobs.Config.RPCURL", "agijobs.Config.ChainID", "agijobs.Config.ManifestPath", "agijobs.Config.Addresses", "agijobs.Config.Addresses.JobRegistry", "agijobs.Config.Addresses.SystemPause",
		"agijobs.Config.Retry.MaxAttempts", "agijobs.Config.Retry.MinBackoff"} {
		require.Contains(t, got, f, "%v", err)
	}
	require.NotContains(t, got, "agijobs.Config.Addresses.Token")
	require.Contains(t, got["agijobs.Config.RPCURL"], "http(s)://host:port")
	require.Contains(t, got["agijobs.Config.ChainID"], "31337 anvil")
	require.Contains(t, got["agijobs.Config.Addresses.JobRegistry"], "deployment manifest")
	require.Contains(t, got["agijobs.Config.ManifestPath"], "only one of ManifestPath and Addresses")

	// Neither manifest nor addresses: a client that can only send (to
	// deploy), on any chain.
	require.NoError(t, (&agijobs.Config{RPCURL: "http://127.0.0.1:8545"}).Check())
}

func TestDialReportsBadManifest(t *testing.T) {
	path := filepath.Join(t.TempDir(), "latest-deployment.json")
	require.NoError(t, os.WriteFile(path, []byte(`{"chainId": 31337, "contracts": {"Token": "0x0000000000000000000000000000000000000001"}}`), 0o644))
	_, err := agijobs.Dial(context.Background(), agijobs.Config{RPCURL: "http://127.0.0.1:1", ChainID: 31337, ManifestPath: path})
	got := fields(t, err)
	require.Len(t, got, len(deploy.Modules))
	require.Contains(t, got, "contracts.StakeManager")
	require.Contains(t, err.Error(), path)
}

// TestNewFromParts builds a Client on a backend, addresses, a store and
// a manager the program already has, and checks what it adds: one
// manager per signer, role clients, and a Close that leaves the parts
// alone.
func TestNewFromParts(t *testing.T) {
	ctx := context.Background()
	env := agijobstest.New(t, agijobstest.WithEmployers(2))
	addrs := env.Addresses()
	roles := env.Roles()
	employer := roles.Employers[1]
	c, err := agijobs.New(ctx, agijobs.Options{
		Backend: env.Backend(), Addresses: &addrs, Store: env.Store(),
		Signers: []chain.Signer{employer}, Managers: []*chain.Manager{env.Owner()},
	})
	require.NoError(t, err)
	require.Equal(t, addrs, c.Addresses())
	require.Equal(t, env.ChainID(), c.ChainID())
	require.Equal(t, []chain.Signer{employer}, c.Signers())

	owner, err := c.Manager(ctx, roles.Owner)
	require.NoError(t, err)
	require.Same(t, env.Owner(), owner, "a manager passed in is handed out, not doubled")
	m1, err := c.Manager(ctx, employer)
	require.NoError(t, err)
	m2, err := c.Manager(ctx, employer)
	require.NoError(t, err)
	require.Same(t, m1, m2, "one manager per signer")

	emp, err := c.Employer(ctx, employer)
	require.NoError(t, err)
	now, err := env.Now(ctx)
	require.NoError(t, err)
	res, err := emp.PostJob(ctx, escrow.PostJobParams{Spec: &storage.JobSpec{Title: "t", Description: "d", Category: "c",
		AgentTypes: []string{storage.AgentAny}, AcceptanceCriteria: []string{"a"}}, Reward: deploy.Ether(10), Deadline: now.Add(time.Hour)})
	require.NoError(t, err)
	_, err = c.Agent(ctx, roles.Agents[0], escrow.Identity{Subdomain: "agent0"})
	require.NoError(t, err)
	_, err = c.Validator(ctx, roles.Validators[0], escrow.ValidatorOptions{})
	require.ErrorContains(t, err, "Votes", "escrow's own input check comes through")

	// A protocol revert arrives as a typed error generated from the ABI.
	jr := jobregistry.NewJobRegistry()
	_, err = m1.Send(ctx, chain.TxCandidate{To: &addrs.JobRegistry, Data: jr.PackCreateJob(big.NewInt(0), uint64(now.Add(time.Hour).Unix()), [32]byte{1}, "ipfs://x"), Label: "createJob"})
	var zr *reverts.ZeroRewardError
	require.ErrorAs(t, err, &zr, "%v", err)

	require.NoError(t, c.Close())
	require.NoError(t, c.Close(), "Close twice")
	_, err = m1.Send(ctx, chain.TxCandidate{To: &addrs.JobRegistry, Data: jr.PackCancelJob(res.JobID), Label: "cancel"})
	require.ErrorIs(t, err, chain.ErrClosed, "the client's own manager is stopped")
	_, err = c.Manager(ctx, employer)
	require.ErrorIs(t, err, chain.ErrClosed)
	_, err = env.Escrow().Job(ctx, res.JobID)
	require.NoError(t, err, "the backend stays open")
	_, err = env.Owner().Send(ctx, chain.TxCandidate{To: &addrs.JobRegistry, Data: jr.PackSetFeePct(big.NewInt(5)), Label: "setFeePct"})
	require.NoError(t, err, "the manager passed in stays open")
}

func TestNewRejectsBadParts(t *testing.T) {
	ctx := context.Background()
	env := agijobstest.New(t, agijobstest.WithAgents(0), agijobstest.WithValidators(0))
	_, err := agijobs.New(ctx, agijobs.Options{Addresses: &agijobs.Addresses{Token: common.HexToAddress("0x01")}, Signers: []chain.Signer{nil},
		Managers: []*chain.Manager{env.Owner(), env.Owner()}})
	got := fields(t, err)
	for _, f := range []string{"agijobs.Options.Backend", "agijobs.Options.Addresses.JobRegistry", "agijobs.Options.Signers[0]", "agijobs.Options.Managers[1]"} {
		require.Contains(t, got, f, "%v", err)
	}
	require.Contains(t, got["agijobs.Options.Managers[1]"], "race for its nonces")

	// Addresses without code are named.
	a := env.Addresses()
	a.FeePool = common.HexToAddress("0xdead")
	_, err = agijobs.New(ctx, agijobs.Options{Backend: env.Backend(), Addresses: &a})
	got = fields(t, err)
	require.Len(t, got, 1)
	require.Contains(t, got["agijobs.Options.Addresses.FeePool"], "no contract code on chain 1337")

	// A client without addresses reaches the chain and sends, nothing
	// more.
	c, err := agijobs.New(ctx, agijobs.Options{Backend: env.Backend()})
	require.NoError(t, err)
	defer c.Close()
	require.Equal(t, agijobs.Addresses{}, c.Addresses())
	_, err = c.Escrow()
	require.ErrorIs(t, err, input.ErrInvalid)
	_, err = c.Employer(ctx, env.Roles().Employers[0])
	require.ErrorContains(t, err, "agijobs.Options.Addresses")
	_, err = c.Identity()
	require.ErrorIs(t, err, input.ErrInvalid)
	_, err = c.ProfileReader()
	require.ErrorIs(t, err, input.ErrInvalid)
	_, err = c.Manager(ctx, nil)
	require.ErrorIs(t, err, input.ErrInvalid)
}

// TestNewChecksModuleKinds: every module answers moduleKind(), so a
// manifest with two addresses swapped, an account without code, a module
// where the token belongs or a contract that is no module is an error
// naming the field and what it holds, not a bare revert on the first read.
func TestNewChecksModuleKinds(t *testing.T) {
	env := agijobstest.New(t, agijobstest.WithAgents(0), agijobstest.WithValidators(0))
	checkModuleKinds(t, env.Backend(), env.Addresses(), "1337")
}

// TestDialChecksModuleKindsOnAnvil takes the batched path of a node's
// client.
func TestDialChecksModuleKindsOnAnvil(t *testing.T) {
	node := testenv.StartAnvil(t)
	env := agijobstest.New(t, agijobstest.WithRPC(node.URL), agijobstest.WithAgents(0), agijobstest.WithValidators(0))
	conn, err := chain.Dial(context.Background(), node.URL, chain.DialOptions{})
	require.NoError(t, err)
	defer conn.Close()
	checkModuleKinds(t, conn, env.Addresses(), "31337")
}

func checkModuleKinds(t *testing.T, backend chain.Backend, good agijobs.Addresses, chainID string) {
	t.Helper()
	ctx := context.Background()
	c, err := agijobs.New(ctx, agijobs.Options{Backend: backend, Addresses: &good})
	require.NoError(t, err)
	require.NoError(t, c.Close())

	swapped := good
	swapped.JobRegistry, swapped.StakeManager = good.StakeManager, good.JobRegistry
	_, err = agijobs.New(ctx, agijobs.Options{Backend: backend, Addresses: &swapped})
	got := fields(t, err)
	require.Len(t, got, 2, "%v", err)
	require.Contains(t, got["agijobs.Options.Addresses.JobRegistry"], good.StakeManager.Hex()+" is the StakeManager module (its moduleKind()), not the JobRegistry")
	require.Contains(t, got["agijobs.Options.Addresses.JobRegistry"], "Addresses.JobRegistry and Addresses.StakeManager look swapped")
	require.Contains(t, got["agijobs.Options.Addresses.StakeManager"], "is the JobRegistry module")

	eoa := good
	eoa.FeePool = chain.DevSigner(5).Address()
	_, err = agijobs.New(ctx, agijobs.Options{Backend: backend, Addresses: &eoa})
	got = fields(t, err)
	require.Len(t, got, 1, "%v", err)
	require.Contains(t, got["agijobs.Options.Addresses.FeePool"], eoa.FeePool.Hex()+" has no contract code on chain "+chainID)

	// The token where a module belongs, and a module where the token
	// belongs.
	tok := good
	tok.Token, tok.SystemPause = good.SystemPause, good.Token
	_, err = agijobs.New(ctx, agijobs.Options{Backend: backend, Addresses: &tok})
	got = fields(t, err)
	require.Len(t, got, 2, "%v", err)
	require.Contains(t, got["agijobs.Options.Addresses.Token"], "is the SystemPause module (its moduleKind()), not the stake token")
	require.Contains(t, got["agijobs.Options.Addresses.Token"], "look swapped")
	require.Contains(t, got["agijobs.Options.Addresses.SystemPause"], good.Token.Hex()+" holds a contract that does not answer moduleKind()")
	require.Contains(t, got["agijobs.Options.Addresses.SystemPause"], "Addresses.SystemPause and Addresses.Token look swapped")
}

// TestDialAgainstAnvil deploys with the fixture on anvil, writes the
// manifest and dials it the way a program does.
func TestDialAgainstAnvil(t *testing.T) {
	ctx := context.Background()
	node := testenv.StartAnvil(t)
	env := agijobstest.New(t, agijobstest.WithRPC(node.URL), agijobstest.WithAgents(0), agijobstest.WithValidators(0))
	owner := env.Roles().Owner
	path := filepath.Join(t.TempDir(), "latest-deployment.json")
	raw, err := json.MarshalIndent(deployment.ManifestOf(env.Deployment(), owner.Address(), deployment.KindEOA, nil), "", "  ")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, raw, 0o644))

	employer := env.Roles().Employers[0]
	c, err := agijobs.Dial(ctx, agijobs.Config{RPCURL: node.URL, ManifestPath: path, Signers: []chain.Signer{employer}})
	require.NoError(t, err)
	require.Equal(t, env.Addresses(), c.Addresses())
	require.Equal(t, int64(31337), c.ChainID().Int64(), "the manifest's chain")
	ec, err := c.Escrow()
	require.NoError(t, err)
	prm, err := ec.Params(ctx)
	require.NoError(t, err)
	require.Equal(t, deploy.DefaultParams().FeePct, prm.FeePct)
	require.NoError(t, c.Close())

	// Wrong network for the manifest, and for the node.
	_, err = agijobs.Dial(ctx, agijobs.Config{RPCURL: node.URL, ChainID: 1, ManifestPath: path})
	require.Contains(t, fields(t, err)["agijobs.Config.ManifestPath"], "the manifest is for chain 31337")
	a := env.Addresses()
	_, err = agijobs.Dial(ctx, agijobs.Config{RPCURL: node.URL, ChainID: 1, Addresses: &a})
	require.ErrorIs(t, err, chain.ErrChainIDMismatch)
}

func TestNewPassesTelemetryToItsManagers(t *testing.T) {
	ctx := context.Background()
	env := agijobstest.New(t, agijobstest.WithAgents(0), agijobstest.WithValidators(0))
	addrs := env.Addresses()
	rec := oteltest.New(t)
	c, err := agijobs.New(ctx, agijobs.Options{Backend: env.Backend(), Addresses: &addrs, Telemetry: rec.Providers(),
		Managers: []*chain.Manager{env.Owner()}})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	m, err := c.Manager(ctx, env.Roles().Employers[0])
	require.NoError(t, err)
	to := env.Roles().Owner.Address()
	_, err = m.Send(ctx, chain.TxCandidate{To: &to, Value: big.NewInt(1), Label: "tip"})
	require.NoError(t, err)
	require.Equal(t, int64(1), rec.Int(t, telemetry.TxSent), "the client's manager records into Options.Telemetry")
	require.Equal(t, int64(1), rec.Int(t, telemetry.TxMined))

	// The owner's manager was started by the fixture without telemetry and
	// passed in: it is handed out as it is.
	owner, err := c.Manager(ctx, env.Roles().Owner)
	require.NoError(t, err)
	_, err = owner.Send(ctx, chain.TxCandidate{To: &to, Value: big.NewInt(1), Label: "tip"})
	require.NoError(t, err)
	require.Equal(t, int64(1), rec.Int(t, telemetry.TxSent), "a manager passed in keeps its own telemetry")
}
