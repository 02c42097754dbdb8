package compare_test

import (
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsdesk/crosscheck"
	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/compare"
	"github.com/newsdesk/crosscheck/rules"
)

func comparer(t *testing.T) *compare.Comparer {
	t.Helper()
	rb, _, err := rules.Load(rules.LoadOptions{Default: crosscheck.DefaultRules, DefaultName: crosscheck.DefaultRulesName})
	if err != nil {
		t.Fatal(err)
	}
	c, err := compare.New(rb)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// story builds a story of articles "a", "b", ... with the given claims; a
// claim's Article names its article.
func story(published map[string]string, cls ...claims.Claim) *compare.Story {
	st := &compare.Story{ID: "s-test", Articles: map[string]*article.Article{}}
	for i := range cls {
		c := &cls[i]
		if c.ID == "" {
			c.ID = c.Article + "#" + string(rune('1'+i))
		}
		if c.SentenceText == "" {
			c.SentenceText = c.Text
			c.Sentence = claims.Span{Start: 0, End: len(c.Text)}
			c.Span = c.Sentence
		}
		if st.Articles[c.Article] == nil {
			a := &article.Article{ID: c.Article, Path: c.Article + ".txt", Text: c.Text}
			if p := published[c.Article]; p != "" {
				a.Published, _ = time.Parse("2006-01-02", p)
			}
			st.Articles[c.Article] = a
		}
	}
	st.Claims = cls
	return st
}

func iv(lo, hi float64) *claims.Interval { return &claims.Interval{Min: lo, Max: hi} }

func casualty(art, text string, n *claims.Interval, groups ...claims.Group) claims.Claim {
	return claims.Claim{Article: art, Kind: claims.Casualty, Text: text,
		Subject: claims.Subject{Key: "event:attack", Event: "attack"},
		Value:   claims.Value{Number: n, Status: "killed", Victims: groups}}
}

func rulesFired(r compare.Result) map[string]int {
	m := map[string]int{}
	for _, f := range r.Findings {
		m[f.Rule]++
	}
	return m
}

func TestCasualtyFigures(t *testing.T) {
	c := comparer(t)
	for _, tc := range []struct {
		name   string
		pub    map[string]string
		a, b   *claims.Interval
		want   string
		silent bool
	}{
		{name: "equal", a: iv(26, 26), b: iv(26, 26), silent: true},
		{name: "at least fits", a: iv(4, math.Inf(1)), b: iv(7, 7), silent: true},
		{name: "disjoint", a: iv(12, math.Inf(1)), b: iv(5, 5), want: "casualty-count-mismatch"},
		{name: "update", pub: map[string]string{"a": "2016-03-12", "b": "2016-03-14"}, a: iv(2, 2), b: iv(3, 3), want: "casualty-count-update"},
		{name: "months apart", pub: map[string]string{"a": "2016-03-12", "b": "2016-09-14"}, a: iv(2, 2), b: iv(3, 3), silent: true},
	} {
		r := c.Compare(story(tc.pub, casualty("a", "figure a", tc.a), casualty("b", "figure b", tc.b)))
		got := rulesFired(r)
		if tc.silent && len(got) > 0 {
			t.Errorf("%s: unexpected findings %v", tc.name, got)
		}
		if !tc.silent && got[tc.want] != 1 {
			t.Errorf("%s: want one %s, got %v", tc.name, tc.want, got)
		}
	}
}

func TestVictimCategories(t *testing.T) {
	c := comparer(t)
	civilians := claims.Group{Category: "civilian", Share: claims.ShareAll}
	tourists := claims.Group{Category: "tourist", Share: claims.ShareAll}
	people := claims.Group{Category: "person", Share: claims.ShareAll}
	navy := claims.Group{Category: "military", Share: claims.ShareIncluding}
	r := c.Compare(story(nil,
		casualty("a", "killed 26 civilians", iv(26, 26), civilians),
		casualty("b", "26 individuals, including navy personnel and civilians", iv(26, 26), people, navy, claims.Group{Category: "civilian", Share: claims.ShareIncluding}),
		casualty("c", "killed 26 tourists", iv(26, 26), tourists)))
	got := rulesFired(r)
	if got["casualty-victims-mismatch"] != 1 {
		t.Fatalf("want one finding setting navy personnel against civilians and tourists, got %v", got)
	}
	sides := map[string]int{}
	for _, cl := range r.Findings[0].Claims {
		sides[cl.Article] = cl.Side
	}
	if len(sides) != 3 || sides["a"] != sides["c"] || sides["a"] == sides["b"] {
		t.Errorf("tourists are civilians: a and c belong on one side, b on the other: %v", sides)
	}
	if len(r.Agreements) == 0 {
		t.Error("three sources agree on 26 killed: no agreement counted")
	}
}

func dateClaim(art, text, event, day string) claims.Claim {
	d, _ := time.Parse("2006-01-02", day)
	return claims.Claim{Article: art, Kind: claims.Date, Text: text,
		Subject: claims.Subject{Key: "event:" + event, Event: event},
		Value:   claims.Value{Date: &claims.DateValue{Expr: text, Resolved: true, Start: d, End: d.AddDate(0, 0, 1), Granularity: claims.Day, YearKnown: true}}}
}

func TestDates(t *testing.T) {
	c := comparer(t)
	pub := map[string]string{"a": "2025-05-10", "b": "2025-05-11"}
	if got := rulesFired(c.Compare(story(pub, dateClaim("a", "on Friday", "attack", "2025-05-09"), dateClaim("b", "on Thursday", "attack", "2025-05-08")))); got["date-mismatch"] != 1 {
		t.Errorf("same attack on two days: %v", got)
	}
	// The day of a call is not the day it was announced.
	if got := rulesFired(c.Compare(story(pub, dateClaim("a", "on Friday", "call", "2025-05-09"), dateClaim("b", "early Saturday", "statement", "2025-05-10")))); len(got) != 0 {
		t.Errorf("call and statement compared: %v", got)
	}
	// Unresolved dates cannot be compared.
	un := dateClaim("b", "last month", "attack", "2025-04-01")
	un.Value.Date.Resolved = false
	if got := rulesFired(c.Compare(story(pub, dateClaim("a", "April 22", "attack", "2025-04-22"), un))); len(got) != 0 {
		t.Errorf("unresolved date compared: %v", got)
	}
}

func role(art, text, person string, former bool, titles ...string) claims.Claim {
	return claims.Claim{Article: art, Kind: claims.Role, Text: text,
		Subject: claims.Subject{Key: "person:" + person, Entity: person},
		Value:   claims.Value{Role: &claims.RoleValue{Person: person, Titles: titles, TitleWords: text, Former: former}}}
}

func leader(art, text, person string) claims.Claim {
	return claims.Claim{Article: art, Kind: claims.Role, Text: text,
		Subject: claims.Subject{Key: "org:administration"},
		Value:   claims.Value{Role: &claims.RoleValue{Person: person, Org: "administration", Leads: true, Time: claims.TitleNow}}}
}

func TestRoles(t *testing.T) {
	c := comparer(t)
	got := rulesFired(c.Compare(story(nil,
		role("a", "Former President Trump", "Trump", true, "president"),
		role("b", "US President Donald Trump", "Donald Trump", false, "president"),
		role("a", "Secretary of State and National Security Advisor Marco Rubio", "Marco Rubio", false, "secretary-of-state", "national-security-advisor"),
		role("b", "Secretary Rubio", "Rubio", false, "secretary"),
		leader("a", "the Biden administration", "Biden"),
		leader("b", "President Donald Trump's administration", "Donald Trump"),
	)))
	for _, want := range []string{"role-former-current", "role-title-extra", "role-leader-conflict"} {
		if got[want] != 1 {
			t.Errorf("want one %s, got %v", want, got)
		}
	}
	if got["role-title-conflict"] != 0 {
		t.Errorf("a secretary of state is a secretary: %v", got)
	}
	// Leaders tied to different countries lead different bodies.
	us := role("a", "US President Joe Biden", "Joe Biden", false, "president")
	us.Value.Role.Country = "United States"
	in := role("b", "Indian Prime Minister Narendra Modi", "Narendra Modi", false, "prime-minister")
	in.Value.Role.Country = "India"
	got = rulesFired(c.Compare(story(nil, us, in, leader("a", "the Biden administration", "Joe Biden"), leader("b", "the Modi administration", "Narendra Modi"))))
	if got["role-leader-conflict"] != 0 {
		t.Errorf("leaders of two countries compared: %v", got)
	}
}

func attribution(art, text, stance, actor string, countries ...string) claims.Claim {
	return claims.Claim{Article: art, Kind: claims.Attribution, Text: text,
		Subject: claims.Subject{Key: "event:attack", Event: "attack"},
		Value:   claims.Value{Attribution: &claims.AttributionValue{Stance: stance, Actor: actor, ActorCountries: countries}}}
}

func TestAttributions(t *testing.T) {
	c := comparer(t)
	got := rulesFired(c.Compare(story(nil,
		attribution("a", "was attributed to a Pakistan-based group", claims.StanceFact, "Lashkar", "Pakistan"),
		attribution("b", "has not presented any verifiable evidence", claims.StanceNoEvidence, "Pakistan"),
		attribution("c", "Islamabad has denied any involvement", claims.StanceDenied, "Pakistan"))))
	if got["attribution-stance-conflict"] != 1 {
		t.Errorf("want one stance finding citing both doubts, got %v", got)
	}
	got = rulesFired(c.Compare(story(nil,
		attribution("a", "carried out by the Northern Front", claims.StanceFact, "Northern Front"),
		attribution("b", "carried out by the Coastal Brigade", claims.StanceFact, "Coastal Brigade"))))
	if got["attribution-actor-conflict"] != 1 {
		t.Errorf("two perpetrators stated as fact: %v", got)
	}
	got = rulesFired(c.Compare(story(nil,
		attribution("a", "carried out by the Northern Front", claims.StanceFact, "Northern Front"),
		attribution("b", "The Coastal Brigade denied involvement", claims.StanceDenied, "Coastal Brigade"))))
	if len(got) != 0 {
		t.Errorf("a denial by another party is no conflict: %v", got)
	}
}

func quote(art, speaker, words string) claims.Claim {
	return claims.Claim{Article: art, Kind: claims.Quote, Text: "“" + words + "”",
		Subject: claims.Subject{Key: "speaker:" + speaker, Entity: speaker},
		Value:   claims.Value{Quote: &claims.QuoteValue{Speaker: speaker, Words: words}}}
}

func TestQuotes(t *testing.T) {
	c := comparer(t)
	got := rulesFired(c.Compare(story(nil,
		quote("a", "Tammy Bruce", "Mr Rubio also offered US assistance in starting constructive talks to avoid future conflicts,"),
		quote("b", "Tammy Bruce", "offered US assistance in starting constructive talks in order to avoid future conflicts"))))
	if got["quote-wording"] != 1 {
		t.Errorf("different wording: %v", got)
	}
	got = rulesFired(c.Compare(story(nil,
		quote("a", "JD Vance", "fundamentally none of our business."),
		quote("b", "JD Vance", "The conflict between the neighbours is fundamentally none of our business."))))
	if len(got) != 0 {
		t.Errorf("a fragment is consistent: %v", got)
	}
	got = rulesFired(c.Compare(story(nil,
		quote("a", "Maria Lopez", "We will rebuild every home that was lost in this fire"),
		quote("b", "Daniel Park", "We will rebuild every home that was lost in this fire"))))
	if got["quote-speaker"] != 1 {
		t.Errorf("same words, two speakers: %v", got)
	}
}

func TestCustomKind(t *testing.T) {
	c := comparer(t)
	votes := func(art string, n float64) claims.Claim {
		return claims.Claim{Article: art, Kind: "votes", Text: "votes",
			Subject: claims.Subject{Key: "votes:maria okafor", Text: "Maria Okafor"},
			Value:   claims.Value{Number: iv(n, n)}}
	}
	if got := rulesFired(c.Compare(story(nil, votes("a", 12400), votes("b", 14200)))); got["value-mismatch"] != 1 {
		t.Errorf("custom kind: %v", got)
	}
}

// TestBackgroundFigures checks that a toll recalled from an earlier event
// is not set against the story's own.
func TestBackgroundFigures(t *testing.T) {
	c := comparer(t)
	now := casualty("a", "The quake injured two people on Qeshm island.", iv(2, 2))
	then := casualty("b", "In February 2013 a meteor exploded over Chelyabinsk, injuring more than 1,000 people.", iv(1001, math.Inf(1)))
	now.Value.Status, then.Value.Status = "injured", "injured"
	if got := rulesFired(c.Compare(story(nil, now, then))); len(got) != 0 {
		t.Errorf("a figure from 2013 set against the story's: %v", got)
	}
	// A sentence dated weeks before publication is background too.
	pub := map[string]string{"a": "2016-05-10", "b": "2016-05-10"}
	old := casualty("b", "The March 2 shooting killed four.", iv(4, 4))
	old.Sentence = claims.Span{Start: 0, End: len(old.Text)}
	oldDate := dateClaim("b", "March 2", "attack", "2016-03-02")
	oldDate.Sentence = old.Sentence
	oldDate.SentenceText = old.Text
	if got := rulesFired(c.Compare(story(pub, casualty("a", "Two people were killed on Sunday.", iv(2, 2)), old, oldDate))); got["casualty-count-mismatch"] != 0 {
		t.Errorf("a toll from two months before publication compared: %v", got)
	}
}

// TestBackgroundTimesFromRulebook checks that the times that make a
// sentence background come from the rulebook: a layer's own expression
// keeps a recalled decade's toll from the story's.
func TestBackgroundTimesFromRulebook(t *testing.T) {
	now := casualty("a", "The attack killed 12 people at the market.", iv(12, 12))
	then := casualty("b", "In the 1990s attacks killed 300 people at the market.", iv(300, 300))
	if got := rulesFired(comparer(t).Compare(story(nil, now, then))); got["casualty-count-mismatch"] != 1 {
		t.Fatalf("without the layer, the decade is not background and the tolls differ: %v", got)
	}
	layer := filepath.Join(t.TempDir(), "decades.yaml")
	if err := os.WriteFile(layer, []byte("lexicons:\n  background_times:\n    - {id: decade, regex: 'in the (?:19|20)\\d0s'}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	rb, _, err := rules.Load(rules.LoadOptions{Default: crosscheck.DefaultRules, DefaultName: crosscheck.DefaultRulesName, Files: []string{layer}})
	if err != nil {
		t.Fatal(err)
	}
	c, err := compare.New(rb)
	if err != nil {
		t.Fatal(err)
	}
	if got := rulesFired(c.Compare(story(nil, now, then))); len(got) != 0 {
		t.Errorf("with the layer, a toll of the 1990s set against the story's: %v", got)
	}
}

// TestFigureSides checks that articles agreeing on a figure stand on one
// side: 14, at least 14 and twelve make one finding.
func TestFigureSides(t *testing.T) {
	c := comparer(t)
	r := c.Compare(story(nil,
		casualty("a", "killed 14 people", iv(14, 14)),
		casualty("b", "At least 14 civilians were killed", iv(14, math.Inf(1))),
		casualty("c", "Twelve people died", iv(12, 12))))
	if got := rulesFired(r); got["casualty-count-mismatch"] != 1 || len(r.Findings) != 1 {
		t.Fatalf("want one finding, got %v", got)
	}
	sides := map[string]int{}
	for _, cl := range r.Findings[0].Claims {
		sides[cl.Article] = cl.Side
	}
	if sides["a"] != sides["b"] || sides["a"] == sides["c"] {
		t.Errorf("sides %v", sides)
	}
}
