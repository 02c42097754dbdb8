package article

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// record is the part of a JSON article record that is read; other fields
// are ignored.
type record struct {
	ID     json.RawMessage `json:"id"`
	Title  string          `json:"title"`
	Date   json.RawMessage `json:"date"`
	Text   string          `json:"text"`
	Body   string          `json:"body"`
	Outlet json.RawMessage `json:"outlet"`
	Source json.RawMessage `json:"source"`
	URL    string          `json:"url"`
}

// jsonl reads one article per line from in. Blank lines are skipped; a bad
// line is reported with its number and reading goes on.
func (r *reader) jsonl(path, base string, in io.Reader) {
	max := r.opt.MaxArticleBytes
	br := bufio.NewReaderSize(in, 256<<10)
	if head, _ := br.Peek(sniffLen); isBinary(head) {
		r.fail(path, 0, "binary file")
		return
	}
	var long []byte // a line longer than br's buffer is gathered here
	var off int64   // offset of the current line in the content
	for n := 1; !r.stopped; n++ {
		line, size, err := readLine(br, max, &long)
		if err != nil && err != io.EOF {
			r.fail(path, n, readMsg(err))
			return
		}
		if size == 0 && err == io.EOF {
			return
		}
		start := off
		off += size
		switch {
		case size > max+1:
			r.fail(path, n, sizeMsg(trimmedLen(size), max))
		case len(bytes.TrimSpace(line)) == 0:
		default:
			if n == 1 {
				line = bytes.TrimPrefix(line, []byte("\uFEFF"))
			}
			if i := invalidUTF8At(line); i >= 0 {
				r.fail(path, n, fmt.Sprintf("not UTF-8 text (byte offset %d)", start+int64(i)))
			} else {
				r.record(path, fmt.Sprintf("%s-%d", base, n), n, n, line)
			}
		}
		if err == io.EOF {
			return
		}
	}
}

// trimmedLen is the size of a line without its terminating newline.
func trimmedLen(size int64) int64 { return size - 1 }

// readLine returns the next line of br without its line terminator, and
// the number of bytes it took including the terminator. A line longer than
// max is skipped: its size is returned but no bytes. long is scratch space
// for lines that do not fit br's buffer.
func readLine(br *bufio.Reader, max int64, long *[]byte) ([]byte, int64, error) {
	*long = (*long)[:0]
	var size int64
	for {
		frag, err := br.ReadSlice('\n')
		size += int64(len(frag))
		if err == bufio.ErrBufferFull {
			if size <= max+1 {
				*long = append(*long, frag...)
			}
			continue
		}
		var line []byte
		if len(*long) > 0 {
			*long = append(*long, frag...)
			line = *long
		} else {
			line = frag
		}
		if err == io.EOF && size > 0 {
			// A last line without "\n" counts as if it had one.
			size++
		}
		if size > max+1 {
			return nil, size, err
		}
		line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
		return line, size, err
	}
}

// json reads a JSON file holding one article object or an array of them.
func (r *reader) json(path, base string, data []byte) {
	t := bytes.TrimLeft(data, " \t\r\n")
	start := len(data) - len(t)
	if len(t) == 0 {
		r.fail(path, 0, "empty article")
		return
	}
	if t[0] == '{' {
		if int64(len(t)) > r.opt.MaxArticleBytes {
			r.fail(path, 0, sizeMsg(int64(len(t)), r.opt.MaxArticleBytes))
			return
		}
		line := lineAt(data, start)
		if err := json.Unmarshal(t, new(json.RawMessage)); err != nil {
			r.fail(path, jsonErrLine(data, start, err, line), jsonMsg(err))
			return
		}
		r.record(path, base, 0, line, t)
		return
	}
	if t[0] != '[' {
		r.fail(path, lineAt(data, start), "malformed JSON: want an object or an array of objects")
		return
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.Token() // the "["
	for i := 1; dec.More() && !r.stopped; i++ {
		at := int(dec.InputOffset())
		for at < len(data) && strings.IndexByte(" \t\r\n,", data[at]) >= 0 {
			at++
		}
		line := lineAt(data, at)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			r.fail(path, jsonErrLine(data, 0, err, line), fmt.Sprintf("record %d: %s", i, jsonMsg(err)))
			return
		}
		if int64(len(raw)) > r.opt.MaxArticleBytes {
			r.fail(path, line, fmt.Sprintf("record %d: %s", i, sizeMsg(int64(len(raw)), r.opt.MaxArticleBytes)))
			continue
		}
		r.record(path, fmt.Sprintf("%s-%d", base, i), i, line, raw)
	}
	if _, err := dec.Token(); err != nil && !r.stopped {
		r.fail(path, jsonErrLine(data, 0, err, lineAt(data, int(dec.InputOffset()))), jsonMsg(err))
	}
}

// jsonValid reports whether data is one JSON value.
func jsonValid(data []byte) bool { return json.Valid(data) }

// lineAt returns the 1-based line of byte offset off in data.
func lineAt(data []byte, off int) int {
	return 1 + bytes.Count(data[:min(off, len(data))], []byte("\n"))
}

// jsonErrLine returns the line of a JSON syntax error in data, whose
// decoding started at base, or def when the error has no offset.
func jsonErrLine(data []byte, base int, err error, def int) int {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return lineAt(data, base+int(se.Offset))
	}
	return def
}

// jsonMsg words a JSON decoding error.
func jsonMsg(err error) string {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return "malformed JSON: unexpected end of input"
	}
	return "malformed JSON: " + strings.TrimPrefix(err.Error(), "json: ")
}

// record turns one JSON object into an Article and emits it. defID is the
// ID used when the record has none; rec is Article.Record; line is the
// source line the record starts on.
func (r *reader) record(path, defID string, rec, line int, raw []byte) {
	var in record
	if err := json.Unmarshal(raw, &in); err != nil {
		var se *json.SyntaxError
		msg := jsonMsg(err)
		if errors.As(err, &se) && rec == line {
			msg = fmt.Sprintf("malformed JSON at column %d: %s", se.Offset, strings.TrimPrefix(err.Error(), "json: "))
		}
		r.fail(path, line, msg)
		return
	}
	a := &Article{
		ID:     rawString(in.ID),
		Path:   path,
		Record: rec,
		Title:  normSpace(in.Title),
		Source: rawString(in.Outlet),
		URL:    strings.TrimSpace(in.URL),
	}
	if a.ID == "" {
		a.ID = defID
	}
	if a.Source == "" {
		a.Source = rawString(in.Source)
	}
	c := cleaner{a: a}
	if d := rawString(in.Date); d != "" {
		if t, ok := parseDate(d); ok {
			a.Published, a.DateLine = t, d
		} else if n, err := strconv.ParseInt(d, 10, 64); err == nil && n > 0 {
			a.Published, a.DateLine = unixTime(n), d
		}
		c.dateFixed = true
	}
	text := in.Text
	if text == "" {
		text = in.Body
	}
	// A headline-only record (common on newswires) is its own text.
	var head *para
	if a.Title != "" {
		head = &para{lines: []srcLine{{a.Title, line, 1}}, norm: a.Title}
	}
	c.src = newSourceLines(text, line)
	if !c.cleanWith(splitLines(text, line), false, true, head) {
		r.fail(path, line, "empty article")
		return
	}
	// The text's own lines are not lines of the file: point at the record,
	// with columns counted in Text; Src stays in the text field.
	for i := range a.Lines {
		a.Lines[i].Line, a.Lines[i].Col = line, 1+a.Lines[i].Offset
	}
	r.emit(a)
}

// unixTime reads n as Unix seconds, or milliseconds when it is that large.
func unixTime(n int64) time.Time {
	if n > 1e11 {
		return time.UnixMilli(n).UTC()
	}
	return time.Unix(n, 0).UTC()
}

// rawString returns a JSON string's value, a number's literal, or for an
// object its "name" (as in {"source": {"name": "Reuters"}}); "" otherwise.
func rawString(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	switch raw[0] {
	case '"':
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return strings.TrimSpace(s)
		}
	case '{':
		var o struct {
			Name string `json:"name"`
		}
		if json.Unmarshal(raw, &o) == nil {
			return strings.TrimSpace(o.Name)
		}
	case 'n', 't', 'f', '[':
		return ""
	default:
		return string(raw)
	}
	return ""
}
