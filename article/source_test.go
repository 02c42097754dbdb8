package article

import (
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readOne writes data to a file named name and reads it as one article.
func readNamed(t *testing.T, name, data string) *Article {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, errs := Read([]string{path}, Options{})
	if errs != nil || len(arts) != 1 {
		t.Fatalf("read %s: %v, %v", name, arts, errs)
	}
	return arts[0]
}

// checkWords asserts that every word of a.Text maps to the same word of
// src (decoded by dec).
func checkWords(t *testing.T, a *Article, src string, dec func(string) string) {
	t.Helper()
	for i := 0; i < len(a.Text); {
		if a.Text[i] == ' ' || a.Text[i] == '\n' {
			i++
			continue
		}
		j := i
		for j < len(a.Text) && a.Text[j] != ' ' && a.Text[j] != '\n' {
			j++
		}
		s, e := a.SourceSpan(i, j)
		if s < 0 || e > len(src) || s > e || dec(src[s:e]) != a.Text[i:j] {
			t.Errorf("word %q at %d-%d maps to %d-%d %q", a.Text[i:j], i, j, s, e, src[max(0, min(s, len(src))):max(0, min(e, len(src)))])
		}
		i = j
	}
}

func same(s string) string { return s }

func TestSourceSpanText(t *testing.T) {
	src := "\uFEFFTitle: A Plain Headline\nDate: 2016-03-04\n\nBy Staff\n\n" +
		"The mayor\u00a0said  \"we   will rebuild\" on Monday.\n\n" +
		"Share this article\n\n" +
		"The mayor\u00a0said  \"we   will rebuild\" on Monday.\n\n" +
		"Officials   counted\u00a0twelve homes.\n"
	a := readNamed(t, "a.txt", src)
	checkWords(t, a, src, same)
	// A range across collapsed white space covers it.
	i := strings.Index(a.Text, `"we will rebuild"`)
	s, e := a.SourceSpan(i, i+len(`"we will rebuild"`))
	if got := src[s:e]; got != `"we   will rebuild"` {
		t.Errorf("quote maps to %q", got)
	}
	// Line and column are unchanged by the source offsets.
	if line, col := a.Position(i); line != 6 || col != 18 {
		t.Errorf("quote at %d:%d, want 6:18", line, col)
	}
}

func TestSourceSpanMarkdown(t *testing.T) {
	src := "# A Markdown Headline Here\n\n> Quoted   words here, said the chair.\n\n---\n\nMore text follows.\n"
	a := readNamed(t, "a.md", src)
	checkWords(t, a, src, same)
}

func TestSourceSpanHTML(t *testing.T) {
	src := "<html><head><title>T</title></head><body><article><h1>The Headline Of It</h1>\n" +
		"<p>The senator said &ldquo;we&rsquo;re   ready&rdquo; &amp; left.</p>\n" +
		"<p>Caf&eacute; owners &#8212;\nand others&nbsp;agreed.</p></article></body></html>"
	a := readNamed(t, "a.html", src)
	checkWords(t, a, src, html.UnescapeString)
	i := strings.Index(a.Text, "“we’re ready”")
	s, e := a.SourceSpan(i, i+len("“we’re ready”"))
	if got := src[s:e]; got != "&ldquo;we&rsquo;re   ready&rdquo;" {
		t.Errorf("quote maps to %q", got)
	}
}

func TestSourceSpanJSON(t *testing.T) {
	text := "First  paragraph\u00a0here.\n\nDisclaimer: none.\n\nFirst  paragraph\u00a0here.\n\nSecond one, with \"marks\"."
	src := `{"id": "r", "title": "A Record Headline", "text": "First  paragraph\u00a0here.\n\nDisclaimer: none.\n\nFirst  paragraph\u00a0here.\n\nSecond one, with \"marks\"."}` + "\n"
	a := readNamed(t, "a.jsonl", src)
	// Offsets are bytes of the text field's value.
	checkWords(t, a, text, same)
	if line, col := a.Position(0); line != 1 || col != 1 {
		t.Errorf("record at %d:%d, want 1:1", line, col)
	}
}
