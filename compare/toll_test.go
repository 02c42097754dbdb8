package compare_test

import (
	"strings"
	"testing"

	"github.com/newsdesk/crosscheck/claims"
)

// person is a casualty claim counting one named or described victim.
func person(art, text, status, key string, named, also bool) claims.Claim {
	c := casualty(art, text, iv(1, 1))
	c.Value.Status = status
	c.Value.Counting = &claims.Counting{As: claims.AsPerson, Person: key, Named: named, Also: also}
	return c
}

// TestTollUpdate checks that a later report whose people, counted one by
// one, surely exceed an earlier total is an update citing both dates.
func TestTollUpdate(t *testing.T) {
	c := comparer(t)
	pub := map[string]string{"a": "2016-03-12", "b": "2016-03-19"}
	one := casualty("a", "One man was killed", iv(1, 1))
	one.Value.Counting = &claims.Counting{As: claims.AsTotal}
	r := c.Compare(story(pub, one,
		person("b", "A woman died", "killed", "woman", false, false),
		person("b", "Ray Cole was also killed", "killed", "Ray Cole", true, true)))
	var found bool
	for _, f := range r.Findings {
		if f.Rule != "casualty-count-update" {
			continue
		}
		found = true
		if !f.Update || f.Severity != "warning" || !strings.Contains(f.Message, "2016-03-12") || !strings.Contains(f.Message, "2016-03-19") {
			t.Errorf("update: %+v", f)
		}
	}
	if !found {
		t.Errorf("no update finding: %v", rulesFired(r))
	}
}

// TestTollGuess checks that people counted one by one who differ in number
// while neither article gives a total make an info finding, not a warning.
func TestTollGuess(t *testing.T) {
	c := comparer(t)
	r := c.Compare(story(nil,
		person("a", "her father was hurt", "injured", "father", false, false),
		person("b", "her father and her uncle were hurt", "injured", "father", false, false),
		person("b", "her uncle were hurt", "injured", "uncle", false, false)))
	got := rulesFired(r)
	if got["casualty-count-guess"] != 1 || len(got) != 1 {
		t.Errorf("want one casualty-count-guess, got %v", got)
	}
	for _, f := range r.Findings {
		if f.Severity != "info" {
			t.Errorf("%s at %s, want info", f.Rule, f.Severity)
		}
	}
}
