package agijobs

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/agialphatoken"
	"github.com/agijobs/agijobs-go/contracts/bindings/identityregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/internal/testenv"
)

func TestConfigCheckReportsEveryField(t *testing.T) {
	cfg := Config{RPCURL: "ftp:/nowhere", ManifestPath: "/does/not/exist.json", Addresses: &Addresses{Token: common.HexToAddress("0x01")}, Confirmations: 1000}
	err := cfg.Check()
	var ce *ConfigError
	require.ErrorAs(t, err, &ce)
	fields := map[string]string{}
	for _, p := range ce.Problems {
		fields[p.Field] = p.Msg
	}
	for _, f := range []string{"Config.RPCURL", "Config.ChainID", "Config.ManifestPath", "Config.Addresses", "Config.Confirmations", "Config.Addresses.JobRegistry", "Config.Addresses.SystemPause"} {
		require.Contains(t, fields, f, "%v", err)
	}
	require.NotContains(t, fields, "Config.Addresses.Token")
	require.Contains(t, fields["Config.RPCURL"], "http(s)://host:port")
	require.Contains(t, fields["Config.ChainID"], "31337 anvil")
	require.Contains(t, fields["Config.Addresses.JobRegistry"], "deployment manifest")
	require.Contains(t, err.Error(), "invalid field(s)")

	err = (&Config{RPCURL: "http://127.0.0.1:8545", ChainID: 1}).Check()
	require.ErrorAs(t, err, &ce)
	require.Len(t, ce.Problems, 2) // ManifestPath and Addresses: one of them is needed
	require.Contains(t, err.Error(), "set either ManifestPath or Addresses")
}

func TestNewReportsBadManifest(t *testing.T) {
	path := filepath.Join(t.TempDir(), "latest-deployment.json")
	require.NoError(t, os.WriteFile(path, []byte(`{"chainId": 31337, "contracts": {"Token": "0x0000000000000000000000000000000000000001"}}`), 0o644))
	_, err := New(context.Background(), Config{RPCURL: "http://127.0.0.1:1", ChainID: 31337, ManifestPath: path})
	var ce *ConfigError
	require.ErrorAs(t, err, &ce)
	require.Len(t, ce.Problems, len(deploy.Modules))
	require.Equal(t, "Manifest.contracts.StakeManager", ce.Problems[0].Field)
	require.Contains(t, err.Error(), path)
}

func TestNewEmbedded(t *testing.T) {
	ctx := context.Background()
	e, err := NewEmbedded(ctx, EmbeddedConfig{})
	require.NoError(t, err)
	t.Cleanup(func() { _ = e.Close() })
	roles := e.Roles()
	require.Len(t, roles.Employers, 1)
	require.Len(t, roles.Agents, 2)
	require.Len(t, roles.Validators, 3)
	addrs := e.Addresses()
	require.NotEqual(t, common.Address{}, addrs.JobRegistry)
	require.Equal(t, int64(1337), e.ChainID().Int64())

	tok := agialphatoken.NewAGIALPHAToken()
	out, err := e.Backend().CallContract(ctx, callMsg(addrs.Token, tok.PackBalanceOf(roles.Agents[1].Address())), nil)
	require.NoError(t, err)
	bal, err := tok.UnpackBalanceOf(out)
	require.NoError(t, err)
	require.Equal(t, deploy.Ether(1_000_000), bal)

	idr := identityregistry.NewIdentityRegistry()
	out, err = e.Backend().CallContract(ctx, callMsg(addrs.IdentityRegistry, idr.PackIsAuthorizedAgent(roles.Agents[0].Address(), "alice", nil)), nil)
	require.NoError(t, err)
	ok, err := idr.UnpackIsAuthorizedAgent(out)
	require.NoError(t, err)
	require.True(t, ok)

	// A protocol revert arrives as a typed error generated from the ABI.
	m, err := e.Manager(ctx, roles.Employers[0])
	require.NoError(t, err)
	jr := jobregistry.NewJobRegistry()
	_, err = m.Send(ctx, chain.TxCandidate{To: &addrs.JobRegistry, Data: jr.PackCreateJob(big.NewInt(0), uint64(time.Now().Add(time.Hour).Unix()), [32]byte{1}, "ipfs://x"), Label: "createJob"})
	var zr *chain.ZeroRewardError
	require.ErrorAs(t, err, &zr, "%v", err)
	require.ErrorContains(t, err, "give a positive reward")

	// Time travel.
	h0, err := e.Backend().HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.NoError(t, e.Chain().AdvanceTime(ctx, 48*time.Hour))
	h1, err := e.Backend().HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.GreaterOrEqual(t, h1.Time-h0.Time, uint64(48*3600))
}

func TestNewAgainstAnvil(t *testing.T) {
	ctx := context.Background()
	node := testenv.StartAnvil(t)
	conn, err := chain.Dial(ctx, node.URL, chain.DialOptions{ChainID: 31337})
	require.NoError(t, err)
	defer conn.Close()
	owner := chain.DevSigner(0)
	m, err := chain.NewManager(ctx, chain.ManagerConfig{Backend: conn, Signer: owner})
	require.NoError(t, err)
	d, err := deploy.Deploy(ctx, m, deploy.Options{})
	require.NoError(t, m.Close())
	require.NoError(t, err)

	dir := t.TempDir()
	path := filepath.Join(dir, "latest-deployment.json")
	raw, err := json.MarshalIndent(deployment.ManifestOf(d, owner.Address(), deployment.KindEOA, nil), "", "  ")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, raw, 0o644))

	c, err := New(ctx, Config{RPCURL: node.URL, ChainID: 31337, Signer: owner, ManifestPath: path})
	require.NoError(t, err)
	defer c.Close()
	require.Equal(t, AddressesOf(d), c.Addresses())
	require.NotNil(t, c.Sender())

	// Wrong network for the manifest, and for the node.
	_, err = New(ctx, Config{RPCURL: node.URL, ChainID: 1, ManifestPath: path})
	var ce *ConfigError
	require.ErrorAs(t, err, &ce)
	require.Contains(t, err.Error(), "the manifest is for chain 31337")
	a := AddressesOf(d)
	_, err = New(ctx, Config{RPCURL: node.URL, ChainID: 1, Addresses: &a})
	require.ErrorIs(t, err, chain.ErrChainIDMismatch)

	// Addresses without code are named.
	a.FeePool = common.HexToAddress("0xdead")
	_, err = New(ctx, Config{RPCURL: node.URL, ChainID: 31337, Addresses: &a})
	require.ErrorAs(t, err, &ce)
	require.Len(t, ce.Problems, 1)
	require.Equal(t, "Addresses.FeePool", ce.Problems[0].Field)
}

// NewEmbedded gives a deployed protocol on an in-process chain in one call.
func ExampleNewEmbedded() {
	ctx := context.Background()
	e, err := NewEmbedded(ctx, EmbeddedConfig{})
	if err != nil {
		panic(err)
	}
	defer e.Close()
	fmt.Println("chain", e.ChainID(), "agents", len(e.Roles().Agents), "validators", len(e.Roles().Validators))
	// Output: chain 1337 agents 2 validators 3
}
