package compare_test

import (
	"strings"
	"testing"

	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/findings"
)

// timedRole is a role claim held at time ("now", "then", "past" or "").
func timedRole(art, text, person, time string, former bool, titles ...string) claims.Claim {
	c := role(art, text, person, former, titles...)
	c.Value.Role.Time = time
	return c
}

func onlyFinding(t *testing.T, fs []findings.Finding, rule string) *findings.Finding {
	t.Helper()
	var out *findings.Finding
	for i := range fs {
		if fs[i].Rule == rule {
			if out != nil {
				t.Fatalf("two %s findings: %v", rule, fs)
			}
			out = &fs[i]
		}
	}
	return out
}

// TestFormerCurrentSeverity checks that a former title against a sitting
// one is a warning only when the sitting one is stated of the present.
func TestFormerCurrentSeverity(t *testing.T) {
	c := comparer(t)
	former := timedRole("a", "Jane Holloway, the former governor", "Jane Holloway", claims.TitleNow, true, "governor")
	sure := c.Compare(story(nil, former, timedRole("b", "Gov. Jane Holloway has said", "Jane Holloway", claims.TitleNow, false, "governor")))
	if f := onlyFinding(t, sure.Findings, "role-former-current"); f == nil || f.Severity != findings.Warning {
		t.Errorf("former against a present title: %+v", sure.Findings)
	}
	unsure := c.Compare(story(nil, former, timedRole("b", "Gov. Jane Holloway met donors", "Jane Holloway", "", false, "governor")))
	f := onlyFinding(t, unsure.Findings, "role-former-current")
	if f == nil || f.Severity != findings.Info || !strings.Contains(f.Message, "at the time of the act told") {
		t.Errorf("former against a title in narration: %+v", unsure.Findings)
	}
	// A later article may report a change: the title of an earlier one is
	// no conflict for sure.
	dated := c.Compare(story(map[string]string{"a": "2024-05-10", "b": "2024-03-01"}, former,
		timedRole("b", "Gov. Jane Holloway has said", "Jane Holloway", claims.TitleNow, false, "governor")))
	if f := onlyFinding(t, dated.Findings, "role-former-current"); f == nil || f.Severity != findings.Info || !strings.Contains(f.Message, "different days") {
		t.Errorf("articles of different days: %+v", dated.Findings)
	}
	for _, time := range []string{claims.TitleThen, claims.TitlePast} {
		r := c.Compare(story(nil, former, timedRole("b", "during Gov. Jane Holloway's term", "Jane Holloway", time, false, "governor")))
		if len(r.Findings) != 0 {
			t.Errorf("a title of a past time against a former one (%s): %+v", time, r.Findings)
		}
	}
	// One finding cites every article on each side, related offices
	// included, with the doubt said.
	r := c.Compare(story(nil,
		timedRole("a", "a former senior official at the agency", "Karen Lutz", claims.TitleNow, true, "official"),
		timedRole("b", "retired as deputy director", "Karen Lutz", "", true, "deputy-director"),
		timedRole("c", "agency official Karen Lutz", "Karen Lutz", "", false, "official")))
	f = onlyFinding(t, r.Findings, "role-former-current")
	if f == nil || len(f.Claims) != 3 || f.Severity != findings.Info {
		t.Errorf("one finding for three articles: %+v", r.Findings)
	}
}

// TestThenTitles checks that titles of one past time are compared with
// each other and with nothing else.
func TestThenTitles(t *testing.T) {
	c := comparer(t)
	r := c.Compare(story(nil,
		timedRole("a", "Carver, then an assistant district attorney", "Carver", claims.TitleThen, false, "assistant-prosecutor"),
		timedRole("b", "Mr. Carver, then a district attorney", "Carver", claims.TitleThen, false, "district-attorney"),
		timedRole("b", "the former judge", "Carver", claims.TitleNow, true, "judge")))
	if rulesFired(r)["role-then-conflict"] != 1 || len(r.Findings) != 1 {
		t.Errorf("then titles: %+v", r.Findings)
	}
	r = c.Compare(story(nil,
		timedRole("a", "Carver, then a prosecutor", "Carver", claims.TitleThen, false, "prosecutor"),
		timedRole("b", "Carver, then a district attorney", "Carver", claims.TitleThen, false, "district-attorney")))
	if len(r.Findings) != 0 {
		t.Errorf("a district attorney is a prosecutor: %+v", r.Findings)
	}
}

// TestLeadersNeedTheirTime checks that bodies named after a leader in
// passing ("the deal negotiated by the Obama administration") are not
// compared: only leaders stated of the present are.
func TestLeadersNeedTheirTime(t *testing.T) {
	c := comparer(t)
	passing := func(art, text, person, time string) claims.Claim {
		l := leader(art, text, person)
		l.Value.Role.Time = time
		return l
	}
	r := c.Compare(story(nil,
		passing("a", "the deal negotiated by the Obama administration", "Obama", ""),
		passing("a", "the Trump administration said", "Trump", ""),
		passing("b", "the Trump administration", "Trump", ""),
		passing("c", "during the Bush administration", "Bush", claims.TitlePast)))
	if len(r.Findings) != 0 {
		t.Errorf("bodies named in passing compared: %+v", r.Findings)
	}
	r = c.Compare(story(nil,
		passing("a", "the government, now headed by Lena Ott", "Lena Ott", claims.TitleNow),
		passing("b", "Prime Minister Hans Berg's government has said", "Hans Berg", claims.TitleNow)))
	if rulesFired(r)["role-leader-conflict"] != 1 {
		t.Errorf("two leaders of the present: %+v", r.Findings)
	}
}

// TestOneFindingPerDisagreement checks that comparisons seeing the same
// pair of claims report it once.
func TestOneFindingPerDisagreement(t *testing.T) {
	c := comparer(t)
	r := c.Compare(story(nil,
		timedRole("a", "Mayor Dan Ruiz", "Dan Ruiz", "", false, "mayor"),
		timedRole("b", "Sheriff Dan Ruiz", "Dan Ruiz", "", false, "sheriff")))
	if len(r.Findings) != 1 {
		t.Errorf("one pair of titles, %d findings: %+v", len(r.Findings), r.Findings)
	}
	// Pairs inside a finding that cites every article are that finding.
	r = c.Compare(story(nil,
		timedRole("a", "Mayor Dan Ruiz", "Dan Ruiz", "", false, "mayor"),
		timedRole("b", "Mayor Dan Ruiz", "Dan Ruiz", "", false, "mayor"),
		timedRole("c", "Sheriff Dan Ruiz", "Dan Ruiz", "", false, "sheriff")))
	if len(r.Findings) != 1 || len(r.Findings[0].Claims) != 3 {
		t.Errorf("three articles, %d findings: %+v", len(r.Findings), r.Findings)
	}
}
