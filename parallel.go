package crosscheck

import (
	"runtime"
	"sync"
)

// forEach calls fn(i) for every i in [0, n) on up to workers goroutines
// (GOMAXPROCS when workers is 0 or less), then calls done(i), one call at
// a time, as each finishes: for progress counts.
func forEach(n, workers int, fn func(i int), done func(i int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
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
