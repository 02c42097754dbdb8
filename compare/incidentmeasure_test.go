package compare_test

import (
	"strings"
	"testing"
)

// Two reports of quakes on one island that give the quake different
// magnitudes may be of two quakes: their injured disagree at info, the
// doubt said; reports that share a magnitude disagree loudly.
func TestTollsOfEventsOfDifferentMeasures(t *testing.T) {
	a := "A magnitude-4.8 earthquake struck Velmora island on Tuesday, injuring four people, the island's governor said."
	b := "A 5.9 magnitude earthquake struck Velmora island on Tuesday, injuring nine people, the island's governor said."
	c := "An earthquake measuring 5.9 on the Richter scale struck Velmora island on Tuesday, injuring seven people, the island's governor said."
	r := checkPieces(t,
		piece{"a", "", "Quake hits Velmora", a},
		piece{"b", "", "Quake hits Velmora", b},
		piece{"c", "", "Quake hits Velmora", c},
	)
	loudBC, doubtA := false, false
	for _, f := range r.Findings {
		if f.Kind != "casualty" {
			continue
		}
		fromA := strings.Contains(f.Message, "(a")
		switch {
		case fromA && f.Severity != "info":
			t.Errorf("a quake of another magnitude set loudly against: %s %s", f.Severity, f.Message)
		case fromA:
			doubtA = doubtA || strings.Contains(f.Message, "measures of its strength")
		case f.Severity != "info":
			loudBC = true
		}
	}
	if !loudBC || !doubtA {
		t.Errorf("want a loud finding of b against c and an info one of a saying the measures differ, got %+v", r.Findings)
	}
}
