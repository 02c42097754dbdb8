package claims

import (
	"math"
	"testing"
)

// tollOfText reads the toll of a one-article text.
func tollOfText(t *testing.T, x *Extractor, text string) Toll {
	t.Helper()
	cs := casualtiesOf(t, x, text)
	ps := make([]*Claim, len(cs))
	for i := range cs {
		ps[i] = &cs[i]
	}
	return TollOf(ps)
}

// TestTollOf checks tolls read from several sentences: people counted one
// by one, further victims, hit figures broken down, partitives, roundups.
func TestTollOf(t *testing.T) {
	x := testExtractor(t)
	inf := math.Inf(1)
	type fig struct{ lo, hi, face float64 }
	cases := []struct {
		name, text      string
		killed, injured *fig
	}{
		{"an approximate total at face value",
			"About 40 people were killed when shells struck a market in the port town on Monday, officials said.",
			&fig{36, 44, 40}, nil},
		{"a named victim also killed",
			"One man was killed and three others were wounded in a shooting on Elm Street on Sunday. Marcus Reed, 31, was also killed, police said.",
			&fig{2, inf, 2}, &fig{3, 3, 3}},
		{"hit, some fatally",
			"Six people were shot outside a bar on Friday, two of them fatally.",
			&fig{2, 2, 2}, &fig{4, 4, 4}},
		{"a partitive whole",
			"A teenager, one of four people hit by gunfire at a party, has died.",
			&fig{1, 4, 1}, &fig{0, 3, 3}}, // the others' fate is left unsaid
		{"others beside a person counted",
			"A shooting at a park left a 40-year-old man critically injured. Police said the man was listed in serious condition. Two others were hurt.",
			&fig{0, inf, 0}, &fig{3, 3, 3}},
		{"a graze wound and a shot relative",
			"Gunfire erupted at a graduation cookout on Friday. Officers said a woman, 23, was shot in her foot. Her cousin sustained a graze wound to one arm.",
			nil, &fig{1, inf, 2}},
		{"two coordinated people",
			"A gunman opened fire in a parking lot. His wife and her sister suffered minor injuries, police said.",
			nil, &fig{2, inf, 2}},
		{"a total beside victims named one by one",
			"A man wounded in a stabbing at a bus stop on Friday has died, raising the death toll in the attack to three. Jordan Pike, 30, was stabbed and killed. Lena Ortiz, 19, was also killed.",
			&fig{3, 3, 3}, nil},
		{"the injuries exist",
			"Two people were wounded in a shooting downtown. None of the injuries were life-threatening, police said.",
			nil, &fig{2, 2, 2}},
	}
	for _, c := range cases {
		tl := tollOfText(t, x, c.text)
		for _, st := range []struct {
			name string
			want *fig
			got  TollFigure
		}{{"killed", c.killed, tl.Killed}, {"injured", c.injured, tl.Injured}} {
			if st.want == nil {
				if st.got.Stated && st.got.Face > 0 {
					t.Errorf("%s: %s stated %+v, want nothing", c.name, st.name, st.got)
				}
				continue
			}
			if st.got.Lo != st.want.lo || st.got.Hi != st.want.hi || st.got.Face != st.want.face {
				t.Errorf("%s: %s [%v, %v] face %v, want [%v, %v] face %v", c.name, st.name, st.got.Lo, st.got.Hi, st.got.Face, st.want.lo, st.want.hi, st.want.face)
			}
		}
	}
}

// TestTollRoundupAndAgents checks what gives no toll: a total over several
// incidents, and a person who killed rather than was killed.
func TestTollRoundupAndAgents(t *testing.T) {
	x := testExtractor(t)
	tl := tollOfText(t, x, "Eleven people were wounded in shootings across the city over the weekend. A man was killed in one of them.")
	if tl.Killed.Stated || tl.Injured.Stated || tl.Hit.Stated {
		t.Errorf("roundup: got a toll %+v", tl)
	}
	for _, c := range casualtiesOf(t, x, "A shooting on Oak Street left one dead. Police said Tom Baker killed his neighbor before fleeing.") {
		if ct := c.Value.Counting; ct != nil && ct.Person == "Tom Baker" {
			t.Errorf("the agent was counted as a victim: %q", c.Text)
		}
	}
}
