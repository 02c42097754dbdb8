package article

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// write creates a file under dir with content and returns its path.
func write(t *testing.T, dir, name string, content []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func gz(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Write(data)
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func ids(arts []*Article) []string {
	var out []string
	for _, a := range arts {
		out = append(out, a.ID)
	}
	return out
}

func TestReadDirectoryOrderAndFormats(t *testing.T) {
	arts, errs := Read([]string{"testdata/tree"}, Options{Vocabulary: testVocabulary})
	if errs != nil {
		t.Fatalf("errors: %v", errs)
	}
	// Sorted by path: b.txt < sub/a.md < sub/c.jsonl < z.jsonl.gz;
	// notes.csv and the hidden directory are skipped.
	want := []string{"b", "a", "r1", "c-2", "g1", "g2"}
	if got := ids(arts); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("ids = %v, want %v", got, want)
	}
	b, md, r1, c2 := arts[0], arts[1], arts[2], arts[3]
	if b.Title != "Second Article About Budgets" || b.Place != "LONDON" || b.Text != "The council approved the budget on Monday." {
		t.Errorf("b.txt = %+v", b)
	}
	if md.Title != "Markdown Headline Here" || md.Place != "NEW DELHI" {
		t.Errorf("a.md title/place = %q/%q", md.Title, md.Place)
	}
	if want := "The ministry said 12 people were hurt.\n\nOfficials gave no further details."; md.Text != want {
		t.Errorf("a.md text = %q, want %q", md.Text, want)
	}
	if r1.Title != "One" || r1.Source != "Wire" || r1.Record != 1 || !r1.Published.Equal(time.Date(2015, 1, 4, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("r1 = %+v", r1)
	}
	if c2.Source != "Daily" || c2.Record != 2 || c2.Text != "Second record text." {
		t.Errorf("c-2 = %+v", c2)
	}
	if len(c2.Lines) != 1 || c2.Lines[0] != (LineStart{Offset: 0, Line: 2, Col: 1}) {
		t.Errorf("c-2 Lines = %v, want the record's line", c2.Lines)
	}
	for _, a := range arts {
		if len(a.Hash) != 64 {
			t.Errorf("%s: hash %q", a.ID, a.Hash)
		}
	}
}

func TestExplicitUnknownExtensionIsText(t *testing.T) {
	arts, errs := Read([]string{"testdata/tree/notes.csv"}, Options{Vocabulary: testVocabulary})
	if errs != nil || len(arts) != 1 || arts[0].ID != "notes" || arts[0].Text != "not an article" {
		t.Fatalf("got %v, %v", arts, errs)
	}
}

func TestJSONLMalformedLineInMiddle(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "feed.jsonl", []byte(`{"id":"a","text":"Alpha text."}
{"id": "b", "text": oops}

{"text":"Gamma text."}
`))
	arts, errs := Read([]string{p}, Options{Vocabulary: testVocabulary})
	if got := ids(arts); strings.Join(got, ",") != "a,feed-4" {
		t.Fatalf("ids = %v", got)
	}
	if len(errs) != 1 || errs[0].Line != 2 || errs[0].Path != p || !strings.Contains(errs[0].Msg, "malformed JSON") {
		t.Fatalf("errs = %v", errs)
	}
	if !strings.HasPrefix(errs.Error(), p+":2: malformed JSON") {
		t.Errorf("error line = %q", errs.Error())
	}
}

func TestJSONArrayAndObject(t *testing.T) {
	dir := t.TempDir()
	arr := write(t, dir, "list.json", []byte("[\n {\"title\":\"T1\",\"body\":\"Body one.\",\"url\":\"http://x/1\"},\n {\"id\":7,\"text\":\"Body two.\",\"date\":\"May 10, 2025\"}\n]\n"))
	obj := write(t, dir, "one.json", []byte(`{"title":"Solo","text":"Only body."}`))
	bad := write(t, dir, "bad.json", []byte("[\n {\"text\":\"ok.\"},\n {\"text\": }\n]"))
	arts, errs := Read([]string{arr, obj, bad}, Options{Vocabulary: testVocabulary})
	if got := strings.Join(ids(arts), ","); got != "list-1,7,one,bad-1" {
		t.Fatalf("ids = %s", got)
	}
	if arts[0].URL != "http://x/1" || arts[0].Text != "Body one." || arts[0].Record != 1 || arts[0].Lines[0].Line != 2 {
		t.Errorf("list-1 = %+v", arts[0])
	}
	if arts[1].Record != 2 || arts[1].Published.Format("2006-01-02") != "2025-05-10" {
		t.Errorf("7 = %+v", arts[1])
	}
	if arts[2].Record != 0 || arts[2].Title != "Solo" {
		t.Errorf("one = %+v", arts[2])
	}
	if len(errs) != 1 || errs[0].Path != bad || errs[0].Line != 3 {
		t.Errorf("errs = %v", errs)
	}
}

func TestGzip(t *testing.T) {
	dir := t.TempDir()
	txt := write(t, dir, "story.txt.gz", gz(t, []byte("Headline Of The Gzipped Story\nThe body of it.\n")))
	// Gzip detected by magic bytes whatever the name.
	magic := write(t, dir, "plain.txt", gz(t, []byte("Just a line of text.")))
	broken := write(t, dir, "broken.jsonl.gz", gz(t, []byte(`{"text":"x"}`+"\n"))[:15])
	notgz := write(t, dir, "fake.txt.gz", []byte("plain text"))
	arts, errs := Read([]string{txt, magic, broken, notgz}, Options{Vocabulary: testVocabulary})
	if got := strings.Join(ids(arts), ","); got != "story,plain" {
		t.Fatalf("ids = %s", got)
	}
	if arts[0].Title != "Headline Of The Gzipped Story" || arts[0].Text != "The body of it." {
		t.Errorf("story = %+v", arts[0])
	}
	if len(errs) != 2 {
		t.Fatalf("errs = %v", errs)
	}
	for _, e := range errs {
		if !strings.Contains(e.Msg, "gzip") {
			t.Errorf("error %v does not mention gzip", e)
		}
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	big := bytes.Repeat([]byte("Words of a long article. "), 50)
	cases := []struct {
		name    string
		content []byte
		opt     Options
		want    string // substring of the error message
		line    int
	}{
		{"bin.txt", []byte("ELF\x00\x01\x02binary"), Options{Vocabulary: testVocabulary}, "binary file", 0},
		{"ctrl.txt", bytes.Repeat([]byte{1, 2, 3, 4, 'a'}, 100), Options{Vocabulary: testVocabulary}, "binary file", 0},
		{"latin1.txt", []byte("Caf\xe9 opened on Main Street today.\n"), Options{Vocabulary: testVocabulary}, "not UTF-8 text (byte offset 3)", 0},
		{"empty.txt", []byte("\n\n  \n"), Options{Vocabulary: testVocabulary}, "empty article", 0},
		{"boiler.txt", []byte("Advertisement\n\nShare this\n\nGoogle Ads | Google Ads | Google Ads\n"), Options{Vocabulary: testVocabulary}, "empty article", 0},
		{"big.txt", big, Options{Vocabulary: testVocabulary, MaxArticleBytes: 1000}, "article is 1250 bytes, above the 1000 bytes limit", 0},
		{"big.jsonl", []byte(`{"text":"ok."}` + "\n" + `{"text":"` + string(big) + `"}` + "\n"), Options{Vocabulary: testVocabulary, MaxArticleBytes: 1000}, "above the 1000 bytes limit", 2},
		{"bad8.jsonl", []byte(`{"text":"ok."}` + "\n" + "{\"text\":\"caf\xe9\"}\n"), Options{Vocabulary: testVocabulary}, "not UTF-8 text (byte offset 27)", 2},
		{"empty.html", []byte("<html><head><title>T</title><script>x()</script></head><body><nav>Home</nav></body></html>"), Options{Vocabulary: testVocabulary}, "no article text", 0},
		{"emptyrec.jsonl", []byte(`{"id":"x","text":"  "}` + "\n"), Options{Vocabulary: testVocabulary}, "empty article", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := write(t, dir, c.name, c.content)
			_, errs := Read([]string{p}, c.opt)
			if len(errs) != 1 {
				t.Fatalf("errs = %v", errs)
			}
			e := errs[0]
			if e.Path != p || e.Line != c.line || !strings.Contains(e.Msg, c.want) {
				t.Errorf("got %q, want %s:%d: ...%s", e.Error(), p, c.line, c.want)
			}
			if strings.Contains(e.Error(), "\n") {
				t.Errorf("error is not one line: %q", e.Error())
			}
		})
	}
}

func TestDefaultLimitMessage(t *testing.T) {
	p := write(t, t.TempDir(), "huge.txt", bytes.Repeat([]byte("a b c d e f g.\n"), 9<<20/15))
	_, errs := Read([]string{p}, Options{Vocabulary: testVocabulary})
	if len(errs) != 1 || errs[0].Msg != "article is 9.0 MiB, above the 8 MiB limit" {
		t.Fatalf("errs = %v", errs)
	}
}

func TestMissingAndUnreadableKeepGoing(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.txt", []byte("A good article body.\n"))
	missing := filepath.Join(dir, "missing.txt")
	arts, errs := Read([]string{missing, good, filepath.Join(dir, "nodir")}, Options{Vocabulary: testVocabulary})
	if len(arts) != 1 || arts[0].ID != "good" {
		t.Fatalf("arts = %v", ids(arts))
	}
	if len(errs) != 2 || errs[0].Path != missing || errs[0].Msg != "no such file or directory" {
		t.Fatalf("errs = %v", errs)
	}
	if errs.Err() == nil || ErrorList(nil).Err() != nil {
		t.Error("Err() wrong")
	}
}

func TestErrorsSortedByPathThenLine(t *testing.T) {
	dir := t.TempDir()
	b := write(t, dir, "b.jsonl", []byte("x\n{\"text\":\"ok.\"}\ny\n"))
	a := write(t, dir, "a.txt", []byte{0, 1})
	_, errs := Read([]string{b, a}, Options{Vocabulary: testVocabulary})
	var got []string
	for _, e := range errs {
		got = append(got, e.Error()[len(dir)+1:])
	}
	want := "a.txt: binary file|b.jsonl:1: malformed JSON"
	if g := strings.Join(got, "|"); !strings.HasPrefix(g, want) || len(errs) != 3 || errs[2].Line != 3 {
		t.Errorf("errors = %q", g)
	}
}

func TestStdin(t *testing.T) {
	cases := []struct {
		in, wantID, wantText string
	}{
		{"Stdin Headline Goes Here\nBody from standard input.\n", "stdin", "Body from standard input."},
		{`{"text":"One."}` + "\n" + `{"text":"Two."}`, "stdin-1", "One."},
		{`[{"text":"Arr."}]`, "stdin-1", "Arr."},
		{"{\n \"id\": \"obj\",\n \"text\": \"Pretty object.\"\n}\n", "obj", "Pretty object."},
		{"<html><body><p>From HTML.</p></body></html>", "stdin", "From HTML."},
	}
	for _, c := range cases {
		arts, errs := Read([]string{"-"}, Options{Vocabulary: testVocabulary, Stdin: strings.NewReader(c.in)})
		if errs != nil || len(arts) == 0 {
			t.Errorf("%q: %v", c.in, errs)
			continue
		}
		if arts[0].ID != c.wantID || arts[0].Text != c.wantText || arts[0].Path != "-" {
			t.Errorf("%q: got %s %q", c.in, arts[0].ID, arts[0].Text)
		}
	}
	_, errs := Read([]string{"-"}, Options{Vocabulary: testVocabulary})
	if len(errs) != 1 || errs[0].Path != "-" {
		t.Errorf("nil Stdin: %v", errs)
	}
}

func TestStreamStopsOnCallbackError(t *testing.T) {
	stop := errors.New("enough")
	n := 0
	errs := Stream([]string{"testdata/tree"}, Options{Vocabulary: testVocabulary}, func(a *Article) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if n != 2 || len(errs) != 1 || errs[0].Msg != "enough" {
		t.Fatalf("n=%d errs=%v", n, errs)
	}
}

func TestIDs(t *testing.T) {
	for in, want := range map[string]string{
		"dir/x.jsonl.gz": "x", "000_a.txt": "000_a", "a/b/page.html": "page", "noext": "noext", "x.TXT.GZ": "x", "dir/.gz": ".gz",
	} {
		if got := baseID(in); got != want {
			t.Errorf("baseID(%q) = %q, want %q", in, got, want)
		}
	}
}
