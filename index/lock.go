package index

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// tryLock takes the writer lock without waiting; errLocked means another
// writer has it.
//
// On PostgreSQL it is a session advisory lock on a connection kept for
// writing, so that the lock and the writes share one session: if the
// session dies the writes fail with it. On SQLite it is an flock on the
// file "<db>-writer.lock"; the kernel releases both when the process dies,
// so a waiting Indexer takes over.
func (d *DB) tryLock(ctx context.Context) (writer, error) {
	if d.dialect.name == "sqlite" && d.path == "" {
		// In memory the database lives in this process only.
		return writer{q: d.db, release: func() {}}, nil
	}
	conn, err := d.db.Conn(ctx)
	if err != nil {
		return writer{}, d.connErr(err)
	}
	if d.dialect.name == "postgres" {
		var ok bool
		if err := conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock($1)`, writerLockKey).Scan(&ok); err != nil {
			conn.Close()
			return writer{}, d.connErr(err)
		}
		if !ok {
			conn.Close()
			return writer{}, errLocked
		}
		return writer{q: conn, release: func() {
			_, _ = conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1)`, writerLockKey)
			conn.Close()
		}}, nil
	}
	f, err := os.OpenFile(d.path+"-writer.lock", os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		conn.Close()
		return writer{}, fmt.Errorf("index: writer lock: %w", err)
	}
	if err := flock(f); err != nil {
		f.Close()
		conn.Close()
		if errors.Is(err, errLocked) {
			return writer{}, err
		}
		return writer{}, fmt.Errorf("index: writer lock %s: %w", f.Name(), err)
	}
	return writer{q: conn, release: func() {
		conn.Close()
		unflock(f)
		f.Close()
	}}, nil
}

// ethFilter is the eth_getLogs query of blocks from..to.
func ethFilter(from, to *big.Int, addrs []common.Address, topics [][]common.Hash) ethereum.FilterQuery {
	return ethereum.FilterQuery{FromBlock: from, ToBlock: to, Addresses: addrs, Topics: topics}
}
