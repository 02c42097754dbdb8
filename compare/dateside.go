package compare

import (
	"strings"
	"time"

	"github.com/newsdesk/crosscheck/claims"
)

// articleDate is the date one article gives an event.
type articleDate struct {
	// head is the claim whose date stands for the article: the most
	// precise of its dates for the event.
	head *claims.Claim
	// members are the article's claims that agree with head, head first:
	// all of them are cited.
	members []*claims.Claim
	// guess is true when every date rests on a guess of the event: then
	// members are all of them, and the article joins the one side that
	// one of them agrees with, but never forms a side.
	guess bool
	// firm is true when head stands on the event's own words and is
	// surely placed in time; why says what is missing when it is not.
	firm bool
	why  string
}

// recentWindow is how far before publication an article's date for an
// event may lie and still be the story's own event rather than a recalled
// one (the 2010 shooting an article mentions).
const recentWindow = 31 * 24 * time.Hour

// articleDates picks the date an article gives the event of key k, or
// false when it gives none clearly.
//
// A reported event's dates must lie in the month before publication;
// older ones recall another event, unless the article dates the event
// only so, in full ("the shooting that occurred on Jun. 2, 2011" in a
// report on the sentencing). Dates that rest on a guess count only when
// there is no other. Of the rest, the most precise is the article's
// date, and those that overlap it are cited with it. When the article's
// dates disagree among themselves, those whose modifiers its headline
// does not share name another event ("last week's opening debate"); if
// they still disagree, the first in the text stands, not firmly.
func (j *judge) articleDates(k dateKey, cls []*claims.Claim) (articleDate, bool) {
	a := j.st.Articles[cls[0].Article]
	pool := cls
	if k.mode == modeReport && a != nil && a.HasDate() {
		pool = recent(cls, a.Published)
	}
	if len(pool) == 0 {
		return articleDate{}, false
	}
	var firm, guessed []*claims.Claim
	for _, c := range pool {
		if c.Value.Date.Anchor == claims.AnchorGuess {
			guessed = append(guessed, c)
		} else {
			firm = append(firm, c)
		}
	}
	ad := articleDate{}
	if len(firm) == 0 {
		// Guesses only corroborate: each may join the side it agrees
		// with.
		return articleDate{head: guessed[0], members: guessed, guess: true, why: "the event of " + quoteText(guessed[0]) + " is a guess"}, true
	}
	head, ok := narrowest(firm)
	if !ok {
		var words map[string]bool
		if a != nil {
			words = headlineWords(a.Title)
		}
		if kept := sharedModifiers(firm, words); len(kept) > 0 && len(kept) < len(firm) {
			firm = kept
			head, ok = narrowest(firm)
		}
	}
	if !ok {
		head = firm[0]
		ad.why = "the article dates it more than one way"
	}
	ad.head = head
	ad.members = []*claims.Claim{head}
	for _, c := range firm {
		if c != head && datesOverlap(c.Value.Date, head.Value.Date) {
			ad.members = append(ad.members, c)
		}
	}
	if ad.why == "" {
		ad.firm, ad.why = firmDate(head, a != nil && a.HasDate())
	}
	if ad.firm && j.oneOfSeries(head) {
		ad.firm, ad.why = false, quoteText(head)+" dates one of several such events"
	}
	return ad, true
}

// oneOfSeries reports whether a date's event noun is one of several such
// events by a series word before it: "the first fatal shooting", "another
// attack".
func (j *judge) oneOfSeries(c *claims.Claim) bool {
	for _, t := range c.Subject.Terms {
		if j.c.series[t] {
			return true
		}
	}
	return false
}

// recent keeps the dates of cls that lie in the month before publication
// pub (or a day after it); when none does, the days written out in full
// with their year, of any time.
func recent(cls []*claims.Claim, pub time.Time) []*claims.Claim {
	var in, full []*claims.Claim
	for _, c := range cls {
		d := c.Value.Date
		if !d.YearKnown {
			in = append(in, c)
			continue
		}
		if pub.Sub(d.End) <= recentWindow && d.Start.Sub(pub) <= 24*time.Hour {
			in = append(in, c)
		} else if absolute(d) && d.Granularity == claims.Day && d.Start.Before(pub) {
			full = append(full, c)
		}
	}
	if len(in) > 0 {
		return in
	}
	return full
}

// narrowest returns the claim of cls with the shortest interval, and
// whether every claim overlaps it.
func narrowest(cls []*claims.Claim) (*claims.Claim, bool) {
	best := cls[0]
	for _, c := range cls[1:] {
		if width(c.Value.Date) < width(best.Value.Date) {
			best = c
		}
	}
	for _, c := range cls {
		if !datesOverlap(c.Value.Date, best.Value.Date) {
			return best, false
		}
	}
	return best, true
}

// width is the length of a date's interval.
func width(d *claims.DateValue) time.Duration { return d.End.Sub(d.Start) }

// sharedModifiers keeps the claims whose event modifiers all appear among
// the headline's words: "the vice presidential debate" under a headline
// about a vice-presidential debate, not "the opening debate".
func sharedModifiers(cls []*claims.Claim, words map[string]bool) []*claims.Claim {
	var out []*claims.Claim
	for _, c := range cls {
		ok := true
		for _, t := range c.Subject.Terms {
			if !words[t] {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, c)
		}
	}
	return out
}

// headlineWords returns the lower-cased words of a headline, hyphenated
// words split.
func headlineWords(title string) map[string]bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	}) {
		words[w] = true
	}
	return words
}

// firmDate reports whether a date surely stands for its event: it stands
// on the event's own words, which neither place the event in a series
// ("their last debate") nor take the year for its name ("the 2012
// election": one of a series of elections), and a date counted from
// publication (or without a year) has a publication date and, for a
// weekday or a month without a year, a tense
// that says which way to count. Otherwise it says what is missing.
func firmDate(c *claims.Claim, dated bool) (bool, string) {
	d := c.Value.Date
	switch {
	case d.Anchor == claims.AnchorGuess:
		return false, "the event of " + quoteText(c) + " is a guess"
	case d.Anchor == claims.AnchorClause:
		return false, quoteText(c) + " may date another act"
	case hasTag(c, "date:series"):
		return false, quoteText(c) + " dates a " + c.Subject.Text + " placed in a series (the last, the next, another), perhaps not the story's"
	case d.Granularity == claims.Year && !d.Relative && hasTag(c, "date:event-noun"):
		return false, quoteText(c) + " names which " + c.Subject.Text + " it is (\"the " + strings.TrimSpace(c.Text) + " " + c.Subject.Text + "\"), not when it was"
	case d.Relative && !dated:
		return false, "the article has no publication date"
	case !d.YearKnown && !dated:
		return false, quoteText(c) + " has no year, and the article no publication date to give one"
	case d.Relative && hasTag(c, "date:in-post"):
		return false, quoteText(c) + " counts from an embedded post's date, whose day may be another time zone's"
	case d.Relative && d.Tense == "" && needsTense(c):
		return false, quoteText(c) + " has no tense to place it"
	}
	return true, ""
}

// needsTense reports whether a relative date can be placed only with the
// clause's tense: a bare weekday or weekend ("Friday", not "last Friday").
func needsTense(c *claims.Claim) bool {
	text := strings.ToLower(c.Text)
	if strings.Contains(text, "last ") || strings.Contains(text, "next ") || strings.Contains(text, "this ") {
		return false
	}
	return weekdayIn(text) != "" || strings.Contains(text, "weekend")
}
