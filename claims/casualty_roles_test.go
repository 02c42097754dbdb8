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

// TestCasualtyWordIsNotItsOwnEvent checks that a casualty word that is an
// event word too ("killing") tells the toll of the other event its
// sentence names.
func TestCasualtyWordIsNotItsOwnEvent(t *testing.T) {
	x := testExtractor(t)
	cases := []struct{ text, key string }{
		{"A landslide buried part of the hamlet on Sunday, killing seven people.", "event:disaster"},
		{"The bombing of the depot on Sunday left two guards dead, killing a driver too.", "event:attack"},
	}
	for _, c := range cases {
		got := casualtiesOf(t, x, c.text)
		if len(got) == 0 {
			t.Errorf("%q: no casualty claim", c.text)
			continue
		}
		if got[0].Subject.Key != c.key {
			t.Errorf("%q: subject %q, want %q", c.text, got[0].Subject.Key, c.key)
		}
	}
}

// TestRisenToll checks that a toll said to have grown to its figure is
// marked risen, and one that merely stands at it is not.
func TestRisenToll(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		text  string
		risen bool
	}{
		{"The death toll from the flooding has climbed to 14, the ministry said.", true},
		{"Rescuers pulled two more bodies from the mud, bringing the death toll to nine.", true},
		{"The death toll stands at 14, the ministry said.", false},
	}
	for _, c := range cases {
		got := casualtiesOf(t, x, c.text)
		if len(got) == 0 {
			t.Errorf("%q: no casualty claim", c.text)
			continue
		}
		last := got[len(got)-1]
		if r := last.Value.Counting != nil && last.Value.Counting.Risen; r != c.risen {
			t.Errorf("%q: %q risen %v, want %v", c.text, last.Text, r, c.risen)
		}
	}
}

// TestPerpetratorAmongTheHurt checks that a share clause naming the
// perpetrator belongs to the casualty word before it: "one was killed and
// four were hurt, including the gunman" counts the gunman among the hurt,
// and the dead stay his victims.
func TestPerpetratorAmongTheHurt(t *testing.T) {
	x := testExtractor(t)
	got := casualtiesOf(t, x, "Police said one man was killed and three others were wounded, including the shooter, outside the arena.")
	var killed, hurt *Claim
	for i := range got {
		switch got[i].Value.Status {
		case "killed":
			killed = &got[i]
		case "injured":
			hurt = &got[i]
		}
	}
	if killed == nil || hurt == nil {
		t.Fatalf("want a killed and an injured claim, got %+v", got)
	}
	if killed.Value.Counting != nil && killed.Value.Counting.Perpetrator {
		t.Errorf("the dead man is counted as the perpetrator")
	}
	perp := false
	for _, g := range hurt.Value.Victims {
		perp = perp || g.Category == "suspect" && g.Share == ShareIncluding
	}
	if !perp {
		t.Errorf("the wounded do not include the shooter: %+v", hurt.Value.Victims)
	}
}

// TestOnePersonAndOthersIsATotal checks that a person listed with a
// figure of several ("a guard and two others") makes a total, not one
// person counted.
func TestOnePersonAndOthersIsATotal(t *testing.T) {
	x := testExtractor(t)
	tl := tollOfText(t, x, "The man is accused of wounding a security guard and two others outside a nightclub.")
	if tl.Injured.Lo != 3 || tl.Injured.Hi != 3 {
		t.Errorf("injured [%v, %v], want exactly 3", tl.Injured.Lo, tl.Injured.Hi)
	}
}
