package article

import (
	"strings"
	"testing"
)

func TestHTMLPage(t *testing.T) {
	a := readOne(t, "testdata/page.html")
	if a.Title != "Storm hits coast" || a.Source != "Example News" || a.URL != "https://example.com/storm" || a.Place != "MIAMI" {
		t.Errorf("meta: %+v", a)
	}
	if a.Published.Format("2006-01-02T15:04") != "2024-03-05T08:30" {
		t.Errorf("published %v", a.Published)
	}
	want := "A storm hit the coast on Tuesday, officials said.\n\n" +
		"More than 2,000 homes lost power, the utility said & crews were working overnight.\n\n" +
		`<script>alert("escaped")</script>`
	if a.Text != want {
		t.Errorf("text\n%q\nwant\n%q", a.Text, want)
	}
	for _, bad := range []string{"SCRIPT_SECRET", "INLINE_SCRIPT", "NAV_LINK", "SIDEBAR_TEXT", "FOOTER_TEXT", "color: red", "Share this"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("text contains %q", bad)
		}
	}
	// "working" is on line 16 of the page, after a line break in the source.
	line, col := a.Position(strings.Index(a.Text, "working"))
	if line != 16 || col != 1 {
		t.Errorf("working at %d:%d, want 16:1", line, col)
	}
	line, col = a.Position(strings.Index(a.Text, "More than"))
	if line != 15 || col != 4 {
		t.Errorf("More than at %d:%d, want 15:4", line, col)
	}
}

func TestHTMLCases(t *testing.T) {
	cases := []struct {
		name, in, title, text string
	}{
		{"no article element", `<html><head><title>Page T</title></head><body><nav>Menu here</nav><p>One para.</p><div>Two <b>bold</b>ly.</div></body></html>`,
			"Page T", "One para.\n\nTwo boldly."},
		{"main preferred", `<body><p>Outside.</p><main><p>Inside main.</p></main></body>`, "", "Inside main."},
		{"og title", `<head><meta property="og:title" content="OG &amp; T"></head><body><p>x y.</p></body>`, "OG & T", "x y."},
		{"malformed", `<html><body><p>Unclosed <b>bold <i>text<p>Second</div></span>`, "", "Unclosed bold text\n\nSecond"},
		{"time element", `<article><time datetime="2015-01-04">Jan 4</time><p>Body.</p></article>`, "", "Jan 4\n\nBody."},
		{"pre lines", "<pre>line one\nline two</pre>", "", "line one\n\nline two"},
		{"script in escaped text", `<p>Use &lt;script&gt; tags carefully.</p><script>evil()</script>`, "", "Use <script> tags carefully."},
		{"hidden and aria", `<p>Shown.</p><div hidden>Hidden.</div><span aria-hidden="true">Gone.</span>`, "", "Shown."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := readOne(t, write(t, t.TempDir(), "p.html", []byte(c.in)))
			if a.Title != c.title || a.Text != c.text {
				t.Errorf("title %q text %q", a.Title, a.Text)
			}
		})
	}
}

// TestHTMLHeadlineEntity checks that a character reference in the <h1>
// leaves the body text whole: the tokenizer decodes text in place, and the
// headline's source bytes were once read after that decoding.
func TestHTMLHeadlineEntity(t *testing.T) {
	a := readOne(t, write(t, t.TempDir(), "p.html", []byte(`<html><body><h1>Floods &amp; fires</h1><p>It killed 9 people.</p></body></html>`)))
	if a.Title != "Floods & fires" || a.Text != "It killed 9 people." {
		t.Errorf("title %q text %q", a.Title, a.Text)
	}
}

// TestHTMLStrayEndTags checks that end tags that close nothing, deep
// inside many open elements, neither close them nor lose text.
func TestHTMLStrayEndTags(t *testing.T) {
	page := "<body><article>" + strings.Repeat("<div>", 500) + "<p>It killed 9 people." +
		strings.Repeat("</span>", 500) + " Officials said so.</p>" + strings.Repeat("</div>", 500) + "</article></body>"
	a := readOne(t, write(t, t.TempDir(), "p.html", []byte(page)))
	if a.Text != "It killed 9 people. Officials said so." {
		t.Errorf("text %q", a.Text)
	}
}
