package testenv

import (
	"context"
	"os/exec"
	"strings"
	"testing"
	"time"
)

func TestChromiumHeadless(t *testing.T) {
	bin := Chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	// --no-sandbox because the sandbox cannot start as root or in most
	// containers; the page is a trusted literal.
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu",
		"--user-data-dir="+t.TempDir(), "--dump-dom", "data:text/html,<p>agijobs-headless-ok</p>")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", bin, err, stderr.String())
	}
	if !strings.Contains(string(out), "<p>agijobs-headless-ok</p>") {
		t.Fatalf("%s --dump-dom printed %q, want the page's DOM", bin, out)
	}
}
