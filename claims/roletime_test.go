package claims

import (
	"strings"
	"testing"
)

// TestTitleTime checks when a title is said to be held, and that "former"
// reaches its title over words of place, party or office.
func TestTitleTime(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		text, person, titles string
		former               bool
		time                 string
	}{
		{"The award went to former Nevada Gov. Jane Holloway on Monday.", "Jane Holloway", "governor", true, ""},
		{"It was drafted by former Republican Rep. Owen Marsh.", "Owen Marsh", "representative", true, ""},
		{"Investigators questioned his former campaign chairman, Paul Dorsey.", "Paul Dorsey", "chairman", true, ""},
		{"The company hired ex-president Marta Ruiz as an adviser.", "Marta Ruiz", "president", true, ""},
		{"The pact was drafted by ex-West German Chancellor Karl Brandl.", "Karl Brandl", "chancellor", true, ""},
		{"Assets of deposed president Luis Ortega were frozen.", "Luis Ortega", "president", true, ""},
		{"Mr. Carver, then an assistant district attorney, led the fraud unit.", "Carver", "assistant-prosecutor", false, TitleThen},
		{"Ruth Ames, the county sheriff at the time, led the search.", "Ruth Ames", "sheriff", false, TitleThen},
		{"The rule was written during President Alan Brooks's second term.", "Alan Brooks", "president", false, TitlePast},
		{"US President Alan Brooks has urged calm.", "Alan Brooks", "president", false, TitleNow},
		{"The mayor met Gov. Nina Dorn on Tuesday.", "Nina Dorn", "governor", false, ""},
		{"Tom Reyes, the city's police chief, said the road was closed.", "Tom Reyes", "police-chief", false, ""},
		{"Tom Reyes, the city's police chief, has closed the road.", "Tom Reyes", "police-chief", false, TitleNow},
		{"Karen Lutz, who retired as deputy director in 2019, declined to comment.", "Karen Lutz", "deputy-director", true, ""},
		{"Sam Ortiz, who served as mayor for a decade, endorsed her.", "Sam Ortiz", "mayor", false, TitlePast},
		{"A former bodyguard for President Alan Brooks has written a memoir.", "Alan Brooks", "president", false, TitlePast},
		{"She is a onetime chief of staff to Gov. Nina Dorn.", "Nina Dorn", "governor", false, TitlePast},
		{"Her lawyer, who has represented Gov. Nina Dorn, is in court today.", "Nina Dorn", "governor", false, ""},
		{"There have been doubts about Gov. Nina Dorn's plan.", "Nina Dorn", "governor", false, TitleNow},
	} {
		var got []string
		found := false
		for _, c := range roleClaims(extractText(t, x, "t", tc.text)) {
			r := c.Value.Role
			if r.Leads && len(r.Titles) == 0 {
				continue
			}
			got = append(got, r.Person+":"+strings.Join(r.Titles, ",")+":"+r.Time)
			if r.Person == tc.person && strings.Join(r.Titles, ",") == tc.titles && r.Former == tc.former && r.Time == tc.time {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: want %s %s former=%v time %q, got %v", tc.text, tc.person, tc.titles, tc.former, tc.time, got)
		}
	}
}

// TestLeavingOffice checks that a title whose holder is said to leave it
// is held until then: a transition, neither sitting nor former.
func TestLeavingOffice(t *testing.T) {
	x := testExtractor(t)
	for _, text := range []string{
		"Founder and chairman Lee Gantt has resigned, the firm said.",
		"Flags flew low after the death of Justice Ira Kemp.",
		"A year ago the board fired president Ana Lutz.",
	} {
		rs := roleClaims(extractText(t, x, "t", text))
		if len(rs) != 1 || !rs[0].Value.Role.Transition {
			t.Errorf("%q: leaving office: %+v", text, rs)
		}
	}
}

// TestTitleNotHeld checks words that look like titles but say nothing of
// the name after them.
func TestTitleNotHeld(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ text, person, notTitle string }{
		// "spokesperson for" takes the governor as its complement.
		{"A spokesperson for Governor Dale Ames declined to comment.", "Dale Ames", "spokesperson"},
		// "Justice" begins the name of a department.
		{"Asked about the Justice Department, Mr. Hollis shrugged.", "Hollis", "judge"},
		// A description of its own, which the comma ends.
		{"Rubin voiced respect for the former senator, Sen. Ann Cole said.", "Ann Cole", "senator-former"},
		// A role of the clause's subject, not of the name after the comma.
		{"She ran the office as secretary of state, Mrs. Vale said.", "Vale", "secretary-of-state"},
	} {
		for _, c := range roleClaims(extractText(t, x, "t", tc.text)) {
			r := c.Value.Role
			if !strings.HasSuffix(r.Person, tc.person) {
				continue
			}
			for _, id := range r.Titles {
				if id == tc.notTitle || tc.notTitle == "senator-former" && r.Former {
					t.Errorf("%q: %s given %s (former %v)", tc.text, r.Person, id, r.Former)
				}
			}
		}
	}
}

// TestQuotedTitlesAreNoClaims checks that a title inside quoted words, the
// speaker's form of address, is not read as the article's claim.
func TestQuotedTitlesAreNoClaims(t *testing.T) {
	x := testExtractor(t)
	text := "An aide wrote in an email: “Nobody here trusts Senator Hale with the job.”"
	for _, c := range roleClaims(extractText(t, x, "t", text)) {
		t.Errorf("role claim from a quotation: %+v", c.Value.Role)
	}
}

// TestLeaderTime checks that a body named after its leader is a claim
// about who leads it now only when the sentence says so.
func TestLeaderTime(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ text, want string }{
		{"The deal negotiated by the Obama administration expired.", "Obama:"},
		{"The law passed during the Merkel government stands.", "Merkel:past"},
		{"The cabinet, now headed by Lena Ott, met on Sunday.", "Lena Ott:now"},
		{"The cabinet was then headed by Lena Ott.", "Lena Ott:past"},
		{"Officials in Prime Minister Lena Ott's government have denied it.", "Lena Ott:now"},
		{"The Ott government — now led by Hans Berg — kept the plan.", "Ott:now,Hans Berg:now"},
	} {
		var got []string
		for _, c := range roleClaims(extractText(t, x, "t", tc.text)) {
			if r := c.Value.Role; r.Leads && len(r.Titles) == 0 {
				got = append(got, r.Person+":"+r.Time)
			}
		}
		if strings.Join(got, ",") != tc.want {
			t.Errorf("%q: leaders %v, want %q", tc.text, got, tc.want)
		}
	}
}
