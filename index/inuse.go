package index

import (
	"errors"
	"fmt"
	"strings"
)

// ErrInUse matches, with errors.Is, the error Open returns when another
// process holds the index.
var ErrInUse = errors.New("index is in use")

// InUseError says which processes hold an index.
type InUseError struct {
	Dir string
	// PID lists the live holders' pids, "123" or "123, 456", or "unknown".
	PID string
}

// Error names the index and the processes that hold it.
func (e *InUseError) Error() string {
	what := "pid"
	if strings.Contains(e.PID, ",") {
		what = "pids"
	}
	return fmt.Sprintf("index %s is in use by another crosscheck process (%s %s)", e.Dir, what, e.PID)
}

// Is makes errors.Is(err, ErrInUse) true.
func (e *InUseError) Is(target error) bool { return target == ErrInUse }
