package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quote extraction works on segments: runs of paragraphs scanned as one
// token stream. A segment is one paragraph (one line of the article),
// extended
//
//   - over the following lines of hard-wrapped text (newswire copy that
//     breaks lines inside paragraphs, see isHardWrapped), and
//   - over the next paragraph when a quotation is still open at the end of
//     a paragraph and the next one opens with a quote mark: the newspaper
//     convention for quotes of several paragraphs, where only the last
//     paragraph carries the closing mark.
//
// Quote marks are paired with a stack. Whether a mark opens or closes is
// read from its flanks, as CommonMark does for emphasis: a mark followed by
// a word and preceded by a space or punctuation opens, one preceded by a
// word and followed by a space or punctuation closes; a mark with both or
// neither flank falls back to its shape (“ „ « open, ” » close, a straight
// " closes when a double quote is open). Single quotes (‘ ’ ') count only
// when clearly delimited: an opener after a space or opening punctuation
// and before a letter, not an elision such as ’90s or 'em; a closer only
// while a single quote is open. Apostrophes inside words never reach the
// pairing: the tokenizer keeps them in the word.
//
// Only outermost quotations become claims; quotes nested inside them are
// part of the quoted words. A double quote still open when its segment
// ends becomes a claim up to the end of the segment ("quote:unclosed")
// when it is introduced as speech (a speech verb or colon before it, or it
// starts its sentence); a single quote still open is taken for an
// apostrophe and dropped.
//
// Quoted titles of works and nicknames ("also known as ‘Woz’") are not
// quotes: a quote of at most 8 words in title case with no speech verb,
// colon or speaker around it yields no claim. Other short quotes without a
// speaker (scare quotes) do, marked Partial.

// quoteScan is the working state of quote extraction for one article.
type quoteScan struct {
	d    *doc
	text string
	// hardWrapped is true when the article breaks lines inside paragraphs.
	hardWrapped bool
	// spans are the quotations found so far, marks included.
	spans []Span
	// titles are the titled person mentions of the article, in text order,
	// built on first use.
	titles []titleSeen
	// titlesBuilt is true once titles has been built.
	titlesBuilt bool
	// prevSpeaker is the speaker of the last quote with a known speaker,
	// and prevBlock the block that quote ended in.
	prevSpeaker string
	prevBlock   int
}

// titleSeen is a person named with a title, for resolving "the
// spokesperson said" to the last person called spokesperson.
type titleSeen struct {
	pos  int
	id   string
	name string
}

// segment is a run of paragraphs scanned as one token stream.
type segment struct {
	// firstBlock and lastBlock are the paragraphs of the segment.
	firstBlock, lastBlock int
	toks                  []token
	// sent holds the sentence index of each token.
	sent []int
	// blockStart is true for the first token of each paragraph.
	blockStart []bool
	// cont marks the reopening quote marks of continued paragraphs.
	cont []bool
	// inQuote is true for the tokens of outermost quotations, marks
	// included.
	inQuote []bool
	ments   []segMention
	stack   []openMark
	pairs   []quotePair
	done    int
}

// segMention is a mention with token indexes of its segment.
type segMention struct {
	from, to int
	m        *mention
}

// openMark is an opening quote mark waiting for its closer.
type openMark struct {
	tok    int
	single bool
}

// quotePair is an outermost quotation: the token indexes of its opening
// and closing marks; close is -1 when the quote is never closed.
type quotePair struct {
	open, close int
}

// quoteChars are the characters a paragraph must hold to be scanned.
const quoteChars = "\"“”„«»‘’'`"

// quotes extracts quote claims from the whole article, attaching each
// claim to the sentence where its quotation opens.
func (d *doc) quotes() {
	if len(d.blocks) == 0 {
		return
	}
	q := &quoteScan{d: d, text: d.art.Text, prevBlock: -2}
	q.hardWrapped = q.isHardWrapped()
	for b := 0; b < len(d.blocks); {
		end := q.paragraphEnd(b)
		if !strings.ContainsAny(q.text[d.blocks[b].Start:d.blocks[end].End], quoteChars) {
			b = end + 1
			continue
		}
		b = q.scanSegment(b, end) + 1
	}
	d.quoteSpans = q.spans
}

// isHardWrapped reports whether the article breaks lines inside its
// paragraphs, as newswire copy does: several lines that follow a single
// line break start with a lower-case letter.
func (q *quoteScan) isHardWrapped() bool {
	blocks := q.d.blocks
	lower, gaps := 0, 0
	for b := 1; b < len(blocks); b++ {
		if !plainLineBreak(q.text[blocks[b-1].End:blocks[b].Start]) {
			continue
		}
		gaps++
		if r, _ := utf8.DecodeRuneInString(q.text[blocks[b].Start:]); unicode.IsLower(r) {
			lower++
		}
	}
	return lower >= 3 || (lower >= 1 && lower*4 >= gaps)
}

// plainLineBreak reports whether the text between two lines is a single
// line break with no indentation of the next line.
func plainLineBreak(gap string) bool {
	return strings.Count(gap, "\n") == 1 && strings.HasSuffix(gap, "\n")
}

// paragraphEnd returns the last block of the paragraph that starts at
// block b: b itself, or in hard-wrapped text the last of the lines joined
// by plain line breaks.
func (q *quoteScan) paragraphEnd(b int) int {
	blocks := q.d.blocks
	if !q.hardWrapped {
		return b
	}
	for b+1 < len(blocks) && plainLineBreak(q.text[blocks[b].End:blocks[b+1].Start]) {
		b++
	}
	return b
}

// scanSegment finds and records the quotations of the paragraph made of
// blocks [first, last], continuing into following paragraphs while a
// quotation runs on, and returns the last block scanned.
func (q *quoteScan) scanSegment(first, last int) int {
	sg := &segment{firstBlock: first}
	q.appendBlocks(sg, first, last)
	q.pair(sg)
	for len(sg.stack) > 0 && last+1 < len(q.d.blocks) {
		next := last + 1
		t := q.d.sents[q.d.blocks[next].First].Toks[0]
		if !q.continues(sg, t) {
			break
		}
		sg.stack = sg.stack[:1]
		last = q.paragraphEnd(next)
		q.appendBlocks(sg, next, last)
		sg.cont[sg.done] = true
		q.pair(sg)
	}
	sg.lastBlock = last
	if len(sg.stack) > 0 && !sg.stack[0].single {
		sg.pairs = append(sg.pairs, quotePair{open: sg.stack[0].tok, close: -1})
	}
	sg.stack = nil
	q.emit(sg)
	return last
}

// continues reports whether a paragraph opening with token t continues the
// quotation left open in sg: t must be an opening mark of the same kind.
func (q *quoteScan) continues(sg *segment, t token) bool {
	single, ok := markKind(t)
	if !ok || single != sg.stack[0].single {
		return false
	}
	open, _ := q.flanks(t)
	return open
}

// appendBlocks adds the tokens and mentions of blocks [first, last] to sg.
func (q *quoteScan) appendBlocks(sg *segment, first, last int) {
	d := q.d
	for k := d.blocks[first].First; k <= d.blocks[last].Last; k++ {
		base := len(sg.toks)
		for _, m := range d.mentions[k] {
			mm := m
			sg.ments = append(sg.ments, segMention{from: base + m.From, to: base + m.To, m: &mm})
		}
		for i, t := range d.sents[k].Toks {
			sg.toks = append(sg.toks, t)
			sg.sent = append(sg.sent, k)
			sg.blockStart = append(sg.blockStart, i == 0 && d.blocks[d.sents[k].Block].First == k)
			sg.cont = append(sg.cont, false)
		}
	}
}

// markKind reports whether t is a quote mark and whether it is a single
// one.
func markKind(t token) (single, ok bool) {
	switch t.Kind {
	case tokQuote:
		return false, true
	case tokPunct:
		switch t.Text {
		case "‘", "’", "'":
			return true, true
		}
	}
	return false, false
}

// flanks reports whether the mark t can open (is followed by a word and
// not glued to one before) and whether it can close (is preceded by a
// word or punctuation and not glued to one after).
func (q *quoteScan) flanks(t token) (open, close bool) {
	prev, next := ' ', ' '
	if t.Start > 0 {
		prev, _ = utf8.DecodeLastRuneInString(q.text[:t.Start])
	}
	if t.End < len(q.text) {
		next, _ = utf8.DecodeRuneInString(q.text[t.End:])
	}
	prevSpace, nextSpace := unicode.IsSpace(prev), unicode.IsSpace(next)
	prevPunct, nextPunct := isPunctRune(prev), isPunctRune(next)
	open = !nextSpace && (!nextPunct || prevSpace || prevPunct)
	close = !prevSpace && (!prevPunct || nextSpace || nextPunct)
	return open, close
}

// beforeWord reports whether a letter or digit follows t directly.
func (q *quoteScan) beforeWord(t token) bool {
	r, _ := utf8.DecodeRuneInString(q.text[t.End:])
	return t.End < len(q.text) && isWordRune(r)
}

// isPunctRune reports whether r is punctuation or a symbol.
func isPunctRune(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

// elisions are words written with a leading apostrophe that is not a
// quote mark ('em, 'til, rock 'n' roll).
var elisions = map[string]bool{"em": true, "til": true, "tis": true, "twas": true, "cause": true, "n": true, "round": true, "bout": true, "cos": true, "s": true, "nuff": true, "ol": true}

// maxQuoteDepth bounds the nesting of quotations kept on the stack.
const maxQuoteDepth = 4

// pair pairs the quote marks of sg from sg.done on, recording outermost
// quotations in sg.pairs and leaving unclosed openers on sg.stack.
func (q *quoteScan) pair(sg *segment) {
	toks := sg.toks
	for i := sg.done; i < len(toks); i++ {
		single, ok := markKind(toks[i])
		if !ok || sg.cont[i] {
			continue
		}
		canOpen, canClose := q.flanks(toks[i])
		var opens bool
		if single {
			switch {
			case canOpen && !canClose && q.singleOpener(toks, i):
				opens = true
			case canClose && !canOpen && sg.openDepth(true) >= 0:
				opens = false
			default:
				continue // an apostrophe
			}
		} else {
			switch toks[i].Text {
			case "“", "„", "«", "``":
				// Opening shapes close only glued to the word before
				// („so“ in German).
				opens = !(canClose && !canOpen)
			case "”", "»", "''":
				// Closing shapes open only before a word after a space
				// (”Hello,” written with one kind of mark).
				opens = canOpen && !canClose && q.beforeWord(toks[i])
			default:
				switch {
				case canOpen && !canClose:
					opens = true
				case canClose && !canOpen:
					opens = false
				default:
					opens = sg.openDepth(false) < 0
				}
			}
		}
		if opens {
			if len(sg.stack) < maxQuoteDepth {
				sg.stack = append(sg.stack, openMark{tok: i, single: single})
			}
			continue
		}
		k := sg.openDepth(single)
		if k < 0 {
			continue // a stray closer
		}
		if k == 0 {
			sg.pairs = append(sg.pairs, quotePair{open: sg.stack[0].tok, close: i})
		}
		sg.stack = sg.stack[:k]
	}
	sg.done = len(toks)
}

// openDepth returns the stack position of the innermost open quotation of
// the given kind, or -1.
func (sg *segment) openDepth(single bool) int {
	for k := len(sg.stack) - 1; k >= 0; k-- {
		if sg.stack[k].single == single {
			return k
		}
	}
	return -1
}

// singleOpener reports whether the single mark at toks[i] opens a
// quotation: it follows a space, the start of the text or opening
// punctuation, and a letter that does not start an elision follows it.
func (q *quoteScan) singleOpener(toks []token, i int) bool {
	t := toks[i]
	if t.Start > 0 {
		prev, _ := utf8.DecodeLastRuneInString(q.text[:t.Start])
		if !unicode.IsSpace(prev) && !strings.ContainsRune("([{—–-:\"“«„", prev) {
			return false
		}
	}
	if i+1 >= len(toks) || toks[i+1].Kind != tokWord || toks[i+1].Start != t.End {
		return false
	}
	return !elisions[toks[i+1].Norm]
}

// emit turns the quotations of sg into claims.
func (q *quoteScan) emit(sg *segment) {
	if len(sg.pairs) == 0 {
		return
	}
	sg.inQuote = make([]bool, len(sg.toks))
	for _, p := range sg.pairs {
		end := p.close
		if end < 0 {
			end = len(sg.toks) - 1
		}
		for i := p.open; i <= end; i++ {
			sg.inQuote[i] = true
		}
		q.spans = append(q.spans, Span{sg.toks[p.open].Start, sg.toks[end].End})
	}
	for _, p := range sg.pairs {
		q.emitQuote(sg, p)
	}
}

// emitQuote records the claim of one quotation, with its speaker.
func (q *quoteScan) emitQuote(sg *segment, p quotePair) {
	d := q.d
	toks := sg.toks
	o, c := p.open, p.close
	unclosed := c < 0
	last := c // the last token of the quotation, marks included
	if unclosed {
		c = len(toks)
		last = len(toks) - 1
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
	lo, hi := sg.clause(d, o, c)
	intro, introVerb, introFrom := q.introducer(sg, o, lo)
	startsClause := true
	for i := lo; i < o; i++ {
		if !sg.inQuote[i] && toks[i].Kind != tokPunct && toks[i].Kind != tokQuote {
			startsClause = false
			break
		}
	}
	if unclosed && !intro && !startsClause {
		return
	}
	a := q.attribute(sg, o, c, lo, hi, intro, introVerb, introFrom)
	short := words <= 2
	lowerStart := toks[firstWord].Kind == tokWord && !toks[firstWord].Cap
	partial := short || lowerStart || !(intro || startsClause)
	if a.speaker == "" && a.verb == "" && !intro && words <= 8 && titleCased(toks[o+1:c]) {
		return // a title of a work or a nickname
	}
	// A quote standing alone after an attributed one in the same or the
	// previous paragraph continues it: “A,” Bruce said. “B.”
	if a.speaker == "" && startsClause && q.prevSpeaker != "" && q.prevBlock >= d.sents[sg.sent[o]].Block-1 {
		a.speaker, a.how = q.prevSpeaker, "speaker:previous"
	}

	// The quoted words, paragraph pieces joined by a space.
	from := toks[o].End
	var b strings.Builder
	for _, k := range conts {
		b.WriteString(strings.TrimSpace(q.text[from:toks[k].Start]))
		b.WriteByte(' ')
		from = toks[k].End
	}
	to := toks[last].End
	if !unclosed {
		to = toks[c].Start
	}
	b.WriteString(strings.TrimSpace(q.text[from:to]))

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
		q.prevSpeaker, q.prevBlock = a.speaker, d.sents[sg.sent[last]].Block
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

// clause returns the token range [lo, hi) of the sentence around the
// quotation [o, c): from after the last sentence stop before o to before
// the first stop after c, stops inside quotations not counting.
func (sg *segment) clause(d *doc, o, c int) (lo, hi int) {
	lo = 0
	for i := o - 1; i >= 0; i-- {
		if !sg.inQuote[i] && sg.isStop(d, i) {
			lo = i + 1
			break
		}
	}
	hi = len(sg.toks)
	for i := c + 1; i < len(sg.toks); i++ {
		if !sg.inQuote[i] && sg.isStop(d, i) {
			hi = i
			break
		}
	}
	return lo, hi
}

// isStop reports whether token i ends a sentence: . ! or ?, not after an
// abbreviation.
func (sg *segment) isStop(d *doc, i int) bool {
	switch sg.toks[i].Text {
	case "!", "?":
		return true
	case ".":
		return i == 0 || !isAbbreviation(sg.toks[i-1], d.x.abbrev)
	}
	return false
}

// introducer reports whether the quotation opening at token o is
// introduced as speech: a speech verb right before it ("said, “", "said:
// “", "stating, “") or a colon ("the U.S. stance: “"). It returns the verb
// and the token where it starts, or "" and -1 for a bare colon.
func (q *quoteScan) introducer(sg *segment, o, lo int) (bool, string, int) {
	k := o - 1
	colon := false
	for k >= lo && sg.toks[k].Kind == tokPunct && (sg.toks[k].Text == "," || sg.toks[k].Text == ":") {
		colon = colon || sg.toks[k].Text == ":"
		k--
	}
	for from := k; from >= lo && from >= k-2; from-- {
		if sg.inQuote[from] {
			break
		}
		if n := q.speechAt(sg, from); n > 0 && from+n == k+1 {
			return true, joinNorms(sg.toks[from : from+n]), from
		}
	}
	return colon, "", -1
}

// joinNorms returns the normalised text of tokens joined by spaces.
func joinNorms(toks []token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Norm
	}
	return strings.Join(parts, " ")
}

// attribution is who a quotation is attributed to and how that was found.
type attribution struct {
	speaker string
	// verb is the speech verb that attributes the quote, if any.
	verb string
	// how notes an indirect resolution ("speaker:title", "speaker:pronoun",
	// "speaker:previous").
	how string
}

// afterWindow is how many tokens after a quotation a speech verb may
// stand to attribute it ("...,” White House Press Secretary Karoline
// Leavitt said").
const afterWindow = 12

// attribute finds the speaker of the quotation [o, c) within its clause
// [lo, hi): the subject of an introducing speech verb, else of a speech
// verb right after the quote, else of the nearest speech verb before it in
// the clause, else of any speech verb later in the clause.
func (q *quoteScan) attribute(sg *segment, o, c, lo, hi int, intro bool, introVerb string, introFrom int) attribution {
	if intro && introFrom >= 0 {
		return q.verbSubject(sg, introFrom, introVerb, lo, hi, o)
	}
	// The nearest speech verb before the quote: X said that ... “fragment”.
	before := -1
	for i := o - 1; i >= lo; i-- {
		if n := q.speechAt(sg, i); n > 0 && i+n <= o {
			before = i
			break
		}
	}
	// After the quote: “...,” said X / “...,” X said / “...” he added. A
	// quote that ends its sentence after a colon or a speech verb of its
	// own clause belongs to that verb, not to the next sentence's.
	if before < 0 && !intro || !sg.endsSentence(o, c) {
		for i := c + 1; i < hi && i <= c+afterWindow; i++ {
			if sg.inQuote[i] {
				break
			}
			if n := q.speechAt(sg, i); n > 0 {
				verb := joinNorms(sg.toks[i : i+n])
				if a := q.subjectBefore(sg, i, c+1, o); a.speaker != "" {
					a.verb = verb
					return a
				}
				if addressed[verb] {
					return attribution{verb: verb}
				}
				a := q.subjectAfter(sg, i+n, hi, o)
				a.verb = verb
				return a
			}
		}
	}
	if before >= 0 {
		n := q.speechAt(sg, before)
		return q.verbSubject(sg, before, joinNorms(sg.toks[before:before+n]), lo, hi, o)
	}
	for i := c + afterWindow + 1; i < hi; i++ {
		if n := q.speechAt(sg, i); n > 0 {
			return q.verbSubject(sg, i, joinNorms(sg.toks[i:i+n]), c+1, hi, o)
		}
	}
	if intro {
		// A bare colon: the person or organisation the clause names.
		if m := sg.nearestBefore(o, lo, false); m != nil {
			return attribution{speaker: m.m.Name}
		}
		if m := sg.nearestBefore(o, lo, true); m != nil {
			return attribution{speaker: m.m.Name}
		}
	}
	return attribution{}
}

// speechAt returns the length of the speech verb starting at token i, or
// 0. Words inside quotations or names ("United States") are not verbs.
func (q *quoteScan) speechAt(sg *segment, i int) int {
	if i >= len(sg.toks) || sg.inQuote[i] {
		return 0
	}
	_, n := q.d.x.speech.match(sg.toks, i)
	if n == 0 {
		return 0
	}
	for k := range sg.ments {
		if m := &sg.ments[k]; i >= m.from && i < m.to {
			return 0
		}
	}
	return n
}

// endsSentence reports whether the quotation [o, c) ends its sentence: its
// last word is followed by . ! or ? inside the marks and a capitalised word
// or nothing follows the closing mark.
func (sg *segment) endsSentence(o, c int) bool {
	if c >= len(sg.toks) {
		return true
	}
	if c-1 <= o {
		return false
	}
	switch sg.toks[c-1].Text {
	case ".", "!", "?":
	default:
		return false
	}
	return c+1 >= len(sg.toks) || sg.toks[c+1].Cap || sg.toks[c+1].Kind == tokQuote
}

// verbSubject returns the speaker of the speech verb at token v: the
// subject before it within [lo, v) or, for "according to X" and "said X",
// the name after it. o is the quotation's opening mark.
func (q *quoteScan) verbSubject(sg *segment, v int, verb string, lo, hi, o int) attribution {
	n := q.speechAt(sg, v)
	var a attribution
	if verb != "according to" {
		a = q.subjectBefore(sg, v, lo, o)
	}
	if a.speaker == "" && !addressed[verb] {
		end := hi
		if v < o {
			end = o
		}
		a = q.subjectAfter(sg, v+n, end, o)
	}
	a.verb = verb
	return a
}

// addressed are speech verbs whose object is the listener, not the
// speaker ("told the Detroit Free Press").
var addressed = map[string]bool{"told": true, "tells": true, "telling": true, "asked": true}

// adverbs may stand between a subject and its speech verb ("Bruce also
// said", "he has said").
var adverbs = map[string]bool{"also": true, "later": true, "then": true, "further": true, "had": true, "has": true, "have": true, "was": true, "once": true, "again": true, "previously": true, "earlier": true, "repeatedly": true, "would": true, "will": true}

// subjectBefore finds the speaker named before the speech verb at token v,
// not before token lo: the name, title or pronoun right before the verb,
// else the nearest person, else the nearest organisation of the clause.
func (q *quoteScan) subjectBefore(sg *segment, v, lo, o int) attribution {
	toks := sg.toks
	k := v - 1
	for k >= lo && !sg.inQuote[k] && toks[k].Kind == tokWord && (adverbs[toks[k].Norm] || strings.HasSuffix(toks[k].Norm, "ly") && !toks[k].Cap) {
		k--
	}
	if k < lo || sg.inQuote[k] {
		return attribution{}
	}
	for i := range sg.ments {
		// Any name right before the verb speaks: "Hamas said", "the
		// Kremlin said", even when taken for a place.
		if m := &sg.ments[i]; m.to == k+1 {
			return attribution{speaker: m.m.Name}
		}
	}
	if a, ok := q.titleEndingAt(sg, k, lo); ok {
		return a
	}
	if isPronoun(toks[k].Norm) && toks[k].Norm != "they" {
		return attribution{speaker: q.lastPersonBefore(toks[k].Start), how: "speaker:pronoun"}
	}
	if !toks[k].Cap && q.d.x.orgWords[toks[k].Norm] {
		return attribution{speaker: toks[k].Norm}
	}
	if m := sg.nearestBefore(v, lo, false); m != nil {
		return attribution{speaker: m.m.Name}
	}
	if m := sg.nearestBefore(v, lo, true); m != nil {
		return attribution{speaker: m.m.Name}
	}
	return attribution{}
}

// subjectAfter finds the speaker named after a speech verb ending at token
// from, before token hi: "said Bruce", "said the spokesperson",
// "according to the State Department", "said he".
func (q *quoteScan) subjectAfter(sg *segment, from, hi, o int) attribution {
	toks := sg.toks
	limit := min(hi, from+8)
	for i := range sg.ments {
		m := &sg.ments[i]
		if m.from >= from && m.from < limit && m.m.Type == "person" && !sg.inQuote[m.from] {
			return attribution{speaker: m.m.Name}
		}
	}
	k := from
	if k < hi && (toks[k].Norm == "the" || toks[k].Norm == "a" || toks[k].Norm == "an") {
		k++
	}
	if k < hi && !sg.inQuote[k] {
		if a, ok := q.titleAt(sg, k, hi); ok {
			return a
		}
	}
	for i := range sg.ments {
		m := &sg.ments[i]
		if m.from >= from && m.from < min(hi, from+6) && speakerType(m.m.Type) && !sg.inQuote[m.from] {
			return attribution{speaker: m.m.Name}
		}
	}
	if from < hi && isPronoun(toks[from].Norm) && toks[from].Norm != "they" {
		return attribution{speaker: q.lastPersonBefore(toks[from].Start), how: "speaker:pronoun"}
	}
	return attribution{}
}

// speakerType reports whether a mention of this type can speak.
func speakerType(t string) bool { return t == "person" || t == "org" || t == "country" }

// nearestBefore returns the mention nearest before token v and not before
// lo, outside quotations: a person, or with orgs true an organisation or
// country.
func (sg *segment) nearestBefore(v, lo int, orgs bool) *segMention {
	var best *segMention
	for i := range sg.ments {
		m := &sg.ments[i]
		if m.from < lo || m.to > v || sg.inQuote[m.from] {
			continue
		}
		if orgs && m.m.Type != "org" && m.m.Type != "country" || !orgs && m.m.Type != "person" {
			continue
		}
		if best == nil || m.from > best.from {
			best = m
		}
	}
	return best
}

// titleEndingAt reads a title ending at token k ("the spokesperson") as a
// speaker.
func (q *quoteScan) titleEndingAt(sg *segment, k, lo int) (attribution, bool) {
	for from := k; from >= lo && from >= k-4; from-- {
		if sg.inQuote[from] {
			break
		}
		if th, n := q.d.matchTitle(sg.toks, from); n > 0 && from+n == k+1 {
			if from > lo && q.orgQualifier(sg.toks[from-1]) {
				from--
			}
			return q.resolveTitle(th.ID, sg.toks[from:th.To], sg.toks[from].Start), true
		}
	}
	return attribution{}, false
}

// titleAt reads a title starting at token k as a speaker.
// A lower-case organisation word may qualify it ("a police spokesman").
func (q *quoteScan) titleAt(sg *segment, k, hi int) (attribution, bool) {
	from := k
	if q.orgQualifier(sg.toks[k]) {
		k++
	}
	th, n := q.d.matchTitle(sg.toks[:hi], k)
	if n == 0 {
		return attribution{}, false
	}
	return q.resolveTitle(th.ID, sg.toks[from:th.To], sg.toks[from].Start), true
}

// orgQualifier reports whether t is a lower-case organisation word that
// qualifies a title ("police spokesman").
func (q *quoteScan) orgQualifier(t token) bool { return !t.Cap && q.d.x.orgWords[t.Norm] }

// resolveTitle returns the person last named with title id before byte
// pos, or else the title's words.
func (q *quoteScan) resolveTitle(id string, words []token, pos int) attribution {
	if !q.titlesBuilt {
		q.buildTitles()
	}
	for i := len(q.titles) - 1; i >= 0; i-- {
		if t := q.titles[i]; t.pos < pos && t.id == id {
			return attribution{speaker: t.name, how: "speaker:title"}
		}
	}
	return attribution{speaker: strings.ToLower(joinTokens(words)), how: "speaker:title"}
}

// buildTitles lists the titled person mentions of the article in order.
func (q *quoteScan) buildTitles() {
	q.titlesBuilt = true
	for k := range q.d.sents {
		s := &q.d.sents[k]
		for _, m := range q.d.mentions[k] {
			if m.Type != "person" {
				continue
			}
			for _, th := range m.Titles {
				q.titles = append(q.titles, titleSeen{pos: s.Toks[th.From].Start, id: th.ID, name: m.Name})
			}
		}
	}
}

// lastPersonBefore returns the person mentioned last before byte pos
// outside quotations, for "he said" and "she added".
func (q *quoteScan) lastPersonBefore(pos int) string {
	d := q.d
	for k := len(d.sents) - 1; k >= 0; k-- {
		s := &d.sents[k]
		if s.Start >= pos {
			continue
		}
		ms := d.mentions[k]
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			start := s.Toks[m.From].Start
			if m.Type != "person" || start >= pos || q.quoted(start) {
				continue
			}
			return m.Name
		}
	}
	return ""
}

// quoted reports whether byte pos lies inside a quotation found so far.
func (q *quoteScan) quoted(pos int) bool {
	for _, sp := range q.spans {
		if pos >= sp.Start && pos < sp.End {
			return true
		}
	}
	return false
}
