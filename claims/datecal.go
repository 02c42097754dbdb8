package claims

import (
	"strconv"
	"strings"
	"time"
)

// This file reads calendar dates from tokens: "April 22, 2025", "22nd of
// April", "2015-01-04", "1/12/2014", days, years and "two days ago".

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
		// "February of 2013".
		if toks[j].Norm == "of" && j+1 < len(toks) {
			if yr, ok := parseYear(toks[j+1]); ok {
				return calDate{kind: dkMonth, year: yr, month: m}, j + 2, true
			}
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
