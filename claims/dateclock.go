package claims

import "strings"

// This file dates clock times written without a day ("shortly after 9 p.m.,
// a driver got out and began firing"): news gives the day once and
// the hours after it, so a clock time takes the day of the last event
// date before it, in its paragraph or the one before.

// dayContext is the last day-precise event date of an article, for the
// clock times that follow it.
type dayContext struct {
	value *DateValue
	block int
}

// remember records a day-precise date of an event (not a statement's, a
// date line's or a period bound) as the day later clock times fall on.
func (c *dayContext) remember(s *sentence, dv *DateValue, sub Subject) {
	if !dv.Resolved || dv.Granularity != Day || dv.Bound != "" || sub.Event == "statement" || sub.Event == "publication" {
		return
	}
	v := *dv
	c.value, c.block = &v, s.Block
}

// clockTime finds a clock time in toks ("1:25 a.m.", "10 p.m.", "7:00PM",
// "3:00 am") and returns its token range.
func clockTime(toks []token) (from, to int, ok bool) {
	for k := 0; k < len(toks); k++ {
		if toks[k].Kind != tokNumber || len(toks[k].Norm) > 2 {
			continue
		}
		j := k + 1
		if j+1 < len(toks) && toks[j].Text == ":" && toks[j+1].Kind == tokNumber {
			m := toks[j+1].Norm
			if strings.HasSuffix(m, "am") || strings.HasSuffix(m, "pm") {
				return k, j + 2, true // "7:00PM"
			}
			j += 2
		}
		if j < len(toks) && meridiem(toks[j].Norm) {
			end := j + 1
			if end < len(toks) && toks[end].Text == "." && strings.Contains(toks[j].Norm, ".") {
				end++
			}
			return k, end, true
		}
	}
	return 0, 0, false
}

// meridiem reports whether w is "a.m.", "pm" and the like.
func meridiem(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "a.m", "p.m", "am", "pm":
		return true
	}
	return false
}

// clockClaim records the date of a clock time in a sentence that holds no
// other date, on the day of the last event date before it in its
// paragraph or the one before; the event is found as for any date, but
// the day is inferred, so the date never stands firmly on it.
func (d *doc) clockClaim(s *sentence) {
	c := &d.days
	if c.value == nil || s.Block > c.block+1 {
		return
	}
	from, to, ok := clockTime(s.Toks)
	if !ok {
		return
	}
	ctx := dateContext{}
	ctx.load(d, s)
	sp := dateSpec{kind: dkDay, from: from, to: to}
	at := d.dateSubject(s, sp, 0, len(s.Toks), false, &ctx)
	if at.anchor == AnchorEvent {
		at.anchor = AnchorClause
	}
	dv := *c.value
	start, end := s.span(from, to)
	dv.Expr = d.art.Text[start:end]
	dv.Anchor = at.anchor
	tags := []string{"date:clock"}
	if at.why != "" {
		tags = append(tags, at.why)
	}
	d.add(s, Claim{Kind: Date, Subject: at.sub, Value: Value{Date: &dv}, Rule: "date", Matched: tags}, start, end)
}
