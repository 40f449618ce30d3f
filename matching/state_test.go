package matching_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/matching"
)

// A state file written by the SDK before the worker used chain.Cursor
// (version 1, with its own "cursor") still loads: a started cursor becomes
// the event to resume after, an unstarted one only the first block, and
// the next save writes the current version.
func TestWorkerStateMigratesVersion1(t *testing.T) {
	dir := t.TempDir()
	const v1 = `{"version":1,"jobRegistry":"0x0000000000000000000000000000000000000001",
		"agent":"0x0000000000000000000000000000000000000002",
		"cursor":{"block":120,"index":3,"started":%s},
		"jobs":{"7":{"id":"7","status":"submitted","specUri":"ipfs://x","specHash":"0x0000000000000000000000000000000000000000000000000000000000000000","block":100}}}`
	for _, c := range []struct {
		started string
		after   *chain.Cursor
	}{{"true", &chain.Cursor{Block: 120, LogIndex: 3}}, {"false", nil}} {
		path := filepath.Join(dir, "worker-"+c.started+".json")
		if err := os.WriteFile(path, []byte(strings.Replace(v1, "%s", c.started, 1)), 0o600); err != nil {
			t.Fatal(err)
		}
		st, ok, err := matching.LoadState(path)
		if err != nil || !ok {
			t.Fatalf("started=%s: %v %v", c.started, ok, err)
		}
		if st.Version != matching.StateVersion || st.FromBlock != 120 || st.Agent != common.HexToAddress("0x2") {
			t.Fatalf("started=%s: migrated to %+v", c.started, st)
		}
		if (st.After == nil) != (c.after == nil) || st.After != nil && *st.After != *c.after {
			t.Fatalf("started=%s: After %v, want %v", c.started, st.After, c.after)
		}
		if r := st.Jobs["7"]; r == nil || r.Status != matching.StatusSubmitted {
			t.Fatalf("started=%s: jobs %+v", c.started, st.Jobs)
		}

		// Saved again, it is the current version, with the cursor as chain.Cursor's JSON.
		if err := st.Save(path); err != nil {
			t.Fatal(err)
		}
		var raw map[string]json.RawMessage
		b, _ := os.ReadFile(path)
		if err := json.Unmarshal(b, &raw); err != nil {
			t.Fatal(err)
		}
		if _, old := raw["cursor"]; old {
			t.Fatalf("the old field survived the save: %s", b)
		}
		if c.after != nil {
			var saved chain.Cursor
			if err := json.Unmarshal(raw["after"], &saved); err != nil || saved != *c.after {
				t.Fatalf("after saved as %s (%v)", raw["after"], err)
			}
		}
		again, _, err := matching.LoadState(path)
		if err != nil || again.FromBlock != 120 {
			t.Fatalf("reload: %+v %v", again, err)
		}
	}

	// A version this SDK does not know is refused with a clear message.
	path := filepath.Join(dir, "future.json")
	if err := os.WriteFile(path, []byte(`{"version":9}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := matching.LoadState(path); err == nil || !strings.Contains(err.Error(), "version 9") {
		t.Fatalf("future version: %v", err)
	}
}
