// Package unionfind groups items into disjoint sets: crosscheck's one
// union-find, for stories of linked articles and for claims found equal.
package unionfind

import (
	"cmp"
	"slices"
)

// Sets is a union-find over items of type T. The representative of a set
// is its smallest item, so that neither the representatives nor the sets
// depend on the order of the unions. The zero value is not ready: use New
// or Indexes.
type Sets[T cmp.Ordered] struct {
	parent map[T]T
}

// New returns sets with each of items in a set of its own.
func New[T cmp.Ordered](items ...T) *Sets[T] {
	u := &Sets[T]{parent: make(map[T]T, len(items))}
	for _, x := range items {
		u.Add(x)
	}
	return u
}

// Indexes returns the sets {0}, {1} ... {n-1}.
func Indexes(n int) *Sets[int] {
	u := &Sets[int]{parent: make(map[int]int, n)}
	for i := 0; i < n; i++ {
		u.parent[i] = i
	}
	return u
}

// Add makes x a set of its own unless it is known.
func (u *Sets[T]) Add(x T) {
	if _, ok := u.parent[x]; !ok {
		u.parent[x] = x
	}
}

// Find returns the representative of x's set, halving paths on the way;
// an unknown x is added first.
func (u *Sets[T]) Find(x T) T {
	u.Add(x)
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

// Union merges the sets of a and b.
func (u *Sets[T]) Union(a, b T) {
	ra, rb := u.Find(a), u.Find(b)
	switch {
	case ra == rb:
	case ra < rb:
		u.parent[rb] = ra
	default:
		u.parent[ra] = rb
	}
}

// Items returns every item, sorted.
func (u *Sets[T]) Items() []T {
	out := make([]T, 0, len(u.parent))
	for x := range u.parent {
		out = append(out, x)
	}
	slices.Sort(out)
	return out
}

// Groups returns every set, singletons included, each sorted, in the
// order of their smallest items.
func (u *Sets[T]) Groups() [][]T {
	var out [][]T
	at := map[T]int{} // the position in out of each representative's set
	for _, x := range u.Items() {
		r := u.Find(x)
		k, ok := at[r]
		if !ok {
			k = len(out)
			at[r] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], x)
	}
	return out
}

// Joined returns the sets of two or more items, as Groups orders them.
func (u *Sets[T]) Joined() [][]T {
	var out [][]T
	for _, g := range u.Groups() {
		if len(g) > 1 {
			out = append(out, g)
		}
	}
	return out
}
