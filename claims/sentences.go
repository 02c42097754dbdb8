package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentence is one sentence of an article.
type sentence struct {
	// Index is the sentence's position in the article.
	Index int
	// Block is the index of the paragraph (line) the sentence belongs to.
	Block int
	Start int
	End   int
	Text  string
	Toks  []token
}

// block is a paragraph: one non-empty line of the article text.
type block struct {
	Start, End int
	// First and Last index the sentences of the block, inclusive.
	First, Last int
}

// splitSentences splits text into paragraphs (non-empty lines) and each
// paragraph into sentences. Scraped articles put one paragraph, headline or
// header on a line, so a line break always ends a sentence. Within a line a
// sentence ends at . ! or ? (after any closing quotes or brackets) that is
// followed by a capitalised word, a number or an opening quote, unless the
// word before the stop is an abbreviation or an initial.
func splitSentences(text string, abbrev map[string]bool) ([]sentence, []block) {
	var sents []sentence
	var blocks []block
	off := 0
	for off < len(text) {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := text[off:end]
		if trimmed := strings.TrimSpace(line); trimmed != "" {
			lead := strings.Index(line, trimmed)
			start := off + lead
			b := block{Start: start, End: start + len(trimmed), First: len(sents)}
			sents = appendLineSentences(sents, text, start, start+len(trimmed), len(blocks), abbrev)
			b.Last = len(sents) - 1
			blocks = append(blocks, b)
		}
		off = end + 1
	}
	return sents, blocks
}

func appendLineSentences(sents []sentence, text string, start, end, blk int, abbrev map[string]bool) []sentence {
	toks := tokenize(text[start:end], start)
	from := 0
	emit := func(to int) {
		if to <= from {
			return
		}
		s := sentence{Index: len(sents), Block: blk, Start: toks[from].Start, End: toks[to-1].End}
		s.Text = text[s.Start:s.End]
		s.Toks = toks[from:to:to]
		sents = append(sents, s)
		from = to
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind != tokPunct || (t.Text != "." && t.Text != "!" && t.Text != "?") {
			continue
		}
		if t.Text == "." && i > 0 && isAbbreviation(toks[i-1], abbrev) {
			continue
		}
		j := i + 1
		for j < len(toks) && (toks[j].Text == "." || toks[j].Text == "!" || toks[j].Text == "?") {
			j++
		}
		for j < len(toks) && (toks[j].Kind == tokQuote && closesQuote(toks[j].Text) || toks[j].Text == ")" || toks[j].Text == "]" || isApos([]rune(toks[j].Text)[0]) && toks[j].Kind == tokPunct) {
			j++
		}
		if j >= len(toks) {
			break
		}
		n := toks[j]
		if n.Cap || n.Kind == tokNumber || n.Kind == tokQuote || n.Text == "(" || n.Text == "[" {
			emit(j)
			i = j - 1
		}
	}
	emit(len(toks))
	return sents
}

// closesQuote reports whether a quote mark can close a quotation.
func closesQuote(q string) bool { return q != "“" && q != "„" && q != "«" && q != "``" }

// isAbbreviation reports whether a stop after t is part of an abbreviation:
// a listed abbreviation or a single capital letter (an initial), alone or as
// the last part of a hyphenated word, as in a party-and-state designation
// ("R-S.C.", "D-N.Y.", where the tokenizer leaves "R-S" before the first
// stop) or a prefixed title ("ex-Gov.").
func isAbbreviation(t token, abbrev map[string]bool) bool {
	if t.Kind != tokWord {
		return false
	}
	if isInitial(t.Text) || abbrev[t.Norm] {
		return true
	}
	if i := strings.LastIndexByte(t.Text, '-'); i >= 0 && i+1 < len(t.Text) {
		return isInitial(t.Text[i+1:]) || abbrev[strings.ToLower(t.Text[i+1:])]
	}
	return false
}

// isInitial reports whether s is a single capital letter.
func isInitial(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && unicode.IsUpper(r)
}
