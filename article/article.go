// Package article reads news articles from files, directories, archives and
// standard input into plain text with metadata. It knows nothing of claims.
package article

import (
	"sort"
	"strings"
	"time"
)

// Article is one news article: its cleaned body text and what is known about
// where and when it was published. Byte offsets used elsewhere refer to Text.
type Article struct {
	// ID is the file name without extension, or the record's id field.
	ID string `json:"id"`
	// Path is the file the article was read from ("-" for standard input).
	Path string `json:"path"`
	// Record is the 1-based line (JSONL) or index (JSON array) of the record
	// within Path; 0 when the file holds a single article.
	Record int `json:"record,omitempty"`
	// Title is the headline, when one was found.
	Title string `json:"title,omitempty"`
	// Source is the outlet or site that published the article.
	Source string `json:"source,omitempty"`
	// URL is the article's address, when known.
	URL string `json:"url,omitempty"`
	// Published is the publication date; the zero time means unknown.
	Published time.Time `json:"published,omitempty"`
	// DateLine is the raw text the publication date was read from.
	DateLine string `json:"date_line,omitempty"`
	// DateAt is where DateLine stands in the source file (Line 0 when
	// unknown). The date line is not part of Text.
	DateAt LineStart `json:"-"`
	// Place is the dateline's place ("WASHINGTON" in "WASHINGTON: ..."), if any.
	Place string `json:"place,omitempty"`
	// Text is the article body: paragraphs separated by blank lines, header
	// and boilerplate lines removed.
	Text string `json:"-"`
	// Hash identifies the article's content (hex SHA-256 of Text and metadata).
	Hash string `json:"hash,omitempty"`
	// Lines maps offsets of Text back to lines of the source file and to
	// bytes of the source, in order of Offset. It may be empty when no
	// mapping is known.
	Lines []LineStart `json:"-"`
}

// LineStart records that the byte at Offset in Text starts line Line (1-based)
// of the source file, at column Col (1-based), and comes from byte Src of the
// source: the file's bytes for text, Markdown and HTML, the bytes of the
// record's text field (as decoded from JSON) for JSON and JSONL. The bytes of
// Text that follow, up to the next LineStart, are copied from the bytes of the
// source that follow Src, unless Decoded is set: then they are the decoding
// of a character reference ("&amp;") that ends where the next LineStart's Src
// begins.
type LineStart struct {
	Offset  int
	Line    int
	Col     int
	Src     int
	Decoded bool
}

// HasDate reports whether the publication date is known.
func (a *Article) HasDate() bool { return !a.Published.IsZero() }

// Position returns the 1-based line and column in the source file of the
// byte at offset off of Text. Without a line map it counts lines of Text.
func (a *Article) Position(off int) (line, col int) {
	if off < 0 {
		off = 0
	}
	if off > len(a.Text) {
		off = len(a.Text)
	}
	if len(a.Lines) == 0 {
		// Without a line map (an Article built in Go rather than read),
		// count the lines before off: linear in off, so readers give a map.
		before := a.Text[:off]
		return 1 + strings.Count(before, "\n"), off - (strings.LastIndexByte(before, '\n') + 1) + 1
	}
	ls := a.Lines[a.lineAt(off)]
	return ls.Line, ls.Col + off - ls.Offset
}

// lineAt returns the index of the last entry of a.Lines at or before off
// (0 when off is before them all); a.Lines is not empty.
func (a *Article) lineAt(off int) int {
	i := sort.Search(len(a.Lines), func(i int) bool { return a.Lines[i].Offset > off }) - 1
	return max(i, 0)
}

// SourceSpan returns the byte range of the source (see LineStart.Src) that the
// range [start, end) of Text was read from. White space collapsed to one
// space, boilerplate and repeated paragraphs dropped, non-breaking spaces and
// character references are all accounted for; a range across a dropped part
// of the source covers it. Without a line map (an article loaded from an
// index keeps none) the range is returned as it is.
func (a *Article) SourceSpan(start, end int) (int, int) {
	if len(a.Lines) == 0 {
		return start, end
	}
	start = min(max(start, 0), len(a.Text))
	end = min(max(end, start), len(a.Text))
	i := a.lineAt(start)
	ls := a.Lines[i]
	s := ls.Src + start - ls.Offset
	if ls.Decoded {
		s = ls.Src
	}
	if end == start {
		return s, s
	}
	// The end is the end of the source of the range's last byte.
	j := a.lineAt(end - 1)
	le := a.Lines[j]
	e := le.Src + end - le.Offset
	if le.Decoded && j+1 < len(a.Lines) {
		e = a.Lines[j+1].Src
	}
	return s, max(e, s)
}
