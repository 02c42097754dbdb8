package rules

import (
	"fmt"
	"sort"
	"strings"
)

// Pos is a position in a rulebook file. Line and Col count from 1; zero
// means unknown.
type Pos struct {
	File string
	Line int
	Col  int
}

// String formats p as file:line:col, leaving out what is unknown.
func (p Pos) String() string {
	s := p.File
	if p.Line > 0 {
		if s != "" {
			s += ":"
		}
		s += fmt.Sprint(p.Line)
		if p.Col > 0 {
			s += fmt.Sprintf(":%d", p.Col)
		}
	}
	return s
}

// Error is one problem found in a rulebook file, at a position.
type Error struct {
	File string
	Line int
	Col  int
	Msg  string
}

// Error formats e as "file:line:col: message".
func (e *Error) Error() string {
	p := Pos{e.File, e.Line, e.Col}.String()
	if p == "" {
		return e.Msg
	}
	return p + ": " + e.Msg
}

// ErrorList is every problem found in one run, like go/scanner.ErrorList.
// The zero value is an empty list, ready to use.
type ErrorList []*Error

// Add appends a problem at pos.
func (l *ErrorList) Add(pos Pos, format string, args ...any) {
	*l = append(*l, &Error{File: pos.File, Line: pos.Line, Col: pos.Col, Msg: fmt.Sprintf(format, args...)})
}

// Len, Swap and Less make ErrorList a sort.Interface ordered by file,
// line, column and message.
func (l ErrorList) Len() int { return len(l) }

// Swap exchanges two problems.
func (l ErrorList) Swap(i, j int) { l[i], l[j] = l[j], l[i] }

// Less orders problems by file, line, column, then message.
func (l ErrorList) Less(i, j int) bool {
	a, b := l[i], l[j]
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	if a.Col != b.Col {
		return a.Col < b.Col
	}
	return a.Msg < b.Msg
}

// Sort sorts the list and drops exact duplicates.
func (l *ErrorList) Sort() {
	sort.Sort(*l)
	var out ErrorList
	for _, e := range *l {
		if len(out) > 0 && *e == *out[len(out)-1] {
			continue
		}
		out = append(out, e)
	}
	*l = out
}

// Error prints one problem per line.
func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns l sorted as an error, or nil when l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	l.Sort()
	return l
}
