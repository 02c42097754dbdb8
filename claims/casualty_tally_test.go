package claims

import "testing"

// A period's tally, another incident's figure and a superseded report are
// marked so that no toll counts them; the figures of a sentence's own
// incident before a participial tally clause stay the incident's.
func TestCasualtyTallies(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		name, text string
		want       map[float64]string // figure's lower bound -> Counting.Earlier
	}{
		{"a participial tally after the toll",
			"Five soldiers died on Monday, bringing to 20 the number of soldiers who have been killed.",
			map[float64]string{5: ""}},
		{"a toll before a tally clause",
			"At least 31 people were killed in the market, pushing the death toll above 400 since the war began.",
			map[float64]string{31: ""}},
		{"a span of days",
			"More than 300 people have been killed so far in the nine days of the siege, and around 900 have been wounded.",
			map[float64]string{301: Tally, 810: Tally}},
		{"a tally cue",
			"Four people have been shot dead in the city so far this month.",
			map[float64]string{4: Tally}},
		{"another incident",
			"In a separate attack, four people were wounded near the port.",
			map[float64]string{4: OtherEvent}},
		{"other victims are no other incident",
			"A man was killed and two other people were shot outside a bar.",
			map[float64]string{1: "", 2: ""}},
		{"a figure said earlier",
			"The agency said earlier that it had counted 20 dead.",
			map[float64]string{20: EarlierReport}},
	}
	for _, tc := range cases {
		got := map[float64]string{}
		for _, c := range extractText(t, x, "a", tc.text) {
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
