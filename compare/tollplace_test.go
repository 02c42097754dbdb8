package compare_test

import (
	"strings"
	"testing"
)

// A toll told in an article about something else (a campaign that recalls
// an attack) is not surely the toll of the incident another source
// reports: the difference is info, with the doubt said, unless both place
// it in one place (news of a crisis that all recall the attack that began
// it). A toll recalled from "last November" is background.
func TestTollsOfRecalledAttacks(t *testing.T) {
	campaign := "The senator toured three towns on Friday. She spoke about jobs and schools. Her rival answered in a statement. Aides said the tour would go on. In Dayton, she visited the club where 12 people were killed in a mass shooting."
	r := checkPieces(t,
		piece{"a", "", "Senator tours the state", campaign},
		piece{"b", "", "Gunman kills 15 at Dayton club", "A gunman killed 15 people at a club in Dayton, police said."},
	)
	var n int
	for _, f := range r.Findings {
		if f.Kind != "casualty" {
			continue
		}
		n++
		if f.Severity != "info" || !strings.Contains(f.Message, "not a report of the incident") {
			t.Errorf("a toll recalled in campaign news: %s %s", f.Severity, f.Message)
		}
	}
	if n == 0 {
		t.Errorf("a toll recalled in campaign news: no finding at all")
	}
	talks := "The two ministers spoke by phone on Friday. They agreed to meet again. Aides called the talks frank. A statement followed. "
	r = checkPieces(t,
		piece{"a", "", "Ministers hold talks", talks + "The bombing in Lille killed 31 people last week."},
		piece{"b", "", "Ministers hold talks", talks + "The bombing in Lille killed 33 people last week."},
	)
	loud := 0
	for _, f := range r.Findings {
		if f.Kind == "casualty" && f.Severity != "info" {
			loud++
		}
	}
	if loud != 1 {
		t.Errorf("two reports of talks that recall one bombing in Lille, 31 vs 33 killed: want one loud finding, got %+v", r.Findings)
	}
	r = checkPieces(t,
		piece{"a", "", "Gunman kills 12 in Dayton", "A gunman killed 12 people at a club in Dayton."},
		piece{"b", "", "Gunman kills 12 in Dayton", "Since the bombings that killed 31 in Lille last November, the city has posted more police. A gunman killed 12 people at a club in Dayton."},
	)
	for _, f := range r.Findings {
		if f.Kind == "casualty" {
			t.Errorf("a toll of last November set against the story's: %s %s", f.Severity, f.Message)
		}
	}
}
