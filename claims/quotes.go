package claims

import (
	"strings"
	"unicode/utf8"
)

// Quote claims are made from the quotations pairQuotes found (see
// quotemarks.go), each attached to the sentence where it opens, with its
// speaker from the speaker resolver (speaker.go).
//
// A quotation is read in its clause: the sentences it spans, joined with
// the sentences before and after it that quotations join to it. Its
// speaker is, in order:
//
//   - the subject of a speech verb introducing it ("X said: “...”", "said,
//     “...”");
//   - else of a speech verb of the clause before it ("X said the talks
//     were “difficult”"), or right after it ("“...,” X said"), a speech
//     verb proper before a speech act ("called it “...”");
//   - else, for a quote introduced by a bare colon, the clause's subject;
//   - for a quote that makes up its sentence and has no verb: the speaker
//     of the sentence before when that one ends with a colon ("Okoro
//     continued:"), the speaker of the quote just before it ("“A,” X
//     said. “B.”"), or the speaker named at the start of the next sentence
//     (“...” / "She added that ...");
//   - else the subject of its clause, as a guess.
//
// A double quote still open when its segment ends becomes a claim up to
// the end of the segment ("quote:unclosed") when it is introduced as
// speech (a speech verb or colon before it, or it starts its sentence).
//
// Quoted titles of works and nicknames ("also known as ‘Woz’") are not
// quotes: a quote of at most 8 words in title case with no speech verb,
// colon or speaker around it yields no claim. Other short quotes without a
// speaker (scare quotes) do, marked Partial.

// quoteEmitter is the working state of quote claims for one article.
type quoteEmitter struct {
	d *doc
	// prevSpeaker is the speaker of the last quote with a known speaker,
	// and prevSent the last sentence of that quote's clause.
	prevSpeaker string
	prevSent    int
	// asker is the speaker of the last quote when it is a question its
	// speaker was found to put (not one continuing an earlier speaker's
	// words), and askedSent the last sentence of that quote.
	asker     string
	askedSent int
	// question is set while the quote being attributed is a question.
	question bool
	// speakers lists, in order, the persons quotes were credited to.
	speakers []string
}

// quotes extracts quote claims from the quotations of the whole article.
func (d *doc) quotes() {
	q := &quoteEmitter{d: d, prevSent: -2}
	for _, sg := range d.segs {
		v := q.view(sg)
		for _, p := range sg.pairs {
			q.emitQuote(sg, v, p)
		}
	}
}

// view returns the speech view of a segment, with the mentions of its
// sentences.
func (q *quoteEmitter) view(sg *segment) *speechView {
	var ments []segMention
	for i := 0; i < len(sg.toks); {
		k := sg.sent[i]
		for _, m := range q.d.mentions[k] {
			mm := m
			ments = append(ments, segMention{from: i + m.From, to: i + m.To, m: &mm})
		}
		i += len(q.d.sents[k].Toks)
	}
	return newSpeechView(q.d, sg.toks, sg.quote, ments)
}

// emitQuote records the claim of one quotation, with its speaker.
func (q *quoteEmitter) emitQuote(sg *segment, v *speechView, p quotePair) {
	d := q.d
	toks := sg.toks
	o, c := p.open, p.close
	unclosed := c < 0
	last := p.last(len(toks))
	if unclosed {
		c = len(toks)
	}
	words := 0
	firstWord := -1
	var conts []int
	for i := o + 1; i < c; i++ {
		switch toks[i].Kind {
		case tokWord, tokNumber:
			words++
			if firstWord < 0 {
				firstWord = i
			}
		}
		if sg.cont[i] {
			conts = append(conts, i)
		}
	}
	if words == 0 {
		return
	}
	lo, hi := sg.clause(o, last)
	intro, introCue, colon := v.introducer(o, lo)
	startsClause := true
	for i := lo; i < o; i++ {
		if !v.inQuote(i) && toks[i].Kind != tokPunct && toks[i].Kind != tokQuote {
			startsClause = false
			break
		}
	}
	if unclosed && !intro && !colon && !startsClause {
		return
	}
	q.question = asksQuestion(toks[o+1 : c])
	a := q.attribute(sg, v, o, c, lo, hi, introCue, intro, colon, startsClause)
	short := words <= 2
	lowerStart := toks[firstWord].Kind == tokWord && !toks[firstWord].Cap
	partial := short || lowerStart || !(intro || colon || startsClause)
	if a.verb == "" && !intro && !colon && words <= 8 && titleCased(toks[o+1:c]) && (a.speaker == "" || a.how == howSubject) {
		return // a title of a work or a nickname
	}

	// The quoted words, paragraph pieces joined by a space.
	from := toks[o].End
	var b strings.Builder
	for _, k := range conts {
		b.WriteString(strings.TrimSpace(d.art.Text[from:toks[k].Start]))
		b.WriteByte(' ')
		from = toks[k].End
	}
	to := toks[last].End
	if !unclosed {
		to = toks[c].Start
	}
	b.WriteString(strings.TrimSpace(d.art.Text[from:to]))

	var matched []string
	if a.verb != "" {
		matched = append(matched, "speech:"+a.verb)
	}
	if partial {
		matched = append(matched, "quote:partial")
	} else {
		matched = append(matched, "quote:direct")
	}
	if unclosed {
		matched = append(matched, "quote:unclosed")
	}
	if len(conts) > 0 {
		matched = append(matched, "quote:continued")
	}
	if a.how != "" {
		matched = append(matched, a.how)
	}
	key := "speaker:unknown"
	if a.speaker != "" {
		key = "speaker:" + strings.ToLower(a.speaker)
		if a.how != howSubject {
			q.prevSpeaker, q.prevSent = a.speaker, sg.sent[hi-1]
		}
		q.asker = ""
		if q.question && a.how != howPrevious {
			q.asker, q.askedSent = a.speaker, sg.sent[last]
		}
		if a.person && a.how != howSubject {
			for k := sg.sent[o]; k <= sg.sent[last]; k++ {
				d.credited[k] = a.speaker
			}
			if n := len(q.speakers); n == 0 || q.speakers[n-1] != a.speaker {
				q.speakers = append(q.speakers, a.speaker)
			}
		}
	}
	s := &d.sents[sg.sent[o]]
	st := d.stated(s)
	if a.speaker != "" {
		st.Mode, st.Source = Attributed, a.speaker
	}
	d.add(s, Claim{
		Kind:    Quote,
		Subject: Subject{Key: key, Text: a.speaker, Entity: a.speaker},
		Value:   Value{Quote: &QuoteValue{Speaker: a.speaker, Words: b.String(), Partial: partial}},
		Stated:  st,
		Rule:    "quote",
		Matched: matched,
	}, toks[o].Start, toks[last].End)
	// A quote of several sentences is cited with all of them.
	if end := &d.sents[sg.sent[last]]; end.Index != s.Index {
		c := &d.claims[len(d.claims)-1]
		c.Sentence = Span{s.Start, end.End}
		c.SentenceText = d.art.Text[s.Start:end.End]
	}
}

// afterWindow is how many tokens after a quotation a speech verb may
// stand to attribute it ("...,” White House Press Secretary Karoline
// Leavitt said").
const afterWindow = 12

// attribute finds the speaker of the quotation [o, c) within its clause
// [lo, hi), in the order the package comment gives.
func (q *quoteEmitter) attribute(sg *segment, v *speechView, o, c, lo, hi int, introCue cue, intro, colon, startsClause bool) attribution {
	if intro {
		a := v.subjectOf(introCue, lo, hi)
		if a.speaker == "" && participle(introCue) && v.opensClause(introCue.from, lo) {
			// "Adding, “...”": a participle opening its sentence goes
			// on with the speaker of the sentence before.
			return q.speakerBefore(sg, lo)
		}
		return a
	}
	// The nearest cues before the quote in its clause, a speech verb
	// proper and a speech act.
	var before, beforeAct cue
	hasBefore, hasBeforeAct := false, false
	for i := o - 1; i >= lo && !hasBefore; i-- {
		if cu, ok := v.cueAt(i, true); ok && cu.to <= o {
			if v.isSpeech(cu) {
				before, hasBefore = cu, true
			} else if !hasBeforeAct {
				beforeAct, hasBeforeAct = cu, true
			}
		}
	}
	// The first cues after it: “...,” X said.
	var after, afterAct cue
	hasAfter, hasAfterAct := false, false
	for i := c + 1; i < hi && !hasAfter; i++ {
		if v.inQuote(i) {
			// Another quotation of the same clause: “A” and “B,” X said.
			continue
		}
		if cu, ok := v.cueAt(i, true); ok {
			if v.isSpeech(cu) {
				after, hasAfter = cu, true
			} else if !hasAfterAct {
				afterAct, hasAfterAct = cu, true
			}
		}
	}
	first, hasFirst := after, hasAfter
	if hasAfterAct && (!hasAfter || afterAct.from < after.from) {
		first, hasFirst = afterAct, true
	}
	near := hasFirst && first.from <= c+afterWindow
	adjacent := near && (first.from == c+1 || c+1 < hi && (sg.toks[c+1].Text == "," || sg.toks[c+1].Text == "—"))
	type try struct {
		ok     bool
		c      cue
		lo, hi int
	}
	// A quote opening its clause belongs to the verb right after it; an
	// embedded one to a speech verb before it, then to one right after
	// it; speech verbs proper govern before speech acts.
	var order []try
	if startsClause {
		order = append(order, try{near, first, c + 1, hi})
	}
	// A speech verb after the quote that a conjunction separates from it
	// belongs to the next clause ("X accuses Y of “...” and Z says ..."):
	// a speech act before the quote comes first.
	if hasAfter && hasBeforeAct && !adjacent && v.coordinatedBetween(c+1, after.from) {
		order = append(order, try{hasBefore, before, lo, o}, try{hasBeforeAct, beforeAct, lo, o}, try{hasAfter, after, c + 1, hi}, try{hasAfterAct, afterAct, c + 1, hi})
	} else {
		order = append(order, try{hasBefore, before, lo, o}, try{adjacent, first, c + 1, hi}, try{hasAfter, after, c + 1, hi},
			try{hasBeforeAct, beforeAct, lo, o}, try{hasAfterAct, afterAct, c + 1, hi})
	}
	for _, t := range order {
		if !t.ok {
			continue
		}
		if a := v.subjectOf(t.c, t.lo, t.hi); a.speaker != "" {
			return a
		}
	}
	if startsClause {
		if a := v.tagAfter(c, hi); a.speaker != "" {
			return a
		}
		if c+1 < hi {
			if a := v.signature(c + 1); a.speaker != "" {
				return a
			}
		}
	}
	if colon {
		// A bare colon: "His response: “...”", "the U.S. stance: “...”".
		if a := v.colonSubject(o, lo); a.speaker != "" {
			return a
		}
	}
	if startsClause {
		if a := q.aroundSentences(sg, v, lo, hi); a.speaker != "" {
			return a
		}
		return attribution{}
	}
	a := v.clauseSubject(lo, o)
	if a.speaker != "" && a.how == "" {
		a.how = howSubject
	}
	return a
}

// coordinatedBetween reports whether a coordinating conjunction or a
// semicolon stands outside quotations in [from, to): "and", "but", ";".
func (v *speechView) coordinatedBetween(from, to int) bool {
	for i := from; i < to; i++ {
		if v.inQuote(i) {
			continue
		}
		switch v.toks[i].Norm {
		case "and", "but", ";", "while", "whereas":
			return true
		}
	}
	return false
}

// signature reads a signature starting at token i: a dash and a name
// ("— Rita Moss, Dayton", "—Tom Hart (@thart)").
func (v *speechView) signature(i int) attribution {
	if i+1 >= len(v.toks) || v.inQuote(i) {
		return attribution{}
	}
	switch v.toks[i].Text {
	case "-", "—", "–", "--", "―":
	default:
		return attribution{}
	}
	if m := v.mention(i + 1); m != nil && m.from == i+1 && (m.m.Type == "person" || m.m.Type == "name") {
		return nameAttribution(m)
	}
	return attribution{}
}

// otherParty returns the person last credited with a quote before the
// speaker x, or "".
func (q *quoteEmitter) otherParty(x string) string {
	for i := len(q.speakers) - 1; i >= 0; i-- {
		if q.speakers[i] != x {
			return q.speakers[i]
		}
	}
	return ""
}

// asksQuestion reports whether quoted words end with a question mark.
func asksQuestion(toks []token) bool {
	for i := len(toks) - 1; i >= 0; i-- {
		switch toks[i].Text {
		case "?":
			return true
		case ",", ".", "!", ";", ":":
			return false
		}
		if toks[i].Kind == tokWord || toks[i].Kind == tokNumber {
			return false
		}
	}
	return false
}

// opensClause reports whether token i is the first word of the clause
// starting at token lo.
func (v *speechView) opensClause(i, lo int) bool {
	for j := lo; j < i; j++ {
		if v.toks[j].Kind == tokWord || v.toks[j].Kind == tokNumber {
			return false
		}
	}
	return true
}

// speakerBefore is the speaker the quote's clause starting at token lo
// continues: the last quote's, when it ends in this sentence or the one
// before, or that of the sentence before when it reports speech.
func (q *quoteEmitter) speakerBefore(sg *segment, lo int) attribution {
	first := sg.sent[lo]
	if q.prevSpeaker != "" && first >= q.prevSent && first <= q.prevSent+1 {
		return attribution{speaker: q.prevSpeaker, how: howPrevious}
	}
	if first > 0 && q.d.sents[first-1].Block >= q.d.sents[first].Block-1 {
		if a := q.d.sentenceAttribution(&q.d.sents[first-1], false); a.speaker != "" && a.how != howSubject {
			a.how = howPrevious
			return a
		}
	}
	return attribution{}
}

// aroundSentences attributes a quote that makes up its clause [lo, hi)
// with no speech verb of its own: from a colon ending the sentence before,
// from the quote just before it, or from the start of the next sentence.
func (q *quoteEmitter) aroundSentences(sg *segment, v *speechView, lo, hi int) attribution {
	d := q.d
	first, last := sg.sent[lo], sg.sent[hi-1]
	if first > 0 {
		prev := &d.sents[first-1]
		if n := len(prev.Toks); n > 0 && prev.Toks[n-1].Text == ":" {
			a := d.sentenceAttribution(prev, true)
			if a.speaker != "" {
				if a.how == "" || a.how == howSubject {
					a.how = howColon
				}
				return a
			}
		}
	}
	// A quote ending with ? or ! may have its tag split off as the next
	// sentence: "“Why now?” Smith asked."
	if n := hi - 1; n > 0 && sg.quote[n] >= 0 && (sg.toks[n-1].Text == "?" || sg.toks[n-1].Text == "!") {
		if next := last + 1; next < len(d.sents) && d.sents[next].Block == d.sents[last].Block {
			s := &d.sents[next]
			v := d.sentenceView(s)
			if a := v.tagAfter(-1, len(v.toks)); a.speaker != "" {
				return a
			}
			for i := 0; i < len(v.toks) && i < 4; i++ {
				if cu, ok := v.cueAt(i, true); ok {
					if a := v.subjectOf(cu, 0, len(v.toks)); a.speaker != "" {
						return a
					}
					break
				}
			}
		}
	}
	// A signature after the quote, in its paragraph or the next, names
	// its speaker before any earlier one goes on: "“...” — Rita
	// Moss, Dayton."
	if next := last + 1; next < len(d.sents) && d.sents[next].Block <= d.sents[last].Block+1 {
		if a := d.sentenceView(&d.sents[next]).signature(0); a.speaker != "" {
			return a
		}
	}
	// A clause of the same paragraph between the previous quote and this
	// one, with a subject of its own, comes first: "“A,” X said. Y
	// agreed. “B.”" gives B to Y.
	before, speech, own := q.clauseBefore(sg, v, lo)
	if own && before.speaker != "" && (speech || before.person) {
		before.how = howPrevious
		return before
	}
	// A question one speaker puts is answered, in the next paragraph, by
	// the other party of the exchange: "“Did the vote shock you?” / “I
	// expected it, to be honest.”"
	if q.asker != "" && !q.question && first == q.askedSent+1 && d.sents[first].Block > d.sents[q.askedSent].Block {
		if other := q.otherParty(q.asker); other != "" {
			return attribution{speaker: other, how: howPrevious, person: true}
		}
	}
	if q.prevSpeaker != "" && first >= q.prevSent && first <= q.prevSent+1 {
		return attribution{speaker: q.prevSpeaker, how: howPrevious}
	}
	// The words of the speaker the sentence before reports: "X said that
	// the talks had stalled. “We are far apart.”"
	if !own && first > 0 && d.sents[first-1].Block >= d.sents[first].Block-1 {
		before = d.sentenceAttribution(&d.sents[first-1], true)
		if before.speaker != "" && before.how != howSubject && before.verb != "" && q.reports(&d.sents[first-1]) {
			before.how = howPrevious
			return before
		}
	}
	if next := last + 1; next < len(d.sents) && d.sents[next].Block <= d.sents[last].Block+1 {
		s := &d.sents[next]
		v := d.sentenceView(s)
		for i := 0; i < len(v.toks) && i < 6; i++ {
			if cu, ok := v.cueAt(i, false); ok {
				a := v.subjectOf(cu, 0, len(v.toks))
				if a.speaker != "" && a.how == "" {
					a.how = howNext
				}
				return a
			}
		}
	}
	// Else the person the sentence before is about: "X praised the plan.
	// “It will work.”"
	if before.person && (before.how == howSubject || before.how == "") {
		before.how = howPrevious
		return before
	}
	return attribution{}
}

// clauseBefore reads the clause of the quote's paragraph right before the
// quote's clause starting at token lo, when it holds no quotation: its
// speaker (speech set) when a speech verb proper names one, else its
// subject. own is false when there is no such clause.
func (q *quoteEmitter) clauseBefore(sg *segment, v *speechView, lo int) (a attribution, speech, own bool) {
	if lo == 0 {
		return attribution{}, false, false
	}
	plo, phi := sg.clause(lo-1, lo-1)
	if phi > lo {
		phi = lo
	}
	for i := plo; i < phi; i++ {
		if v.inQuote(i) {
			return attribution{}, false, false
		}
	}
	for i := plo; i < phi; i++ {
		if cu, ok := v.cueAt(i, false); ok && v.isSpeech(cu) {
			if a := v.subjectOf(cu, plo, phi); a.speaker != "" {
				return a, true, true
			}
		}
	}
	return v.clauseSubject(plo, phi), false, true
}

// reports reports whether sentence s reports speech outside quotations:
// it has a speech verb proper of its own, not only inside a quotation.
func (q *quoteEmitter) reports(s *sentence) bool {
	v := q.d.sentenceView(s)
	for i := range v.toks {
		if c, ok := v.cueAt(i, false); ok && v.isSpeech(c) {
			return true
		}
	}
	return false
}

// tagAfter reads an attribution tag right after a quotation closing at
// token c whose verb is not in the rulebook: "“...,” Quint pressed.",
// "“...!” beamed Ray Dunmore of Eastport". The tag is a person or a
// pronoun and one lower-case word, in either order, then the end of the
// clause, a comma or a preposition.
func (v *speechView) tagAfter(c, hi int) attribution {
	toks := v.toks
	i := c + 1
	if i < hi && toks[i].Text == "," {
		i++
	}
	// "an angry Okafor retorted": an article and one modifier.
	if i+2 < hi && (toks[i].Norm == "a" || toks[i].Norm == "an" || toks[i].Norm == "the") && toks[i+1].Kind == tokWord && !toks[i+1].Cap && v.mention(i+2) != nil {
		i += 2
	}
	// A quotation closed by a comma continues into its tag, whatever
	// follows the verb: "“...,” Hart assured the crowd."
	commaClosed := c >= 1 && toks[c-1].Text == ","
	word := func(j int) bool {
		return j < hi && toks[j].Kind == tokWord && !toks[j].Cap && !v.inQuote(j) && v.mention(j) == nil && !determiners[toks[j].Norm] && !prepositions[toks[j].Norm]
	}
	ends := func(j int) bool {
		return j >= hi || toks[j].Kind == tokPunct || prepositions[toks[j].Norm] || skippable(toks[j])
	}
	speaker := func(j int) (attribution, int) {
		if j >= hi {
			return attribution{}, j
		}
		if personalPronouns[toks[j].Norm] {
			return v.d.pronounAttribution(toks[j]), j + 1
		}
		if m := v.mention(j); m != nil && m.from == j && (m.m.Type == "person" || m.m.Type == "name" && commaClosed && m.to < hi && verbForm(toks[m.to])) {
			return nameAttribution(m), m.to
		}
		return attribution{}, j
	}
	if a, j := speaker(i); a.speaker != "" && (word(j) && (ends(j+1) || commaClosed && verbForm(toks[j])) || j < hi && toks[j].Text == "," && commaClosed) {
		// "“...,” Quint pressed.", "“...,” Lia Crane, the data analyst,
		// tweeted".
		return a
	}
	if word(i) {
		if a, j := speaker(i + 1); a.speaker != "" && ends(j) {
			return a
		}
	}
	return attribution{}
}

// verbForm reports whether a lower-case word has the ending of a finite
// verb of a tag: "-ed" or "-s" ("assured", "insists").
func verbForm(t token) bool {
	return t.Kind == tokWord && !t.Cap && (strings.HasSuffix(t.Norm, "ed") || strings.HasSuffix(t.Norm, "s") && !strings.HasSuffix(t.Norm, "ss"))
}

// clause returns the token range [lo, hi) of the sentences around the
// quotation [o, last]: the sentences it spans, and those other quotations
// join to them.
func (sg *segment) clause(o, last int) (lo, hi int) {
	joined := func(i int) bool { // tokens i-1 and i belong to one clause
		if sg.quote[i-1] >= 0 && sg.quote[i-1] == sg.quote[i] {
			return true
		}
		if sg.sent[i-1] != sg.sent[i] {
			return false
		}
		// A stop before a quotation that opens ends the clause even where
		// the sentence splitter saw none: `he said. "Next."`
		switch sg.toks[i-1].Text {
		case ".", "!", "?":
			return !(sg.quote[i-1] < 0 && sg.quote[i] >= 0 && sg.pairs[sg.quote[i]].open == i)
		}
		return true
	}
	lo = o
	for lo > 0 && joined(lo) {
		lo--
	}
	hi = last + 1
	for hi < len(sg.toks) && joined(hi) {
		hi++
	}
	return lo, hi
}

// introducer reports whether the quotation opening at token o is
// introduced as speech: by a speech verb right before it ("said, “",
// "said: “", "stating, “"), returned as a cue, or by a colon ("the U.S.
// stance: “").
func (v *speechView) introducer(o, lo int) (intro bool, c cue, colon bool) {
	k := o - 1
	for k >= lo && v.toks[k].Kind == tokPunct && (v.toks[k].Text == "," || v.toks[k].Text == ":") {
		colon = colon || v.toks[k].Text == ":"
		k--
	}
	for from := k; from >= lo && from >= k-2; from-- {
		if v.inQuote(from) {
			break
		}
		if cu, ok := v.cueAt(from, true); ok && cu.to == k+1 {
			return true, cu, colon
		}
	}
	return false, cue{}, colon
}

// colonSubject returns who speaks the quotation a bare colon introduces at
// token o: the possessor of "his response:", "Lowe's answer:", or else
// the clause's subject.
func (v *speechView) colonSubject(o, lo int) attribution {
	toks := v.toks
	k := o - 1
	for k >= lo && toks[k].Kind == tokPunct && toks[k].Text != ")" {
		k--
	}
	// "Rep. Tom Hale (R-N.C.):", "a spokesman could only joke:": the noun
	// phrase before the colon, or before a verb the rulebook lacks.
	for n, j := 0, k; n < 3 && j >= lo; n++ {
		j = v.skipBack(j, lo)
		if j < lo {
			break
		}
		if a, ok := v.npBefore(j, lo); ok {
			if a.speaker != "" {
				return a
			}
			break
		}
		if toks[j].Kind != tokWord || toks[j].Cap {
			break
		}
		j--
	}
	for j := k; j >= lo && j >= k-3; j-- {
		t := toks[j]
		if v.inQuote(j) {
			break
		}
		if possessivePronouns[t.Norm] {
			he := "he"
			if t.Norm == "her" {
				he = "she"
			}
			return v.d.pronounAttribution(token{Start: t.Start, Norm: he})
		}
		if t.Norm == "'s" {
			if m := v.mention(j - 1); m != nil && speakerType(m.m.Type) {
				return nameAttribution(m)
			}
		}
	}
	a := v.clauseSubject(lo, o)
	if a.speaker != "" && a.how == "" {
		a.how = howSubject
	}
	return a
}

// titleCased reports whether the words of toks read as a title or a name:
// the first word and every word of four letters or more capitalised, and
// no sentence punctuation.
func titleCased(toks []token) bool {
	first := true
	for _, t := range toks {
		switch t.Text {
		case ".", "!", "?", ",", ";":
			return false
		}
		if t.Kind != tokWord {
			continue
		}
		if (first || utf8.RuneCountInString(t.Text) >= 4) && !t.Cap {
			return false
		}
		first = false
	}
	return !first
}
