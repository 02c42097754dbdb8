package claims

import (
	"math"
	"testing"
)

// TestCounts checks count claims: units, intervals, and figures that must
// not become counts.
func TestCounts(t *testing.T) {
	x := testExtractor(t)
	inf := math.Inf(1)
	type cnt struct {
		unit     string
		min, max float64
	}
	cases := []struct {
		text string
		want []cnt
	}{
		{"Early Saturday, Pakistan hit back after three of its air bases came under Indian attack.", []cnt{{"air base", 3, 3}}},
		{"Pakistan’s sweeping retaliatory action targeted multiple Indian bases , including a missile storage facility in northern India.", []cnt{{"indian base", 2, inf}}},
		{"Pakistan has shut down its airspace following explosions at multiple air bases, and continues to claim it is responding.", []cnt{{"air base", 2, inf}}},
		{"School leaders handed out more than 600 Chrome Books to 8th graders county wide.", []cnt{{"chrome book", 601, inf}}},
		{"One house on Hollow Road in Huntsville is the scene of two shootings in two months, one of them fatal.", []cnt{{"shooting", 2, 2}}},
		{"Police said the gunman fired 15 shots.", []cnt{{"shot", 15, 15}}},
		{"Militants launched over 200 rockets.", []cnt{{"rocket", 201, inf}}},
		// Not counts.
		{"He served 26 years in prison and was No. 1 on the list, with 45% of the vote and 2 percent of the seats.", nil},
		{"The shooting happened about 3:10 a.m. in the 300 block of North Street on April 22, 2014.", nil},
		{"Five people were injured in a shooting.", nil},
		{"A 25-year-old man died.", nil},
		{"Call (847) 289-2646 with information.", nil},
		{"Some people and one house were hit.", nil},
	}
	for _, c := range cases {
		var got []Claim
		for _, cl := range extractText(t, x, "t", c.text) {
			if cl.Kind == Count {
				got = append(got, cl)
			}
		}
		if len(got) != len(c.want) {
			var gs []string
			for _, g := range got {
				gs = append(gs, g.Value.Unit+" "+g.Value.Number.String())
			}
			t.Errorf("%q: got %q, want %d counts", c.text, gs, len(c.want))
			continue
		}
		for i, w := range c.want {
			v := got[i].Value
			if v.Unit != w.unit || v.Number.Min != w.min || v.Number.Max != w.max {
				t.Errorf("%q: got %q %v, want %q [%v, %v]", c.text, v.Unit, v.Number, w.unit, w.min, w.max)
			}
			if got[i].Subject.Key != "count:"+w.unit || got[i].Rule != "count" {
				t.Errorf("%q: subject %q rule %q", c.text, got[i].Subject.Key, got[i].Rule)
			}
		}
	}
}
