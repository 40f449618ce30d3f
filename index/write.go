package index

import (
	"context"
	"database/sql"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/escrow"
)

// The writer's statements, written once with ? placeholders and %s for
// their rows: many rows per statement on PostgreSQL, one on SQLite (see
// batchTx).
const (
	eventColumnsIn = `block, log_index, tx_hash, tx_index, time, address, contract, name, kind, job_id, account, token, amount, topics, data`
	eventRow       = `(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	// The event insert returns the rows it added: an event already
	// indexed is skipped, and so are its effects.
	insertEvents   = `INSERT INTO events (` + eventColumnsIn + `) VALUES %s ON CONFLICT (block, log_index) DO NOTHING RETURNING block, log_index`
	insertEvent    = `INSERT INTO events (` + eventColumnsIn + `) VALUES %s ON CONFLICT (block, log_index) DO NOTHING`
	insertAccounts = `INSERT INTO event_accounts (account, block, log_index) VALUES %s ON CONFLICT DO NOTHING`
	accountRow     = `(?, ?, ?)`
	insertBlocks   = `INSERT INTO blocks (number, hash) VALUES %s ON CONFLICT (number) DO UPDATE SET hash = excluded.hash`
	blockRow       = `(?, ?)`
	insertJobs     = `INSERT INTO jobs (id, state, success, employer, agent, token, reward, fee, stake, spec_hash, uri, result_hash, result_uri, category, title, created_block, created_at, updated_block, updated_at)
		VALUES %s ON CONFLICT (id) DO NOTHING`
	jobRow      = `(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT category FROM specs WHERE spec_hash = ? AND status = 'ok'), (SELECT title FROM specs WHERE spec_hash = ? AND status = 'ok'), ?, ?, ?, ?)`
	insertSpecs = `INSERT INTO specs (spec_hash, uri, status, attempts, next_try) VALUES %s ON CONFLICT (spec_hash) DO NOTHING`
	specRow     = `(?, ?, 'pending', 0, 0)`
	// updateJobs sets the state-dependent columns of jobs created in
	// earlier batches, all in one statement; COALESCE keeps a column the
	// batch's events do not set. VALUES names its columns column1,
	// column2... on both databases; the casts type the NULLs for
	// PostgreSQL.
	updateJobs = `UPDATE jobs SET state = COALESCE(v.column2, jobs.state), agent = COALESCE(v.column3, jobs.agent), token = COALESCE(v.column4, jobs.token),
		success = COALESCE(v.column5, jobs.success), result_hash = COALESCE(v.column6, jobs.result_hash), result_uri = COALESCE(v.column7, jobs.result_uri),
		updated_block = v.column8, updated_at = v.column9 FROM (VALUES %s) AS v WHERE jobs.id = v.column1`
	updateRow = `(CAST(? AS BIGINT), CAST(? AS INTEGER), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS INTEGER), CAST(? AS {{BLOB}}), CAST(? AS TEXT), CAST(? AS BIGINT), CAST(? AS BIGINT))`
)

// maxParams bounds the parameters of one statement, under SQLite's limit
// of 32766 and PostgreSQL's of 65535.
const maxParams = 8000

// decodeAll decodes logs, on the fetcher's goroutines so that decoding
// overlaps the writer's database work.
func (d *decoder) decodeAll(logs []types.Log) ([]*row, error) {
	rows := make([]*row, 0, len(logs))
	for _, l := range logs {
		r, err := d.decode(l)
		if err != nil {
			return nil, err
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// linkPayouts gives a job to the payouts of the transaction that settled
// it: a transfer out of the StakeManager, or a deferred payment, in the
// transaction of a JobRegistry event of that job is that job's payout.
func linkPayouts(rows []*row) {
	payoutJob := map[common.Hash]*big.Int{} // tx -> the job it settled
	for _, r := range rows {
		if r.contract == ContractJobRegistry && r.jobID != nil {
			payoutJob[r.log.TxHash] = r.jobID
		}
	}
	for _, r := range rows {
		if r.jobID == nil && (r.kind == KindPayout || r.name == "PaymentDeferred") {
			r.jobID = payoutJob[r.log.TxHash]
		}
	}
}

// reorgWindow is how far below the head the hash of every block with
// events is stored.
const reorgWindow = 1024

// write stores one batch and moves the cursor to its end, in one
// transaction: a crash leaves the index at the previous batch. Logs
// already stored are skipped, with their effects, so writing a range
// twice changes nothing.
func (ix *Indexer) write(ctx context.Context, b batch, head uint64) error {
	d := ix.db.dialect
	tx, err := ix.w.q.BeginTx(ctx, nil)
	if err != nil {
		return ix.db.connErr(err)
	}
	defer tx.Rollback() //nolint:errcheck // after Commit it is a no-op
	bt := newBatchTx(tx, d)
	defer bt.close()
	fresh, err := bt.insertEvents(ctx, b)
	if err != nil {
		return err
	}
	var accounts []any
	f := newFold(ix.dec.token)
	for _, r := range fresh {
		for _, a := range r.accounts {
			accounts = append(accounts, addrText(&a), int64Of(r.log.BlockNumber), int64Of(uint64(r.log.Index)))
		}
		f.add(r, b.times[r.log.BlockNumber])
	}
	if err := bt.insertRows(ctx, insertAccounts, accountRow, 3, accounts); err != nil {
		return fmt.Errorf("index: store accounts of blocks %d-%d: %w", b.from, b.to, err)
	}
	if err := f.store(ctx, bt); err != nil {
		return err
	}
	// Every batch's last block is stored, and so are the blocks with
	// events near the head, where reorgs happen: a reorg rolls back to
	// the newest stored block still on the chain, so the blocks with
	// events only make that point finer. Deep in a backfill they would
	// cost a row per block for nothing.
	blocks := map[uint64]common.Hash{b.to: b.end}
	for _, r := range b.rows {
		if r.log.BlockNumber+reorgWindow > head {
			blocks[r.log.BlockNumber] = r.log.BlockHash
		}
	}
	args := make([]any, 0, 2*len(blocks))
	for n, h := range blocks {
		args = append(args, int64Of(n), h.Bytes())
	}
	if err := bt.insertRows(ctx, insertBlocks, blockRow, 2, args); err != nil {
		return fmt.Errorf("index: store block hashes of blocks %d-%d: %w", b.from, b.to, err)
	}
	if err := setCursor(ctx, tx, d, cursor{block: b.to, hash: b.end, set: true}); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("index: commit blocks %d-%d: %w", b.from, b.to, err)
	}
	return nil
}

// batchTx is the transaction of one batch, with its statements. SQLite
// runs in this process: a one-row statement, parsed once per batch and run
// per row, is its fastest insert, and parsing a statement of hundreds of
// rows would cost as much as running it. PostgreSQL is a round trip away:
// there a batch takes few statements of many rows each.
type batchTx struct {
	tx    *sql.Tx
	d     dialect
	per   int // rows per statement at most; 0 means as many as fit
	stmts map[string]*sql.Stmt
}

func newBatchTx(tx *sql.Tx, d dialect) *batchTx {
	bt := &batchTx{tx: tx, d: d, stmts: map[string]*sql.Stmt{}}
	if d.name == "sqlite" {
		bt.per = 1
	}
	return bt
}

func (bt *batchTx) close() {
	for _, st := range bt.stmts {
		st.Close()
	}
}

// rows returns how many of n rows of cols columns the next statement
// takes.
func (bt *batchTx) rows(n, cols int) int {
	n = min(n, maxParams/cols)
	if bt.per > 0 {
		n = min(n, bt.per)
	}
	return n
}

// stmt returns stmt with one's placeholders n times, prepared once per
// batch.
func (bt *batchTx) stmt(ctx context.Context, stmt, one string, n int) (*sql.Stmt, error) {
	q := bt.d.rebind(fmt.Sprintf(stmt, strings.TrimSuffix(strings.Repeat(one+", ", n), ", ")))
	if st, ok := bt.stmts[q]; ok {
		return st, nil
	}
	st, err := bt.tx.PrepareContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("prepare: %w", err)
	}
	bt.stmts[q] = st
	return st, nil
}

// insertRows runs stmt over args, cols of them per row. Despite its name
// it also runs the multi-row update.
func (bt *batchTx) insertRows(ctx context.Context, stmt, one string, cols int, args []any) error {
	for len(args) > 0 {
		n := bt.rows(len(args)/cols, cols)
		st, err := bt.stmt(ctx, stmt, one, n)
		if err != nil {
			return err
		}
		if _, err := st.ExecContext(ctx, args[:n*cols]...); err != nil {
			return err
		}
		args = args[n*cols:]
	}
	return nil
}

// insertEvents inserts the batch's events and returns those that were not
// stored yet, in chain order.
func (bt *batchTx) insertEvents(ctx context.Context, b batch) ([]*row, error) {
	fail := func(err error) ([]*row, error) {
		return nil, fmt.Errorf("index: store events of blocks %d-%d: %w", b.from, b.to, err)
	}
	const cols = 15
	fresh := make([]*row, 0, len(b.rows))
	added := map[[2]int64]bool{} // block, log index
	args := make([]any, 0, bt.rows(len(b.rows), cols)*cols)
	for rows := b.rows; len(rows) > 0; {
		n := bt.rows(len(rows), cols)
		args = args[:0]
		for _, r := range rows[:n] {
			l := r.log
			var job any
			if r.jobID != nil {
				job = r.jobID.Int64()
			}
			args = append(args, int64Of(l.BlockNumber), int64Of(uint64(l.Index)), l.TxHash.Bytes(), int64Of(uint64(l.TxIndex)), int64Of(b.times[l.BlockNumber]),
				addrText(&l.Address), r.contract, r.name, r.kind, job, addrText(r.account), addrText(r.token), amountText(r.amount), topicsBlob(l.Topics), nonNil(l.Data))
		}
		if n == 1 {
			// One row: whether it was new is the count of rows it changed.
			st, err := bt.stmt(ctx, insertEvent, eventRow, 1)
			if err != nil {
				return fail(err)
			}
			res, err := st.ExecContext(ctx, args...)
			if err != nil {
				return fail(err)
			}
			k, err := res.RowsAffected()
			if err != nil {
				return fail(err)
			}
			if k == 1 {
				fresh = append(fresh, rows[0])
			}
			rows = rows[1:]
			continue
		}
		st, err := bt.stmt(ctx, insertEvents, eventRow, n)
		if err != nil {
			return fail(err)
		}
		res, err := st.QueryContext(ctx, args...)
		if err != nil {
			return fail(err)
		}
		for res.Next() {
			var k [2]int64
			if err := res.Scan(&k[0], &k[1]); err != nil {
				res.Close()
				return fail(err)
			}
			added[k] = true
		}
		res.Close()
		if err := res.Err(); err != nil {
			return fail(err)
		}
		for _, r := range rows[:n] {
			if added[[2]int64{int64Of(r.log.BlockNumber), int64Of(uint64(r.log.Index))}] {
				fresh = append(fresh, r)
			}
		}
		rows = rows[n:]
	}
	return fresh, nil
}

func setCursor(ctx context.Context, q querier, d dialect, c cursor) error {
	if !c.set {
		if _, err := q.ExecContext(ctx, `DELETE FROM meta WHERE key IN ('cursor_block', 'cursor_hash')`); err != nil {
			return fmt.Errorf("index: reset cursor: %w", err)
		}
		return nil
	}
	if err := setMeta(ctx, q, d, "cursor_block", strconv.FormatUint(c.block, 10)); err != nil {
		return err
	}
	return setMeta(ctx, q, d, "cursor_hash", c.hash.Hex())
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// fold gathers the effect of JobRegistry events on the jobs' rows. Events
// are added in chain order; store then writes one row per job created
// among them and one update per other job they touch.
type fold struct {
	token common.Address // the deployment's default token
	jobs  map[int64]*jobPatch
	order []int64 // the jobs, in the order first touched
}

// jobPatch is what a job's events set: the columns of its creation, when
// JobCreated is among them, and the state-dependent columns, nil where no
// event set them.
type jobPatch struct {
	created                                             bool
	employer, reward, fee, stake, uri                   any
	spec                                                []byte
	createdBlock, createdAt                             int64
	state, agent, token, success, resultHash, resultURI any
	block, at                                           int64
}

func newFold(token common.Address) *fold {
	return &fold{token: token, jobs: map[int64]*jobPatch{}}
}

// add folds one event, seen at time t, into its job's patch.
func (f *fold) add(r *row, t uint64) {
	if r.contract != ContractJobRegistry || r.jobID == nil {
		return
	}
	id := r.jobID.Int64()
	p := f.jobs[id]
	if p == nil {
		p = &jobPatch{}
		f.jobs[id] = p
		f.order = append(f.order, id)
	}
	p.block, p.at = int64Of(r.log.BlockNumber), int64Of(t)
	fs := r.fields
	switch r.name {
	case "JobCreated":
		employer := fs["employer"].(common.Address)
		spec := common.Hash(fs["specHash"].([32]byte))
		p.created, p.employer, p.spec, p.uri = true, addrText(&employer), spec.Bytes(), fs["uri"].(string)
		p.reward, p.fee, p.stake = amountText(fs["reward"].(*big.Int)), amountText(fs["fee"].(*big.Int)), amountText(fs["stake"].(*big.Int))
		p.createdBlock, p.createdAt = p.block, p.at
	case "JobToken":
		t := fs["token"].(common.Address)
		p.token = addrText(&t)
	case "AgentAssigned":
		a := fs["agent"].(common.Address)
		p.state, p.agent = int(escrow.StateApplied), addrText(&a)
	case "ResultSubmitted":
		p.state = int(escrow.StateSubmitted)
		p.resultHash, p.resultURI = common.Hash(fs["resultHash"].([32]byte)).Bytes(), fs["resultURI"].(string)
	case "JobCompleted":
		p.state, p.success = int(escrow.StateCompleted), boolInt(fs["success"].(bool))
	case "JobDisputed":
		p.state = int(escrow.StateDisputed)
	case "JobFinalized":
		p.state = int(escrow.StateFinalized)
	case "JobCancelled":
		p.state = int(escrow.StateCancelled)
	case "JobTimedOut":
		p.success = 0
	}
}

// store writes the folded jobs: new jobs (and their specs, to be read) in
// multi-row inserts, then one multi-row update of the jobs created earlier.
func (f *fold) store(ctx context.Context, bt *batchTx) error {
	var jobs, specs []any
	for _, id := range f.order {
		p := f.jobs[id]
		if !p.created {
			continue
		}
		state, token := p.state, p.token
		if state == nil {
			state = int(escrow.StateCreated)
		}
		if token == nil {
			token = addrText(&f.token)
		}
		jobs = append(jobs, id, state, p.success, p.employer, p.agent, token, p.reward, p.fee, p.stake, p.spec, p.uri, p.resultHash, p.resultURI,
			p.spec, p.spec, p.createdBlock, p.createdAt, p.block, p.at)
		specs = append(specs, p.spec, p.uri)
	}
	if err := bt.insertRows(ctx, insertSpecs, specRow, 2, specs); err != nil {
		return fmt.Errorf("index: store specs: %w", err)
	}
	if err := bt.insertRows(ctx, insertJobs, jobRow, 19, jobs); err != nil {
		return fmt.Errorf("index: store jobs: %w", err)
	}
	var updates []any
	for _, id := range f.order {
		if p := f.jobs[id]; !p.created {
			updates = append(updates, id, p.state, p.agent, p.token, p.success, p.resultHash, p.resultURI, p.block, p.at)
		}
	}
	if err := bt.insertRows(ctx, updateJobs, strings.ReplaceAll(updateRow, "{{BLOB}}", bt.d.blob), 9, updates); err != nil {
		return fmt.Errorf("index: update jobs: %w", err)
	}
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// rollback removes everything above the fork point and rebuilds the jobs
// whose events it removed from the events that remain, in one
// transaction.
func (ix *Indexer) rollback(ctx context.Context, fork cursor) error {
	d := ix.db.dialect
	tx, err := ix.w.q.BeginTx(ctx, nil)
	if err != nil {
		return ix.db.connErr(err)
	}
	defer tx.Rollback() //nolint:errcheck // after Commit it is a no-op
	above := int64(-1)
	if fork.set {
		above = int64Of(fork.block)
	}
	ids, err := affectedJobs(ctx, tx, d, above)
	if err != nil {
		return err
	}
	for _, q := range []string{`DELETE FROM event_accounts WHERE block > ?`, `DELETE FROM events WHERE block > ?`, `DELETE FROM blocks WHERE number > ?`} {
		if _, err := tx.ExecContext(ctx, d.rebind(q), above); err != nil {
			return fmt.Errorf("index: roll back: %w", err)
		}
	}
	bt := newBatchTx(tx, d)
	defer bt.close()
	f := newFold(ix.dec.token)
	for _, id := range ids {
		if err := ix.replay(ctx, tx, f, id); err != nil {
			return err
		}
	}
	if err := f.store(ctx, bt); err != nil {
		return err
	}
	if err := setCursor(ctx, tx, d, fork); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("index: commit roll back to block %d: %w", fork.block, err)
	}
	return nil
}

func affectedJobs(ctx context.Context, tx *sql.Tx, d dialect, above int64) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, d.rebind(`SELECT DISTINCT job_id FROM events WHERE block > ? AND job_id IS NOT NULL AND contract = ?`), above, ContractJobRegistry)
	if err != nil {
		return nil, fmt.Errorf("index: read rolled back jobs: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// replay deletes job id's row and folds its remaining events into f,
// which rebuilds the row when it is stored.
func (ix *Indexer) replay(ctx context.Context, tx *sql.Tx, f *fold, id int64) error {
	d := ix.db.dialect
	if _, err := tx.ExecContext(ctx, d.rebind(`DELETE FROM jobs WHERE id = ?`), id); err != nil {
		return fmt.Errorf("index: rebuild job %d: %w", id, err)
	}
	rows, err := tx.QueryContext(ctx, d.rebind(`SELECT `+eventColumns+` FROM events WHERE job_id = ? AND contract = ? ORDER BY block, log_index`), id, ContractJobRegistry)
	if err != nil {
		return fmt.Errorf("index: rebuild job %d: %w", id, err)
	}
	var evs []storedEvent
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			rows.Close()
			return err
		}
		evs = append(evs, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, e := range evs {
		r, err := ix.dec.decode(e.log())
		if err != nil {
			return err
		}
		f.add(r, e.time)
	}
	return nil
}

// eventColumns are the columns scanEvent reads.
const eventColumns = `block, log_index, tx_hash, tx_index, time, address, contract, name, kind, job_id, topics, data`

// storedEvent is one row of events.
type storedEvent struct {
	block, logIndex, txIndex int64
	time                     uint64
	txHash                   []byte
	address                  string
	contract, name, kind     string
	jobID                    sql.NullInt64
	topics, data             []byte
}

type scanner interface{ Scan(dest ...any) error }

func scanEvent(rows scanner) (storedEvent, error) {
	var e storedEvent
	var t int64
	err := rows.Scan(&e.block, &e.logIndex, &e.txHash, &e.txIndex, &t, &e.address, &e.contract, &e.name, &e.kind, &e.jobID, &e.topics, &e.data)
	if err != nil {
		return e, fmt.Errorf("index: read event: %w", err)
	}
	e.time = uint64(t)
	return e, nil
}

// log rebuilds the log the event was stored from.
func (e storedEvent) log() types.Log {
	return types.Log{Address: common.HexToAddress(e.address), Topics: unpackTopics(e.topics), Data: e.data,
		BlockNumber: uint64(e.block), TxHash: common.BytesToHash(e.txHash), TxIndex: uint(e.txIndex), Index: uint(e.logIndex), BlockTimestamp: e.time}
}
