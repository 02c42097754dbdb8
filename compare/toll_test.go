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

// total is a casualty claim giving a total of status.
func total(art, text, status string, n float64, ct *claims.Counting) claims.Claim {
	c := casualty(art, text, iv(n, n))
	c.Value.Status = status
	if ct == nil {
		ct = &claims.Counting{As: claims.AsTotal}
	}
	c.Value.Counting = ct
	return c
}

// TestTollDoubts checks differences that rest on a guess are info with the
// doubt named: a part against a total, the perpetrator counted by one side
// only, the dead counted among the wounded by an article silent on deaths.
func TestTollDoubts(t *testing.T) {
	c := comparer(t)
	cases := []struct {
		name  string
		cls   []claims.Claim
		doubt string
	}{
		{"a part", []claims.Claim{
			total("a", "one of the victims died", "killed", 1, &claims.Counting{As: claims.AsPart, Part: claims.PartPartitive}),
			total("b", "two people were killed", "killed", 2, nil),
		}, "lower bound"},
		{"the perpetrator", []claims.Claim{
			total("a", "killed three people", "killed", 3, nil),
			person("a", "before taking his own life", "killed", "perpetrator", false, false),
			total("b", "four people are dead", "killed", 4, nil),
		}, "perpetrator"},
		{"the dead among the wounded", []claims.Claim{
			total("a", "ten people were wounded", "injured", 10, nil),
			total("b", "one man was killed", "killed", 1, nil),
			total("b", "nine were injured", "injured", 9, nil),
		}, "dead among the wounded"},
	}
	for _, tc := range cases {
		if tc.name == "the perpetrator" {
			tc.cls[1].Value.Counting.Perpetrator = true
		}
		r := c.Compare(story(nil, tc.cls...))
		n := 0
		for _, f := range r.Findings {
			if f.Kind != "casualty" {
				continue
			}
			n++
			if f.Severity != "info" || !strings.Contains(f.Message, tc.doubt) {
				t.Errorf("%s: %s %s: %s", tc.name, f.Severity, f.Rule, f.Message)
			}
		}
		if n == 0 {
			t.Errorf("%s: no finding: %v", tc.name, rulesFired(r))
		}
	}
}

// TestVictimsBreakdown checks that a breakdown of the victims by number
// ("two civilians and a police officer") does not say all were one kind.
func TestVictimsBreakdown(t *testing.T) {
	c := comparer(t)
	two, one := claims.Interval{Min: 2, Max: 2}, claims.Interval{Min: 1, Max: 1}
	groups := []claims.Group{
		{Category: "civilian", Words: "civilians", Share: claims.ShareAll, Number: &two},
		{Category: "police", Words: "police officer", Share: claims.ShareAll, Number: &one},
	}
	a := casualty("a", "two civilians and a police officer died", iv(3, 3), groups...)
	b := casualty("b", "two civilians and an officer were killed", iv(3, 3), groups...)
	r := c.Compare(story(nil, a, b))
	if got := rulesFired(r); got["casualty-victims-mismatch"] != 0 {
		t.Errorf("a breakdown read as all: %v", got)
	}
}
