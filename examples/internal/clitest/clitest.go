// Package clitest runs an example's command in a test.
package clitest

import (
	"context"
	"strings"
	"testing"

	"github.com/agijobs/agijobs-go/examples/internal/cli"
)

// Run runs the command with args and returns its exit status and what it
// wrote to stdout and stderr.
func Run(t testing.TB, run cli.Run, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errs strings.Builder
	code = run(context.Background(), args, &out, &errs)
	return code, out.String(), errs.String()
}

// OK runs the command, fails t unless it exits 0, and returns its stdout.
func OK(t testing.TB, run cli.Run, args ...string) string {
	t.Helper()
	code, out, errs := Run(t, run, args...)
	if code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	return out
}
