// Package govtest gives the tests of governance and its subpackages a
// chain with one transaction manager per dev account, the protocol
// deployed through that manager, and a real Safe: what the tests of
// governance, governance/safe and governance/doctor share. It imports no
// governance package, so governance's own tests can use it.
package govtest

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/internal/testcontracts/blockingtoken"
	"github.com/agijobs/agijobs-go/internal/testenv"
)

// Accounts is the number of dev accounts with a Manager.
const Accounts = 4

// Env is a chain with one Manager per dev account 0..Accounts-1 (the
// anvil/embedded dev keys), closed when the test ends.
type Env struct {
	Backend chain.Backend
	ChainID *big.Int
	// Chain is the embedded chain, for time travel; nil on anvil.
	Chain *chain.Embedded
	mgrs  []*chain.Manager
}

// Mgr returns the Manager of dev account i: the only one of that account.
func (e *Env) Mgr(i int) *chain.Manager { return e.mgrs[i] }

// NewEmbedded starts an embedded chain.
func NewEmbedded(t testing.TB) *Env {
	t.Helper()
	ch, err := chain.NewEmbedded(chain.EmbeddedConfig{})
	require.NoError(t, err)
	t.Cleanup(func() { _ = ch.Close() })
	e := newEnv(t, ch.Backend())
	e.Chain = ch
	return e
}

// NewOnEmbedded wraps an embedded chain the test started itself (with
// genesis accounts of its own, for instance); the test closes it.
func NewOnEmbedded(t testing.TB, ch *chain.Embedded) *Env {
	t.Helper()
	e := newEnv(t, ch.Backend())
	e.Chain = ch
	return e
}

// NewAnvil starts anvil (skipped when it is not installed, unless the
// integration mode requires it).
func NewAnvil(t testing.TB) *Env {
	t.Helper()
	return NewAnvilAt(t, testenv.StartAnvil(t).URL)
}

// NewAnvilAt connects to a node the test started itself; every call makes
// new transaction managers, so use one Env at a time.
func NewAnvilAt(t testing.TB, url string) *Env {
	t.Helper()
	conn, err := chain.Dial(context.Background(), url, chain.DialOptions{})
	require.NoError(t, err)
	t.Cleanup(conn.Close)
	return newEnv(t, conn)
}

func newEnv(t testing.TB, backend chain.Backend) *Env {
	t.Helper()
	ctx := context.Background()
	id, err := backend.ChainID(ctx)
	require.NoError(t, err)
	e := &Env{Backend: backend, ChainID: id}
	for i := range Accounts {
		m, err := chain.NewManager(ctx, chain.ManagerConfig{Backend: backend, Signer: Signer(i), ChainID: id, PollInterval: 5 * time.Millisecond})
		require.NoError(t, err)
		t.Cleanup(func() { _ = m.Close() })
		e.mgrs = append(e.mgrs, m)
	}
	return e
}

// Signer returns dev account i.
func Signer(i int) chain.KeySigner { return chain.DevSigner(i) }

// Key returns the private key of dev account i, for offline signatures.
func Key(t testing.TB, i int) *ecdsa.PrivateKey {
	t.Helper()
	keys := []string{
		"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
		"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
		"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
		"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
	}
	k, err := crypto.HexToECDSA(keys[i])
	require.NoError(t, err)
	require.Equal(t, Signer(i).Address(), crypto.PubkeyToAddress(k.PublicKey))
	return k
}

// Deploy deploys the protocol from account 0 through its Manager (no extra
// escrow tokens) and returns the manifest, governed by account 0.
func (e *Env) Deploy(t testing.TB) *deployment.Manifest {
	t.Helper()
	d, err := deploy.Deploy(context.Background(), e.Mgr(0), deploy.Options{AllowedTokens: []common.Address{}})
	require.NoError(t, err)
	return deployment.ManifestOf(d, Signer(0).Address(), deployment.KindEOA, nil)
}

// Send sends a call from account i and returns the receipt.
func (e *Env) Send(t testing.TB, i int, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	r, err := e.Mgr(i).Send(context.Background(), chain.TxCandidate{To: &to, Data: data, Label: "test call"})
	require.NoError(t, err)
	return r
}

// Create deploys init code from account i and returns the address.
func (e *Env) Create(t testing.TB, i int, initCode []byte) common.Address {
	t.Helper()
	r, err := e.Mgr(i).Send(context.Background(), chain.TxCandidate{Data: initCode, Label: "test create"})
	require.NoError(t, err)
	return r.ContractAddress
}

// Call runs a view call and returns its raw answer.
func (e *Env) Call(t testing.TB, to common.Address, data []byte) []byte {
	t.Helper()
	out, err := e.Backend.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	require.NoError(t, err)
	return out
}

// TestToken deploys a mintable test token of the given decimals (a
// stand-in for USDC) from account 0.
func (e *Env) TestToken(t testing.TB, decimals uint8) common.Address {
	t.Helper()
	return e.Create(t, 0, append(common.FromHex(blockingtoken.BlockingTokenMetaData.Bin), blockingtoken.NewBlockingToken().PackConstructor(decimals)...))
}

// HandOver offers every module to gov from the deployer (account 0).
func (e *Env) HandOver(t testing.TB, m *deployment.Manifest, gov common.Address) {
	t.Helper()
	for _, mod := range deploy.Modules {
		e.Send(t, 0, m.Address(mod), jobregistry.NewJobRegistry().PackTransferOwnership(gov))
	}
}

// RepoRoot returns the module root.
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..")
}

// Safe is a deployed 2-of-3 Safe 1.4.1 owned by dev accounts 1, 2 and 3,
// with its MultiSendCallOnly.
type Safe struct {
	Address, MultiSend common.Address
	Owners             []*ecdsa.PrivateKey
}

// DeploySafe deploys the Safe 1.4.1 singleton, proxy factory,
// MultiSendCallOnly and fallback handler from account 0 and creates the
// Safe. The artifacts come from contracts/node_modules (make tools);
// without them the test is skipped, or failed in the integration mode that
// requires every tool.
func (e *Env) DeploySafe(t testing.TB) *Safe {
	t.Helper()
	safeABI, safeBin := safeArtifact(t, "Safe.sol/Safe.json")
	factoryABI, factoryBin := safeArtifact(t, "proxies/SafeProxyFactory.sol/SafeProxyFactory.json")
	_, msBin := safeArtifact(t, "libraries/MultiSendCallOnly.sol/MultiSendCallOnly.json")
	_, fbBin := safeArtifact(t, "handler/CompatibilityFallbackHandler.sol/CompatibilityFallbackHandler.json")
	singleton, factory, ms, fb := e.Create(t, 0, safeBin), e.Create(t, 0, factoryBin), e.Create(t, 0, msBin), e.Create(t, 0, fbBin)
	s := &Safe{MultiSend: ms}
	var owners []common.Address
	for i := 1; i <= 3; i++ {
		s.Owners = append(s.Owners, Key(t, i))
		owners = append(owners, Signer(i).Address())
	}
	setup, err := safeABI.Pack("setup", owners, big.NewInt(2), common.Address{}, []byte{}, fb, common.Address{}, big.NewInt(0), common.Address{})
	require.NoError(t, err)
	data, err := factoryABI.Pack("createProxyWithNonce", singleton, setup, big.NewInt(1))
	require.NoError(t, err)
	r := e.Send(t, 0, factory, data)
	created := factoryABI.Events["ProxyCreation"].ID
	for _, l := range r.Logs {
		if l.Address == factory && len(l.Topics) > 1 && l.Topics[0] == created {
			s.Address = common.BytesToAddress(l.Topics[1].Bytes())
		}
	}
	require.NotEqual(t, common.Address{}, s.Address, "no ProxyCreation event")
	return s
}

func safeArtifact(t testing.TB, rel string) (abi.ABI, []byte) {
	t.Helper()
	path := filepath.Join(RepoRoot(), "contracts/node_modules/@safe-global/safe-contracts/build/artifacts/contracts", rel)
	raw, err := os.ReadFile(path)
	if err != nil {
		if os.Getenv("AGIJOBS_INTEGRATION") == "require" {
			t.Fatalf("Safe artifacts missing (%v); run make tools", err)
		}
		t.Skipf("Safe artifacts missing (%v); run make tools", err)
	}
	var a struct {
		ABI      json.RawMessage `json:"abi"`
		Bytecode string          `json:"bytecode"`
	}
	require.NoError(t, json.Unmarshal(raw, &a))
	parsed, err := abi.JSON(strings.NewReader(string(a.ABI)))
	require.NoError(t, err)
	return parsed, hexutil.MustDecode(a.Bytecode)
}
