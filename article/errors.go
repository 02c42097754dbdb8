package article

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Error is a problem with one input. It prints as one line,
// "path:line: message", with the line omitted when it is 0.
type Error struct {
	Path string // file the problem is in ("-" for standard input)
	Line int    // 1-based line (JSONL) or record index (JSON array); 0 for the whole file
	Msg  string // what is wrong, without the path
	// Skipped is set when the input is not broken but holds no article: an
	// empty page, or one with nothing but boilerplate. It is skipped, while
	// broken input (binary, not UTF-8, malformed JSON, broken gzip, over the
	// size limit, unreadable) is an error.
	Skipped bool
}

// Error returns the one-line form "path:line: message". A path with
// control characters (a file name may hold a newline) is quoted, so the
// message stays on one line.
func (e *Error) Error() string {
	path := e.Path
	if strings.IndexFunc(path, unicode.IsControl) >= 0 {
		path = strconv.Quote(path)
	}
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", path, e.Line, e.Msg)
	}
	return path + ": " + e.Msg
}

// ErrorList is a list of *Error, in the manner of go/scanner.ErrorList.
// The zero value is an empty list ready to use.
type ErrorList []*Error

// Add appends an Error for path and line with message msg.
func (p *ErrorList) Add(path string, line int, msg string) {
	*p = append(*p, &Error{Path: path, Line: line, Msg: msg})
}

// Broken returns the errors that are broken input, leaving out the
// skipped inputs.
func (p ErrorList) Broken() ErrorList { return p.filter(false) }

// Skipped returns the inputs that were skipped for holding no article.
func (p ErrorList) Skipped() ErrorList { return p.filter(true) }

// filter returns the errors whose Skipped is skipped.
func (p ErrorList) filter(skipped bool) ErrorList {
	var out ErrorList
	for _, e := range p {
		if e.Skipped == skipped {
			out = append(out, e)
		}
	}
	return out
}

// Len returns the number of errors; with Less and Swap it implements sort.Interface.
func (p ErrorList) Len() int { return len(p) }

// Swap exchanges errors i and j.
func (p ErrorList) Swap(i, j int) { p[i], p[j] = p[j], p[i] }

// Less orders errors by path, then line.
func (p ErrorList) Less(i, j int) bool {
	a, b := p[i], p[j]
	if a.Path != b.Path {
		return a.Path < b.Path
	}
	return a.Line < b.Line
}

// Sort sorts the list by path, then line. It is stable, so errors for the
// same place keep the order in which they were found.
func (p ErrorList) Sort() { sort.Stable(p) }

// Error joins the one-line form of every error with newlines.
func (p ErrorList) Error() string {
	var b strings.Builder
	for i, e := range p {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns p as an error, or nil when the list is empty, so that callers
// do not mistake an empty non-nil list for a failure.
func (p ErrorList) Err() error {
	if len(p) == 0 {
		return nil
	}
	return p
}
