// Package pool is crosscheck's one worker pool: extraction, indexing,
// story grouping and comparison all spread their work with Each.
package pool

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
)

// Each calls fn(i) for every i in [0, n) on up to workers goroutines
// (GOMAXPROCS when workers is 0 or less) and, when done is not nil, calls
// done(i) as each finishes, one call at a time: for progress counts. The
// results of fn must not depend on which goroutine runs it; callers write
// them into slots indexed by i.
//
// When ctx is cancelled, Each hands out no further item, waits for those
// under way and returns ctx's error; it returns nil when every item was
// done. When fn (or done) panics, Each hands out no further item, waits for those
// under way and panics in the caller's goroutine with a *Panic that names
// the item with what(i) (what may be nil), so that the panic can be
// recovered and reported by the caller like one of its own.
func Each(ctx context.Context, n, workers int, what func(i int) string, fn, done func(i int)) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, n)
	var mu sync.Mutex // serialises done
	// run does item i and, under mu, calls done; a panic in either is
	// returned as a *Panic.
	run := func(i int) (p *Panic) {
		defer func() {
			if r := recover(); r != nil {
				p = &Panic{Item: i, Value: r, Stack: debug.Stack()}
				if what != nil {
					p.What = what(i)
				}
			}
		}()
		fn(i)
		if done != nil {
			mu.Lock()
			defer mu.Unlock()
			done(i)
		}
		return nil
	}
	if workers <= 1 {
		for i := 0; i < n; i++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			if p := run(i); p != nil {
				panic(p)
			}
		}
		return nil
	}
	next := make(chan int, workers)
	stop := make(chan struct{})
	var (
		wg     sync.WaitGroup
		fmu    sync.Mutex
		failed *Panic
	)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if p := run(i); p != nil {
					fmu.Lock()
					if failed == nil {
						failed = p
						close(stop)
					}
					fmu.Unlock()
				}
			}
		}()
	}
	var err error
feed:
	for i := 0; i < n; i++ {
		if err = ctx.Err(); err != nil {
			break
		}
		select {
		case next <- i:
		case <-ctx.Done():
			err = ctx.Err()
			break feed
		case <-stop:
			break feed
		}
	}
	close(next)
	wg.Wait()
	if failed != nil {
		panic(failed)
	}
	return err
}

// Panic is what Each panics with when fn panicked: the item fn was
// working on, what that item is, the value fn panicked with and the stack
// of the goroutine where it did.
type Panic struct {
	// Item is the i that fn was called with.
	Item int
	// What names the item ("article X"), or is "" when the caller of Each
	// gave no name.
	What string
	// Value is what fn panicked with.
	Value any
	// Stack is the stack of the goroutine that panicked, at the panic.
	Stack []byte
}

// Error says what was being worked on and what the panic was.
func (p *Panic) Error() string {
	what := p.What
	if what == "" {
		what = fmt.Sprintf("item %d", p.Item)
	}
	return fmt.Sprintf("panic while working on %s: %v", what, p.Value)
}

// Unwrap returns the value fn panicked with when it is an error (a runtime
// error, say), so that errors.As reaches it.
func (p *Panic) Unwrap() error {
	err, _ := p.Value.(error)
	return err
}
