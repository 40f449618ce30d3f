// Package chaintest is the binding-level harness of the contract tests: a
// real in-process chain in one line (go-ethereum's simulated backend under
// the mainnet gas rules of internal/devchain, committing a block after
// every transaction, with the dev accounts of chain.DevSigner funded) and,
// on request, the whole AGI Jobs protocol deployed, driven by raw calls
// from account numbers. Tests of the SDK's own packages, and integrators,
// use package agijobstest, which hands out ready role clients instead.
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts"
	"github.com/agijobs/agijobs-go/internal/devchain"
)

// Accounts is how many funded accounts a Chain has.
const Accounts = 12

// Chain is a chain for tests: the simulated backend (New) or a real anvil
// node (NewAnvil), with the same funded accounts on both.
type Chain struct {
	// Backend is the simulated backend, nil on anvil.
	Backend *simulated.Backend
	// Client mines every accepted transaction at once (the simulated one
	// commits a block after each send; anvil automines).
	Client   simulated.Client
	Keys     []*ecdsa.PrivateKey
	Accounts []common.Address
	ChainID  *big.Int

	mu        sync.Mutex // serialises send+commit on the simulated chain
	managers  map[int]*chain.Manager
	commit    func() // after a send: seal a block (no-op on anvil)
	mineEmpty func() // seal an empty block
	adjust    func(time.Duration) error
}

func addressOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// Key returns the deterministic dev key number i, the key of
// chain.DevSigner(i): the anvil dev accounts first, so that New and NewAnvil
// fund the same accounts as chain.Embedded and anvil itself.
func Key(i int) *ecdsa.PrivateKey { return devchain.Key(i) }

// New starts a chain that is closed when the test ends.
func New(t testing.TB) *Chain {
	t.Helper()
	return newChain(t, nil, false)
}

// Auth returns transact options for account i.
func (c *Chain) Auth(i int) *bind.TransactOpts {
	o := bind.NewKeyedTransactor(c.Keys[i], c.ChainID)
	o.Context = context.Background()
	return o
}

// Manager returns the transaction manager of account i, started on first
// use and closed when the test ends: one per account, as the chain package
// requires. The Chain's own Send does not go through it, so a test should
// not send for the same account both ways while the Manager has
// transactions in flight.
func (c *Chain) Manager(t testing.TB, i int) *chain.Manager {
	t.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	if m, ok := c.managers[i]; ok {
		return m
	}
	m := newManager(t, c, i)
	t.Cleanup(func() { _ = m.Close() })
	if c.managers == nil {
		c.managers = map[int]*chain.Manager{}
	}
	c.managers[i] = m
	return m
}

func newManager(t testing.TB, c *Chain, i int) *chain.Manager {
	t.Helper()
	s, err := chain.NewKeySigner(c.Keys[i])
	if err != nil {
		t.Fatalf("chaintest: signer %d: %v", i, err)
	}
	m, err := chain.NewManager(context.Background(), chain.ManagerConfig{Backend: c.Client, Signer: s, ChainID: c.ChainID, PollInterval: 2 * time.Millisecond})
	if err != nil {
		t.Fatalf("chaintest: manager %d: %v", i, err)
	}
	return m
}

// AdvanceTime moves the chain's clock forward by d and seals a block
// (devchain.AdjustTime on the simulated chain, which waits out the
// transaction pool's lag; evm_increaseTime and evm_mine on anvil).
func (c *Chain) AdvanceTime(t testing.TB, d time.Duration) {
	t.Helper()
	c.mu.Lock()
	err := c.adjust(d)
	c.mu.Unlock()
	if err != nil {
		t.Fatalf("chaintest: advance time: %v", err)
	}
}

// Mine seals n empty blocks.
func (c *Chain) Mine(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i := 0; i < n; i++ {
		c.mineEmpty()
	}
}

// Now returns the timestamp of the latest block.
func (c *Chain) Now(t testing.TB) uint64 {
	t.Helper()
	h, err := c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatalf("chaintest: head: %v", err)
	}
	return h.Time
}

// Send signs and sends a call from account `from` and returns its receipt.
// A call that would revert returns a *RevertError (gas estimation fails and
// nothing is sent); a mined but failed transaction also returns one.
func (c *Chain) Send(from int, to common.Address, data []byte) (*types.Receipt, error) {
	return c.SendValue(from, to, data, nil)
}

// SendValue is Send with an ETH value.
func (c *Chain) SendValue(from int, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	ctx := context.Background()
	msgFrom := c.Accounts[from]
	gas, err := c.Client.EstimateGas(ctx, ethereumCall(msgFrom, to, data, value))
	if err != nil {
		return nil, Revert(err)
	}
	return c.sendRaw(from, &to, data, value, gas)
}

// Deploy sends a contract creation from account `from`.
func (c *Chain) Deploy(from int, bytecode, ctorArgs []byte) (common.Address, *types.Receipt, error) {
	data := append(append([]byte{}, bytecode...), ctorArgs...)
	gas, err := c.Client.EstimateGas(context.Background(), ethereumCall(c.Accounts[from], common.Address{}, data, nil, true))
	if err != nil {
		return common.Address{}, nil, Revert(err)
	}
	r, err := c.sendRaw(from, nil, data, nil, gas)
	if err != nil {
		return common.Address{}, r, err
	}
	return r.ContractAddress, r, nil
}

func (c *Chain) sendRaw(from int, to *common.Address, data []byte, value *big.Int, gas uint64) (*types.Receipt, error) {
	ctx := context.Background()
	c.mu.Lock()
	nonce, err := c.Client.PendingNonceAt(ctx, c.Accounts[from])
	if err != nil {
		c.mu.Unlock()
		return nil, err
	}
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		c.mu.Unlock()
		return nil, err
	}
	if value == nil {
		value = new(big.Int)
	}
	tip := big.NewInt(params.GWei)
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: c.ChainID, Nonce: nonce, GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
		Gas:       gas + gas/5, To: to, Value: value, Data: data,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(c.ChainID), c.Keys[from])
	if err != nil {
		c.mu.Unlock()
		return nil, err
	}
	err = c.rawClient().SendTransaction(ctx, signed)
	if err == nil {
		c.commit()
	}
	c.mu.Unlock()
	if err != nil {
		return nil, err
	}
	r, err := chain.WaitForReceipt(ctx, c.Client, signed.Hash(), 30*time.Second)
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, &RevertError{Name: "mined transaction failed"}
	}
	return r, nil
}

// AutoCommit is a simulated client that seals a block after every accepted
// transaction, so that receipt waits never hang. It is safe for concurrent use.
type AutoCommit struct {
	simulated.Client
	chain *Chain
}

// SendTransaction sends tx and commits a block.
func (a *AutoCommit) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	a.chain.mu.Lock()
	defer a.chain.mu.Unlock()
	if err := a.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	a.chain.commit()
	return nil
}

// rawClient returns the client without the auto-commit wrapper (sendRaw
// commits itself, under the lock it already holds).
func (c *Chain) rawClient() simulated.Client {
	if ac, ok := c.Client.(*AutoCommit); ok {
		return ac.Client
	}
	return c.Client
}

// RevertError is a revert decoded against every ABI of the repository.
type RevertError struct {
	// Name is the custom error name ("InvalidState"), "Error" for
	// Error(string), "Panic", or a description when it could not be decoded.
	Name string
	Args []any
	Data []byte
	Err  error
}

func (e *RevertError) Error() string {
	if len(e.Args) > 0 {
		return fmt.Sprintf("revert %s%v", e.Name, e.Args)
	}
	if e.Err != nil {
		return fmt.Sprintf("revert %s: %v", e.Name, e.Err)
	}
	return "revert " + e.Name
}

var (
	errorsOnce sync.Once
	errorTable map[[4]byte]abi.Error
)

// ErrorTable maps every custom error selector of every artifact to its ABI.
func ErrorTable() map[[4]byte]abi.Error {
	errorsOnce.Do(func() {
		errorTable = map[[4]byte]abi.Error{}
		for _, n := range contracts.ArtifactNames() {
			a, err := contracts.LoadArtifact(n)
			if err != nil {
				panic(err)
			}
			parsed, err := abi.JSON(strings.NewReader(string(a.ABI)))
			if err != nil {
				panic(err)
			}
			for _, e := range parsed.Errors {
				var sel [4]byte
				copy(sel[:], e.ID[:4])
				errorTable[sel] = e
			}
		}
	})
	return errorTable
}

// Revert turns a node error into a *RevertError when it carries revert data.
func Revert(err error) error {
	data, ok := ethclient.RevertErrorData(err)
	if !ok {
		return &RevertError{Name: "not a revert", Err: err}
	}
	return DecodeRevert(data)
}

// DecodeRevert decodes raw revert data.
func DecodeRevert(data []byte) *RevertError {
	if len(data) < 4 {
		return &RevertError{Name: "empty revert", Data: data}
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	if e, ok := ErrorTable()[sel]; ok {
		args, err := e.Inputs.Unpack(data[4:])
		if err != nil {
			return record(&RevertError{Name: e.Name, Data: data, Err: err})
		}
		return record(&RevertError{Name: e.Name, Args: args, Data: data})
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		return &RevertError{Name: "Error", Args: []any{reason}, Data: data}
	}
	return &RevertError{Name: fmt.Sprintf("unknown selector %x", sel), Data: data}
}

// RevertName returns the decoded revert name of err, or "" when err is not a revert.
func RevertName(err error) string {
	var re *RevertError
	if errors.As(err, &re) {
		return re.Name
	}
	return ""
}
