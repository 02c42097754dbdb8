package claims

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quote-mark pairing finds the quotations of an article before any claim is
// extracted, so that every stage (the speaker of a sentence, the quote
// claims) knows which words are quoted.
//
// Pairing works on segments: runs of paragraphs scanned as one token
// stream. A segment is one paragraph (one line of the article), extended
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
// Only outermost quotations are kept; quotes nested inside them are part
// of the quoted words. A double quote still open when its segment ends
// runs to the end of the segment (close -1); a single quote still open is
// taken for an apostrophe and dropped.

// segment is a run of paragraphs scanned as one token stream.
type segment struct {
	// firstBlock and lastBlock are the paragraphs of the segment.
	firstBlock, lastBlock int
	toks                  []token
	// sent holds the sentence index of each token.
	sent []int
	// cont marks the reopening quote marks of continued paragraphs.
	cont []bool
	// quote holds, for each token of an outermost quotation (marks
	// included), the index of its pair in pairs, and -1 elsewhere.
	quote []int
	pairs []quotePair
	stack []openMark
	done  int
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

// last returns the last token of the quotation in a segment of n tokens.
func (p quotePair) last(n int) int {
	if p.close < 0 {
		return n - 1
	}
	return p.close
}

// quoteChars are the characters a paragraph must hold to be scanned.
const quoteChars = "\"“”„«»‘’'`"

// quotePairer is the working state of quote-mark pairing for one article.
type quotePairer struct {
	d    *doc
	text string
	// hardWrapped is true when the article breaks lines inside paragraphs.
	hardWrapped bool
}

// pairQuotes finds the outermost quotations of the whole article and
// records them in d.segs and d.quoteSpans.
func (d *doc) pairQuotes() {
	if len(d.blocks) == 0 {
		return
	}
	q := &quotePairer{d: d, text: d.art.Text}
	q.hardWrapped = q.isHardWrapped()
	for b := 0; b < len(d.blocks); {
		end := q.paragraphEnd(b)
		if !strings.ContainsAny(q.text[d.blocks[b].Start:d.blocks[end].End], quoteChars) {
			b = end + 1
			continue
		}
		sg := q.scanSegment(b, end)
		if len(sg.pairs) > 0 {
			d.segs = append(d.segs, sg)
			for _, p := range sg.pairs {
				d.quoteSpans = append(d.quoteSpans, Span{sg.toks[p.open].Start, sg.toks[p.last(len(sg.toks))].End})
			}
		}
		b = sg.lastBlock + 1
	}
}

// quotedAt reports whether byte pos lies inside a quotation, marks
// included.
func (d *doc) quotedAt(pos int) bool {
	k := sort.Search(len(d.quoteSpans), func(i int) bool { return d.quoteSpans[i].End > pos })
	return k < len(d.quoteSpans) && d.quoteSpans[k].Start <= pos
}

// isHardWrapped reports whether the article breaks lines inside its
// paragraphs, as newswire copy does: several lines that follow a single
// line break start with a lower-case letter.
func (q *quotePairer) isHardWrapped() bool {
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
func (q *quotePairer) paragraphEnd(b int) int {
	blocks := q.d.blocks
	if !q.hardWrapped {
		return b
	}
	for b+1 < len(blocks) && plainLineBreak(q.text[blocks[b].End:blocks[b+1].Start]) {
		b++
	}
	return b
}

// scanSegment pairs the quote marks of the paragraph made of blocks
// [first, last], continuing into following paragraphs while a quotation
// runs on.
func (q *quotePairer) scanSegment(first, last int) *segment {
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
	if len(sg.stack) > 0 && !sg.stack[0].single && q.speechOpens(sg, sg.stack[0].tok) {
		sg.pairs = append(sg.pairs, quotePair{open: sg.stack[0].tok, close: -1})
	}
	sg.stack = nil
	sg.quote = make([]int, len(sg.toks))
	for i := range sg.quote {
		sg.quote[i] = -1
	}
	for k, p := range sg.pairs {
		for i := p.open; i <= p.last(len(sg.toks)); i++ {
			sg.quote[i] = k
		}
	}
	return sg
}

// speechOpens reports whether the unclosed quotation opening at token o
// is introduced as speech: it starts its sentence, or a colon or a speech
// verb stands right before it. Other unclosed marks are strays ("a 5\"
// pipe").
func (q *quotePairer) speechOpens(sg *segment, o int) bool {
	if o == 0 || sg.sent[o-1] != sg.sent[o] {
		return true
	}
	k := o - 1
	for k > 0 && sg.toks[k].Text == "," {
		k--
	}
	if sg.toks[k].Text == ":" {
		return true
	}
	x := q.d.x
	for from := k; from >= 0 && from >= k-2; from-- {
		_, n := x.speech.match(sg.toks, from)
		if n == 0 {
			_, n = x.speechActs.match(sg.toks, from)
		}
		if n > 0 && from+n == k+1 {
			return true
		}
	}
	return false
}

// continues reports whether a paragraph opening with token t continues the
// quotation left open in sg: t must be an opening mark of the same kind.
func (q *quotePairer) continues(sg *segment, t token) bool {
	single, ok := markKind(t)
	if !ok || single != sg.stack[0].single {
		return false
	}
	open, _ := q.flanks(t)
	return open
}

// appendBlocks adds the tokens of blocks [first, last] to sg.
func (q *quotePairer) appendBlocks(sg *segment, first, last int) {
	d := q.d
	for k := d.blocks[first].First; k <= d.blocks[last].Last; k++ {
		for _, t := range d.sents[k].Toks {
			sg.toks = append(sg.toks, t)
			sg.sent = append(sg.sent, k)
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
func (q *quotePairer) flanks(t token) (open, close bool) {
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
func (q *quotePairer) beforeWord(t token) bool {
	r, _ := utf8.DecodeRuneInString(q.text[t.End:])
	return t.End < len(q.text) && isWordRune(r)
}

// isPunctRune reports whether r is punctuation or a symbol.
func isPunctRune(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

// elisions are words written with a leading apostrophe that is not a
// quote mark ('em, 'til, rock 'n' roll): English orthography, not news
// vocabulary.
var elisions = map[string]bool{"em": true, "til": true, "tis": true, "twas": true, "cause": true, "n": true, "round": true, "bout": true, "cos": true, "s": true, "nuff": true, "ol": true}

// maxQuoteDepth bounds the nesting of quotations kept on the stack.
const maxQuoteDepth = 4

// pair pairs the quote marks of sg from sg.done on, recording outermost
// quotations in sg.pairs and leaving unclosed openers on sg.stack.
func (q *quotePairer) pair(sg *segment) {
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
func (q *quotePairer) singleOpener(toks []token, i int) bool {
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
