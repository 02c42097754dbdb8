package claims

import "strings"

// This file finds the event a date expression dates: who did what, and
// how surely the date is that event's.

// dateAttach is the event a date expression dates.
type dateAttach struct {
	sub Subject
	// why is the Matched tag saying how the event was found.
	why string
	// anchor says how surely the date is the event's (AnchorEvent...).
	anchor string
	// series is true when the event noun names another one of a series
	// than the present ("their last debate", "the next primary").
	series bool
}

// nearWords is how far, in tokens, an event word may stand from a date
// for the date to stand on it ("apologized for the post on Friday").
const nearWords = 5

// dateSubject picks the event a date expression dates: an event noun
// right after a prenominal or possessive date ("the April 22 incident",
// "Friday's attack"); the speech verb right before it ("said early
// Saturday" dates a statement); else the nearest event word, casualty
// word or speech verb before it in the clause ("held a phone conversation
// on Friday", "was shot Sunday"); else the nearest one after it when the
// date opens its clause or stands right before the verb ("On Friday,
// Rubio held a call", "A clerk on Monday resigned"); else the event
// the article is about, as a guess.
//
// Words are searched only between the neighbouring date expressions lo
// and hi, so that "in the hospital Wednesday night, recovering from
// Tuesday's shooting" does not date the shooting twice; a verb that names
// no known event ("Sentencing was delayed Thursday") between the date and
// the nearest event word takes the date for an event of its own.
func (d *doc) dateSubject(s *sentence, sp dateSpec, lo, hi int, others bool, c *dateContext) dateAttach {
	toks := s.Toks
	evs := d.events[s.Index]
	if at, ok := d.prenominalSubject(s, sp); ok {
		return at
	}
	// "said early Saturday", "told reporters on Friday".
	for _, m := range c.speech {
		if m.To <= sp.from && m.To >= sp.from-3 && onlyLinkWords(toks[m.To:sp.from]) && pastSpeech(toks, m) {
			return dateAttach{statementSubject(toks, m), "date:speech", AnchorEvent, false}
		}
		// "who on Friday said", "Police Thursday told": a date right
		// before a past speech verb is the statement's, whatever event
		// word stands earlier in the sentence.
		if m.From >= sp.to && onlyAdverbs(toks[sp.to:m.From]) && pastSpeech(toks, m) {
			return dateAttach{statementSubject(toks, m), "date:speech", AnchorEvent, false}
		}
	}
	floor, ceil := dateClause(toks, sp, lo, hi)
	cs := d.dateCandidates(s, c)
	best, dist := -1, 1<<30
	for i, cd := range cs {
		if gap := wordsBetween(toks, cd.to, sp.from) + cd.penalty; cd.to <= sp.from && cd.from >= floor && gap < dist {
			best, dist = i, gap
		}
	}
	stop := floor
	if best >= 0 {
		stop = cs[best].from + 1
		// A speech verb between the event word and the date takes the
		// date: "the committee investigating the attacks asked her on
		// Tuesday" dates the asking.
		for i, cd := range cs {
			if cd.kind == candSpeech && cd.from > cs[best].from && cd.to <= sp.from && cs[best].kind != candSpeech {
				best, dist = i, wordsBetween(toks, cd.to, sp.from)
			}
		}
	}
	for k := sp.from - 1; k >= stop; k-- {
		if d.blockingVerb(toks[k]) && !coveredAt(cs, k) {
			return dateAttach{otherEvent(toks[k]), "date:verb", AnchorClause, false}
		}
	}
	if best < 0 && (opensClause(toks, floor, sp.from) || sp.from-floor <= 6) {
		limit := ceil
		fronted := frontedAfterSpeech(toks, sp, c.speech)
		switch {
		case fronted:
			// The fronted date scopes over its whole clause: "shortly
			// after 9 p.m., a driver got out and began firing".
			limit = hi
		case !opensClause(toks, floor, sp.from):
			limit = min(ceil, sp.to+3) // "A clerk on Monday resigned"
		}
		for i, cd := range cs {
			if gap := wordsBetween(toks, sp.to, cd.from) + cd.penalty; cd.from >= sp.to && cd.from < limit && gap < dist {
				if limit < ceil && !onlyAdverbs(toks[sp.to:cd.from]) {
					continue // "a story on Aug. 10 about a shooting"
				}
				best, dist = i, gap
			}
		}
		if best >= 0 && !fronted {
			for k := sp.to; k < cs[best].from; k++ {
				if d.blockingVerb(toks[k]) && !coveredAt(cs, k) {
					return dateAttach{otherEvent(toks[k]), "date:verb", AnchorClause, false}
				}
			}
		}
	}
	if best < 0 {
		return d.guessSubject(s, sp, others)
	}
	anchor := AnchorEvent
	cd := cs[best]
	switch {
	case dist > nearWords:
		anchor = AnchorClause
	case cd.kind == candEvent && evs[cd.idx].Generic:
		anchor = AnchorClause // "Thursday night's incident" may be another one
	case cd.kind == candCasualty && !casualtyAct(toks, c.casualty[cd.idx]):
		anchor = AnchorClause // "in critical condition Wednesday" is a state
	}
	switch cd.kind {
	case candEvent:
		return d.eventAttach(s, evs[cd.idx], dateAttach{d.eventSubject(s, evs[cd.idx]), "date:event", anchor, false})
	case candCasualty:
		return dateAttach{d.violentSubject(s, cd.from), "date:casualty", anchor, false}
	}
	return dateAttach{statementSubject(toks, c.speech[cd.idx]), "date:speech", anchor, false}
}

// prenominalSubject reads a date written before its event noun: "the April
// 22 incident", "Friday's deadly attack", "last week's opening debate".
func (d *doc) prenominalSubject(s *sentence, sp dateSpec) (dateAttach, bool) {
	toks := s.Toks
	possessive := sp.possessive || sp.to < len(toks) && toks[sp.to].Norm == "'s"
	if !possessive && !(sp.from > 0 && prenominalDeterminer(toks[sp.from-1].Norm)) {
		return dateAttach{}, false
	}
	lim := sp.to + 2
	if possessive {
		lim = sp.to + 3
	}
	for _, em := range d.events[s.Index] {
		if em.From >= sp.to && em.From <= lim && (onlyModifiers(toks[sp.to:em.From]) || possessive && namedModifiers(toks[sp.to:em.From])) {
			anchor := AnchorEvent
			if em.Generic {
				anchor = AnchorClause // "the April 22 incident" may be another one
			}
			return d.eventAttach(s, em, dateAttach{d.eventSubject(s, em), "date:event-noun", anchor, false}), true
		}
	}
	// A possessive date determines the noun after it and dates nothing
	// else: "hours after Saturday's annual football game" dates the game,
	// not the event word before it.
	if possessive {
		for k := sp.to; k < len(toks) && k <= lim; k++ {
			if toks[k].Kind == tokWord && toks[k].Norm != "'s" {
				return dateAttach{otherEvent(toks[k]), "date:possessive", AnchorClause, false}, true
			}
		}
	}
	return dateAttach{}, false
}

// namedModifiers reports whether toks, between a possessive date and its
// noun, are the possessive and modifiers of any case ("'s Iranian
// missile").
func namedModifiers(toks []token) bool {
	for _, t := range toks {
		if t.Norm != "'s" && t.Kind != tokWord {
			return false
		}
	}
	return true
}

// guessSubject is the subject of a date whose clause names no event: the
// event the article is about, as a guess, or the main event when the
// article names none (or the sentence holds other dates).
func (d *doc) guessSubject(s *sentence, sp dateSpec, others bool) dateAttach {
	if !others {
		if sub := d.eventFor(s, sp.from, false); sub.Event != "main" {
			return dateAttach{sub, "", AnchorGuess, false}
		}
		if main, ok := d.mainEvent(); ok {
			return dateAttach{main, "date:main-event", AnchorGuess, false}
		}
	}
	return dateAttach{Subject{Key: "event:main", Event: "main"}, "", AnchorGuess, false}
}

// eventAttach completes the attachment of a date to the event noun em:
// who did it, and whether the noun names another one of a series.
func (d *doc) eventAttach(s *sentence, em eventMention, at dateAttach) dateAttach {
	at = d.withAgent(s, em, at)
	at.series = otherInSeries(s.Toks, em.From)
	return at
}

// otherInSeries reports whether the modifiers before the event noun at
// token from open with a word that places it in a series relative to the
// present ("their last debate", "the previous primary", "another
// attack"): such a noun may name an earlier or a later event than the
// story's, and a date of it says nothing sure about the story's own. A
// date before a possessive ("last week's debate") is the date itself, not
// such a word.
func otherInSeries(toks []token, from int) bool {
	return seriesBefore(toks, from, seriesWords, nil)
}

// seriesBefore reports whether a word of series opens the modifiers
// before the noun at token from: up to four words back, past no
// determiner, month or weekday, no "'s" and no token stop (if not nil)
// reports as ending them.
func seriesBefore(toks []token, from int, series map[string]bool, stop func(k int) bool) bool {
	for k := from - 1; k >= 0 && k >= from-4; k-- {
		t := toks[k]
		if t.Kind != tokWord || t.Norm == "'s" || stop != nil && stop(k) {
			return false
		}
		if series[t.Norm] {
			return true
		}
		if determiners[t.Norm] || monthWords[t.Norm] != 0 || isWeekdayWord(t.Norm) {
			return false
		}
	}
	return false
}

// withAgent adds to an event subject who did it, when the sentence says;
// a pronoun makes the attachment less sure.
func (d *doc) withAgent(s *sentence, em eventMention, at dateAttach) dateAttach {
	if em.Violent || em.Recurring {
		return at
	}
	agent, pronoun := d.eventAgent(s, em.From)
	at.sub.Agent = agent
	if pronoun && at.anchor == AnchorEvent {
		at.anchor = AnchorClause
		at.why += "+pronoun"
	}
	return at
}

// wordsBetween counts the words of toks[from:to], a run of capitalised
// words (a name: "the Marlow County Water Board") counting as one.
func wordsBetween(toks []token, from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if k > from && toks[k].Cap && toks[k-1].Cap && toks[k].Kind == tokWord {
			continue
		}
		n++
	}
	return n
}

// onlyAdverbs reports whether toks are adverbs in -ly ("on Friday
// formally apologized"): between a date and the verb it dates.
func onlyAdverbs(toks []token) bool {
	for _, t := range toks {
		if t.Kind != tokWord || !strings.HasSuffix(t.Norm, "ly") {
			return false
		}
	}
	return true
}

// dateClause returns the token range [floor, ceil) of the clause around
// the date sp, within the neighbouring dates' bounds lo and hi.
func dateClause(toks []token, sp dateSpec, lo, hi int) (floor, ceil int) {
	floor = max(sp.from-12, lo)
	for k := sp.from - 1; k >= 0 && k >= floor; k-- {
		if dateClauseBreak(toks[k]) {
			floor = k + 1
			break
		}
	}
	ceil = min(sp.to+15, hi)
	for k := sp.to; k < len(toks) && k < ceil; k++ {
		if dateClauseBreak(toks[k]) {
			ceil = k
			break
		}
	}
	return floor, ceil
}

// Kinds of words a date can take its event from.
const (
	candEvent = iota
	candCasualty
	candSpeech
)

// dateCandidate is a word of a sentence that can carry a date: an event
// word, a casualty word or a speech verb.
type dateCandidate struct {
	from, to int
	kind     int
	idx      int
	// penalty is added to the distance: a speech verb dates its
	// statement only when nothing nearer is dated.
	penalty int
}

// dateCandidates lists the words of s that can carry a date.
func (d *doc) dateCandidates(s *sentence, c *dateContext) []dateCandidate {
	var out []dateCandidate
	for i, em := range d.events[s.Index] {
		if !em.Charged {
			out = append(out, dateCandidate{em.From, em.To, candEvent, i, 0})
		}
	}
	for i, m := range c.casualty {
		out = append(out, dateCandidate{m.From, m.To, candCasualty, i, 0})
	}
	for i, m := range c.speech {
		if pastSpeech(s.Toks, m) {
			out = append(out, dateCandidate{m.From, m.To, candSpeech, i, 1})
		}
	}
	return out
}

// casualtyAct reports whether a casualty phrase reports the act that hurt
// people ("was shot", "killed", "wounded"), whose date is the attack's,
// rather than a state at the time of the report ("in critical
// condition", "remained hospitalized", "injuries").
func casualtyAct(toks []token, m lexMatch) bool {
	if m.From > 0 {
		switch toks[m.From-1].Norm {
		case "remained", "remains", "remain", "still":
			return false
		}
	}
	w := toks[m.To-1].Norm
	return pastWords[w] || strings.HasSuffix(w, "ed")
}

// pastSpeech reports whether a speech verb is in the past tense ("said",
// "told", "announced"): only a past statement has a date; "police say"
// speaks now, and the date after it is the reported event's ("They say
// shortly after 9 p.m., a driver got out").
func pastSpeech(toks []token, m lexMatch) bool {
	w := toks[m.To-1].Norm
	return pastWords[w] || strings.HasSuffix(w, "ed")
}

// coveredAt reports whether token k lies inside one of the candidates.
func coveredAt(cs []dateCandidate, k int) bool {
	for _, c := range cs {
		if k >= c.from && k < c.to {
			return true
		}
	}
	return false
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

// frontedAfterSpeech reports whether the date sp opens the clause a
// speech verb introduces, set off by a comma: "Police say shortly after 9
// p.m., a driver got out", "She said that on Monday, the clerk quit".
func frontedAfterSpeech(toks []token, sp dateSpec, speech []lexMatch) bool {
	if sp.to >= len(toks) || toks[sp.to].Text != "," {
		return false
	}
	for _, m := range speech {
		if m.To > sp.from || m.To < sp.from-4 {
			continue
		}
		ok := true
		for _, t := range toks[m.To:sp.from] {
			switch t.Norm {
			case "that", "around", "about", "at", "approximately", "just", "shortly", "after", "before", "on", "early", "late":
			default:
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// blockingVerb reports whether t is a past-tense verb that can carry a
// date of its own ("delayed", "received", "released"): not an auxiliary
// and not one of the rulebook's occurrence verbs ("happened", "struck").
func (d *doc) blockingVerb(t token) bool {
	if t.Kind != tokWord || t.Cap || tenseMarkers[t.Norm] || d.x.occurrence[t.Norm] {
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

// prenominalDeterminer reports whether w can open a noun phrase whose
// date stands before its noun ("the April 22 incident", "last week's");
// after a preposition ("since 2015, resigned") the date is the
// preposition's object.
func prenominalDeterminer(w string) bool {
	return isDeterminer(w) && w != "since" && w != "after" && w != "before"
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
