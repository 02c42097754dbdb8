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
	var blank blankRun
	b := lineBatch{r: r, path: path}
	defer b.flush()
	for n := 1; !r.stopped; n++ {
		line, size, err := readLine(br, max, &long)
		if err != nil && err != io.EOF {
			b.fail(n, readMsg(err))
			return
		}
		if size == 0 && err == io.EOF {
			return
		}
		start := off
		off += size
		if len(bytes.TrimSpace(line)) > 0 || size > max+1 {
			blank = blankRun{}
		}
		switch {
		case size > max+1:
			b.fail(n, sizeMsg(trimmedLen(size), max))
		case len(bytes.TrimSpace(line)) == 0:
			if blank.add(n, size) > max {
				b.fail(blank.first, fmt.Sprintf("%s of blank lines, above the %s limit of an article; the rest of the file is not read", sizeIn(blank.size, max), sizeIn(max, max)))
				return
			}
		default:
			if n == 1 {
				line = bytes.TrimPrefix(line, []byte("\uFEFF"))
			}
			if i := invalidUTF8At(line); i >= 0 {
				b.fail(n, fmt.Sprintf("not UTF-8 text (byte offset %d)", start+int64(i)))
			} else {
				b.record(fmt.Sprintf("%s-%d", base, n), n, line)
			}
		}
		if err == io.EOF {
			return
		}
	}
}

// blankRun measures a run of blank lines: a run longer than an article
// may be is no feed's layout but padding, and reading stops there.
type blankRun struct {
	first int   // line the run starts on
	size  int64 // bytes in the run
}

// add adds blank line n of size bytes to the run and returns its size.
func (b *blankRun) add(n int, size int64) int64 {
	if b.size == 0 {
		b.first = n
	}
	b.size += size
	return b.size
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

// json reads JSON holding one article object or an array of them, one
// record at a time: a record above the size limit is skipped, never held.
func (r *reader) json(path, base string, br *bufio.Reader) {
	skipBOM(br)
	s := newJSONScanner(br, r.opt.MaxArticleBytes, 1, 0)
	c, err := s.skipSpace()
	switch {
	case err == io.EOF:
		r.skip(path, 0, "empty article")
		return
	case err != nil:
		r.fail(path, 0, readMsg(err))
		return
	case c == '{':
		line, start := s.line, s.off
		v, size, err := s.value()
		if err == nil {
			err = s.end()
		}
		switch {
		case err != nil:
			r.fail(path, s.line, scanMsg(err))
		case v == nil:
			r.fail(path, 0, sizeMsg(size, r.opt.MaxArticleBytes))
		default:
			r.recordChecked(path, base, 0, line, start, v, "")
		}
		return
	case c != '[':
		r.fail(path, s.line, "malformed JSON: want an object or an array of objects")
		return
	}
	s.readByte() // the "["
	if c, err := s.skipSpace(); err == nil && c == ']' {
		s.readByte()
		if err := s.end(); err != nil {
			r.fail(path, s.line, scanMsg(err))
		}
		return
	}
	for i := 1; !r.stopped; i++ {
		if _, err := s.skipSpace(); err != nil {
			r.fail(path, s.line, fmt.Sprintf("record %d: %s", i, scanMsg(err)))
			return
		}
		line, start := s.line, s.off
		v, size, err := s.value()
		prefix := fmt.Sprintf("record %d: ", i)
		switch {
		case err != nil:
			r.fail(path, s.line, prefix+scanMsg(err))
			return
		case v == nil:
			r.fail(path, line, prefix+sizeMsg(size, r.opt.MaxArticleBytes))
		default:
			r.recordChecked(path, fmt.Sprintf("%s-%d", base, i), i, line, start, v, prefix)
		}
		more, err := s.afterElement()
		if err != nil {
			r.fail(path, s.line, scanMsg(err))
			return
		}
		if !more {
			break
		}
	}
	if !r.stopped {
		if err := s.end(); err != nil {
			r.fail(path, s.line, scanMsg(err))
		}
	}
}

// stdinObjects reads standard input that starts with "{": one JSON object
// (which may span lines), or JSONL, one object a line.
func (r *reader) stdinObjects(path string, br *bufio.Reader) {
	max := r.opt.MaxArticleBytes
	var rec []byte
	bom := skipBOM(br)
	s := newJSONScanner(br, max, 1, 0)
	s.rec, s.recMax = &rec, int(min(max, 1<<30))+sniffLen
	s.skipSpace()
	line, start := s.line, s.off
	v, size, err := s.value()
	if err != nil && err != errJSONEOF {
		r.fail(path, s.line, readMsg(err))
		return
	}
	if err == nil {
		if _, err := s.skipSpace(); err == io.EOF {
			if v == nil {
				r.fail(path, 0, sizeMsg(size, max))
				return
			}
			r.recordChecked(path, "stdin", 0, line, start+int64(len(bom)), v, "")
			return
		}
	}
	// More follows: JSONL, read from the start again.
	r.jsonl(path, "stdin", io.MultiReader(bytes.NewReader(bom), bytes.NewReader(rec), br))
}

// skipBOM drops a UTF-8 byte order mark at the start of br and returns it.
func skipBOM(br *bufio.Reader) []byte {
	if b, _ := br.Peek(3); bytes.Equal(b, []byte("\uFEFF")) {
		br.Discard(3)
		return []byte("\uFEFF")
	}
	return nil
}

// scanMsg words an error of the JSON scanner or of reading.
func scanMsg(err error) string {
	if strings.HasPrefix(err.Error(), "malformed JSON") {
		return err.Error()
	}
	return readMsg(err)
}

// recordChecked emits the JSON record raw, which starts at byte offset
// start of the content, when it is UTF-8 text; prefix starts any error
// message ("record 2: ").
func (r *reader) recordChecked(path, defID string, rec, line int, start int64, raw []byte, prefix string) {
	if i := invalidUTF8At(raw); i >= 0 {
		r.fail(path, line, fmt.Sprintf("%snot UTF-8 text (byte offset %d)", prefix, start+int64(i)))
		return
	}
	r.record(path, defID, rec, line, raw)
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
	r.apply(path, r.parse(path, defID, rec, line, raw))
}

// parsed is what one JSON record gives: an article, or the line and
// message of why it gives none (skip tells a skipped record from a
// broken one).
type parsed struct {
	a    *Article
	line int
	msg  string
	skip bool
}

// apply emits a parsed record, or reports why it gives no article.
func (r *reader) apply(path string, p parsed) {
	switch {
	case p.a != nil:
		r.emit(p.a)
	case p.skip:
		r.skip(path, p.line, p.msg)
	default:
		r.fail(path, p.line, p.msg)
	}
}

// parse reads one JSON record (see record). It only reads r's settings,
// so records may be parsed side by side.
func (r *reader) parse(path, defID string, rec, line int, raw []byte) parsed {
	var in record
	if err := json.Unmarshal(raw, &in); err != nil {
		var se *json.SyntaxError
		msg := jsonMsg(err)
		if errors.As(err, &se) {
			if rec == line {
				msg = fmt.Sprintf("malformed JSON at column %d: %s", se.Offset, strings.TrimPrefix(err.Error(), "json: "))
			} else {
				line += bytes.Count(raw[:min(int(se.Offset), len(raw))], []byte("\n"))
			}
		}
		return parsed{line: line, msg: msg}
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
	c := cleaner{a: a, v: r.vocab}
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
		return parsed{line: line, msg: "empty article", skip: true}
	}
	// The text's own lines are not lines of the file: point at the record,
	// with columns counted in Text; Src stays in the text field.
	for i := range a.Lines {
		a.Lines[i].Line, a.Lines[i].Col = line, 1+a.Lines[i].Offset
	}
	a.Hash = hashOf(a)
	return parsed{a: a}
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
