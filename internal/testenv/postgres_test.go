package testenv

import (
	"context"
	"database/sql"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

func TestStartPostgres(t *testing.T) {
	start := time.Now()
	p := StartPostgres(t)
	t.Logf("%s ready in %s", p, time.Since(start).Round(time.Millisecond))

	ctx := context.Background()
	open := func(dsn string) *sql.DB {
		t.Helper()
		db, err := sql.Open("pgx", dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = db.Close() })
		return db
	}

	a, b := p.NewDatabase(t), p.NewDatabase(t)
	if a == b {
		t.Fatalf("NewDatabase returned %s twice", a)
	}
	dba, dbb := open(a), open(b)
	for dsn, db := range map[string]*sql.DB{a: dba, b: dbb} {
		u, err := url.Parse(dsn)
		if err != nil {
			t.Fatal(err)
		}
		var name, user string
		if err := db.QueryRowContext(ctx, "SELECT current_database(), current_user").Scan(&name, &user); err != nil {
			t.Fatalf("%s: %v", dsn, err)
		}
		if want := strings.TrimPrefix(u.Path, "/"); name != want || user != "test" {
			t.Errorf("%s: connected to %s as %s, want %s as test", dsn, name, user, want)
		}
	}

	if _, err := dba.ExecContext(ctx, "CREATE TABLE jobs (id int PRIMARY KEY); INSERT INTO jobs VALUES (7)"); err != nil {
		t.Fatal(err)
	}
	var id int
	if err := dba.QueryRowContext(ctx, "SELECT id FROM jobs").Scan(&id); err != nil || id != 7 {
		t.Fatalf("read back %d, %v; want 7", id, err)
	}
	// The second database must not see the first one's table.
	var pgErr *pgconn.PgError
	err := dbb.QueryRowContext(ctx, "SELECT id FROM jobs").Scan(&id)
	if !errors.As(err, &pgErr) || pgErr.Code != "42P01" {
		t.Fatalf("query in the other database: %v; want undefined_table (42P01)", err)
	}

	// The server runs with durability off, as the test configuration says.
	var fsync string
	if err := dba.QueryRowContext(ctx, "SHOW fsync").Scan(&fsync); err != nil || fsync != "off" {
		t.Errorf("fsync = %q, %v; want off", fsync, err)
	}

	p.Stop()
	p.Stop()
	pingCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	probe := open(p.DSN)
	if err := probe.PingContext(pingCtx); err == nil {
		t.Fatal("server still accepts connections after Stop")
	}
}

func TestPostgresBinDir(t *testing.T) {
	root := t.TempDir()
	mk := func(dir string, names ...string) string {
		t.Helper()
		d := filepath.Join(root, dir, "bin")
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, n := range names {
			if err := os.WriteFile(filepath.Join(d, n), []byte("#!/bin/sh\n"), 0o755); err != nil {
				t.Fatal(err)
			}
		}
		return d
	}
	v9 := mk("9.6", "initdb", "postgres")
	v15 := mk("15", "initdb", "postgres")
	mk("16", "initdb") // a client-only install: no server binary
	empty := mk("empty")
	pattern := filepath.Join(root, "*", "bin")
	noConfig := func() (string, error) { return "", errors.New("no pg_config") }

	tests := []struct {
		name, env, pattern string
		pgConfig           func() (string, error)
		want               string
	}{
		{"highest complete version", "", pattern, noConfig, v15},
		{"environment wins", v9, pattern, noConfig, v9},
		{"environment without binaries", empty, pattern, noConfig, ""},
		{"pg_config fallback", "", filepath.Join(root, "none", "*"), func() (string, error) { return v9, nil }, v9},
		{"nothing", "", filepath.Join(root, "none", "*"), noConfig, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := postgresBinDir(tc.env, tc.pattern, tc.pgConfig)
			if got != tc.want || (err == nil) != (tc.want != "") {
				t.Errorf("postgresBinDir = %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

func TestCompareVersions(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		sign int
	}{
		{"15", "9.6", 1},
		{"9.6", "10", -1},
		{"16", "16", 0},
		{"10.1", "10", 1},
		{"main", "9", -1},
	} {
		got := compareVersions(tc.a, tc.b)
		if (got > 0) != (tc.sign > 0) || (got < 0) != (tc.sign < 0) {
			t.Errorf("compareVersions(%q, %q) = %d, want sign %d", tc.a, tc.b, got, tc.sign)
		}
	}
}
