package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// srcLine is one line of source text with its place in the source file.
// s has no line terminator; col is the 1-based byte column of s[0].
type srcLine struct {
	s    string
	line int
	col  int
}

// splitLines splits text into lines, dropping "\r" before "\n". Lines are
// numbered from first.
func splitLines(text string, first int) []srcLine {
	out := make([]srcLine, 0, strings.Count(text, "\n")+1)
	for n := first; ; n++ {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			out = append(out, srcLine{strings.TrimSuffix(text, "\r"), n, 1})
			return out
		}
		out = append(out, srcLine{strings.TrimSuffix(text[:i], "\r"), n, 1})
		text = text[i+1:]
	}
}

// leading returns the number of bytes of white space at the start of s.
func leading(s string) int {
	i := 0
	for i < len(s) {
		n := spaceLen(s, i)
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// trimmed returns l without leading white space, its column moved to match.
func (l srcLine) trimmed() srcLine {
	n := leading(l.s)
	return srcLine{l.s[n:], l.line, l.col + n}
}

// cleaner turns scraped text into an Article's Text, filling metadata from
// header lines, a bare date line, the headline and a dateline.
type cleaner struct {
	a *Article
	// titleFixed is set when the title came from outside the text (a JSON
	// field, a Title: header) and no headline line should be taken.
	titleFixed bool
	// dateFixed is set when the date is settled, known or "unknown".
	dateFixed bool
}

// para is one paragraph: consecutive source lines or pieces of them.
type para struct {
	lines []srcLine
	norm  string
	// inline is set when lines are pieces of running text (HTML) that
	// carry their own white space, rather than whole lines to be joined
	// with a space.
	inline bool
}

// headerRE matches a "Key: value" header line at the top of a scraped file.
var headerRE = regexp.MustCompile(`^([A-Za-z][A-Za-z ]{1,14}?)[ \t]*:[ \t]*(.*)$`)

// headerKeys maps header names, lower case, to the Article field they set.
var headerKeys = map[string]string{
	"title": "title", "headline": "title",
	"date": "date", "published": "date", "publication date": "date", "pubdate": "date",
	"location": "location", "dateline": "location", "place": "location",
	"url": "url", "link": "url",
	"source": "source", "outlet": "source", "publisher": "source", "site": "source",
	"author": "author", "byline": "author", "by": "author",
}

// clean turns lines of scraped text into a.Text and a.Lines, reading header
// lines, a bare date line, the headline and a dateline on the way, and
// dropping boilerplate and repeated paragraphs. It returns false when no
// article text remains.
func (c *cleaner) clean(lines []srcLine, markdown, perWord bool) bool {
	return c.cleanWith(lines, markdown, perWord, nil)
}

// cleanWith is clean with a fallback text: head, when not nil, is used when
// the text has nothing but a headline or boilerplate.
func (c *cleaner) cleanWith(lines []srcLine, markdown, perWord bool, head *para) bool {
	a := c.a
	if markdown {
		lines = stripMarkdown(lines)
	}
	wrapped := isWrapped(lines)
	c.titleFixed = c.titleFixed || a.Title != ""
	c.dateFixed = c.dateFixed || !a.Published.IsZero()

	// The top: header lines, date lines, boilerplate, the headline and its
	// repetitions and labels, up to the first line of body text.
	headIdx := -1 // index of the headline line taken as Title
	prevTitle := false
	i := 0
	for ; i < len(lines); i++ {
		s := normSpace(lines[i].s)
		if s == "" {
			continue
		}
		dateLine := a.DateLine
		if c.header(s) {
			if a.DateLine != dateLine {
				a.DateAt = sourceAt(lines[i], a.DateLine)
			}
			prevTitle = false
			continue
		}
		if len(s) <= 64 {
			if t, ok := parseDate(s); ok {
				if !c.dateFixed {
					a.Published, a.DateLine, c.dateFixed = t, s, true
					a.DateAt = sourceAt(lines[i], s)
				}
				prevTitle = false
				continue
			}
		}
		if isBoilerplate(s) {
			continue
		}
		if a.Title != "" && strings.EqualFold(s, a.Title) {
			prevTitle = true
			continue
		}
		next := nextNonBlank(lines, i)
		if a.Title == "" && !c.titleFixed && looksHeadline(s) && !(next == i+1 && (wrapped || startsLower(lines[next].s))) {
			a.Title, headIdx, prevTitle = s, i, true
			continue
		}
		if a.Title != "" && isLabel(s) {
			nextIsTitle := next >= 0 && strings.EqualFold(normSpace(lines[next].s), a.Title)
			if prevTitle || nextIsTitle {
				continue
			}
		}
		break
	}

	if headIdx >= 0 {
		head = &para{lines: []srcLine{lines[headIdx].trimmed()}, norm: a.Title}
	}
	return c.finish(splitParas(lines[i:], wrapped), head, perWord, nil)
}

// finish drops boilerplate, repeated paragraphs and repetitions of the
// title, takes a dateline from the first or second paragraph, and writes
// the rest to a.Text and a.Lines. head, when not nil, is the headline,
// used as the text when nothing else remains. It returns false when no
// text remains.
func (c *cleaner) finish(paras []para, head *para, perWord bool, unescape func(string) string) bool {
	a := c.a
	kept := paras[:0]
	seen := make(map[string]bool, len(paras))
	for _, p := range paras {
		if isBoilerplate(p.norm) || seen[p.norm] || (a.Title != "" && strings.EqualFold(p.norm, a.Title)) {
			continue
		}
		seen[p.norm] = true
		kept = append(kept, p)
	}
	if len(kept) == 0 && head != nil {
		kept = append(kept, *head)
	}
	if len(kept) == 0 {
		return false
	}
	for k := 0; k < len(kept) && k < 2; k++ {
		first := kept[k].lines[0].trimmed()
		if place, n := dateline(first.s); n > 0 {
			if a.Place == "" {
				a.Place = strings.TrimRight(place, ".")
			}
			ls := append([]srcLine(nil), kept[k].lines...)
			ls[0] = srcLine{first.s[n:], first.line, first.col + n}
			kept[k].lines = ls
			break
		}
	}
	tb := textBuilder{perWord: perWord, unescape: unescape}
	for _, p := range kept {
		tb.paraBreak()
		for _, l := range p.lines {
			if !p.inline {
				tb.sep()
			}
			tb.write(l.s, l.line, l.col)
		}
	}
	a.Text, a.Lines = tb.b.String(), tb.lines
	return a.Text != ""
}

// header applies s when it is a "Key: value" header line and reports
// whether it was one.
func (c *cleaner) header(s string) bool {
	m := headerRE.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	field, ok := headerKeys[strings.ToLower(m[1])]
	v := strings.TrimSpace(m[2])
	if !ok || len(v) > 200 {
		return false
	}
	a := c.a
	switch field {
	case "title":
		if v != "" && (a.Title == "" || !c.titleFixed) {
			a.Title = v
		}
		c.titleFixed = true
	case "date":
		if c.dateFixed {
			break
		}
		if t, ok := parseDate(v); ok {
			a.Published, a.DateLine = t, v
		}
		// "Date: unknown" settles it too: no later line guesses a date.
		c.dateFixed = true
	case "location":
		if looksLikeHost(v) {
			if a.Source == "" {
				a.Source = v
			}
		} else if a.Place == "" {
			a.Place = v
		}
	case "url":
		if a.URL == "" {
			a.URL = v
		}
	case "source":
		if a.Source == "" {
			a.Source = v
		}
	}
	return true
}

// looksLikeHost reports whether v is a web address ("www.example.com",
// "https://example.com/x") rather than a place name.
func looksLikeHost(v string) bool {
	if strings.Contains(v, "://") {
		return true
	}
	return !strings.ContainsAny(v, " ,") && strings.Count(v, ".") >= 1 && v == strings.ToLower(v)
}

// nextNonBlank returns the index of the next non-blank line after i, or -1.
func nextNonBlank(lines []srcLine, i int) int {
	for j := i + 1; j < len(lines); j++ {
		if leading(lines[j].s) < len(lines[j].s) {
			return j
		}
	}
	return -1
}

// startsLower reports whether s, after white space, starts with a
// lower-case letter, as the continuation of a wrapped sentence does.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s[leading(s):])
	return unicode.IsLower(r)
}

// looksHeadline reports whether the normalised line s can be a headline:
// 3 to 30 words, at most 200 bytes, not starting in lower case and not
// ending like a sentence or clause.
func looksHeadline(s string) bool {
	if len(s) > 200 {
		return false
	}
	n := len(strings.Fields(s))
	if n < 3 || n > 30 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsLower(r) {
		return false
	}
	switch s[len(s)-1] {
	case '.', ',', ';', ':':
		return false
	}
	return true
}

// isLabel reports whether s is a lone section label such as "US" or
// "World": at most three words and 30 bytes, no digits, no final period.
func isLabel(s string) bool {
	return len(s) <= 30 && len(strings.Fields(s)) <= 3 && !strings.ContainsAny(s, "0123456789") && !endsSentence(s)
}

// isWrapped reports whether the text is hard-wrapped, like newswire copy:
// lines mostly short and mostly broken mid-sentence. In wrapped text a line
// break inside a block is a space and paragraphs start at blank or
// indented lines; otherwise every line is a paragraph of its own.
func isWrapped(lines []srcLine) bool {
	nonblank, short, breaks, soft := 0, 0, 0, 0
	prevBlank := true
	prev := ""
	for _, l := range lines {
		s := strings.TrimSpace(l.s)
		if s == "" {
			prevBlank = true
			continue
		}
		nonblank++
		if len(s) <= 100 {
			short++
		}
		if !prevBlank {
			breaks++
			if !endsSentence(prev) {
				soft++
			}
		}
		prev, prevBlank = s, false
	}
	return breaks >= 3 && 2*soft >= breaks && 10*short >= 9*nonblank
}

// splitParas groups body lines into paragraphs. Outside wrapped text a line
// break joins two lines only where the first stops mid-sentence and the next
// starts in lower case.
func splitParas(lines []srcLine, wrapped bool) []para {
	minIndent := -1
	if wrapped {
		for _, l := range lines {
			if n := leading(l.s); n < len(l.s) && (minIndent < 0 || n < minIndent) {
				minIndent = n
			}
		}
	}
	var out []para
	var cur []srcLine
	flush := func() {
		if len(cur) == 0 {
			return
		}
		var b strings.Builder
		for k, l := range cur {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(l.s)
		}
		out = append(out, para{lines: cur, norm: normSpace(b.String())})
		cur = nil
	}
	for _, l := range lines {
		ind := leading(l.s)
		if ind == len(l.s) {
			flush()
			continue
		}
		t := l.trimmed()
		if len(cur) > 0 {
			prev := strings.TrimSpace(cur[len(cur)-1].s)
			var join bool
			if wrapped {
				join = ind <= minIndent
			} else {
				join = !endsSentence(prev) && startsLower(t.s)
			}
			if !join {
				flush()
			}
		}
		cur = append(cur, t)
	}
	flush()
	return out
}

// mdHeadingRE matches a Markdown heading marker or block quote marker at
// the start of a line.
var mdHeadingRE = regexp.MustCompile(`^[ \t]*(#{1,6}[ \t]+|>[ \t]?)`)

// stripMarkdown removes heading and quote markers and turns horizontal
// rules into blank lines, keeping columns right.
func stripMarkdown(lines []srcLine) []srcLine {
	out := make([]srcLine, len(lines))
	for i, l := range lines {
		t := strings.TrimSpace(l.s)
		if len(t) >= 3 && strings.Trim(t, "-*_ ") == "" {
			out[i] = srcLine{"", l.line, 1}
			continue
		}
		if m := mdHeadingRE.FindStringIndex(l.s); m != nil {
			l = srcLine{l.s[m[1]:], l.line, l.col + m[1]}
		}
		out[i] = l
	}
	return out
}

// sourceAt is the source position of text within line l: where it starts,
// or the line's start when it is not found as written.
func sourceAt(l srcLine, text string) LineStart {
	at := LineStart{Offset: -1, Line: l.line, Col: l.col}
	if k := strings.Index(l.s, text); k > 0 {
		at.Col += k
	}
	return at
}
