package index

import (
	"errors"
	"fmt"
)

// ErrInUse matches, with errors.Is, the error Open returns when another
// process holds the index.
var ErrInUse = errors.New("index is in use")

// InUseError says which process holds an index.
type InUseError struct {
	Dir string
	PID string
}

func (e *InUseError) Error() string {
	return fmt.Sprintf("index %s is in use by another crosscheck process (pid %s)", e.Dir, e.PID)
}

// Is makes errors.Is(err, ErrInUse) true.
func (e *InUseError) Is(target error) bool { return target == ErrInUse }
