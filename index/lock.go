package index

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// lockName is the lock file inside an on-disk index directory.
const lockName = "crosscheck.lock"

// dirLock is an flock held on the index's lock file for as long as the index
// is open. The kernel drops it when the process dies, so a killed run never
// leaves a stale lock behind.
type dirLock struct{ f *os.File }

// lockDir takes the lock of dir: exclusive for writers, shared for
// read-only opens. Without wait it fails at once when another process holds
// a conflicting lock, naming that process. A writer records its pid in the
// file for that message.
func lockDir(dir string, shared, wait bool) (*dirLock, error) {
	f, err := os.OpenFile(filepath.Join(dir, lockName), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("index %s: lock: %w", dir, err)
	}
	how := unix.LOCK_EX
	if shared {
		how = unix.LOCK_SH
	}
	if !wait {
		how |= unix.LOCK_NB
	}
	for {
		err = unix.Flock(int(f.Fd()), how)
		if !errors.Is(err, unix.EINTR) {
			break
		}
	}
	if err != nil {
		f.Close()
		if errors.Is(err, unix.EWOULDBLOCK) {
			return nil, &InUseError{Dir: dir, PID: lockHolder(dir)}
		}
		return nil, fmt.Errorf("index %s: lock: %w", dir, err)
	}
	if !shared {
		if err := f.Truncate(0); err == nil {
			_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
		}
	}
	return &dirLock{f: f}, nil
}

// lockHolder returns the pid recorded in dir's lock file, or "unknown".
func lockHolder(dir string) string {
	b, err := os.ReadFile(filepath.Join(dir, lockName))
	pid := strings.TrimSpace(string(b))
	if err != nil || pid == "" {
		return "unknown"
	}
	return pid
}

// unlock releases the lock by closing the file.
func (l *dirLock) unlock() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	return err
}
