package index

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	_ "modernc.org/sqlite"             // registers the "sqlite" driver

	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/redact"
)

//go:embed migrations/*.sql
var migrations embed.FS

// dialect is what differs between SQLite and PostgreSQL: the driver,
// placeholders, column types and the writer lock.
type dialect struct {
	name      string // "sqlite" or "postgres"
	driver    string
	blob      string
	key       string
	numbered  bool   // $1, $2 placeholders instead of ?
	clustered string // the table option that makes the primary key the table
}

var (
	sqliteDialect   = dialect{name: "sqlite", driver: "sqlite", blob: "BLOB", key: "TEXT", clustered: "WITHOUT ROWID"}
	postgresDialect = dialect{name: "postgres", driver: "pgx", blob: "BYTEA", key: `TEXT COLLATE "C"`, numbered: true}
)

// rebind rewrites the ? placeholders of q as $1, $2... for PostgreSQL, so
// that every query is written once.
func (d dialect) rebind(q string) string {
	if !d.numbered {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// DB is an index database, open for reading; an Indexer writes into it.
// Any number of DBs (in any number of processes) may read one database
// while one Indexer writes. A DB is safe for concurrent use.
type DB struct {
	db      *sql.DB
	dialect dialect
	// path is the SQLite file ("" in memory or on PostgreSQL): the writer
	// lock is a file beside it.
	path string
}

// Open opens the index database named by dsn and applies the schema
// migrations it lacks. dsn is either a PostgreSQL URL
// ("postgres://user@host:5432/db?sslmode=disable", served by pgx) or an
// SQLite file path ("jobs.db", or a "file:" URI; ":memory:" keeps the
// index in this process only). SQLite runs in WAL mode so that readers do
// not wait for the writer.
func Open(ctx context.Context, dsn string) (*DB, error) {
	if strings.TrimSpace(dsn) == "" {
		return nil, input.New("index.Open.dsn", "is empty", `pass a PostgreSQL URL ("postgres://...") or an SQLite file path ("jobs.db")`)
	}
	d, err := open(dsn)
	if err != nil {
		return nil, err
	}
	if err := d.migrate(ctx); err != nil {
		d.db.Close()
		return nil, err
	}
	return d, nil
}

func open(dsn string) (*DB, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		if _, err := url.Parse(dsn); err != nil {
			return nil, &input.Error{Field: "index.Open.dsn", Problem: "is not a valid PostgreSQL URL", Fix: `use "postgres://user@host:5432/dbname?sslmode=disable"`, Err: redact.Error(err)}
		}
		db, err := sql.Open(postgresDialect.driver, dsn)
		if err != nil {
			return nil, fmt.Errorf("index: open PostgreSQL: %w", err)
		}
		db.SetMaxOpenConns(16)
		db.SetMaxIdleConns(8)
		return &DB{db: db, dialect: postgresDialect}, nil
	}
	memory := dsn == ":memory:"
	file := strings.TrimPrefix(dsn, "file:")
	if i := strings.IndexByte(file, '?'); i >= 0 {
		file = file[:i]
	}
	var pragmas []string
	for _, p := range []string{"busy_timeout(10000)", "foreign_keys(ON)"} {
		pragmas = append(pragmas, "_pragma="+url.QueryEscape(p))
	}
	if !memory {
		pragmas = append(pragmas, "_pragma="+url.QueryEscape("journal_mode(WAL)"), "_pragma="+url.QueryEscape("synchronous(NORMAL)"))
	}
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	full := dsn + sep + strings.Join(pragmas, "&") + "&_txlock=immediate"
	if !strings.HasPrefix(full, "file:") {
		full = "file:" + full
	}
	db, err := sql.Open(sqliteDialect.driver, full)
	if err != nil {
		return nil, fmt.Errorf("index: open SQLite %s: %w", dsn, err)
	}
	if memory {
		// Each connection to ":memory:" is a database of its own: one
		// connection keeps them one.
		db.SetMaxOpenConns(1)
		file = ""
	} else {
		db.SetMaxOpenConns(8)
	}
	return &DB{db: db, dialect: sqliteDialect, path: file}, nil
}

// Close closes the database.
func (d *DB) Close() error {
	if d == nil || d.db == nil {
		return nil
	}
	return d.db.Close()
}

// SQL returns the underlying database, for queries this package does not
// offer. Treat its tables as read-only: the Indexer owns them.
func (d *DB) SQL() *sql.DB {
	if d == nil || d.db == nil {
		return nil
	}
	return d.db
}

// Dialect is "sqlite" or "postgres".
func (d *DB) Dialect() string {
	if d == nil || d.db == nil {
		return ""
	}
	return d.dialect.name
}

type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations reads the embedded migrations, numbered by the digits
// that start their names, in order.
func loadMigrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrations, "migrations")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range entries {
		n, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(n)
		if !ok || err != nil {
			return nil, fmt.Errorf("index: migration %s: name must start with its number", e.Name())
		}
		b, err := migrations.ReadFile(path.Join("migrations", e.Name()))
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: e.Name(), sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	return ms, nil
}

// migrate applies the migrations the database lacks, each in a transaction
// of its own. Concurrent openers are serialised: by an advisory lock on
// PostgreSQL, by SQLite's write lock (BEGIN IMMEDIATE) otherwise.
func (d *DB) migrate(ctx context.Context) error {
	ms, err := loadMigrations()
	if err != nil {
		return err
	}
	conn, err := d.db.Conn(ctx)
	if err != nil {
		return d.connErr(err)
	}
	defer conn.Close()
	if d.dialect.name == "postgres" {
		if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, migrateLockKey); err != nil {
			return d.connErr(err)
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, migrateLockKey) //nolint:errcheck // the session ends with Close anyway
	}
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)`); err != nil {
		return d.connErr(err)
	}
	for _, m := range ms {
		if err := d.apply(ctx, conn, m); err != nil {
			return err
		}
	}
	return nil
}

// apply runs migration m unless the database has it.
func (d *DB) apply(ctx context.Context, conn *sql.Conn, m migration) error {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return d.connErr(err)
	}
	defer tx.Rollback() //nolint:errcheck // after Commit it is a no-op
	var n int
	if err := tx.QueryRowContext(ctx, d.dialect.rebind(`SELECT COUNT(*) FROM schema_migrations WHERE version = ?`), m.version).Scan(&n); err != nil {
		return fmt.Errorf("index: read schema version: %w", err)
	}
	if n > 0 {
		return nil
	}
	text := strings.NewReplacer("{{BLOB}}", d.dialect.blob, "{{KEY}}", d.dialect.key, "{{CLUSTERED}}", d.dialect.clustered).Replace(m.sql)
	for _, stmt := range statements(text) {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("index: migration %s: %w", m.name, err)
		}
	}
	if _, err := tx.ExecContext(ctx, d.dialect.rebind(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`), m.version, m.name, time.Now().Unix()); err != nil {
		return fmt.Errorf("index: record migration %s: %w", m.name, err)
	}
	return tx.Commit()
}

// statements splits a migration into its statements, dropping comments.
func statements(text string) []string {
	var b strings.Builder
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "--") {
			continue
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	var out []string
	for _, s := range strings.Split(b.String(), ";") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// Advisory lock keys on PostgreSQL: one for migrations, one for the writer.
const (
	migrateLockKey = int64(0x6167696a6f627301) // "agijobs" 01
	writerLockKey  = int64(0x6167696a6f627302)
)

// connErr names the database in a connection failure.
func (d *DB) connErr(err error) error {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	// A driver may quote the DSN, password included.
	return fmt.Errorf("index: %s database: %w", d.dialect.name, redact.Error(err))
}

// meta reads one meta value; ok is false when it is not set.
func meta(ctx context.Context, q querier, d dialect, key string) (string, bool, error) {
	var v string
	err := q.QueryRowContext(ctx, d.rebind(`SELECT value FROM meta WHERE key = ?`), key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("index: read %s: %w", key, err)
	}
	return v, true, nil
}

// setMeta writes one meta value.
func setMeta(ctx context.Context, q querier, d dialect, key, value string) error {
	_, err := q.ExecContext(ctx, d.rebind(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`), key, value)
	if err != nil {
		return fmt.Errorf("index: write %s: %w", key, err)
	}
	return nil
}

// querier is what *sql.DB, *sql.Conn and *sql.Tx share.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}
