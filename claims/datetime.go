package claims

import (
	"strconv"
	"strings"
	"time"
)

// This file holds the date recogniser and resolver: a token scanner that
// finds date expressions ("early Saturday (May 10)", "last month", "April
// 22, 2025", "two days ago") and a resolver that places them in time
// against a publication date. Both are pure and allocation-light: the
// scanner looks tokens up in small maps, never runs a regex per token.

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

// dateSpec is a date expression found in a token sequence, before it is
// resolved against a publication date.
type dateSpec struct {
	kind dateKind
	// from and to are the expression's token range.
	from, to int
	// year (0 when not given), month (1-12), day and dayEnd (for "22-23").
	year, month, day, dayEnd int
	// weekday is the weekday named; hasWeekday is true when one was.
	weekday    time.Weekday
	hasWeekday bool
	// offset is the signed distance in days, weeks, months or years from
	// the publication date for relative kinds.
	offset int
	// dir is -1 for "last", +1 for "next", 0 when neither was written.
	dir int
	// this is true for "this Wednesday", "this week".
	this bool
	// unit is day, week, month or year for dkAgo.
	unit string
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

// partWords narrow an expression without moving it ("early Saturday").
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

// rangeStarts are words before which a date is the bound of a period, not
// the date of an event ("since 1987", "until Friday").
var rangeStarts = map[string]bool{
	"since": true, "until": true, "till": true, "til": true, "through": true, "thru": true,
	"from": true, "before": true, "by": true, "between": true, "every": true, "each": true, "per": true,
}

// monthLicence are words after which a bare month or year is a date.
var monthLicence = map[string]bool{"in": true, "during": true, "of": true, "early": true, "late": true, "mid": true, "last": true, "this": true, "next": true}

// nameBefore are capitalised words that make a weekday part of a name.
var nameBefore = map[string]bool{"good": true, "black": true, "bloody": true, "holy": true, "ash": true, "palm": true, "easter": true, "cyber": true, "super": true, "maundy": true, "shrove": true, "fat": true}

// nameAfter are capitalised words that make a weekday part of a name
// ("Sunday Times", "Sunday Express"), besides the rulebook's org words.
var nameAfter = map[string]bool{"times": true, "telegraph": true, "express": true, "mirror": true, "mail": true, "post": true, "herald": true, "sport": true, "school": true, "night live": true, "live": true, "edition": true, "magazine": true, "review": true, "independent": true, "tribune": true, "star": true, "sun": true, "observer": true}

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

// scanDates returns the date expressions of toks, left to right and not
// overlapping. nameWords (may be nil) are capitalised words that make a
// weekday before them part of a name. When standalone is true, toks are a
// date phrase on its own and a bare month or year at the start counts.
func scanDates(toks []token, nameWords map[string]bool, standalone bool) []dateSpec {
	var out []dateSpec
	for i := 0; i < len(toks); {
		sp, ok := scanDateAt(toks, i, nameWords)
		if !ok {
			i++
			continue
		}
		if sp.needCtx && standalone && (sp.from == 0 || sp.from == 1 && monthLicence[toks[0].Norm]) {
			sp.needCtx = false
		}
		out = append(out, sp)
		i = sp.to
	}
	return out
}

// scanDateAt tries to read a date expression starting at toks[i].
func scanDateAt(toks []token, i int, nameWords map[string]bool) (dateSpec, bool) {
	sp := dateSpec{from: i}
	if i > 0 && rangeStarts[toks[i-1].Norm] && !isPossessiveAfter(toks, i) {
		return sp, false
	}
	k := i
	part := ""
	t := toks[k]
	// "mid-March" is one token.
	if strings.HasPrefix(t.Norm, "mid-") {
		if m, ok := monthWords[t.Norm[4:]]; ok && len(t.Norm) > 6 {
			sp.kind, sp.month, sp.to, sp.tag = dkMonth, m, k+1, "date:month"
			if k+1 < len(toks) {
				if y, ok := parseYear(toks[k+1]); ok {
					sp.year, sp.to = y, k+2
				}
			}
			return sp, true
		}
	}
	if partWords[t.Norm] && k+1 < len(toks) {
		part = t.Norm
		k++
	}
	dirSet := false
	if d, ok := dirWords[toks[k].Norm]; ok && k+1 < len(toks) {
		sp.dir, dirSet = d, true
		sp.this = toks[k].Norm == "this"
		k++
		// "this past Friday", "this coming week".
		if sp.this && k+1 < len(toks) && (toks[k].Norm == "past" || toks[k].Norm == "coming") {
			if toks[k].Norm == "past" {
				sp.dir = -1
			} else {
				sp.dir = 1
			}
			sp.this = false
			k++
		}
	}
	t = toks[k]
	switch {
	case isWeekdayWord(t.Norm):
		if !t.Cap || isWeekdayName(toks, k, nameWords) {
			return sp, false
		}
		sp.kind, sp.weekday, sp.hasWeekday, sp.tag = dkWeekday, weekdayWords[t.Norm], true, "date:weekday"
		k++
		if k < len(toks) && timeOfDay[toks[k].Norm] {
			k++
		}
		if k < len(toks) && toks[k].Norm == "'s" {
			sp.possessive = true
		}
		// "Saturday (May 10)", "Saturday, May 10, 2025", "Saturday May 10".
		if dt, end, ok := attachedDate(toks, k); ok && !dirSet {
			sp.kind, sp.year, sp.month, sp.day, sp.dayEnd, sp.tag = dkDate, dt.year, dt.month, dt.day, dt.dayEnd, "date:weekday-date"
			k = end
			if k < len(toks) && timeOfDay[toks[k].Norm] {
				k++
			}
		}
		sp.to = k
		return sp, true
	case isWeekdayAbbrev(t.Norm):
		// Only before a full date: "Tue, 21-Oct-2025", "Sat. May 10".
		if !t.Cap || part != "" || dirSet {
			return sp, false
		}
		j := k + 1
		if j < len(toks) && toks[j].Text == "." {
			j++
		}
		dt, end, ok := attachedDate(toks, j)
		if !ok {
			return sp, false
		}
		sp.kind, sp.weekday, sp.hasWeekday, sp.tag = dkDate, weekdayAbbrevs[t.Norm], true, "date:weekday-date"
		sp.year, sp.month, sp.day, sp.dayEnd, sp.to = dt.year, dt.month, dt.day, dt.dayEnd, end
		return sp, true
	case t.Norm == "today" || t.Norm == "tonight" || t.Norm == "yesterday" || t.Norm == "tomorrow":
		if dirSet {
			return sp, false
		}
		sp.kind, sp.offset, sp.tag = dkDay, dayWords[t.Norm], "date:relative-day"
		k++
		if k < len(toks) && timeOfDay[toks[k].Norm] && t.Norm != "tonight" {
			k++
		}
		sp.to = k
		return sp, true
	case timeOfDay[t.Norm] && dirSet:
		// "this morning", "last night", "early this morning".
		switch {
		case sp.this:
			sp.offset = 0
		case sp.dir == -1 && t.Norm == "night":
			sp.offset = -1
		default:
			return sp, false
		}
		sp.kind, sp.to, sp.tag = dkDay, k+1, "date:relative-day"
		return sp, true
	case (t.Norm == "week" || t.Norm == "month" || t.Norm == "year") && dirSet:
		sp.offset = sp.dir
		sp.to = k + 1
		switch t.Norm {
		case "week":
			sp.kind, sp.tag = dkWeek, "date:relative-week"
		case "month":
			sp.kind, sp.tag = dkMonthRel, "date:relative-month"
		default:
			sp.kind, sp.tag = dkYearRel, "date:relative-year"
		}
		return sp, true
	case t.Norm == "weekend" && dirSet:
		sp.kind, sp.to, sp.tag = dkWeekend, k+1, "date:weekend"
		return sp, true
	case t.Norm == "the" && part == "" && !dirSet && k+1 < len(toks) && toks[k+1].Norm == "weekend":
		sp.kind, sp.to, sp.tag = dkWeekend, k+2, "date:weekend"
		return sp, true
	case monthWords[t.Norm] != 0:
		dt, end, ok := monthFirst(toks, k)
		if !ok {
			return sp, false
		}
		sp.kind, sp.year, sp.month, sp.day, sp.dayEnd, sp.to = dt.kind, dt.year, dt.month, dt.day, dt.dayEnd, end
		if sp.kind == dkDate {
			sp.tag = "date:month-day"
			if dirSet || part == "earlier" || part == "later" {
				return sp, false
			}
			return sp, true
		}
		sp.tag = "date:month"
		if sp.year == 0 && !dirSet && part == "" && !(k > 0 && monthLicence[toks[k-1].Norm]) {
			sp.needCtx = true
		}
		return sp, true
	case t.Kind == tokNumber || agoNumbers[t.Norm] != 0:
		if dirSet || part == "earlier" || part == "later" {
			return sp, false
		}
		if n, unit, end, ok := agoPhrase(toks, k); ok && part == "" {
			sp.kind, sp.offset, sp.unit, sp.to, sp.tag = dkAgo, n, unit, end, "date:ago"
			return sp, true
		}
		if t.Kind != tokNumber {
			return sp, false
		}
		if dt, end, ok := numericDate(toks, k); ok {
			sp.kind, sp.year, sp.month, sp.day, sp.dayEnd, sp.to, sp.tag = dkDate, dt.year, dt.month, dt.day, dt.dayEnd, end, "date:numeric"
			return sp, true
		}
		if dt, end, ok := dayFirst(toks, k); ok {
			sp.kind, sp.year, sp.month, sp.day, sp.dayEnd, sp.to, sp.tag = dt.kind, dt.year, dt.month, dt.day, dt.dayEnd, end, "date:day-month"
			return sp, true
		}
		if y, ok := parseYear(t); ok {
			if k+1 < len(toks) && (toks[k+1].Norm == "block" || toks[k+1].Norm == "blocks" || toks[k+1].Text == "/" || toks[k+1].Text == "-") {
				return sp, false
			}
			sp.kind, sp.year, sp.to, sp.tag = dkYear, y, k+1, "date:year"
			if part == "" && !(k > 0 && (toks[k-1].Norm == "in" || toks[k-1].Norm == "during")) {
				sp.needCtx = true
			}
			return sp, true
		}
	}
	return sp, false
}

// isWeekdayWord reports whether w is a full weekday name.
func isWeekdayWord(w string) bool { _, ok := weekdayWords[w]; return ok }

// isWeekdayAbbrev reports whether w is a short weekday name ("Tue").
func isWeekdayAbbrev(w string) bool { _, ok := weekdayAbbrevs[w]; return ok }

// isPossessiveAfter reports whether the weekday or date at toks[i] is
// followed by "'s" ("since Friday's attack" dates the attack).
func isPossessiveAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+3; k++ {
		if toks[k].Norm == "'s" {
			return true
		}
	}
	return false
}

// isWeekdayName reports whether the weekday at toks[k] is part of a name:
// "Good Friday", "Sunday Times", "Sunday Express".
func isWeekdayName(toks []token, k int, nameWords map[string]bool) bool {
	if k > 0 && toks[k-1].Cap && nameBefore[toks[k-1].Norm] {
		return true
	}
	if k+1 < len(toks) {
		n := toks[k+1]
		if n.Cap && n.Kind == tokWord && (nameAfter[n.Norm] || nameWords[n.Norm]) {
			return true
		}
	}
	return false
}

// calDate is a calendar date read from tokens; year is 0 when not given.
type calDate struct {
	kind                     dateKind
	year, month, day, dayEnd int
}

// attachedDate reads a date that follows a weekday: "(May 10)", ", May
// 10, 2025", "May 10", ", 10 May 2025", ", 21-Oct-2025". It returns the date
// and the token index after it.
func attachedDate(toks []token, j int) (calDate, int, bool) {
	if j >= len(toks) {
		return calDate{}, j, false
	}
	paren := false
	switch toks[j].Text {
	case "(":
		paren = true
		j++
	case ",":
		j++
	}
	if j >= len(toks) {
		return calDate{}, j, false
	}
	var dt calDate
	var end int
	ok := false
	if monthWords[toks[j].Norm] != 0 {
		dt, end, ok = monthFirst(toks, j)
	} else if toks[j].Kind == tokNumber {
		if dt, end, ok = numericDate(toks, j); !ok {
			dt, end, ok = dayFirst(toks, j)
		}
	}
	if !ok || dt.kind != dkDate {
		return calDate{}, j, false
	}
	if paren {
		if end >= len(toks) || toks[end].Text != ")" {
			return calDate{}, j, false
		}
		end++
	}
	return dt, end, true
}

// monthFirst reads "April 22", "Apr. 22, 2025", "May 10th", "April 22-23",
// "March 2015" or a bare "March" starting at the month word toks[k].
func monthFirst(toks []token, k int) (calDate, int, bool) {
	t := toks[k]
	m := monthWords[t.Norm]
	if m == 0 || !t.Cap {
		return calDate{}, k, false
	}
	full := len(t.Norm) > 4 || t.Norm == "may" || t.Norm == "june" || t.Norm == "july"
	j := k + 1
	if !full && j < len(toks) && toks[j].Text == "." {
		j++
	}
	if j < len(toks) {
		if day, dayEnd, ok := parseDay(toks[j]); ok && !followsAsCount(toks, j) {
			dt := calDate{kind: dkDate, month: m, day: day, dayEnd: dayEnd}
			end := j + 1
			if yr, after, ok := yearAfter(toks, end); ok {
				dt.year, end = yr, after
			}
			return dt, end, validDate(dt)
		}
		if yr, after, ok := yearAfter(toks, j); ok {
			return calDate{kind: dkMonth, year: yr, month: m}, after, true
		}
	}
	// A bare month: full names only; "May" and "March" must not run into
	// a name ("March Madness", "May Day").
	if !full || j != k+1 {
		return calDate{}, k, false
	}
	if ambiguousMonths[t.Norm] && j < len(toks) && toks[j].Cap && toks[j].Kind == tokWord {
		return calDate{}, k, false
	}
	return calDate{kind: dkMonth, month: m}, k + 1, true
}

// followsAsCount reports whether the number at toks[j] is a count rather
// than a day: "in March 26 people died" has a noun after the number.
func followsAsCount(toks []token, j int) bool {
	if j+1 >= len(toks) {
		return false
	}
	n := toks[j+1]
	if n.Kind != tokWord || n.Cap {
		return false
	}
	switch n.Norm {
	case "and", "or", "at", "in", "on", "when", "after", "before", "to", "through", "the", "that", "as", "while", "during", "around", "about", "near", "was", "were", "is", "are", "he", "she", "they", "police", "officers", "authorities":
		return false
	}
	// "people", "killed", "were"...: a plural noun or verb after a bare
	// number; days are rarely followed by an ordinary lower-case word
	// other than the function words above, except with a suffix.
	return !strings.HasSuffix(toks[j].Norm, "th") && !strings.HasSuffix(toks[j].Norm, "st") &&
		!strings.HasSuffix(toks[j].Norm, "nd") && !strings.HasSuffix(toks[j].Norm, "rd") &&
		(strings.HasSuffix(n.Norm, "s") || strings.HasSuffix(n.Norm, "ed"))
}

// dayFirst reads "22 April", "22nd of April 2025" starting at the number
// toks[k].
func dayFirst(toks []token, k int) (calDate, int, bool) {
	day, dayEnd, ok := parseDay(toks[k])
	if !ok {
		return calDate{}, k, false
	}
	j := k + 1
	if j < len(toks) && toks[j].Norm == "of" {
		j++
	}
	if j >= len(toks) || monthWords[toks[j].Norm] == 0 || !toks[j].Cap {
		return calDate{}, k, false
	}
	m := monthWords[toks[j].Norm]
	j++
	if j < len(toks) && toks[j].Text == "." && len(toks[j-1].Norm) <= 4 {
		j++
	}
	dt := calDate{kind: dkDate, month: m, day: day, dayEnd: dayEnd}
	if yr, after, ok := yearAfter(toks, j); ok {
		dt.year, j = yr, after
	}
	return dt, j, validDate(dt)
}

// yearAfter reads a year at toks[j], after an optional comma ("April 22,
// 2025", "22 April 2025"), and returns it with the index after it.
func yearAfter(toks []token, j int) (year, end int, ok bool) {
	if j < len(toks) && toks[j].Text == "," {
		j++
	}
	if j < len(toks) {
		if yr, ok := parseYear(toks[j]); ok {
			return yr, j + 1, true
		}
	}
	return 0, 0, false
}

// numericDate reads "2015-01-04", "21-Oct-2025" (single tokens) and
// "1/12/2014" (month first, as in US news) starting at toks[k].
func numericDate(toks []token, k int) (calDate, int, bool) {
	n := toks[k].Norm
	if parts := strings.Split(n, "-"); len(parts) == 3 {
		var dt calDate
		switch {
		case len(parts[0]) == 4:
			y, e1 := strconv.Atoi(parts[0])
			m, e2 := strconv.Atoi(parts[1])
			d, e3 := strconv.Atoi(parts[2])
			if e1 != nil || e2 != nil || e3 != nil {
				return calDate{}, k, false
			}
			dt = calDate{kind: dkDate, year: y, month: m, day: d}
		case len(parts[2]) == 4 && monthWords[parts[1]] != 0:
			d, e1 := strconv.Atoi(parts[0])
			y, e2 := strconv.Atoi(parts[2])
			if e1 != nil || e2 != nil {
				return calDate{}, k, false
			}
			dt = calDate{kind: dkDate, year: y, month: monthWords[parts[1]], day: d}
		default:
			return calDate{}, k, false
		}
		if dt.year < 1800 || dt.year > 2200 {
			return calDate{}, k, false
		}
		return dt, k + 1, validDate(dt)
	}
	// m/d/yyyy as three numbers and two slashes.
	if k+4 < len(toks) && toks[k+1].Text == "/" && toks[k+3].Text == "/" && toks[k+2].Kind == tokNumber && toks[k+4].Kind == tokNumber {
		a, e1 := strconv.Atoi(n)
		b, e2 := strconv.Atoi(toks[k+2].Norm)
		y, ok := parseYear(toks[k+4])
		if e1 != nil || e2 != nil || !ok {
			return calDate{}, k, false
		}
		dt := calDate{kind: dkDate, year: y, month: a, day: b}
		if a > 12 && b <= 12 {
			dt.month, dt.day = b, a
		}
		return dt, k + 5, validDate(dt)
	}
	return calDate{}, k, false
}

// agoPhrase reads "two days ago", "a week ago", "3 years ago" at toks[k].
func agoPhrase(toks []token, k int) (int, string, int, bool) {
	if k+2 >= len(toks) || toks[k+2].Norm != "ago" {
		return 0, "", k, false
	}
	unit, ok := unitWords[toks[k+1].Norm]
	if !ok {
		return 0, "", k, false
	}
	n, ok := agoNumbers[toks[k].Norm]
	if !ok {
		v, err := strconv.Atoi(toks[k].Norm)
		if err != nil || v <= 0 || v > 400 {
			return 0, "", k, false
		}
		n = v
	}
	if n <= 0 {
		return 0, "", k, false
	}
	return n, unit, k + 3, true
}

// parseDay reads a day of the month: "22", "10th", "1st", "22-23".
func parseDay(t token) (int, int, bool) {
	if t.Kind != tokNumber {
		return 0, 0, false
	}
	s := t.Norm
	if i := strings.IndexByte(s, '-'); i > 0 {
		a, _, ok1 := parseDay(token{Kind: tokNumber, Norm: s[:i]})
		b, _, ok2 := parseDay(token{Kind: tokNumber, Norm: s[i+1:]})
		if !ok1 || !ok2 || b <= a {
			return 0, 0, false
		}
		return a, b, true
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(s, suf) {
			s = s[:len(s)-2]
			break
		}
	}
	if len(s) == 0 || len(s) > 2 {
		return 0, 0, false
	}
	d, err := strconv.Atoi(s)
	if err != nil || d < 1 || d > 31 {
		return 0, 0, false
	}
	return d, d, true
}

// parseYear reads a four-digit year between 1800 and 2199.
func parseYear(t token) (int, bool) {
	if t.Kind != tokNumber || len(t.Norm) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(t.Norm)
	if err != nil || y < 1800 || y > 2199 {
		return 0, false
	}
	return y, true
}

// validDate reports whether dt names a real day (leap years assumed when
// the year is unknown).
func validDate(dt calDate) bool {
	if dt.month < 1 || dt.month > 12 {
		return false
	}
	if dt.kind != dkDate {
		return true
	}
	y := dt.year
	if y == 0 {
		y = 2000
	}
	last := dt.day
	if dt.dayEnd > last {
		last = dt.dayEnd
	}
	return dt.day >= 1 && ymd(y, dt.month, last).Month() == time.Month(dt.month)
}

// ymd returns midnight UTC of a calendar day.
func ymd(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// dayOf returns midnight UTC of t's calendar day in t's own location.
func dayOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return ymd(y, int(m), d)
}

// needsTense reports whether resolving sp depends on whether its clause
// speaks of the future.
func (sp *dateSpec) needsTense() bool {
	switch sp.kind {
	case dkWeekday:
		return sp.dir == 0
	case dkWeekend:
		return sp.dir == 0
	case dkDate, dkMonth:
		return sp.year == 0
	}
	return false
}

// resolveSpec places sp in time against the publication date pub (zero
// when unknown). future says whether the clause speaks of the future. It
// also returns tags worth recording ("date:weekday-mismatch").
//
// Without a publication date, expressions with a year resolve; a month and
// day (or a month) without a year resolve with YearKnown false and Start in
// year 1, so that they can be compared by month and day; relative
// expressions stay unresolved.
func resolveSpec(sp dateSpec, pub time.Time, future bool) (DateValue, []string) {
	var dv DateValue
	var tags []string
	known := !pub.IsZero()
	p := time.Time{}
	if known {
		p = dayOf(pub)
	}
	set := func(start, end time.Time, gran string, relative bool) {
		dv.Resolved, dv.Start, dv.End, dv.Granularity, dv.YearKnown, dv.Relative = true, start, end, gran, true, relative
	}
	switch sp.kind {
	case dkDate:
		last := sp.day
		if sp.dayEnd > last {
			last = sp.dayEnd
		}
		switch {
		case sp.year > 0:
			set(ymd(sp.year, sp.month, sp.day), ymd(sp.year, sp.month, last+1), Day, false)
		case known:
			y := p.Year()
			c := ymd(y, sp.month, sp.day)
			if !future && c.After(p.AddDate(0, 0, 62)) {
				y--
			} else if future && c.Before(p.AddDate(0, 0, -62)) {
				y++
			}
			set(ymd(y, sp.month, sp.day), ymd(y, sp.month, last+1), Day, true)
		default:
			set(ymd(1, sp.month, sp.day), ymd(1, sp.month, last+1), Day, false)
			dv.YearKnown = false
		}
		if sp.hasWeekday && dv.YearKnown && dv.Start.Weekday() != sp.weekday {
			tags = append(tags, "date:weekday-mismatch")
		}
	case dkMonth:
		switch {
		case sp.year > 0:
			set(ymd(sp.year, sp.month, 1), ymd(sp.year, sp.month+1, 1), Month, false)
		case known:
			y := p.Year()
			c := ymd(y, sp.month, 1)
			if !future && c.After(p.AddDate(0, 2, 0)) {
				y--
			} else if future && c.AddDate(0, 1, 0).Before(p.AddDate(0, -2, 0)) {
				y++
			}
			switch {
			case sp.dir < 0 && !ymd(y, sp.month, 1).Before(ymd(p.Year(), int(p.Month()), 1)):
				y = p.Year() - 1 // "last March" in March or later than March
			case sp.dir > 0 && !ymd(y, sp.month, 1).After(p):
				y = p.Year() + 1
			}
			set(ymd(y, sp.month, 1), ymd(y, sp.month+1, 1), Month, true)
		default:
			set(ymd(1, sp.month, 1), ymd(1, sp.month+1, 1), Month, false)
			dv.YearKnown = false
		}
	case dkYear:
		set(ymd(sp.year, 1, 1), ymd(sp.year+1, 1, 1), Year, false)
	default:
		if !known {
			return dv, tags
		}
		switch sp.kind {
		case dkWeekday:
			back := (int(p.Weekday()) - int(sp.weekday) + 7) % 7
			fwd := (int(sp.weekday) - int(p.Weekday()) + 7) % 7
			var d time.Time
			switch {
			case sp.dir < 0:
				if back == 0 {
					back = 7
				}
				d = p.AddDate(0, 0, -back)
			case sp.dir > 0:
				if fwd == 0 {
					fwd = 7
				}
				d = p.AddDate(0, 0, fwd)
			case future:
				d = p.AddDate(0, 0, fwd)
			default:
				d = p.AddDate(0, 0, -back)
			}
			set(d, d.AddDate(0, 0, 1), Day, true)
		case dkDay:
			d := p.AddDate(0, 0, sp.offset)
			set(d, d.AddDate(0, 0, 1), Day, true)
		case dkWeek:
			mon := p.AddDate(0, 0, -((int(p.Weekday())+6)%7)).AddDate(0, 0, 7*sp.offset)
			set(mon, mon.AddDate(0, 0, 7), Week, true)
		case dkMonthRel:
			first := ymd(p.Year(), int(p.Month())+sp.offset, 1)
			set(first, first.AddDate(0, 1, 0), Month, true)
		case dkYearRel:
			first := ymd(p.Year()+sp.offset, 1, 1)
			set(first, first.AddDate(1, 0, 0), Year, true)
		case dkWeekend:
			back := (int(p.Weekday()) - int(time.Saturday) + 7) % 7
			sat := p.AddDate(0, 0, -back) // the latest Saturday on or before p
			switch {
			case sp.dir < 0:
				if back <= 1 {
					sat = sat.AddDate(0, 0, -7)
				}
			case sp.dir > 0 || future:
				if back > 1 || sp.dir > 0 && back <= 1 {
					sat = sat.AddDate(0, 0, 7)
				}
			}
			set(sat, sat.AddDate(0, 0, 2), Week, true)
		case dkAgo:
			switch sp.unit {
			case "day":
				d := p.AddDate(0, 0, -sp.offset)
				set(d, d.AddDate(0, 0, 1), Day, true)
			case "week":
				d := p.AddDate(0, 0, -7*sp.offset-3)
				set(d, d.AddDate(0, 0, 7), Week, true)
			case "month":
				first := ymd(p.Year(), int(p.Month())-sp.offset, 1)
				set(first, first.AddDate(0, 1, 0), Month, true)
			case "year":
				first := ymd(p.Year()-sp.offset, 1, 1)
				set(first, first.AddDate(1, 0, 0), Year, true)
			}
		}
	}
	return dv, tags
}

// ResolveDate finds the first date expression in expr and resolves it
// against the publication date published (zero when unknown); future says
// whether the surrounding clause speaks of the future. It reports false
// when expr holds no date expression or the expression cannot be placed
// in time. The rules are those of date claims: a bare weekday is the most
// recent one on or before publication (the next one on or after it in the
// future); a month and day without a year take the publication year, or the
// year before when that would put them more than two months after
// publication; without a publication date, relative expressions are not
// resolved and a month and day give YearKnown false.
func ResolveDate(expr string, published time.Time, future bool) (DateValue, bool) {
	toks := tokenize(expr, 0)
	for _, sp := range scanDates(toks, nil, true) {
		if sp.needCtx {
			continue
		}
		dv, _ := resolveSpec(sp, published, future)
		dv.Expr = expr[toks[sp.from].Start:toks[sp.to-1].End]
		return dv, dv.Resolved
	}
	return DateValue{}, false
}
