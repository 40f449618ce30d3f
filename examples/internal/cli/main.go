package cli

import (
	"context"
	"io"
	"os"
	"os/signal"
)

// Run is an example's whole command: it parses args, writes to stdout and
// stderr and returns the exit status, so that tests call it directly.
type Run func(ctx context.Context, args []string, stdout, stderr io.Writer) int

// Main runs run with the process's arguments and standard streams, and a
// context that ends on Ctrl-C, then exits with its status.
func Main(run Run) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
