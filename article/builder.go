package article

import "strings"

// textBuilder assembles Article.Text paragraph by paragraph and records
// where its bytes came from in the source file. Runs of white space are
// collapsed to one space; paragraphs are separated by a blank line.
type textBuilder struct {
	b     strings.Builder
	lines []LineStart
	// perWord maps every word after collapsed white space to its source
	// column; without it only the start of each piece is mapped.
	perWord bool
	// unescape, when set, decodes each word (HTML character references);
	// mapping stays exact at word starts.
	unescape func(string) string
	// inPara is set once the current paragraph has a word; space is set
	// when white space is pending before the next word.
	inPara, space bool
}

// mark records that the next byte written comes from line, col of the
// source. It adds a LineStart only where the mapping is not already implied
// by the previous one (same line, same distance).
func (tb *textBuilder) mark(line, col int) {
	off := tb.b.Len()
	if n := len(tb.lines); n > 0 {
		last := tb.lines[n-1]
		if last.Line == line && last.Col+off-last.Offset == col {
			return
		}
		if last.Offset == off {
			tb.lines[n-1] = LineStart{Offset: off, Line: line, Col: col}
			return
		}
	}
	tb.lines = append(tb.lines, LineStart{Offset: off, Line: line, Col: col})
}

// paraBreak ends the current paragraph; the next word starts a new one.
func (tb *textBuilder) paraBreak() {
	tb.inPara, tb.space = false, false
}

// sep makes the next word of this paragraph follow a space, as between two
// lines of one paragraph.
func (tb *textBuilder) sep() { tb.space = true }

// write adds the words of s, a piece of one source line starting at line,
// col. White space at either end of s only separates words from those of
// neighbouring pieces.
func (tb *textBuilder) write(s string, line, col int) {
	markNext := true
	for i := 0; i < len(s); {
		if n := spaceLen(s, i); n > 0 {
			i += n
			tb.space = true
			continue
		}
		j := i
		for j < len(s) && spaceLen(s, j) == 0 {
			j++
		}
		switch {
		case !tb.inPara:
			if tb.b.Len() > 0 {
				tb.b.WriteString("\n\n")
			}
			tb.mark(line, col+i)
		case tb.space:
			tb.b.WriteByte(' ')
			if markNext || tb.perWord {
				tb.mark(line, col+i)
			}
		case markNext:
			tb.mark(line, col+i)
		}
		w := s[i:j]
		if tb.unescape != nil && strings.IndexByte(w, '&') >= 0 {
			w = tb.unescape(w)
		}
		tb.b.WriteString(w)
		tb.inPara, tb.space, markNext = true, false, false
		i = j
	}
}

// spaceLen returns the length of the white space character at s[i]
// (ASCII space, tab, newline, vertical tab, form feed, carriage return,
// or U+00A0), or 0.
func spaceLen(s string, i int) int {
	switch s[i] {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return 1
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0xA0 {
			return 2
		}
	}
	return 0
}

// normSpace trims s and collapses its runs of white space to one space.
func normSpace(s string) string {
	if !needsNorm(s) {
		return s
	}
	var tb textBuilder
	tb.write(s, 1, 1)
	return tb.b.String()
}

// needsNorm reports whether normSpace would change s.
func needsNorm(s string) bool {
	if s == "" {
		return false
	}
	prevSpace := true
	for i := 0; i < len(s); i++ {
		sp := spaceLen(s, i) > 0
		if sp && (prevSpace || s[i] != ' ') {
			return true
		}
		prevSpace = sp
	}
	return prevSpace
}
