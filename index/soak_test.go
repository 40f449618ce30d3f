package index_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/contracts/bindings/agialphatoken"
	"github.com/agijobs/agijobs-go/contracts/bindings/certificatenft"
	"github.com/agijobs/agijobs-go/contracts/bindings/feepool"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/reputationengine"
	"github.com/agijobs/agijobs-go/contracts/bindings/validationmodule"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/index"
)

// soakEnv turns TestSoak on: "1" (what make index-soak sets) indexes a
// million events, a larger number that many (a smaller one is a quick
// check of the test itself).
const soakEnv = "AGIJOBS_INDEX_SOAK"

// The soak's size and memory budget: how much the peak RSS may grow from
// the first quarter of the events to all of them.
const (
	soakEvents    = 1_000_000
	soakRSSGrowth = 64 << 20
)

// TestSoak indexes a million events into an SQLite file and checks that
// memory stays flat: the peak RSS after all of them is within 64 MiB of
// the peak after the first 250,000. It runs for a few minutes, so only
// when AGIJOBS_INDEX_SOAK is set (make index-soak).
//
// The events come from a synthetic chain (soakChain): a real one, even
// the embedded one, mines a few hundred events a second, so a million
// would take most of an hour to make before the index saw any. The
// synthetic chain serves what a node would: ABI-encoded logs of the
// modules' real events, packed with the bindings' ABIs, for a fixed
// deployment's addresses, with headers whose hashes the logs' block
// hashes match and block times on the logs.
func TestSoak(t *testing.T) {
	events := int64(soakEvents)
	switch v := os.Getenv(soakEnv); v {
	case "", "0":
		t.Skipf("set %s=1 (make index-soak) to index a million events", soakEnv)
	case "1":
	default:
		n, err := strconv.ParseInt(v, 10, 64)
		require.NoError(t, err, "%s=%s: use 1, or a number of events", soakEnv, v)
		require.GreaterOrEqual(t, n, int64(10_000), "%s=%s: index at least 10,000 events", soakEnv, v)
		events = n
	}
	ctx := context.Background()
	c := newSoakChain(t)
	// The checkpoints: the first block at which each quarter of the
	// events has been mined.
	var heads []uint64
	var want []int64
	total := int64(0)
	for n, q := uint64(1), 1; q <= 4; n++ {
		total += int64(c.count(n))
		if total >= int64(q)*events/4 {
			heads, want = append(heads, n), append(want, total)
			q++
		}
	}
	path := filepath.Join(t.TempDir(), "soak.db")
	db := openDB(t, path)
	ix, err := index.NewIndexer(db, index.Config{Backend: c, Addresses: c.addrs})
	require.NoError(t, err)

	// Peak RSS counts from here: earlier tests of this process (or the
	// set-up above) do not count. Linux resets VmHWM on "5".
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		t.Logf("cannot reset the peak RSS (%v): it includes what ran before", err)
	}
	start := time.Now()
	var peaks []uint64
	for i, head := range heads {
		c.head.Store(head)
		seg := time.Now()
		require.NoError(t, ix.Sync(ctx))
		took := time.Since(seg)
		st, err := db.Status(ctx)
		require.NoError(t, err)
		require.Equal(t, head, st.Block)
		require.Equal(t, want[i], st.Events, "events indexed up to block %d", head)
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		hwm, rss := procStatus(t, "VmHWM"), procStatus(t, "VmRSS")
		peaks = append(peaks, hwm)
		size := int64(0) // the file and its write-ahead log
		for _, f := range []string{path, path + "-wal"} {
			if fi, err := os.Stat(f); err == nil {
				size += fi.Size()
			}
		}
		t.Logf("%7d events (block %6d): peak RSS %4d MiB, RSS %4d MiB, Go heap in use %4d MiB; %5.1fs for this quarter (%.0f events/s), %4d MiB file",
			st.Events, head, hwm>>20, rss>>20, ms.HeapInuse>>20, took.Seconds(), float64(st.Events-soakPrev(want, i))/took.Seconds(), size>>20)
	}
	t.Logf("indexed %d events in %v", want[3], time.Since(start).Round(time.Millisecond))
	growth := int64(peaks[3]) - int64(peaks[0])
	require.Less(t, growth, int64(soakRSSGrowth), "peak RSS grew by %d MiB from %d to %d events", growth>>20, want[0], want[3])

	// The folded jobs are the synthetic chain's.
	st, err := db.Status(ctx)
	require.NoError(t, err)
	require.Equal(t, int64(heads[3]), st.Jobs, "one job created per block")
	done, err := db.Job(ctx, big.NewInt(1000))
	require.NoError(t, err)
	require.Equal(t, escrow.StateFinalized, done.State)
	require.Equal(t, c.agent(1000), done.Agent)
	require.Equal(t, c.employer(1000), done.Employer)
	cancelled, err := db.Job(ctx, big.NewInt(1009))
	require.NoError(t, err)
	require.Equal(t, escrow.StateCancelled, cancelled.State)
	last, err := db.Job(ctx, new(big.Int).SetUint64(heads[3]))
	require.NoError(t, err)
	require.Equal(t, escrow.StateCreated, last.State)
}

func soakPrev(want []int64, i int) int64 {
	if i == 0 {
		return 0
	}
	return want[i-1]
}

// procStatus reads a size field of /proc/self/status, in bytes.
func procStatus(t *testing.T, field string) uint64 {
	t.Helper()
	f, err := os.Open("/proc/self/status")
	require.NoError(t, err)
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		name, value, ok := strings.Cut(s.Text(), ":")
		if !ok || name != field {
			continue
		}
		kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(value), " kB"), 10, 64)
		require.NoError(t, err)
		return kb << 10
	}
	require.NoError(t, s.Err())
	t.Fatalf("/proc/self/status has no %s", field)
	return 0
}

// soakChain is a synthetic chain for index.Backend: one job is posted in
// every block and goes through its lifecycle over the next seven (apply,
// submit, committee, commits, reveals, tally, finalize with payouts);
// every tenth job is cancelled instead of being applied for. Its logs are
// a pure function of the block number, so any range can be served at any
// time without keeping anything.
type soakChain struct {
	addrs agijobs.Addresses
	head  atomic.Uint64
	ev    map[string]*abi.Event
}

var _ index.Backend = (*soakChain)(nil)

func newSoakChain(t *testing.T) *soakChain {
	t.Helper()
	c := &soakChain{ev: map[string]*abi.Event{}}
	a := func(name string) common.Address {
		return common.BytesToAddress(crypto.Keccak256([]byte("soak " + name)))
	}
	c.addrs = agijobs.Addresses{Token: a("Token"), StakeManager: a("StakeManager"), JobRegistry: a("JobRegistry"), ValidationModule: a("ValidationModule"),
		IdentityRegistry: a("IdentityRegistry"), ReputationEngine: a("ReputationEngine"), DisputeModule: a("DisputeModule"), FeePool: a("FeePool"),
		CertificateNFT: a("CertificateNFT"), SystemPause: a("SystemPause")}
	for _, m := range []struct {
		prefix string
		abi    abi.ABI
		names  []string
	}{
		{"JR.", jobregistry.NewJobRegistry().GetABI(), []string{"JobCreated", "AgentAssigned", "ResultSubmitted", "JobCompleted", "JobFinalized", "JobCancelled"}},
		{"VM.", validationmodule.NewValidationModule().GetABI(), []string{"ValidatorsSelected", "ValidationCommitted", "ValidationRevealed", "ValidationTallied"}},
		{"RE.", reputationengine.NewReputationEngine().GetABI(), []string{"ReputationUpdated"}},
		{"FP.", feepool.NewFeePool().GetABI(), []string{"FeesDistributed"}},
		{"NFT.", certificatenft.NewCertificateNFT().GetABI(), []string{"Transfer"}},
		{"Token.", agialphatoken.NewAGIALPHAToken().GetABI(), []string{"Transfer"}},
	} {
		for _, n := range m.names {
			ev, ok := m.abi.Events[n]
			require.True(t, ok, "the bindings have no event %s%s", m.prefix, n)
			c.ev[m.prefix+n] = &ev
		}
	}
	return c
}

// Deterministic parties and amounts of job j.
func (c *soakChain) employer(j uint64) common.Address { return soakAccount("employer", j%1000) }
func (c *soakChain) agent(j uint64) common.Address    { return soakAccount("agent", j%300) }
func (c *soakChain) validators(j uint64) []common.Address {
	return []common.Address{soakAccount("validator", j%50), soakAccount("validator", (j+17)%50), soakAccount("validator", (j+33)%50)}
}
func soakAccount(kind string, i uint64) common.Address {
	return common.BytesToAddress(crypto.Keccak256([]byte(kind + " " + strconv.FormatUint(i, 10))))
}
func soakHash(kind string, j uint64) [32]byte {
	return common.BytesToHash(crypto.Keccak256([]byte(kind + " " + strconv.FormatUint(j, 10))))
}
func soakEther(n uint64) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(n), big.NewInt(1e18))
}

// emitter receives the logs of a block in order; tx starts a new
// transaction.
type emitter interface {
	tx()
	log(addr common.Address, ev *abi.Event, args ...any)
}

// soakStages is how many blocks a job's lifecycle spans.
const soakStages = 8

// stage emits the logs of job j's stage s (0 = posted) into e.
func (c *soakChain) stage(e emitter, j uint64, s int) {
	jr, vm := c.addrs.JobRegistry, c.addrs.ValidationModule
	id, agent, reward := new(big.Int).SetUint64(j), c.agent(j), soakEther(1+j%1000)
	fee, stake := new(big.Int).Div(reward, big.NewInt(20)), new(big.Int).Div(reward, big.NewInt(10))
	sub := "agent-" + strconv.FormatUint(j%300, 10)
	cancelled := j%10 == 9
	if cancelled && s > 1 {
		return
	}
	switch s {
	case 0:
		e.tx()
		e.log(jr, c.ev["JR.JobCreated"], id, c.employer(j), common.Address{}, reward, stake, fee, soakHash("spec", j), "ipfs://spec-"+strconv.FormatUint(j, 10))
	case 1:
		e.tx()
		if cancelled {
			e.log(jr, c.ev["JR.JobCancelled"], id)
			e.log(c.addrs.Token, c.ev["Token.Transfer"], c.addrs.StakeManager, c.employer(j), new(big.Int).Add(reward, fee))
			return
		}
		e.log(jr, c.ev["JR.AgentAssigned"], id, agent, sub)
	case 2:
		e.tx()
		e.log(jr, c.ev["JR.ResultSubmitted"], id, agent, soakHash("result", j), "ipfs://result-"+strconv.FormatUint(j, 10), sub)
	case 3:
		e.tx()
		e.log(vm, c.ev["VM.ValidatorsSelected"], id, c.validators(j))
	case 4:
		for i, v := range c.validators(j) {
			e.tx()
			e.log(vm, c.ev["VM.ValidationCommitted"], id, v, soakHash("commit "+strconv.Itoa(i), j), "validator")
		}
	case 5:
		for i, v := range c.validators(j) {
			e.tx()
			e.log(vm, c.ev["VM.ValidationRevealed"], id, v, true, soakHash("burn "+strconv.Itoa(i), j), "validator")
		}
	case 6:
		e.tx()
		e.log(vm, c.ev["VM.ValidationTallied"], id, true, big.NewInt(3), big.NewInt(0))
		e.log(jr, c.ev["JR.JobCompleted"], id, true)
	case 7:
		e.tx()
		share := new(big.Int).Div(reward, big.NewInt(30))
		e.log(jr, c.ev["JR.JobFinalized"], id, agent)
		e.log(c.addrs.ReputationEngine, c.ev["RE.ReputationUpdated"], agent, big.NewInt(10), new(big.Int).SetUint64(100+j/300))
		e.log(c.addrs.FeePool, c.ev["FP.FeesDistributed"], c.addrs.Token, fee, new(big.Int).Div(fee, big.NewInt(10)))
		e.log(c.addrs.CertificateNFT, c.ev["NFT.Transfer"], common.Address{}, agent, id)
		e.log(c.addrs.Token, c.ev["Token.Transfer"], c.addrs.StakeManager, agent, new(big.Int).Sub(reward, new(big.Int).Mul(share, big.NewInt(3))))
		for _, v := range c.validators(j) {
			e.log(c.addrs.Token, c.ev["Token.Transfer"], c.addrs.StakeManager, v, share)
		}
	}
}

// each emits the logs of block n: the stage of each job in flight.
func (c *soakChain) each(e emitter, n uint64) {
	for s := range soakStages {
		if n > uint64(s) {
			c.stage(e, n-uint64(s), s)
		}
	}
}

type counter int

func (*counter) tx()                                      {}
func (k *counter) log(common.Address, *abi.Event, ...any) { *k++ }

// count is the number of logs in block n.
func (c *soakChain) count(n uint64) int {
	var k counter
	c.each(&k, n)
	return int(k)
}

// blockLogs builds the logs of one block.
type blockLogs struct {
	n    uint64
	hash common.Hash
	time uint64
	txs  int
	logs []types.Log
	err  error
}

func (b *blockLogs) tx() { b.txs++ }

func (b *blockLogs) log(addr common.Address, ev *abi.Event, args ...any) {
	if b.err != nil {
		return
	}
	topics := []common.Hash{ev.ID}
	var data []any
	for i, in := range ev.Inputs {
		if !in.Indexed {
			data = append(data, args[i])
			continue
		}
		ts, err := abi.MakeTopics([]any{args[i]})
		if err != nil {
			b.err = fmt.Errorf("%s.%s: %w", ev.Name, in.Name, err)
			return
		}
		topics = append(topics, ts[0][0])
	}
	packed, err := ev.Inputs.NonIndexed().Pack(data...)
	if err != nil {
		b.err = fmt.Errorf("%s: %w", ev.Name, err)
		return
	}
	txIndex := uint(b.txs - 1)
	var key [16]byte
	copy(key[:8], new(big.Int).SetUint64(b.n).FillBytes(make([]byte, 8)))
	copy(key[8:], new(big.Int).SetUint64(uint64(txIndex)).FillBytes(make([]byte, 8)))
	b.logs = append(b.logs, types.Log{Address: addr, Topics: topics, Data: packed, BlockNumber: b.n, TxHash: crypto.Keccak256Hash(key[:]),
		TxIndex: txIndex, BlockHash: b.hash, Index: uint(len(b.logs)), BlockTimestamp: b.time})
}

// header is block n's header; its hash is what the logs of n carry.
func (c *soakChain) header(n uint64) *types.Header {
	return &types.Header{Number: new(big.Int).SetUint64(n), Time: 1_767_225_600 + 12*n, Difficulty: new(big.Int),
		ParentHash: crypto.Keccak256Hash(new(big.Int).SetUint64(n - 1).Bytes()), Extra: []byte("agijobs soak")}
}

func (c *soakChain) ChainID(context.Context) (*big.Int, error) { return big.NewInt(31337), nil }

func (c *soakChain) BlockNumber(context.Context) (uint64, error) { return c.head.Load(), nil }

func (c *soakChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	if n == nil {
		return c.header(c.head.Load()), nil
	}
	if !n.IsUint64() || n.Uint64() > c.head.Load() {
		return nil, ethereum.NotFound
	}
	return c.header(n.Uint64()), nil
}

func (c *soakChain) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if q.BlockHash != nil || q.FromBlock == nil || q.ToBlock == nil {
		return nil, errors.New("soak chain: only block ranges are served")
	}
	var out []types.Log
	for n := q.FromBlock.Uint64(); n <= min(q.ToBlock.Uint64(), c.head.Load()); n++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		h := c.header(n)
		b := &blockLogs{n: n, hash: h.Hash(), time: h.Time}
		c.each(b, n)
		if b.err != nil {
			return nil, b.err
		}
		for _, l := range b.logs {
			if soakMatches(&l, q) {
				out = append(out, l)
			}
		}
	}
	return out, nil
}

// soakMatches reports whether l passes q's address and topic filters.
func soakMatches(l *types.Log, q ethereum.FilterQuery) bool {
	if len(q.Addresses) > 0 && !slices.Contains(q.Addresses, l.Address) {
		return false
	}
	for i, alts := range q.Topics {
		if len(alts) == 0 {
			continue
		}
		if i >= len(l.Topics) || !slices.Contains(alts, l.Topics[i]) {
			return false
		}
	}
	return true
}
