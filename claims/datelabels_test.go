package claims

import (
	"os"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/rules"
)

// TestDateLabelsFromRulebook checks that what marks a page's own date
// comes from the rulebook: a label before a colon, a verb of the page's
// history, a time zone on a date line; a layer's own label counts too.
func TestDateLabelsFromRulebook(t *testing.T) {
	pageDate := func(x *Extractor, text string) bool {
		a := &article.Article{ID: "a", Text: text, Published: time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)}
		for _, c := range x.Extract(a) {
			if c.Kind == Date && c.Subject.Event == "publication" {
				return true
			}
		}
		return false
	}
	x := testExtractor(t)
	for _, text := range []string{
		"Updated: May 30, 2025\n\nThe bridge reopened to traffic after repairs, officials said.",
		"Posted in Metro News on Friday, May 30, 2025\n\nThe bridge reopened to traffic after repairs, officials said.",
		"May 30, 2025 4:15 p.m. EDT\n\nThe bridge reopened to traffic after repairs, officials said.",
	} {
		if !pageDate(x, text) {
			t.Errorf("%q: the page's date is not read as such", text)
		}
	}
	revised := "Revised: May 30, 2025\n\nThe bridge reopened to traffic after repairs, officials said."
	if pageDate(x, revised) {
		t.Fatalf("%q: a label the rulebook does not give marks the page's date", revised)
	}
	data, err := os.ReadFile("../rules.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var rb rules.Rulebook
	if err := yaml.Unmarshal(data, &rb); err != nil {
		t.Fatal(err)
	}
	rb.Lexicons.DateLabels = append(rb.Lexicons.DateLabels, "revised")
	desk, err := New(&rb)
	if err != nil {
		t.Fatal(err)
	}
	if !pageDate(desk, revised) {
		t.Errorf("%q: a layer's date label does not mark the page's date", revised)
	}
}
