package index

import (
	"math/rand"
	"sort"
	"testing"
)

func TestKthLargest(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for n := 1; n < 60; n++ {
		xs := make([]float64, n)
		for i := range xs {
			xs[i] = float64(rng.Intn(7)) // many ties
		}
		sorted := append([]float64(nil), xs...)
		sort.Sort(sort.Reverse(sort.Float64Slice(sorted)))
		for k := 1; k <= n; k++ {
			cp := append([]float64(nil), xs...)
			if got := kthLargest(cp, k); got != sorted[k-1] {
				t.Fatalf("n=%d k=%d: %v, want %v", n, k, got, sorted[k-1])
			}
		}
	}
}
