package claims

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/newsdesk/crosscheck/article"
)

// TestWindows checks that windows cover the text exactly, in order, each
// within the size and ending at a paragraph break when there is one.
func TestWindows(t *testing.T) {
	text := strings.Repeat("One short paragraph here.\n\n", 40) + strings.Repeat("x", 300) + " tail"
	ws := windows(text, 100)
	at := 0
	for i, w := range ws {
		if w.start != at || w.end <= w.start || w.end-w.start > 100 {
			t.Fatalf("window %d = %+v after %d", i, w, at)
		}
		if w.end < 40*27 && !strings.HasSuffix(text[:w.end], "\n\n") {
			t.Errorf("window %d ends mid-paragraph: %q", i, text[w.start:w.end])
		}
		at = w.end
	}
	if at != len(text) {
		t.Fatalf("windows end at %d of %d", at, len(text))
	}
	if ws := windows("short", 100); len(ws) != 1 || ws[0] != (textWindow{0, 5}) {
		t.Errorf("short text: %+v", ws)
	}
}

// TestWindowedExtraction checks that an article read in windows gives the
// claims it gives in one pass, names learnt early still resolving later.
func TestWindowedExtraction(t *testing.T) {
	x := testExtractor(t)
	var b strings.Builder
	b.WriteString("Interior Minister Jane Okafor visited the flooded district on Monday.\n\n")
	for i := 0; b.Len() < 40000; i++ {
		fmt.Fprintf(&b, "Floods in the valley killed %d people and destroyed %d homes, officials said on Tuesday (report %d).\n\n", 10+i%7, 200+i, i)
		fmt.Fprintf(&b, "Okafor said relief convoys would reach %d villages by Friday.\n\n", 3+i%5)
	}
	a := &article.Article{ID: "w", Text: b.String()}
	whole := x.extract(a, len(a.Text))
	windowed := x.extract(a, 4096)
	if len(whole) == 0 {
		t.Fatal("no claims")
	}
	if !reflect.DeepEqual(whole, windowed) {
		n := min(len(whole), len(windowed))
		for i := 0; i < n; i++ {
			if !reflect.DeepEqual(whole[i], windowed[i]) {
				t.Fatalf("%d claims whole, %d windowed; first difference at %d:\n%+v\n%+v", len(whole), len(windowed), i, whole[i], windowed[i])
			}
		}
		t.Fatalf("%d claims whole, %d windowed", len(whole), len(windowed))
	}
}

// TestPronounRun checks a long run of quotations each given to "he" with
// no one named: every one is read, its speaker unresolved. Each pronoun
// once resolved every earlier one again, which took exponential time (20
// quotes 1.5 s, 40 beyond any time limit).
func TestPronounRun(t *testing.T) {
	x := testExtractor(t)
	var b strings.Builder
	for i := 0; i < 60; i++ {
		fmt.Fprintf(&b, "“The convoy will reach the valley by day %d,” he said.\n\n", i)
	}
	n := 0
	for _, c := range x.Extract(&article.Article{ID: "p", Text: b.String()}) {
		if c.Kind == Quote {
			n++
			if c.Value.Quote.Speaker != "" {
				t.Errorf("quote %q given to %q", c.Text, c.Value.Quote.Speaker)
			}
		}
	}
	if n != 60 {
		t.Errorf("%d quotes, want 60", n)
	}
}
