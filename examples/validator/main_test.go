package main

import (
	"context"
	"strings"
	"testing"
)

// TestEmbeddedDefault runs the example without flags: every role on the
// embedded chain, one job to Finalized.
func TestEmbeddedDefault(t *testing.T) {
	var out, errs strings.Builder
	if code := run(context.Background(), nil, &out, &errs); code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out.String(), errs.String())
	}
	if !strings.Contains(out.String(), "job 1 is Finalized") {
		t.Fatalf("job not finalized:\n%s", out.String())
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
}
