package index

import (
	"context"
	"database/sql"
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/escrow"
)

// Statements of the writer, written once with ? placeholders.
const (
	insertEvent = `INSERT INTO events (block, log_index, tx_hash, tx_index, time, address, contract, name, kind, job_id, account, token, amount, topics, data)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (block, log_index) DO NOTHING`
	insertAccount = `INSERT INTO event_accounts (account, block, log_index) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`
	insertBlock   = `INSERT INTO blocks (number, hash) VALUES (?, ?) ON CONFLICT (number) DO UPDATE SET hash = excluded.hash`
	insertJob     = `INSERT INTO jobs (id, state, employer, token, reward, fee, stake, spec_hash, uri, category, title, created_block, created_at, updated_block, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT category FROM specs WHERE spec_hash = ? AND status = 'ok'), (SELECT title FROM specs WHERE spec_hash = ? AND status = 'ok'), ?, ?, ?, ?)
		ON CONFLICT (id) DO NOTHING`
	insertSpec = `INSERT INTO specs (spec_hash, uri, status, attempts, next_try) VALUES (?, ?, 'pending', 0, 0) ON CONFLICT (spec_hash) DO NOTHING`
	// updateJob sets one job's state-dependent columns; COALESCE keeps a
	// column the event does not carry.
	updateJob = `UPDATE jobs SET state = COALESCE(?, state), agent = COALESCE(?, agent), token = COALESCE(?, token), success = COALESCE(?, success),
		result_hash = COALESCE(?, result_hash), result_uri = COALESCE(?, result_uri), updated_block = ?, updated_at = ? WHERE id = ?`
)

// stmts are the writer's prepared statements within one transaction.
type stmts struct {
	event, account, block, job, spec, update *sql.Stmt
}

func prepare(ctx context.Context, tx *sql.Tx, d dialect) (*stmts, error) {
	var s stmts
	for _, p := range []struct {
		dst **sql.Stmt
		q   string
	}{{&s.event, insertEvent}, {&s.account, insertAccount}, {&s.block, insertBlock}, {&s.job, insertJob}, {&s.spec, insertSpec}, {&s.update, updateJob}} {
		st, err := tx.PrepareContext(ctx, d.rebind(p.q))
		if err != nil {
			return nil, fmt.Errorf("index: prepare: %w", err)
		}
		*p.dst = st
	}
	return &s, nil
}

func (s *stmts) close() {
	for _, st := range []*sql.Stmt{s.event, s.account, s.block, s.job, s.spec, s.update} {
		if st != nil {
			st.Close()
		}
	}
}

// decodeBatch decodes a batch's logs into rows, on the fetcher's
// goroutine so that decoding overlaps the writer's database work.
func (ix *Indexer) decodeBatch(logs []types.Log) ([]*row, error) {
	rows := make([]*row, 0, len(logs))
	payoutJob := map[common.Hash]*big.Int{} // tx -> the job it settled
	for _, l := range logs {
		r, err := ix.dec.decode(l)
		if err != nil {
			return nil, err
		}
		if r.contract == ContractJobRegistry && r.jobID != nil {
			payoutJob[l.TxHash] = r.jobID
		}
		rows = append(rows, r)
	}
	for _, r := range rows {
		// A transfer out of the StakeManager, or a deferred payment, in the
		// transaction that settled a job is that job's payout.
		if r.jobID == nil && (r.kind == KindPayout || r.name == "PaymentDeferred") {
			r.jobID = payoutJob[r.log.TxHash]
		}
	}
	return rows, nil
}

// write stores one batch and moves the cursor to its end, in one
// transaction: a crash leaves the index at the previous batch. Logs
// already stored are skipped, so writing a range twice changes nothing.
func (ix *Indexer) write(ctx context.Context, b batch) error {
	rows := b.rows
	tx, err := ix.w.q.BeginTx(ctx, nil)
	if err != nil {
		return ix.db.connErr(err)
	}
	defer tx.Rollback() //nolint:errcheck // after Commit it is a no-op
	s, err := prepare(ctx, tx, ix.db.dialect)
	if err != nil {
		return err
	}
	defer s.close()
	blocks := map[uint64]common.Hash{b.to: b.end}
	for _, r := range rows {
		blocks[r.log.BlockNumber] = r.log.BlockHash
		if err := ix.store(ctx, s, r, b.times[r.log.BlockNumber]); err != nil {
			return err
		}
	}
	for n, h := range blocks {
		if _, err := s.block.ExecContext(ctx, int64Of(n), h.Bytes()); err != nil {
			return fmt.Errorf("index: store block %d: %w", n, err)
		}
	}
	if err := setCursor(ctx, tx, ix.db.dialect, cursor{block: b.to, hash: b.end, set: true}); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("index: commit blocks %d-%d: %w", b.from, b.to, err)
	}
	return nil
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

// store inserts one event and, when it is new, its accounts and its
// effect on its job.
func (ix *Indexer) store(ctx context.Context, s *stmts, r *row, t uint64) error {
	l := r.log
	var job any
	if r.jobID != nil {
		job = r.jobID.Int64()
	}
	res, err := s.event.ExecContext(ctx, int64Of(l.BlockNumber), int64Of(uint64(l.Index)), l.TxHash.Bytes(), int64Of(uint64(l.TxIndex)), int64Of(t),
		addrText(&l.Address), r.contract, r.name, r.kind, job, addrText(r.account), addrText(r.token), amountText(r.amount), topicsBlob(l.Topics), nonNil(l.Data))
	if err != nil {
		return fmt.Errorf("index: store %s.%s at block %d: %w", r.contract, r.name, l.BlockNumber, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return err // already indexed: its effects are too
	}
	for _, a := range r.accounts {
		if _, err := s.account.ExecContext(ctx, addrText(&a), int64Of(l.BlockNumber), int64Of(uint64(l.Index))); err != nil {
			return fmt.Errorf("index: store accounts of %s.%s: %w", r.contract, r.name, err)
		}
	}
	return ix.apply(ctx, s, r, t)
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// apply folds one JobRegistry event into its job's row. Replaying a job's
// events in order through apply rebuilds the row (see rollback).
func (ix *Indexer) apply(ctx context.Context, s *stmts, r *row, t uint64) error {
	if r.contract != ContractJobRegistry || r.jobID == nil {
		return nil
	}
	id := r.jobID.Int64()
	blk, at := int64Of(r.log.BlockNumber), int64Of(t)
	if r.name == "JobCreated" {
		f := r.fields
		spec := common.Hash(f["specHash"].([32]byte))
		employer := f["employer"].(common.Address)
		uri := f["uri"].(string)
		if _, err := s.job.ExecContext(ctx, id, int(escrow.StateCreated), addrText(&employer), addrText(&ix.dec.token),
			amountText(f["reward"].(*big.Int)), amountText(f["fee"].(*big.Int)), amountText(f["stake"].(*big.Int)),
			spec.Bytes(), uri, spec.Bytes(), spec.Bytes(), blk, at, blk, at); err != nil {
			return fmt.Errorf("index: store job %d: %w", id, err)
		}
		if _, err := s.spec.ExecContext(ctx, spec.Bytes(), uri); err != nil {
			return fmt.Errorf("index: store spec of job %d: %w", id, err)
		}
		return nil
	}
	var state, success, agent, token, resultHash, resultURI any
	switch r.name {
	case "JobToken":
		t := r.fields["token"].(common.Address)
		token = addrText(&t)
	case "AgentAssigned":
		a := r.fields["agent"].(common.Address)
		state, agent = int(escrow.StateApplied), addrText(&a)
	case "ResultSubmitted":
		state = int(escrow.StateSubmitted)
		resultHash, resultURI = common.Hash(r.fields["resultHash"].([32]byte)).Bytes(), r.fields["resultURI"].(string)
	case "JobCompleted":
		state, success = int(escrow.StateCompleted), boolInt(r.fields["success"].(bool))
	case "JobDisputed":
		state = int(escrow.StateDisputed)
	case "JobFinalized":
		state = int(escrow.StateFinalized)
	case "JobCancelled":
		state = int(escrow.StateCancelled)
	case "JobTimedOut":
		success = 0
	}
	if _, err := s.update.ExecContext(ctx, state, agent, token, success, resultHash, resultURI, blk, at, id); err != nil {
		return fmt.Errorf("index: update job %d with %s: %w", id, r.name, err)
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
	s, err := prepare(ctx, tx, d)
	if err != nil {
		return err
	}
	defer s.close()
	for _, id := range ids {
		if err := ix.rebuild(ctx, tx, s, id); err != nil {
			return err
		}
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

// rebuild replays the remaining events of job id into a fresh row.
func (ix *Indexer) rebuild(ctx context.Context, tx *sql.Tx, s *stmts, id int64) error {
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
		if err := ix.apply(ctx, s, r, e.time); err != nil {
			return err
		}
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
