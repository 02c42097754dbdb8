package compare

import (
	"fmt"
	"math"
	"strings"

	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/rules"
)

// casualties compares the casualty claims of each incident: the tolls
// the articles give, read from all their sentences (tolls), and who the
// victims were, on each article's headline figure per status.
func (j *judge) casualties(cls []*claims.Claim) {
	for _, ev := range eventClusters(cls) {
		ev = j.samePlaces(ev)
		j.tolls(ev)
		for _, group := range groupBy(ev, func(c *claims.Claim) string { return c.Value.Status }) {
			j.casualtyCluster(group)
		}
	}
}

// eventClusters splits claims into groups about the same event. Claims
// that name an event class group by it, so a crash an article mentions
// stays apart from the shooting of the story; a claim of no named event
// ("main") joins the group its own article has most claims in, else the
// largest group.
func eventClusters(cls []*claims.Claim) [][]*claims.Claim {
	group := make([]int, len(cls))
	idx := map[string]int{}
	var size []int
	for i, c := range cls {
		group[i] = -1
		if ev := c.Subject.Event; ev != "" && ev != "main" {
			g, ok := idx[ev]
			if !ok {
				g = len(size)
				idx[ev] = g
				size = append(size, 0)
			}
			group[i] = g
			size[g]++
		}
	}
	if len(size) == 0 {
		if len(cls) == 0 {
			return nil
		}
		return [][]*claims.Claim{cls}
	}
	for i, c := range cls {
		if group[i] >= 0 {
			continue
		}
		own := make([]int, len(size))
		for k, m := range cls {
			if group[k] >= 0 && m.Article == c.Article {
				own[group[k]]++
			}
		}
		best := 0
		for g := range size {
			if own[g] > own[best] || own[g] == own[best] && size[g] > size[best] {
				best = g
			}
		}
		group[i] = best
	}
	out := make([][]*claims.Claim, len(size))
	for i, c := range cls {
		out[group[i]] = append(out[group[i]], c) // in text order
	}
	return out
}

// headline picks an article's headline figure among its claims.
func (j *judge) headline(cls []*claims.Claim) *claims.Claim {
	var best *claims.Claim
	for _, c := range cls {
		if c.Value.Number == nil || !isTotal(c) || j.background(c) {
			continue
		}
		if ct := c.Value.Counting; ct != nil && (ct.As != claims.AsTotal && ct.As != claims.AsOthers || ct.Earlier != "") {
			continue // a person, a part, a roundup or an earlier figure says nothing of all the victims
		}
		if best == nil || c.Value.Number.Min > best.Value.Number.Min ||
			c.Value.Number.Min == best.Value.Number.Min && len(c.Value.Victims) > len(best.Value.Victims) {
			best = c
		}
	}
	return best
}

// casualtyCluster reports victims that cannot both be right among the
// headline figures of one status. Each article is represented by its
// headline figure (the highest lower bound), so that a partial figure
// ("two of the victims were children") is not set against a total;
// equal figures conflict when the victims' categories cannot both be true.
func (j *judge) casualtyCluster(cls []*claims.Claim) {
	ids, per := byArticle(cls)
	if len(ids) < 2 {
		return
	}
	heads := make([]*claims.Claim, 0, len(ids))
	for _, id := range ids {
		if h := j.headline(per[id]); h != nil {
			heads = append(heads, h)
		}
	}
	status := cls[0].Value.Status
	subject := subjectText(cls[0].Subject, "the "+status)
	key := status + "|" + cls[0].Subject.Event
	tol := j.c.settings[string(claims.Casualty)].Tolerance
	var conflicts []victimConflict
	for a := 0; a < len(heads); a++ {
		for b := a + 1; b < len(heads); b++ {
			x, y := heads[a], heads[b]
			if !j.sameTime(x, y) || !overlaps(*x.Value.Number, *y.Value.Number, tol) {
				continue
			}
			if why := j.victimsConflict(x.Value.Victims, y.Value.Victims); why != "" {
				conflicts = append(conflicts, victimConflict{a, b, why})
			}
		}
	}
	j.victimFindings(status, subject, key, heads, conflicts)
}

// allBefore reports whether every article of xs was published before every
// article of ys (all dates known).
func (j *judge) allBefore(xs, ys []*claims.Claim) bool {
	for _, x := range xs {
		for _, y := range ys {
			ax, ay := j.st.Articles[x.Article], j.st.Articles[y.Article]
			if ax == nil || ay == nil || !ax.HasDate() || !ay.HasDate() || !ax.Published.Before(ay.Published) {
				return false
			}
		}
	}
	return true
}

// victimConflict is a pair of headline claims whose victims cannot both be
// right.
type victimConflict struct {
	a, b int
	why  string
}

// victimFindings reports victim conflicts one source at a time: the source
// at odds with the most others is set against all of them in one finding,
// and so on until every conflict is reported.
func (j *judge) victimFindings(status, subject, key string, heads []*claims.Claim, conflicts []victimConflict) {
	done := make([]bool, len(conflicts))
	for {
		count := map[int]int{}
		for i, c := range conflicts {
			if !done[i] {
				count[c.a]++
				count[c.b]++
			}
		}
		odd, most := -1, 0
		for h := range heads {
			if count[h] > most {
				odd, most = h, count[h]
			}
		}
		if odd < 0 {
			return
		}
		var others []*claims.Claim
		why := ""
		for i, c := range conflicts {
			if done[i] || c.a != odd && c.b != odd {
				continue
			}
			done[i] = true
			other := c.a
			if other == odd {
				other = c.b
			}
			others = append(others, heads[other])
			if why == "" {
				why = c.why
			}
		}
		x := []*claims.Claim{heads[odd]}
		j.emit(claims.Casualty, rules.OutcomeVictimsDisjoint, subject, key+"|victims", why,
			map[string]any{"Status": status, "Values": versus(others, x)},
			side{claims: others}, side{claims: x})
	}
}

// agreeFigures records agreements among claims whose figures are equal.
func (j *judge) agreeFigures(kind claims.Kind, subject string, heads []*claims.Claim, label func(*claims.Claim) string) {
	groups := map[string][]*claims.Claim{}
	var order []string
	for _, h := range heads {
		l := label(h)
		if groups[l] == nil {
			order = append(order, l)
		}
		groups[l] = append(groups[l], h)
	}
	for _, l := range order {
		j.agree(kind, subject, l, groups[l])
	}
}

// overlaps reports whether two figures' ranges meet, widening each by the
// relative tolerance.
func overlaps(a, b claims.Interval, tol float64) bool {
	if tol > 0 {
		a = claims.Interval{Min: a.Min * (1 - tol), Max: a.Max * (1 + tol)}
		b = claims.Interval{Min: b.Min * (1 - tol), Max: b.Max * (1 + tol)}
	}
	return a.Min <= b.Max && b.Min <= a.Max && !math.IsNaN(a.Min)
}

// isTotal reports whether a figure can be an event's total: "the boy was
// shot" names one known victim, not how many there were, while "a man was
// shot" or "five people were shot" count them.
func isTotal(c *claims.Claim) bool {
	n := c.Value.Number
	if n.Min != math.Trunc(n.Min) {
		return false // "19.3 deaths per 100,000": a rate
	}
	if n.Min != 1 || n.Max != 1 {
		return true
	}
	t := strings.ToLower(strings.TrimSpace(c.Text))
	for _, det := range []string{"the ", "his ", "her ", "their ", "its ", "that ", "this "} {
		if strings.HasPrefix(t, det) {
			return false
		}
	}
	return true
}

// victimsConflict explains why two descriptions of the same victims cannot
// both be true, or returns "": one says all victims were of a category
// that is disjoint from a category the other says all or some were.
func (j *judge) victimsConflict(a, b []claims.Group) string {
	check := func(xs, ys []claims.Group) string {
		for _, x := range xs {
			if x.Share != claims.ShareAll || x.Number != nil || j.c.tax.Generic(x.Category) {
				continue // "two civilians and an officer": each group is some of them
			}
			for _, y := range ys {
				if j.c.tax.Generic(y.Category) || y.Share == claims.ShareMostly {
					continue
				}
				if j.c.tax.Disjoint(x.Category, y.Category) {
					return fmt.Sprintf("one source says all were %s, another that they included %s, and the taxonomy holds %s and %s disjoint",
						x.Category, y.Category, x.Category, y.Category)
				}
			}
		}
		return ""
	}
	if why := check(a, b); why != "" {
		return why
	}
	return check(b, a)
}

// subjectText names a subject for people, with a fallback.
func subjectText(s claims.Subject, fallback string) string {
	switch {
	case s.Event != "" && s.Event != "main" && len(s.Places) > 0:
		return "the " + s.Event + " in " + s.Places[0]
	case s.Event != "" && s.Event != "main":
		return "the " + s.Event
	case s.Text != "":
		return s.Text
	}
	return fallback
}

// groupBy groups claims by a key, in first-seen order.
func groupBy(cls []*claims.Claim, key func(*claims.Claim) string) [][]*claims.Claim {
	idx := map[string]int{}
	var out [][]*claims.Claim
	for _, c := range cls {
		k := key(c)
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], c)
	}
	return out
}
