package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// devKeys are the well-known private keys of the first ten accounts of the
// "test test test ... junk" mnemonic that anvil and hardhat fund, so that the
// embedded chain and a local anvil have the same dev accounts. They are
// public test keys: never fund them on a real network.
var devKeys = [...]string{
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

// DevSigner returns the i-th deterministic dev account: for i < 10 the
// anvil/hardhat account i, beyond that a key derived from
// keccak256("agijobs-dev-<i>"). These keys are public; use them only on
// dev chains.
func DevSigner(i int) KeySigner {
	var raw []byte
	if i >= 0 && i < len(devKeys) {
		raw = common.FromHex(devKeys[i])
	} else {
		raw = crypto.Keccak256([]byte(fmt.Sprintf("agijobs-dev-%d", i)))
	}
	key, err := crypto.ToECDSA(raw)
	if err != nil {
		panic("client: bad dev key") // constant input; cannot happen
	}
	s, _ := NewKeySigner(key)
	return s
}

// EmbeddedConfig configures an embedded chain. The zero value is valid.
type EmbeddedConfig struct {
	// Accounts is the number of funded dev accounts (see DevSigner); 0
	// means 10.
	Accounts int
	// Balance is the wei given to each dev account; nil means 1,000,000
	// ether.
	Balance *big.Int
	// BlockInterval, when positive, mines pending transactions on this
	// interval. When zero every successful SendTransaction is mined at once
	// (one transaction per block), so receipts are available immediately.
	BlockInterval time.Duration
	// Alloc adds genesis accounts (code, storage, balances).
	Alloc types.GenesisAlloc
}

// Embedded is an in-process chain (go-ethereum's simulated backend, chain id
// 1337) with funded dev accounts, automatic mining and mainnet gas rules
// (the unreleased Amsterdam and Bogota forks are switched off, so gas equals
// anvil's). It is safe for concurrent use.
type Embedded struct {
	sim      *simulated.Backend
	backend  *embeddedBackend
	accounts []KeySigner

	mu     sync.Mutex // serialises mining, time travel and forks
	stop   chan struct{}
	done   chan struct{}
	closed bool
}

// NewEmbedded starts an embedded chain. Close it when done.
func NewEmbedded(cfg EmbeddedConfig) (*Embedded, error) {
	if cfg.Accounts < 0 || cfg.BlockInterval < 0 {
		return nil, errors.New("embedded chain: Accounts and BlockInterval must not be negative")
	}
	n := cfg.Accounts
	if n == 0 {
		n = 10
	}
	bal := cfg.Balance
	if bal == nil {
		bal = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
	}
	alloc := types.GenesisAlloc{}
	for addr, acct := range cfg.Alloc {
		alloc[addr] = acct
	}
	e := &Embedded{stop: make(chan struct{}), done: make(chan struct{})}
	for i := range n {
		s := DevSigner(i)
		e.accounts = append(e.accounts, s)
		if _, ok := alloc[s.Address()]; !ok {
			alloc[s.Address()] = types.Account{Balance: new(big.Int).Set(bal)}
		}
	}
	e.sim = simulated.NewBackend(alloc, mainnetGasRules)
	e.backend = &embeddedBackend{Client: e.sim.Client(), chain: e, auto: cfg.BlockInterval == 0}
	if cfg.BlockInterval > 0 {
		go e.mineLoop(cfg.BlockInterval)
	} else {
		close(e.done)
	}
	return e, nil
}

// mainnetGasRules switches off the forks that go-ethereum's dev config
// enables ahead of mainnet. The genesis config is a shared global: copy it.
func mainnetGasRules(_ *node.Config, ethConf *ethconfig.Config) {
	cfg := *ethConf.Genesis.Config
	cfg.AmsterdamTime = nil
	cfg.BogotaTime = nil
	ethConf.Genesis.Config = &cfg
}

func (e *Embedded) mineLoop(every time.Duration) {
	defer close(e.done)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-e.stop:
			return
		case <-t.C:
			e.mu.Lock()
			if !e.closed {
				e.sim.Commit()
			}
			e.mu.Unlock()
		}
	}
}

// Backend returns the chain's Backend. In the default mining mode its
// SendTransaction mines the transaction before returning.
func (e *Embedded) Backend() Backend { return e.backend }

// ChainID returns 1337, the simulated backend's chain id.
func (e *Embedded) ChainID() *big.Int { return big.NewInt(1337) }

// Accounts returns the funded dev accounts.
func (e *Embedded) Accounts() []KeySigner { return append([]KeySigner(nil), e.accounts...) }

// Account returns the i-th funded dev account; it panics if i is out of
// range, like a slice index.
func (e *Embedded) Account(i int) KeySigner { return e.accounts[i] }

// Commit mines the pending transactions into a new block and returns its
// hash.
func (e *Embedded) Commit() common.Hash {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.sim.Commit()
}

// AdvanceTime mines the pending transactions, then mines an empty block d
// later than the previous one, so contracts see block.timestamp move by d.
func (e *Embedded) AdvanceTime(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if d <= 0 {
		return fmt.Errorf("advance time: duration %v must be positive", d)
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	e.sim.Commit() // AdjustTime refuses to run with pending transactions
	// The txpool updates its pending set asynchronously after a block is
	// sealed, so AdjustTime may still see the just-mined transactions as
	// pending for a moment: retry briefly.
	deadline := time.Now().Add(2 * time.Second)
	for {
		err := e.sim.AdjustTime(d)
		if err == nil {
			return nil
		}
		if !strings.Contains(err.Error(), "non-empty block") || time.Now().After(deadline) {
			return fmt.Errorf("advance time: %w", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(2 * time.Millisecond):
		}
	}
}

// Fork starts a side chain on parent, for reorg tests: blocks committed
// afterwards build on it, and it becomes canonical once longer than the
// current chain.
func (e *Embedded) Fork(parent common.Hash) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.sim.Fork(parent)
}

// Rollback drops the pending transactions.
func (e *Embedded) Rollback() {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.sim.Rollback()
}

// Close stops mining and shuts the chain down.
func (e *Embedded) Close() error {
	e.mu.Lock()
	if e.closed {
		e.mu.Unlock()
		return nil
	}
	e.closed = true
	close(e.stop)
	e.mu.Unlock()
	<-e.done
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.sim.Close()
}

// embeddedBackend mines after each send in automatic mode.
type embeddedBackend struct {
	simulated.Client
	chain *Embedded
	auto  bool
}

var _ Backend = (*embeddedBackend)(nil)

// SendTransaction adds tx to the pool and, in automatic mode, mines it.
func (b *embeddedBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if !b.auto {
		return b.Client.SendTransaction(ctx, tx)
	}
	b.chain.mu.Lock()
	defer b.chain.mu.Unlock()
	if b.chain.closed {
		return errors.New("embedded chain closed")
	}
	if err := b.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	b.chain.sim.Commit()
	return nil
}
