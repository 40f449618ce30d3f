package governance

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
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/internal/testenv"
)

// devKeyHex are anvil's well-known dev keys 0..3 (public test keys).
var devKeyHex = []string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
}

func devKey(t testing.TB, i int) *ecdsa.PrivateKey {
	k, err := crypto.HexToECDSA(devKeyHex[i])
	require.NoError(t, err)
	return k
}

// env is a chain with a Manager per dev account.
type env struct {
	backend chain.Backend
	chainID *big.Int
	mgrs    []*chain.Manager
}

func (e *env) mgr(i int) *chain.Manager { return e.mgrs[i] }

func newEnvOn(t testing.TB, backend chain.Backend) *env {
	t.Helper()
	ctx := context.Background()
	id, err := backend.ChainID(ctx)
	require.NoError(t, err)
	e := &env{backend: backend, chainID: id}
	for i := range devKeyHex {
		s, err := chain.ParseKeySigner(devKeyHex[i])
		require.NoError(t, err)
		m, err := chain.NewManager(ctx, chain.ManagerConfig{Backend: backend, Signer: s, PollInterval: 5 * time.Millisecond})
		require.NoError(t, err)
		t.Cleanup(func() { _ = m.Close() })
		e.mgrs = append(e.mgrs, m)
	}
	return e
}

// newEmbeddedEnv starts client's embedded chain.
func newEmbeddedEnv(t testing.TB) *env {
	t.Helper()
	ch, err := chain.NewEmbedded(chain.EmbeddedConfig{})
	require.NoError(t, err)
	t.Cleanup(func() { _ = ch.Close() })
	return newEnvOn(t, ch.Backend())
}

// newAnvilEnv starts anvil (skipped when it is not installed, unless the
// integration mode requires it).
func newAnvilEnv(t testing.TB) *env {
	t.Helper()
	node := testenv.StartAnvil(t)
	conn, err := chain.Dial(context.Background(), node.URL, chain.DialOptions{})
	require.NoError(t, err)
	t.Cleanup(conn.Close)
	return newEnvOn(t, conn)
}

// deployProtocol deploys with account 0 and returns the manifest.
func deployProtocol(t testing.TB, e *env) *Manifest {
	t.Helper()
	ctx := context.Background()
	opts := chain.TransactOpts(ctx, chain.Signer(mustSigner(t, 0)), e.chainID)
	d, err := deploy.Deploy(ctx, e.backend, opts, deploy.Options{AllowedTokens: []common.Address{}, PollInterval: 5 * time.Millisecond})
	require.NoError(t, err)
	return ManifestOf(d, opts.From, KindEOA, nil)
}

func mustSigner(t testing.TB, i int) chain.KeySigner {
	s, err := chain.ParseKeySigner(devKeyHex[i])
	require.NoError(t, err)
	return s
}

// repoRoot returns the module root.
func repoRoot(t testing.TB) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(filepath.Dir(file))
}

// safeArtifact loads a Safe 1.4.1 artifact from contracts/node_modules
// (installed by `make tools`); without it the test is skipped, or failed in
// the integration mode that requires every tool.
func safeArtifact(t testing.TB, rel string) (abi.ABI, []byte) {
	t.Helper()
	path := filepath.Join(repoRoot(t), "contracts/node_modules/@safe-global/safe-contracts/build/artifacts/contracts", rel)
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

// safeEnv is a deployed 2-of-3 Safe with its MultiSendCallOnly.
type safeEnv struct {
	safe, multiSend common.Address
	owners          []*ecdsa.PrivateKey
}

// deploySafe deploys the Safe 1.4.1 singleton, proxy factory,
// MultiSendCallOnly and fallback handler from account 0 and creates a
// 2-of-3 Safe owned by dev accounts 1, 2 and 3.
func deploySafe(t testing.TB, e *env) *safeEnv {
	t.Helper()
	ctx := context.Background()
	safeABI, safeBin := safeArtifact(t, "Safe.sol/Safe.json")
	factoryABI, factoryBin := safeArtifact(t, "proxies/SafeProxyFactory.sol/SafeProxyFactory.json")
	_, msBin := safeArtifact(t, "libraries/MultiSendCallOnly.sol/MultiSendCallOnly.json")
	_, fbBin := safeArtifact(t, "handler/CompatibilityFallbackHandler.sol/CompatibilityFallbackHandler.json")
	create := func(bin []byte) common.Address {
		r, err := e.mgr(0).Send(ctx, chain.TxCandidate{Data: bin, Label: "deploy"})
		require.NoError(t, err)
		return r.ContractAddress
	}
	singleton, factory, ms, fb := create(safeBin), create(factoryBin), create(msBin), create(fbBin)
	se := &safeEnv{multiSend: ms}
	var owners []common.Address
	for i := 1; i <= 3; i++ {
		k := devKey(t, i)
		se.owners = append(se.owners, k)
		owners = append(owners, crypto.PubkeyToAddress(k.PublicKey))
	}
	setup, err := safeABI.Pack("setup", owners, big.NewInt(2), common.Address{}, []byte{}, fb, common.Address{}, big.NewInt(0), common.Address{})
	require.NoError(t, err)
	data, err := factoryABI.Pack("createProxyWithNonce", singleton, setup, big.NewInt(1))
	require.NoError(t, err)
	r, err := e.mgr(0).Send(ctx, chain.TxCandidate{To: &factory, Data: data, Label: "createProxyWithNonce"})
	require.NoError(t, err)
	created := factoryABI.Events["ProxyCreation"].ID
	for _, l := range r.Logs {
		if l.Address == factory && len(l.Topics) > 1 && l.Topics[0] == created {
			se.safe = common.BytesToAddress(l.Topics[1].Bytes())
		}
	}
	require.NotEqual(t, common.Address{}, se.safe, "no ProxyCreation event")
	return se
}

func readRepoFile(t testing.TB, rel string) string {
	raw, err := os.ReadFile(filepath.Join(repoRoot(t), rel))
	require.NoError(t, err)
	return string(raw)
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
