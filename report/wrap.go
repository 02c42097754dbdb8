package report

import (
	"strings"
	"unicode/utf8"
)

// word is a rendered word and the number of columns it takes.
type word struct {
	text  string
	width int
}

// words splits segments into words at spaces, rendering each run with
// style; a marked run that spans several words is styled word by word, so
// that a line break never leaves a style open.
func words(segs []segment, style func(text string, marked bool) string) []word {
	var out []word
	var cur word
	flush := func() {
		if cur.width > 0 {
			out = append(out, cur)
		}
		cur = word{}
	}
	for _, sg := range segs {
		for i, p := range strings.Split(sg.Text, " ") {
			if i > 0 {
				flush()
			}
			if p != "" {
				cur.text += style(p, sg.Marked)
				cur.width += utf8.RuneCountInString(p)
			}
		}
	}
	flush()
	return out
}

// bracketed renders marked runs between open and close, as one unmarked
// segment, so that the brackets surround a whole multi-word run.
func bracketed(segs []segment, open, close string) []segment {
	var b strings.Builder
	for _, sg := range segs {
		if sg.Marked {
			b.WriteString(open + sg.Text + close)
		} else {
			b.WriteString(sg.Text)
		}
	}
	return []segment{{Text: b.String()}}
}

// wrap fills lines of at most width columns with ws, greedily; a word wider
// than width gets a line of its own.
func wrap(ws []word, width int) []string { return wrapHanging(ws, width, width) }

// wrapHanging is wrap with a first line of first columns and the others of
// rest, for text after a label.
func wrapHanging(ws []word, first, rest int) []string {
	var lines []string
	var b strings.Builder
	col, width := 0, first
	for _, w := range ws {
		if col > 0 && col+1+w.width > width {
			lines = append(lines, b.String())
			b.Reset()
			col, width = 0, rest
		}
		if col > 0 {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(w.text)
		col += w.width
	}
	if col > 0 {
		lines = append(lines, b.String())
	}
	return lines
}

// wrapText wraps plain text to a first line of first columns and others of
// rest; a word wider than rest, such as a long path, is cut into pieces.
func wrapText(s string, first, rest int) []string {
	var ws []word
	for _, w := range words([]segment{{Text: oneLine(s)}}, func(t string, _ bool) string { return t }) {
		for r := []rune(w.text); rest > 0 && len(r) > rest; r = r[rest:] {
			ws = append(ws, word{text: string(r[:rest]), width: rest})
			w = word{text: string(r[rest:]), width: len(r) - rest}
		}
		ws = append(ws, w)
	}
	return wrapHanging(ws, first, rest)
}
