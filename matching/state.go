package matching

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
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
	// Reason explains a failed or lost job.
	Reason string `json:"reason,omitempty"`
}

// cursor is the last JobCreated event fully handled.
type cursor struct {
	Block uint64 `json:"block"`
	Index uint   `json:"index"`
	// Started is false until the first event: then Block is the first
	// block to read, not a handled one.
	Started bool `json:"started"`
}

// workerState is the state file of a Worker.
type workerState struct {
	Version     int                   `json:"version"`
	JobRegistry common.Address        `json:"jobRegistry"`
	Agent       common.Address        `json:"agent"`
	Cursor      cursor                `json:"cursor"`
	Jobs        map[string]*JobRecord `json:"jobs"`
}

const stateVersion = 1

// loadState reads the state at path; ok is false when there is none.
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
	if st.Version != stateVersion {
		return nil, false, fmt.Errorf("matching: worker state %s has version %d; this SDK reads version %d", path, st.Version, stateVersion)
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
