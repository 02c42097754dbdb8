package claims

import (
	"slices"
	"strings"
	"time"
	"unicode"
)

// otherTimeGap is how long before the article's incident a month or a
// year must end for a sentence dated by it to tell of another time: "in
// December" in a story of the second of January may be its own night.
const otherTimeGap = 14 * 24 * time.Hour

// otherTimeFigures marks as an earlier event's (Counting.Earlier =
// EarlierEvent) the casualty figures of the sentences that date their
// event weeks before the article's own incident, and reports whether it
// marked any. The incident's time is the first the article dates an event
// of the past by (a story tells its own incident first); a sentence tells
// of an earlier one when each of its dates of the past in the figure's
// clause (no relative pronoun between them) is a month or a
// year alone that ends weeks before it ("in September" in a story of a
// day in January, "in 2009"), or, in an article of no known date that
// tells its incident by a weekday, a month or a year alone ("That quake
// killed six in September" beside "a quake struck on Sunday"). A later
// date is left alone: a victim who died weeks after the attack is still
// its victim. cs are one article's claims.
func otherTimeFigures(cs []Claim, known bool) bool {
	var ref *Claim // the first date of an event of the past, in text order
	dates := map[Span][]*Claim{}
	for i := range cs {
		c := &cs[i]
		if !pastEventDate(c) {
			continue
		}
		dates[c.Sentence] = append(dates[c.Sentence], c)
		if ref == nil || c.Span.Start < ref.Span.Start {
			ref = c
		}
	}
	if ref == nil {
		return false
	}
	marked := false
	for i := range cs {
		c := &cs[i]
		ct := c.Value.Counting
		if c.Kind != Casualty || ct == nil || ct.Earlier != "" || ct.As == AsRoundup || len(dates[c.Sentence]) == 0 {
			continue
		}
		other, near := false, false
		for _, d := range dates[c.Sentence] {
			switch {
			case relativeBetween(c, d):
				// "... injured in the quake, which recalled the quakes
				// that hit in 2002": the date is another clause's.
			case earlierThan(d.Value.Date, ref, known):
				other = true
			default:
				near = true
			}
		}
		if other && !near {
			ct.Earlier = EarlierEvent
			marked = true
		}
	}
	return marked
}

// relativeBetween reports whether a relative pronoun stands between two
// claims of one sentence, so that one is in a relative clause the other is
// not in: "killed in the quake, which recalled those of 2002".
func relativeBetween(a, b *Claim) bool {
	from, to := a.Span.End, b.Span.Start
	if b.Span.Start < a.Span.Start {
		from, to = b.Span.End, a.Span.Start
	}
	from, to = from-a.Sentence.Start, to-a.Sentence.Start
	if from < 0 || to > len(a.SentenceText) || from >= to {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(a.SentenceText[from:to]), func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "which", "that", "who", "whom", "whose", "where":
			return true
		}
	}
	return false
}

// pastEventDate reports whether a claim is a date of an event of the
// past: not a page's date line, an embedded post, a forecast, a bound of
// a period, a date of a series or a date of speech.
func pastEventDate(c *Claim) bool {
	if c.Kind != Date || c.Value.Date == nil || c.Value.Date.Tense == Future || c.Value.Date.Bound != "" {
		return false
	}
	for _, t := range c.Matched {
		switch t {
		case "date:dateline", "date:in-post", "date:post", "date:future", "date:series", "date:speech":
			return false
		}
	}
	return true
}

// dayDate reports whether a date claim names a day: a resolved date of
// day precision, or a weekday or relative day not placed in time.
func dayDate(c *Claim) bool {
	dv := c.Value.Date
	if dv.Resolved {
		return dv.Granularity == Day
	}
	return slices.Contains(c.Matched, "date:weekday") || slices.Contains(c.Matched, "date:relative-day")
}

// earlierThan reports whether date d, a month or a year alone, ends weeks
// before the incident's date ref: both placed in time with years alike
// known, or ref a weekday in an article of no known date (a story told by
// the weekday is of the week it was written in, which a month alone does
// not name).
func earlierThan(d *DateValue, ref *Claim, known bool) bool {
	if !d.Resolved || d.Granularity != Month && d.Granularity != Year && d.Granularity != Part {
		return false
	}
	r := ref.Value.Date
	if !r.Resolved {
		return !known && dayDate(ref)
	}
	return d.YearKnown == r.YearKnown && !d.End.Add(otherTimeGap).After(r.Start)
}
