package article

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzLimit is a small article size limit, so that fuzzing reaches the
// limit checks too.
const fuzzLimit = 4096

// readAs reads data as the content of a file named name, as Stream reads
// a file: gzip sniffed from the magic bytes, the format from the name.
func readAs(t *testing.T, name string, data []byte) ([]*Article, ErrorList) {
	var arts []*Article
	r := &reader{opt: Options{MaxArticleBytes: fuzzLimit}, vocab: testVocabulary.compile(), fn: func(a *Article) error {
		arts = append(arts, a)
		return nil
	}}
	f, gzName := formatOf(name)
	in, gz, err := decompress(bufio.NewReader(bytes.NewReader(data)))
	switch {
	case err != nil:
		r.fail(name, 0, err.Error())
	case gzName && !gz:
		r.fail(name, 0, "broken gzip: not gzip data")
	default:
		size := int64(-1)
		if !gz {
			size = int64(len(data))
		}
		r.input(name, baseID(name), f, in, size)
	}
	return arts, r.errs
}

// checkRead checks what a reader returned: articles with text that is
// UTF-8, not empty and mapped back to the source in order; errors on one
// line each.
func checkRead(t *testing.T, arts []*Article, errs ErrorList) {
	t.Helper()
	for _, a := range arts {
		if a.Text == "" || !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
			t.Fatalf("article %q: text %q title %q", a.ID, a.Text, a.Title)
		}
		if a.ID == "" || a.Hash == "" {
			t.Fatalf("article without id or hash: %+v", a)
		}
		for i, l := range a.Lines {
			if l.Offset < 0 || l.Offset > len(a.Text) || l.Line < 1 || l.Col < 1 || i > 0 && l.Offset < a.Lines[i-1].Offset {
				t.Fatalf("article %q: line map %v", a.ID, a.Lines)
			}
		}
		for _, off := range []int{0, len(a.Text) / 2, len(a.Text)} {
			if line, col := a.Position(off); line < 1 || col < 1 {
				t.Fatalf("article %q: offset %d at %d:%d", a.ID, off, line, col)
			}
		}
	}
	for _, e := range errs {
		if strings.Contains(e.Error(), "\n") || e.Msg == "" {
			t.Fatalf("error %q", e.Error())
		}
	}
}

func gzipped(data []byte) []byte {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Write(data)
	z.Close()
	return b.Bytes()
}

func FuzzReadText(f *testing.F) {
	f.Add([]byte("Title: Storm hits coast\nDate: 2024-03-05\n\nMIAMI (AP) — A storm hit the coast.\n\nMore than 2,000 homes lost power.\n"))
	f.Add([]byte("Headline Of The Story\nMarch 5, 2024\n\n  wrapped line one\nwrapped line two\n"))
	f.Add([]byte("# A heading\n\n> quoted\n\n---\n\nBody *text*.\n"))
	f.Add([]byte("Advertisement\n\nShare this\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"a.txt", "a.md"} {
			arts, errs := readAs(t, name, data)
			checkRead(t, arts, errs)
		}
	})
}

func FuzzReadHTML(f *testing.F) {
	f.Add([]byte(`<html><head><title>T</title><meta property="og:site_name" content="Site"></head><body><nav>Menu</nav><article><h1>Head &amp; line</h1><p>One <b>bold</b> para.</p><pre>a
b</pre></article></body></html>`))
	f.Add([]byte("<div><div><p>Unclosed <i>text</span></div>"))
	f.Add([]byte("<script>x</script><p hidden>gone</p><p>kept</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, errs := readAs(t, "a.html", data)
		checkRead(t, arts, errs)
	})
}

func FuzzReadJSON(f *testing.F) {
	f.Add([]byte(`{"id":"x","title":"T","text":"Body text.","date":"2025-05-10","source":{"name":"Wire"}}`))
	f.Add([]byte("[\n {\"text\":\"One.\"},\n {\"body\":\"Two.\",\"date\":1715300000}\n]"))
	f.Add([]byte(`[{"text":"ok"}, {"text": }]`))
	f.Add([]byte(`{"text":"` + strings.Repeat("a", fuzzLimit) + `"}`))
	f.Add([]byte("\uFEFF[]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, errs := readAs(t, "a.json", data)
		checkRead(t, arts, errs)
	})
}

func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte("{\"id\":\"a\",\"text\":\"Alpha.\"}\n\n{\"text\":\"Beta.\"}\r\n{bad}\n"))
	f.Add([]byte("{\"text\":\"caf\xe9\"}\n"))
	f.Add([]byte("\n\n\n\n{\"text\":\"late.\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, errs := readAs(t, "a.jsonl", data)
		checkRead(t, arts, errs)
	})
}

func FuzzReadGzip(f *testing.F) {
	f.Add(gzipped([]byte("Headline Of The Gzipped Story\nThe body of it.\n")), "a.txt.gz")
	f.Add(gzipped([]byte("{\"text\":\"x\"}\n")), "a.jsonl.gz")
	f.Add(gzipped([]byte(`[{"text":"x"}]`))[:15], "a.json.gz")
	f.Add([]byte("plain text"), "a.html.gz")
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		if _, gz := formatOf(name); !gz {
			name += ".gz"
		}
		arts, errs := readAs(t, name, data)
		checkRead(t, arts, errs)
	})
}

// FuzzStdin reads data as standard input, whose format is sniffed.
func FuzzStdin(f *testing.F) {
	f.Add([]byte("{\n \"id\": \"obj\",\n \"text\": \"Pretty object.\"\n}\n"))
	f.Add([]byte("{\"text\":\"One.\"}\n{\"text\":\"Two.\"}"))
	f.Add([]byte("<p>From HTML.</p>"))
	f.Add([]byte("[{\"text\":\"Arr.\"}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, errs := Read([]string{"-"}, Options{Vocabulary: testVocabulary, MaxArticleBytes: fuzzLimit, Stdin: bytes.NewReader(data)})
		checkRead(t, arts, errs)
	})
}
