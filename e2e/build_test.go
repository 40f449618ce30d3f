package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/agijobs/agijobs-go/internal/testenv"
)

// built are the example binaries of this test run, shared by the tests so
// that each example is linked once (linking dominates: seconds per binary,
// minutes on a loaded machine).
var built struct {
	mu    sync.Mutex
	dir   string
	names []string
}

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "agijobs-e2e-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	built.dir = dir
	code := m.Run()
	_ = os.RemoveAll(dir)
	os.Exit(code)
}

// buildExamples builds ./examples/NAME for every name not built yet in
// this run, in one go build, and returns the directory of the binaries.
func buildExamples(ctx context.Context, names ...string) (string, error) {
	built.mu.Lock()
	defer built.mu.Unlock()
	var missing []string
	for _, n := range names {
		if !slices.Contains(built.names, n) && !slices.Contains(missing, n) {
			missing = append(missing, n)
		}
	}
	if len(missing) == 0 {
		return built.dir, nil
	}
	gobin := filepath.Join(os.Getenv("GOROOT"), "bin", "go")
	if _, err := os.Stat(gobin); err != nil {
		if gobin, err = exec.LookPath("go"); err != nil {
			return "", err
		}
	}
	// Without symbol tables and DWARF the links take a fraction of the
	// time; the binaries are only run.
	args := []string{"build", "-ldflags=-s -w", "-o", built.dir}
	for _, n := range missing {
		args = append(args, "./examples/"+n)
	}
	cmd := exec.CommandContext(ctx, gobin, args...)
	cmd.Dir = testenv.RepoRoot()
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("%w: %s", err, out)
	}
	built.names = append(built.names, missing...)
	return built.dir, nil
}
