// Package devchain holds what every in-process dev chain of the repository
// shares, so that chain.Embedded and the binding-level harness of the
// contract tests (internal/chaintest) run under the same keys and gas rules
// and move the clock the same way: the dev account keys, the genesis patch
// that gives mainnet gas, and the settled AdjustTime of the simulated
// backend.
package devchain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/agijobs/agijobs-go/wait"
)

// anvilKeys are the well-known private keys of the first ten accounts of
// the "test test test ... junk" mnemonic that anvil and hardhat fund, so
// that an embedded chain and a local anvil have the same dev accounts.
// They are public test keys: never fund them on a real network.
var anvilKeys = [...]string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
	"47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
	"8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
	"92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
	"4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
	"dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97",
	"2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",
}

// AnvilAccounts is how many of the dev accounts anvil funds by default.
const AnvilAccounts = len(anvilKeys)

// Key returns the i-th deterministic dev key: for i < AnvilAccounts the
// anvil/hardhat account i, beyond that keccak256("agijobs-dev-<i>").
func Key(i int) *ecdsa.PrivateKey {
	var raw []byte
	if i >= 0 && i < len(anvilKeys) {
		raw = common.FromHex(anvilKeys[i])
	} else {
		raw = crypto.Keccak256([]byte(fmt.Sprintf("agijobs-dev-%d", i)))
	}
	key, err := crypto.ToECDSA(raw)
	if err != nil {
		panic("devchain: bad dev key") // constant input; cannot happen
	}
	return key
}

// MainnetGasRules is a simulated.NewBackend option that switches off the
// forks go-ethereum's dev config enables ahead of mainnet (Amsterdam,
// Bogota), so that gas equals anvil's and mainnet's. The genesis config is
// a shared global: it is copied before the change.
func MainnetGasRules(_ *node.Config, ethConf *ethconfig.Config) {
	cfg := *ethConf.Genesis.Config
	cfg.AmsterdamTime = nil
	cfg.BogotaTime = nil
	ethConf.Genesis.Config = &cfg
}

// AdjustTime moves the simulated chain's clock forward by d and seals a
// block. Right after a block is sealed the transaction pool may still list
// its transactions as pending for a moment (it resets asynchronously), and
// AdjustTime refuses to run then ("non-empty block"): the call is tried
// again for up to two seconds. The caller serialises it with its own sends.
func AdjustTime(ctx context.Context, sim *simulated.Backend, d time.Duration) error {
	settle := wait.Backoff{MinDelay: 2 * time.Millisecond, MaxDelay: 20 * time.Millisecond}
	_, err := wait.Until(ctx, 2*time.Second, settle, "the transaction pool to settle", func(context.Context) (struct{}, bool, error) {
		err := sim.AdjustTime(d)
		if err != nil && strings.Contains(err.Error(), "non-empty block") {
			return struct{}{}, false, wait.Retry(err)
		}
		return struct{}{}, err == nil, err
	})
	if err != nil {
		return fmt.Errorf("advance time: %w", err)
	}
	return nil
}
