// Package article reads news articles from files, directories, archives and
// standard input into plain text with metadata. It knows nothing of claims.
package article

import (
	"sort"
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
	// Lines maps offsets of Text back to lines of the source file, in order
	// of Offset. It may be empty when no mapping is known.
	Lines []LineStart `json:"-"`
}

// LineStart records that the byte at Offset in Text starts line Line (1-based)
// of the source file, at column Col (1-based).
type LineStart struct {
	Offset int
	Line   int
	Col    int
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
		line, col = 1, 1
		for i := 0; i < off; i++ {
			if a.Text[i] == '\n' {
				line++
				col = 1
			} else {
				col++
			}
		}
		return line, col
	}
	i := sort.Search(len(a.Lines), func(i int) bool { return a.Lines[i].Offset > off }) - 1
	if i < 0 {
		i = 0
	}
	ls := a.Lines[i]
	return ls.Line, ls.Col + off - ls.Offset
}
