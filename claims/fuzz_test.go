package claims

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsdesk/crosscheck/article"
)

// FuzzExtract extracts claims from arbitrary article text and checks that
// every claim points into the text: its span inside its sentence (a
// quotation's start), its text
// the words at its span.
func FuzzExtract(f *testing.F) {
	x := testExtractor(f)
	for _, s := range []string{
		"Floods in the valley killed at least 12 people on Tuesday, officials said.",
		"“We will rebuild,” Interior Minister Jane Okafor said. She added: “Nobody is safe.”",
		"The former prime minister, Ahmed Khan, denied that the group carried out the attack.",
		"More than 1,200 homes were destroyed and twenty-six were hurt, police said on 3 March 2024.",
		"He said ``we 're leaving'' and left. '' `` \" \" “ ”",
	} {
		f.Add(s)
	}
	pub := time.Date(2025, 5, 10, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 4096 {
			return
		}
		a := &article.Article{ID: "f", Text: text, Published: pub}
		for _, c := range x.Extract(a) {
			if c.Span.Start < 0 || c.Span.Start > c.Span.End || c.Span.End > len(text) {
				t.Fatalf("claim %s span %v outside the text", c.ID, c.Span)
			}
			// A quotation may run on past the sentence it starts in.
			if c.Sentence.Start > c.Span.Start || c.Sentence.End > len(text) ||
				c.Kind != Quote && c.Sentence.End < c.Span.End || c.Kind == Quote && c.Sentence.End < c.Span.Start {
				t.Fatalf("claim %s span %v outside its sentence %v", c.ID, c.Span, c.Sentence)
			}
			if c.Text != text[c.Span.Start:c.Span.End] || c.SentenceText != text[c.Sentence.Start:c.Sentence.End] {
				t.Fatalf("claim %s text %q is not the text at its span", c.ID, c.Text)
			}
		}
	})
}
