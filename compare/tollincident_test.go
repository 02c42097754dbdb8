package compare_test

import (
	"strings"
	"testing"
)

// Reports of one shelling that tell of other incidents too: the school's
// toll disagrees loudly when the cited sentences name the school alike
// (one name, spelt with a letter more or less, and the site noun; or the
// site by "the school" after an opening that names it), while a figure of
// an unmarked other scene (the Tarnow camp's 16 injured), or of the whole
// war, is no loud finding.
func TestTollsOfOneIncidentAmongSeveral(t *testing.T) {
	a := "Shells hit a school in the Khorvasi camp on Monday, where hundreds had sought shelter. " +
		"Some 30 people were killed at the school in the Khorvasi camp, a UN official said. " +
		"In a separate attack, seven aid workers were injured near the port. " +
		"The three men who were killed there were brothers. " +
		"The agency said earlier that it had counted 20 dead."
	b := "Shells struck a crowded school in the Khorvassi camp on Monday. " +
		"At least 43 people were killed and 60 wounded in the school, pushing the death toll above 600 since the war began. " +
		"Two people were killed when a shell hit a clinic in Belmar. " +
		"Shelling of houses in the Tarnow camp left at least five dead and 16 injured."
	c := "Shells hit a school in the Khorvasi camp on Monday. " +
		"The attack on the school in the Khorvasi camp also wounded around 100 people. " +
		"More than 600 people have been killed since the war began, and around 3,000 have been wounded."
	r := checkPieces(t,
		piece{"a", "", "Shelling of school kills 30", a},
		piece{"b", "", "Shelling of school kills 43", b},
		piece{"c", "", "Shelling of school", c},
	)
	var loud []string
	for _, f := range r.Findings {
		if f.Kind == "casualty" && f.Severity != "info" {
			loud = append(loud, f.Message)
		}
	}
	want := []string{"how many were injured: 60 (b", "how many were killed: 30 (a"}
	if len(loud) != len(want) {
		t.Fatalf("want loud findings of the school's injured and killed alone, got %q", loud)
	}
	for i, w := range want {
		if !strings.Contains(loud[i], w) {
			t.Errorf("loud finding %d: %q, want one on %q", i, loud[i], w)
		}
	}
}

// An article that tells of several incidents and gives its injured only
// for another scene than the other report's: info, the doubt said.
func TestTollOfAnotherScene(t *testing.T) {
	d := "Shells hit a school in the Khorvasi camp on Monday, killing 40 people. " +
		"In a separate attack, three people died in Belmar. " +
		"Shelling of houses in the Tarnow camp left at least five dead and 16 injured."
	c := "Shells hit a school in the Khorvasi camp on Monday, killing 40 people. " +
		"The attack on the crowded school also wounded around 100 people."
	r := checkPieces(t,
		piece{"d", "", "Shelling of school kills 40", d},
		piece{"c", "", "Shelling of school kills 40", c},
	)
	seen := false
	for _, f := range r.Findings {
		if f.Kind != "casualty" {
			continue
		}
		if f.Severity != "info" {
			t.Errorf("another scene's injured set against the school's: %s %s", f.Severity, f.Message)
		}
		seen = seen || strings.Contains(f.Message, "tells of several incidents")
	}
	if !seen {
		t.Errorf("want an info finding saying the article tells of several incidents, got %+v", r.Findings)
	}
}

// A page's own web address above its text writes the places of its
// headline in lower case ("... / quake - kills - five - in - varnok -
// sestria"): the slug is no evidence that the words are common words, so
// the reports still name their incident alike and disagree loudly.
func TestTollNamesBesideASlug(t *testing.T) {
	a := "http : / / news . example . org / quake - kills - five - in - varnok - sestria\n" +
		"An earthquake struck the Varnok valley in northern Sestria on Monday, killing five people, Governor Adel Marsh said."
	b := "http : / / www . example . net / world / varnok - sestria - quake\n" +
		"An earthquake in the Varnok valley of northern Sestria killed eight people on Monday, the Red Crescent said."
	r := checkPieces(t,
		piece{"a", "", "Earthquake kills five in Sestria", a},
		piece{"b", "", "Earthquake in Sestria kills eight", b},
	)
	for _, f := range r.Findings {
		if f.Kind == "casualty" && strings.Contains(f.Message, "killed") {
			if f.Severity == "info" {
				t.Errorf("want a loud finding of 5 vs 8 killed, got info: %s", f.Message)
			}
			return
		}
	}
	t.Errorf("want a finding of 5 vs 8 killed, got %+v", r.Findings)
}

// Undated reports of one flood, one giving a lower toll and the other a
// toll that rose to a higher figure: the risen toll is the later report,
// an update, not a mismatch.
func TestRisenTollIsAnUpdate(t *testing.T) {
	a := "A flash flood swept through the Varnok valley in northern Sestria on Monday, killing six people, Governor Adel Marsh said."
	b := "Rescuers found more bodies in the Varnok valley of northern Sestria on Tuesday, bringing the death toll from Monday's flood to 13, Governor Adel Marsh said."
	r := checkPieces(t,
		piece{"a", "", "Flood kills six in Sestria", a},
		piece{"b", "", "Sestria flood toll rises", b},
	)
	for _, f := range r.Findings {
		if f.Kind == "casualty" && strings.Contains(f.Message, "killed") {
			if f.Rule != "casualty-count-update" {
				t.Errorf("want casualty-count-update, got %s %s: %s", f.Severity, f.Rule, f.Message)
			}
			return
		}
	}
	t.Errorf("want an update of 6 to 13 killed, got %+v", r.Findings)
}

// Reports of one shooting a day apart: three wounded against four, one of
// them telling that the four included the gunman. The difference is a
// guess, its doubt the perpetrator counted among the hurt.
func TestInjuredOneApartWithTheShooterHurt(t *testing.T) {
	a := "Shots rang out near the Lakeview arena in Dunmore late on Friday. A man died and four more people were hurt, including the gunman, police in Dunmore said."
	b := "Shots rang out near the Lakeview arena in Dunmore late on Friday. A man died and three more people were hurt, police in Dunmore said."
	r := checkPieces(t,
		piece{"a", "2024-05-03", "One dead, four hurt in Dunmore arena shooting", a},
		piece{"b", "2024-05-04", "One dead, three hurt in Dunmore arena shooting", b},
	)
	for _, f := range r.Findings {
		if f.Kind == "casualty" && strings.Contains(f.Message, "injured") {
			if f.Severity != "info" || !strings.Contains(f.Message, "perpetrator hurt") {
				t.Errorf("want info with the perpetrator's doubt, got %s %s: %s", f.Severity, f.Rule, f.Message)
			}
			return
		}
	}
	t.Errorf("want a finding of 3 vs 4 injured, got %+v", r.Findings)
}
