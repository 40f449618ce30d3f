package testenv

import (
	"bufio"
	"fmt"
	"io"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// AnvilNode is a running anvil process started by StartAnvil.
type AnvilNode struct {
	// URL is the HTTP JSON-RPC endpoint, http://127.0.0.1:PORT.
	URL string
	// WSURL is the WebSocket endpoint on the same port.
	WSURL string
	// Port is the loopback port anvil listens on.
	Port string

	cmd  *exec.Cmd
	once sync.Once
	done chan struct{}
}

var listeningRe = regexp.MustCompile(`Listening on 127\.0\.0\.1:(\d+)`)

// StartAnvil starts anvil (see Anvil for how the binary is found, skipped or
// failed) on a free loopback port with the extra arguments given (for
// example "--block-time", "1") and stops it when the test ends. Its default
// chain id is 31337 and it funds the ten "test ... junk" dev accounts.
func StartAnvil(t testing.TB, args ...string) *AnvilNode {
	t.Helper()
	bin := Anvil(t)
	all := append([]string{"--host", "127.0.0.1", "--port", "0"}, args...)
	cmd := exec.Command(bin, all...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatalf("anvil: %v", err)
	}
	var stderr strings.Builder
	cmd.Stderr = &lockedWriter{w: &stderr}
	if err := cmd.Start(); err != nil {
		t.Fatalf("anvil: start %s: %v", bin, err)
	}
	n := &AnvilNode{cmd: cmd, done: make(chan struct{})}
	go func() { _ = cmd.Wait(); close(n.done) }()
	t.Cleanup(n.Stop)

	portc := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if m := listeningRe.FindStringSubmatch(sc.Text()); m != nil {
				portc <- m[1]
				break
			}
		}
		_, _ = io.Copy(io.Discard, stdout)
	}()
	select {
	case port := <-portc:
		n.Port = port
		n.URL = "http://127.0.0.1:" + port
		n.WSURL = "ws://127.0.0.1:" + port
	case <-n.done:
		t.Fatalf("anvil exited before listening: %s", stderr.String())
	case <-time.After(30 * time.Second):
		t.Fatalf("anvil did not print its port within 30s: %s", stderr.String())
	}
	return n
}

// Stop kills anvil and waits for it to exit; it is safe to call twice.
func (n *AnvilNode) Stop() {
	n.once.Do(func() {
		if n.cmd.Process != nil {
			_ = n.cmd.Process.Kill()
		}
		<-n.done
	})
}

func (n *AnvilNode) String() string { return fmt.Sprintf("anvil(%s)", n.URL) }

type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
