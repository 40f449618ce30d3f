package chain

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/internal/testenv"
)

// testNet is a chain the shared test suite runs on: the embedded chain, and
// a real anvil node when one is available (see testenv.Anvil).
type testNet struct {
	name    string
	backend Backend
	account func(i int) Signer // funded dev accounts 0..9
}

// forEachNet runs f on the embedded chain and on anvil.
func forEachNet(t *testing.T, f func(t *testing.T, net testNet)) {
	t.Run("embedded", func(t *testing.T) {
		chain := newChain(t, EmbeddedConfig{})
		f(t, testNet{name: "embedded", backend: chain.Backend(), account: func(i int) Signer { return chain.Account(i) }})
	})
	t.Run("anvil", func(t *testing.T) {
		node := testenv.StartAnvil(t)
		conn, err := Dial(context.Background(), node.URL, DialOptions{ChainID: 31337})
		require.NoError(t, err)
		t.Cleanup(conn.Close)
		f(t, testNet{name: "anvil", backend: conn, account: func(i int) Signer { return DevSigner(i) }})
	})
}
