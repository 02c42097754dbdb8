package pool

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
)

// TestEachDoesAll checks that every item is done once, on one goroutine
// or several, and done is called once per item.
func TestEachDoesAll(t *testing.T) {
	for _, workers := range []int{1, 4} {
		var ran, finished atomic.Int64
		seen := make([]int32, 100)
		err := Each(context.Background(), len(seen), workers, nil, func(i int) {
			atomic.AddInt32(&seen[i], 1)
			ran.Add(1)
		}, func(int) { finished.Add(1) })
		if err != nil {
			t.Fatal(err)
		}
		for i, n := range seen {
			if n != 1 {
				t.Fatalf("workers %d: item %d ran %d times", workers, i, n)
			}
		}
		if finished.Load() != 100 {
			t.Errorf("workers %d: done called %d times, want 100", workers, finished.Load())
		}
	}
}

// TestEachCancelled checks that a cancelled context stops the work: no
// item starts after the cancel, and Each says why it stopped.
func TestEachCancelled(t *testing.T) {
	for _, workers := range []int{1, 4} {
		ctx, cancel := context.WithCancel(context.Background())
		var ran atomic.Int64
		err := Each(ctx, 1000, workers, nil, func(i int) {
			if ran.Add(1) == 10 {
				cancel()
			}
		}, nil)
		if !errors.Is(err, context.Canceled) {
			t.Errorf("workers %d: err %v, want context.Canceled", workers, err)
		}
		// Up to a worker's buffered items may still run after the cancel.
		if n := ran.Load(); n < 10 || n > 10+2*int64(workers) {
			t.Errorf("workers %d: %d items ran after a cancel at the 10th", workers, n)
		}
		cancel()
	}
}

// TestEachPanic checks that a panic in fn reaches the caller's goroutine
// as a *Panic that names the item, carries the value and the stack.
func TestEachPanic(t *testing.T) {
	for _, workers := range []int{1, 4} {
		p := func() (p *Panic) {
			defer func() { p, _ = recover().(*Panic) }()
			_ = Each(context.Background(), 50, workers, func(i int) string { return fmt.Sprintf("article a%d", i) }, func(i int) {
				if i == 17 {
					var m map[string]int
					//lint:ignore SA5000 the test makes a stage panic on purpose
					m["x"]++ // a runtime error
				}
			}, nil)
			return nil
		}()
		if p == nil {
			t.Fatalf("workers %d: no *Panic reached the caller", workers)
		}
		if p.Item != 17 || p.What != "article a17" {
			t.Errorf("workers %d: panic names item %d %q, want 17 \"article a17\"", workers, p.Item, p.What)
		}
		var re interface{ RuntimeError() }
		if !errors.As(p, &re) {
			t.Errorf("workers %d: the runtime error is not reachable with errors.As: %v", workers, p.Value)
		}
		if !strings.Contains(p.Error(), "article a17") || !strings.Contains(string(p.Stack), "pool_test.go") {
			t.Errorf("workers %d: message %q or stack does not say where", workers, p.Error())
		}
	}
}
