package claims

import (
	"strings"
)

// This file is the date scanner: it finds date expressions ("early
// Saturday (May 10)", "last month", "April 22, 2025", "two days ago",
// "since 2011", "from 1991 to 2004") in a token sequence. It is pure and
// allocation-light: it looks tokens up in small maps, never runs a regex
// per token. Placing the expressions in time is the resolver's job.

// dateNames tells the scanner which capitalised words around a weekday or
// month make it part of a name; nil knows none.
type dateNames struct {
	// names are the rulebook's day_names ("Good Friday", "Sunday Times").
	names *phraseTrie
	// orgWords make a weekday before them part of an organisation's name
	// ("Sunday Gazette").
	orgWords map[string]bool
}

// scanDates returns the date expressions of toks, left to right and not
// overlapping. When standalone is true, toks are a date phrase on its own
// and a bare month or year at the start counts.
func scanDates(toks []token, names *dateNames, standalone bool) []dateSpec {
	var out []dateSpec
	for i := 0; i < len(toks); {
		sp, ok := scanDateAt(toks, i, names)
		if ok {
			sp, ok = boundOf(toks, sp, names)
		}
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

// boundOf settles a date after a range word: "since 2011" is the start of
// a period, "until 2027" its end, "from 1991 to 2004" and "between 2008
// and 2013" a span; after "before", "by" or "every", and for a range word
// before a day-precise relative date ("until Friday"), the expression
// dates no event and is dropped. "since Friday's attack" dates the attack.
func boundOf(toks []token, sp dateSpec, names *dateNames) (dateSpec, bool) {
	if sp.from == 0 {
		return sp, true
	}
	bound, ok := rangeWords[toks[sp.from-1].Norm]
	if !ok || isPossessiveAfter(toks, sp.from) {
		return sp, true
	}
	calendar := sp.kind == dkYear || sp.kind == dkMonth || sp.kind == dkDate && sp.year > 0
	if bound == "" || !calendar {
		return sp, false
	}
	sp.needCtx = false
	sp.bound = bound
	prep := toks[sp.from-1].Norm
	if prep == "from" || prep == "between" {
		sp.bound = BoundStart
		if sp.to+1 < len(toks) && spanJoiners[toks[sp.to].Norm] && sp.kind == dkYear {
			if y, ok := parseYear(toks[sp.to+1]); ok && y >= sp.year {
				sp.bound, sp.endYear, sp.to = BoundSpan, y, sp.to+2
			}
		}
		if prep == "between" && sp.bound != BoundSpan {
			return sp, false
		}
	}
	sp.tag = "date:" + sp.bound
	return sp, true
}

// scanDateAt tries to read a date expression starting at toks[i]: an
// optional part word ("early", "mid"), an optional direction ("last",
// "this past"), then the expression proper.
func scanDateAt(toks []token, i int, names *dateNames) (dateSpec, bool) {
	sp := dateSpec{from: i}
	if !mayStartDate(toks[i]) {
		return sp, false
	}
	if sp, ok := scanMidMonth(toks, i); ok {
		return sp, true
	}
	k := i
	if partWords[toks[k].Norm] && k+1 < len(toks) {
		sp.part = toks[k].Norm
		k++
	}
	dirSet := false
	if d, ok := dirWords[toks[k].Norm]; ok && k+1 < len(toks) {
		sp.dir, dirSet = d, true
		sp.this = toks[k].Norm == "this"
		k++
		// "this past Friday", "this coming week".
		if sp.this && k+1 < len(toks) && (toks[k].Norm == "past" || toks[k].Norm == "coming") {
			sp.dir = -1
			if toks[k].Norm == "coming" {
				sp.dir = 1
			}
			sp.this = false
			k++
		}
	}
	t := toks[k]
	switch {
	case isWeekdayWord(t.Norm):
		return scanWeekday(toks, k, sp, dirSet, names)
	case isWeekdayAbbrev(t.Norm):
		return scanWeekdayAbbrev(toks, k, sp, dirSet)
	case dayWords[t.Norm] != 0 || t.Norm == "today" || t.Norm == "tonight":
		return scanDayWord(toks, k, sp, dirSet, names)
	case timeOfDay[t.Norm] && dirSet:
		return scanDirTimeOfDay(k, sp)
	case (t.Norm == "week" || t.Norm == "month" || t.Norm == "year") && dirSet:
		return scanRelPeriod(toks, k, sp)
	case t.Norm == "weekend" && dirSet:
		sp.kind, sp.to, sp.tag = dkWeekend, k+1, "date:weekend"
		return sp, true
	case t.Norm == "the" && sp.part == "" && !dirSet && k+1 < len(toks) && toks[k+1].Norm == "weekend":
		sp.kind, sp.to, sp.tag = dkWeekend, k+2, "date:weekend"
		return sp, true
	case monthWords[t.Norm] != 0:
		return scanMonth(toks, k, sp, dirSet, names)
	case t.Kind == tokNumber || agoNumbers[t.Norm] != 0:
		if dirSet || sp.part == "earlier" || sp.part == "later" {
			return sp, false
		}
		return scanNumber(toks, k, sp)
	}
	return sp, false
}

// mayStartDate reports cheaply whether a date expression can start at t.
func mayStartDate(t token) bool {
	if t.Kind == tokNumber || dateGate[t.Norm] || partWords[t.Norm] || t.Norm == "the" || agoNumbers[t.Norm] != 0 {
		return true
	}
	if _, ok := dirWords[t.Norm]; ok {
		return true
	}
	return strings.HasPrefix(t.Norm, "mid-")
}

// scanMidMonth reads "mid-March" and "mid-March 2015", written as one
// token.
func scanMidMonth(toks []token, k int) (dateSpec, bool) {
	sp := dateSpec{from: k}
	t := toks[k]
	if !strings.HasPrefix(t.Norm, "mid-") || len(t.Norm) <= 6 {
		return sp, false
	}
	m, ok := monthWords[t.Norm[4:]]
	if !ok {
		return sp, false
	}
	sp.kind, sp.month, sp.part, sp.to, sp.tag = dkMonth, m, "mid", k+1, "date:month"
	if k+1 < len(toks) {
		if y, ok := parseYear(toks[k+1]); ok {
			sp.year, sp.to = y, k+2
		}
	}
	return sp, true
}

// scanWeekday reads "Friday", "Friday night", "Friday's", "Saturday (May
// 10)" and "Saturday, May 10, 2025" at the weekday toks[k].
func scanWeekday(toks []token, k int, sp dateSpec, dirSet bool, names *dateNames) (dateSpec, bool) {
	t := toks[k]
	if !t.Cap || names.isName(toks, k) {
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
	if dt, end, ok := attachedDate(toks, k); ok && !dirSet {
		sp.kind, sp.year, sp.month, sp.day, sp.dayEnd, sp.tag = dkDate, dt.year, dt.month, dt.day, dt.dayEnd, "date:weekday-date"
		k = end
		if k < len(toks) && timeOfDay[toks[k].Norm] {
			k++
		}
	}
	// "Saturday and Sunday", "Friday or Saturday night": one span.
	if sp.kind == dkWeekday && !sp.possessive && k+1 < len(toks) && (toks[k].Norm == "and" || toks[k].Norm == "or") && isWeekdayWord(toks[k+1].Norm) && toks[k+1].Cap {
		sp.orWeekday, sp.hasOr = weekdayWords[toks[k+1].Norm], true
		k += 2
		if k < len(toks) && timeOfDay[toks[k].Norm] {
			k++
		}
	}
	sp.to = k
	return sp, true
}

// scanWeekdayAbbrev reads a short weekday name, only before a full date:
// "Tue, 21-Oct-2025", "Sat. May 10".
func scanWeekdayAbbrev(toks []token, k int, sp dateSpec, dirSet bool) (dateSpec, bool) {
	t := toks[k]
	if !t.Cap || sp.part != "" || dirSet {
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
}

// scanDayWord reads "today", "tonight", "yesterday morning", "tomorrow",
// unless the word is part of a name ("USA Today", "the Today show").
func scanDayWord(toks []token, k int, sp dateSpec, dirSet bool, names *dateNames) (dateSpec, bool) {
	t := toks[k]
	if dirSet || t.Cap && names.isName(toks, k) {
		return sp, false
	}
	sp.kind, sp.offset, sp.tag = dkDay, dayWords[t.Norm], "date:relative-day"
	k++
	if k < len(toks) && timeOfDay[toks[k].Norm] && t.Norm != "tonight" {
		k++
	}
	sp.to = k
	return sp, true
}

// scanDirTimeOfDay reads "this morning", "last night", "early this
// morning".
func scanDirTimeOfDay(k int, sp dateSpec) (dateSpec, bool) {
	switch {
	case sp.this:
		sp.offset = 0
	case sp.dir == -1:
		sp.offset = -1
	default:
		return sp, false
	}
	sp.part = ""
	sp.kind, sp.to, sp.tag = dkDay, k+1, "date:relative-day"
	return sp, true
}

// scanRelPeriod reads "last week", "earlier this month", "next year".
func scanRelPeriod(toks []token, k int, sp dateSpec) (dateSpec, bool) {
	sp.offset = sp.dir
	sp.to = k + 1
	switch toks[k].Norm {
	case "week":
		sp.kind, sp.tag = dkWeek, "date:relative-week"
	case "month":
		sp.kind, sp.tag = dkMonthRel, "date:relative-month"
	default:
		sp.kind, sp.tag = dkYearRel, "date:relative-year"
	}
	return sp, true
}

// scanMonth reads "April 22", "May 10, 2025", "March 2015", "mid May",
// "last March" at the month word toks[k].
func scanMonth(toks []token, k int, sp dateSpec, dirSet bool, names *dateNames) (dateSpec, bool) {
	if names.isName(toks, k) {
		return sp, false
	}
	dt, end, ok := monthFirst(toks, k)
	if !ok {
		return sp, false
	}
	sp.kind, sp.year, sp.month, sp.day, sp.dayEnd, sp.to = dt.kind, dt.year, dt.month, dt.day, dt.dayEnd, end
	if sp.kind == dkDate {
		sp.tag = "date:month-day"
		if dirSet || sp.part == "earlier" || sp.part == "later" {
			return sp, false
		}
		sp.part = ""
		return sp, true
	}
	sp.tag = "date:month"
	if sp.part == "earlier" || sp.part == "later" {
		sp.part = ""
	}
	if sp.year == 0 && !dirSet && sp.part == "" && !(k > 0 && monthLicence[toks[k-1].Norm]) {
		sp.needCtx = true
	}
	return sp, true
}

// scanNumber reads what starts with a number: "two days ago", "a month
// ago Thursday", "2015-01-04", "1/12/2014", "22 April", "2014".
func scanNumber(toks []token, k int, sp dateSpec) (dateSpec, bool) {
	t := toks[k]
	if n, unit, end, ok := agoPhrase(toks, k); ok && sp.part == "" {
		sp.kind, sp.offset, sp.unit, sp.to, sp.tag = dkAgo, n, unit, end, "date:ago"
		if end < len(toks) && isWeekdayWord(toks[end].Norm) && toks[end].Cap {
			sp.weekday, sp.hasWeekday, sp.agoWeekday, sp.to = weekdayWords[toks[end].Norm], true, true, end+1
		}
		return sp, true
	}
	if t.Kind != tokNumber {
		return sp, false
	}
	if dt, end, ok := numericDate(toks, k); ok {
		sp.kind, sp.year, sp.month, sp.day, sp.dayEnd, sp.to, sp.tag = dkDate, dt.year, dt.month, dt.day, dt.dayEnd, end, "date:numeric"
		sp.part = ""
		return sp, true
	}
	if dt, end, ok := dayFirst(toks, k); ok {
		sp.kind, sp.year, sp.month, sp.day, sp.dayEnd, sp.to, sp.tag = dt.kind, dt.year, dt.month, dt.day, dt.dayEnd, end, "date:day-month"
		sp.part = ""
		return sp, true
	}
	y, ok := parseYear(t)
	if !ok {
		return sp, false
	}
	if k+1 < len(toks) && (toks[k+1].Norm == "block" || toks[k+1].Norm == "blocks" || toks[k+1].Text == "/" || toks[k+1].Text == "-") {
		return sp, false
	}
	sp.kind, sp.year, sp.to, sp.tag = dkYear, y, k+1, "date:year"
	if sp.part == "" && !(k > 0 && (toks[k-1].Norm == "in" || toks[k-1].Norm == "during")) {
		sp.needCtx = true
	}
	return sp, true
}

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

// isName reports whether the weekday, month or day word at toks[k] is
// part of a name: one of the rulebook's day names ("Good Friday", "Sunday
// Times", "May Day", "USA Today") or a weekday before an organisation word ("Sunday Gazette").
func (n *dateNames) isName(toks []token, k int) bool {
	if n == nil {
		return false
	}
	if n.names != nil {
		for p := k; p >= 0 && p >= k-3; p-- {
			if _, l := n.names.match(toks, p); l > 0 && p+l > k && toks[p].Cap {
				return true
			}
		}
	}
	if k+1 < len(toks) && isWeekdayWord(toks[k].Norm) {
		nx := toks[k+1]
		if nx.Cap && nx.Kind == tokWord && n.orgWords[nx.Norm] {
			return true
		}
	}
	return false
}
