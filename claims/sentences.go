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
	return splitSentencesIn(text, 0, len(text), abbrev)
}

// splitSentencesIn is splitSentences over text[from:to], with offsets in
// text; to ends a line.
func splitSentencesIn(text string, from, to int, abbrev map[string]bool) ([]sentence, []block) {
	var sents []sentence
	var blocks []block
	off := from
	for off < to {
		end := strings.IndexByte(text[off:to], '\n')
		if end < 0 {
			end = to
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
		if t.Text == "." && i > 0 && i+1 < len(toks) && toks[i-1].Kind == tokNumber && toks[i+1].Kind == tokNumber &&
			t.Start > toks[i-1].End && toks[i+1].Start > t.End {
			continue // a decimal point in text tokenized with spaces: "magnitude 6 . 4"
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

// textWindow is a stretch text[start:end] of an article's text.
type textWindow struct{ start, end int }

// windows cuts text into stretches of at most size bytes, each ending at a
// paragraph break where there is one, else at a line break, a sentence end
// or a space, so that no sentence of ordinary text is cut. Text of at most
// size bytes is one window.
func windows(text string, size int) []textWindow {
	var out []textWindow
	for start := 0; start < len(text); {
		end := len(text)
		if end-start > size {
			end = cutBefore(text, start, start+size)
		}
		out = append(out, textWindow{start, end})
		start = end
	}
	if len(out) == 0 {
		out = append(out, textWindow{0, 0})
	}
	return out
}

// cutBefore returns where to end a window of text that starts at start and
// may reach limit: after the last paragraph break, line break, sentence end
// or space before limit, or at limit itself (moved back to a character
// boundary).
func cutBefore(text string, start, limit int) int {
	span := text[start:limit]
	for _, sep := range []string{"\n\n", "\n", ". ", " "} {
		if i := strings.LastIndex(span, sep); i > 0 {
			return start + i + len(sep)
		}
	}
	for limit > start+1 && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}
