package claims

import (
	"math"
	"testing"
)

// TestParseNumber checks figures, compounds, modifiers and vague words,
// and the contexts that are not quantities.
func TestParseNumber(t *testing.T) {
	x := testExtractor(t)
	inf := math.Inf(1)
	cases := []struct {
		text     string
		min, max float64
		n        int
		ok       bool
	}{
		{"26 people", 26, 26, 1, true},
		{"1,200 troops", 1200, 1200, 1, true},
		{"3.5 tonnes", 3.5, 3.5, 1, true},
		{"twenty-six tourists", 26, 26, 1, true},
		{"twenty six tourists", 26, 26, 2, true},
		{"one hundred and forty-two people", 142, 142, 4, true},
		{"nearly three hundred people", 270, 330, 3, true},
		{"a dozen people", 12, 12, 2, true},
		{"two dozen people", 24, 24, 2, true},
		{"1.2 million people", 1.2e6, 1.2e6, 2, true},
		{"dozens of people", 24, inf, 2, true},
		{"several people", 3, 9, 1, true},
		{"multiple air bases", 2, inf, 1, true},
		{"at least 10 people", 10, inf, 3, true},
		{"more than 600 books", 601, inf, 3, true},
		{"over 200 rockets", 201, inf, 2, true},
		{"up to 40 people", 0, 40, 3, true},
		{"at most 5", 0, 5, 3, true},
		{"less than 10 people", 0, 9, 3, true},
		{"about 100 people", 90, 110, 2, true},
		{"one another", 0, 0, 0, false},
		{"21-Oct-2025", 0, 0, 0, false},
		{"2014 was", 0, 0, 0, false},
		{"12:40 a.m.", 0, 0, 0, false},
		{"3 p.m.", 0, 0, 0, false},
		{"25-year-old man", 0, 0, 0, false},
		{"2000 block of Ben Hur Street", 0, 0, 0, false},
		{"8th graders", 0, 0, 0, false},
		{"45% of", 0, 0, 0, false},
		{"45 percent of", 0, 0, 0, false},
		{"289-2646", 0, 0, 0, false},
		{"first victim", 0, 0, 0, false},
	}
	for _, c := range cases {
		toks := tokenize(c.text, 0)
		iv, n, _, ok := x.parseNumber(toks, 0)
		if ok != c.ok {
			t.Errorf("%q: ok = %v, want %v (got %v)", c.text, ok, c.ok, iv)
			continue
		}
		if !ok {
			continue
		}
		if iv.Min != c.min || iv.Max != c.max || n != c.n {
			t.Errorf("%q: got [%v, %v] over %d tokens, want [%v, %v] over %d", c.text, iv.Min, iv.Max, n, c.min, c.max, c.n)
		}
	}
}

// TestParseNumberContext checks figures refused for what stands before
// them: money, "No.", dates, ages.
func TestParseNumberContext(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		text string
		at   int
	}{
		{"paid $ 200 in cash", 2},
		{"ranked No. 1 in", 3},
		{"on April 22 in", 2},
		{"a man aged 25 was", 3},
		{"call ( 847 ) now", 2},
		{"lives at 1200 Main Street", 2},
		{"no one was hurt", 1},
	}
	for _, c := range cases {
		toks := tokenize(c.text, 0)
		if iv, _, _, ok := x.parseNumber(toks, c.at); ok {
			t.Errorf("%q at %d: got %v, want no quantity", c.text, c.at, iv)
		}
	}
}
