package escrow_test

import (
	"context"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
)

// TestReadCosts counts the requests PostJob and Apply make before they
// send, the numbers their doc comments give.
func TestReadCosts(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()
	c, cb := en.countingClient(escrow.Config{})
	employer := c.Employer(en.manager(en.Roles().Employers[0]))
	p := escrow.PostJobParams{Spec: testSpec(), Reward: deploy.Ether(10), Deadline: en.chainNow().Add(24 * time.Hour)}
	res, err := employer.PostJob(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	n, detail := cb.reads()
	t.Logf("PostJob (new job): %d requests: %s", n, detail)
	head, err := en.Backend().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The head and pending blocks for the deadline, the head for the
	// window, then a binary search over the headers.
	maxHeaders := 3 + 1 + int(math.Ceil(math.Log2(float64(head+1))))
	// The window's logs in chunks of 8, 16, 32, ... blocks.
	maxLogs := 1 + int(math.Ceil(math.Log2(float64(head)/8+1)))
	check := func(what, detail string, calls, headers, logs, nonces, batches int) {
		t.Helper()
		got := map[string]int{}
		for _, f := range strings.Fields(detail) {
			k, v, _ := strings.Cut(f, "=")
			got[k], _ = strconv.Atoi(v)
		}
		if got["eth_call"] != calls || got["eth_getTransactionCount"] != nonces || got["batch"] > batches ||
			got["eth_getBlockByNumber"] > headers || got["eth_getLogs"] > logs {
			t.Errorf("%s: %s; want %d eth_call, %d nonce reads, at most %d batch, %d headers, %d eth_getLogs", what, detail, calls, nonces, batches, headers, logs)
		}
	}
	check("PostJob (new job)", detail, 20, maxHeaders, maxLogs, 2, 0)
	p.Spec = &res.Spec
	if again, err := employer.PostJob(ctx, p); err != nil || !again.Existing {
		t.Fatalf("retry: %+v %v", again, err)
	}
	n2, detail2 := cb.reads()
	t.Logf("PostJob (existing job): %d requests: %s", n2, detail2)
	check("PostJob (existing job)", detail2, 19, maxHeaders, maxLogs, 2, 1)
	agent := c.Agent(en.manager(en.Roles().Agents[0]), escrow.Identity{Subdomain: "agent0"})
	if _, err := agent.Apply(ctx, res.JobID); err != nil {
		t.Fatal(err)
	}
	n3, detail3 := cb.reads()
	t.Logf("Apply: %d requests: %s", n3, detail3)
	check("Apply", detail3, 19, 1, 0, 0, 0)
	if n3 != 20 {
		t.Errorf("Apply: %d requests, the doc says 20", n3)
	}
}
