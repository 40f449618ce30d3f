package matching

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/chain"
)

// JobStatus is where a Worker is with a job it decided to take.
type JobStatus string

// The statuses of a job in a Worker's state.
const (
	// StatusApplying: the application is being sent; after a restart the
	// chain tells whether it landed.
	StatusApplying JobStatus = "applying"
	// StatusApplied: the job is assigned to the agent; the handler runs.
	StatusApplied JobStatus = "applied"
	// StatusSubmitted: the result is on chain. Final.
	StatusSubmitted JobStatus = "submitted"
	// StatusLost: another agent got the job first. Final.
	StatusLost JobStatus = "lost"
	// StatusFailed: the handler or the submission failed for good; Reason
	// says why. Final.
	StatusFailed JobStatus = "failed"
	// StatusDeferred: the job's spec could not be fetched yet (the store
	// did not have it or did not answer). The Worker fetches it again
	// later (WorkerConfig.SpecRetry) and decides on the job then; it drops
	// the record when the job leaves the Created state or its deadline
	// passes. Not final.
	StatusDeferred JobStatus = "deferred"
)

// JobRecord is what a Worker remembers about a job it applied to (or tried
// to).
type JobRecord struct {
	// ID is the job id in decimal.
	ID string `json:"id"`
	// Status is the job's status.
	Status JobStatus `json:"status"`
	// SpecURI is where the spec is stored, to fetch it again on resume.
	SpecURI string `json:"specUri"`
	// SpecHash is the spec's on-chain hash, to verify it again on resume.
	SpecHash common.Hash `json:"specHash"`
	// Block is the block of the job's JobCreated event.
	Block uint64 `json:"block"`
	// Reason explains a failed, lost or deferred job.
	Reason string `json:"reason,omitempty"`
	// Event is the job's JobCreated log while the job is deferred: the
	// Worker decides on it from this log once the spec can be fetched.
	Event *types.Log `json:"event,omitempty"`
	// Tries counts the fetches of a deferred job's spec.
	Tries int `json:"tries,omitempty"`
	// NextTry is when a deferred job's spec is fetched again.
	NextTry time.Time `json:"nextTry,omitzero"`
}

// workerState is the state file of a Worker.
type workerState struct {
	Version     int            `json:"version"`
	JobRegistry common.Address `json:"jobRegistry"`
	Agent       common.Address `json:"agent"`
	// FromBlock is the first block the Worker reads (WorkerConfig.FromBlock
	// or the head at the first run).
	FromBlock uint64 `json:"fromBlock"`
	// After is the last JobCreated event fully handled, where following
	// resumes (chain.FollowQuery.After); nil until the first one.
	After *chain.Cursor         `json:"after,omitempty"`
	Jobs  map[string]*JobRecord `json:"jobs"`
}

// stateVersion is the version of the state file this SDK writes. Version 1
// kept the resume point in a cursor of its own ({"block", "index",
// "started"}); loadState migrates it, and the next save writes version 2.
const stateVersion = 2

// stateV1 is the part of a version 1 state file that version 2 changed.
type stateV1 struct {
	Cursor struct {
		Block   uint64 `json:"block"`
		Index   uint   `json:"index"`
		Started bool   `json:"started"`
	} `json:"cursor"`
}

// loadState reads the state at path, migrating a version 1 file; ok is
// false when there is none.
func loadState(path string) (st *workerState, ok bool, err error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("matching: read worker state: %w", err)
	}
	st = &workerState{}
	if err := json.Unmarshal(b, st); err != nil {
		return nil, false, fmt.Errorf("matching: worker state %s is corrupt (%v); restore it from a backup or remove it to start over from WorkerConfig.FromBlock (jobs applied to before would then be decided again)", path, err)
	}
	switch st.Version {
	case stateVersion:
	case 1:
		var v1 stateV1
		if err := json.Unmarshal(b, &v1); err != nil {
			return nil, false, fmt.Errorf("matching: worker state %s (version 1) is corrupt: %v", path, err)
		}
		st.Version, st.FromBlock = stateVersion, v1.Cursor.Block
		if v1.Cursor.Started { // Block and Index were the last event handled
			st.After = &chain.Cursor{Block: v1.Cursor.Block, LogIndex: v1.Cursor.Index}
		}
	default:
		return nil, false, fmt.Errorf("matching: worker state %s has version %d; this SDK reads versions 1 and %d", path, st.Version, stateVersion)
	}
	if st.Jobs == nil {
		st.Jobs = map[string]*JobRecord{}
	}
	return st, true, nil
}

// save writes the state atomically and durably: a temporary file in the
// same directory, fsync, rename over the old file, fsync of the directory.
func (st *workerState) save(path string) error {
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	return writeState(path, b)
}

// writeState writes b at path as save does.
func writeState(path string, b []byte) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("matching: save worker state: %w", err)
	}
	tmp := f.Name()
	_, werr := f.Write(b)
	serr := f.Sync()
	cerr := f.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("matching: save worker state: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("matching: save worker state: %w", err)
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
	return nil
}
