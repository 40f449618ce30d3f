package chain

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// journal is an append-only, fsync'd record of the signed transactions of
// one signer. A "tx" record is written (and synced) before each version of a
// transaction is broadcast; an "end" record when the nonce is settled
// (confirmed, failed, or never accepted by the node). On open, the nonces
// with no "end" are the transactions that may be in flight.
type journal struct {
	mu   sync.Mutex
	path string
	f    *os.File
	live int // nonces with a tx record and no end record
}

type journalRecord struct {
	T     string        `json:"t"` // "tx" or "end"
	Nonce uint64        `json:"nonce"`
	Label string        `json:"label,omitempty"`
	Raw   hexutil.Bytes `json:"raw,omitempty"`
}

// journalEntry is an in-flight nonce recovered from the journal.
type journalEntry struct {
	Nonce uint64
	Label string
	Txs   []*types.Transaction // oldest first
}

// openJournal opens (creating dir if needed) the journal of from, returns
// its in-flight entries in nonce order and compacts the file to them.
func openJournal(dir string, from common.Address) (*journal, []journalEntry, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, nil, fmt.Errorf("journal: %w", err)
	}
	path := filepath.Join(dir, strings.ToLower(from.Hex())+".journal")
	entries, err := readJournal(path)
	if err != nil {
		return nil, nil, err
	}
	// Compact: write the live records to a temporary file, sync, rename.
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, nil, fmt.Errorf("journal: %w", err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, e := range entries {
		for _, tx := range e.Txs {
			raw, _ := tx.MarshalBinary()
			if err := enc.Encode(journalRecord{T: "tx", Nonce: e.Nonce, Label: e.Label, Raw: raw}); err != nil {
				f.Close()
				return nil, nil, fmt.Errorf("journal: %w", err)
			}
		}
	}
	if err := errors.Join(w.Flush(), f.Sync(), f.Close()); err != nil {
		return nil, nil, fmt.Errorf("journal: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return nil, nil, fmt.Errorf("journal: %w", err)
	}
	syncDir(dir)
	f, err = os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, nil, fmt.Errorf("journal: %w", err)
	}
	return &journal{path: path, f: f, live: len(entries)}, entries, nil
}

func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}

func readJournal(path string) ([]journalEntry, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("journal: %w", err)
	}
	defer f.Close()
	live := map[uint64]*journalEntry{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	for sc.Scan() {
		var r journalRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			// A torn final line from a crash mid-write: the broadcast that
			// would have followed never happened.
			continue
		}
		switch r.T {
		case "tx":
			tx := new(types.Transaction)
			if err := tx.UnmarshalBinary(r.Raw); err != nil {
				continue
			}
			e := live[r.Nonce]
			if e == nil {
				e = &journalEntry{Nonce: r.Nonce, Label: r.Label}
				live[r.Nonce] = e
			}
			e.Txs = append(e.Txs, tx)
		case "end":
			delete(live, r.Nonce)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("journal %s: %w", path, err)
	}
	out := make([]journalEntry, 0, len(live))
	for _, e := range live {
		out = append(out, *e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Nonce < out[j].Nonce })
	return out, nil
}

func (j *journal) write(r journalRecord) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.f == nil {
		return errors.New("journal closed")
	}
	if _, err := j.f.Write(append(b, '\n')); err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	if err := j.f.Sync(); err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	return nil
}

// recordTx persists a signed transaction; it must succeed before the
// transaction is broadcast.
func (j *journal) recordTx(nonce uint64, label string, tx *types.Transaction, first bool) error {
	raw, err := tx.MarshalBinary()
	if err != nil {
		return err
	}
	if err := j.write(journalRecord{T: "tx", Nonce: nonce, Label: label, Raw: raw}); err != nil {
		return err
	}
	if first {
		j.mu.Lock()
		j.live++
		j.mu.Unlock()
	}
	return nil
}

// recordEnd marks a nonce settled. When nothing is live the file is
// truncated, which keeps it small.
func (j *journal) recordEnd(nonce uint64) error {
	if err := j.write(journalRecord{T: "end", Nonce: nonce}); err != nil {
		return err
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	j.live--
	if j.live <= 0 && j.f != nil {
		j.live = 0
		if err := j.f.Truncate(0); err == nil {
			_ = j.f.Sync()
		}
	}
	return nil
}

func (j *journal) close() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.f == nil {
		return nil
	}
	err := j.f.Close()
	j.f = nil
	return err
}
