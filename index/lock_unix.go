//go:build unix

package index

import (
	"errors"
	"os"
	"syscall"
)

// flock takes an exclusive lock on f without waiting; errLocked means
// another process holds it. The kernel drops it when the process dies.
func flock(f *os.File) error {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return errLocked
	}
	return err
}

func unflock(f *os.File) { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }
