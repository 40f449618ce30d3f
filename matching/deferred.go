package matching

import (
	"context"
	"errors"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/storage"
)

// A job whose spec cannot be fetched yet is deferred rather than declined
// or waited for: the store may not have the spec yet (IPFS content
// propagates) or may be down, which says nothing about the job, and
// waiting in the event loop would let one unfetchable spec, which anyone
// can post, stall every later job. The job is recorded (StatusDeferred,
// with its JobCreated log) before the resume point moves past it, and
// retryDeferred decides on it once its spec comes.

// maxDeferred bounds the deferred jobs a Worker keeps; beyond it a job
// whose spec cannot be fetched is declined, so that a flood of jobs with
// unfetchable specs costs the Worker bounded work.
const maxDeferred = 1000

// specLater is decide's answer for a job whose spec cannot be fetched yet.
type specLater struct{ err error }

func (e specLater) Error() string { return "spec not fetched yet: " + e.err.Error() }
func (e specLater) Unwrap() error { return e.err }

// specUnusable reports whether err, from fetching the spec at uri, is
// about the spec itself (a URI that names no IPFS content, bytes of
// another hash, a document in the wrong form or too large), which no
// later fetch changes. Anything else (not found, a store that does not
// answer, a source that served broken blocks) may pass.
func specUnusable(uri string, err error) bool {
	if _, perr := storage.ParseIPFSURI(uri); perr != nil {
		return true
	}
	return errors.Is(err, storage.ErrHashMismatch) || errors.Is(err, input.ErrInvalid)
}

// deferJob records the job of ev as deferred (or counts one more try of a
// deferred one) and schedules its next fetch under WorkerConfig.SpecRetry.
func (w *Worker) deferJob(ev *jobregistry.JobRegistryJobCreated, l types.Log, cause error) error {
	id := ev.JobId.String()
	log := w.log.With("job", id)
	full := false
	var tries int
	err := w.update(func(st *workerState) {
		r := st.Jobs[id]
		if r == nil || r.Status != StatusDeferred {
			n := 0
			for _, r := range st.Jobs {
				if r.Status == StatusDeferred {
					n++
				}
			}
			if full = n >= maxDeferred; full {
				return
			}
			lc := l
			r = &JobRecord{ID: id, Status: StatusDeferred, SpecURI: ev.Uri, SpecHash: ev.SpecHash, Block: l.BlockNumber, Event: &lc}
			st.Jobs[id] = r
		}
		r.Tries++
		r.Reason = "spec: " + cause.Error()
		r.NextTry = time.Now().Add(w.cfg.SpecRetry.Delay(r.Tries))
		tries = r.Tries
	})
	if err != nil {
		return err
	}
	if full {
		log.Warn("matching worker: job declined, its spec cannot be fetched and too many jobs wait for theirs", "deferred", maxDeferred, "err", cause)
		return nil
	}
	log.Info("matching worker: job deferred, its spec cannot be fetched yet", "tries", tries, "uri", ev.Uri, "err", cause)
	select {
	case w.deferred <- struct{}{}: // retryDeferred may sleep past its time
	default:
	}
	return nil
}

// retryDeferred decides on deferred jobs as their next fetch comes due,
// until ctx ends. Jobs it applies to are worked on under ctx.
func (w *Worker) retryDeferred(ctx context.Context) {
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-w.deferred:
		}
		due, _ := w.dueDeferred(time.Now())
		for _, r := range due {
			if ctx.Err() != nil {
				return
			}
			w.retryOne(ctx, r)
		}
		_, next := w.dueDeferred(time.Now())
		t.Reset(max(time.Until(next), 10*time.Millisecond))
	}
}

// dueDeferred returns the deferred jobs due at now, by job id, and when
// the next one is due (an hour away when none is).
func (w *Worker) dueDeferred(now time.Time) ([]JobRecord, time.Time) {
	w.mu.Lock()
	defer w.mu.Unlock()
	next := now.Add(time.Hour)
	var due []JobRecord
	for _, r := range w.st.Jobs {
		if r.Status != StatusDeferred {
			continue
		}
		if !r.NextTry.After(now) {
			due = append(due, *r)
		} else if r.NextTry.Before(next) {
			next = r.NextTry
		}
	}
	sort.Slice(due, func(i, j int) bool {
		return due[i].Block < due[j].Block || (due[i].Block == due[j].Block && due[i].ID < due[j].ID)
	})
	return due, next
}

// retryOne fetches the spec of deferred job r again and decides on the job
// when the spec comes; a job no longer open loses its record.
func (w *Worker) retryOne(ctx context.Context, r JobRecord) {
	id, _ := new(big.Int).SetString(r.ID, 10)
	ctx = withJob(ctx, id)
	log := w.log.With("job", r.ID)
	drop := func(why string, args ...any) {
		log.Info("matching worker: deferred job dropped, "+why, args...)
		w.logErr(w.update(func(st *workerState) {
			if cur := st.Jobs[r.ID]; cur != nil && cur.Status == StatusDeferred {
				delete(st.Jobs, r.ID)
			}
		}))
	}
	var ev *jobregistry.JobRegistryJobCreated
	var err error
	if r.Event != nil {
		ev, err = w.jr.UnpackJobCreatedEvent(r.Event)
	}
	if r.Event == nil || err != nil || id == nil || ev.JobId.Cmp(id) != 0 {
		drop("its record holds no JobCreated event of the job", "err", err)
		return
	}
	job, err := w.readJob(ctx, id)
	switch {
	case ctx.Err() != nil:
		return
	case err != nil && unreachable(err):
		w.logErr(w.deferJob(ev, *r.Event, err))
		return
	case err != nil:
		drop("it cannot be read", "err", err)
		return
	case job.State != escrow.StateCreated || job.Agent != (common.Address{}):
		drop("no longer open", "state", job.State)
		return
	}
	if at, ok := w.view.headTime(); ok && !job.Deadline.IsZero() && !at.Before(job.Deadline) {
		drop("its deadline has passed", "deadline", job.Deadline)
		return
	}
	spec, err := w.fetchSpec(ctx, ev.Uri, ev.SpecHash)
	switch {
	case ctx.Err() != nil:
		return
	case err != nil && specUnusable(ev.Uri, err):
		drop("spec unusable", "uri", ev.Uri, "err", err)
		return
	case err != nil:
		w.logErr(w.deferJob(ev, *r.Event, err))
		return
	}
	log.Info("matching worker: the spec of a deferred job came", "tries", r.Tries+1)
	w.takeMu.Lock()
	defer w.takeMu.Unlock()
	if err := w.take(ctx, ev, *r.Event, spec); err != nil && ctx.Err() == nil {
		// The node stayed unreachable for a retry budget, before any
		// application was sent (take's contract): try again later.
		w.mu.Lock()
		cur := w.st.Jobs[r.ID]
		again := cur != nil && (cur.Status == StatusDeferred || cur.Status == StatusApplying)
		w.mu.Unlock()
		log.Warn("matching worker: deferred job not decided", "again", again, "err", err)
		if again {
			w.logErr(w.deferJob(ev, *r.Event, err))
		}
	}
}
