//go:build !windows

package index

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// lockFile takes an flock on f: shared or exclusive, waiting or not. It
// returns errWouldBlock when it would have to wait and wait is false.
func lockFile(f *os.File, shared, wait bool) error {
	how := unix.LOCK_EX
	if shared {
		how = unix.LOCK_SH
	}
	if !wait {
		how |= unix.LOCK_NB
	}
	for {
		err := unix.Flock(int(f.Fd()), how)
		switch {
		case errors.Is(err, unix.EINTR):
			continue
		case errors.Is(err, unix.EWOULDBLOCK):
			return errWouldBlock
		}
		return err
	}
}
