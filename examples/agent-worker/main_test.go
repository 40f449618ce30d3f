package main

import (
	"context"
	"github.com/agijobs/agijobs-go/examples/internal/clitest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEmbeddedDefault runs the example without flags: every role on the
// embedded chain, one job to Finalized, taken by the matching worker.
func TestEmbeddedDefault(t *testing.T) {
	out := clitest.OK(t, run)
	for _, want := range []string{
		"policy built-in copy of config/policies.default.json", // the test runs in examples/agent-worker
		`msg="matching worker: applying" job=1 score=`,
		"agent: working on job 1",
		"agent: delivered job 1",
		"job 1 is Finalized",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestPolicyFile runs on the embedded chain with the repository's policy
// file named explicitly.
func TestPolicyFile(t *testing.T) {
	path := filepath.Join("..", "..", defaultPolicyPath)
	out := clitest.OK(t, run, "-policy", path, "-state", filepath.Join(t.TempDir(), "w.json"))
	for _, want := range []string{"policy " + path, "-state ignored", "job 1 is Finalized"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestLoadPolicy(t *testing.T) {
	// The default, missing: the built-in copy.
	p, src, err := loadPolicy(filepath.Join(t.TempDir(), "none.json"), false)
	if err != nil || p == nil || !strings.HasPrefix(src, "built-in copy") {
		t.Fatalf("default missing: %v %q %v", p, src, err)
	}
	// Named explicitly, missing: an error.
	if _, _, err := loadPolicy(filepath.Join(t.TempDir(), "none.json"), true); err == nil {
		t.Fatal("a missing -policy accepted")
	}
	// Invalid: every problem, even for the default path.
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"version": 1, "weights": {"skills": 1}, "thresholds": {"minScore": 2}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := loadPolicy(bad, false); err == nil || !strings.Contains(err.Error(), "thresholds.minScore") {
		t.Fatalf("bad policy: %v", err)
	}
	var out, errs strings.Builder
	if code := run(context.Background(), []string{"-policy", bad}, &out, &errs); code != 1 || !strings.Contains(errs.String(), "thresholds.minScore") {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
}

func TestBadFlags(t *testing.T) {
	var out, errs strings.Builder
	if code := run(context.Background(), []string{"-rpc", "http://127.0.0.1:1"}, &out, &errs); code != 1 {
		t.Fatalf("exit %d, want 1 (missing -manifest): %s", code, errs.String())
	}
	if !strings.Contains(errs.String(), "-manifest") {
		t.Fatalf("error does not name -manifest: %s", errs.String())
	}
	if code := run(context.Background(), []string{"-no-such-flag"}, &out, &errs); code != 2 {
		t.Fatalf("exit %d, want 2 for an unknown flag", code)
	}
}

func TestSplitList(t *testing.T) {
	if got := splitList(" writing, ,Coding ,"); strings.Join(got, "|") != "writing|Coding" {
		t.Fatalf("%q", got)
	}
	if got := splitList(""); got != nil {
		t.Fatalf("%q", got)
	}
}

// TestKeys: keys come from -key-env or -keystore, never the command line,
// and neither they nor the node's API keys are printed.
func TestKeys(t *testing.T) { clitest.RequireRoleKeys(t, run) }
