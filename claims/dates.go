package claims

import (
	"strings"
	"time"
)

// This file turns the date expressions of a sentence into date claims:
// each expression is scanned, its clause's tense read, the event it dates
// found (datesubject.go) and the whole resolved against the publication
// date.

// compileDateWords compiles the rulebook's date vocabulary.
func (x *Extractor) compileDateWords() {
	lx := x.rb.Lexicons
	x.dayNames = &dateNames{names: newTrie(), orgWords: x.orgWords}
	for i, w := range lx.DayNames {
		x.dayNames.names.add(w, entryRef{w, i})
	}
	x.occurrence = wordSet(lx.OccurrenceVerbs)
	x.chargeWords = wordSet(lx.ChargeWords)
	x.dateLabels = wordSet(lx.DateLabels)
	x.pageVerbs = wordSet(lx.PageVerbs)
	x.dateLineWords = wordSet(append(append(append(append([]string(nil), dateLineGlue...), lx.DateLabels...), lx.PageVerbs...), lx.TimeZones...))
	x.schedule, x.periodStarts, x.periodEnds = newTrie(), newTrie(), newTrie()
	for i, w := range lx.ScheduleCues {
		x.schedule.add(w, entryRef{w, i})
	}
	for i, w := range lx.PeriodStarts {
		x.periodStarts.add(w, entryRef{w, i})
	}
	for i, w := range lx.PeriodEnds {
		x.periodEnds.add(w, entryRef{w, i})
	}
	x.eventObjects = make([]map[string]bool, len(x.rb.Events))
	for i, e := range x.rb.Events {
		objects := map[string]bool{}
		for _, o := range e.Objects {
			objects[normWord(o)] = true
			for _, f := range numberForms(o) {
				objects[normWord(f)] = true
			}
		}
		x.eventObjects[i] = objects
	}
}

// dates extracts date claims from s: every date expression the scanner
// finds, resolved against the publication date, with the event it dates
// as the claim's subject.
func (d *doc) dates(s *sentence) {
	if !mayHoldDate(s.Toks) {
		return
	}
	specs := scanDates(s.Toks, d.x.dayNames, false)
	ctx := dateContext{}
	kept := specs[:0]
	for _, sp := range specs {
		if !sp.needCtx || d.prenominalEvent(s, sp) {
			kept = append(kept, sp)
		}
	}
	if len(kept) == 0 {
		d.clockClaim(s)
		return
	}
	post, posted := d.postDate(s, kept)
	for n, sp := range kept {
		lo, hi := 0, len(s.Toks)
		if n > 0 {
			lo = kept[n-1].to
		}
		if n+1 < len(kept) {
			hi = kept[n+1].from
		}
		if post == n {
			d.postDateClaim(s, sp)
			continue
		}
		d.dateClaim(s, sp, lo, hi, len(kept) > 1, &ctx, posted)
	}
}

// postDate finds the date of an embedded post: a full date right after
// its author's handle ("— Kevin Clark (@kclark) February 5, 2017"). The
// post's "today" and "yesterday" count from that date, not from the
// article's. It returns the spec's index and its day, or -1.
func (d *doc) postDate(s *sentence, kept []dateSpec) (int, time.Time) {
	for n, sp := range kept {
		if sp.year == 0 || sp.day == 0 || !afterHandle(s.Toks, sp.from) {
			continue
		}
		if dv, _ := resolveSpec(sp, time.Time{}, false); dv.Resolved {
			return n, dv.Start
		}
	}
	return -1, time.Time{}
}

// afterHandle reports whether a social-media handle ("@kclark", in
// parentheses or not) ends within two tokens before k.
func afterHandle(toks []token, k int) bool {
	for i := max(k-3, 0); i < k; i++ {
		if t := toks[i].Text; t == "@" || strings.HasPrefix(t, "@") && len(t) > 1 {
			return true
		}
	}
	return false
}

// postDateClaim records the date of an embedded post: it dates the post,
// which no other source reports.
func (d *doc) postDateClaim(s *sentence, sp dateSpec) {
	dv, _ := resolveSpec(sp, time.Time{}, false)
	start, end := s.span(sp.from, sp.to)
	dv.Expr, dv.Anchor = d.art.Text[start:end], AnchorEvent
	c := Claim{Kind: Date, Subject: Subject{Key: "event:post", Event: "post", Text: "post"}, Value: Value{Date: &dv}, Rule: "date", Matched: []string{sp.tag, "date:post"}}
	d.add(s, c, start, end)
}

// dateClaim records the claim of one date expression sp of s; lo and hi
// bound the words it may take its event from. A relative date counts
// from posted, the day of an embedded post, when it is not zero.
func (d *doc) dateClaim(s *sentence, sp dateSpec, lo, hi int, others bool, ctx *dateContext, posted time.Time) {
	ctx.load(d, s)
	tags := []string{sp.tag}
	tense := clauseTense(s.Toks, sp.from, sp.to, ctx.schedule)
	if sp.dir > 0 || sp.kind == dkDay && sp.offset > 0 {
		tense = Future // "next Tuesday", "tomorrow"
	}
	if tense == Future {
		tags = append(tags, "date:future")
	}
	if sp.bound == "" {
		sp.bound = d.periodBound(s.Toks, sp)
	}
	from := d.art.Published
	if !posted.IsZero() {
		from = posted
		tags = append(tags, "date:in-post")
	}
	dv, more := resolveSpec(sp, from, tense == Future)
	tags = append(tags, more...)
	if sp.kind == dkAgo && dv.Resolved {
		if effect := d.modifierBefore(s.Toks, sp.from); effect != "" {
			dv = hedgeAgo(dv, effect, from)
			tags = append(tags, "date:hedged")
		}
	}
	dv.Tense = tense
	start, end := s.span(sp.from, sp.to)
	dv.Expr = d.art.Text[start:end]
	var at dateAttach
	if d.x.isDateLine(s, sp) || d.x.isLabelledDate(s, sp) {
		at = dateAttach{sub: Subject{Key: "event:publication", Event: "publication", Text: "date line"}, why: "date:dateline", anchor: AnchorEvent}
	} else {
		at = d.dateSubject(s, sp, lo, hi, others, ctx)
	}
	if at.why != "" {
		tags = append(tags, at.why)
	}
	if at.series {
		tags = append(tags, "date:series")
	}
	if main, ok := d.mainEvent(); ok && main.Event == at.sub.Event && at.anchor != AnchorGuess {
		tags = append(tags, "date:story-event")
	}
	if d.elsewhere(d.framePlace(s)) {
		tags = append(tags, "date:elsewhere")
	}
	dv.Anchor = at.anchor
	d.days.remember(s, &dv, at.sub)
	c := Claim{Kind: Date, Subject: at.sub, Value: Value{Date: &dv}, Rule: "date", Matched: tags}
	d.add(s, c, start, end)
}

// periodBound returns the bound a year or month marks after a verb that
// starts or ends a period ("ends in 2027", "took office in 2009"), or "".
func (d *doc) periodBound(toks []token, sp dateSpec) string {
	if sp.kind != dkYear && sp.kind != dkMonth || sp.from < 2 || toks[sp.from-1].Norm != "in" {
		return ""
	}
	end := sp.from - 1
	for k := end - 1; k >= 0 && k >= end-3; k-- {
		if _, n := d.x.periodEnds.match(toks, k); n > 0 && k+n == end {
			return BoundEnd
		}
		if _, n := d.x.periodStarts.match(toks, k); n > 0 && k+n == end {
			return BoundStart
		}
	}
	return ""
}

// dateContext caches per-sentence lookups that only sentences holding a
// date need.
type dateContext struct {
	done     bool
	speech   []lexMatch
	casualty []lexMatch
	schedule []lexMatch
}

// load fills the cache for sentence s.
func (c *dateContext) load(d *doc, s *sentence) {
	if c.done {
		return
	}
	c.done = true
	c.speech = d.x.speech.findAll(s.Toks)
	c.casualty = d.x.eventCasualties(s.Toks)
	c.schedule = d.x.schedule.findAll(s.Toks)
}

// prenominalEvent reports whether a bare month or year stands before an
// event word, as in "the 2014 shooting" or "the March attack".
func (d *doc) prenominalEvent(s *sentence, sp dateSpec) bool {
	if sp.from == 0 {
		return false
	}
	switch s.Toks[sp.from-1].Norm {
	case "the", "a", "an", "its", "their", "his", "her", "this", "that":
	default:
		return false
	}
	for _, em := range d.events[s.Index] {
		if em.From == sp.to || em.From == sp.to+1 && s.Toks[sp.to].Kind == tokWord {
			return true
		}
	}
	return false
}

// isDateLine reports whether sp is all a sentence says besides a label
// ("Tue, 21-Oct-2025", "Published: May 10, 2025"): a date line.
func (x *Extractor) isDateLine(s *sentence, sp dateSpec) bool {
	if sp.kind != dkDate || sp.year == 0 {
		return false
	}
	for k, t := range s.Toks {
		if k >= sp.from && k < sp.to || t.Kind == tokPunct {
			continue
		}
		if x.dateLineWords[t.Norm] || t.Kind == tokNumber {
			continue // a label, a time of day
		}
		return false
	}
	return true
}

// dateLineGlue are the words of language a date line may hold besides
// its date and the rulebook's date labels, page verbs and time zones: "on",
// "at", "last" and the marks of a time of day.
var dateLineGlue = []string{"last", "on", "at", "am", "pm", "a.m", "p.m", "a.m.", "p.m."}

// isLabelledDate reports whether sp is a full date after a label such as
// "Posted:" or "Updated:" or a verb of the page ("posted in Local News on
// Wednesday, September 18, 2013"), or a parenthesised full date opening a
// sentence ("(April 11, 2014) – Four men were wounded"): the date of the
// page, not of an event.
func (x *Extractor) isLabelledDate(s *sentence, sp dateSpec) bool {
	if sp.kind != dkDate || sp.year == 0 {
		return false
	}
	toks := s.Toks
	if sp.from >= 2 && toks[sp.from-1].Text == ":" {
		if x.dateLabels[toks[sp.from-2].Norm] {
			return true
		}
	}
	if sp.from == 1 && toks[0].Text == "(" && sp.to < len(toks) && toks[sp.to].Text == ")" {
		return true
	}
	// "Posted in Local News on Wednesday, September 18, 2013": a page's
	// furniture, when the date is written out with its year.
	if sp.hasWeekday || sp.to == len(toks) || toks[sp.to].Kind == tokPunct {
		for k := sp.from - 1; k >= 0 && k >= sp.from-6; k-- {
			if x.pageVerbs[toks[k].Norm] {
				return true
			}
		}
	}
	return false
}

// dateClauseBreak reports whether t ends the clause a date belongs to.
func dateClauseBreak(t token) bool {
	switch t.Text {
	case ";", "—", "–", ":", "?", "!":
		return true
	}
	return false
}

// elsewhere reports whether a sentence's frame place (its opening "In
// Millbrook,") is somewhere the article's headline and lead sentence do not
// name: "In Millbrook, detectives were also investigating the death of a
// teenager Sunday" in a report on a shooting in Dayton recalls another
// shooting.
func (d *doc) elsewhere(place string) bool {
	if place == "" {
		return false
	}
	if d.lead == "" {
		var b strings.Builder
		b.WriteString(strings.ToLower(d.art.Title))
		for i := 0; i < len(d.sents) && i < 1; i++ {
			b.WriteString(" ")
			b.WriteString(strings.ToLower(d.sents[i].Text))
		}
		d.lead = b.String() + " "
	}
	return !strings.Contains(d.lead, strings.ToLower(place))
}

// modifierBefore returns the effect of the rulebook's number modifier that
// ends right before token k ("less than" in "less than two weeks ago"),
// or "".
func (d *doc) modifierBefore(toks []token, k int) string {
	for from := max(k-4, 0); from < k; from++ {
		if refs, n := d.x.modifiers.match(toks, from); n > 0 && from+n == k {
			return d.x.rb.Lexicons.Modifiers[refs[0].Index].Effect
		}
	}
	return ""
}

// hedgeAgo widens the interval of an "ago" date its modifier hedges:
// "less than two weeks ago" is any time since then, up to publication
// pub; "more than two weeks ago" any time before the period; "about two
// weeks ago" the period and one of its length on either side.
func hedgeAgo(dv DateValue, effect string, pub time.Time) DateValue {
	step := func(t time.Time, n int) time.Time {
		switch dv.Granularity {
		case Month:
			return t.AddDate(0, n, 0)
		case Year:
			return t.AddDate(n, 0, 0)
		}
		return t.Add(time.Duration(n) * dv.End.Sub(dv.Start))
	}
	switch effect {
	case "at-most", "less-than":
		dv.End = dayOf(pub).AddDate(0, 0, 1)
	case "at-least", "more-than":
		dv.Start = dv.Start.AddDate(-50, 0, 0) // open: any time before
	case "about":
		dv.Start, dv.End = step(dv.Start, -1), step(dv.End, 1)
	}
	return dv
}
