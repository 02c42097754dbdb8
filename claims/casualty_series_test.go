package claims

import (
	"slices"
	"testing"
)

// TestCasualtySeries checks that an article naming its event as one of a
// series ("a second quake", "the second one to hit") tells of several
// incidents, while victims counted in a series ("a second victim",
// "another man was shot") do not make it so.
func TestCasualtySeries(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct {
		text    string
		several bool
	}{
		{"A magnitude-4.9 quake injured four people on the coast on Tuesday. It was the third one to strike the province this week.", true},
		{"Another earthquake shook the valley on Friday, injuring six people.", true},
		{"A second attack on the market left two people wounded.", true},
		{"A man was killed in a shooting on Birch Road. A second victim was wounded.", false},
		{"Two women were hurt near the pier late on Friday. Another woman was grazed by a bullet.", false},
	} {
		got := false
		for _, cl := range casualtiesOf(t, x, c.text) {
			got = got || slices.Contains(cl.Matched, "casualty:several")
		}
		if got != c.several {
			t.Errorf("%q: several %v, want %v", c.text, got, c.several)
		}
	}
}
