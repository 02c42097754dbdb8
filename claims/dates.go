package claims

import "strings"

// dates extracts date claims from s: every date expression the scanner
// finds, resolved against the publication date, with the event it dates as
// the claim's subject.
func (d *doc) dates(s *sentence) {
	if !mayHoldDate(s.Toks) {
		return
	}
	specs := scanDates(s.Toks, d.x.orgWords, false)
	if len(specs) == 0 {
		return
	}
	ctx := dateContext{}
	kept := specs[:0]
	for _, sp := range specs {
		if !sp.needCtx || d.prenominalEvent(s, sp) {
			kept = append(kept, sp)
		}
	}
	for n, sp := range kept {
		lo, hi := 0, len(s.Toks)
		if n > 0 {
			lo = kept[n-1].to
		}
		if n+1 < len(kept) {
			hi = kept[n+1].from
		}
		future := false
		tags := []string{sp.tag}
		if sp.needsTense() {
			future = futureTense(s.Toks, sp.from, sp.to)
			if future {
				tags = append(tags, "date:future")
			}
		}
		dv, more := resolveSpec(sp, d.art.Published, future)
		tags = append(tags, more...)
		start, end := s.span(sp.from, sp.to)
		dv.Expr = d.art.Text[start:end]
		var subj Subject
		var why string
		if isDateLine(s, sp) || isLabelledDate(s, sp) {
			subj = Subject{Key: "event:publication", Event: "publication", Text: "date line"}
			why = "date:dateline"
		} else {
			subj, why = d.dateSubject(s, sp, lo, hi, len(kept) > 1, &ctx)
		}
		if why != "" {
			tags = append(tags, why)
		}
		c := Claim{Kind: Date, Subject: subj, Value: Value{Date: &dv}, Rule: "date", Matched: tags}
		d.add(s, c, start, end)
	}
}

// dateContext caches per-sentence lookups that only sentences holding a
// date need.
type dateContext struct {
	done     bool
	speech   []lexMatch
	casualty []lexMatch
}

// load fills the cache for sentence s.
func (c *dateContext) load(d *doc, s *sentence) {
	if c.done {
		return
	}
	c.done = true
	c.speech = d.x.speech.findAll(s.Toks)
	c.casualty = d.x.eventCasualties(s.Toks)
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
func isDateLine(s *sentence, sp dateSpec) bool {
	if sp.kind != dkDate || sp.year == 0 {
		return false
	}
	words := 0
	for k, t := range s.Toks {
		if k >= sp.from && k < sp.to || t.Kind == tokPunct {
			continue
		}
		words++
		switch t.Norm {
		case "published", "updated", "posted", "date", "dated", "last", "on", "at", "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "gmt", "utc", "ist", "est", "edt", "pst", "pdt":
			continue
		}
		if t.Kind == tokNumber {
			continue // a time of day
		}
		return false
	}
	return true
}

// isLabelledDate reports whether sp is a full date after a label such as
// "Posted:" or "Updated:", or a parenthesised full date opening a
// sentence ("(April 11, 2014) – Four men were wounded"): the date of the
// page, not of an event.
func isLabelledDate(s *sentence, sp dateSpec) bool {
	if sp.kind != dkDate || sp.year == 0 {
		return false
	}
	toks := s.Toks
	if sp.from >= 2 && toks[sp.from-1].Text == ":" {
		switch toks[sp.from-2].Norm {
		case "posted", "updated", "published", "date", "dated", "modified", "created":
			return true
		}
	}
	return sp.from == 1 && toks[0].Text == "(" && sp.to < len(toks) && toks[sp.to].Text == ")"
}

// dateClauseBreak reports whether t ends the clause a date belongs to.
func dateClauseBreak(t token) bool {
	switch t.Text {
	case ";", "—", "–", ":", "?", "!":
		return true
	}
	return false
}

// dateSubject picks the event a date expression dates, and a Matched tag
// saying why: an event noun right after a prenominal or possessive date
// ("the April 22 incident", "Friday's attack"); the speech verb right
// before it ("said early Saturday" dates a statement); else the nearest
// event word, casualty word or speech verb before it in the clause
// ("held a phone conversation on Friday", "was shot Sunday"); else the
// nearest one after it ("On Friday, Rubio held a call"); else the event
// the sentence is about.
//
// Words are searched only between the neighbouring date expressions lo
// and hi, so that "in the hospital Wednesday night, recovering from
// Tuesday's shooting" does not date the shooting twice; a verb that names
// no known event ("Sentencing was delayed Thursday") between the date and
// the nearest event word takes the date for an event of its own.
func (d *doc) dateSubject(s *sentence, sp dateSpec, lo, hi int, others bool, c *dateContext) (Subject, string) {
	c.load(d, s)
	toks := s.Toks
	evs := d.events[s.Index]
	// Prenominal: "the April 22 incident", "Friday's deadly attack".
	if sp.possessive || sp.from > 0 && isDeterminer(toks[sp.from-1].Norm) {
		lim := sp.to + 2
		if sp.possessive {
			lim = sp.to + 3
		}
		for _, em := range evs {
			if em.From >= sp.to && em.From <= lim && onlyModifiers(toks[sp.to:em.From]) {
				return d.eventSubject(s, em), "date:event-noun"
			}
		}
	}
	// "said early Saturday", "told reporters on Friday".
	for _, m := range c.speech {
		if m.To <= sp.from && m.To >= sp.from-3 && onlyLinkWords(toks[m.To:sp.from]) {
			return statementSubject(toks, m), "date:speech"
		}
	}
	// Nearest before, within the clause.
	type cand struct {
		pos  int
		kind int // 0 event, 1 casualty, 2 speech
		idx  int
	}
	best := cand{pos: -1}
	bestDist := 1 << 30
	consider := func(pos, kind, idx, dist int) {
		if dist < bestDist {
			best, bestDist = cand{pos, kind, idx}, dist
		}
	}
	floor := sp.from - 12
	if floor < lo {
		floor = lo
	}
	for k := sp.from - 1; k >= 0 && k >= floor; k-- {
		if dateClauseBreak(toks[k]) {
			floor = k + 1
			break
		}
	}
	ceil := sp.to + 15
	if ceil > hi {
		ceil = hi
	}
	for k := sp.to; k < len(toks) && k < ceil; k++ {
		if dateClauseBreak(toks[k]) {
			ceil = k
			break
		}
	}
	for i, em := range evs {
		if em.To <= sp.from && em.From >= floor {
			consider(em.From, 0, i, sp.from-em.To)
		}
	}
	for i, m := range c.casualty {
		if m.To <= sp.from && m.From >= floor {
			consider(m.From, 1, i, sp.from-m.To)
		}
	}
	for i, m := range c.speech {
		if m.To <= sp.from && m.From >= floor {
			// A speech verb dates its statement only when nothing nearer
			// is dated: "said in an interview Thursday".
			consider(m.From, 2, i, sp.from-m.To+1)
		}
	}
	// A verb of no known event between the date and the word found.
	covered := func(k int) bool {
		for _, em := range evs {
			if k >= em.From && k < em.To {
				return true
			}
		}
		for _, ms := range [][]lexMatch{c.casualty, c.speech} {
			for _, m := range ms {
				if k >= m.From && k < m.To {
					return true
				}
			}
		}
		return false
	}
	stop := floor
	if best.pos >= 0 {
		stop = best.pos + 1
	}
	for k := sp.from - 1; k >= stop; k-- {
		if blockingVerb(toks[k]) && !covered(k) {
			return otherEvent(toks[k]), "date:verb"
		}
	}
	if best.pos < 0 {
		// Nearest after, when the date opens its clause: "On Friday,
		// Rubio held a call".
		if !opensClause(toks, floor, sp.from) {
			if others {
				return Subject{Key: "event:main", Event: "main"}, ""
			}
			return d.eventFor(s, sp.from, false), ""
		}
		for i, em := range evs {
			if em.From >= sp.to && em.From < ceil {
				consider(em.From, 0, i, em.From-sp.to)
			}
		}
		for i, m := range c.casualty {
			if m.From >= sp.to && m.From < ceil {
				consider(m.From, 1, i, m.From-sp.to)
			}
		}
		for i, m := range c.speech {
			if m.From >= sp.to && m.From < ceil {
				consider(m.From, 2, i, m.From-sp.to+1)
			}
		}
	}
	if best.pos > sp.from {
		for k := sp.to; k < best.pos; k++ {
			if blockingVerb(toks[k]) && !covered(k) {
				return otherEvent(toks[k]), "date:verb"
			}
		}
	}
	switch {
	case best.pos < 0:
		if others {
			return Subject{Key: "event:main", Event: "main"}, ""
		}
		return d.eventFor(s, sp.from, false), ""
	case best.kind == 0:
		return d.eventSubject(s, evs[best.idx]), "date:event"
	case best.kind == 1:
		return d.violentSubject(s, best.pos), "date:casualty"
	default:
		return statementSubject(toks, c.speech[best.idx]), "date:speech"
	}
}

// opensClause reports whether only filler words ("on", "early", a comma)
// stand between the clause start floor and the date at from.
func opensClause(toks []token, floor, from int) bool {
	for k := floor; k < from; k++ {
		switch toks[k].Norm {
		case "on", "and", "but", "then", "so", ",", "(", "\"", "“", "late", "early", "by", "until":
			continue
		}
		return false
	}
	return true
}

// passVerbs say that an event happened without being one ("a shooting
// that happened Sunday", "an earthquake struck late Friday"); they do not
// take a date from the event.
var passVerbs = map[string]bool{
	"happened": true, "occurred": true, "took": true, "erupted": true, "broke": true, "unfolded": true,
	"started": true, "began": true, "reported": true, "was": true, "were": true, "had": true, "been": true,
	"ago": true, "yesterday": true, "did": true, "called": true, "located": true, "based": true, "armed": true,
	"wounded": true, "injured": true, "killed": true, "involved": true, "related": true, "alleged": true,
	"suspected": true, "confirmed": true, "identified": true,
	// Verbs of the event itself, whose subject is the event noun: "an
	// earthquake struck ... late Friday", "a blast ripped through".
	"struck": true, "hit": true, "rocked": true, "jolted": true, "shook": true, "exploded": true,
	"collapsed": true, "crashed": true, "derailed": true, "ripped": true, "tore": true, "swept": true,
	"slammed": true, "battered": true, "flooded": true, "sank": true, "capsized": true,
	"burned": true, "burnt": true, "detonated": true,
}

// blockingVerb reports whether t is a past-tense verb that can carry a
// date of its own ("delayed", "received", "released").
func blockingVerb(t token) bool {
	if t.Kind != tokWord || t.Cap || passVerbs[t.Norm] {
		return false
	}
	return pastWords[t.Norm] || len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ed")
}

// otherEvent is the subject of a date that belongs to a verb naming no
// known event class.
func otherEvent(t token) Subject {
	return Subject{Key: "event:other:" + t.Norm, Event: "other", Text: t.Text, Terms: []string{t.Norm}}
}

// eventSubject returns the subject of an event mention, turning a generic
// word with no violent antecedent ("the April 22 incident") into the
// violent event the sentence or the next few sentences name, or into an
// attack when the sentence reports casualties.
func (d *doc) eventSubject(s *sentence, em eventMention) Subject {
	if !em.Generic || em.Violent {
		return em.Subject
	}
	sub := em.Subject
	if id := d.violentAhead(s); id != "" {
		sub.Event, sub.Key = id, "event:"+id
	}
	return sub
}

// violentAhead returns the class of the first violent event named in s or
// the next three sentences, or "attack" when s itself reports people
// killed or injured; "" when there is none.
func (d *doc) violentAhead(s *sentence) string {
	rb := d.x.rb
	for i := s.Index; i < len(d.sents) && i <= s.Index+3; i++ {
		for _, m := range d.x.events.findAll(d.sents[i].Toks) {
			if ev := rb.Events[m.Ref.Index]; ev.Violent {
				return ev.ID
			}
		}
		if i == s.Index && len(d.x.casualties.findAll(s.Toks)) > 0 {
			return "attack"
		}
	}
	return ""
}

// violentSubject returns the violent event a casualty word at token i
// reports: the nearest violent event of the sentence, the article's last
// one, or else an attack.
func (d *doc) violentSubject(s *sentence, i int) Subject {
	sub := d.eventFor(s, i, true)
	if sub.Event == "main" {
		id := d.violentAhead(s)
		if id == "" {
			id = "attack"
		}
		sub = Subject{Key: "event:" + id, Event: id, Text: s.Toks[i].Text}
	}
	return sub
}

// statementSubject is the statement a speech verb reports.
func statementSubject(toks []token, m lexMatch) Subject {
	return Subject{Key: "event:statement", Event: "statement", Text: joinTokens(toks[m.From:m.To])}
}

// isDeterminer reports whether w can open a noun phrase a date modifies.
func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "this", "that", "its", "their", "his", "her", "last", "since", "after", "before":
		return true
	}
	return false
}

// onlyModifiers reports whether toks, between a prenominal date and its
// noun, are a possessive, a comma and lower-case modifiers ("'s deadly",
// "July 29, 2014, shooting").
func onlyModifiers(toks []token) bool {
	for _, t := range toks {
		if t.Norm == "'s" || t.Text == "," || t.Kind == tokWord && !t.Cap {
			continue
		}
		return false
	}
	return true
}

// onlyLinkWords reports whether toks, between a speech verb and a date,
// are words that keep the date on the verb ("said on Friday", "told
// reporters Friday").
func onlyLinkWords(toks []token) bool {
	for _, t := range toks {
		switch t.Norm {
		case "on", "reporters", "journalists", "the", "media", "press", "late", "early":
			continue
		}
		return false
	}
	return true
}

// futureWords mark a clause as speaking of the future.
var futureWords = map[string]bool{"will": true, "shall": true, "won't": true, "upcoming": true, "slated": true, "tomorrow": true, "next": true}

// futureBeforeTo mark the future when "to" or "for" follows ("plans to",
// "is scheduled for").
var futureBeforeTo = map[string]bool{
	"set": true, "scheduled": true, "plans": true, "plan": true, "planning": true, "planned": true,
	"expected": true, "expects": true, "going": true, "due": true, "poised": true, "intends": true,
	"intend": true, "aims": true, "hopes": true, "preparing": true, "prepares": true,
}

// pastWords mark a clause as speaking of the past.
var pastWords = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "said": true, "told": true, "spoke": true,
	"met": true, "held": true, "shot": true, "went": true, "came": true, "took": true, "gave": true,
	"saw": true, "found": true, "left": true, "began": true, "fled": true, "hit": true, "struck": true,
	"ago": true, "yesterday": true, "been": true, "fought": true, "made": true, "broke": true, "ran": true,
	"drove": true, "got": true, "led": true, "knew": true, "thought": true, "wrote": true, "sent": true,
}

// futureTense reports whether the clause around the date at toks[from:to]
// speaks of the future: the nearest tense cue before the date decides, or
// failing that the nearest after it; no cue means the past, as news
// mostly reports what happened.
func futureTense(toks []token, from, to int) bool {
	for k := from - 1; k >= 0 && k >= from-15; k-- {
		if dateClauseBreak(toks[k]) {
			break
		}
		if f, ok := tenseCue(toks, k); ok {
			return f
		}
	}
	for k := to; k < len(toks) && k < to+8; k++ {
		if dateClauseBreak(toks[k]) {
			break
		}
		if f, ok := tenseCue(toks, k); ok {
			return f
		}
	}
	return false
}

// tenseCue reports whether toks[k] is a tense cue and whether it marks the
// future.
func tenseCue(toks []token, k int) (future, ok bool) {
	w := toks[k].Norm
	if toks[k].Kind != tokWord {
		return false, false
	}
	if futureWords[w] || strings.HasSuffix(w, "'ll") {
		return true, true
	}
	if futureBeforeTo[w] && k+1 < len(toks) && (toks[k+1].Norm == "to" || toks[k+1].Norm == "for") {
		return true, true
	}
	if (w == "is" || w == "are") && k+1 < len(toks) && toks[k+1].Norm == "to" {
		return true, true
	}
	if pastWords[w] {
		return false, true
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && !toks[k].Cap {
		return false, true
	}
	return false, false
}
