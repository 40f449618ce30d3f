package contracts_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	ct "github.com/agijobs/agijobs-go/internal/chaintest"
)

// Gas budget of the reference lifecycle (issue target) and the growth a step
// may show over the committed snapshot before `make gas-check` fails.
const (
	lifecycleBudget = 1_300_000
	maxGrowthPct    = 2
	snapshotFile    = ".gas-snapshot"
)

// TestGasSnapshot runs the reference lifecycle (create, apply, submit, select,
// 3 commits, 3 reveals, tally, finalize; all through proxies, on a fresh
// deployment) on the embedded chain under mainnet gas rules, and compares each
// step with contracts/.gas-snapshot. With AGIJOBS_GAS_SNAPSHOT=write (that is,
// `make gas-snapshot`) it rewrites the snapshot instead.
func TestGasSnapshot(t *testing.T) {
	p := ct.NewProtocol(t, nil)
	_, steps := p.RunLifecycle(t, [3]bool{true, true, true})
	var total uint64
	var b strings.Builder
	for _, s := range steps {
		total += s.Gas
		fmt.Fprintf(&b, "%s (gas: %d)\n", s.Name, s.Gas)
	}
	fmt.Fprintf(&b, "lifecycle_total (gas: %d)\n", total)
	t.Logf("lifecycle_total %d gas", total)
	if os.Getenv("AGIJOBS_GAS_SNAPSHOT") != "write" {
		require.LessOrEqual(t, total, uint64(lifecycleBudget), "reference lifecycle over budget")
	}

	if os.Getenv("AGIJOBS_GAS_SNAPSHOT") == "write" {
		require.NoError(t, os.WriteFile(snapshotFile, []byte(b.String()), 0o644))
		t.Logf("wrote %s", snapshotFile)
		return
	}
	committed, err := readSnapshot(snapshotFile)
	require.NoError(t, err, "run `make gas-snapshot` to create it")
	current, err := parseSnapshot(b.String())
	require.NoError(t, err)
	for name, gas := range current {
		old, ok := committed[name]
		if !ok {
			t.Errorf("step %s is not in %s; run `make gas-snapshot` and commit it", name, snapshotFile)
			continue
		}
		if gas*100 > old*(100+maxGrowthPct) {
			t.Errorf("step %s grew from %d to %d gas (+%.1f%%, more than %d%%)", name, old, gas,
				float64(gas-old)*100/float64(old), maxGrowthPct)
		}
	}
	for name := range committed {
		if _, ok := current[name]; !ok {
			t.Errorf("step %s of %s no longer runs; run `make gas-snapshot` and commit it", name, snapshotFile)
		}
	}
}

// TestGasSteadyState logs the lifecycle cost of a second job on the same
// deployment, where one-time costs (first fee into the FeePool, the agent's
// first reputation point and certificate) are already paid.
func TestGasSteadyState(t *testing.T) {
	p := ct.NewProtocol(t, nil)
	_, first := p.RunLifecycle(t, [3]bool{true, true, true})
	_, second := p.RunLifecycle(t, [3]bool{true, true, true})
	sum := func(s []ct.Step) (n uint64) {
		for _, x := range s {
			n += x.Gas
		}
		return n
	}
	t.Logf("first job %d gas, second job %d gas", sum(first), sum(second))
	require.Less(t, sum(second), sum(first), "a warm deployment must not cost more")
}

// TestGasMatchesAnvil runs the reference lifecycle on the embedded chain and
// on a real anvil node and requires identical gas for the steps whose cost
// does not depend on the committee's random seat order. The calldata's
// part is left out: createJob's deadline comes from each chain's clock, and
// a zero byte in it costs 12 gas less.
func TestGasMatchesAnvil(t *testing.T) {
	anvil := ct.NewProtocolOn(t, ct.NewAnvil(t), nil)
	sim := ct.NewProtocol(t, nil)
	_, a := anvil.RunLifecycle(t, [3]bool{true, true, true})
	_, s := sim.RunLifecycle(t, [3]bool{true, true, true})
	require.Len(t, a, len(s))
	compared := 0
	for i := range s {
		switch s[i].Name {
		case "createJob", "applyForJob", "submit", "tally", "finalize":
			require.Equal(t, s[i].Gas-s[i].Calldata, a[i].Gas-a[i].Calldata, "step %s: embedded chain vs anvil, calldata left out", s[i].Name)
			require.NotZero(t, s[i].Calldata)
			compared++
		}
	}
	require.Equal(t, 5, compared)
}

var snapshotLine = regexp.MustCompile(`^(\S+) \(gas: (\d+)\)$`)

func readSnapshot(path string) (map[string]uint64, error) {
	raw, err := os.ReadFile(filepath.Clean(path))
	if err != nil {
		return nil, err
	}
	return parseSnapshot(string(raw))
}

func parseSnapshot(s string) (map[string]uint64, error) {
	out := map[string]uint64{}
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		m := snapshotLine.FindStringSubmatch(line)
		if m == nil {
			return nil, fmt.Errorf("gas snapshot: bad line %q", line)
		}
		n, _ := strconv.ParseUint(m[2], 10, 64)
		out[m[1]] = n
	}
	return out, sc.Err()
}
