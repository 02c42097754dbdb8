package index

import "sort"

// unionFind groups string items into disjoint sets.
type unionFind struct {
	parent map[string]string
}

func newUnionFind() *unionFind { return &unionFind{parent: map[string]string{}} }

// add makes x a set of its own unless it is known.
func (u *unionFind) add(x string) {
	if _, ok := u.parent[x]; !ok {
		u.parent[x] = x
	}
}

// find returns the representative of x's set (the smallest id), halving
// paths on the way.
func (u *unionFind) find(x string) string {
	u.add(x)
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

// union merges the sets of a and b; the smaller id becomes the root, which
// keeps the result independent of the order of unions.
func (u *unionFind) union(a, b string) {
	ra, rb := u.find(a), u.find(b)
	switch {
	case ra == rb:
	case ra < rb:
		u.parent[rb] = ra
	default:
		u.parent[ra] = rb
	}
}

// items returns every item, sorted.
func (u *unionFind) items() []string {
	out := make([]string, 0, len(u.parent))
	for x := range u.parent {
		out = append(out, x)
	}
	sort.Strings(out)
	return out
}
