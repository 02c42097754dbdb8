package compare

import (
	"sort"
	"strings"

	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/internal/unionfind"
	"github.com/newsdesk/crosscheck/rules"
)

// counts compares figures of other quantities: counted things, measures
// of a thing and money. Figures are compared per measure, and only those
// that state the same fact (countAlign): each article's figures are
// paired one to one with another article's, the surest ties first, so
// that "$3.2 billion" is set against "$3.3 billion" and not against every
// other sum in the story. A pair whose ranges do not meet is a
// disagreement, unless another figure of one side tied to the other meets
// it (a source that writes "more than $3 billion" and "$3 billion"
// agrees with "$3.3 billion").
func (j *judge) counts(cls []*claims.Claim) {
	tol := j.c.settings[string(claims.Count)].Tolerance
	for _, group := range groupBy(cls, countMeasure) {
		j.countGroup(group, tol)
	}
}

// countMeasure is what a count claim measures.
func countMeasure(c *claims.Claim) string {
	if c.Value.Count != nil {
		return c.Value.Count.Measure
	}
	return c.Value.Unit
}

// countEdge is a pair of figures of two articles that state the same fact.
type countEdge struct {
	x, y   *claims.Claim
	level  int
	doubts []string
	agree  bool
}

// countGroup compares the figures of one measure.
func (j *judge) countGroup(cls []*claims.Claim, tol float64) {
	ids, per := byArticle(cls)
	if len(ids) < 2 {
		return
	}
	var edges []countEdge
	for a := 0; a < len(ids); a++ {
		for b := a + 1; b < len(ids); b++ {
			edges = append(edges, j.pairFigures(per[ids[a]], per[ids[b]], tol)...)
		}
	}
	if len(edges) == 0 {
		return
	}
	// Facts: figures joined by the pairs.
	index := map[*claims.Claim]int{}
	var nodes []*claims.Claim
	node := func(c *claims.Claim) int {
		if i, ok := index[c]; ok {
			return i
		}
		index[c] = len(nodes)
		nodes = append(nodes, c)
		return len(nodes) - 1
	}
	for _, e := range edges {
		node(e.x)
		node(e.y)
	}
	u := unionfind.Indexes(len(nodes))
	for _, e := range edges {
		u.Union(index[e.x], index[e.y])
	}
	for _, set := range u.Groups() {
		var fact []*claims.Claim
		for _, i := range set {
			fact = append(fact, nodes[i])
		}
		var factEdges []countEdge
		for _, e := range edges {
			if u.Find(index[e.x]) == u.Find(set[0]) {
				factEdges = append(factEdges, e)
			}
		}
		j.countFact(fact, factEdges, tol)
	}
}

// pairFigures pairs the figures of two articles one to one, surest ties
// and closest figures first.
func (j *judge) pairFigures(xs, ys []*claims.Claim, tol float64) []countEdge {
	type cand struct {
		countEdge
		gap float64
	}
	var cands []cand
	for _, x := range xs {
		for _, y := range ys {
			level, doubts := j.countAlign(x, y)
			if level == alignNone {
				continue
			}
			rx, ry := countRange(x, tol), countRange(y, tol)
			if level < alignThing && farApart(rx, ry) {
				continue
			}
			cands = append(cands, cand{countEdge{x, y, level, doubts, rangesMeet(rx, ry)}, rangeGap(rx, ry)})
		}
	}
	sort.SliceStable(cands, func(a, b int) bool {
		ca, cb := cands[a], cands[b]
		if ca.level != cb.level {
			return ca.level > cb.level
		}
		if ca.gap != cb.gap {
			return ca.gap < cb.gap
		}
		if ca.x.ID != cb.x.ID {
			return ca.x.ID < cb.x.ID
		}
		return ca.y.ID < cb.y.ID
	})
	used := map[*claims.Claim]bool{}
	var out []countEdge
	for _, c := range cands {
		if used[c.x] || used[c.y] {
			continue
		}
		used[c.x], used[c.y] = true, true
		if !c.agree && (j.metByOther(c.y, c.x, xs, tol) || j.metByOther(c.x, c.y, ys, tol)) {
			continue
		}
		out = append(out, c.countEdge)
	}
	return out
}

// metByOther reports whether some figure of others, other than skip, is
// tied to c and meets it.
func (j *judge) metByOther(c, skip *claims.Claim, others []*claims.Claim, tol float64) bool {
	rc := countRange(c, tol)
	for _, o := range others {
		if o == skip {
			continue
		}
		if level, _ := j.countAlign(o, c); level != alignNone && rangesMeet(countRange(o, tol), rc) {
			return true
		}
	}
	return false
}

// countFact reports the disagreements within one fact: figures that meet
// form one side, so three outlets with two figures make one finding.
func (j *judge) countFact(fact []*claims.Claim, edges []countEdge, tol float64) {
	sort.Slice(fact, func(a, b int) bool { return fact[a].ID < fact[b].ID })
	var groups [][]*claims.Claim
	groupOf := map[*claims.Claim]int{}
	for _, c := range fact {
		placed := false
		for g := range groups {
			fits := true
			for _, m := range groups[g] {
				if !rangesMeet(countRange(m, tol), countRange(c, tol)) {
					fits = false
					break
				}
			}
			if fits {
				groups[g] = append(groups[g], c)
				groupOf[c] = g
				placed = true
				break
			}
		}
		if !placed {
			groupOf[c] = len(groups)
			groups = append(groups, []*claims.Claim{c})
		}
	}
	subject := factSubject(fact)
	key := countMeasure(fact[0]) + "|" + subject
	for a := 0; a < len(groups); a++ {
		if len(articlesOf(groups[a])) >= 2 {
			j.agree(claims.Count, subject, ValueText(groups[a][0]), groups[a])
		}
		for b := a + 1; b < len(groups); b++ {
			sure, found := false, false
			var doubts []string
			for _, e := range edges {
				ga, gb := groupOf[e.x], groupOf[e.y]
				if e.agree || !(ga == a && gb == b || ga == b && gb == a) {
					continue
				}
				found = true
				if e.level == alignThing && len(e.doubts) == 0 {
					sure = true // one sure pair makes the sides disagree surely
				}
				for _, d := range e.doubts {
					if !containsStr(doubts, d) {
						doubts = append(doubts, d)
					}
				}
			}
			if !found {
				continue
			}
			if sure {
				doubts = nil
			}
			// A figure that meets both sides ("more than $3 billion"
			// against "$3.2 billion" and "$3.3 billion") takes neither.
			x := apart(groups[a], groups[b], tol)
			y := apart(groups[b], x, tol)
			if len(x) == 0 {
				y = apart(groups[b], groups[a], tol)
				x = apart(groups[a], y, tol)
			}
			if len(x) == 0 || len(y) == 0 {
				continue
			}
			when := rules.OutcomeCountDisjoint
			if !sure {
				when = rules.OutcomeCountUncertain
			}
			j.emit(claims.Count, when, subject, key,
				"figures "+ValueText(x[0])+" and "+ValueText(y[0])+" do not overlap",
				map[string]any{"Values": versus(x, y), "Doubt": strings.Join(doubts, "; ")},
				side{claims: x}, side{claims: y})
		}
	}
}

// apart returns the claims of xs that meet no claim of ys.
func apart(xs, ys []*claims.Claim, tol float64) []*claims.Claim {
	var out []*claims.Claim
	for _, x := range xs {
		meets := false
		for _, y := range ys {
			if rangesMeet(countRange(x, tol), countRange(y, tol)) {
				meets = true
				break
			}
		}
		if !meets {
			out = append(out, x)
		}
	}
	return out
}

// factSubject names what a fact's figures measure, from the claim that
// says most about it.
func factSubject(fact []*claims.Claim) string {
	best := fact[0]
	for _, c := range fact[1:] {
		if len(c.Subject.Text) > len(best.Subject.Text) {
			best = c
		}
	}
	if best.Subject.Text != "" {
		return best.Subject.Text
	}
	return plural(best.Value.Unit)
}

func containsStr(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// plural turns a counted unit back into the plural for messages: "air
// base" → "air bases", "casualty" → "casualties".
func plural(unit string) string {
	switch {
	case unit == "":
		return unit
	case strings.HasSuffix(unit, "s"), strings.HasSuffix(unit, "x"), strings.HasSuffix(unit, "ch"), strings.HasSuffix(unit, "sh"):
		return unit + "es"
	case strings.HasSuffix(unit, "y") && len(unit) > 2 && !strings.ContainsRune("aeiou", rune(unit[len(unit)-2])):
		return unit[:len(unit)-1] + "ies"
	}
	return unit + "s"
}
