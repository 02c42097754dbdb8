package claims

import "testing"

// TestAcronymDefinedInText checks that an acronym written in parentheses
// after a name names that party later in the article, and that a short
// alias in a line written in capitals is no name.
func TestAcronymDefinedInText(t *testing.T) {
	x := testExtractor(t)
	cls := extractText(t, x, "a", "The Northern Hills Brigade (NHB) has grown in the valley. Police said the bombing at the depot in Harl was carried out by NHB supporters.")
	found := false
	for _, c := range cls {
		if c.Kind == Attribution {
			found = true
			if got := c.Value.Attribution.Actor; got != "Northern Hills Brigade" {
				t.Errorf("actor %q, want the acronym's full name", got)
			}
		}
	}
	if !found {
		t.Errorf("no attribution: %v", cls)
	}
	toks := tokenize("WHAT IS AHEAD FOR HARL", 0)
	if entityCaseOK(toks, 1, 1) {
		t.Errorf("a capitalised line's word read as an acronym")
	}
	toks = tokenize("Police said IS fighters did it", 0)
	if !entityCaseOK(toks, 2, 1) {
		t.Errorf("an acronym in running text refused")
	}
}
