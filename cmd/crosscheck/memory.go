package main

import (
	"os"
	"runtime/debug"
)

// defaultMemoryLimit is the soft memory limit limitMemory sets: a check
// keeps a few hundred MiB live (articles, claims, the index), but indexing
// makes much short-lived garbage, and without a limit the heap of a 31k-
// article batch grows to about 1 GiB before the collector catches up.
const defaultMemoryLimit = 768 << 20

// limitMemory sets the Go runtime's soft memory limit to
// defaultMemoryLimit unless the GOMEMLIMIT environment variable sets one.
// The command sets it, not the library: it is global state of the
// process, the program's to choose.
// It is a limit on garbage, not on work: a batch whose live data needs more
// still runs, with the collector working harder.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
}
