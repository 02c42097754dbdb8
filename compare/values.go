package compare

import (
	"strings"
	"time"

	"github.com/newsdesk/crosscheck/claims"
)

// ValueText renders a claim's value for people.
func ValueText(cl *claims.Claim) string {
	v := cl.Value
	switch {
	case v.Number != nil && v.Status != "":
		s := v.Number.String() + " " + v.Status
		if g := victimWords(v.Victims); g != "" {
			s += ": " + g
		}
		return s
	case v.Number != nil && v.Count != nil && strings.HasPrefix(v.Count.Measure, "money:"):
		return strings.TrimSpace(cl.Text) // "$3.2 billion", as written
	case v.Number != nil:
		s := v.Number.String()
		if v.Unit != "" {
			s += " " + v.Unit
		}
		return s
	case v.Date != nil:
		if !v.Date.Resolved {
			return v.Date.Expr + " (unresolved)"
		}
		if t := periodText(v.Date); t != "" {
			return t
		}
		layout := "2006-01-02"
		switch {
		case !v.Date.YearKnown && v.Date.Granularity == claims.Month:
			layout = "January"
		case !v.Date.YearKnown && v.Date.Start.Year() <= 1:
			layout = "Jan 2"
		case v.Date.Granularity == claims.Month:
			layout = "2006-01"
		case v.Date.Granularity == claims.Year:
			layout = "2006"
		}
		return v.Date.Start.Format(layout)
	case v.Role != nil:
		r := v.Role
		if r.Leads && len(r.Titles) == 0 {
			return r.Person + " leads " + r.Org
		}
		t := r.TitleWords
		if r.Former && !strings.Contains(strings.ToLower(t), "former") {
			t = "former " + t
		}
		return r.Person + ": " + t
	case v.Attribution != nil:
		a := v.Attribution
		s := a.Stance
		if a.Actor != "" {
			s += ": " + a.Actor
		}
		if a.By != "" {
			s += " (by " + a.By + ")"
		}
		return s
	case v.Quote != nil:
		return v.Quote.Speaker + ": “" + v.Quote.Words + "”"
	case v.Category != "":
		return v.Category
	case v.Entity != "":
		return v.Entity
	case v.Text != "":
		return v.Text
	}
	return cl.Text
}

// periodText renders a span, a bound or a part of a month or year:
// "1991-2004", "since 2011", "until 2027", "mid May 2013", "early 2014";
// "" for other dates.
func periodText(d *claims.DateValue) string {
	year := func(t time.Time) string { return t.Format("2006") }
	switch d.Bound {
	case claims.BoundSpan:
		return year(d.Start) + "-" + year(d.End.AddDate(0, 0, -1))
	case claims.BoundStart:
		return "since " + year(d.Start)
	case claims.BoundEnd:
		return "until " + year(d.Start)
	}
	if d.Granularity != claims.Part {
		return ""
	}
	part := "late"
	switch {
	case d.End.Sub(d.Start) < 40*24*time.Hour:
		switch {
		case d.Start.Day() < 11:
			part = "early"
		case d.Start.Day() < 21:
			part = "mid"
		}
		if !d.YearKnown {
			return part + " " + d.Start.Format("January")
		}
		return part + " " + d.Start.Format("January 2006")
	case d.Start.Month() < 5:
		part = "early"
	case d.Start.Month() < 9:
		part = "mid"
	}
	return part + " " + year(d.Start)
}

// victimWords renders victim groups: "tourists (all), men (mostly)".
func victimWords(gs []claims.Group) string {
	var parts []string
	for _, g := range gs {
		w := g.Words
		if w == "" {
			w = g.Category
		}
		if g.Share != "" && g.Share != claims.ShareAll {
			w = g.Share + " " + w
		}
		parts = append(parts, w)
	}
	return strings.Join(parts, ", ")
}

// sameEvent reports whether two claims are about the same event: the same
// event class (or one unknown) and no conflicting countries among their
// places.
func sameEvent(a, b claims.Subject) bool {
	ea, eb := a.Event, b.Event
	if ea != eb && ea != "main" && eb != "main" && ea != "" && eb != "" {
		return false
	}
	return true
}

// samePlaces keeps the claims whose places fit the place most of them
// name: an article about a shooting in one town is not compared with one
// about a shooting in another. It acts only on a clear majority (a place
// two or more claims name), and a claim is dropped only for naming another
// place of the same kind: a town and a country ("Jajarkot", "Nepal") may
// both be right. Claims naming no place are kept.
func (j *judge) samePlaces(cls []*claims.Claim) []*claims.Claim {
	count := map[string]int{}
	for _, c := range cls {
		for _, p := range dedupeFold(c.Subject.Places) {
			count[strings.ToLower(p)]++
		}
	}
	best, bestN := "", 0
	for p, n := range count {
		if n > bestN || n == bestN && p < best {
			best, bestN = p, n
		}
	}
	if bestN < 2 {
		return cls
	}
	bestCountry := j.c.countries[best]
	out := cls[:0:0]
	for _, c := range cls {
		keep := true
		for _, p := range c.Subject.Places {
			lp := strings.ToLower(p)
			if lp == best {
				keep = true
				break
			}
			if j.c.countries[lp] == bestCountry {
				keep = false // another place of the same kind
			}
		}
		if keep {
			out = append(out, c)
		}
	}
	return out
}

// dedupeFold returns the distinct strings of in, ignoring case.
func dedupeFold(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		if k := strings.ToLower(s); !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out
}

// sameTimeWindow is how far apart two articles may be published for their
// figures and dates to be taken as reports of the same event.
const sameTimeWindow = 14 * 24 * time.Hour

// sameTime reports whether two claims' articles were published close
// enough to report the same event (or either date is unknown). Local news
// has a shooting on the same street every few months; an article from
// March and one from July that name different tolls or days are most
// likely about different shootings, not in disagreement.
func (j *judge) sameTime(x, y *claims.Claim) bool {
	ax, ay := j.st.Articles[x.Article], j.st.Articles[y.Article]
	if ax == nil || ay == nil || !ax.HasDate() || !ay.HasDate() {
		return true
	}
	d := ax.Published.Sub(ay.Published)
	if d < 0 {
		d = -d
	}
	return d <= sameTimeWindow
}
