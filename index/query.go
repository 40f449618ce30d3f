package index

import (
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/wait"
)

// ErrNotFound is returned when the index holds no such job.
var ErrNotFound = errors.New("index: not found")

// Job is a job as the index folded it from its events.
type Job struct {
	// ID is the job id.
	ID *big.Int `json:"id"`
	// State is the lifecycle state; Success the outcome once Completed
	// (nil before).
	State   escrow.State `json:"state"`
	Success *bool        `json:"success,omitempty"`
	// Employer posted the job; Agent took it (zero before).
	Employer common.Address `json:"employer"`
	Agent    common.Address `json:"agent"`
	// Token is the escrow token; Reward, Fee and Stake are in its units.
	Token  common.Address `json:"token"`
	Reward *big.Int       `json:"reward"`
	Fee    *big.Int       `json:"fee"`
	Stake  *big.Int       `json:"stake"`
	// SpecHash and URI locate the spec document; ResultHash and ResultURI
	// the result once submitted.
	SpecHash   common.Hash `json:"specHash"`
	URI        string      `json:"uri"`
	ResultHash common.Hash `json:"resultHash"`
	ResultURI  string      `json:"resultURI,omitempty"`
	// Category (lower case) and Title come from the spec document, when
	// the Indexer reads specs and could read it; empty otherwise.
	Category string `json:"category,omitempty"`
	Title    string `json:"title,omitempty"`
	// CreatedBlock and CreatedAt are when the job was posted;
	// UpdatedBlock and UpdatedAt its last event.
	CreatedBlock uint64    `json:"createdBlock"`
	CreatedAt    time.Time `json:"createdAt"`
	UpdatedBlock uint64    `json:"updatedBlock"`
	UpdatedAt    time.Time `json:"updatedAt"`
}

// MarshalJSON writes the amounts as decimal strings, which JavaScript
// clients read without losing precision (a uint256 exceeds 2^53).
func (j Job) MarshalJSON() ([]byte, error) {
	type plain Job
	return json.Marshal(struct {
		plain
		Reward string `json:"reward"`
		Fee    string `json:"fee"`
		Stake  string `json:"stake"`
	}{plain(j), amountString(j.Reward), amountString(j.Fee), amountString(j.Stake)})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (j *Job) UnmarshalJSON(b []byte) error {
	type plain Job
	var v struct {
		plain
		Reward string `json:"reward"`
		Fee    string `json:"fee"`
		Stake  string `json:"stake"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*j = Job(v.plain)
	for _, a := range []struct {
		dst **big.Int
		s   string
	}{{&j.Reward, v.Reward}, {&j.Fee, v.Fee}, {&j.Stake, v.Stake}} {
		n, ok := new(big.Int).SetString(a.s, 10)
		if !ok {
			return fmt.Errorf("index: job amount %q is not a decimal number", a.s)
		}
		*a.dst = n
	}
	return nil
}

func amountString(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return v.String()
}

// Order sorts a job listing.
type Order string

// The orders of JobQuery.
const (
	// NewestFirst lists the highest job ids first (the default).
	NewestFirst Order = "newest"
	// OldestFirst lists the lowest job ids first.
	OldestFirst Order = "oldest"
	// HighestReward lists the largest rewards first, then the newest.
	HighestReward Order = "reward"
)

// JobQuery selects a page of jobs. Filters combine with AND; zero values
// do not filter.
type JobQuery struct {
	// States keeps jobs in one of these states.
	States []escrow.State
	// Employer, Agent and Token keep jobs with this employer, agent or
	// escrow token.
	Employer, Agent, Token common.Address
	// Category keeps jobs whose spec has this category (any case).
	Category string
	// MinReward and MaxReward bound the reward, inclusive.
	MinReward, MaxReward *big.Int
	// CreatedAfter and CreatedBefore bound when the job was posted:
	// CreatedAfter <= created < CreatedBefore.
	CreatedAfter, CreatedBefore time.Time
	// Order sorts the jobs; empty means NewestFirst.
	Order Order
	// Limit is the page size: 0 means 50, at most 1,000.
	Limit int
	// PageToken continues a listing: pass the NextPageToken of the
	// previous page, with the same filters and order. Pages are keyset
	// pages: jobs that change meanwhile are neither skipped nor repeated
	// for the keys that do not change (id, reward).
	PageToken string
}

// JobPage is one page of a listing.
type JobPage struct {
	// Jobs are the page's jobs, in the query's order.
	Jobs []Job `json:"jobs"`
	// NextPageToken continues the listing; empty on the last page.
	NextPageToken string `json:"nextPageToken,omitempty"`
}

// Page sizes of JobQuery.Limit.
const (
	DefaultLimit = 50
	MaxLimit     = 1000
)

const jobColumns = `id, state, success, employer, agent, token, reward, fee, stake, spec_hash, uri, result_hash, result_uri, category, title, created_block, created_at, updated_block, updated_at`

// pageKey is what a page token encodes: the sort key of the last job.
type pageKey struct {
	Order  Order  `json:"o"`
	ID     int64  `json:"i"`
	Reward string `json:"r,omitempty"`
}

// Jobs returns a page of the jobs q selects. Every filter and order is
// served by an index of the jobs table, and pages are keyset pages (no
// OFFSET), so any page costs the same.
func (d *DB) Jobs(ctx context.Context, q JobQuery) (*JobPage, error) {
	if d == nil || d.db == nil {
		return nil, input.Unbuilt("index.DB", "index.Open")
	}
	var errs input.Errors
	where, args := jobFilter(q, &errs)
	order := q.Order
	if order == "" {
		order = NewestFirst
	}
	limit := q.Limit
	switch {
	case limit < 0 || limit > MaxLimit:
		errs.Add("index.JobQuery.Limit", fmt.Sprintf("is %d", limit), fmt.Sprintf("use 0 for %d or at most %d", DefaultLimit, MaxLimit))
	case limit == 0:
		limit = DefaultLimit
	}
	orderBy, ok := map[Order]string{NewestFirst: "id DESC", OldestFirst: "id ASC", HighestReward: "reward DESC, id DESC"}[order]
	if !ok {
		errs.Add("index.JobQuery.Order", fmt.Sprintf("is %q", order), `use "newest", "oldest" or "reward"`)
	} else if q.PageToken != "" {
		k, err := decodePageKey(q.PageToken, order)
		if err != nil {
			errs = append(errs, err)
		}
		switch order {
		case NewestFirst:
			where, args = append(where, "id < ?"), append(args, k.ID)
		case OldestFirst:
			where, args = append(where, "id > ?"), append(args, k.ID)
		case HighestReward:
			// A row value, which both databases seek to in an index on
			// (..., reward, id); the equivalent OR is a filter, which
			// makes page n cost n pages.
			where, args = append(where, "(reward, id) < (?, ?)"), append(args, k.Reward, k.ID)
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	query, args := listing(states(q.States), where, args, orderBy, limit+1)
	rows, err := d.db.QueryContext(ctx, d.dialect.rebind(query), args...)
	if err != nil {
		return nil, d.connErr(err)
	}
	defer rows.Close()
	page := &JobPage{Jobs: make([]Job, 0, limit)}
	var more bool
	for rows.Next() {
		if len(page.Jobs) == limit {
			more = true
			break
		}
		j, err := scanJob(rows)
		if err != nil {
			return nil, err
		}
		page.Jobs = append(page.Jobs, j)
	}
	if err := rows.Err(); err != nil {
		return nil, d.connErr(err)
	}
	if more {
		last := page.Jobs[len(page.Jobs)-1]
		k := pageKey{Order: order, ID: last.ID.Int64()}
		if order == HighestReward {
			k.Reward = amountText(last.Reward).(string)
		}
		b, _ := json.Marshal(k)
		page.NextPageToken = base64.RawURLEncoding.EncodeToString(b)
	}
	return page, nil
}

// states returns the distinct states of ss, in order.
func states(ss []escrow.State) []escrow.State {
	var out []escrow.State
	for _, s := range ss {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// listing builds the query of a page. With several states it reads each
// state's first page from its own index range and merges them (UNION
// ALL), instead of one range over the states that a planner answers
// with a sort of every matching row.
func listing(ss []escrow.State, where []string, args []any, orderBy string, n int) (string, []any) {
	one := func(state *escrow.State) (string, []any) {
		w, a := where, args
		if state != nil {
			w, a = append([]string{"state = ?"}, where...), append([]any{int(*state)}, args...)
		}
		q := `SELECT ` + jobColumns + ` FROM jobs`
		if len(w) > 0 {
			q += ` WHERE ` + strings.Join(w, " AND ")
		}
		return q + ` ORDER BY ` + orderBy + ` LIMIT ?`, append(a, n)
	}
	switch len(ss) {
	case 0:
		return one(nil)
	case 1:
		return one(&ss[0])
	}
	var parts []string
	var all []any
	for i := range ss {
		q, a := one(&ss[i])
		parts = append(parts, fmt.Sprintf(`SELECT * FROM (%s) AS s%d`, q, i))
		all = append(all, a...)
	}
	return strings.Join(parts, ` UNION ALL `) + ` ORDER BY ` + orderBy + ` LIMIT ?`, append(all, n)
}

func decodePageKey(tok string, order Order) (pageKey, *input.Error) {
	bad := func(problem string) *input.Error {
		return input.New("index.JobQuery.PageToken", problem, "pass the NextPageToken of the previous page unchanged, with the same Order")
	}
	b, err := base64.RawURLEncoding.DecodeString(tok)
	if err != nil {
		return pageKey{}, bad("is not a page token")
	}
	var k pageKey
	if err := json.Unmarshal(b, &k); err != nil {
		return pageKey{}, bad("is not a page token")
	}
	if k.Order != order {
		return pageKey{}, bad(fmt.Sprintf("continues a listing in order %q, not %q", k.Order, order))
	}
	if order == HighestReward && (len(k.Reward) != 78 || strings.Trim(k.Reward, "0123456789") != "") {
		return pageKey{}, bad("is not a page token")
	}
	return k, nil
}

// jobFilter turns q's filters into WHERE terms; bad filters go to errs.
func jobFilter(q JobQuery, errs *input.Errors) ([]string, []any) {
	var where []string
	var args []any
	for _, s := range q.States {
		if s == escrow.StateNone || s > escrow.StateCancelled {
			errs.Add("index.JobQuery.States", fmt.Sprintf("holds %v", s), "use the job states from Created to Cancelled (escrow.StateCreated...)")
		}
	}
	for _, f := range []struct {
		col string
		a   common.Address
	}{{"employer", q.Employer}, {"agent", q.Agent}, {"token", q.Token}} {
		if f.a != (common.Address{}) {
			where, args = append(where, f.col+" = ?"), append(args, addrText(&f.a))
		}
	}
	if c := strings.ToLower(strings.TrimSpace(q.Category)); c != "" {
		where, args = append(where, "category = ?"), append(args, c)
	}
	for _, r := range []struct {
		field, op string
		v         *big.Int
	}{{"MinReward", ">=", q.MinReward}, {"MaxReward", "<=", q.MaxReward}} {
		if r.v == nil {
			continue
		}
		if r.v.Sign() < 0 || r.v.BitLen() > 256 {
			errs.Add("index.JobQuery."+r.field, fmt.Sprintf("is %v", r.v), "use an amount from 0 to 2^256-1 in the token's smallest unit")
			continue
		}
		where, args = append(where, "reward "+r.op+" ?"), append(args, amountText(r.v))
	}
	if !q.CreatedAfter.IsZero() {
		where, args = append(where, "created_at >= ?"), append(args, q.CreatedAfter.Unix())
	}
	if !q.CreatedBefore.IsZero() {
		where, args = append(where, "created_at < ?"), append(args, q.CreatedBefore.Unix())
	}
	return where, args
}

func scanJob(rows scanner) (Job, error) {
	var j Job
	var id, createdBlock, createdAt, updatedBlock, updatedAt int64
	var state int
	var success sql.NullInt64
	var employer, token, reward, fee, stake, uri string
	var agent, resultURI, category, title sql.NullString
	var specHash, resultHash []byte
	if err := rows.Scan(&id, &state, &success, &employer, &agent, &token, &reward, &fee, &stake, &specHash, &uri, &resultHash, &resultURI, &category, &title,
		&createdBlock, &createdAt, &updatedBlock, &updatedAt); err != nil {
		return j, fmt.Errorf("index: read job: %w", err)
	}
	j.ID, j.State = big.NewInt(id), escrow.State(state)
	if success.Valid {
		b := success.Int64 == 1
		j.Success = &b
	}
	j.Employer, j.Agent, j.Token = common.HexToAddress(employer), common.HexToAddress(agent.String), common.HexToAddress(token)
	j.Reward, j.Fee, j.Stake = parseAmount(reward), parseAmount(fee), parseAmount(stake)
	j.SpecHash, j.URI, j.ResultHash, j.ResultURI = common.BytesToHash(specHash), uri, common.BytesToHash(resultHash), resultURI.String
	j.Category, j.Title = category.String, title.String
	j.CreatedBlock, j.CreatedAt = uint64(createdBlock), time.Unix(createdAt, 0).UTC()
	j.UpdatedBlock, j.UpdatedAt = uint64(updatedBlock), time.Unix(updatedAt, 0).UTC()
	return j, nil
}

// Job returns one job; ErrNotFound when the index does not hold it (yet).
func (d *DB) Job(ctx context.Context, id *big.Int) (*Job, error) {
	if d == nil || d.db == nil {
		return nil, input.Unbuilt("index.DB", "index.Open")
	}
	if id == nil || id.Sign() < 0 || !id.IsInt64() {
		return nil, input.New("index.Job.id", fmt.Sprintf("is %v", id), "pass a job id from JobCreated")
	}
	row := d.db.QueryRowContext(ctx, d.dialect.rebind(`SELECT `+jobColumns+` FROM jobs WHERE id = ?`), id.Int64())
	j, err := scanJob(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: job %v", ErrNotFound, id)
	}
	if err != nil {
		return nil, err
	}
	return &j, nil
}

// Event is one indexed event.
type Event struct {
	// Block, LogIndex, TxHash and Time place the event on the chain.
	Block    uint64      `json:"block"`
	LogIndex uint        `json:"logIndex"`
	TxHash   common.Hash `json:"txHash"`
	Time     time.Time   `json:"time"`
	// Address is the emitting contract; Contract its module name
	// ("JobRegistry"...; "Token" for a payout transfer) and Name the
	// event's ABI name.
	Address  common.Address `json:"address"`
	Contract string         `json:"contract"`
	Name     string         `json:"name"`
	// Kind groups the event (KindJob, KindParam...).
	Kind string `json:"kind"`
	// JobID is the job the event concerns: its own jobId, or for a payout
	// the job its transaction settled; nil otherwise.
	JobID *big.Int `json:"jobId,omitempty"`
	// Fields are the event's arguments by ABI name, as text: addresses
	// checksummed, hashes in hex, numbers in decimal, lists comma-separated.
	Fields map[string]string `json:"fields"`
}

// event decodes a stored event for display.
func (d *DB) event(e storedEvent) (Event, error) {
	ev := Event{Block: uint64(e.block), LogIndex: uint(e.logIndex), TxHash: common.BytesToHash(e.txHash), Time: time.Unix(int64(e.time), 0).UTC(),
		Address: common.HexToAddress(e.address), Contract: e.contract, Name: e.name, Kind: e.kind, Fields: map[string]string{}}
	if e.jobID.Valid {
		ev.JobID = big.NewInt(e.jobID.Int64)
	}
	src := sourceABIs[e.contract]
	if src == nil || e.name == "unknown" {
		return ev, nil
	}
	abiEv, ok := src[e.name]
	if !ok {
		return ev, nil
	}
	fields := map[string]any{}
	if err := unpack(abiEv, e.log(), fields); err != nil {
		return ev, fmt.Errorf("index: decode %s.%s at block %d: %w", e.contract, e.name, e.block, err)
	}
	for k, v := range fields {
		ev.Fields[k] = format(v)
	}
	return ev, nil
}

// events runs a query of eventColumns and decodes its rows.
func (d *DB) events(ctx context.Context, query string, args ...any) ([]Event, error) {
	rows, err := d.db.QueryContext(ctx, d.dialect.rebind(query), args...)
	if err != nil {
		return nil, d.connErr(err)
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, err
		}
		ev, err := d.event(e)
		if err != nil {
			return nil, err
		}
		out = append(out, ev)
	}
	return out, d.connErr(rows.Err())
}

// Timeline returns every event of job id in chain order: its lifecycle,
// its committee's votes and penalties, and the payouts of the
// transaction that settled it. A job the index does not hold (yet) is
// ErrNotFound.
func (d *DB) Timeline(ctx context.Context, id *big.Int) ([]Event, error) {
	if d == nil || d.db == nil {
		return nil, input.Unbuilt("index.DB", "index.Open")
	}
	if id == nil || id.Sign() < 0 || !id.IsInt64() {
		return nil, input.New("index.Timeline.id", fmt.Sprintf("is %v", id), "pass a job id from JobCreated")
	}
	evs, err := d.events(ctx, `SELECT `+eventColumns+` FROM events WHERE job_id = ? ORDER BY block, log_index`, id.Int64())
	if err != nil || len(evs) > 0 {
		return evs, err
	}
	return nil, fmt.Errorf("%w: job %v", ErrNotFound, id)
}

// HistoryQuery pages through an account's history.
type HistoryQuery struct {
	// After continues after this event (the last one of the previous
	// page); nil starts at the beginning.
	After *Event
	// Limit is the page size: 0 means 50, at most 1,000.
	Limit int
}

// validatorEvents are the events of a validator's history.
var validatorEvents = []string{"ValidatorsSelected", "ValidationCommitted", "ValidationRevealed", "ValidatorPenalized", "StakeSlashed", "StakeDeposited", "StakeWithdrawn", "Transfer", "PaymentDeferred"}

// ValidatorHistory returns a page of validator v's history in chain
// order: the committees it was drawn into, its commits and reveals (with
// its vote in Fields["approve"]), its penalties and slashes, its stake
// moves, and the rewards paid to it (payouts of the jobs it validated).
func (d *DB) ValidatorHistory(ctx context.Context, v common.Address, q HistoryQuery) ([]Event, error) {
	if v == (common.Address{}) {
		return nil, input.New("index.ValidatorHistory.v", "is the zero address", "pass the validator's account")
	}
	limit, err := historyLimit(q.Limit)
	if err != nil {
		return nil, err
	}
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(validatorEvents)), ", ")
	args := []any{addrText(&v)}
	for _, n := range validatorEvents {
		args = append(args, n)
	}
	query := `SELECT ` + prefixed("e.", eventColumns) + ` FROM event_accounts a JOIN events e ON e.block = a.block AND e.log_index = a.log_index
		WHERE a.account = ? AND e.name IN (` + marks + `)`
	if q.After != nil {
		query += ` AND (a.block > ? OR (a.block = ? AND a.log_index > ?))`
		args = append(args, int64Of(q.After.Block), int64Of(q.After.Block), int64Of(uint64(q.After.LogIndex)))
	}
	// A transfer names the StakeManager too: only those paid to v count.
	query += ` AND (e.kind <> 'payout' OR e.account = a.account) ORDER BY a.block, a.log_index LIMIT ?`
	args = append(args, limit)
	return d.events(ctx, query, args...)
}

func historyLimit(n int) (int, error) {
	switch {
	case n < 0 || n > MaxLimit:
		return 0, input.New("index.HistoryQuery.Limit", fmt.Sprintf("is %d", n), fmt.Sprintf("use 0 for %d or at most %d", DefaultLimit, MaxLimit))
	case n == 0:
		return DefaultLimit, nil
	}
	return n, nil
}

func prefixed(p, cols string) string {
	parts := strings.Split(cols, ", ")
	for i := range parts {
		parts[i] = p + parts[i]
	}
	return strings.Join(parts, ", ")
}

// AgentStats sums up one agent's record.
type AgentStats struct {
	// Agent is the account.
	Agent common.Address `json:"agent"`
	// Assigned counts the jobs it took; InProgress those not yet
	// finalized or cancelled; Completed those finalized with success;
	// Failed those finalized without (rejected, lost dispute, timed out).
	Assigned   int64 `json:"assigned"`
	InProgress int64 `json:"inProgress"`
	Completed  int64 `json:"completed"`
	Failed     int64 `json:"failed"`
	// Earned is what the StakeManager paid it for its jobs, per token.
	Earned map[common.Address]*big.Int `json:"earned"`
	// Reputation is its latest reputation score (nil before any).
	Reputation *big.Int `json:"reputation"`
}

// AgentStats returns agent a's record.
func (d *DB) AgentStats(ctx context.Context, a common.Address) (*AgentStats, error) {
	if a == (common.Address{}) {
		return nil, input.New("index.AgentStats.a", "is the zero address", "pass the agent's account")
	}
	st := &AgentStats{Agent: a, Earned: map[common.Address]*big.Int{}}
	at := addrText(&a)
	err := d.db.QueryRowContext(ctx, d.dialect.rebind(`SELECT COUNT(*),
		COALESCE(SUM(CASE WHEN state IN (?, ?, ?, ?) THEN 1 ELSE 0 END), 0),
		COALESCE(SUM(CASE WHEN state = ? AND success = 1 THEN 1 ELSE 0 END), 0),
		COALESCE(SUM(CASE WHEN state = ? AND (success = 0 OR success IS NULL) THEN 1 ELSE 0 END), 0)
		FROM jobs WHERE agent = ?`),
		int(escrow.StateApplied), int(escrow.StateSubmitted), int(escrow.StateCompleted), int(escrow.StateDisputed),
		int(escrow.StateFinalized), int(escrow.StateFinalized), at).Scan(&st.Assigned, &st.InProgress, &st.Completed, &st.Failed)
	if err != nil {
		return nil, d.connErr(err)
	}
	rows, err := d.db.QueryContext(ctx, d.dialect.rebind(`SELECT e.token, e.amount FROM events e JOIN jobs j ON j.id = e.job_id
		WHERE e.account = ? AND j.agent = ? AND (e.kind = 'payout' OR e.name = 'PaymentDeferred')`), at, at)
	if err != nil {
		return nil, d.connErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		var token, amount string
		if err := rows.Scan(&token, &amount); err != nil {
			return nil, d.connErr(err)
		}
		t := common.HexToAddress(token)
		if st.Earned[t] == nil {
			st.Earned[t] = new(big.Int)
		}
		st.Earned[t].Add(st.Earned[t], parseAmount(amount))
	}
	if err := rows.Err(); err != nil {
		return nil, d.connErr(err)
	}
	var data []byte
	err = d.db.QueryRowContext(ctx, d.dialect.rebind(`SELECT data FROM events WHERE kind = 'reputation' AND account = ? ORDER BY block DESC, log_index DESC LIMIT 1`), at).Scan(&data)
	switch {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return nil, d.connErr(err)
	case len(data) == 64: // (int256 delta, uint256 score)
		st.Reputation = new(big.Int).SetBytes(data[32:])
	}
	return st, nil
}

// Period is the bucket of FeeTotals.
type Period string

// The periods of FeeQuery.
const (
	Day   Period = "day"
	Month Period = "month"
	All   Period = "all"
)

// FeeQuery selects fee totals.
type FeeQuery struct {
	// Token keeps one token; zero means every token.
	Token common.Address
	// From and To bound the time: From <= t < To; zero means unbounded.
	From, To time.Time
	// Period buckets the totals by UTC day or month; empty means All (one
	// bucket per token).
	Period Period
}

// FeeTotal is what the FeePool received and burned of one token in one
// period.
type FeeTotal struct {
	// Token is the fee token; Start is the period's first instant (zero
	// for All).
	Token common.Address `json:"token"`
	Start time.Time      `json:"start"`
	// Fees is what was distributed (burned part included); Burned what
	// was burned, at distribution and by explicit burns.
	Fees   *big.Int `json:"fees"`
	Burned *big.Int `json:"burned"`
}

// FeeTotals returns the fee and burn totals per token and period, ordered
// by token and start.
func (d *DB) FeeTotals(ctx context.Context, q FeeQuery) ([]FeeTotal, error) {
	if d == nil || d.db == nil {
		return nil, input.Unbuilt("index.DB", "index.Open")
	}
	if q.Period == "" {
		q.Period = All
	}
	if q.Period != Day && q.Period != Month && q.Period != All {
		return nil, input.New("index.FeeQuery.Period", fmt.Sprintf("is %q", q.Period), `use "day", "month" or "all"`)
	}
	query := `SELECT token, name, time, data FROM events WHERE kind = 'fee' AND name IN ('FeesDistributed', 'FeesBurned')`
	var args []any
	if q.Token != (common.Address{}) {
		query, args = query+` AND token = ?`, append(args, addrText(&q.Token))
	}
	if !q.From.IsZero() {
		query, args = query+` AND time >= ?`, append(args, q.From.Unix())
	}
	if !q.To.IsZero() {
		query, args = query+` AND time < ?`, append(args, q.To.Unix())
	}
	rows, err := d.db.QueryContext(ctx, d.dialect.rebind(query+` ORDER BY block, log_index`), args...)
	if err != nil {
		return nil, d.connErr(err)
	}
	defer rows.Close()
	type key struct {
		token common.Address
		start int64
	}
	totals := map[key]*FeeTotal{}
	var keys []key
	for rows.Next() {
		var token, name string
		var t int64
		var data []byte
		if err := rows.Scan(&token, &name, &t, &data); err != nil {
			return nil, d.connErr(err)
		}
		k := key{common.HexToAddress(token), bucket(time.Unix(t, 0).UTC(), q.Period)}
		ft := totals[k]
		if ft == nil {
			ft = &FeeTotal{Token: k.token, Fees: new(big.Int), Burned: new(big.Int)}
			if q.Period != All {
				ft.Start = time.Unix(k.start, 0).UTC()
			}
			totals[k] = ft
			keys = append(keys, k)
		}
		switch {
		case name == "FeesDistributed" && len(data) == 64: // (amount, burned)
			ft.Fees.Add(ft.Fees, new(big.Int).SetBytes(data[:32]))
			ft.Burned.Add(ft.Burned, new(big.Int).SetBytes(data[32:]))
		case name == "FeesBurned" && len(data) == 32: // (amount)
			ft.Burned.Add(ft.Burned, new(big.Int).SetBytes(data))
		}
	}
	if err := rows.Err(); err != nil {
		return nil, d.connErr(err)
	}
	out := make([]FeeTotal, 0, len(keys))
	for _, k := range keys {
		out = append(out, *totals[k])
	}
	slices.SortFunc(out, compareTotals)
	return out, nil
}

func bucket(t time.Time, p Period) int64 {
	switch p {
	case Day:
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC).Unix()
	case Month:
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC).Unix()
	}
	return 0
}

func compareTotals(a, b FeeTotal) int {
	if c := a.Token.Cmp(b.Token); c != 0 {
		return c
	}
	return a.Start.Compare(b.Start)
}

// Param is the value of one governed parameter as of a block.
type Param struct {
	// Contract and Name identify the event that set it
	// ("JobRegistry", "FeePctUpdated"); Key tells apart the parameters
	// one event sets per account or token (TokenAllowed's token...),
	// empty otherwise.
	Contract string `json:"contract"`
	Name     string `json:"name"`
	Key      string `json:"key,omitempty"`
	// Value are the event's other arguments, as Event.Fields.
	Value map[string]string `json:"value"`
	// Block and TxHash are where it was set.
	Block  uint64      `json:"block"`
	TxHash common.Hash `json:"txHash"`
}

// Params returns the protocol's parameters as of block (0 means the
// newest block indexed): for each parameter the last governance event at
// or before it. Paused and Unpaused are one parameter "Paused" with
// Value["paused"].
func (d *DB) Params(ctx context.Context, block uint64) ([]Param, error) {
	if d == nil || d.db == nil {
		return nil, input.Unbuilt("index.DB", "index.Open")
	}
	query, args := `SELECT `+eventColumns+` FROM events WHERE kind = 'param'`, []any{}
	if block != 0 {
		query, args = query+` AND block <= ?`, append(args, int64Of(block))
	}
	evs, err := d.events(ctx, query+` ORDER BY block, log_index`, args...)
	if err != nil {
		return nil, err
	}
	latest := map[string]int{}
	var out []Param
	for _, ev := range evs {
		p := Param{Contract: ev.Contract, Name: ev.Name, Value: ev.Fields, Block: ev.Block, TxHash: ev.TxHash}
		switch ev.Name {
		case "Paused", "Unpaused":
			p.Name, p.Value = "Paused", map[string]string{"paused": fmt.Sprint(ev.Name == "Paused"), "account": ev.Fields["account"]}
		default:
			// The first indexed argument keys per-account parameters.
			for _, k := range []string{"token", "account", "user", "agent", "validator", "moderator", "attestor", "caller"} {
				if v, ok := ev.Fields[k]; ok {
					p.Key = v
					break
				}
			}
		}
		id := p.Contract + "." + p.Name + "." + p.Key
		if i, ok := latest[id]; ok {
			out[i] = p
			continue
		}
		latest[id] = len(out)
		out = append(out, p)
	}
	return out, nil
}

// Status is how far the index has come.
type Status struct {
	// Block is the last block indexed and Hash its hash; zero before the
	// first batch.
	Block uint64      `json:"block"`
	Hash  common.Hash `json:"hash"`
	// Events and Jobs count the rows indexed.
	Events int64 `json:"events"`
	Jobs   int64 `json:"jobs"`
}

// Status returns where indexing stands.
func (d *DB) Status(ctx context.Context) (Status, error) {
	if d == nil || d.db == nil {
		return Status{}, input.Unbuilt("index.DB", "index.Open")
	}
	var s Status
	c, err := readCursor(ctx, d.db, d.dialect)
	if err != nil {
		return s, err
	}
	s.Block, s.Hash = c.block, c.hash
	if err := d.db.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM jobs)`).Scan(&s.Events, &s.Jobs); err != nil {
		return s, d.connErr(err)
	}
	return s, nil
}

// WaitForBlock waits until the index holds block n (so that a program can
// read what it just sent), polling every 100 ms at most, for at most maxWait; it
// fails with an error matching wait.ErrTimeout.
func (d *DB) WaitForBlock(ctx context.Context, n uint64, maxWait time.Duration) (Status, error) {
	return wait.Until(ctx, maxWait, wait.Backoff{MinDelay: 20 * time.Millisecond, MaxDelay: 100 * time.Millisecond},
		fmt.Sprintf("the index to reach block %d", n), func(ctx context.Context) (Status, bool, error) {
			s, err := d.Status(ctx)
			return s, err == nil && s.Block >= n, err
		})
}
