package index

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/storage"
)

// Backend is what the Indexer reads from the chain: logs, headers (for
// block hashes and times) and the chain id. chain.Backend, *chain.Conn and
// an embedded chain's Backend() satisfy it.
type Backend interface {
	chain.HeaderLogReader
	ChainID(ctx context.Context) (*big.Int, error)
}

// Config configures an Indexer. Check reports every invalid field at once.
type Config struct {
	// Backend is the chain connection. Required.
	Backend Backend
	// Addresses are the deployment's contracts (agijobs.AddressesOf a
	// deployment, or a manifest's). Required; every one is indexed.
	Addresses agijobs.Addresses
	// FromBlock is the first block indexed: the deployment's first block
	// (a manifest records it). 0 indexes from genesis, which is slow on a
	// long chain.
	FromBlock uint64
	// Confirmations is the depth a block must reach before it is indexed:
	// 1 (the default for 0) indexes the head. A deeper setting makes the
	// index lag the head but spares it reorgs, which it otherwise rolls
	// back and re-indexes.
	Confirmations uint64
	// PollInterval is the time between polls of the head once the index
	// has caught up; 0 means 1s.
	PollInterval time.Duration
	// BatchBlocks is the first block range per eth_getLogs; 0 means 1,000.
	// It halves when the node refuses a range as too large or answers more
	// than 10,000 logs, and doubles, up to MaxBatchBlocks, while answers
	// stay small (under 1,000 logs). Each range is written in one
	// transaction.
	BatchBlocks uint64
	// MaxBatchBlocks caps the block range per request, for providers that
	// limit it; 0 means 100,000.
	MaxBatchBlocks uint64
	// Specs, when set, is where the Indexer reads job spec documents to
	// fill each job's category and title (storage.Embedded, Kubo or a
	// gateway). Reading happens beside indexing and is retried with
	// backoff; a spec that cannot be read leaves the job's category empty.
	Specs storage.Fetcher
	// LockPollInterval is how often an Indexer waiting for another one's
	// writer lock tries again; 0 means 1s.
	LockPollInterval time.Duration
	// Logger receives progress and failures; nil is silent.
	Logger *slog.Logger
}

// Check reports every missing or invalid field of c, each with the fix.
func (c *Config) Check() error {
	if c == nil {
		return input.New("index.Config", "is nil", "pass the Config to check")
	}
	var errs input.Errors
	if c.Backend == nil {
		errs.Add("index.Config.Backend", "is nil", "pass a chain.Backend (chain.Dial, or an embedded chain's Backend())")
	}
	for _, m := range []struct {
		name string
		a    common.Address
	}{{"Token", c.Addresses.Token}, {"JobRegistry", c.Addresses.JobRegistry}, {"ValidationModule", c.Addresses.ValidationModule},
		{"StakeManager", c.Addresses.StakeManager}, {"IdentityRegistry", c.Addresses.IdentityRegistry}, {"ReputationEngine", c.Addresses.ReputationEngine},
		{"DisputeModule", c.Addresses.DisputeModule}, {"FeePool", c.Addresses.FeePool}, {"CertificateNFT", c.Addresses.CertificateNFT}, {"SystemPause", c.Addresses.SystemPause}} {
		if m.a == (common.Address{}) {
			errs.Add("index.Config.Addresses."+m.name, "is the zero address", "pass the deployment's addresses (agijobs.AddressesFromManifest)")
		}
	}
	if c.MaxBatchBlocks != 0 && c.BatchBlocks > c.MaxBatchBlocks {
		errs.Add("index.Config.BatchBlocks", fmt.Sprintf("is %d, above MaxBatchBlocks %d", c.BatchBlocks, c.MaxBatchBlocks), "lower BatchBlocks or raise MaxBatchBlocks")
	}
	if c.PollInterval < 0 {
		errs.Add("index.Config.PollInterval", "is negative", "use 0 for the default or a positive duration")
	}
	if c.LockPollInterval < 0 {
		errs.Add("index.Config.LockPollInterval", "is negative", "use 0 for the default or a positive duration")
	}
	return errs.Err()
}

// Defaults of Config.
const (
	defaultBatchBlocks = 1_000
	maxBatchBlocks     = 100_000
	smallAnswer        = 1_000
	largeAnswer        = 10_000
)

// Indexer follows one deployment's events into a DB. Create it with
// NewIndexer; Run follows the chain until its context ends, Sync catches
// up once. Only one Indexer writes a database at a time: the others wait
// for its lock (a PostgreSQL advisory lock, or a lock file beside the
// SQLite file), which its process's death releases.
type Indexer struct {
	db  *DB
	cfg Config
	dec *decoder
	log *slog.Logger

	w     writer // set while holding the lock
	batch uint64 // the current block range per request
}

// NewIndexer checks cfg and returns an Indexer writing into db.
func NewIndexer(db *DB, cfg Config) (*Indexer, error) {
	if db == nil || db.db == nil {
		return nil, input.New("index.NewIndexer.db", "is nil", "open the database with index.Open")
	}
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.LockPollInterval == 0 {
		cfg.LockPollInterval = time.Second
	}
	if cfg.BatchBlocks == 0 {
		cfg.BatchBlocks = defaultBatchBlocks
	}
	if cfg.MaxBatchBlocks == 0 {
		cfg.MaxBatchBlocks = maxBatchBlocks
	}
	if cfg.Confirmations == 0 {
		cfg.Confirmations = 1
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Indexer{db: db, cfg: cfg, dec: newDecoder(cfg.Addresses), log: log, batch: min(cfg.BatchBlocks, cfg.MaxBatchBlocks)}, nil
}

// Run takes the writer lock (waiting while another Indexer holds it),
// catches up with the chain and follows it until ctx ends, then releases
// the lock and returns nil. Transient failures (the node, the database)
// are logged and retried at the next poll; it returns an error only when
// the database belongs to another deployment or cannot be locked.
func (ix *Indexer) Run(ctx context.Context) error {
	if ix == nil || ix.db == nil {
		return input.Unbuilt("index.Indexer", "index.NewIndexer")
	}
	for ctx.Err() == nil {
		release, err := ix.lock(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		err = ix.follow(ctx)
		release()
		if errors.Is(err, errWriterLost) && ctx.Err() == nil {
			// The session that held the lock is gone (a PostgreSQL
			// restart, a dropped connection): another Indexer may have
			// the lock now, so take it again before writing.
			ix.log.Warn("index: lost the writer connection; taking the lock again", "err", err)
			continue
		}
		return err
	}
	return nil
}

// errWriterLost means the connection that holds the writer lock failed.
var errWriterLost = errors.New("index: the writer connection was lost")

// follow catches up and polls until ctx ends, under the lock.
func (ix *Indexer) follow(ctx context.Context) error {
	if err := ix.checkDeployment(ctx); err != nil {
		return err
	}
	for ctx.Err() == nil {
		if err := ix.catchUp(ctx); err != nil && ctx.Err() == nil {
			if p, ok := ix.w.q.(interface{ PingContext(context.Context) error }); ok {
				if perr := p.PingContext(ctx); perr != nil {
					return fmt.Errorf("%w: %v", errWriterLost, perr)
				}
			}
			ix.log.Warn("index: catching up failed; retrying", "err", err)
		}
		if ix.cfg.Specs != nil {
			ix.fillSpecs(ctx)
		}
		select {
		case <-ctx.Done():
		case <-time.After(ix.cfg.PollInterval):
		}
	}
	return nil
}

// Sync takes the writer lock (waiting while another Indexer holds it),
// indexes up to the confirmed head once, reads the pending specs when
// Config.Specs is set, and releases the lock. It suits batch jobs and
// tests; a service calls Run.
func (ix *Indexer) Sync(ctx context.Context) error {
	if ix == nil || ix.db == nil {
		return input.Unbuilt("index.Indexer", "index.NewIndexer")
	}
	release, err := ix.lock(ctx)
	if err != nil {
		return err
	}
	defer release()
	if err := ix.checkDeployment(ctx); err != nil {
		return err
	}
	if err := ix.catchUp(ctx); err != nil {
		return err
	}
	if ix.cfg.Specs != nil {
		ix.fillSpecs(ctx)
	}
	return nil
}

// DeploymentMismatchError is returned when a database already indexes
// another chain or deployment than the Indexer's.
type DeploymentMismatchError struct {
	// What differs: "chain id", "genesis block" or "JobRegistry".
	What string
	// Database and Chain are the two values.
	Database, Chain string
}

func (e *DeploymentMismatchError) Error() string {
	if e == nil {
		return "<nil>"
	}
	return fmt.Sprintf("index: the database indexes %s %s, but the chain has %s; open a new database for this deployment (or delete the old one)", e.What, e.Database, e.Chain)
}

// checkDeployment records the deployment in an empty database and refuses
// a database of another one.
func (ix *Indexer) checkDeployment(ctx context.Context) error {
	id, err := ix.cfg.Backend.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("index: read chain id: %w", err)
	}
	g, err := ix.cfg.Backend.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		return fmt.Errorf("index: read genesis block: %w", err)
	}
	want := []struct{ key, what, value string }{
		{"chain_id", "chain id", id.String()},
		{"genesis", "genesis block", g.Hash().Hex()},
		{"job_registry", "JobRegistry", ix.cfg.Addresses.JobRegistry.Hex()},
	}
	for _, w := range want {
		have, ok, err := meta(ctx, ix.w.q, ix.db.dialect, w.key)
		if err != nil {
			return err
		}
		if !ok {
			if err := setMeta(ctx, ix.w.q, ix.db.dialect, w.key, w.value); err != nil {
				return err
			}
		} else if have != w.value {
			return &DeploymentMismatchError{What: w.what, Database: have, Chain: w.value}
		}
	}
	return nil
}

// cursor is the last block indexed and its hash (zero before the first).
type cursor struct {
	block uint64
	hash  common.Hash
	set   bool
}

func (ix *Indexer) cursor(ctx context.Context) (cursor, error) {
	return readCursor(ctx, ix.w.q, ix.db.dialect)
}

func readCursor(ctx context.Context, q querier, d dialect) (cursor, error) {
	b, ok, err := meta(ctx, q, d, "cursor_block")
	if err != nil || !ok {
		return cursor{}, err
	}
	h, _, err := meta(ctx, q, d, "cursor_hash")
	if err != nil {
		return cursor{}, err
	}
	n, err := strconv.ParseUint(b, 10, 64)
	if err != nil {
		return cursor{}, fmt.Errorf("index: cursor block %q: %w", b, err)
	}
	return cursor{block: n, hash: common.HexToHash(h), set: true}, nil
}

// catchUp indexes from the cursor to the confirmed head, first rolling
// back blocks a reorg replaced.
func (ix *Indexer) catchUp(ctx context.Context) error {
	head, err := ix.cfg.Backend.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("index: read head: %w", err)
	}
	if head+1 < ix.cfg.Confirmations {
		return nil
	}
	target := head + 1 - ix.cfg.Confirmations
	cur, err := ix.cursor(ctx)
	if err != nil {
		return err
	}
	if cur.set {
		if cur, err = ix.checkReorg(ctx, cur); err != nil {
			return err
		}
	}
	from := ix.cfg.FromBlock
	if cur.set {
		from = cur.block + 1
	}
	if from > target {
		return nil
	}
	return ix.index(ctx, from, target)
}

// index fetches the blocks from..to one range ahead of the writer and
// writes each range in one transaction.
func (ix *Indexer) index(ctx context.Context, from, to uint64) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan batch, 1)
	go ix.fetchAll(ctx, from, to, batches)
	for b := range batches {
		if b.err != nil {
			return b.err
		}
		if err := ix.write(ctx, b, to); err != nil {
			return err
		}
		ix.log.Debug("index: indexed", "from", b.from, "to", b.to, "logs", len(b.logs))
	}
	return ctx.Err()
}

// checkReorg compares the cursor's block with the chain; when a reorg
// replaced it, it rolls the index back to the newest stored block still
// on the chain and returns the new cursor.
func (ix *Indexer) checkReorg(ctx context.Context, cur cursor) (cursor, error) {
	h, err := ix.cfg.Backend.HeaderByNumber(ctx, new(big.Int).SetUint64(cur.block))
	if err != nil {
		return cur, fmt.Errorf("index: read block %d: %w", cur.block, err)
	}
	if h.Hash() == cur.hash {
		return cur, nil
	}
	fork, err := ix.forkPoint(ctx, cur.block)
	if err != nil {
		return cur, err
	}
	ix.log.Warn("index: reorg; rolling back", "from", cur.block, "to", fork.block)
	if err := ix.rollback(ctx, fork); err != nil {
		return cur, err
	}
	return fork, nil
}

// forkPoint returns the newest stored block at or below n whose hash the
// chain still has; when none has, everything indexed is rolled back.
func (ix *Indexer) forkPoint(ctx context.Context, n uint64) (cursor, error) {
	q := ix.db.dialect.rebind(`SELECT number, hash FROM blocks WHERE number <= ? ORDER BY number DESC LIMIT 64`)
	for {
		rows, err := ix.w.q.QueryContext(ctx, q, int64Of(n))
		if err != nil {
			return cursor{}, fmt.Errorf("index: read block hashes: %w", err)
		}
		var stored []cursor
		for rows.Next() {
			var num int64
			var hash []byte
			if err := rows.Scan(&num, &hash); err != nil {
				rows.Close()
				return cursor{}, err
			}
			stored = append(stored, cursor{block: uint64(num), hash: common.BytesToHash(hash), set: true})
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return cursor{}, err
		}
		for _, s := range stored {
			h, err := ix.cfg.Backend.HeaderByNumber(ctx, new(big.Int).SetUint64(s.block))
			if err != nil {
				return cursor{}, fmt.Errorf("index: read block %d: %w", s.block, err)
			}
			if h.Hash() == s.hash {
				return s, nil
			}
		}
		if len(stored) == 0 || stored[len(stored)-1].block == 0 {
			return cursor{}, nil
		}
		n = stored[len(stored)-1].block - 1
	}
}

// batch is one block range with its logs, in chain order.
type batch struct {
	from, to uint64
	end      common.Hash       // the hash of block to
	times    map[uint64]uint64 // block times of the blocks with logs
	logs     []types.Log
	rows     []*row // the logs decoded
	err      error
}

// fetchesInFlight is how many block ranges are fetched at a time, so that
// the node builds the next answer while the last one travels and is
// decoded.
const fetchesInFlight = 2

// fetchAll sends the batches of from..to in order, then closes out. It
// stops at the first error, which it sends. Ranges are fetched
// fetchesInFlight at a time; their size adapts, on this goroutine only, to
// the answers (see adapt).
func (ix *Indexer) fetchAll(ctx context.Context, from, to uint64, out chan<- batch) {
	defer close(out)
	type request struct {
		from, to uint64
		answer   chan batch
		cancel   context.CancelFunc
	}
	var queue []request
	defer func() {
		for _, r := range queue {
			r.cancel()
		}
	}()
	next := from
	for {
		for len(queue) < fetchesInFlight && next <= to {
			rctx, cancel := context.WithCancel(ctx)
			r := request{from: next, to: min(to, next+ix.batch-1), answer: make(chan batch, 1), cancel: cancel}
			go func() { r.answer <- ix.fetch(rctx, r.from, r.to) }()
			queue = append(queue, r)
			next = r.to + 1
		}
		if len(queue) == 0 {
			return
		}
		r := queue[0]
		queue = queue[1:]
		b := <-r.answer
		r.cancel()
		if b.err == nil {
			ix.adapt(b, r.to-r.from+1)
		}
		select {
		case out <- b:
		case <-ctx.Done():
			return
		}
		if b.err != nil {
			return
		}
		if b.to < r.to {
			// The node refused the range as too large and it was fetched
			// in part: the ranges after it start again from its end.
			for _, q := range queue {
				q.cancel()
			}
			queue, next = nil, b.to+1
		}
	}
}

// adapt sets the size of the next ranges from batch b, fetched for a range
// of asked blocks: half of what the node accepted when it refused more,
// double after a small answer, half after a large one.
func (ix *Indexer) adapt(b batch, asked uint64) {
	got := b.to - b.from + 1
	switch n := len(b.logs); {
	case got < asked:
		ix.batch = max(1, got)
	case n < smallAnswer && ix.batch < ix.cfg.MaxBatchBlocks:
		ix.batch = min(2*ix.batch, ix.cfg.MaxBatchBlocks)
	case n > largeAnswer && ix.batch > 1:
		ix.batch /= 2
	}
}

// fetch reads the logs of from..to: the modules' events and the token
// transfers out of the StakeManager (payouts), in two requests made
// together. It halves the range while the node refuses it as too large,
// so the batch it returns may end before to.
func (ix *Indexer) fetch(ctx context.Context, from, to uint64) batch {
	for {
		b, err := ix.fetchRange(ctx, from, to)
		if err == nil {
			return b
		}
		if !chain.IsRangeTooLarge(err) || to == from {
			return batch{err: err}
		}
		to = from + (to-from)/2
	}
}

func (ix *Indexer) fetchRange(ctx context.Context, from, to uint64) (batch, error) {
	b := batch{from: from, to: to, times: map[uint64]uint64{}}
	// The end header is read before the logs: if a reorg comes between,
	// the logs are the newer chain's, and the next poll finds the end
	// hash replaced and re-indexes.
	end, err := ix.cfg.Backend.HeaderByNumber(ctx, new(big.Int).SetUint64(to))
	if err != nil {
		return b, fmt.Errorf("index: read block %d: %w", to, err)
	}
	b.end = end.Hash()
	b.times[to] = end.Time
	fb, tb := new(big.Int).SetUint64(from), new(big.Int).SetUint64(to)
	sm := common.BytesToHash(ix.dec.stakeManager.Bytes())
	// The two queries are made, and their answers decoded, at once.
	type answer struct {
		logs []types.Log
		rows []*row
		err  error
	}
	get := func(q ethereum.FilterQuery) answer {
		logs, err := ix.cfg.Backend.FilterLogs(ctx, q)
		if err != nil {
			return answer{err: err}
		}
		rows, err := ix.dec.decodeAll(logs)
		return answer{logs, rows, err}
	}
	payouts := make(chan answer, 1)
	go func() { payouts <- get(ethFilter(fb, tb, nil, [][]common.Hash{{ix.dec.transfer.ID}, {sm}})) }()
	m := get(ethFilter(fb, tb, ix.dec.modules, nil))
	p := <-payouts
	for _, a := range []answer{m, p} {
		if a.err != nil {
			return b, fmt.Errorf("index: read logs of blocks %d-%d: %w", from, to, a.err)
		}
	}
	b.logs, b.rows = mergeLogs(m.logs, p.logs), mergeRows(m.rows, p.rows)
	linkPayouts(b.rows)
	for _, l := range b.logs {
		if _, ok := b.times[l.BlockNumber]; ok {
			continue
		}
		t := l.BlockTimestamp
		if t == 0 { // nodes that do not send blockTimestamp with logs
			h, err := ix.cfg.Backend.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
			if err != nil {
				return b, fmt.Errorf("index: read block %d: %w", l.BlockNumber, err)
			}
			t = h.Time
		}
		b.times[l.BlockNumber] = t
	}
	return b, nil
}

// mergeLogs merges two lists in chain order into one.
func mergeLogs(a, b []types.Log) []types.Log {
	return mergeBy(a, b, func(x, y *types.Log) bool { return before(x, y) })
}

// mergeRows merges two lists of decoded logs in chain order into one.
func mergeRows(a, b []*row) []*row {
	return mergeBy(a, b, func(x, y **row) bool { return before(&(*x).log, &(*y).log) })
}

func mergeBy[T any](a, b []T, less func(x, y *T) bool) []T {
	out := make([]T, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j == len(b) || (i < len(a) && less(&a[i], &b[j])) {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}

func before(x, y *types.Log) bool {
	return x.BlockNumber < y.BlockNumber || (x.BlockNumber == y.BlockNumber && x.Index < y.Index)
}

// errLocked is returned by tryLock when another writer holds the lock.
var errLocked = errors.New("index: another indexer holds the writer lock")

// lock waits for the writer lock and sets ix.w; release gives both back.
func (ix *Indexer) lock(ctx context.Context) (release func(), err error) {
	logged := false
	for {
		w, err := ix.db.tryLock(ctx)
		if err == nil {
			ix.log.Info("index: writer lock taken")
			ix.w = w
			return func() { w.release(); ix.w = writer{} }, nil
		}
		if !errors.Is(err, errLocked) {
			return nil, err
		}
		if !logged {
			ix.log.Info("index: another indexer writes this database; waiting for its lock")
			logged = true
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(ix.cfg.LockPollInterval):
		}
	}
}

// writer is where the lock holder writes: one connection (which holds the
// PostgreSQL lock), or the pool for an in-memory SQLite database.
type writer struct {
	q       querierBeginner
	release func()
}

type querierBeginner interface {
	querier
	BeginTx(ctx context.Context, opts *sql.TxOptions) (*sql.Tx, error)
}
