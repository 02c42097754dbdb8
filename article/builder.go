package article

import "strings"

// textBuilder assembles Article.Text paragraph by paragraph and records
// where its bytes came from in the source file. Runs of white space are
// collapsed to one space; paragraphs are separated by a blank line.
type textBuilder struct {
	b     strings.Builder
	lines []LineStart
	// src maps lines and columns of the source to its bytes; when nil,
	// LineStart.Src is left 0.
	src *sourceLines
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

// sourceLines maps a line and byte column of the source to a byte offset:
// starts[k] is the offset of line first+k.
type sourceLines struct {
	first  int
	starts []int
}

// offset returns the byte offset of line, col; the columns of a line past
// the table (a headline given apart from the text) count from 0.
func (sl *sourceLines) offset(line, col int) int {
	if sl == nil {
		return 0
	}
	base := 0
	if k := line - sl.first; k >= 0 && k < len(sl.starts) {
		base = sl.starts[k]
	}
	return base + col - 1
}

// newSourceLines indexes the lines of text, numbered from first.
func newSourceLines(text string, first int) *sourceLines {
	sl := &sourceLines{first: first, starts: []int{0}}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			sl.starts = append(sl.starts, i+1)
		}
	}
	return sl
}

// mark records that the next byte written comes from line, col of the
// source. It adds a LineStart only where the mapping is not already implied
// by the previous one (same line, same distance).
func (tb *textBuilder) mark(line, col int) { tb.markAs(line, col, false) }

// markAs is mark; decoded says the bytes that follow decode a character
// reference (see LineStart.Decoded).
func (tb *textBuilder) markAs(line, col int, decoded bool) {
	off := tb.b.Len()
	ls := LineStart{Offset: off, Line: line, Col: col, Src: tb.src.offset(line, col), Decoded: decoded}
	if n := len(tb.lines); n > 0 {
		last := tb.lines[n-1]
		if !decoded && !last.Decoded && last.Line == line && last.Col+off-last.Offset == col {
			return
		}
		if last.Offset == off {
			tb.lines[n-1] = ls
			return
		}
	}
	tb.lines = append(tb.lines, ls)
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
		if w := s[i:j]; tb.unescape != nil && strings.IndexByte(w, '&') >= 0 {
			tb.writeEscaped(w, line, col+i)
		} else {
			tb.b.WriteString(w)
		}
		tb.inPara, tb.space, markNext = true, false, false
		i = j
	}
}

// writeEscaped writes the word w, from line, col of the source, decoding
// its character references one by one so that each decoded one and the
// bytes after it are mapped to the source exactly.
func (tb *textBuilder) writeEscaped(w string, line, col int) {
	for k := 0; k < len(w); {
		a := strings.IndexByte(w[k:], '&')
		if a < 0 {
			tb.b.WriteString(w[k:])
			return
		}
		a += k
		tb.b.WriteString(w[k:a])
		e := refEnd(w, a)
		dec := tb.unescape(w[a:e])
		if dec == w[a:e] {
			tb.b.WriteString(dec)
			k = e
			continue
		}
		tb.markAs(line, col+a, true)
		tb.b.WriteString(dec)
		tb.mark(line, col+e)
		k = e
	}
}

// refEnd returns the end of the character reference that may start at the
// "&" at w[a]: after its ";", or after its name or digits when it has none.
func refEnd(w string, a int) int {
	e := a + 1
	if e < len(w) && w[e] == '#' {
		e++
		if e < len(w) && (w[e] == 'x' || w[e] == 'X') {
			e++
		}
	}
	for e < len(w) && e-a < 40 && isRefByte(w[e]) {
		e++
	}
	if e < len(w) && w[e] == ';' {
		e++
	}
	return e
}

// isRefByte reports whether c can be part of a reference's name or digits.
func isRefByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
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
