package storage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"

	"github.com/ipfs/go-cid"

	"github.com/agijobs/agijobs-go/input"
)

// ReplicatedOptions configures [NewReplicated].
type ReplicatedOptions struct {
	// Replicas receive a copy of every DAG that is Put or Pinned, e.g. a
	// [*Kubo] node and a [*PinningService].
	Replicas []Replica
	// Fetchers are tried in order by Get when the local store misses, e.g.
	// a [*Kubo] node and [*Gateway]s.
	Fetchers []Fetcher
	// Logger receives replication records; nil means silent.
	Logger *slog.Logger
}

// Replicated is a [Store] that writes to a local [Embedded] store, pins
// locally and copies to remote replicas, and reads from remote fetchers when
// the local store misses. It is safe for concurrent use.
type Replicated struct {
	local    *Embedded
	replicas []Replica
	fetchers []Fetcher
	log      *slog.Logger
}

var _ Store = (*Replicated)(nil)

// NewReplicated returns a store over local with the replicas and fetchers of
// opts.
func NewReplicated(local *Embedded, opts ReplicatedOptions) *Replicated {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Replicated{
		local:    local,
		replicas: append([]Replica(nil), opts.Replicas...),
		fetchers: append([]Fetcher(nil), opts.Fetchers...),
		log:      log,
	}
}

// Local returns the local store.
func (s *Replicated) Local() *Embedded {
	if s == nil || s.local == nil {
		return nil
	}
	return s.local
}

// Put stores r locally, pins it locally and replicates it to every replica
// in parallel. When some replicas fail the CID is still returned, with a
// [*ReplicationError]: the content is safe locally and Pin retries the
// replicas.
func (s *Replicated) Put(ctx context.Context, r io.Reader) (cid.Cid, error) {
	if s == nil || s.local == nil {
		return cid.Cid{}, input.Unbuilt("storage.Replicated", "storage.NewReplicated with a non-nil local store")
	}
	c, err := s.local.Put(ctx, r)
	if err != nil {
		return cid.Undef, err
	}
	return c, s.Pin(ctx, c)
}

// Pin pins c locally (it must be stored locally) and replicates it to every
// replica in parallel; see Put for partial failures.
func (s *Replicated) Pin(ctx context.Context, c cid.Cid) error {
	if s == nil || s.local == nil {
		return input.Unbuilt("storage.Replicated", "storage.NewReplicated with a non-nil local store")
	}
	if err := s.local.Pin(ctx, c); err != nil {
		return err
	}
	var (
		mu     sync.Mutex
		failed = map[string]error{}
		wg     sync.WaitGroup
	)
	for _, rep := range s.replicas {
		wg.Go(func() {
			err := rep.Replicate(ctx, c, s.local)
			if err != nil {
				s.log.Warn("storage: replication failed", "cid", c, "replica", rep.Name(), "err", err)
				mu.Lock()
				failed[rep.Name()] = err
				mu.Unlock()
				return
			}
			s.log.Debug("storage: replicated", "cid", c, "replica", rep.Name())
		})
	}
	wg.Wait()
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if len(failed) > 0 {
		return &ReplicationError{CID: c, Failed: failed}
	}
	return nil
}

// Get reads c from the local store when it holds the whole DAG, otherwise
// from the fetchers in order, moving on when one fails before returning
// data. Every block is verified whatever the source. The error wraps every
// fetcher's error (so errors.Is finds [ErrNotFound] or [ErrIntegrity]).
func (s *Replicated) Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	if s == nil || s.local == nil {
		return nil, input.Unbuilt("storage.Replicated", "storage.NewReplicated with a non-nil local store")
	}
	has, err := s.local.Has(ctx, c)
	if err != nil {
		return nil, err
	}
	if has {
		return s.local.Get(ctx, c)
	}
	errs := []error{fmt.Errorf("storage: %s is not in the local store: %w", c, ErrNotFound)}
	for _, f := range s.fetchers {
		rc, err := f.Get(ctx, c)
		if err == nil {
			return rc, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		s.log.Debug("storage: fetcher failed", "cid", c, "err", err)
		errs = append(errs, err)
	}
	return nil, errors.Join(errs...)
}

// Has reports whether the local store holds the whole DAG under c.
func (s *Replicated) Has(ctx context.Context, c cid.Cid) (bool, error) {
	if s == nil || s.local == nil {
		return false, input.Unbuilt("storage.Replicated", "storage.NewReplicated with a non-nil local store")
	}
	return s.local.Has(ctx, c)
}
