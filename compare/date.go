package compare

import (
	"fmt"
	"time"

	"github.com/newsdesk/crosscheck/claims"
)

// dates compares when each event happened. Only resolved dates are
// compared, and only between claims about the same event class: the day of
// a call is not the day it was announced. Each article is represented by
// its first resolved date for the event. When either side lacks the year,
// month and day are compared.
func (j *judge) dates(cls []*claims.Claim) {
	var known []*claims.Claim
	for _, c := range cls {
		if c.Value.Date != nil && c.Value.Date.Resolved && j.c.oneOff(c.Subject.Event) {
			known = append(known, c)
		}
	}
	for _, ev := range groupBy(known, func(c *claims.Claim) string { return c.Subject.Event }) {
		ev = j.samePlaces(ev)
		ids, per := byArticle(ev)
		if len(ids) < 2 {
			continue
		}
		heads := make([]*claims.Claim, 0, len(ids))
		for _, id := range ids {
			if h := j.articleDate(per[id]); h != nil {
				heads = append(heads, h)
			}
		}
		subject := subjectText(ev[0].Subject, "the event")
		key := ev[0].Subject.Event
		// Sides are the sets of articles whose dates overlap; articles
		// published weeks apart are not set against each other.
		u := newUnion(len(heads))
		for a := 0; a < len(heads); a++ {
			for b := a + 1; b < len(heads); b++ {
				if !j.sameTime(heads[a], heads[b]) || datesOverlap(heads[a].Value.Date, heads[b].Value.Date) {
					u.join(a, b)
				}
			}
		}
		sides := u.sets()
		for a := 0; a < len(sides); a++ {
			for b := a + 1; b < len(sides); b++ {
				x, y := pick(heads, sides[a]), pick(heads, sides[b])
				j.emit(claims.Date, "date-disjoint", subject, key,
					fmt.Sprintf("%s and %s do not overlap", ValueText(x[0]), ValueText(y[0])),
					map[string]any{"Values": versus(x, y)},
					side{claims: x}, side{claims: y})
			}
		}
		j.agreeFigures(claims.Date, subject, heads, ValueText)
	}
}

// articleDate picks an article's date for an event, or nil when the
// article does not date it clearly. With a publication date, only dates in
// the month before publication count (older ones are background: the 2010
// shooting an article recalls), and they must agree within a day: an
// article that dates "the shooting" Sunday and also, through a follow-up
// clause, Tuesday is not clear enough to set against another. The earliest
// is the event's date; later ones are follow-ups. Without a publication
// date the first date is taken.
func (j *judge) articleDate(cls []*claims.Claim) *claims.Claim {
	a := j.st.Articles[cls[0].Article]
	if a == nil || !a.HasDate() {
		return cls[0]
	}
	var in []*claims.Claim
	for _, c := range cls {
		d := c.Value.Date
		if !d.YearKnown || hasTag(c, "date:future") {
			continue
		}
		if gap := a.Published.Sub(d.Start); gap >= -24*time.Hour && gap <= 31*24*time.Hour {
			in = append(in, c)
		}
	}
	if len(in) == 0 {
		return nil
	}
	first, last := in[0], in[0]
	for _, c := range in[1:] {
		if c.Value.Date.Start.Before(first.Value.Date.Start) {
			first = c
		}
		if c.Value.Date.Start.After(last.Value.Date.Start) {
			last = c
		}
	}
	if last.Value.Date.Start.Sub(first.Value.Date.End) > 24*time.Hour {
		return nil
	}
	return first
}

// hasTag reports whether a claim's Matched list holds tag.
func hasTag(c *claims.Claim, tag string) bool {
	for _, m := range c.Matched {
		if m == tag {
			return true
		}
	}
	return false
}

// oneOff reports whether dates of an event class can be compared across
// articles: the story's violent event happened once, while calls,
// statements and meetings recur, and a page's own date line
// ("publication") or a verb no class names ("other") is no event.
func (c *Comparer) oneOff(ev string) bool { return c.violent[ev] }

// datesOverlap reports whether two resolved dates can denote the same time.
func datesOverlap(a, b *claims.DateValue) bool {
	if !a.YearKnown || !b.YearKnown {
		return monthDayOverlap(a, b)
	}
	return a.Start.Before(b.End) && b.Start.Before(a.End)
}

// monthDayOverlap compares dates by month and day only, for expressions
// without a year ("April 22" in an undated article).
func monthDayOverlap(a, b *claims.DateValue) bool {
	if a.Granularity == claims.Year || b.Granularity == claims.Year {
		return true
	}
	norm := func(t time.Time) time.Time { return time.Date(2000, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC) }
	as, ae := norm(a.Start), norm(a.End.Add(-time.Nanosecond))
	bs, be := norm(b.Start), norm(b.End.Add(-time.Nanosecond))
	if ae.Before(as) || be.Before(bs) {
		return true // spans a year end: too vague to judge
	}
	return !ae.Before(bs) && !be.Before(as)
}
