package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/devchain"
)

// DevSigner returns the i-th deterministic dev account: for i < 10 the
// anvil/hardhat account i (the "test test test ... junk" mnemonic), so that
// the embedded chain and a local anvil have the same dev accounts; beyond
// that a key derived from keccak256("agijobs-dev-<i>"). These keys are
// public; use them only on dev chains.
func DevSigner(i int) KeySigner {
	s, _ := NewKeySigner(devchain.Key(i))
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
	e.sim = simulated.NewBackend(alloc, devchain.MainnetGasRules)
	e.backend = &embeddedBackend{Client: e.sim.Client(), chain: e, auto: cfg.BlockInterval == 0}
	if cfg.BlockInterval > 0 {
		go e.mineLoop(cfg.BlockInterval)
	} else {
		close(e.done)
	}
	return e, nil
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
func (e *Embedded) Backend() Backend {
	if e == nil || e.sim == nil {
		return nil
	}
	return e.backend
}

// ChainID returns 1337, the simulated backend's chain id.
func (e *Embedded) ChainID() *big.Int { return big.NewInt(1337) }

// Accounts returns the funded dev accounts.
func (e *Embedded) Accounts() []KeySigner {
	if e == nil || e.sim == nil {
		return nil
	}
	return append([]KeySigner(nil), e.accounts...)
}

// Account returns the i-th funded dev account; it panics if i is out of
// range, like a slice index.
func (e *Embedded) Account(i int) KeySigner {
	if e == nil || e.sim == nil {
		return KeySigner{}
	}
	return e.accounts[i]
}

// Commit mines the pending transactions into a new block and returns its
// hash.
func (e *Embedded) Commit() common.Hash {
	if e == nil || e.sim == nil {
		return common.Hash{}
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return common.Hash{} // the simulated backend panics once closed
	}
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
	if e.closed {
		return fmt.Errorf("advance time: %w", errEmbeddedClosed)
	}
	e.sim.Commit() // AdjustTime refuses to run with pending transactions
	return devchain.AdjustTime(ctx, e.sim, d)
}

// Fork starts a side chain on parent, for reorg tests: blocks committed
// afterwards build on it, and it becomes canonical once longer than the
// current chain.
func (e *Embedded) Fork(parent common.Hash) error {
	if e == nil || e.sim == nil {
		return input.Unbuilt("chain.Embedded", "chain.NewEmbedded")
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return fmt.Errorf("fork: %w", errEmbeddedClosed)
	}
	return e.sim.Fork(parent)
}

// Rollback drops the pending transactions.
func (e *Embedded) Rollback() {
	if e == nil || e.sim == nil {
		return
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.closed {
		e.sim.Rollback()
	}
}

// errEmbeddedClosed is returned by the methods of a closed Embedded.
var errEmbeddedClosed = errors.New("chain: the embedded chain is closed")

// Close stops mining and shuts the chain down. Afterwards Commit returns
// the zero hash, Rollback does nothing, and AdvanceTime and Fork fail.
func (e *Embedded) Close() error {
	if e == nil || e.sim == nil {
		return nil // nothing was started
	}
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

// BatchCallContext answers a JSON-RPC batch of reads (eth_call,
// eth_blockNumber, eth_chainId), so that readers that batch their calls
// (a page of jobs, a governance state read) take the same path on the
// embedded chain as on a remote node. The simulated node hides its
// JSON-RPC client, so the batch is answered in process, one element after
// the other; per-element failures land in each element's Error, as a
// node's would.
func (b *embeddedBackend) BatchCallContext(ctx context.Context, elems []rpc.BatchElem) error {
	for i := range elems {
		elems[i].Error = b.batchElem(ctx, &elems[i])
	}
	return ctx.Err()
}

func (b *embeddedBackend) batchElem(ctx context.Context, e *rpc.BatchElem) error {
	var v any
	switch e.Method {
	case "eth_call":
		msg, block, err := callArgs(e.Args)
		if err != nil {
			return err
		}
		out, err := b.CallContract(ctx, msg, block)
		if err != nil {
			return err
		}
		v = hexutil.Bytes(out)
	case "eth_blockNumber":
		n, err := b.BlockNumber(ctx)
		if err != nil {
			return err
		}
		v = hexutil.Uint64(n)
	case "eth_chainId":
		id, err := b.ChainID(ctx)
		if err != nil {
			return err
		}
		v = (*hexutil.Big)(id)
	default:
		return fmt.Errorf("embedded chain: batch method %q is not supported; use the Backend's methods", e.Method)
	}
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return json.Unmarshal(raw, e.Result)
}

// callArgs reads the [{to, input|data}, block] arguments of an eth_call.
func callArgs(args []any) (ethereum.CallMsg, *big.Int, error) {
	var msg ethereum.CallMsg
	bad := fmt.Errorf("embedded chain: eth_call arguments %v are not [{to, input}, block]", args)
	if len(args) != 2 {
		return msg, nil, bad
	}
	m, ok := args[0].(map[string]any)
	if !ok {
		return msg, nil, bad
	}
	switch to := m["to"].(type) {
	case common.Address:
		msg.To = &to
	case *common.Address:
		msg.To = to
	default:
		return msg, nil, bad
	}
	data := m["input"]
	if data == nil {
		data = m["data"]
	}
	switch d := data.(type) {
	case hexutil.Bytes:
		msg.Data = d
	case []byte:
		msg.Data = d
	case nil:
	default:
		return msg, nil, bad
	}
	tag, ok := args[1].(string)
	if !ok {
		return msg, nil, bad
	}
	if tag == "latest" || tag == "pending" {
		return msg, nil, nil
	}
	n, err := hexutil.DecodeUint64(tag)
	if err != nil {
		return msg, nil, bad
	}
	return msg, new(big.Int).SetUint64(n), nil
}

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
