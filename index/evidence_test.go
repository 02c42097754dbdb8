package index

import "testing"

// Two reports of different shootings on one day that share only a given
// name (two men called Kevin), an age, or words that the reports also
// write in lower case (a station's "Weather" and "Sports" menu) are two
// stories: none of these says which event a report is about.
func TestWeakSharedNamesAreNoEvidence(t *testing.T) {
	cases := []struct{ name, a, b string }{
		{"given name",
			"Kevin Vasquez was wounded by gunfire in Pellston on Friday.",
			"Kevin Okafor was wounded by gunfire in Carrow on Friday."},
		{"given name and age",
			"Kevin Vasquez, 17, was wounded by gunfire in Pellston on Friday.",
			"Kevin Okafor, 17, was wounded by gunfire in Carrow on Friday."},
		{"common words",
			"News Weather Sports\n\nA man was wounded by gunfire in Pellston on Friday; the weather was cold and the sports bar shut.",
			"News Weather Sports\n\nA man was wounded by gunfire in Carrow on Friday; the weather was wet and the sports field empty."},
	}
	for _, c := range cases {
		a := dated("a", "", c.a, 100)
		b := dated("b", "", c.b, 100)
		wantStories(t, 2, c.name, a, b)
	}
}

// In a small batch a place and the kind of event count as one report's
// evidence only when one of the two leads with the place: two reports of
// different shootings that both name the hospital further down share a
// name and a kind of event, and are two stories.
func TestKindOfEventNeedsThePlaceInALead(t *testing.T) {
	a := dated("a", "Man wounded on Fenwick Road",
		"A man was shot and wounded on Fenwick Road early Sunday after an argument outside a convenience store, sheriff's deputies said in a statement on Sunday afternoon.\n\n"+
			"Witnesses heard four shots. The man was taken to Ardmore Memorial, where he was in stable condition.", 100)
	b := dated("b", "Teen shot at bus stop",
		"A teenager was shot at a bus stop on Quill Street on Sunday afternoon while he waited with two friends for a ride home, police said in a statement.\n\n"+
			"A neighbour drove the boy to Ardmore Memorial. No arrest has been made.", 100)
	wantStories(t, 2, "hospital further down", a, b)
	b = dated("b", "Deputies seek Fenwick Road gunman",
		"Deputies are looking for the gunman who wounded a man on Fenwick Road on Sunday after an argument outside a convenience store, the sheriff said on Monday.\n\n"+
			"A neighbour said she heard the shots.", 100)
	wantStories(t, 1, "the place in both leads", a, b)
}

// The lead is the headline and the opening paragraphs up to leadWords
// words; its names are found whatever their case.
func TestLeadKeys(t *testing.T) {
	kr := testKeys(t)
	a := dated("a", "Two Hurt In Quill Street Shooting",
		"Updated 7:25 PM\n\nTwo men were hurt when shots were fired near a market, the Ardmore police said on Sunday evening after a long night.\n\n"+
			"One of them, Kevin Barbee, was taken to Saint Olave Hospital from Quill Street.", 100).Article
	k := kr.analyse(a)
	for _, want := range []string{"quill street", "ardmore"} {
		if !containsSorted(k.lead, want) {
			t.Errorf("lead %v lacks %q", k.lead, want)
		}
	}
	if containsSorted(k.lead, "kevin barbee") {
		t.Errorf("lead %v holds a name of the third paragraph", k.lead)
	}
}

// Two reports of different shootings that share only names of their
// edges (the tip line and the credit every story of the region carries,
// the station's menu after the headline) are two stories.
func TestNamesOfTheEdgesAreNoEvidence(t *testing.T) {
	tip := "\n\nTips may be left with Harbor County Crime Stoppers at 555-0100. Callers can stay anonymous.\n\nThe Lakeshore Wire contributed to this report."
	bodyA := "A woman was wounded by gunfire in Pellston on Friday.\n\nMedics said her wound was not grave.\n\nDeputies did not say what led to the shooting."
	bodyB := "A man was wounded by gunfire in Carrow on Friday.\n\nHe drove himself to an urgent care clinic.\n\nNo arrest has been made."
	a := dated("a", "", bodyA+tip, 100)
	b := dated("b", "", bodyB+tip, 100)
	wantStories(t, 2, "tip line only", a, b)
	kr := testKeys(t)
	k := kr.analyse(a.Article)
	for _, want := range []string{"harbor county crime stoppers", "lakeshore wire"} {
		if !containsSorted(k.edge, want) {
			t.Errorf("edges %v lack %q", k.edge, want)
		}
	}
	if containsSorted(k.edge, "pellston") {
		t.Errorf("edges %v hold a name of the lead", k.edge)
	}
	a = dated("a", "Woman wounded by gunfire outside her home in Pellston - KXYZ.com-Lakeshore News, Traffic & Sports", bodyA, 100)
	b = dated("b", "Man wounded by gunfire outside his home in Carrow - KXYZ.com-Lakeshore News, Traffic & Sports", bodyB, 100)
	wantStories(t, 2, "the station's menu only", a, b)
}

// A full report that shares only two names with the rest of its batch is
// no brief: the share of its weighted names another report holds says
// nothing when most of what it names is its own.
func TestBriefNamesLittleInAll(t *testing.T) {
	s := &storyState{g: defaultGrouping}
	long := &vec{k: []string{"brantford", "dunmore", "keller", "saint olave"}, w: []float64{1, 1, 1, 1}, norm: 4, names: 30}
	brief := &vec{k: []string{"brantford", "saint olave"}, w: []float64{1, 1}, norm: 2, names: 3}
	if sim, _ := s.similarity(brief, long); sim != 1 {
		t.Errorf("brief: similarity %v, want 1", sim)
	}
	full := &vec{k: brief.k, w: brief.w, norm: brief.norm, names: 20}
	if sim, cos := s.similarity(full, long); sim != cos {
		t.Errorf("full report: similarity %v, want the cosine %v", sim, cos)
	}
}

// A word two reports share only inside different longer names ("Jackson
// Memorial Hospital", "Stonewall Jackson Middle School") names two things;
// in a variant of one name ("Kevin L. Barbee", "Kevin Barbee"), beside
// generic words or a given name only ("Jackson County", "Linda Barbee",
// "Kevin Barbee": one family) or alone it names one.
func TestWordOfDifferentNames(t *testing.T) {
	s := &storyState{g: defaultGrouping, kr: testKeys(t), v: &view{n: 10}}
	ma := &docMeta{keys: []string{"jackson", "jackson memorial hospital", "memorial"}}
	mb := &docMeta{keys: []string{"jackson", "stonewall", "stonewall jackson middle school"}}
	if !s.weakName(ma, mb, "jackson") {
		t.Error("a word of two different names is evidence in a small batch")
	}
	cases := []struct {
		a, b []string
		w    string
		want bool
	}{
		{[]string{"jackson", "jackson memorial hospital", "memorial"}, []string{"jackson", "stonewall", "stonewall jackson middle school"}, "jackson", true},
		{[]string{"barbee", "kevin", "kevin l barbee"}, []string{"barbee", "kevin", "kevin barbee"}, "barbee", false},
		{[]string{"jackson", "jackson memorial hospital", "memorial"}, []string{"jackson", "jackson county"}, "jackson", false},
		{[]string{"jackson", "jackson memorial hospital", "memorial"}, []string{"jackson"}, "jackson", false},
		{[]string{"barbee", "kevin", "kevin barbee"}, []string{"barbee", "linda", "linda barbee"}, "barbee", false},
	}
	for _, c := range cases {
		if got := s.apart(c.a, c.b, c.w); got != c.want {
			t.Errorf("apart(%v, %v, %q) = %v, want %v", c.a, c.b, c.w, got, c.want)
		}
	}
}
