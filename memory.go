package crosscheck

import (
	"os"
	"runtime/debug"
)

// DefaultMemoryLimit is the soft memory limit LimitMemory sets: a check
// keeps a few hundred MiB live (articles, claims, the index), but indexing
// makes much short-lived garbage, and without a limit the heap of a 31k-
// article batch grows to about 1 GiB before the collector catches up.
const DefaultMemoryLimit = 768 << 20

// LimitMemory sets the Go runtime's soft memory limit to
// DefaultMemoryLimit unless the GOMEMLIMIT environment variable sets one.
// It is a limit on garbage, not on work: a batch whose live data needs more
// still runs, with the collector working harder.
func LimitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(DefaultMemoryLimit)
	}
}
