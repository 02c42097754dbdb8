package compare_test

import "testing"

// A violent event recalled in news of something else is not the story's
// own: its dates are compared, but at info, with the doubt said; in two
// reports on the attack itself that place it alike (two names in common, so
// that two incidents in one city are not taken for one) they stay a warning.
func TestDatesOfRecalledAttacks(t *testing.T) {
	r := checkPieces(t,
		piece{"a", "2017-04-12", "Senator unveils border plan", "The senator spoke days after the bombing in Lyon on Sunday killed nine people."},
		piece{"b", "2017-04-12", "Border plan draws fire", "Critics said the plan was a reaction to the Lyon bombing on Saturday night."},
	)
	fs := dateFindings(r)
	if len(fs) != 1 || fs[0].Severity != "info" {
		t.Errorf("a bombing recalled in two stories on a border plan: want one info finding, got %+v", fs)
	}
	r = checkPieces(t,
		piece{"a", "2017-04-12", "Nine killed in Lyon bombing", "The bombing at Place Bellecour in Lyon on Sunday killed nine people."},
		piece{"b", "2017-04-12", "Lyon bombing kills nine", "Nine people died in the Lyon bombing at Place Bellecour on Saturday night, police said."},
	)
	if fs := dateFindings(r); len(fs) != 1 || fs[0].Severity != "warning" {
		t.Errorf("two reports of the bombing itself: want one warning, got %+v", fs)
	}
}

// An event many take part in is not singled out by the name of one who
// took part: a candidate runs in many primaries.
func TestDatesOfSharedEvents(t *testing.T) {
	r := checkPieces(t,
		piece{"a", "2012-04-11", "Governor courts union voters", "Ann Kerr courted union voters in Toledo on Monday. She spoke to a crowd of workers. Ann Kerr won the Dakota caucuses on Saturday by a wide margin."},
		piece{"b", "2012-04-11", "Party sues state over long lines", "The party sued the state over long lines. The suit names two counties. Ann Kerr won the primary last month, but voters waited for hours."},
	)
	if fs := dateFindings(r); len(fs) != 1 || fs[0].Severity != "info" {
		t.Errorf("two contests of one candidate: want one info finding, got %+v", fs)
	}
}

// A noun placed in a series ("their last debate") or named by its year
// ("the 2008 election") may be another one than the story's: info at most.
func TestDatesOfOneOfASeries(t *testing.T) {
	r := checkPieces(t,
		piece{"a", "2012-03-09", "Rivals clash in debate", "The rivals traded insults at Thursday night's debate in Mesa."},
		piece{"b", "2012-03-09", "Rivals clash in debate", "They renewed the charges first aired at their last debate three weeks ago."},
	)
	for _, f := range dateFindings(r) {
		if f.Severity != "info" {
			t.Errorf("the last debate set against this one: %+v", f)
		}
	}
	r = checkPieces(t,
		piece{"a", "", "Young voters", "Turnout among young voters fell in the 2008 election, the study found."},
		piece{"b", "", "Young voters", "The study looked back at the 2004 election and its turnout."},
	)
	if fs := dateFindings(r); len(fs) != 1 || fs[0].Severity != "info" {
		t.Errorf("two elections named by their years: want one info finding, got %+v", fs)
	}
}
