package testenv

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	// The stdlib package registers the "pgx" driver with database/sql.
	_ "github.com/jackc/pgx/v5/stdlib"
)

// PostgresBinEnv names a directory holding the PostgreSQL server binaries
// (initdb, postgres); when set it wins over every other place.
const PostgresBinEnv = "AGIJOBS_PG_BIN"

// postgresSuperuser is the role initdb creates; trust authentication lets it
// connect over loopback without a password.
const postgresSuperuser = "test"

// postgresReadyTimeout bounds the wait for a fresh server to accept
// connections. It takes about a quarter of a second; the margin covers a
// loaded two-core CI machine.
const postgresReadyTimeout = 30 * time.Second

// Postgres is a throwaway PostgreSQL server started by StartPostgres. It lives
// as long as the test that started it; tests that share one server (subtests
// of that test) keep their data apart with NewDatabase.
type Postgres struct {
	// DSN connects to the database named postgres as the superuser "test"
	// over loopback TCP, with neither password nor TLS.
	DSN string
	// Port is the loopback TCP port the server listens on.
	Port string
	// Dir is the server's data directory.
	Dir string
	// SocketDir holds the server's Unix-domain socket, for clients that
	// prefer it to TCP (host=SocketDir in a libpq-style DSN).
	SocketDir string
	// LogFile receives the server's log; failures quote its tail.
	LogFile string
	// BinDir is the directory of the server binaries that were run.
	BinDir string

	cmd  *exec.Cmd
	done chan struct{}
	once sync.Once
	dbs  atomic.Uint64
}

// StartPostgres initialises a new cluster in a temporary directory and starts
// a PostgreSQL server on a free loopback port, ready for connections, and
// stops it and removes its files when the test ends. The server binaries are
// looked up in $AGIJOBS_PG_BIN, then the highest version under
// /usr/lib/postgresql/*/bin, then `pg_config --bindir`; when none has them the
// test fails under `make test` and is skipped otherwise.
//
// When the test runs as root the server runs as the postgres user, because
// initdb and postgres refuse to run as root. The server is killed if the test
// binary dies, so an interrupted run leaves no server behind.
func StartPostgres(t testing.TB) *Postgres {
	t.Helper()
	env := os.Getenv(PostgresBinEnv)
	if env != "" && !hasServerBinaries(env) {
		// As with Tool, a variable set to a wrong place is a mistake to fix,
		// not a missing tool to skip.
		t.Fatalf("%s=%s holds no initdb and postgres; unset it or point it at PostgreSQL's bin directory", PostgresBinEnv, env)
	}
	binDir, err := postgresBinDir(env, "/usr/lib/postgresql/*/bin", pgConfigBinDir)
	if err != nil {
		missingPostgres(t, err)
	}
	cred, err := postgresCredential()
	if err != nil {
		missingPostgres(t, err)
	}

	// The base directory comes from os.MkdirTemp rather than t.TempDir: when
	// the server runs as postgres every parent must be traversable by that
	// user, and t.TempDir nests under a root-only 0700 directory.
	base, err := os.MkdirTemp("", "agijobs-pg-")
	if err != nil {
		t.Fatalf("postgres: %v", err)
	}
	t.Cleanup(func() {
		if err := os.RemoveAll(base); err != nil {
			t.Errorf("postgres: remove %s: %v", base, err)
		}
	})
	if cred != nil {
		if err := os.Chown(base, int(cred.Uid), int(cred.Gid)); err != nil {
			t.Fatalf("postgres: %v", err)
		}
	}

	p := &Postgres{
		Dir:       filepath.Join(base, "data"),
		SocketDir: base,
		LogFile:   filepath.Join(base, "postgres.log"),
		BinDir:    binDir,
	}
	initdb := exec.Command(filepath.Join(binDir, "initdb"),
		"-D", p.Dir, "-A", "trust", "-U", postgresSuperuser, "--locale=C", "-E", "UTF8",
		// The cluster is discarded after the test, so flushing it to disk
		// buys nothing.
		"--no-sync")
	initdb.Dir = base
	initdb.SysProcAttr = &syscall.SysProcAttr{Credential: cred, Pdeathsig: syscall.SIGKILL}
	if out, err := initdb.CombinedOutput(); err != nil {
		t.Fatalf("postgres: initdb: %v\n%s", err, out)
	}

	// The free port is found by binding and releasing it, so another process
	// may take it before the server binds; a bind failure gets a new port.
	t.Cleanup(p.Stop)
	const attempts = 3
	for i := 1; ; i++ {
		err := p.start(cred)
		if err == nil {
			ctx, cancel := context.WithTimeout(context.Background(), postgresReadyTimeout)
			err = p.waitReady(ctx)
			cancel()
		}
		if err == nil {
			break
		}
		if i == attempts || !errors.Is(err, errAddrInUse) {
			t.Fatalf("postgres: %v\n%s tail:\n%s", err, p.LogFile, logTail(p.LogFile, 20))
		}
	}
	return p
}

var errAddrInUse = errors.New("port already in use")

// start launches postgres in the foreground on a fresh port, as a child that
// dies with the test binary.
func (p *Postgres) start(cred *syscall.Credential) error {
	port, err := freePort()
	if err != nil {
		return err
	}
	logf, err := os.Create(p.LogFile)
	if err != nil {
		return err
	}
	// The child holds its own copy of the descriptor.
	defer logf.Close()
	cmd := exec.Command(filepath.Join(p.BinDir, "postgres"),
		"-D", p.Dir, "-p", port, "-k", p.SocketDir,
		"-c", "listen_addresses=127.0.0.1",
		// Durability is worthless for a server whose data is deleted when
		// the test ends, and skipping the flushes makes every write and
		// CREATE DATABASE much faster.
		"-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
	cmd.Dir = p.SocketDir
	cmd.Stdout = logf
	cmd.Stderr = logf
	// Running postgres directly instead of through pg_ctl keeps it our child,
	// so the kernel kills it when the test binary dies.
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start %s: %w", cmd.Path, err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	p.cmd, p.done = cmd, done
	p.Port = port
	p.DSN = p.dsn("postgres")
	return nil
}

// waitReady polls until the server answers a query, or fails when it exits or
// ctx ends first.
func (p *Postgres) waitReady(ctx context.Context) error {
	db, err := sql.Open("pgx", p.DSN)
	if err != nil {
		return err
	}
	defer db.Close()
	var last error
	for {
		attempt, cancel := context.WithTimeout(ctx, time.Second)
		last = db.PingContext(attempt)
		cancel()
		if last == nil {
			return nil
		}
		select {
		case <-p.done:
			if strings.Contains(logTail(p.LogFile, 20), "Address already in use") {
				return fmt.Errorf("server exited: port %s: %w", p.Port, errAddrInUse)
			}
			return fmt.Errorf("server exited before accepting connections: %v", p.cmd.ProcessState)
		case <-ctx.Done():
			return fmt.Errorf("server not ready within %s: %w", postgresReadyTimeout, last)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// NewDatabase creates an empty database with a name unique on this server and
// returns its DSN, so that tests sharing one server do not see each other's
// data. The database is dropped when t ends, unless the server has stopped.
func (p *Postgres) NewDatabase(t testing.TB) string {
	t.Helper()
	name := fmt.Sprintf("t%d_%s", p.dbs.Add(1), identifierPart(t.Name()))
	// PostgreSQL truncates identifiers to 63 bytes; the counter prefix keeps
	// truncated names unique.
	name = name[:min(len(name), 63)]
	if err := p.exec(fmt.Sprintf("CREATE DATABASE %s", pgx.Identifier{name}.Sanitize())); err != nil {
		t.Fatalf("postgres: create database %s: %v", name, err)
	}
	t.Cleanup(func() {
		if p.stopped() {
			return
		}
		// FORCE ends sessions the test left open, which would block DROP.
		if err := p.exec(fmt.Sprintf("DROP DATABASE %s WITH (FORCE)", pgx.Identifier{name}.Sanitize())); err != nil {
			t.Errorf("postgres: drop database %s: %v", name, err)
		}
	})
	return p.dsn(name)
}

func (p *Postgres) exec(stmt string) error {
	db, err := sql.Open("pgx", p.DSN)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err = db.ExecContext(ctx, stmt)
	return err
}

func (p *Postgres) dsn(database string) string {
	u := url.URL{
		Scheme:   "postgres",
		User:     url.User(postgresSuperuser),
		Host:     net.JoinHostPort("127.0.0.1", p.Port),
		Path:     "/" + database,
		RawQuery: "sslmode=disable",
	}
	return u.String()
}

// Stop shuts the server down at once and waits for it to exit; it is safe to
// call twice. Data is not flushed: the server is never restarted.
func (p *Postgres) Stop() {
	p.once.Do(func() {
		if p.cmd == nil {
			return
		}
		// SIGQUIT is the immediate shutdown of `pg_ctl stop -m immediate`:
		// the postmaster kills its backends and exits without a checkpoint.
		_ = p.cmd.Process.Signal(syscall.SIGQUIT)
		select {
		case <-p.done:
		case <-time.After(10 * time.Second):
			_ = p.cmd.Process.Kill()
			<-p.done
		}
	})
}

func (p *Postgres) stopped() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

func (p *Postgres) String() string { return fmt.Sprintf("postgres(127.0.0.1:%s)", p.Port) }

// missingPostgres fails or skips the test, as Tool does for a missing binary.
func missingPostgres(t testing.TB, err error) {
	t.Helper()
	if Required() {
		t.Fatalf("PostgreSQL server: %v (set %s or run %q); it is required under make test", err, PostgresBinEnv, "make tools")
	}
	t.Skipf("PostgreSQL server: %v: run %q or set %s to run this integration test", err, "make tools", PostgresBinEnv)
}

// postgresBinDir returns the first directory holding both initdb and postgres:
// envDir when set (and then nothing else), else the highest-versioned match
// of pattern (Debian's /usr/lib/postgresql/VERSION/bin), else what pgConfig
// reports.
func postgresBinDir(envDir, pattern string, pgConfig func() (string, error)) (string, error) {
	if envDir != "" {
		if !hasServerBinaries(envDir) {
			return "", fmt.Errorf("%s=%s holds no initdb and postgres", PostgresBinEnv, envDir)
		}
		return envDir, nil
	}
	dirs, err := filepath.Glob(pattern)
	if err != nil {
		return "", err
	}
	slices.SortFunc(dirs, func(a, b string) int {
		// The version is the parent of bin; highest first.
		return compareVersions(filepath.Base(filepath.Dir(b)), filepath.Base(filepath.Dir(a)))
	})
	for _, d := range dirs {
		if hasServerBinaries(d) {
			return d, nil
		}
	}
	if d, err := pgConfig(); err == nil && hasServerBinaries(d) {
		return d, nil
	}
	return "", errors.New("initdb and postgres not found")
}

func pgConfigBinDir() (string, error) {
	out, err := exec.Command("pg_config", "--bindir").Output()
	if err != nil {
		return "", err
	}
	return string(bytes.TrimSpace(out)), nil
}

func hasServerBinaries(dir string) bool {
	for _, name := range []string{"initdb", "postgres"} {
		fi, err := os.Stat(filepath.Join(dir, name))
		if err != nil || fi.IsDir() || fi.Mode()&0o111 == 0 {
			return false
		}
	}
	return true
}

// compareVersions orders dotted numeric versions such as "9.6" and "15"
// numerically; a non-numeric part sorts before any number.
func compareVersions(a, b string) int {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := range max(len(as), len(bs)) {
		x, y := -1, -1
		if i < len(as) {
			if n, err := strconv.Atoi(as[i]); err == nil {
				x = n
			}
		}
		if i < len(bs) {
			if n, err := strconv.Atoi(bs[i]); err == nil {
				y = n
			}
		}
		if x != y {
			return x - y
		}
	}
	return 0
}

// postgresCredential returns the identity to run the server binaries as: nil
// (the test's own) normally, the postgres user when the test runs as root.
func postgresCredential() (*syscall.Credential, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return nil, fmt.Errorf("running as root and no postgres user to run the server as: %w", err)
	}
	uid, err := strconv.ParseUint(u.Uid, 10, 32)
	if err != nil {
		return nil, err
	}
	gid, err := strconv.ParseUint(u.Gid, 10, 32)
	if err != nil {
		return nil, err
	}
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
}

func freePort() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	_, port, err := net.SplitHostPort(l.Addr().String())
	return port, err
}

// identifierPart turns a test name into lower-case letters, digits and
// underscores, so that a database name says which test made it.
func identifierPart(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String()
}

// logTail returns the last n lines of the file at path, or why it cannot.
func logTail(path string, n int) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return err.Error()
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}
