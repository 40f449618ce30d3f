package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain/internal/testcontract"
)

func newChain(t testing.TB, cfg EmbeddedConfig) *Embedded {
	t.Helper()
	e, err := NewEmbedded(cfg)
	require.NoError(t, err)
	t.Cleanup(func() { _ = e.Close() })
	return e
}

func newManager(t testing.TB, b Backend, s Signer, mod func(*ManagerConfig)) *Manager {
	t.Helper()
	cfg := ManagerConfig{Backend: b, Signer: s, PollInterval: 5 * time.Millisecond}
	if mod != nil {
		mod(&cfg)
	}
	m, err := NewManager(context.Background(), cfg)
	require.NoError(t, err)
	t.Cleanup(func() { _ = m.Close() })
	return m
}

func deployEmitter(t testing.TB, ctx context.Context, m *Manager) common.Address {
	t.Helper()
	r, err := m.Send(ctx, TxCandidate{Data: common.FromHex(testcontract.EmitterMetaData.Bin), Label: "deploy Emitter"})
	require.NoError(t, err)
	require.NotEqual(t, common.Address{}, r.ContractAddress)
	return r.ContractAddress
}

func transfer(to common.Address, wei int64, label string) TxCandidate {
	return TxCandidate{To: &to, Value: big.NewInt(wei), Label: label}
}

func TestManagerConfigCheckReportsEveryField(t *testing.T) {
	cfg := ManagerConfig{FeeBumpPercent: 5, MaxFeePerGas: big.NewInt(0), MinTipPerGas: big.NewInt(10), MaxTipPerGas: big.NewInt(1)}
	err := cfg.Check()
	require.Error(t, err)
	for _, want := range []string{"Backend", "Signer", "FeeBumpPercent", "MaxFeePerGas", "MinTipPerGas"} {
		require.ErrorContains(t, err, want)
	}
	_, err = NewManager(context.Background(), cfg)
	require.Error(t, err)
}

func TestManagerSendAndRevertDecoding(t *testing.T) { forEachNet(t, testManagerSendAndRevertDecoding) }

func testManagerSendAndRevertDecoding(t *testing.T, net testNet) {
	ctx := context.Background()
	m := newManager(t, net.backend, net.account(0), nil)

	to := net.account(1).Address()
	r, err := m.Send(ctx, transfer(to, 1, "pay"))
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	require.Equal(t, uint64(21000), r.GasUsed)

	addr := deployEmitter(t, ctx, m)
	em := testcontract.NewEmitter()

	// Reverts surface at estimation, typed.
	_, err = m.Send(ctx, TxCandidate{To: &addr, Data: em.PackFailString(), Label: "failString"})
	var reason *ReasonError
	require.ErrorAs(t, err, &reason)
	require.Equal(t, "nope", reason.Reason)
	require.ErrorIs(t, err, ErrReverted)
	require.ErrorContains(t, err, "failString: execution reverted")

	_, err = m.Send(ctx, TxCandidate{To: &addr, Data: em.PackFailPanic(big.NewInt(0)), Label: "failPanic"})
	var pe *PanicError
	require.ErrorAs(t, err, &pe)
	require.Equal(t, int64(0x12), pe.Code.Int64())
	require.ErrorContains(t, err, "division or modulo by zero")

	_, err = m.Send(ctx, TxCandidate{To: &addr, Data: em.PackFailCustom(big.NewInt(7)), Label: "failCustom"})
	var re *RevertError
	require.ErrorAs(t, err, &re)
	require.Equal(t, EmitterNotAllowedSelector(), [4]byte(re.Data[:4]))

	// A mined revert (explicit gas limit skips the estimate) is read back
	// by re-running the call at the receipt's block.
	r, err = m.Send(ctx, TxCandidate{To: &addr, Data: em.PackFailString(), GasLimit: 100_000, Label: "mined failString"})
	require.NotNil(t, r)
	require.Equal(t, types.ReceiptStatusFailed, r.Status)
	require.ErrorAs(t, err, &reason)
	require.ErrorAs(t, err, &re)
	require.Equal(t, r.TxHash, re.TxHash)
	require.False(t, re.OutOfGas)

	// Out of gas.
	r, err = m.Send(ctx, TxCandidate{To: &addr, Data: em.PackPing(big.NewInt(50), "x"), GasLimit: 30_000, Label: "starved"})
	require.NotNil(t, r)
	require.ErrorAs(t, err, &re)
	require.True(t, re.OutOfGas, "%v", err)
	require.ErrorContains(t, err, "out of gas")
}

// EmitterNotAllowedSelector is the selector of Emitter's NotAllowed error.
func EmitterNotAllowedSelector() [4]byte {
	return [4]byte(testcontract.EmitterNotAllowedErrorID().Bytes()[:4])
}

func TestManagerConcurrentSendsKeepNoncesContiguous(t *testing.T) {
	forEachNet(t, testManagerConcurrentSendsKeepNoncesContiguous)
}

func testManagerConcurrentSendsKeepNoncesContiguous(t *testing.T, net testNet) {
	ctx := context.Background()
	m := newManager(t, net.backend, net.account(0), nil)
	start, err := net.backend.NonceAt(ctx, m.Address(), nil)
	require.NoError(t, err)

	const workers, each = 8, 10
	var wg sync.WaitGroup
	errs := make(chan error, workers*each)
	nonces := make(chan uint64, workers*each)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				p, err := m.SendAsync(ctx, transfer(common.BigToAddress(big.NewInt(int64(1000+w*each+i))), 1, fmt.Sprintf("w%d-%d", w, i)))
				if err != nil {
					errs <- err
					continue
				}
				nonces <- p.Nonce()
				if _, err := p.Wait(ctx); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	close(nonces)
	for err := range errs {
		require.NoError(t, err)
	}
	seen := map[uint64]bool{}
	for n := range nonces {
		require.False(t, seen[n], "nonce %d used twice", n)
		seen[n] = true
	}
	for n := start; n < start+workers*each; n++ {
		require.True(t, seen[n], "nonce %d missing", n)
	}
	end, err := net.backend.NonceAt(ctx, m.Address(), nil)
	require.NoError(t, err)
	require.Equal(t, start+workers*each, end)
}

func TestManagerBatchAndMinedRevertInBatch(t *testing.T) {
	forEachNet(t, testManagerBatchAndMinedRevertInBatch)
}

func testManagerBatchAndMinedRevertInBatch(t *testing.T, net testNet) {
	ctx := context.Background()
	m := newManager(t, net.backend, net.account(0), nil)
	addr := deployEmitter(t, ctx, m)
	em := testcontract.NewEmitter()

	var cs []TxCandidate
	for i := range 20 {
		// An explicit gas limit: estimates of the later ones would revert
		// once the earlier ones are mined.
		cs = append(cs, TxCandidate{To: &addr, Data: em.PackFailAfter(big.NewInt(15)), GasLimit: 100_000, Label: fmt.Sprintf("failAfter %d", i)})
	}
	ps, err := m.SendBatch(ctx, cs)
	require.NoError(t, err)
	require.Len(t, ps, 20)
	rs, err := WaitAll(ctx, ps)
	require.Error(t, err)
	var re *RevertError
	require.ErrorAs(t, err, &re)
	require.Equal(t, EmitterNotAllowedSelector(), [4]byte(re.Data[:4]))
	ok := 0
	for _, r := range rs {
		require.NotNil(t, r)
		if r.Status == types.ReceiptStatusSuccessful {
			ok++
		}
	}
	require.Equal(t, 15, ok)
}

func TestManagerNodeErrorsAreClassifiedAndConsumeNoNonce(t *testing.T) {
	forEachNet(t, testManagerNodeErrorsAreClassifiedAndConsumeNoNonce)
}

func testManagerNodeErrorsAreClassifiedAndConsumeNoNonce(t *testing.T, net testNet) {
	ctx := context.Background()
	poor := DevSigner(50) // unfunded
	m := newManager(t, net.backend, poor, nil)
	_, err := m.SendAsync(ctx, TxCandidate{To: &common.Address{1}, Value: big.NewInt(1), GasLimit: 21000, Label: "poor"})
	require.ErrorIs(t, err, ErrInsufficientFunds)
	var ne *NodeError
	require.ErrorAs(t, err, &ne)
	require.False(t, IsTransport(err))

	// Fund it; the next send uses nonce 0: nothing was consumed.
	rich := newManager(t, net.backend, net.account(0), nil)
	_, err = rich.Send(ctx, transfer(poor.Address(), params.Ether, "fund"))
	require.NoError(t, err)
	p, err := m.SendAsync(ctx, transfer(common.Address{1}, 1, "now funded"))
	require.NoError(t, err)
	require.Equal(t, uint64(0), p.Nonce())
	_, err = p.Wait(ctx)
	require.NoError(t, err)
}

func TestManagerResyncsAfterForeignSend(t *testing.T) {
	forEachNet(t, testManagerResyncsAfterForeignSend)
}

func testManagerResyncsAfterForeignSend(t *testing.T, net testNet) {
	ctx := context.Background()
	a := newManager(t, net.backend, net.account(0), nil)
	_, err := a.Send(ctx, transfer(common.Address{2}, 1, "first"))
	require.NoError(t, err)
	// Another Manager (another process) on the same key takes nonce 1.
	b := newManager(t, net.backend, net.account(0), nil)
	_, err = b.Send(ctx, transfer(common.Address{2}, 2, "foreign"))
	require.NoError(t, err)
	// a still believes nonce 1 is next: it gets "nonce too low",
	// resynchronises and sends with nonce 2.
	p, err := a.SendAsync(ctx, transfer(common.Address{2}, 1, "after foreign"))
	require.NoError(t, err)
	require.Equal(t, uint64(2), p.Nonce())
	_, err = p.Wait(ctx)
	require.NoError(t, err)
}

func TestManagerBumpsStuckTransaction(t *testing.T) {
	ctx := context.Background()
	chain := newChain(t, EmbeddedConfig{BlockInterval: time.Hour}) // mine by hand
	m := newManager(t, chain.Backend(), chain.Account(0), func(c *ManagerConfig) { c.ResubmitAfter = 50 * time.Millisecond })
	p, err := m.SendAsync(ctx, transfer(common.Address{3}, 1, "stuck"))
	require.NoError(t, err)
	first := p.Hash()
	require.Eventually(t, func() bool { return p.Hash() != first }, 5*time.Second, 10*time.Millisecond, "no fee bump")
	bumped := p.Hash()
	tx, _, err := chain.Backend().TransactionByHash(ctx, bumped)
	require.NoError(t, err)
	orig, _, err := chain.Backend().TransactionByHash(ctx, first)
	if err == nil { // the pool may already have dropped the original
		require.GreaterOrEqual(t, tx.GasTipCap().Int64()*100, orig.GasTipCap().Int64()*110)
	}
	require.Equal(t, p.Nonce(), tx.Nonce())
	chain.Commit()
	r, err := p.Wait(ctx)
	require.NoError(t, err)
	require.NotEqual(t, first, r.TxHash)
}

func TestManagerConfirmationsAndContextCancel(t *testing.T) {
	ctx := context.Background()
	chain := newChain(t, EmbeddedConfig{BlockInterval: time.Hour})
	m := newManager(t, chain.Backend(), chain.Account(0), func(c *ManagerConfig) { c.Confirmations = 3 })
	p, err := m.SendAsync(ctx, transfer(common.Address{4}, 1, "deep"))
	require.NoError(t, err)

	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	_, err = p.Wait(short)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	require.ErrorContains(t, err, "may still be mined")

	chain.Commit() // included: depth 1
	chain.Commit() // depth 2
	select {
	case <-p.Done():
		t.Fatal("settled before 3 confirmations")
	case <-time.After(50 * time.Millisecond):
	}
	chain.Commit() // depth 3
	r, err := p.Wait(ctx)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
}

func TestManagerJournalResumesInFlight(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	chain := newChain(t, EmbeddedConfig{BlockInterval: time.Hour})
	signer := chain.Account(0)

	a, err := NewManager(ctx, ManagerConfig{Backend: chain.Backend(), Signer: signer, JournalDir: dir, PollInterval: 5 * time.Millisecond})
	require.NoError(t, err)
	var sent []common.Hash
	for i := range 5 {
		p, err := a.SendAsync(ctx, transfer(common.BigToAddress(big.NewInt(int64(500+i))), 1, fmt.Sprintf("j%d", i)))
		require.NoError(t, err)
		sent = append(sent, p.Hash())
	}
	// The process "dies": the Manager goes away without the receipts.
	require.NoError(t, a.Close())

	b := newManager(t, chain.Backend(), signer, func(c *ManagerConfig) { c.JournalDir = dir })
	rec := b.Recovered()
	require.Len(t, rec, 5)
	for i, p := range rec {
		require.Equal(t, fmt.Sprintf("j%d", i), p.Label())
		require.Equal(t, sent[i], p.Hash())
	}
	chain.Commit()
	_, err = WaitAll(ctx, rec)
	require.NoError(t, err)
	// New sends continue after the recovered nonces.
	p, err := b.SendAsync(ctx, transfer(common.Address{5}, 1, "next"))
	require.NoError(t, err)
	require.Equal(t, uint64(5), p.Nonce())
	chain.Commit()
	_, err = p.Wait(ctx)
	require.NoError(t, err)
	n, err := chain.Backend().NonceAt(ctx, signer.Address(), nil)
	require.NoError(t, err)
	require.Equal(t, uint64(6), n)

	// Everything settled: the journal is empty, a third Manager recovers nothing.
	require.Eventually(t, func() bool {
		st, err := os.Stat(b.journal.path)
		return err == nil && st.Size() == 0
	}, 2*time.Second, 10*time.Millisecond)
	c := newManager(t, chain.Backend(), DevSigner(1), func(c *ManagerConfig) { c.JournalDir = dir })
	require.Empty(t, c.Recovered())
}

func TestManagerClosed(t *testing.T) {
	chain := newChain(t, EmbeddedConfig{Accounts: 1})
	m, err := NewManager(context.Background(), ManagerConfig{Backend: chain.Backend(), Signer: chain.Account(0)})
	require.NoError(t, err)
	require.NoError(t, m.Close())
	_, err = m.SendAsync(context.Background(), transfer(common.Address{}, 1, "late"))
	require.True(t, errors.Is(err, ErrClosed))
}

// TestManagerCandidateFees sends candidates priced by the caller: the
// transaction carries their fee caps, within the Manager's limits.
func TestManagerCandidateFees(t *testing.T) {
	ctx := context.Background()
	chain := newChain(t, EmbeddedConfig{})
	maxFee := big.NewInt(50 * params.GWei)
	m := newManager(t, chain.Backend(), chain.Account(0), func(c *ManagerConfig) { c.MaxFeePerGas, c.MinTipPerGas = maxFee, big.NewInt(2*params.GWei) })
	for _, c := range []struct {
		tip, feeCap      *big.Int
		wantTip, wantCap *big.Int
	}{
		{big.NewInt(3 * params.GWei), big.NewInt(20 * params.GWei), big.NewInt(3 * params.GWei), big.NewInt(20 * params.GWei)},
		{big.NewInt(1), big.NewInt(20 * params.GWei), big.NewInt(2 * params.GWei), big.NewInt(20 * params.GWei)}, // MinTipPerGas
		{big.NewInt(3 * params.GWei), big.NewInt(90 * params.GWei), big.NewInt(3 * params.GWei), maxFee},         // MaxFeePerGas
	} {
		cand := transfer(common.Address{4}, 1, "priced")
		cand.GasTipCap, cand.GasFeeCap = c.tip, c.feeCap
		r, err := m.Send(ctx, cand)
		require.NoError(t, err)
		tx, _, err := chain.Backend().TransactionByHash(ctx, r.TxHash)
		require.NoError(t, err)
		require.Zero(t, tx.GasTipCap().Cmp(c.wantTip), "tip %v, want %v", tx.GasTipCap(), c.wantTip)
		require.Zero(t, tx.GasFeeCap().Cmp(c.wantCap), "fee cap %v", tx.GasFeeCap())
	}
}

// TestManagerOnNonce checks that a creation learns its nonce, and so its
// address, before it is broadcast, and that a refusing OnNonce sends
// nothing and consumes no nonce.
func TestManagerOnNonce(t *testing.T) {
	ctx := context.Background()
	e := newChain(t, EmbeddedConfig{})
	m := newManager(t, e.Backend(), e.Account(0), nil)
	refused := errors.New("cannot record")
	_, err := m.SendAsync(ctx, TxCandidate{Data: common.FromHex(testcontract.EmitterMetaData.Bin), Label: "refused",
		OnNonce: func(uint64) error { return refused }})
	require.ErrorIs(t, err, refused)

	var at common.Address
	var codeBefore []byte
	p, err := m.SendAsync(ctx, TxCandidate{Data: common.FromHex(testcontract.EmitterMetaData.Bin), Label: "recorded",
		OnNonce: func(n uint64) error {
			at = crypto.CreateAddress(m.Address(), n)
			var err error
			codeBefore, err = e.Backend().CodeAt(ctx, at, nil)
			return err
		}})
	require.NoError(t, err)
	require.Zero(t, p.Nonce(), "the refused send consumed no nonce")
	r, err := p.Wait(ctx)
	require.NoError(t, err)
	require.Empty(t, codeBefore, "called before the contract exists")
	require.Equal(t, r.ContractAddress, at)
}
