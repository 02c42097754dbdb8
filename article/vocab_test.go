package article

import "testing"

// testVocabulary is a small vocabulary of news pages for the tests, in the
// manner of the rulebook's lexicons.
var testVocabulary = &Vocabulary{
	Boilerplate:      []string{"Advertisement", "Share this", "Reuter"},
	DatelineLabels:   []string{"BREAKING", "Editor's note"},
	FurnitureClasses: []string{"sidebar", "Newsletter"},
}

// TestVocabulary checks that reading drops what the vocabulary names, and
// keeps it without one.
func TestVocabulary(t *testing.T) {
	v := testVocabulary.compile()
	for _, s := range []string{"Advertisement", "advertisement.", "SHARE THIS:", "Reuter"} {
		if !v.isBoilerplate(s) {
			t.Errorf("%q is not boilerplate", s)
		}
	}
	if v.isBoilerplate("Share this article") {
		t.Error("a phrase it does not list is boilerplate")
	}
	if place, n := v.dateline("EDITOR'S NOTE: This story was updated."); n != 0 {
		t.Errorf("a label is the place %q", place)
	}
	if place, _ := v.dateline("MIAMI (AP) — A storm hit."); place != "MIAMI" {
		t.Errorf("place %q", place)
	}
	if !v.furniture(map[string]string{"class": "main newsletter"}) || v.furniture(map[string]string{"class": "story"}) {
		t.Error("furniture classes")
	}
	var none *vocab
	if none.isBoilerplate("Advertisement") || none.furniture(map[string]string{"class": "sidebar"}) {
		t.Error("no vocabulary knows words")
	}
	if place, _ := none.dateline("BREAKING: Ministers met."); place != "BREAKING" {
		t.Errorf("without labels, place %q", place)
	}
}
