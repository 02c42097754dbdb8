package article

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"
)

// fillReader yields prefix, then n copies of fill, then suffix, without
// holding them: a large input that costs no memory to make.
type fillReader struct {
	prefix, suffix string
	fill           byte
	n              int64
	pos            int64
}

func (f *fillReader) Read(p []byte) (int, error) {
	total := int64(len(f.prefix)) + f.n + int64(len(f.suffix))
	if f.pos >= total {
		return 0, io.EOF
	}
	k := 0
	for k < len(p) && f.pos < total {
		switch {
		case f.pos < int64(len(f.prefix)):
			p[k] = f.prefix[f.pos]
		case f.pos < int64(len(f.prefix))+f.n:
			p[k] = f.fill
		default:
			p[k] = f.suffix[f.pos-int64(len(f.prefix))-f.n]
		}
		k++
		f.pos++
	}
	return k, nil
}

// capReader fails once more than max bytes have been read from it: a
// reader that reads to the end of a huge input, instead of stopping at the
// limit, gets an error.
type capReader struct {
	r    io.Reader
	max  int64
	read int64
}

var errReadTooFar = errors.New("read past the cap")

func (c *capReader) Read(p []byte) (int, error) {
	if c.read > c.max {
		return 0, errReadTooFar
	}
	n, err := c.r.Read(p)
	c.read += int64(n)
	return n, err
}

// gzipFile writes what r yields, gzip'd, under dir as name.
func gzipFile(t *testing.T, dir, name string, r io.Reader) string {
	t.Helper()
	var b bytes.Buffer
	z, _ := gzip.NewWriterLevel(&b, gzip.BestSpeed)
	if _, err := io.Copy(z, r); err != nil {
		t.Fatal(err)
	}
	z.Close()
	return write(t, dir, name, b.Bytes())
}

// allocated returns the bytes allocated while fn ran.
func allocated(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestReadersHoldRecordsToTheLimit feeds every reader one 64 MiB record
// with a 1 MiB limit: each refuses it, and none holds it in memory.
func TestReadersHoldRecordsToTheLimit(t *testing.T) {
	const big = 64 << 20
	const limit = 1 << 20
	dir := t.TempDir()
	good := `{"id":"ok","text":"A short article that fits."}`
	cases := []struct {
		name string
		path func() string
		in   func() io.Reader // standard input, for path "-"
		want string
	}{
		{"array.json.gz", func() string {
			return gzipFile(t, dir, "array.json.gz", &fillReader{prefix: `[{"text":"`, fill: 'a', n: big, suffix: `"},` + good + `]`})
		}, nil, "record 1: article is 64.1 MiB, above the 1 MiB limit"},
		{"object.json.gz", func() string {
			return gzipFile(t, dir, "object.json.gz", &fillReader{prefix: `{"text":"`, fill: 'a', n: big, suffix: `"}`})
		}, nil, "article is 64.1 MiB, above the 1 MiB limit"},
		{"feed.jsonl.gz", func() string {
			return gzipFile(t, dir, "feed.jsonl.gz", &fillReader{prefix: `{"text":"`, fill: 'a', n: big, suffix: "\"}\n" + good + "\n"})
		}, nil, "article is 64.1 MiB, above the 1 MiB limit"},
		{"page.txt.gz", func() string {
			return gzipFile(t, dir, "page.txt.gz", &fillReader{fill: 'a', n: big})
		}, nil, "article is over the 1 MiB limit"},
		{"stdin text", func() string { return "-" },
			func() io.Reader { return &capReader{r: &fillReader{fill: 'a', n: big}, max: 4 * limit} }, "article is over the 1 MiB limit"},
		{"stdin array", func() string { return "-" },
			func() io.Reader {
				return &fillReader{prefix: `[{"text":"`, fill: 'a', n: big, suffix: `"},` + good + `]`}
			}, "record 1: article is 64.1 MiB, above the 1 MiB limit"},
		{"stdin object", func() string { return "-" },
			func() io.Reader { return &fillReader{prefix: `{"text":"`, fill: 'a', n: big, suffix: `"}`} }, "above the 1 MiB limit"},
		{"stdin jsonl", func() string { return "-" },
			func() io.Reader {
				return &fillReader{prefix: good + "\n" + `{"text":"`, fill: 'a', n: big, suffix: "\"}\n" + good + "\n"}
			}, "article is 64.1 MiB, above the 1 MiB limit"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := c.path()
			opt := Options{Vocabulary: testVocabulary, MaxArticleBytes: limit}
			if c.in != nil {
				opt.Stdin = c.in()
			}
			var arts []*Article
			var errs ErrorList
			n := allocated(func() { arts, errs = Read([]string{p}, opt) })
			if len(errs) != 1 || !strings.Contains(errs[0].Msg, c.want) {
				t.Fatalf("errors %v, want one with %q", errs, c.want)
			}
			if n > 16<<20 {
				t.Errorf("allocated %d MiB reading a 64 MiB record with a 1 MiB limit", n>>20)
			}
			for _, a := range arts {
				if a.ID != "ok" && !strings.HasPrefix(a.ID, "stdin-") {
					t.Errorf("article %s read", a.ID)
				}
			}
		})
	}
}

// TestBlankLinesStopEarly checks that a JSONL file padded with more blank
// lines than an article may hold is reported and not read to its end.
func TestBlankLinesStopEarly(t *testing.T) {
	p := gzipFile(t, t.TempDir(), "pad.jsonl.gz", &fillReader{prefix: `{"text":"First."}` + "\n", fill: '\n', n: 64 << 20, suffix: `{"text":"Last."}` + "\n"})
	arts, errs := Read([]string{p}, Options{Vocabulary: testVocabulary, MaxArticleBytes: 1 << 20})
	if len(arts) != 1 || len(errs) != 1 || errs[0].Line != 2 || errs[0].Skipped ||
		errs[0].Msg != "1.1 MiB of blank lines, above the 1 MiB limit of an article; the rest of the file is not read" {
		t.Fatalf("articles %v, errors %v", ids(arts), errs)
	}
}

// TestBinaryStopsAtTheHead checks that 64 MiB of zeros, gzip'd, is
// refused as binary from its first bytes, whatever its extension.
func TestBinaryStopsAtTheHead(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"x.json.gz", "x.jsonl.gz", "x.txt.gz", "x.html.gz"} {
		p := gzipFile(t, dir, name, &fillReader{fill: 0, n: 64 << 20})
		var errs ErrorList
		n := allocated(func() { _, errs = Read([]string{p}, Options{Vocabulary: testVocabulary}) })
		if len(errs) != 1 || errs[0].Msg != "binary file" {
			t.Errorf("%s: %v", name, errs)
		}
		if n > 4<<20 {
			t.Errorf("%s: allocated %d MiB", name, n>>20)
		}
	}
}

// TestJSONWhiteSpaceStopsEarly checks that a JSON file padded with more
// white space than an article may hold is refused without reading it all.
func TestJSONWhiteSpaceStopsEarly(t *testing.T) {
	p := gzipFile(t, t.TempDir(), "pad.json.gz", &fillReader{prefix: "[", fill: ' ', n: 64 << 20, suffix: `{"text":"Late."}]`})
	arts, errs := Read([]string{p}, Options{Vocabulary: testVocabulary, MaxArticleBytes: 1 << 20})
	if len(arts) != 0 || len(errs) != 1 || errs[0].Skipped || !strings.Contains(errs[0].Msg, "more than 1 MiB of white space") {
		t.Fatalf("articles %v, errors %v", ids(arts), errs)
	}
}
