package compare

import (
	"math"
	"strings"

	"github.com/newsdesk/crosscheck/claims"
)

// How surely two figures of one measure state the same fact.
const (
	// alignNone: nothing ties them, or something sets them apart.
	alignNone = iota
	// alignAct: the same act governs both, who does it is not named on
	// both sides ("have booked $600,000" / "$300,000 has been set aside").
	alignAct
	// alignAgent: the same act by the same named party ("the mayor is
	// insisting on $4.2 million" / "we're asking for $4.1 million, the
	// mayor said").
	alignAgent
	// alignThing: the same thing measured or the same name tied to the
	// figure ("the 52-page ruling" / "the 51-page ruling").
	alignThing
)

// countAlign says how surely two count claims of one measure state the
// same fact, and what leaves doubt. Figures of different roles (a change
// and a total), of different things, of different named places or
// parties, of different acts, of different dates or events are never the
// same fact.
func (j *judge) countAlign(x, y *claims.Claim) (int, []string) {
	a, b := x.Value.Count, y.Value.Count
	if a == nil || b == nil {
		return alignNone, nil
	}
	if a.Role != b.Role || !sameEvent(x.Subject, y.Subject) || !j.sameTime(x, y) || j.datesApart(x, y) {
		return alignNone, nil
	}
	thing := a.Thing != "" && a.Thing == b.Thing
	if a.Thing != "" && b.Thing != "" && !thing {
		return alignNone, nil
	}
	anchor := anchorsShare(a.Anchors, b.Anchors)
	if len(a.Anchors) > 0 && len(b.Anchors) > 0 && !anchor {
		return alignNone, nil
	}
	if actsApart(a.Acts, b.Acts) {
		return alignNone, nil
	}
	act, agents := sharedAct(a.Acts, b.Acts)
	if agents < 0 {
		return alignNone, nil // the same act by different parties
	}
	level := alignNone
	var doubts []string
	switch {
	case thing && (a.Definite || b.Definite):
		// One identified thing on both sides is one fact; a thing named
		// anew on both ("a 28 mln dlr contract") may be two.
		level = alignThing
		if !a.Definite || !b.Definite || a.ThingPlural || b.ThingPlural {
			doubts = append(doubts, "the figures may measure two different "+pluralOf(a.Thing))
		}
	case anchor:
		// A name in the figure's phrase is often a party to many sums
		// ("a contract from the Defense Logistics Agency").
		level = alignAgent
		doubts = append(doubts, "they are tied only by a name ("+firstShared(a.Anchors, b.Anchors)+")")
	case act != "" && agents > 0:
		level = alignAgent
		doubts = append(doubts, "they are tied only by the act ("+act+") and who does it")
	case len(a.Acts) > 0 && len(b.Acts) > 0 && a.Acts[0].ID == b.Acts[0].ID:
		level = alignAct
		doubts = append(doubts, "they are tied only by the act ("+a.Acts[0].ID+")")
	default:
		return alignNone, nil
	}
	if isThingCount(a) && level > alignAct {
		// A noun counted in one story ("seats", "jurors") may be
		// counted of different subsets: never sure.
		level = alignAgent
		doubts = append(doubts, "both count "+pluralOf(a.Measure)+", perhaps different ones")
	}
	if x.Value.Number.Vague || y.Value.Number.Vague {
		doubts = append(doubts, "one figure is a vague word")
	}
	if j.background(x) != j.background(y) {
		doubts = append(doubts, "one figure is told of an earlier time")
	}
	return level, doubts
}

// pluralOf is the plural of a noun, for messages.
func pluralOf(w string) string {
	if strings.HasSuffix(w, "s") {
		return w
	}
	return plural(w)
}

// firstShared returns the first name of a that shares a word with b.
func firstShared(a, b []string) string {
	for _, n := range a {
		if anchorsShare([]string{n}, b) {
			return n
		}
	}
	return ""
}

// isThingCount reports whether a count's measure is the counted noun
// itself ("seat"), not money or a measure unit of a named thing.
func isThingCount(cv *claims.CountValue) bool {
	return cv.Thing == "" && !strings.HasPrefix(cv.Measure, "money:")
}

// anchorsShare reports whether two lists of names share a word of a
// name: "Cedar Lake Wellness Lodge" and "the Cedar Lake
// lodge" do, "Harlow Books" and "Lakeside Water Park" do not.
func anchorsShare(a, b []string) bool {
	words := map[string]bool{}
	for _, n := range a {
		for _, w := range identifyingWords(n) {
			words[w] = true
		}
	}
	for _, n := range b {
		for _, w := range identifyingWords(n) {
			if words[w] {
				return true
			}
		}
	}
	return false
}

// identifyingWords are the words of a thing's name that can identify it: lower case,
// three letters or more, without "'s", "of" and "the".
func identifyingWords(n string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(n, "’", "'"))) {
		w = strings.TrimSuffix(strings.Trim(w, ".,"), "'s")
		w = strings.Trim(w, "'")
		if len(w) < 3 || w == "the" || w == "and" {
			continue
		}
		out = append(out, w)
	}
	return out
}

// actsApart reports whether two figures' acts set them apart: each names
// an act the other lacks ("offer to devote $1.1 million" against
// "insisting that the council appropriate $2.4 million").
func actsApart(a, b []claims.CountAct) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	return !actsWithin(a, b) && !actsWithin(b, a)
}

// actsWithin reports whether every act of a is an act of b.
func actsWithin(a, b []claims.CountAct) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if x.ID == y.ID {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// sharedAct returns the first act of a that b shares, and whether its
// agents agree: 1 when both sides name the same agent, -1 when they name
// different agents, 0 when a side names none.
func sharedAct(a, b []claims.CountAct) (string, int) {
	first := ""
	for _, x := range a {
		for _, y := range b {
			if x.ID != y.ID {
				continue
			}
			if first == "" {
				first = x.ID
			}
			if x.Agent != "" && y.Agent != "" {
				if sameAgent(x.Agent, y.Agent) {
					return x.ID, 1
				}
				return x.ID, -1
			}
		}
	}
	return first, 0
}

// datesApart reports whether the sentences of two figures date them to
// days that do not overlap: arrests on two different nights. Only days
// count: a year in one sentence and a weekday in the other are more often
// two events (the spending and its disclosure) than two dates of one.
func (j *judge) datesApart(x, y *claims.Claim) bool {
	dx, dy := j.datesOf(x), j.datesOf(y)
	if len(dx) == 0 || len(dy) == 0 {
		return false
	}
	resolved := false
	for _, a := range dx {
		for _, b := range dy {
			if !a.Resolved || !b.Resolved || a.Granularity != claims.Day || b.Granularity != claims.Day {
				continue
			}
			resolved = true
			if datesOverlap(a, b) {
				return false
			}
		}
	}
	return resolved
}

// figureRange is the range a figure stands for. An exact figure covers
// the values that round to it: half its step below and above, the upper
// bound left out ("43,000" holds 43,350; "50,000" holds 54,999 but not
// 55,000). Ranges ("more than $3 billion") are taken as written.
type figureRange struct {
	lo, hi float64
	// exact figures keep their value and step.
	exact       bool
	value, step float64
}

// countRange is the range of a count claim's figure, widened by the
// relative tolerance tol.
func countRange(c *claims.Claim, tol float64) figureRange {
	iv := *c.Value.Number
	r := figureRange{lo: iv.Min, hi: iv.Max}
	if cv := c.Value.Count; cv != nil && iv.IsExact() && cv.Step > 0 {
		r = figureRange{lo: iv.Min - cv.Step/2, hi: iv.Min + cv.Step/2, exact: true, value: iv.Min, step: cv.Step}
	}
	if tol > 0 {
		r.lo, r.hi = r.lo*(1-tol), r.hi*(1+tol)
	}
	return r
}

// rangesMeet reports whether two figures can be the same number. Two
// exact figures meet when the finer one rounds to the coarser ("$43,350"
// and "$43,000" do; "55,000" and "50,000" do not); an exact figure meets
// a range that holds a value rounding to it.
func rangesMeet(a, b figureRange) bool {
	switch {
	case a.exact && b.exact:
		if a.step < b.step {
			a, b = b, a
		}
		return a.lo <= b.value && b.value < a.hi
	case a.exact:
		return a.lo <= b.hi && b.lo < a.hi
	case b.exact:
		return b.lo <= a.hi && a.lo < b.hi
	}
	return a.lo <= b.hi && b.lo <= a.hi
}

// rangeGap is how far apart two ranges lie, relative to their size: 0
// when they meet.
func rangeGap(a, b figureRange) float64 {
	if rangesMeet(a, b) {
		return 0
	}
	gap := math.Max(math.Max(b.lo-a.hi, a.lo-b.hi), 0)
	scale := math.Max(math.Abs(a.lo), math.Abs(b.lo))
	if scale == 0 || math.IsInf(scale, 0) {
		return gap
	}
	return gap / scale
}

// farApart reports whether two figures differ by more than a factor of
// two: two reports of one fact that disagree mostly differ by a digit or a
// rounding, so a loose tie between figures far apart is more likely two
// facts ("$420,000" in all and "$187.40" at one shop).
func farApart(a, b figureRange) bool {
	lo, hi := math.Max(a.lo, b.lo), math.Min(a.hi, b.hi)
	if lo <= hi {
		return false
	}
	return hi <= 0 || lo/hi > 2
}
