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
func wrap(ws []word, width int) []string {
	var lines []string
	var b strings.Builder
	col := 0
	for _, w := range ws {
		if col > 0 && col+1+w.width > width {
			lines = append(lines, b.String())
			b.Reset()
			col = 0
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

// wrapText wraps plain text to width columns.
func wrapText(s string, width int) []string {
	return wrap(words([]segment{{Text: oneLine(s)}}, func(t string, _ bool) string { return t }), width)
}
