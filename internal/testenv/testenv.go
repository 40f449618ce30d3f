// Package testenv locates the external tools that integration tests run
// (anvil, kubo, PostgreSQL, Chromium) and decides what a missing tool means.
//
// Under `make test` the variable AGIJOBS_INTEGRATION=require is set, and a
// missing tool fails the test: CI must never pass by skipping. Under a plain
// `go test ./...` a missing tool skips the test with a message that says how
// to get it.
package testenv

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// RequireEnv is the environment variable that turns a missing tool into a
// test failure instead of a skip.
const RequireEnv = "AGIJOBS_INTEGRATION"

// Required reports whether integration tools are mandatory in this run.
func Required() bool { return os.Getenv(RequireEnv) == "require" }

// RepoRoot returns the absolute path of the repository root, found from this
// source file's location so that it works from any package's test directory.
func RepoRoot() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		panic("testenv: cannot locate source file")
	}
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// Tool returns the path of an external tool for a test. The environment
// variable envVar wins when set; otherwise rel (relative to the repository
// root unless absolute) is tried, then $PATH lookup of name. When the tool is
// found nowhere the test fails under `make test` and is skipped otherwise;
// hint tells the reader how to install it.
func Tool(t testing.TB, name, envVar, rel, hint string) string {
	t.Helper()
	if p := os.Getenv(envVar); p != "" {
		if _, err := os.Stat(p); err == nil {
			return p
		}
		t.Fatalf("%s=%s does not exist; unset it or point it at a %s binary", envVar, p, name)
	}
	if rel != "" {
		p := rel
		if !filepath.IsAbs(p) {
			p = filepath.Join(RepoRoot(), rel)
		}
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	if Required() {
		t.Fatalf("%s not found (set %s or run %q); it is required under make test", name, envVar, hint)
	}
	t.Skipf("%s not found: run %q or set %s to run this integration test", name, hint, envVar)
	return ""
}

// Anvil returns the path of the anvil binary shipped by the pinned npm package
// @foundry-rs/anvil-linux-amd64 (installed by `make tools`).
func Anvil(t testing.TB) string {
	t.Helper()
	return Tool(t, "anvil", "AGIJOBS_ANVIL", "contracts/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil", "make tools")
}

// Kubo returns the path of the Kubo (ipfs) binary built by `make kubo` from
// the tool module in internal/tools/kubo.
func Kubo(t testing.TB) string {
	t.Helper()
	return Tool(t, "ipfs", "AGIJOBS_KUBO", ".bin/ipfs", "make kubo")
}

// ChromiumEnv names the Chromium binary to use, overriding the search.
const ChromiumEnv = "AGIJOBS_CHROMIUM"

// Chromium returns the path of a Chromium that can run headless:
// $AGIJOBS_CHROMIUM, else Debian's /usr/bin/chromium (installed by
// `make tools`), else chromium or chromium-browser on $PATH.
func Chromium(t testing.TB) string {
	t.Helper()
	name := "chromium"
	if _, err := exec.LookPath(name); err != nil {
		// Ubuntu and older Debian name the binary chromium-browser.
		if _, err := exec.LookPath("chromium-browser"); err == nil {
			name = "chromium-browser"
		}
	}
	return Tool(t, name, ChromiumEnv, "/usr/bin/chromium", "make tools")
}
