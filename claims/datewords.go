package claims

import (
	"strings"
	"time"
)

// This file holds the language of dates: the shapes a date expression can
// take and the English words that build them (month and weekday names,
// relative day words, number words of "two days ago"). These are words of
// the language, not news vocabulary; names that merely contain a weekday
// ("Good Friday", "Sunday Times") are the rulebook's day_names.

// dateKind is the shape of a date expression.
type dateKind uint8

const (
	dkNone     dateKind = iota
	dkDate              // a month and a day, the year optional
	dkMonth             // a month, the year optional
	dkYear              // a year on its own
	dkWeekday           // a weekday without a date
	dkDay               // today, tonight, yesterday, tomorrow, last night
	dkWeek              // this, last, next week
	dkMonthRel          // this, last, next month
	dkYearRel           // this, last, next year
	dkWeekend           // the weekend
	dkAgo               // N days, weeks, months or years ago
)

// Bounds of a period a date expression can mark ("since 2011", "from 1991
// to 2004", "until 2027"), in dateSpec.bound and DateValue.Bound.
const (
	BoundStart = "start"
	BoundEnd   = "end"
	BoundSpan  = "span"
)

// dateSpec is a date expression found in a token sequence, before it is
// resolved against a publication date.
type dateSpec struct {
	kind dateKind
	// from and to are the expression's token range.
	from, to int
	// year (0 when not given), month (1-12), day and dayEnd (for "22-23").
	year, month, day, dayEnd int
	// endYear is the last year of a span of years ("from 1991 to 2004").
	endYear int
	// weekday is the weekday named; hasWeekday is true when one was.
	weekday    time.Weekday
	hasWeekday bool
	// orWeekday is a second weekday joined by "and" or "or" ("Saturday
	// and Sunday"); hasOr is true when one was.
	orWeekday time.Weekday
	hasOr     bool
	// offset is the signed distance in days, weeks, months or years from
	// the publication date for relative kinds.
	offset int
	// dir is -1 for "last", +1 for "next", 0 when neither was written.
	dir int
	// this is true for "this Wednesday", "this week".
	this bool
	// part is the part word before the expression: early, mid, late,
	// earlier or later ("mid May", "earlier this week"); "" when none.
	part string
	// unit is day, week, month or year for dkAgo.
	unit string
	// agoWeekday is true for "a month ago Thursday": the weekday of the
	// period ago.
	agoWeekday bool
	// bound is BoundStart, BoundEnd or BoundSpan when the expression marks
	// a bound of a period rather than the time of an event.
	bound string
	// possessive is true for "Friday's attack".
	possessive bool
	// needCtx is true for a bare month or year that only counts as a date
	// in a licensing context ("in March", "the 2014 shooting").
	needCtx bool
	// tag names the expression's shape for Claim.Matched.
	tag string
}

// monthWords maps month names and abbreviations to month numbers.
var monthWords = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// ambiguousMonths are month names that are also common words; they need a
// day or year, or a licensing preposition, to count as months.
var ambiguousMonths = map[string]bool{"may": true, "march": true}

// weekdayWords maps weekday names to weekdays.
var weekdayWords = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// weekdayAbbrevs are short weekday names, accepted only before a full date
// ("Tue, 21-Oct-2025").
var weekdayAbbrevs = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
}

// timeOfDay are words that narrow a day without changing it.
var timeOfDay = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true, "overnight": true}

// dayWords are the relative day words with their offsets from publication.
var dayWords = map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}

// dirWords are the words that set a direction.
var dirWords = map[string]int{"last": -1, "next": 1, "this": 0, "coming": 1}

// partWords narrow an expression ("mid May", "earlier this week"); before
// a weekday they only name a time of its day ("early Saturday").
var partWords = map[string]bool{"early": true, "late": true, "earlier": true, "later": true, "mid": true}

// agoNumbers are the number words used in "two days ago".
var agoNumbers = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 0, "few": 0,
}

// unitWords maps period nouns to the unit of "ago" expressions.
var unitWords = map[string]string{
	"day": "day", "days": "day", "week": "week", "weeks": "week",
	"month": "month", "months": "month", "year": "year", "years": "year",
}

// rangeWords are prepositions before which a date is the bound of a
// period, or no time of an event at all ("since 1987", "until Friday",
// "every Monday"), with the bound each marks ("" for none).
var rangeWords = map[string]string{
	"since": BoundStart, "from": BoundStart, "between": BoundStart,
	"until": BoundEnd, "till": BoundEnd, "til": BoundEnd, "through": BoundEnd, "thru": BoundEnd,
	"before": "", "by": "", "every": "", "each": "", "per": "",
}

// spanJoiners join the two ends of a span: "from 1991 to 2004", "between
// 2008 and 2013".
var spanJoiners = map[string]bool{"to": true, "until": true, "through": true, "thru": true, "and": true, "till": true}

// monthLicence are words after which a bare month or year is a date.
var monthLicence = map[string]bool{"in": true, "during": true, "of": true, "early": true, "late": true, "mid": true, "last": true, "this": true, "next": true}

// dateGate holds every word that can start or anchor a date expression;
// a sentence with none of them and no number holds no date.
var dateGate = func() map[string]bool {
	m := map[string]bool{"weekend": true, "week": true, "month": true, "year": true, "ago": true, "morning": true, "night": true, "evening": true, "afternoon": true}
	for w := range monthWords {
		m[w] = true
	}
	for w := range weekdayWords {
		m[w] = true
	}
	for w := range weekdayAbbrevs {
		m[w] = true
	}
	for w := range dayWords {
		m[w] = true
	}
	return m
}()

// mayHoldDate reports cheaply whether toks can hold a date expression.
func mayHoldDate(toks []token) bool {
	for i := range toks {
		if toks[i].Kind == tokNumber || dateGate[toks[i].Norm] {
			return true
		}
		if strings.HasPrefix(toks[i].Norm, "mid-") {
			return true
		}
	}
	return false
}

// isWeekdayWord reports whether w is a full weekday name.
func isWeekdayWord(w string) bool { _, ok := weekdayWords[w]; return ok }

// isWeekdayAbbrev reports whether w is a short weekday name ("Tue").
func isWeekdayAbbrev(w string) bool { _, ok := weekdayAbbrevs[w]; return ok }
