package article

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// DefaultMaxArticleBytes is the per-article size limit when
// Options.MaxArticleBytes is 0.
const DefaultMaxArticleBytes = 8 << 20

// Options control reading.
type Options struct {
	// MaxArticleBytes is the per-article limit; default 8 MiB. Larger
	// articles are refused with an error. For JSON and JSONL it applies to
	// each record, for other formats to the whole (uncompressed) file.
	MaxArticleBytes int64
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Vocabulary tells page furniture from article text; without it no
	// boilerplate phrase, dateline label or furniture class is known.
	Vocabulary *Vocabulary
}

// Read reads every article under paths: files, directories (recursively,
// article files only) and "-" for Options.Stdin. It never stops at the
// first bad input: every readable article is returned, in order, and every
// problem is an *Error in the ErrorList (nil when none), sorted by path
// then line.
func Read(paths []string, opt Options) ([]*Article, ErrorList) {
	var arts []*Article
	errs := Stream(paths, opt, func(a *Article) error {
		arts = append(arts, a)
		return nil
	})
	return arts, errs
}

// Stream is Read without holding all articles: fn is called for each
// article in order. A non-nil error from fn stops reading; it is reported
// in the ErrorList as an Error at the article that fn refused.
func Stream(paths []string, opt Options, fn func(*Article) error) ErrorList {
	if opt.MaxArticleBytes <= 0 {
		opt.MaxArticleBytes = DefaultMaxArticleBytes
	}
	r := &reader{opt: opt, fn: fn, vocab: opt.Vocabulary.compile()}
	for _, p := range paths {
		if r.stopped {
			break
		}
		r.path(p)
	}
	if len(r.errs) == 0 {
		return nil
	}
	r.errs.Sort()
	return r.errs
}

// format is the kind of content a file holds.
type format int

const (
	formatNone format = iota // not an article file
	formatText
	formatMarkdown
	formatHTML
	formatJSON
	formatJSONL
)

// formats maps file extensions to formats.
var formats = map[string]format{
	".txt": formatText, ".text": formatText,
	".md": formatMarkdown, ".markdown": formatMarkdown,
	".html": formatHTML, ".htm": formatHTML, ".xhtml": formatHTML,
	".json":  formatJSON,
	".jsonl": formatJSONL, ".ndjson": formatJSONL,
}

// formatOf returns the format a file name announces and whether it ends in
// ".gz". Unknown extensions give formatNone.
func formatOf(name string) (format, bool) {
	lower := strings.ToLower(name)
	gz := strings.HasSuffix(lower, ".gz")
	lower = strings.TrimSuffix(lower, ".gz")
	return formats[filepath.Ext(lower)], gz
}

// baseID returns a file's name without directory and extensions:
// "dir/x.jsonl.gz" gives "x", "000_a.txt" gives "000_a".
func baseID(path string) string {
	name := filepath.Base(path)
	if strings.HasSuffix(strings.ToLower(name), ".gz") {
		name = name[:len(name)-3]
	}
	if ext := filepath.Ext(name); ext != "" && ext != name {
		name = strings.TrimSuffix(name, ext)
	}
	if name == "" {
		// A file named ".gz": its whole name, not an empty id.
		return filepath.Base(path)
	}
	return name
}

// reader holds the state of one Stream call.
type reader struct {
	opt       Options
	vocab     *vocab
	fn        func(*Article) error
	errs      ErrorList
	stopped   bool
	stdinRead bool
}

// fail records a problem with path at line.
func (r *reader) fail(path string, line int, msg string) { r.errs.Add(path, line, msg) }

// skip records that path at line holds no article and is skipped.
func (r *reader) skip(path string, line int, msg string) {
	r.errs = append(r.errs, &Error{Path: path, Line: line, Msg: msg, Skipped: true})
}

// emit finishes a and hands it to fn.
func (r *reader) emit(a *Article) {
	if a.Hash == "" {
		a.Hash = hashOf(a)
	}
	if err := r.fn(a); err != nil {
		r.fail(a.Path, a.Record, err.Error())
		r.stopped = true
	}
}

// hashOf returns the hex SHA-256 of a's ID, Title, Published and Text.
func hashOf(a *Article) string {
	h := sha256.New()
	pub := ""
	if !a.Published.IsZero() {
		pub = a.Published.UTC().Format(time.RFC3339Nano)
	}
	for _, s := range []string{a.ID, a.Title, pub} {
		io.WriteString(h, s)
		h.Write([]byte{0})
	}
	io.WriteString(h, a.Text)
	return hex.EncodeToString(h.Sum(nil))
}

// path reads one command-line path.
func (r *reader) path(p string) {
	if p == "-" {
		r.stdin()
		return
	}
	fi, err := os.Stat(p)
	if err != nil {
		r.fail(p, 0, ioMsg(err))
		return
	}
	if fi.IsDir() {
		r.dir(p)
		return
	}
	r.file(p, fi)
}

// ioMsg words a file system error without repeating the path.
func ioMsg(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

// dir reads every article file under root, in sorted path order.
func (r *reader) dir(root string) {
	var files []string
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			r.fail(p, 0, ioMsg(err))
			return nil
		}
		if d.IsDir() || strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() && p != root && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if f, _ := formatOf(p); f != formatNone {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	for _, p := range files {
		if r.stopped {
			return
		}
		fi, err := os.Stat(p)
		if err != nil {
			r.fail(p, 0, ioMsg(err))
			continue
		}
		if fi.Mode().IsRegular() {
			r.file(p, fi)
		}
	}
}

// file reads one file. A file whose extension is not an article format is
// read as plain text.
func (r *reader) file(path string, fi fs.FileInfo) {
	f, err := os.Open(path)
	if err != nil {
		r.fail(path, 0, ioMsg(err))
		return
	}
	defer f.Close()
	fmtOf, gzName := formatOf(path)
	if fmtOf == formatNone {
		fmtOf = formatText
	}
	in, gz, err := decompress(bufio.NewReaderSize(f, 64<<10))
	if err != nil {
		r.fail(path, 0, err.Error())
		return
	}
	if gzName && !gz {
		r.fail(path, 0, "broken gzip: not gzip data")
		return
	}
	size := int64(-1)
	if !gz {
		size = fi.Size()
	}
	r.input(path, baseID(path), fmtOf, in, size)
}

// decompress returns in itself, or a gzip reader over it when it starts
// with the gzip magic bytes.
func decompress(in *bufio.Reader) (io.Reader, bool, error) {
	magic, _ := in.Peek(2)
	if len(magic) < 2 || magic[0] != 0x1f || magic[1] != 0x8b {
		return in, false, nil
	}
	z, err := gzip.NewReader(in)
	if err != nil {
		return nil, true, errors.New("broken gzip: " + err.Error())
	}
	return z, true, nil
}

// input reads articles of format f from in. size is the content's length
// when known, else -1. Nothing is read past the article size limit: JSON
// and JSONL are cut into records as they are read, each held to the limit,
// and other formats stop at the limit.
func (r *reader) input(path, id string, f format, in io.Reader, size int64) {
	max := r.opt.MaxArticleBytes
	br := bufio.NewReaderSize(in, 64<<10)
	if head, err := br.Peek(sniffLen); isBinary(head) {
		r.fail(path, 0, "binary file")
		return
	} else if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		r.fail(path, 0, readMsg(err))
		return
	}
	switch f {
	case formatJSONL:
		r.jsonl(path, id, br)
		return
	case formatJSON:
		r.json(path, id, br)
		return
	}
	if size > max {
		r.fail(path, 0, sizeMsg(size, max))
		return
	}
	data, err := readLimited(br, max)
	if err != nil {
		r.fail(path, 0, readMsg(err))
		return
	}
	if data == nil {
		r.fail(path, 0, overMsg(max))
		return
	}
	r.data(path, id, f, data)
}

// data reads one article of format f (text, Markdown or HTML) from the
// whole content data.
func (r *reader) data(path, id string, f format, data []byte) {
	if msg := checkText(data, 0); msg != "" {
		r.fail(path, 0, msg)
		return
	}
	bom := len(data)
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	bom -= len(data)
	a := &Article{ID: id, Path: path}
	if f == formatHTML {
		if !fromHTML(a, data, r.vocab) {
			r.skip(path, 0, "no article text")
			return
		}
		shiftSource(a, bom)
		r.emit(a)
		return
	}
	text := string(data)
	c := cleaner{a: a, v: r.vocab, src: newSourceLines(text, 1)}
	if !c.clean(splitLines(text, 1), f == formatMarkdown, true) {
		r.skip(path, 0, "empty article")
		return
	}
	shiftSource(a, bom)
	r.emit(a)
}

// shiftSource moves a's source offsets by n bytes, the length of a
// byte-order mark read before the text.
func shiftSource(a *Article, n int) {
	for i := range a.Lines {
		a.Lines[i].Src += n
	}
}

// readLimited reads all of in when it holds at most max bytes, and
// otherwise stops after max+1 bytes and returns nil data.
func readLimited(in io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(in, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, nil
	}
	return data, nil
}

// readMsg words an error met while reading content.
func readMsg(err error) string {
	if errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) ||
		errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(err.Error(), "flate") {
		return "broken gzip: " + err.Error()
	}
	return ioMsg(err)
}

// stdin reads Options.Stdin once and sniffs its format: JSON or JSONL when
// it starts with "{" or "[", HTML with "<", else text.
func (r *reader) stdin() {
	const path = "-"
	if r.stdinRead {
		r.fail(path, 0, "standard input named more than once")
		return
	}
	r.stdinRead = true
	if r.opt.Stdin == nil {
		r.fail(path, 0, "no standard input")
		return
	}
	in, _, err := decompress(bufio.NewReader(r.opt.Stdin))
	if err != nil {
		r.fail(path, 0, err.Error())
		return
	}
	br := bufio.NewReaderSize(in, 64<<10)
	head, _ := br.Peek(sniffLen)
	f := formatText
	t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\uFEFF")), " \t\r\n")
	switch {
	case len(t) == 0:
	case t[0] == '[':
		f = formatJSON
	case t[0] == '{':
		r.stdinObjects(path, br)
		return
	case t[0] == '<':
		f = formatHTML
	}
	r.input(path, "stdin", f, br, -1)
}
