package compare_test

import (
	"strings"
	"testing"
)

// TestTollRoundHedge checks that "N" and "more than N" at the same round
// number, the article "a" between bound and digits included ("over a
// 500"), are a hedge of one figure: info at most, the reason said, each
// figure rendered with its bound.
func TestTollRoundHedge(t *testing.T) {
	lead := "Heavy fighting broke out near the dam at Orvel on Friday, the army said. "
	r := checkPieces(t,
		piece{"a", "2023-09-02", "Fighting at Orvel dam", lead + "Militants killed 500 soldiers in the fighting at Orvel, the army said."},
		piece{"b", "2023-09-02", "Orvel dam fighting", lead + "Over a 500 soldiers were killed in the fighting at Orvel, the army said."},
		piece{"c", "2023-09-02", "Battle at Orvel dam", lead + "More than 500 soldiers were killed in the fighting at Orvel, the army said."})
	n := 0
	for _, f := range r.Findings {
		if f.Kind != "casualty" {
			continue
		}
		n++
		if f.Severity != "info" || !strings.Contains(f.Message, "a hedge of one figure") || !strings.Contains(f.Message, "more than 500") {
			t.Errorf("%s %s: %s", f.Severity, f.Rule, f.Message)
		}
	}
	if n == 0 {
		t.Errorf("no casualty finding: %v", rulesFired(r))
	}
}

// TestTollUpperBoundText checks that a figure that is only an upper bound
// ("up to 80") is rendered as written, not as its face value of 0.
func TestTollUpperBoundText(t *testing.T) {
	lead := "A ferry capsized on Lake Merrin on Sunday, the coast guard said. "
	r := checkPieces(t,
		piece{"a", "2023-04-02", "Ferry capsizes on Lake Merrin", lead + "Officials said up to 80 people died when the Lake Merrin ferry sank."},
		piece{"b", "2023-04-09", "Lake Merrin ferry toll", lead + "Officials said 200 people died when the Lake Merrin ferry sank."})
	found := false
	for _, f := range r.Findings {
		if f.Kind != "casualty" {
			continue
		}
		found = true
		if !strings.Contains(f.Message, "up to 80 (") || strings.Contains(f.Message, ": 0 (") {
			t.Errorf("%s: %s", f.Rule, f.Message)
		}
	}
	if !found {
		t.Errorf("no casualty finding: %v", rulesFired(r))
	}
}

// TestTollDisjoinedStatuses checks that a figure of two statuses joined by
// "or" ("dead or missing") is no toll of either status alone.
func TestTollDisjoinedStatuses(t *testing.T) {
	lead := "A mudslide buried the hill town of Carrow on Monday, officials said. "
	r := checkPieces(t,
		piece{"a", "2023-06-06", "Mudslide in Carrow", lead + "The mudslide in Carrow killed 90 people, officials said."},
		piece{"b", "2023-06-07", "Carrow mudslide", lead + "The mudslide in Carrow left 400 people dead or missing, officials said."})
	for _, f := range r.Findings {
		if f.Kind == "casualty" {
			t.Errorf("%s %s: %s", f.Severity, f.Rule, f.Message)
		}
	}
}
