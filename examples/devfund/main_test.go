package main

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/examples/internal/clitest"
	"github.com/agijobs/agijobs-go/governance"
	"github.com/agijobs/agijobs-go/internal/testenv"
)

// TestDevFund deploys the protocol with its dev token on a dev chain whose
// chain id must be confirmed, then tops accounts up: the token's owner
// mints, another funder transfers its own, ether comes from the funder,
// and a second run sends nothing.
func TestDevFund(t *testing.T) {
	ctx := context.Background()
	node := testenv.StartAnvil(t, "--chain-id", "5")
	manifest := filepath.Join(t.TempDir(), "latest-deployment.json")
	c, err := agijobs.Dial(ctx, agijobs.Config{RPCURL: node.URL})
	require.NoError(t, err)
	defer c.Close()
	mgr, err := c.Manager(ctx, chain.DevSigner(0))
	require.NoError(t, err)
	_, err = governance.Deploy(ctx, mgr, governance.DefaultDeployerConfig(chain.DevSigner(0).Address()), governance.DeployOptions{ManifestPath: manifest})
	require.NoError(t, err)

	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	fresh := crypto.PubkeyToAddress(key.PublicKey) // no ether, no token
	dev7 := chain.DevSigner(7).Address()
	t.Setenv("DEPLOYER_PRIVATE_KEY", clitest.DevKeyHex(0))
	args := []string{"-rpc", node.URL, "-manifest", manifest, "-to", dev7.Hex() + "," + fresh.Hex(), "-tokens", "50", "-eth", "1"}

	code, out, errs := clitest.Run(t, run, args...)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "chain 5, which is not a dev chain")
	assert.Empty(t, out)

	args = append(args, "-dev-chain-id", "5")
	out = clitest.OK(t, run, args...)
	assert.Contains(t, out, "mint 50 tokens to "+dev7.Hex())
	assert.Contains(t, out, "mint 50 tokens to "+fresh.Hex())
	assert.Contains(t, out, "send 1 ether to "+fresh.Hex())
	assert.NotContains(t, out, "ether to "+dev7.Hex(), "anvil's dev accounts hold ether already")
	clitest.RequireNotShown(t, out, clitest.DevKeyHex(0)[2:])
	requireBalances(t, node.URL, manifest, fresh, deploy.Ether(50), deploy.Ether(1))

	assert.Contains(t, clitest.OK(t, run, args...), "nothing sent")

	// A funder that does not own the token transfers its own.
	other, err := crypto.GenerateKey()
	require.NoError(t, err)
	to := crypto.PubkeyToAddress(other.PublicKey)
	t.Setenv("FUNDER", clitest.DevKeyHex(7))
	out = clitest.OK(t, run, "-rpc", node.URL, "-manifest", manifest, "-to", to.Hex(), "-tokens", "20", "-eth", "0", "-key-env", "FUNDER", "-dev-chain-id", "5")
	assert.Contains(t, out, "transfer 20 tokens to "+to.Hex())
	requireBalances(t, node.URL, manifest, to, deploy.Ether(20), new(big.Int))
	requireBalances(t, node.URL, manifest, dev7, deploy.Ether(30), nil)
}

// requireBalances checks the token balance of a and, unless wantWei is
// nil, its ether.
func requireBalances(t *testing.T, rpcURL, manifest string, a common.Address, wantTokens, wantWei *big.Int) {
	t.Helper()
	ctx := context.Background()
	c, err := agijobs.Dial(ctx, agijobs.Config{RPCURL: rpcURL, ManifestPath: manifest})
	require.NoError(t, err)
	defer c.Close()
	ec, err := c.Escrow()
	require.NoError(t, err)
	have, err := ec.Balance(ctx, c.Addresses().Token, a)
	require.NoError(t, err)
	assert.Equal(t, wantTokens.String(), have.String(), "tokens of %s", a.Hex())
	if wantWei != nil {
		wei, err := c.Backend().(*chain.Conn).BalanceAt(ctx, a, nil)
		require.NoError(t, err)
		assert.Equal(t, wantWei.String(), wei.String(), "ether of %s", a.Hex())
	}
}

func TestDevFundFlags(t *testing.T) {
	clitest.RequireNoKeyFlag(t, run)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-rpc", "http://127.0.0.1:1", "-manifest", "m.json"}, "-to is required"},
		{[]string{"-to", chain.DevSigner(1).Address().Hex()}, "-rpc and -manifest are required"},
		{[]string{"-rpc", "http://127.0.0.1:1", "-manifest", "m.json", "-to", "0xdead"}, `-to: "0xdead" is not an address`},
		{[]string{"-rpc", "http://127.0.0.1:1", "-manifest", "m.json", "-to", chain.DevSigner(1).Address().Hex(), "-tokens", "-1"}, "cannot be negative"},
	} {
		code, _, errs := clitest.Run(t, run, c.args...)
		assert.Equal(t, 2, code, "%v", c.args)
		assert.Contains(t, errs, c.want)
	}
}
