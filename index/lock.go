package index

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// lockName is the lock file inside an on-disk index directory.
const lockName = "crosscheck.lock"

// holderPrefix starts the name of each holder file: one per open of the
// index, "crosscheck.holder-PID-RANDOM", locked for as long as the index is
// open, so that a refused opener can name the processes that hold it.
const holderPrefix = "crosscheck.holder-"

// errWouldBlock is what tryLock returns when another open file holds a
// conflicting lock.
var errWouldBlock = errors.New("lock held elsewhere")

// dirLock is the lock on the index's lock file, held for as long as the
// index is open, and the holder file that names this process. The
// operating system drops both locks when the process dies, so a killed run
// never leaves a stale lock behind.
type dirLock struct {
	f      *os.File
	holder *os.File
}

// lockDir takes the lock of dir: exclusive for writers, shared for
// read-only opens. Without wait it fails at once when another process holds
// a conflicting lock, naming the processes that hold it.
func lockDir(dir string, shared, wait bool) (*dirLock, error) {
	f, err := os.OpenFile(filepath.Join(dir, lockName), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("index %s: lock: %w", dir, err)
	}
	if err := lockFile(f, shared, wait); err != nil {
		f.Close()
		if errors.Is(err, errWouldBlock) {
			return nil, &InUseError{Dir: dir, PID: lockHolders(dir)}
		}
		return nil, fmt.Errorf("index %s: lock: %w", dir, err)
	}
	return &dirLock{f: f}, nil
}

// announce creates and locks this process's holder file in dir, the
// directory the index now lives in. It is best effort: without it a
// refused opener only says "unknown".
func (l *dirLock) announce(dir string) {
	if l == nil || l.holder != nil {
		return
	}
	h, err := os.CreateTemp(dir, holderPrefix+strconv.Itoa(os.Getpid())+"-*")
	if err != nil {
		return
	}
	if lockFile(h, false, false) != nil {
		h.Close()
		os.Remove(h.Name())
		return
	}
	l.holder = h
}

// lockHolders returns the pids of the live holders of dir, "123" or
// "123, 456", or "unknown". A holder file that nobody holds locked is left
// by a killed process and is removed on the way.
func lockHolders(dir string) string {
	names, _ := filepath.Glob(filepath.Join(dir, holderPrefix+"*"))
	seen := map[int]bool{}
	var pids []int
	for _, name := range names {
		pid, ok := holderPID(filepath.Base(name))
		if !ok {
			continue
		}
		f, err := os.OpenFile(name, os.O_RDWR, 0)
		if err != nil {
			continue
		}
		err = lockFile(f, false, false)
		f.Close()
		if err == nil {
			os.Remove(name) // nobody holds it: left by a killed process
			continue
		}
		if errors.Is(err, errWouldBlock) && !seen[pid] {
			seen[pid] = true
			pids = append(pids, pid)
		}
	}
	if len(pids) == 0 {
		return "unknown"
	}
	sort.Ints(pids)
	s := make([]string, len(pids))
	for i, p := range pids {
		s[i] = strconv.Itoa(p)
	}
	return strings.Join(s, ", ")
}

// holderPID reads the pid out of a holder file's name.
func holderPID(name string) (int, bool) {
	rest, ok := strings.CutPrefix(name, holderPrefix)
	if !ok {
		return 0, false
	}
	pid, _, _ := strings.Cut(rest, "-")
	n, err := strconv.Atoi(pid)
	return n, err == nil && n > 0
}

// unlock releases the lock and removes the holder file.
func (l *dirLock) unlock() error {
	if l == nil || l.f == nil {
		return nil
	}
	if l.holder != nil {
		name := l.holder.Name()
		l.holder.Close() // closed first: Windows removes no open file
		os.Remove(name)
		l.holder = nil
	}
	err := l.f.Close()
	l.f = nil
	return err
}
