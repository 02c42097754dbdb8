package compare

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/findings"
	"github.com/newsdesk/crosscheck/internal/unionfind"
	"github.com/newsdesk/crosscheck/rules"
)

// dateKey identifies one event across a story's articles: its class, who
// did it (for people's acts: the apology, the departure, the tenure), the
// bound of a period it dates, and whether it is reported or scheduled.
type dateKey struct {
	class, agent, bound, mode string
}

// Modes of a dated event: what happened, and what is forecast or
// scheduled; a forecast is not set against a report.
const (
	modeReport   = "report"
	modeSchedule = "schedule"
)

// dates compares when each event happened. An event is identified by its
// class and, for people's acts, by who did it; a report is compared with
// reports and a schedule with schedules; a period's bounds ("since 2011",
// "from 1991 to 2004") are compared with the same bounds. Each article
// gives one date per event (see articleDates), and articles whose dates
// overlap form one side. A side must rest on at least one date that is
// not a guess; the finding is a warning only when both sides' dates
// surely belong to the same event and are surely placed in time, else it
// is info, with the doubt said.
func (j *judge) dates(cls []*claims.Claim) {
	groups := map[dateKey][]*claims.Claim{}
	for _, c := range cls {
		if k, ok := j.dateKeyOf(c); ok {
			groups[k] = append(groups[k], c)
		}
	}
	keys := make([]dateKey, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool {
		x, y := keys[a], keys[b]
		return x.class+"|"+x.agent+"|"+x.bound+"|"+x.mode < y.class+"|"+y.agent+"|"+y.bound+"|"+y.mode
	})
	for _, k := range keys {
		j.dateGroup(k, groups[k])
	}
}

// dateKeyOf returns the event a date claim dates, or false when its date
// is not compared: unresolved, a date line, a verb no class names, an
// event that recurs within a story (statements, calls, deaths), or a
// lasting state's date that bounds no period.
func (j *judge) dateKeyOf(c *claims.Claim) (dateKey, bool) {
	d := c.Value.Date
	if d == nil || !d.Resolved {
		return dateKey{}, false
	}
	ev, ok := j.c.classes[c.Subject.Event]
	if !ok || ev.Recurring || ev.Generic {
		return dateKey{}, false
	}
	if ev.Lasting != (d.Bound != "") || hasTag(c, "date:elsewhere") {
		return dateKey{}, false
	}
	k := dateKey{class: ev.ID, bound: d.Bound}
	if !ev.Violent {
		k.agent = surname(c.Subject.Agent)
	}
	if d.Bound == "" {
		k.mode = modeReport
		if d.Tense == claims.Future {
			k.mode = modeSchedule
		}
	}
	return k, true
}

// surname is the lower-cased last word of a name.
func surname(name string) string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// dateGroup compares the dates the articles give one event.
func (j *judge) dateGroup(k dateKey, cls []*claims.Claim) {
	_, everywhere := byArticle(cls)
	if j.c.violent[k.class] {
		cls = j.samePlaces(cls)
	}
	ids, per := byArticle(cls)
	if len(ids) < 2 {
		return
	}
	var heads, guesses []articleDate
	for _, id := range ids {
		if ad, ok := j.articleDates(k, per[id]); ok && ad.guess {
			guesses = append(guesses, ad)
		} else if ok {
			heads = append(heads, ad)
		}
	}
	if len(heads) < 2 {
		return
	}
	subject := subjectText(heads[0].head.Subject, "the event")
	if agent := agentName(heads); agent != "" {
		subject = "the " + k.class + " of " + agent
	}
	key := k.class + "|" + k.agent + "|" + k.bound + "|" + k.mode
	u := unionfind.Indexes(len(heads))
	for a := 0; a < len(heads); a++ {
		for b := a + 1; b < len(heads); b++ {
			if j.sameDate(heads[a], heads[b]) {
				u.Union(a, b)
			}
		}
	}
	var sides [][]articleDate
	for _, s := range u.Groups() {
		side := make([]articleDate, len(s))
		for i, h := range s {
			side[i] = heads[h]
		}
		sides = append(sides, side)
	}
	if len(sides) > 1 {
		for _, g := range guesses {
			sides = join(sides, g)
		}
	}
	for a := 0; a < len(sides); a++ {
		for b := a + 1; b < len(sides); b++ {
			j.dateFinding(k, subject, key, sides[a], sides[b], everywhere)
		}
	}
	all := make([]*claims.Claim, len(heads))
	for i, h := range heads {
		all[i] = h.head
	}
	j.agreeFigures(claims.Date, subject, all, ValueText)
}

// agentName is the shortest full name the articles give the agent of an
// event ("Helen Marsh" rather than a name run into a title).
func agentName(heads []articleDate) string {
	best := ""
	for _, h := range heads {
		a := h.head.Subject.Agent
		if best == "" || len(strings.Fields(a)) >= 2 && (len(strings.Fields(best)) < 2 || len(a) < len(best)) {
			best = a
		}
	}
	return best
}

// dateFinding reports that two sides date one event differently; per
// holds each article's dates of the event, wherever they place it.
func (j *judge) dateFinding(k dateKey, subject, key string, x, y []articleDate, per map[string][]*claims.Claim) {
	most, doubt := "", j.dateDoubt(k, x, y)
	if c := bothDays(per, x, y); c != nil {
		doubt = quoteText(c) + " tells of such an event on that day too"
	}
	if why := refiledCopy(x, y); why != "" {
		doubt = why
	}
	if doubt != "" {
		most = findings.Info
	}
	cx, cy := members(x), members(y)
	values := dateVersus(x, y)
	if doubt != "" {
		values += " (" + doubt + ")"
	}
	j.emitAtMost(most, claims.Date, rules.OutcomeDateDisjoint, subject, key,
		fmt.Sprintf("%s and %s do not overlap", ValueText(x[0].head), ValueText(y[0].head)),
		map[string]any{"Values": values},
		side{claims: cx}, side{claims: cy})
}

// bothDays returns a date by which an article of one side dates an
// event of the class on the other side's day as well as on its own, or
// nil: "retaliation for a shooting Saturday" in a report of Thursday's
// shooting shows two events, not two sources at odds. Guesses do not
// count.
func bothDays(per map[string][]*claims.Claim, x, y []articleDate) *claims.Claim {
	for _, pair := range [2][2][]articleDate{{x, y}, {y, x}} {
		own, other := pair[0], pair[1][0].head.Value.Date
		for _, a := range own {
			for _, c := range per[a.head.Article] {
				d := c.Value.Date
				if d.Anchor != claims.AnchorGuess && datesOverlap(d, other) && !datesOverlap(d, a.head.Value.Date) {
					return c
				}
			}
		}
	}
	return nil
}

// dateVersus renders two sides' dates, one claim per article.
func dateVersus(x, y []articleDate) string {
	heads := func(s []articleDate) []*claims.Claim {
		out := make([]*claims.Claim, len(s))
		for i, a := range s {
			out[i] = a.head
		}
		return out
	}
	return versus(heads(x), heads(y))
}

// members returns every claim of a side's articles, heads first.
func members(s []articleDate) []*claims.Claim {
	var out []*claims.Claim
	for _, a := range s {
		out = append(out, a.members...)
	}
	return out
}

// join adds an article whose dates are guesses to the one side that one
// of them agrees with, citing those that do; it joins none when they
// agree with no side or with several.
func join(sides [][]articleDate, g articleDate) [][]articleDate {
	found := -1
	var agree []*claims.Claim
	for i, s := range sides {
		var here []*claims.Claim
		for _, c := range g.members {
			for _, a := range s {
				if datesOverlap(c.Value.Date, a.head.Value.Date) {
					here = append(here, c)
					break
				}
			}
		}
		if len(here) == 0 {
			continue
		}
		if found >= 0 {
			return sides
		}
		found, agree = i, here
	}
	if found < 0 {
		return sides
	}
	g.head, g.members = agree[0], agree
	sides[found] = append(sides[found], g)
	return sides
}

// sameDate reports whether two articles' dates for an event cannot be set
// against each other: they overlap; or the articles were published weeks
// apart and neither writes the date out in full (local news has a
// shooting on the same street every few months); or both name the same
// weekday and differ only by whole weeks, which their publication dates
// make, not the sources.
func (j *judge) sameDate(a, b articleDate) bool {
	da, db := a.head.Value.Date, b.head.Value.Date
	if datesOverlap(da, db) {
		return true
	}
	if !j.sameTime(a.head, b.head) && !absolute(da) && !absolute(db) {
		return true
	}
	return sameWeekdayName(a.head, b.head) || overnight(a, b) || overnight(b, a)
}

// smallHours finds a clock time between midnight and 5 a.m.
var smallHours = regexp.MustCompile(`(?i)\b(?:12|[1-5])(?::\d\d)?\s*a\.?\s?m\b|\bmidnight\b|\bovernight\b`)

// overnight reports whether night dates one side and the small hours of
// the next day the other: "last night" and "early Thursday" (2 a.m.) are
// one night, seen from either side of midnight.
func overnight(night, early articleDate) bool {
	dn, de := night.head.Value.Date, early.head.Value.Date
	if dn.Granularity != claims.Day || de.Granularity != claims.Day || !de.Start.Equal(dn.End) {
		return false
	}
	isNight, isEarly := false, false
	for _, c := range night.members {
		t := strings.ToLower(c.Text)
		isNight = isNight || strings.Contains(t, "night") || strings.HasPrefix(t, "late ")
	}
	for _, c := range early.members {
		t := strings.ToLower(c.Text)
		isEarly = isEarly || strings.HasPrefix(t, "early ") || smallHours.MatchString(c.SentenceText)
	}
	return isNight && isEarly
}

// absolute reports whether a date is written out with its year.
func absolute(d *claims.DateValue) bool { return d.YearKnown && !d.Relative }

// sameWeekdayName reports whether two weekday dates name the same weekday
// and lie whole weeks apart.
func sameWeekdayName(a, b *claims.Claim) bool {
	da, db := a.Value.Date, b.Value.Date
	if !da.Relative || !db.Relative || da.Granularity != claims.Day || db.Granularity != claims.Day {
		return false
	}
	wa, wb := weekdayIn(a.Text), weekdayIn(b.Text)
	if wa == "" || wa != wb {
		return false
	}
	gap := da.Start.Sub(db.Start)
	return gap%(7*24*time.Hour) == 0
}

// weekdayIn returns the first weekday name in text, lower-cased.
func weekdayIn(text string) string {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,;:()'’")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		switch w {
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
			return w
		}
	}
	return ""
}

// dateDoubt says why a disagreement between two sides is not surely one:
// "" when each side holds an article whose date stands on the event's own
// words, is placed in time by a written tense or in full, and dates the
// story's own event (a violent event, the event its headline names, or a
// named person's act), and the two articles were published close enough
// to report the same event.
func (j *judge) dateDoubt(k dateKey, x, y []articleDate) string {
	for _, a := range x {
		for _, b := range y {
			if a.firm && b.firm && j.sameTime(a.head, b.head) && j.storyEvent(k, a) && j.storyEvent(k, b) && !j.undatedRecall(a, b) {
				if j.c.violent[k.class] && weekApart(a, b) {
					return "the dates lie more than a week apart, and may be of two incidents"
				}
				if j.c.violent[k.class] && !j.shareIncident(x, y) {
					return "the reports share fewer than two names of places or people, so they may tell of two incidents in one place"
				}
				if c := deicticDayApart(a, b); c != nil {
					return quoteText(c) + " counts from the publication date, which may be a day after the writing"
				}
				return ""
			}
		}
	}
	if j.undatedRecall(x[0], y[0]) {
		return "an undated article may recall an earlier event"
	}
	for _, s := range [][]articleDate{x, y} {
		for _, a := range s {
			if !a.firm {
				return a.why
			}
		}
	}
	if !j.sameTime(x[0].head, y[0].head) {
		return "the articles were published far apart"
	}
	return "it may not be the event the headlines report"
}

// undatedRecall reports whether two articles' dates for an event lie
// more than a month apart while one of the articles has no publication
// date: without it, nothing tells the story's own event from an earlier
// one the article recalls ("a photographer who was killed in 2011").
func (j *judge) undatedRecall(a, b articleDate) bool {
	for _, x := range []articleDate{a, b} {
		if art := j.st.Articles[x.head.Article]; art != nil && art.HasDate() {
			continue
		}
		da, db := a.head.Value.Date, b.head.Value.Date
		return da.YearKnown && db.YearKnown && (da.Start.Sub(db.End) > recentWindow || db.Start.Sub(da.End) > recentWindow)
	}
	return false
}

// incidentSpread is how far apart two reports' dates of one violent
// incident may lie before they are more likely two incidents (an earlier
// shooting on the same block) than two sources at odds.
const incidentSpread = 7 * 24 * time.Hour

// weekApart reports whether two articles' dates lie more than
// incidentSpread apart.
func weekApart(a, b articleDate) bool {
	da, db := a.head.Value.Date, b.head.Value.Date
	return da.Start.Sub(db.End) > incidentSpread || db.Start.Sub(da.End) > incidentSpread
}

// deicticDayApart returns the head of either article when it is a day
// word counted from the moment of writing ("today", "yesterday", "last
// night") and the two dates are adjacent days: the publication date it
// was counted from may be an update's or the next day's, a day after the
// writing, where a weekday's name would still be right.
func deicticDayApart(a, b articleDate) *claims.Claim {
	da, db := a.head.Value.Date, b.head.Value.Date
	if da.Granularity != claims.Day || db.Granularity != claims.Day || !(da.End.Equal(db.Start) || db.End.Equal(da.Start)) {
		return nil
	}
	for _, x := range []articleDate{a, b} {
		if hasTag(x.head, "date:relative-day") {
			return x.head
		}
	}
	return nil
}

// storyEvent reports whether an article's date is surely of the event the
// key names: a named person's own act, or the event its headline (or
// lead) names. A violent event is not the story's own by its class alone:
// political news recalls attacks and shootings of other days and places
// ("since the Sept. 11 attacks", "last year's church shooting"). Nor is an
// event many people take part in by a name alone: a candidate takes part
// in many primaries and debates.
func (j *judge) storyEvent(k dateKey, a articleDate) bool {
	if k.agent != "" && !j.c.classes[k.class].Shared {
		return true
	}
	return hasTag(a.head, "date:story-event")
}

// datesOverlap reports whether two resolved dates can denote the same time.
func datesOverlap(a, b *claims.DateValue) bool {
	if !a.YearKnown || !b.YearKnown {
		return monthDayOverlap(a, b)
	}
	if a.Bound == claims.BoundSpan && b.Bound == claims.BoundSpan {
		// Spans agree when both ends do: 1991-2004 is not 1992-2005.
		return sameYearSpan(a.Start, b.Start) && sameYearSpan(a.End, b.End)
	}
	return a.Start.Before(b.End) && b.Start.Before(a.End)
}

// sameYearSpan reports whether two ends of spans of years are the same
// year.
func sameYearSpan(a, b time.Time) bool { return a.Year() == b.Year() }

// hasTag reports whether a claim's Matched list holds tag.
func hasTag(c *claims.Claim, tag string) bool {
	for _, m := range c.Matched {
		if m == tag {
			return true
		}
	}
	return false
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
