package index

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/storage"
)

// Spec reading: how many at once, how long each may take, and the
// backoff of a spec that could not be read.
const (
	specsPerRound  = 32
	specTimeout    = 15 * time.Second
	specMaxTries   = 8
	specFirstRetry = 5 * time.Second
	specMaxRetry   = time.Hour
)

type pendingSpec struct {
	hash     common.Hash
	uri      string
	attempts int
	category string
	title    string
	err      error
}

// fillSpecs reads the pending job specs (a round of them, concurrently)
// and records each one's category and title on its jobs. A spec that
// cannot be read is tried again later, with backoff, up to specMaxTries
// times; it never holds indexing up.
func (ix *Indexer) fillSpecs(ctx context.Context) {
	d := ix.db.dialect
	rows, err := ix.w.q.QueryContext(ctx, d.rebind(`SELECT spec_hash, uri, attempts FROM specs WHERE status = 'pending' AND next_try <= ? ORDER BY next_try LIMIT ?`),
		time.Now().Unix(), specsPerRound)
	if err != nil {
		if ctx.Err() == nil {
			ix.log.Warn("index: read pending specs", "err", err)
		}
		return
	}
	var todo []*pendingSpec
	for rows.Next() {
		var p pendingSpec
		var h []byte
		if err := rows.Scan(&h, &p.uri, &p.attempts); err != nil {
			ix.log.Warn("index: read pending specs", "err", err)
			break
		}
		p.hash = common.BytesToHash(h)
		todo = append(todo, &p)
	}
	rows.Close()
	var wg sync.WaitGroup
	for _, p := range todo {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fctx, cancel := context.WithTimeout(ctx, specTimeout)
			defer cancel()
			spec, err := storage.FetchJobSpec(fctx, ix.cfg.Specs, p.uri, p.hash)
			if err != nil {
				p.err = err
				return
			}
			p.category, p.title = strings.ToLower(strings.TrimSpace(spec.Category)), spec.Title
		}()
	}
	wg.Wait()
	for _, p := range todo {
		if ctx.Err() != nil {
			return
		}
		if err := ix.recordSpec(ctx, p); err != nil {
			ix.log.Warn("index: record spec", "spec", p.hash, "err", err)
		}
	}
}

// recordSpec stores the outcome of reading one spec.
func (ix *Indexer) recordSpec(ctx context.Context, p *pendingSpec) error {
	d := ix.db.dialect
	tx, err := ix.w.q.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // after Commit it is a no-op
	if p.err != nil {
		status := "pending"
		if p.attempts+1 >= specMaxTries {
			status = "failed"
		}
		wait := min(specFirstRetry<<p.attempts, specMaxRetry)
		ix.log.Info("index: job spec not read", "spec", p.hash, "uri", p.uri, "attempt", p.attempts+1, "err", p.err)
		if _, err := tx.ExecContext(ctx, d.rebind(`UPDATE specs SET status = ?, attempts = attempts + 1, error = ?, next_try = ? WHERE spec_hash = ?`),
			status, p.err.Error(), time.Now().Add(wait).Unix(), p.hash.Bytes()); err != nil {
			return err
		}
		return tx.Commit()
	}
	if _, err := tx.ExecContext(ctx, d.rebind(`UPDATE specs SET status = 'ok', attempts = attempts + 1, category = ?, title = ?, error = NULL WHERE spec_hash = ?`),
		p.category, p.title, p.hash.Bytes()); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, d.rebind(`UPDATE jobs SET category = ?, title = ? WHERE spec_hash = ?`), p.category, p.title, p.hash.Bytes()); err != nil {
		return err
	}
	return tx.Commit()
}
