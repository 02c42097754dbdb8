package claims

import "testing"

// TestVictimsNamedByRole checks that people named by what they do or
// where they were ("farmers", "vendors") are the victims a casualty word
// counts, as "people" would be.
func TestVictimsNamedByRole(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		name, text, status string
		face               float64
	}{
		{"object of a participle", "A rockslide buried the road on Friday, injuring four farmers, the district chief said.", "injured", 4},
		{"left ... wounded", "The explosion near the bus depot left three vendors wounded.", "injured", 3},
		{"left ... dead", "The fire at the bazaar left five shopkeepers dead.", "killed", 5},
		{"subject of a passive", "Seven pilgrims and two drivers were killed when the coach overturned.", "killed", 9},
	}
	for _, c := range cases {
		tl := tollOfText(t, x, c.text)
		f := map[string]TollFigure{"killed": tl.Killed, "injured": tl.Injured}[c.status]
		if f.Face != c.face {
			t.Errorf("%s: %s face %v, want %v", c.name, c.status, f.Face, c.face)
		}
	}
}
