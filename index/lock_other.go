//go:build !unix

package index

import (
	"errors"
	"os"
)

// flock is not available here: an SQLite index file cannot be shared
// safely between writers, so writing one is refused; use PostgreSQL or an
// in-memory database.
func flock(*os.File) error {
	return errors.New("index: the SQLite writer lock needs a Unix system; use PostgreSQL")
}

func unflock(*os.File) {}
