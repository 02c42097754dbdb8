package article

import (
	"regexp"
	"strings"
	"sync/atomic"
	"time"
)

// dateLayouts are the date parts tried by parseDate, most common first.
// Month and weekday names match case-insensitively in time.Parse, so
// Reuters' "26-FEB-1987" needs no special case.
var dateLayouts = []string{
	"2006-01-02",
	"02-Jan-2006",
	"2-Jan-2006",
	"January 2, 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"January 2 2006",
	"Jan 2 2006",
	"2 January, 2006",
	"2006/01/02",
	"01/02/2006",
	"2006.01.02",
	"02.01.2006",
	"20060102",
}

// timeLayouts are the optional time parts that may follow a date part.
// A fractional second after the seconds is accepted by time.Parse even
// when the layout does not show one.
var timeLayouts = []string{
	"",
	" 15:04:05",
	" 15:04",
	" 3:04 PM",
	" 3:04PM",
	" 15:04:05 MST",
	" 15:04 MST",
	" 3:04 PM MST",
	" 15:04:05 -0700",
	" 15:04:05 MST -0700",
	"T15:04:05Z07:00",
	"T15:04:05",
	"T15:04Z07:00",
	"T15:04",
}

// fullLayouts are whole-string layouts that do not split into a date and a time part.
var fullLayouts = []string{
	time.RFC1123Z,
	time.RFC1123,
	time.RFC850,
	time.ANSIC,
	time.UnixDate,
	"Mon Jan 2 15:04:05 2006",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05.999999999 -0700 MST",
}

// layouts combines dateLayouts x timeLayouts, then fullLayouts.
// clockLayouts index those that have a time of day, the only ones worth
// trying on a string with ":"; dayLayouts index the others.
var clockLayouts, dayLayouts = func() (clock, day []int) {
	var out []string
	for _, t := range timeLayouts {
		for _, d := range dateLayouts {
			out = append(out, d+t)
		}
	}
	layouts = append(out, fullLayouts...)
	for i, l := range layouts {
		if strings.Contains(l, ":") {
			clock = append(clock, i)
		} else {
			day = append(day, i)
		}
	}
	return clock, day
}()

// layouts holds every layout parseDate tries.
var layouts []string

// lastLayout remembers which layout parsed last, since consecutive records
// of one file nearly always share a format.
var lastLayout atomic.Int32

// parseDate reads a publication date such as "2015-01-04",
// "26-FEB-1987 15:01:01.79", "Tue, 21-Oct-2025", "May 10, 2025",
// "10 May 2025" or "Saturday, May 10, 2025 12:30 PM". It reports false for
// anything else, including "unknown". Only years 1800-2199 are accepted.
func parseDate(s string) (time.Time, bool) {
	if len(s) < 6 || len(s) > 96 || !maybeDate(s) {
		return time.Time{}, false
	}
	s = normDate(s)
	if i := int(lastLayout.Load()); i < len(layouts) {
		if t, err := time.Parse(layouts[i], s); err == nil && plausibleYear(t) {
			return t, true
		}
	}
	try := dayLayouts
	if strings.IndexByte(s, ':') >= 0 {
		try = clockLayouts
	}
	for _, i := range try {
		if t, err := time.Parse(layouts[i], s); err == nil && plausibleYear(t) {
			lastLayout.Store(int32(i))
			return t, true
		}
	}
	return time.Time{}, false
}

// maybeDateRE is what every layout parseDate knows has: a month name, or
// numbers separated by "-", "/" or ".", or eight digits in a row.
var maybeDateRE = regexp.MustCompile(`(?i)\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b|\d[-/.]\d|\d{8}`)

// maybeDate cheaply rules out strings that no layout can match, since
// failing every layout is slow and most candidate lines are not dates.
func maybeDate(s string) bool {
	return strings.ContainsAny(s, "0123456789") && maybeDateRE.MatchString(s)
}

func plausibleYear(t time.Time) bool { return t.Year() >= 1800 && t.Year() < 2200 }

// normDate cleans a date string for parseDate: it trims it, collapses
// spaces, drops a leading weekday, "Published:"-style prefixes, ordinal
// suffixes ("21st") and the word "at" before a time, and upper-cases am/pm.
func normDate(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimRight(s, ".")
	low := strings.ToLower(s)
	for _, p := range []string{"published:", "published", "posted:", "posted", "updated:", "updated", "date:"} {
		if strings.HasPrefix(low, p+" ") {
			s = strings.TrimSpace(s[len(p):])
			low = strings.ToLower(s)
			break
		}
	}
	// Leading weekday, "Tue," "Tuesday," or "Tue ".
	if i := strings.IndexAny(s, ", "); i > 0 && isWeekday(low[:i]) {
		s = strings.TrimLeft(s[i:], ", ")
	}
	s = shortMonths(s)
	if !strings.ContainsAny(s, "snrtSNRT") {
		return s
	}
	words := strings.Split(s, " ")
	out := words[:0]
	for _, w := range words {
		lw := strings.ToLower(w)
		if lw == "at" {
			continue
		}
		if lw == "am" || lw == "pm" {
			w = strings.ToUpper(w)
		} else if strings.HasSuffix(lw, "am") || strings.HasSuffix(lw, "pm") {
			if n := len(w); n > 2 && w[n-3] >= '0' && w[n-3] <= '9' {
				w = w[:n-2] + strings.ToUpper(w[n-2:])
			}
		}
		w = stripOrdinal(w)
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// shortMonths writes the four-letter month abbreviations of news style
// ("Sept. 3, 2019", "Sept 3") as the three-letter ones time.Parse knows.
func shortMonths(s string) string {
	words := strings.Split(s, " ")
	changed := false
	for i, w := range words {
		if len(w) >= 4 && strings.EqualFold(w[:4], "sept") && (len(w) == 4 || w[4] == '.' || w[4] == ',') {
			words[i] = w[:3] + w[4:]
			changed = true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(words, " ")
}

// stripOrdinal turns "21st" or "21st," into "21" or "21,".
func stripOrdinal(w string) string {
	end := len(w)
	if end > 0 && w[end-1] == ',' {
		end--
	}
	if end < 3 {
		return w
	}
	suf := strings.ToLower(w[end-2 : end])
	if suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
		return w
	}
	for i := 0; i < end-2; i++ {
		if w[i] < '0' || w[i] > '9' {
			return w
		}
	}
	return w[:end-2] + w[end:]
}

var weekdays = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// isWeekday reports whether w is a weekday name or its three- or
// four-letter abbreviation ("tue", "tues").
func isWeekday(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if len(w) < 3 {
		return false
	}
	for _, d := range weekdays {
		if w == d || (len(w) <= 4 && strings.HasPrefix(d, w)) {
			return true
		}
	}
	return false
}
