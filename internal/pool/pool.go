// Package pool is crosscheck's one worker pool: extraction, indexing,
// story grouping and comparison all spread their work with Each.
package pool

import (
	"runtime"
	"sync"
)

// Each calls fn(i) for every i in [0, n) on up to workers goroutines
// (GOMAXPROCS when workers is 0 or less) and, when done is not nil, calls
// done(i) as each finishes, one call at a time: for progress counts. The
// results of fn must not depend on which goroutine runs it; callers write
// them into slots indexed by i.
func Each(n, workers int, fn func(i int), done func(i int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, n)
	if workers <= 1 {
		for i := 0; i < n; i++ {
			fn(i)
			if done != nil {
				done(i)
			}
		}
		return
	}
	next := make(chan int, workers)
	var wg sync.WaitGroup
	var mu sync.Mutex
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
				if done != nil {
					mu.Lock()
					done(i)
					mu.Unlock()
				}
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}
