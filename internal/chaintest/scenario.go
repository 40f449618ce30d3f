package chaintest

import (
	"context"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agijobs/agijobs-go/contracts/bindings/agialphatoken"
	"github.com/agijobs/agijobs-go/contracts/bindings/identityregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/stakemanager"
	"github.com/agijobs/agijobs-go/contracts/bindings/validationmodule"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/internal/devchain"
)

// ---------------------------------------------------------------- templates

// Template is a protocol deployment made once per test binary and cloned
// into a fresh chain for every test that asks for one. Deploying the
// protocol costs about half a second; a clone, which starts a new simulated
// chain whose genesis holds the deployed state, costs some tens of
// milliseconds. A clone is equivalent to NewProtocol (plus whatever setup the
// template ran), except that its history starts at genesis (D.Block is 0;
// the deployment's transactions and events are not on the clone) and that
// the Reader contract sits at ReaderAddress.
type Template struct {
	params *deploy.Params
	setup  func(t testing.TB, p *Protocol) map[string]common.Address

	once   sync.Once
	alloc  types.GenesisAlloc
	d      *deploy.Deployment
	p      deploy.Params
	minted *big.Int
	extra  map[string]common.Address
	head   uint64 // the template chain's head block number
}

// NewTemplate describes a template: NewProtocol(params) followed by setup
// (which may be nil). Setup may return named addresses (e.g. of extra
// contracts it deployed), available from Template.Extra. Nothing runs until
// the first call of Protocol.
func NewTemplate(params *deploy.Params, setup func(t testing.TB, p *Protocol) map[string]common.Address) *Template {
	return &Template{params: params, setup: setup}
}

// Protocol returns a fresh chain holding the template's state, with its head
// one block past the template chain's head (the last block sealed at the
// current wall-clock time). Safe for concurrent use.
//
// The clone mines as many empty blocks as the template chain had, because
// the state carries block numbers: the StakeManager's validator stake
// checkpoints are keyed by the block they were written in, and a clone whose
// blocks were numbered from zero again would read no validator stake at a
// committee's weight block and could not append a checkpoint.
func (tp *Template) Protocol(t testing.TB) *Protocol {
	t.Helper()
	tp.once.Do(func() { tp.build(t) })
	if tp.alloc == nil {
		t.Fatalf("chaintest: template could not be built (see the first test that used it)")
	}
	c := newChain(t, tp.alloc, false)
	c.Mine(int(tp.head) + 1)
	d := *tp.d
	d.Block = 0
	return bindProtocol(c, &d, tp.p, new(big.Int).Set(tp.minted))
}

// Extra returns an address the template's setup named; only valid after
// Protocol was called once.
func (tp *Template) Extra(name string) common.Address {
	a, ok := tp.extra[name]
	if !ok {
		panic("chaintest: template has no address named " + name)
	}
	return a
}

func (tp *Template) build(t testing.TB) {
	t.Helper()
	pr := NewProtocolOn(t, newChain(t, nil, true), tp.params)
	if tp.setup != nil {
		tp.extra = tp.setup(t, pr)
	}
	alloc, err := dumpState(pr.Chain)
	if err != nil {
		t.Fatalf("chaintest: template state: %v", err)
	}
	alloc[ReaderAddress] = types.Account{Code: readerCode}
	tp.d, tp.p, tp.minted = pr.D, pr.Params, pr.Minted
	tp.head = pr.Head(t)
	tp.alloc = alloc
}

func bindProtocol(c *Chain, d *deploy.Deployment, p deploy.Params, minted *big.Int) *Protocol {
	return &Protocol{
		Chain: c, D: d, Params: p,
		Token: agialphatoken.NewAGIALPHAToken(), JR: jobregistry.NewJobRegistry(),
		SM: stakemanager.NewStakeManager(), VM: validationmodule.NewValidationModule(),
		IR: identityregistry.NewIdentityRegistry(), Minted: minted,
	}
}

// newChain starts a simulated chain under mainnet gas rules with the funded
// test accounts plus alloc, optionally recording preimages (needed to dump
// the state for templates). New is newChain without extras.
func newChain(t testing.TB, alloc types.GenesisAlloc, preimages bool) *Chain {
	t.Helper()
	c := &Chain{}
	genesis := types.GenesisAlloc{}
	balance := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
	for i := 0; i < Accounts; i++ {
		k := Key(i)
		c.Keys = append(c.Keys, k)
		a := crypto.PubkeyToAddress(k.PublicKey)
		c.Accounts = append(c.Accounts, a)
		genesis[a] = types.Account{Balance: balance}
	}
	for a, acc := range alloc {
		genesis[a] = acc
	}
	opts := func(n *node.Config, e *ethconfig.Config) {
		devchain.MainnetGasRules(n, e)
		e.Preimages = preimages
	}
	c.Backend = simulated.NewBackend(genesis, opts, simulated.WithBlockGasLimit(60_000_000))
	t.Cleanup(func() {
		_ = c.Backend.Close()
		// A finished parallel subtest stays referenced (with its cleanup
		// closures) until its parent ends: drop every reference to the
		// backend, so that its in-memory chain can be collected at once
		// (thousands of invariant sequences would otherwise keep them all).
		c.mu.Lock()
		c.Backend, c.Client, c.commit, c.mineEmpty, c.adjust = nil, nil, nil, nil, nil
		c.mu.Unlock()
	})
	c.Client = &AutoCommit{Client: c.Backend.Client(), chain: c}
	c.commit = func() { c.Backend.Commit() }
	c.mineEmpty = c.commit
	sim := c.Backend
	c.adjust = func(d time.Duration) error { return devchain.AdjustTime(context.Background(), sim, d) }
	id, err := c.Client.ChainID(context.Background())
	if err != nil {
		t.Fatalf("chaintest: chain id: %v", err)
	}
	c.ChainID = id
	return c
}

// dumpState returns every account of the chain's latest state.
func dumpState(c *Chain) (types.GenesisAlloc, error) {
	// The simulated client hides its *ethclient.Client (and so the raw RPC
	// client that reaches the debug namespace) in an exported field of an
	// unexported struct; reflection is the only way to it.
	var rc *rpc.Client
	if v := reflect.ValueOf(c.Backend.Client()); v.Kind() == reflect.Struct && v.NumField() > 0 && v.Field(0).CanInterface() {
		if ec, ok := v.Field(0).Interface().(*ethclient.Client); ok {
			rc = ec.Client()
		}
	}
	if rc == nil {
		return nil, fmt.Errorf("the simulated client exposes no RPC client (go-ethereum changed simulated.simClient)")
	}
	var dump state.Dump
	if err := rc.Call(&dump, "debug_dumpBlock", "latest"); err != nil {
		return nil, err
	}
	if len(dump.Next) != 0 {
		return nil, fmt.Errorf("state dump truncated at %d accounts", len(dump.Accounts))
	}
	alloc := types.GenesisAlloc{}
	for key, a := range dump.Accounts {
		addr := common.HexToAddress(key)
		if a.Address != nil {
			addr = *a.Address
		}
		bal, ok := new(big.Int).SetString(a.Balance, 10)
		if !ok {
			return nil, fmt.Errorf("balance %q of %s", a.Balance, addr)
		}
		acc := types.Account{Balance: bal, Nonce: a.Nonce, Code: a.Code}
		if len(a.Storage) > 0 {
			acc.Storage = map[common.Hash]common.Hash{}
			for k, v := range a.Storage {
				acc.Storage[k] = common.HexToHash(v)
			}
		}
		alloc[addr] = acc
	}
	return alloc, nil
}

// ---------------------------------------------------------------- batched reads

// ReaderAddress is where every template clone holds the Reader contract,
//
//	contract Reader {
//	    function read(address[] calldata targets, bytes[] calldata data)
//	        external view returns (bytes[] memory out) {
//	        out = new bytes[](targets.length);
//	        for (uint256 i; i < targets.length; ++i) {
//	            (bool ok, bytes memory r) = targets[i].staticcall(data[i]);
//	            if (!ok) assembly { revert(add(r, 32), mload(r)) }
//	            out[i] = r;
//	        }
//	    }
//	}
//
// (solc 0.8.37, optimizer 200 runs, cancun, no metadata), which answers many
// views in one eth_call.
var ReaderAddress = common.HexToAddress("0x00000000000000000000000000000000000ead01")

var (
	readerCode = common.FromHex("0x608060405234801561000f575f5ffd5b5060043610610029575f3560e01c8063849419371461002d575b5f5ffd5b61004061003b3660046101dd565b610056565b60405161004d9190610249565b60405180910390f35b60608367ffffffffffffffff811115610071576100716102cd565b6040519080825280602002602001820160405280156100a457816020015b606081526020019060019003908161008f5790505b5090505f5b8481101561018c575f5f8787848181106100c5576100c56102e1565b90506020020160208101906100da91906102f5565b6001600160a01b03168686858181106100f5576100f56102e1565b90506020028101906101079190610322565b604051610115929190610365565b5f60405180830381855afa9150503d805f811461014d576040519150601f19603f3d011682016040523d82523d5f602084013e610152565b606091505b50915091508161016457805160208201fd5b80848481518110610177576101776102e1565b602090810291909101015250506001016100a9565b50949350505050565b5f5f83601f8401126101a5575f5ffd5b50813567ffffffffffffffff8111156101bc575f5ffd5b6020830191508360208260051b85010111156101d6575f5ffd5b9250929050565b5f5f5f5f604085870312156101f0575f5ffd5b843567ffffffffffffffff811115610206575f5ffd5b61021287828801610195565b909550935050602085013567ffffffffffffffff811115610231575f5ffd5b61023d87828801610195565b95989497509550505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b828110156102c157603f19878603018452815180518087528060208301602089015e5f602082890101526020601f19601f8301168801019650505060208201915060208401935060018101905061026f565b50929695505050505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215610305575f5ffd5b81356001600160a01b038116811461031b575f5ffd5b9392505050565b5f5f8335601e19843603018112610337575f5ffd5b83018035915067ffffffffffffffff821115610351575f5ffd5b6020019150368190038213156101d6575f5ffd5b818382375f910190815291905056")
	readerABI  = func() abi.ABI {
		a, err := abi.JSON(strings.NewReader(`[{"inputs":[{"name":"targets","type":"address[]"},{"name":"data","type":"bytes[]"}],"name":"read","outputs":[{"name":"out","type":"bytes[]"}],"stateMutability":"view","type":"function"}]`))
		if err != nil {
			panic(err)
		}
		return a
	}()
)

// Batch collects views to answer in one eth_call through the Reader (only on
// template clones). Add returns a pointer that Run fills.
type Batch struct {
	targets []common.Address
	data    [][]byte
	unpack  []func([]byte) error
}

// BatchAdd queues a view on b; *out is set by b.Run.
func BatchAdd[T any](b *Batch, to common.Address, data []byte, unpack func([]byte) (T, error), out *T) {
	b.targets = append(b.targets, to)
	b.data = append(b.data, data)
	b.unpack = append(b.unpack, func(raw []byte) error {
		v, err := unpack(raw)
		if err != nil {
			return err
		}
		*out = v
		return nil
	})
}

// Run answers every queued view at the latest block and empties b.
func (b *Batch) Run(t testing.TB, c *Chain) {
	t.Helper()
	if len(b.targets) == 0 {
		return
	}
	data, err := readerABI.Pack("read", b.targets, b.data)
	if err != nil {
		t.Fatalf("chaintest: batch pack: %v", err)
	}
	raw, err := c.Client.CallContract(context.Background(), ethereumCall(common.Address{}, ReaderAddress, data, nil), nil)
	if err != nil {
		t.Fatalf("chaintest: batch call: %v", Revert(err))
	}
	res, err := readerABI.Unpack("read", raw)
	if err != nil {
		t.Fatalf("chaintest: batch unpack: %v", err)
	}
	outs := res[0].([][]byte)
	for i, f := range b.unpack {
		if err := f(outs[i]); err != nil {
			t.Fatalf("chaintest: batch item %d (to %s): %v", i, b.targets[i], err)
		}
	}
	*b = Batch{}
}

// ---------------------------------------------------------------- lifecycle steps

// Must sends a transaction and fails the test when it reverts.
func (p *Protocol) Must(t testing.TB, from int, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	r, err := p.Send(from, to, data)
	if err != nil {
		t.Fatalf("chaintest: send from account %d to %s: %v", from, to, err)
	}
	return r
}

// Reverts sends a transaction and fails the test unless it reverts with the
// custom error `name`; it returns the decoded error.
func (p *Protocol) Reverts(t testing.TB, name string, from int, to common.Address, data []byte) *RevertError {
	t.Helper()
	_, err := p.Send(from, to, data)
	re, ok := err.(*RevertError)
	if !ok || re.Name != name {
		t.Fatalf("chaintest: want revert %s from account %d to %s, got %v", name, from, to, err)
	}
	return re
}

// Applied creates a reference job from Employer and has Agent apply for it.
func (p *Protocol) Applied(t testing.TB) *big.Int {
	t.Helper()
	id, _ := p.CreateJob(t, Employer)
	p.Must(t, Agent, p.Addr(deploy.JobRegistry), p.JR.PackApplyForJob(id, "alice", nil))
	return id
}

// ResultHash is the result hash agents submit in scenarios.
var ResultHash = crypto.Keccak256Hash([]byte("result"))

// Submitted creates a reference job, has Agent apply and submit.
func (p *Protocol) Submitted(t testing.TB) *big.Int {
	t.Helper()
	id := p.Applied(t)
	p.Must(t, Agent, p.Addr(deploy.JobRegistry), p.JR.PackSubmit(id, ResultHash, "ipfs://result", "alice", nil))
	return id
}

// Selected creates and submits a reference job and selects its committee
// (after mining the selection block); it returns the id and the committee.
func (p *Protocol) Selected(t testing.TB) (*big.Int, []common.Address) {
	t.Helper()
	id := p.Submitted(t)
	return id, p.Select(t, id)
}

// Select mines the selection block of a submitted job and selects its committee.
func (p *Protocol) Select(t testing.TB, id *big.Int) []common.Address {
	t.Helper()
	vm := p.Addr(deploy.ValidationModule)
	p.Must(t, Stranger, vm, p.SelectCall(t, id))
	return Call(t, p.Chain, vm, p.VM.PackValidators(id), p.VM.UnpackValidators)
}

// VoteHash is the commit hash of validator account v voting approve on job
// id (reference spec hash, zero burn hash, Salt(v)).
func (p *Protocol) VoteHash(t testing.TB, id *big.Int, v int, approve bool) common.Hash {
	t.Helper()
	vm := p.Addr(deploy.ValidationModule)
	nonce := Call(t, p.Chain, vm, p.VM.PackJobNonce(id), p.VM.UnpackJobNonce)
	return CommitHash(id, nonce, SpecHash, approve, common.Hash{}, Salt(v), p.Accounts[v], vm, p.ChainID)
}

// Commit commits validator account v's vote on job id.
func (p *Protocol) Commit(t testing.TB, id *big.Int, v int, approve bool) {
	t.Helper()
	p.Must(t, v, p.Addr(deploy.ValidationModule), p.VM.PackCommitValidation(id, p.VoteHash(t, id, v, approve), "validator", nil))
}

// Reveal reveals validator account v's vote on job id.
func (p *Protocol) Reveal(t testing.TB, id *big.Int, v int, approve bool) *types.Receipt {
	t.Helper()
	return p.Must(t, v, p.Addr(deploy.ValidationModule),
		p.VM.PackRevealValidation(id, approve, common.Hash{}, Salt(v), "validator", nil))
}

// Vote runs commits and reveals on a job whose committee was selected:
// votes[i] is the vote of Validators[i], and nil means the validator neither
// commits nor reveals. It leaves the chain after the reveals, before the tally.
func (p *Protocol) Vote(t testing.TB, id *big.Int, votes []*bool) {
	t.Helper()
	for i, v := range Validators {
		if votes[i] != nil {
			p.Commit(t, id, v, *votes[i])
		}
	}
	p.AdvanceTime(t, p.Params.CommitWindow+1)
	for i, v := range Validators {
		if votes[i] != nil {
			p.Reveal(t, id, v, *votes[i])
		}
	}
}

// Tally counts the votes of job id.
func (p *Protocol) Tally(t testing.TB, id *big.Int) *types.Receipt {
	t.Helper()
	return p.Must(t, Stranger, p.Addr(deploy.ValidationModule), p.VM.PackFinalize(id))
}

// StakeOf reads account i's stake in role.
func (p *Protocol) StakeOf(t testing.TB, i int, role uint8) *big.Int {
	t.Helper()
	return Call(t, p.Chain, p.Addr(deploy.StakeManager), p.SM.PackStakeOf(p.Accounts[i], role), p.SM.UnpackStakeOf)
}
