package deploy_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/internal/testenv"
)

// contractsPerDeployment is what a deployment with the dev token creates:
// the token, and an implementation and a proxy per module.
var contractsPerDeployment = 1 + 2*len(deploy.Modules)

// record is what a deploying process persists, as governance.Deploy does
// in its state file: every creation before it is sent (Options.Sending)
// and the deployment after every phase (Options.Checkpoint). A killed
// process leaves only this behind.
type record struct {
	mu sync.Mutex
	d  *deploy.Deployment
}

func newRecord() *record {
	return &record{d: &deploy.Deployment{Sent: map[string]deploy.Creation{}}}
}

func (r *record) sending(c deploy.Creation) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.d.Sent[c.Contract] = c
	return nil
}

func (r *record) checkpoint(cp deploy.Checkpoint) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.d = cp.Deployment
	return nil
}

// resume returns a copy of the record to resume from.
func (r *record) resume() *deploy.Deployment {
	r.mu.Lock()
	defer r.mu.Unlock()
	c := *r.d
	c.Sent = map[string]deploy.Creation{}
	for n, s := range r.d.Sent {
		c.Sent[n] = s
	}
	return &c
}

// killAfterSend is a backend whose SendTransaction hands the n-th creation
// to the node and then "kills" the process: it cancels the run's context
// and loses the answer.
type killAfterSend struct {
	chain.Backend
	n, seen int
	kill    func()
}

func (k *killAfterSend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := k.Backend.SendTransaction(ctx, tx); err != nil || tx.To() != nil {
		return err
	}
	if k.seen++; k.seen == k.n {
		k.kill()
		return io.ErrUnexpectedEOF
	}
	return nil
}

// TestDeployRecordsCreationsBeforeSending checks that Options.Sending
// learns the address of every contract before the contract exists, and
// that the addresses are those the receipts give.
func TestDeployRecordsCreationsBeforeSending(t *testing.T) {
	e, err := chain.NewEmbedded(chain.EmbeddedConfig{})
	require.NoError(t, err)
	t.Cleanup(func() { _ = e.Close() })
	ctx := context.Background()
	m := newManager(t, e.Backend(), e.Account(0))
	sent := map[string]deploy.Creation{}
	d, err := deploy.Deploy(ctx, m, deploy.Options{AllowedTokens: []common.Address{}, Sending: func(c deploy.Creation) error {
		code, err := e.Backend().CodeAt(ctx, c.Address, nil)
		require.NoError(t, err)
		require.Empty(t, code, "%s: told after it exists", c.Contract)
		require.Equal(t, crypto.CreateAddress(m.Address(), c.Nonce), c.Address)
		sent[c.Contract] = c
		return nil
	}})
	require.NoError(t, err)
	require.Len(t, sent, contractsPerDeployment)
	require.Empty(t, d.Sent, "every creation seen on chain")
	for name, a := range d.Contracts() {
		require.Equal(t, sent[name].Address, a, name)
	}
}

// TestDeployKilledAroundACreation kills a deployment right before and right
// after the node takes a creation (its answer lost), in both creation
// phases, and resumes from what the killed run persisted: every contract is
// created exactly once.
func TestDeployKilledAroundACreation(t *testing.T) {
	for _, tc := range []struct {
		name   string
		n      int  // the creation killed at, counted from 1
		before bool // killed once recorded, before it is sent
	}{
		{"implementation, before sending", 4, true},
		{"implementation, answer lost", 4, false},
		{"proxy, before sending", 14, true},
		{"proxy, answer lost", 14, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, err := chain.NewEmbedded(chain.EmbeddedConfig{})
			require.NoError(t, err)
			t.Cleanup(func() { _ = e.Close() })
			ctx, kill := context.WithCancel(context.Background())
			rec := newRecord()
			opts := deploy.Options{AllowedTokens: []common.Address{}, Checkpoint: rec.checkpoint, Sending: rec.sending}
			backend := chain.Backend(e.Backend())
			if tc.before {
				seen := 0
				opts.Sending = func(c deploy.Creation) error {
					if seen++; seen == tc.n {
						_ = rec.sending(c)
						kill()
						return errors.New("killed")
					}
					return rec.sending(c)
				}
			} else {
				backend = &killAfterSend{Backend: e.Backend(), n: tc.n, kill: kill}
			}
			killed := newManager(t, backend, e.Account(0))
			_, err = deploy.Deploy(ctx, killed, opts)
			require.Error(t, err, "killed")
			// A killed process sends nothing more; in this process the
			// killed run's Manager must be stopped to be like it, or a send
			// it still had queued races the resume below.
			require.NoError(t, killed.Close())
			// Every creation up to the one killed at is recorded. The run may
			// also record the next one before it sees the kill: a creation
			// is recorded before it is sent, so a record whose creation never
			// happened is what a resume must handle, and does below.
			recorded := len(rec.resume().Sent)
			require.GreaterOrEqual(t, recorded, (tc.n-1)%10+1, "the phase's creations up to the one killed at are recorded")
			require.LessOrEqual(t, recorded, (tc.n-1)%10+2, "at most one creation recorded past the kill")

			d, err := deploy.Deploy(context.Background(), newManager(t, e.Backend(), e.Account(0)),
				deploy.Options{AllowedTokens: []common.Address{}, Resume: rec.resume()})
			require.NoError(t, err)
			require.Len(t, d.Contracts(), contractsPerDeployment)
			creates, dups := scanDeployer(t, e.Backend(), e.Account(0).Address())
			require.Equal(t, contractsPerDeployment, creates, "every contract created once")
			require.Empty(t, dups, "no call mined twice")
		})
	}
}

// cancelDuringSend is a backend whose SendTransaction of the n-th
// creation cancels the run's context before the node has it; the
// Manager's watcher broadcasts it again later, and the node takes that
// one slowly.
type cancelDuringSend struct {
	chain.Backend
	n, seen int
	held    common.Hash
	cancel  func()
}

func (c *cancelDuringSend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if tx.Hash() == c.held {
		time.Sleep(300 * time.Millisecond)
		return c.Backend.SendTransaction(ctx, tx)
	}
	if tx.To() == nil {
		if c.seen++; c.seen == c.n {
			c.held = tx.Hash()
			c.cancel()
			return context.Canceled
		}
	}
	return c.Backend.SendTransaction(ctx, tx)
}

// TestDeployCancelledThenResumedWithTheSameManager gives up a deployment
// (its context cancelled) while a creation's broadcast is in flight, and
// resumes it at once with the same Manager, as a program that retries in
// process does: the creation the Manager still broadcasts is found, not
// made again.
func TestDeployCancelledThenResumedWithTheSameManager(t *testing.T) {
	for _, n := range []int{4, 14} { // an implementation, a proxy
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			e, err := chain.NewEmbedded(chain.EmbeddedConfig{})
			require.NoError(t, err)
			t.Cleanup(func() { _ = e.Close() })
			ctx, cancel := context.WithCancel(context.Background())
			m := newManager(t, &cancelDuringSend{Backend: e.Backend(), n: n, cancel: cancel}, e.Account(0))
			rec := newRecord()
			_, err = deploy.Deploy(ctx, m, deploy.Options{AllowedTokens: []common.Address{}, Checkpoint: rec.checkpoint, Sending: rec.sending})
			require.ErrorIs(t, err, context.Canceled)
			require.NotEmpty(t, m.InFlight(), "the cancelled creation is still the Manager's")

			d, err := deploy.Deploy(context.Background(), m, deploy.Options{AllowedTokens: []common.Address{}, Resume: rec.resume()})
			require.NoError(t, err)
			require.Len(t, d.Contracts(), contractsPerDeployment)
			creates, dups := scanDeployer(t, e.Backend(), e.Account(0).Address())
			require.Equal(t, contractsPerDeployment, creates, "every contract created once")
			require.Empty(t, dups, "no call mined twice")
			require.Empty(t, m.InFlight())
		})
	}
}

// TestDeployRefusesRecordOfAnotherChain resumes from a record whose
// contracts have no code on this chain: a clear error naming them, nothing
// sent.
func TestDeployRefusesRecordOfAnotherChain(t *testing.T) {
	e, err := chain.NewEmbedded(chain.EmbeddedConfig{})
	require.NoError(t, err)
	t.Cleanup(func() { _ = e.Close() })
	stale := &deploy.Deployment{Proxies: map[deploy.Module]common.Address{deploy.JobRegistry: {0x10}},
		Implementations: map[deploy.Module]common.Address{deploy.JobRegistry: {0x11}}, Token: common.Address{0x12}, TokenDeployed: true}
	_, err = deploy.Deploy(context.Background(), newManager(t, e.Backend(), e.Account(0)), deploy.Options{AllowedTokens: []common.Address{}, Resume: stale})
	var nc *deploy.NoCodeError
	require.ErrorAs(t, err, &nc)
	require.ErrorIs(t, err, bind.ErrNoCode)
	require.Len(t, nc.Contracts, 3)
	require.ErrorContains(t, err, "JobRegistry.proxy 0x1000000000000000000000000000000000000000")
	require.ErrorContains(t, err, "another chain")
	creates, _ := scanDeployer(t, e.Backend(), e.Account(0).Address())
	require.Zero(t, creates)

	_, err = deploy.Deploy(context.Background(), newManager(t, e.Backend(), e.Account(0)), deploy.Options{AllowedTokens: []common.Address{}, Resume: &deploy.Deployment{ChainID: big.NewInt(31337)}})
	require.ErrorContains(t, err, "Options.Resume is a deployment on chain 31337, the Manager sends on chain 1337")
}

// TestDeployUnfundedDeployer checks that a deployer without funds is told
// its balance and what the deployment costs.
func TestDeployUnfundedDeployer(t *testing.T) {
	e, err := chain.NewEmbedded(chain.EmbeddedConfig{})
	require.NoError(t, err)
	t.Cleanup(func() { _ = e.Close() })
	poor := chain.DevSigner(50)
	d, err := deploy.Deploy(context.Background(), newManager(t, e.Backend(), poor), deploy.Options{AllowedTokens: []common.Address{}})
	var fe *deploy.FundsError
	require.ErrorAs(t, err, &fe)
	require.ErrorIs(t, err, chain.ErrInsufficientFunds)
	require.Zero(t, fe.Balance.Sign())
	require.Equal(t, contractsPerDeployment-len(deploy.Modules), fe.Txs, "the token and the implementations")
	require.Positive(t, fe.Cost.Sign())
	require.Greater(t, fe.Gas, uint64(10_000_000), "the implementations are big")
	require.ErrorContains(t, err, "holds 0 ETH, but the implementations phase still needs about ")
	require.ErrorContains(t, err, "fund the account with at least")
	require.Empty(t, d.Sent, "a creation the node refused is not recorded as sent")
	t.Log(err)
}

// TestDeployKillsOnAnvil runs a deployment against anvil (1 s blocks, so
// that kills find transactions in the pool), cancelled at random points,
// each run resuming only from what the previous one persisted, until one
// finishes: every contract is created exactly once and no configuration
// call is mined twice.
func TestDeployKillsOnAnvil(t *testing.T) {
	node := testenv.StartAnvil(t, "--block-time", "1")
	ctx := context.Background()
	conn, err := chain.Dial(ctx, node.URL, chain.DialOptions{})
	require.NoError(t, err)
	t.Cleanup(conn.Close)
	deployer, gov := chain.DevSigner(0), chain.DevSigner(1).Address()
	rng := rand.New(rand.NewPCG(13, uint64(time.Now().UnixNano())))
	rec := newRecord()
	runs, kills := 0, 0
	for {
		runs++
		require.LessOrEqual(t, runs, 40, "the deployment never finished")
		opts := deploy.Options{AllowedTokens: []common.Address{}, Governance: gov, Checkpoint: rec.checkpoint, Sending: rec.sending}
		if runs > 1 {
			opts.Resume = rec.resume()
		}
		runCtx, cancel := context.WithCancel(ctx)
		if runs <= 8 {
			time.AfterFunc(time.Duration(rng.IntN(1500))*time.Millisecond, cancel)
		}
		m, err := chain.NewManager(ctx, chain.ManagerConfig{Backend: conn, Signer: deployer, PollInterval: 50 * time.Millisecond})
		require.NoError(t, err)
		_, err = deploy.Deploy(runCtx, m, opts)
		killed := runCtx.Err() != nil
		cancel()
		require.NoError(t, m.Close())
		if err == nil {
			break
		}
		require.True(t, killed, "run %d failed without being killed: %v", runs, err)
		kills++
	}
	creates, dups := scanDeployer(t, conn, deployer.Address())
	t.Logf("%d runs (%d killed): %d contracts created for %d expected, %d calls mined more than once", runs, kills, creates, contractsPerDeployment, len(dups))
	require.Equal(t, contractsPerDeployment, creates)
	require.Empty(t, dups)
	require.Positive(t, kills)
}

// scanDeployer counts the contract creations of from in every block, and
// returns the calls (target and calldata) it had mined more than once.
func scanDeployer(t *testing.T, b chain.Backend, from common.Address) (creates int, dups []string) {
	t.Helper()
	ctx := context.Background()
	blocks, ok := b.(interface {
		BlockByNumber(context.Context, *big.Int) (*types.Block, error)
	})
	require.True(t, ok, "the backend reads blocks")
	head, err := b.BlockNumber(ctx)
	require.NoError(t, err)
	id, err := b.ChainID(ctx)
	require.NoError(t, err)
	signer := types.LatestSignerForChainID(id)
	calls := map[string]int{}
	for n := uint64(0); n <= head; n++ {
		blk, err := blocks.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		require.NoError(t, err)
		for _, tx := range blk.Transactions() {
			if s, _ := types.Sender(signer, tx); s != from {
				continue
			}
			if tx.To() == nil {
				creates++
				continue
			}
			key := fmt.Sprintf("%s %x", tx.To().Hex(), tx.Data())
			if calls[key]++; calls[key] == 2 {
				dups = append(dups, key)
			}
		}
	}
	return creates, dups
}

func newManager(t *testing.T, b chain.Backend, s chain.Signer) *chain.Manager {
	t.Helper()
	m, err := chain.NewManager(context.Background(), chain.ManagerConfig{Backend: b, Signer: s, PollInterval: 2 * time.Millisecond})
	require.NoError(t, err)
	t.Cleanup(func() { _ = m.Close() })
	return m
}

// alreadyImported is a backend whose node takes every transaction and
// answers as if it held it already, as anvil does when a retried request
// delivers a transaction twice.
type alreadyImported struct{ chain.Backend }

func (a alreadyImported) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := a.Backend.SendTransaction(ctx, tx); err != nil {
		return err
	}
	return errors.New("transaction already imported")
}

// TestDeployTakesAlreadyImportedAsSent checks that a transaction the node
// says it already has is a success, sent once.
func TestDeployTakesAlreadyImportedAsSent(t *testing.T) {
	e, err := chain.NewEmbedded(chain.EmbeddedConfig{})
	require.NoError(t, err)
	t.Cleanup(func() { _ = e.Close() })
	d, err := deploy.Deploy(context.Background(), newManager(t, alreadyImported{e.Backend()}, e.Account(0)), deploy.Options{AllowedTokens: []common.Address{}})
	require.NoError(t, err)
	require.Len(t, d.Contracts(), contractsPerDeployment)
	creates, dups := scanDeployer(t, e.Backend(), e.Account(0).Address())
	require.Equal(t, contractsPerDeployment, creates)
	require.Empty(t, dups)
}
