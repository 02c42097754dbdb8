package claims

import (
	"math"
	"testing"
)

// TestTollParts checks figures that count only some of the victims or
// stand beside others: partitives, conditions, ordinals, others beside a
// figure of another status or beside victims not counted, lists of people.
func TestTollParts(t *testing.T) {
	x := testExtractor(t)
	inf := math.Inf(1)
	cases := []struct {
		name, text, status string
		lo, hi, face       float64
		open               string
	}{
		{"a partitive", "Police said one of the men killed in the ambush was a 30-year-old father.", "killed", 1, inf, 1, PartPartitive},
		{"a condition", "Two women remain hospitalized after a shooting on Pine Street.", "injured", 2, inf, 2, PartCondition},
		{"an ordinal", "A shooting broke out near the river. A third victim was also struck by gunfire, police said.", "shot", 3, inf, 3, PartOrdinal},
		{"others beside a death", "A man was killed and two other people were shot outside a bar on Main Street.", "shot", 3, 3, 3, ""},
		{"others beside a death, injured", "A man was killed and two other people were shot outside a bar on Main Street.", "injured", 0, 2, 2, ""}, // a man counted one by one may not be all the dead
		{"others beside nobody counted", "Police found a man lying in the street after the shooting. Four others were wounded.", "injured", 4, inf, 4, OpenOthers},
		{"a list of people", "The gunfire wounded three adults, a 6-year-old girl and her father.", "injured", 5, 5, 5, ""},
		{"a family", "A family of four, including two children, was found shot dead in their house on Monday.", "killed", 4, 4, 4, ""},
		{"taken into care", "A shooting broke out at a party. Both teens were taken to a local hospital.", "shot", 2, inf, 2, PartCondition},
		{"a reduced relative", "A gunman opened fire at a bus stop. A teenager wounded in the shooting has died, police said.", "killed", 1, inf, 1, ""},
		{"a coordinated clause is no reduced relative", "Three women died and a man was wounded when gunfire broke out at a wedding.", "killed", 3, 3, 3, ""},
		{"victims at one place", "Three people were stabbed at a rail depot on Sunday. One died at the scene.", "killed", 1, inf, 1, PartPlace},
		{"ages are no figure", "Four men between the ages of 19 and 45 were shot near a gas station.", "shot", 4, 4, 4, ""},
		{"a set broken down", "Eight people were shot at a cookout, two of them fatally.", "killed", 2, 2, 2, ""},
	}
	for _, c := range cases {
		tl := tollOfText(t, x, c.text)
		f := map[string]TollFigure{"killed": tl.Killed, "injured": tl.Injured, "shot": tl.Hit}[c.status]
		if f.Lo != c.lo || f.Hi != c.hi || f.Face != c.face || f.Open != c.open {
			t.Errorf("%s: %s [%v, %v] face %v open %q, want [%v, %v] face %v open %q", c.name, c.status, f.Lo, f.Hi, f.Face, f.Open, c.lo, c.hi, c.face, c.open)
		}
	}
}

// TestTollEllipsis checks that a bare figure after a comma counts some of
// a larger set named before it, while figures of other statuses are a list.
func TestTollEllipsis(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct {
		text, want string
	}{
		{"Eight victims were found at the scene, one critically injured.", PartEllipsis},
		{"Three people were killed, two injured in the crash on Route 9.", ""},
	} {
		got := ""
		for _, cl := range casualtiesOf(t, x, c.text) {
			if ct := cl.Value.Counting; ct != nil && ct.Part == PartEllipsis {
				got = ct.Part
			}
		}
		if got != c.want {
			t.Errorf("%q: part %q, want %q", c.text, got, c.want)
		}
	}
}

// TestTollNotTheStory checks what is not the story's current toll: an
// earlier event, a superseded figure, a tally since a time, a figure of a
// mother's children, a figure that did the killing; and that a
// perpetrator's own death marks the toll.
func TestTollNotTheStory(t *testing.T) {
	x := testExtractor(t)
	for _, text := range []string{
		"A gunman opened fire at the fair. Two years earlier, a gunman killed nine people at a church in the same town.",
		"The last major flood to strike the valley was in 2009. It killed 40 people.",
		"A shooting was reported downtown. In initial reports, police said three people had died.",
		"Since midnight Friday, 14 people have been shot, police said.",
		"A boy was hurt at a pool. Nationwide, about 300 children are injured in such accidents each year.",
	} {
		tl := tollOfText(t, x, text)
		for _, f := range []TollFigure{tl.Killed, tl.Injured, tl.Hit} {
			if f.Stated && f.Face > 0 && !math.IsInf(f.Hi, 1) {
				t.Errorf("%q: a toll %+v", text, f)
			}
		}
	}
	tl := tollOfText(t, x, "A mother of two was killed in a shooting on the interstate.")
	if tl.Killed.Face != 1 {
		t.Errorf("mother of two: killed face %v, want 1", tl.Killed.Face)
	}
	for _, c := range casualtiesOf(t, x, "A shooting shook the block. A 30-year-old man shot and killed his neighbor on Monday.") {
		if ct := c.Value.Counting; ct != nil && ct.Person == "man" {
			t.Errorf("the agent counted as a victim: %q", c.Text)
		}
	}
	tl = tollOfText(t, x, "A gunman killed three people at an office before taking his own life.")
	if !tl.Perpetrator || tl.Killed.Face != 3 {
		t.Errorf("perpetrator: %+v", tl)
	}
}
