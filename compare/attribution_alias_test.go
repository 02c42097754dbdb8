package compare_test

import (
	"testing"

	"github.com/newsdesk/crosscheck/claims"
)

// TestAttributionAliasesAgree checks that perpetrators named by two
// aliases of one rulebook entity agree, as compared (the actor strings
// resolved before judging), and as read from text ("IS" and "Islamic
// State").
func TestAttributionAliasesAgree(t *testing.T) {
	c := comparer(t)
	got := rulesFired(c.Compare(story(nil,
		attribution("a", "was carried out by Daesh fighters", claims.StanceFact, "Daesh"),
		attribution("b", "was carried out by ISIL fighters", claims.StanceFact, "ISIL"))))
	if got["attribution-actor-conflict"] != 0 {
		t.Errorf("aliases of one entity compared as two actors: %v", got)
	}
	r := checkPieces(t,
		piece{"a", "2023-02-02", "Blast at a bus depot", "A bomb went off at a bus depot in Harl on Monday. Police said the blast was carried out by Islamic State supporters."},
		piece{"b", "2023-02-02", "Bus depot blast", "A bomb went off at a bus depot in Harl on Monday. Police said the blast was carried out by IS supporters."})
	if n := rulesFired(r)["attribution-actor-conflict"]; n != 0 {
		t.Errorf("IS and Islamic State read as two actors: %v", rulesFired(r))
	}
	// Two different groups still conflict.
	got = rulesFired(c.Compare(story(nil,
		attribution("a", "was carried out by Daesh fighters", claims.StanceFact, "Islamic State"),
		attribution("b", "was carried out by Hamas fighters", claims.StanceFact, "Hamas"))))
	if got["attribution-actor-conflict"] != 1 {
		t.Errorf("two groups: %v", got)
	}
}
