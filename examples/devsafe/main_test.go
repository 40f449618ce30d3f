package main

import (
	"context"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/examples/internal/clitest"
	"github.com/agijobs/agijobs-go/governance"
	"github.com/agijobs/agijobs-go/governance/safe"
	"github.com/agijobs/agijobs-go/internal/testenv"
)

var safeLine = regexp.MustCompile(`(?m)^Safe (0x[0-9a-fA-F]{40}): version 1\.4\.1, 2 of 3 owners`)

// TestDevSafe creates the Safe of the README walkthrough on a dev chain
// whose chain id must be confirmed: its address is the governance that
// deployment-config/anvil.json names, and a second run changes nothing.
func TestDevSafe(t *testing.T) {
	node := testenv.StartAnvil(t, "--chain-id", "5")
	t.Setenv("DEPLOYER_PRIVATE_KEY", clitest.DevKeyHex(0))
	owners := chain.DevSigner(6).Address().Hex() + "," + chain.DevSigner(7).Address().Hex() + "," + chain.DevSigner(8).Address().Hex()
	args := []string{"-rpc", node.URL, "-owners", owners, "-threshold", "2"}

	code, out, errs := clitest.Run(t, run, args...)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "chain 5, which is not a dev chain")
	assert.Contains(t, errs, "-dev-chain-id 5")
	assert.NotContains(t, out, "Safe 0x")

	args = append(args, "-dev-chain-id", "5")
	out = clitest.OK(t, run, args...)
	assert.Contains(t, out, "planted the Safe singleton factory")
	assert.Contains(t, out, "4 deployed")
	m := safeLine.FindStringSubmatch(out)
	require.NotNil(t, m, out)
	cfg, err := governance.LoadDeployerConfig("../../deployment-config/anvil.json")
	require.NoError(t, err)
	assert.Equal(t, cfg.Governance.Address.Hex(), m[1], "deployment-config/anvil.json names this Safe as governance")

	again := clitest.OK(t, run, args...)
	assert.Contains(t, again, "0 deployed")
	assert.NotContains(t, again, "planted")
	assert.Equal(t, m[1], safeLine.FindStringSubmatch(again)[1], "the same Safe")

	salted := safeLine.FindStringSubmatch(clitest.OK(t, run, append(args, "-salt", "1")...))
	require.NotNil(t, salted)
	assert.NotEqual(t, m[1], salted[1], "-salt makes another Safe")

	conn, err := chain.Dial(context.Background(), node.URL, chain.DialOptions{})
	require.NoError(t, err)
	defer conn.Close()
	info, err := safe.ReadInfo(context.Background(), conn, cfg.Governance.Address)
	require.NoError(t, err)
	assert.Equal(t, []string{chain.DevSigner(6).Address().Hex(), chain.DevSigner(7).Address().Hex(), chain.DevSigner(8).Address().Hex()},
		[]string{info.Owners[0].Hex(), info.Owners[1].Hex(), info.Owners[2].Hex()})
	assert.EqualValues(t, 2, info.Threshold.Int64())

	code, _, errs = clitest.Run(t, run, "-rpc", node.URL, "-owners", owners, "-threshold", "4", "-dev-chain-id", "5")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "4 is not between 1 and the 3 owner(s)")
}

func TestDevSafeFlags(t *testing.T) {
	clitest.RequireNoKeyFlag(t, run)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"-rpc", "http://127.0.0.1:1"}, "-owners is required"},
		{[]string{"-owners", chain.DevSigner(1).Address().Hex()}, "-rpc is required"},
		{[]string{"-rpc", "http://127.0.0.1:1", "-owners", "0xdead"}, `-owners: "0xdead" is not an address`},
	} {
		code, _, errs := clitest.Run(t, run, c.args...)
		assert.Equal(t, 2, code, "%v", c.args)
		assert.Contains(t, errs, c.want)
	}
}
