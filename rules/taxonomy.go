package rules

// Taxonomy answers is-a and disjointness questions about the rulebook's
// victim and participant categories.
type Taxonomy struct {
	parents  map[string][]string
	disjoint map[string]map[string]bool
	generic  map[string]bool
	perp     map[string]bool
}

// NewTaxonomy compiles the rulebook's categories. Cycles are tolerated (the
// validator reports them); each walk visits a category once.
func NewTaxonomy(cats []Category) *Taxonomy {
	t := &Taxonomy{parents: map[string][]string{}, disjoint: map[string]map[string]bool{}, generic: map[string]bool{}, perp: map[string]bool{}}
	for _, c := range cats {
		t.parents[c.ID] = append(t.parents[c.ID], c.Is...)
		if c.Generic {
			t.generic[c.ID] = true
		}
		if c.Perpetrator {
			t.perp[c.ID] = true
		}
		for _, d := range c.Disjoint {
			if t.disjoint[c.ID] == nil {
				t.disjoint[c.ID] = map[string]bool{}
			}
			if t.disjoint[d] == nil {
				t.disjoint[d] = map[string]bool{}
			}
			t.disjoint[c.ID][d] = true
			t.disjoint[d][c.ID] = true
		}
	}
	return t
}

// Ancestors returns id and every category it is, transitively.
func (t *Taxonomy) Ancestors(id string) []string {
	seen := map[string]bool{}
	var out []string
	var walk func(string)
	walk = func(c string) {
		if seen[c] {
			return
		}
		seen[c] = true
		out = append(out, c)
		for _, p := range t.parents[c] {
			walk(p)
		}
	}
	walk(id)
	return out
}

// Is reports whether category a is (transitively) category b.
func (t *Taxonomy) Is(a, b string) bool {
	for _, x := range t.Ancestors(a) {
		if x == b {
			return true
		}
	}
	return false
}

// Generic reports whether a category says nothing about who ("people").
func (t *Taxonomy) Generic(id string) bool { return t.generic[id] }

// Perpetrator reports whether a category, or one it is, names those who
// did it ("gunman", "suspect").
func (t *Taxonomy) Perpetrator(id string) bool {
	for _, a := range t.Ancestors(id) {
		if t.perp[a] {
			return true
		}
	}
	return false
}

// Disjoint reports whether no member of a can be a member of b: some
// ancestor of a is declared disjoint from some ancestor of b.
func (t *Taxonomy) Disjoint(a, b string) bool {
	bs := t.Ancestors(b)
	for _, x := range t.Ancestors(a) {
		for _, y := range bs {
			if t.disjoint[x][y] {
				return true
			}
		}
	}
	return false
}
