package chaintest

import (
	"sort"
	"sync"
)

var (
	seenMu sync.Mutex
	seen   = map[string]int{}
)

// record notes a decoded revert so that a package's TestMain can check that
// its tests reached every custom error.
func record(e *RevertError) *RevertError {
	seenMu.Lock()
	seen[e.Name]++
	seenMu.Unlock()
	return e
}

// SeenReverts returns the names of every revert decoded so far in this test
// binary, sorted.
func SeenReverts() []string {
	seenMu.Lock()
	defer seenMu.Unlock()
	out := make([]string, 0, len(seen))
	for n := range seen {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
