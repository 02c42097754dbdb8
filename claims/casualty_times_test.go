package claims

import (
	"testing"
	"time"

	"github.com/newsdesk/crosscheck/article"
)

// TestCasualtyOtherTimes checks that a figure whose sentence dates its
// event by a month or a year weeks before the article's incident is an
// earlier event's, while one of the incident's own time, or of a later
// time (a victim who died weeks later), stays the incident's.
func TestCasualtyOtherTimes(t *testing.T) {
	x := testExtractor(t)
	jan := time.Date(2021, 1, 20, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, text string
		published  time.Time
		want       map[float64]string // figure's lower bound -> Counting.Earlier
	}{
		{"a month before, no publication date",
			"A strong quake struck the coast on Tuesday, injuring four people. The same coast was hit by a larger quake in March. That tremor killed nine people and injured 70 in March.",
			time.Time{}, map[float64]string{4: "", 9: EarlierEvent, 70: EarlierEvent}},
		{"a month before the publication",
			"A gunman wounded three people at a bar on Monday. In a shooting at the same bar in October, two men were killed.",
			jan, map[float64]string{3: "", 2: EarlierEvent}},
		{"the incident's own month",
			"Detectives charged a 30-year-old with the killing of a cook outside a diner in January. Two other people were injured, detectives said.",
			jan, map[float64]string{2: ""}},
		{"a date of another clause",
			"A sharp tremor rattled Harwick on Tuesday. Officials said two residents died in the tremor, which recalled the tremor that shook Harwick in 2009.",
			time.Time{}, map[float64]string{2: ""}},
		{"a later death",
			"A woman was wounded in a stabbing on the bus on December 2. She died in January, police said.",
			jan, map[float64]string{1: ""}},
	}
	for _, tc := range cases {
		got := map[float64]string{}
		for _, c := range x.Extract(&article.Article{ID: "a", Text: tc.text, Published: tc.published}) {
			if c.Kind != Casualty || c.Value.Number == nil || c.Value.Counting == nil {
				continue
			}
			got[c.Value.Number.Min] = c.Value.Counting.Earlier
		}
		for n, want := range tc.want {
			if e, ok := got[n]; !ok || e != want {
				t.Errorf("%s: figure %v earlier %q (found %v), want %q; all %v", tc.name, n, e, ok, want, got)
			}
		}
	}
}
