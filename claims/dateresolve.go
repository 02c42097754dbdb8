package claims

import (
	"time"
)

// This file is the date resolver: it places a scanned date expression in
// time, as an interval with its granularity, against the publication date
// of the article it comes from.

// resolver places date expressions against one publication day.
type resolver struct {
	// pub is the publication day at midnight UTC; known is false when the
	// publication date is unknown.
	pub   time.Time
	known bool
	// future says whether the clause speaks of the future.
	future bool
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
	r := resolver{known: !pub.IsZero(), future: future}
	if r.known {
		r.pub = dayOf(pub)
	}
	var dv DateValue
	var tags []string
	switch sp.kind {
	case dkDate:
		dv = r.calendarDay(sp)
		if sp.hasWeekday && dv.YearKnown && dv.Start.Weekday() != sp.weekday {
			tags = append(tags, "date:weekday-mismatch")
		}
	case dkMonth:
		dv = r.month(sp)
	case dkYear:
		dv = interval(ymd(sp.year, 1, 1), ymd(sp.year+1, 1, 1), Year, false)
		if sp.bound == BoundSpan {
			dv.End = ymd(sp.endYear+1, 1, 1)
		}
		dv = narrow(dv, sp.part, time.Time{})
	default:
		if r.known {
			dv = r.relative(sp)
		}
	}
	dv.Bound = sp.bound
	return dv, tags
}

// interval is a resolved date [start, end) of granularity gran.
func interval(start, end time.Time, gran string, relative bool) DateValue {
	return DateValue{Resolved: true, Start: start, End: end, Granularity: gran, YearKnown: true, Relative: relative}
}

// calendarDay resolves a month and day, taking the year from the
// publication date when none is written: the publication year, or the
// year before when that would put the day more than two months after
// publication (the year after, in a clause about the future).
func (r resolver) calendarDay(sp dateSpec) DateValue {
	last := max(sp.day, sp.dayEnd)
	switch {
	case sp.year > 0:
		return interval(ymd(sp.year, sp.month, sp.day), ymd(sp.year, sp.month, last+1), Day, false)
	case r.known:
		y := r.pub.Year()
		c := ymd(y, sp.month, sp.day)
		if !r.future && c.After(r.pub.AddDate(0, 0, 62)) {
			y--
		} else if r.future && c.Before(r.pub.AddDate(0, 0, -62)) {
			y++
		}
		return interval(ymd(y, sp.month, sp.day), ymd(y, sp.month, last+1), Day, true)
	}
	dv := interval(ymd(1, sp.month, sp.day), ymd(1, sp.month, last+1), Day, false)
	dv.YearKnown = false
	return dv
}

// month resolves a month ("in March", "last May", "mid May 2013"), its
// year as calendarDay finds it, narrowed by a part word.
func (r resolver) month(sp dateSpec) DateValue {
	var dv DateValue
	switch {
	case sp.year > 0:
		dv = interval(ymd(sp.year, sp.month, 1), ymd(sp.year, sp.month+1, 1), Month, false)
	case r.known:
		p := r.pub
		y := p.Year()
		c := ymd(y, sp.month, 1)
		if !r.future && c.After(p.AddDate(0, 2, 0)) {
			y--
		} else if r.future && c.AddDate(0, 1, 0).Before(p.AddDate(0, -2, 0)) {
			y++
		}
		switch {
		case sp.dir < 0 && !ymd(y, sp.month, 1).Before(ymd(p.Year(), int(p.Month()), 1)):
			y = p.Year() - 1 // "last March" in March or later than March
		case sp.dir > 0 && !ymd(y, sp.month, 1).After(p):
			y = p.Year() + 1
		}
		dv = interval(ymd(y, sp.month, 1), ymd(y, sp.month+1, 1), Month, true)
	default:
		dv = interval(ymd(1, sp.month, 1), ymd(1, sp.month+1, 1), Month, false)
		dv.YearKnown = false
	}
	return narrow(dv, sp.part, time.Time{})
}

// narrow takes the part of a month or year that a part word names: early
// is its first third, mid the second, late the last; "earlier" is what
// lies before the publication day pub, "later" what lies after it (both
// only for a period holding pub).
func narrow(dv DateValue, part string, pub time.Time) DateValue {
	if !dv.Resolved || part == "" {
		return dv
	}
	switch part {
	case "earlier", "later":
		if pub.IsZero() || pub.Before(dv.Start) || !pub.Before(dv.End) {
			return dv
		}
		if part == "earlier" && pub.After(dv.Start) {
			dv.End = pub
		} else if part == "later" && pub.AddDate(0, 0, 1).Before(dv.End) {
			dv.Start = pub.AddDate(0, 0, 1)
		}
		return dv
	}
	third := dv.End.Sub(dv.Start) / 3
	third = third.Round(24 * time.Hour)
	switch part {
	case "early":
		dv.End = dv.Start.Add(third)
	case "mid":
		dv.Start, dv.End = dv.Start.Add(third), dv.Start.Add(2*third)
	case "late":
		dv.Start = dv.Start.Add(2 * third)
	default:
		return dv
	}
	dv.Granularity = Part
	return dv
}

// relative resolves expressions that count from the publication day:
// weekdays, "yesterday", "last week", "earlier this month", "the
// weekend", "two days ago".
func (r resolver) relative(sp dateSpec) DateValue {
	p := r.pub
	switch sp.kind {
	case dkWeekday:
		d := r.weekday(sp)
		end := d.AddDate(0, 0, 1)
		if sp.hasOr {
			// "Saturday and Sunday": from the first to the second.
			o := r.weekday(dateSpec{kind: dkWeekday, weekday: sp.orWeekday, dir: sp.dir})
			d, end = minTime(d, o), maxTime(d, o).AddDate(0, 0, 1)
		}
		if sp.dir < 0 && (int(r.pub.Weekday())-int(sp.weekday)+7)%7 == 1 {
			// "last Friday" said on Saturday: yesterday, or the Friday
			// a week before.
			d = r.pub.AddDate(0, 0, -8)
		}
		return interval(d, end, Day, true)
	case dkDay:
		d := p.AddDate(0, 0, sp.offset)
		return interval(d, d.AddDate(0, 0, 1), Day, true)
	case dkWeek:
		mon := p.AddDate(0, 0, -((int(p.Weekday())+6)%7)).AddDate(0, 0, 7*sp.offset)
		return narrow(interval(mon, mon.AddDate(0, 0, 7), Week, true), sp.relPart(), p)
	case dkMonthRel:
		first := ymd(p.Year(), int(p.Month())+sp.offset, 1)
		return narrow(interval(first, first.AddDate(0, 1, 0), Month, true), sp.part, p)
	case dkYearRel:
		first := ymd(p.Year()+sp.offset, 1, 1)
		return narrow(interval(first, first.AddDate(1, 0, 0), Year, true), sp.part, p)
	case dkWeekend:
		sat := r.weekend(sp)
		dv := interval(sat, sat.AddDate(0, 0, 2), Week, true)
		if back := (int(p.Weekday()) - int(time.Saturday) + 7) % 7; sp.dir < 0 && back == 1 {
			// "last weekend" said on a Sunday: the weekend before, or
			// the one ending that day.
			dv.End = p.AddDate(0, 0, 1)
		}
		return dv
	case dkAgo:
		return r.ago(sp)
	}
	return DateValue{}
}

// minTime and maxTime return the earlier and the later of two times.
func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// relPart is the part word that narrows a week: only "earlier" and
// "later", since a third of a week says little.
func (sp *dateSpec) relPart() string {
	if sp.part == "earlier" || sp.part == "later" {
		return sp.part
	}
	return ""
}

// weekday resolves a weekday: the most recent one on or before
// publication, the next one on or after it in the future; "last" and
// "next" skip the publication day itself.
func (r resolver) weekday(sp dateSpec) time.Time {
	p := r.pub
	back := (int(p.Weekday()) - int(sp.weekday) + 7) % 7
	fwd := (int(sp.weekday) - int(p.Weekday()) + 7) % 7
	switch {
	case sp.dir < 0:
		if back == 0 {
			back = 7
		}
		return p.AddDate(0, 0, -back)
	case sp.dir > 0:
		if fwd == 0 {
			fwd = 7
		}
		return p.AddDate(0, 0, fwd)
	case r.future:
		return p.AddDate(0, 0, fwd)
	}
	return p.AddDate(0, 0, -back)
}

// weekend returns the Saturday of the weekend sp names.
func (r resolver) weekend(sp dateSpec) time.Time {
	p := r.pub
	back := (int(p.Weekday()) - int(time.Saturday) + 7) % 7
	sat := p.AddDate(0, 0, -back) // the latest Saturday on or before p
	switch {
	case sp.dir < 0:
		if back <= 1 {
			sat = sat.AddDate(0, 0, -7)
		}
	case sp.dir > 0 || r.future:
		if back > 1 || sp.dir > 0 && back <= 1 {
			sat = sat.AddDate(0, 0, 7)
		}
	}
	return sat
}

// ago resolves "two days ago", "a month ago" and "a month ago Thursday"
// (the day a month before the last Thursday).
func (r resolver) ago(sp dateSpec) DateValue {
	p := r.pub
	if sp.agoWeekday {
		ref := r.weekday(dateSpec{kind: dkWeekday, weekday: sp.weekday})
		var d time.Time
		switch sp.unit {
		case "day":
			d = ref.AddDate(0, 0, -sp.offset)
		case "week":
			d = ref.AddDate(0, 0, -7*sp.offset)
		case "month":
			d = ref.AddDate(0, -sp.offset, 0)
		default:
			d = ref.AddDate(-sp.offset, 0, 0)
		}
		return interval(d, d.AddDate(0, 0, 1), Day, true)
	}
	switch sp.unit {
	case "day":
		d := p.AddDate(0, 0, -sp.offset)
		return interval(d, d.AddDate(0, 0, 1), Day, true)
	case "week":
		d := p.AddDate(0, 0, -7*sp.offset-3)
		return interval(d, d.AddDate(0, 0, 7), Week, true)
	case "month":
		first := ymd(p.Year(), int(p.Month())-sp.offset, 1)
		return interval(first, first.AddDate(0, 1, 0), Month, true)
	}
	first := ymd(p.Year()-sp.offset, 1, 1)
	return interval(first, first.AddDate(1, 0, 0), Year, true)
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
