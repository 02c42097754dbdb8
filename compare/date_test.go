package compare_test

import (
	"strings"
	"testing"
	"time"

	"github.com/newsdesk/crosscheck"
	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/compare"
	"github.com/newsdesk/crosscheck/findings"
	"github.com/newsdesk/crosscheck/rules"
)

// piece is a short article: its id, publication day, headline and text.
type piece struct{ id, pub, title, text string }

// checkPieces extracts the claims of the pieces with the default rulebook
// and compares them as one story.
func checkPieces(t *testing.T, ps ...piece) compare.Result {
	t.Helper()
	rb, _, err := rules.Load(rules.LoadOptions{Default: crosscheck.DefaultRules, DefaultName: crosscheck.DefaultRulesName})
	if err != nil {
		t.Fatal(err)
	}
	x, err := claims.New(rb)
	if err != nil {
		t.Fatal(err)
	}
	c, err := compare.New(rb)
	if err != nil {
		t.Fatal(err)
	}
	st := &compare.Story{ID: "s-dates", Articles: map[string]*article.Article{}}
	for _, p := range ps {
		a := &article.Article{ID: p.id, Path: p.id + ".txt", Title: p.title, Text: p.text}
		a.Published, _ = time.Parse("2006-01-02", p.pub)
		st.Articles[p.id] = a
		st.Claims = append(st.Claims, x.Extract(a)...)
	}
	return c.Compare(st)
}

// dateFindings returns the date-mismatch findings of r.
func dateFindings(r compare.Result) []findings.Finding {
	var out []findings.Finding
	for _, f := range r.Findings {
		if f.Rule == "date-mismatch" {
			out = append(out, f)
		}
	}
	return out
}

// citesAll reports whether f cites a sentence of every article named.
func citesAll(f findings.Finding, ids ...string) bool {
	for _, id := range ids {
		found := false
		for _, c := range f.Claims {
			if c.Article == id {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// A person's act is dated by who did what, whatever the event's class.
func TestDatesOfAnyEvent(t *testing.T) {
	r := checkPieces(t,
		piece{"a", "2021-06-06", "Mayor's press officer apologizes", "The mayor's press officer was forced to apologize Saturday for jokes about a rival's accent."},
		piece{"b", "2021-06-06", "Press officer apologizes", "A mayoral press officer on Friday apologized for jokes about the rival's accent."},
	)
	fs := dateFindings(r)
	if len(fs) != 1 || !citesAll(fs[0], "a", "b") {
		t.Fatalf("apology on Saturday vs Friday: %+v", fs)
	}
	if fs[0].Severity != "warning" {
		t.Errorf("both dates stand on the apology and have a tense: severity %s", fs[0].Severity)
	}
}

// A forecast is not set against a report; two schedules are compared.
func TestDatesForecastAndSchedule(t *testing.T) {
	r := checkPieces(t,
		piece{"a", "2019-03-06", "Union vote", "The union's vote on the contract is expected Thursday."},
		piece{"b", "2019-03-09", "Union vote", "The union's vote on the contract took place Friday after a long session."},
	)
	if fs := dateFindings(r); len(fs) != 0 {
		t.Errorf("a forecast set against a report: %+v", fs)
	}
	r = checkPieces(t,
		piece{"a", "2019-03-09", "Union vote", "The union's vote on the contract took place Thursday after a long session."},
		piece{"b", "2019-03-09", "Union vote", "The union's vote on the contract took place Friday after a long session."},
	)
	if fs := dateFindings(r); len(fs) != 1 {
		t.Errorf("two reports of one vote on two days: %+v", fs)
	}
	r = checkPieces(t,
		piece{"a", "2019-01-30", "Special election set", "Both parties will hold primaries in early June, officials said."},
		piece{"b", "2019-01-30", "Special election set", "The primary would take place on May 20, officials said."},
	)
	if fs := dateFindings(r); len(fs) != 1 || !citesAll(fs[0], "a", "b") {
		t.Errorf("primaries in early June vs on May 20: %+v", fs)
	}
}

// Periods are dated by their bounds: spans, starts and ends.
func TestDatesOfPeriods(t *testing.T) {
	r := checkPieces(t,
		piece{"a", "2020-02-02", "New judge named", "The last woman on the court was Ruth Alvarez, who served from 1981 to 1994."},
		piece{"b", "2020-02-02", "New judge named", "Ruth Alvarez held the seat from 1982 to 1995, and no woman has since."},
	)
	if fs := dateFindings(r); len(fs) != 1 || !citesAll(fs[0], "a", "b") {
		t.Errorf("served 1981-1994 vs 1982-1995: %+v", fs)
	}
	r = checkPieces(t,
		piece{"a", "2020-02-02", "Leader re-elected", "Tom Okafor has led the caucus since 2008."},
		piece{"b", "2020-02-02", "Leader re-elected", "Tom Okafor has led the caucus since 2008, longer than any rival."},
	)
	if fs := dateFindings(r); len(fs) != 0 {
		t.Errorf("both say since 2008: %+v", fs)
	}
}

// The same weekday named by two articles published a week apart differs
// by the publication dates, not by the sources.
func TestDatesSameWeekdayName(t *testing.T) {
	r := checkPieces(t,
		piece{"a", "2013-02-13", "Three shot in Oakdale", "Three people were shot in a home in Oakdale on Tuesday."},
		piece{"b", "2013-02-21", "Oakdale shooting", "Three people were shot Tuesday morning in a home in Oakdale, police said."},
	)
	if fs := dateFindings(r); len(fs) != 0 {
		t.Errorf("Tuesday vs Tuesday morning: %+v", fs)
	}
}

// A date whose clause names no event is a guess: it joins the side it
// agrees with, and never forms one.
func TestDatesGuessesOnlyJoin(t *testing.T) {
	r := checkPieces(t,
		piece{"a", "2016-10-07", "Mayoral debate turns bitter", "The mayoral debate on Thursday turned bitter within minutes."},
		piece{"b", "2016-10-07", "Mayoral debate turns bitter", "The debate Wednesday night turned bitter within minutes."},
		piece{"c", "2016-10-07", "Mayoral Debate: A Bitter Night", "Supporters were restless Wednesday night outside the hall."},
	)
	fs := dateFindings(r)
	if len(fs) != 1 || !citesAll(fs[0], "a", "b", "c") {
		t.Fatalf("debate Thursday vs Wednesday, with a guess: %+v", fs)
	}
	r = checkPieces(t,
		piece{"a", "2016-10-07", "Mayoral debate turns bitter", "The mayoral debate on Thursday turned bitter within minutes."},
		piece{"c", "2016-10-07", "Mayoral Debate: A Bitter Night", "Supporters were restless Wednesday night outside the hall."},
	)
	if fs := dateFindings(r); len(fs) != 0 {
		t.Errorf("a guess formed a side: %+v", fs)
	}
}

// A death is not the attack: a victim may die days after being shot.
func TestDatesDeathIsNotTheAttack(t *testing.T) {
	r := checkPieces(t,
		piece{"a", "2015-03-15", "Boy dies", "A boy died Saturday of a gunshot wound, police said."},
		piece{"b", "2015-03-15", "Boy shot", "A boy was shot Friday night at a home on Elm Street, police said."},
	)
	for _, f := range dateFindings(r) {
		if strings.Contains(f.Subject, "attack") || strings.Contains(f.Subject, "shot") {
			t.Errorf("the death day set against the shooting's: %+v", f)
		}
	}
}

// The same weekend day named by two reports published a week apart is
// their publication dates' doing, not the sources': "Saturday" against
// "Saturday" is no disagreement, whatever the weekday's first letter.
func TestSameWeekendDayWeeksApart(t *testing.T) {
	r := checkPieces(t,
		piece{"a", "2019-03-13", "Man hurt in shooting", "Deputies are investigating a Saturday shooting that left a man in critical condition, the sheriff said."},
		piece{"b", "2019-03-04", "Man shot", "Deputies are investigating a shooting that happened Saturday, leaving a man in critical condition."},
	)
	if fs := dateFindings(r); len(fs) != 0 {
		t.Fatalf("Saturday vs Saturday a week apart: %+v", fs)
	}
}

// Without a publication date nothing tells the story's own event from an
// earlier one an article recalls: dates a year apart are info, the doubt
// said.
func TestUndatedRecallIsInfo(t *testing.T) {
	r := checkPieces(t,
		piece{"a", "", "Reporter remembered", "Colleagues said she set up a fund for a cameraman, Luis Ortega, who was killed in Chad in 2009."},
		piece{"b", "", "Reporter killed", "The reporter was killed in an ambush in northern Chad on March 4, 2011."},
	)
	fs := dateFindings(r)
	if len(fs) != 1 || fs[0].Severity != "info" || !strings.Contains(fs[0].Message, "undated") {
		t.Fatalf("undated dates two years apart: %+v", fs)
	}
}

// An event noun a series word modifies ("the first shooting") is one of
// several the article tells of: its date against another report's is info.
func TestDateOfOneOfSeveralIsInfo(t *testing.T) {
	r := checkPieces(t,
		piece{"a", "2018-04-09", "Two shot in Eastport", "Two people were shot Sunday in Eastport, police said."},
		piece{"b", "2018-04-09", "Weekend violence leaves three dead", "The first fatal shooting occurred on Friday night in Eastport, police said."},
	)
	fs := dateFindings(r)
	if len(fs) != 1 || fs[0].Severity != "info" || !strings.Contains(fs[0].Message, "one of several") {
		t.Fatalf("Sunday vs the first shooting's Friday: %+v", fs)
	}
}

// A source that dates such an event on both days shows two events: the
// other source's day is no disagreement with it, only info.
func TestDateOnBothDaysIsInfo(t *testing.T) {
	r := checkPieces(t,
		piece{"a", "2018-05-11", "Man shot by deputies", "A man was shot by deputies Thursday afternoon in Millbrook. The deputies were patrolling after a gang shooting Monday night, the sheriff said."},
		piece{"b", "2018-05-11", "Deputies shoot man", "Deputies shot a man in Millbrook on Monday, the sheriff said."},
	)
	fs := dateFindings(r)
	if len(fs) != 1 || fs[0].Severity != "info" || !strings.Contains(fs[0].Message, "on that day too") {
		t.Fatalf("Thursday and Monday in one source vs Monday: %+v", fs)
	}
}

// One night seen from either side of midnight: "last night" and "early
// Thursday" (or "2 a.m. Thursday") are no disagreement; "Wednesday
// morning" and "Thursday" are.
func TestDateOvernight(t *testing.T) {
	r := checkPieces(t,
		piece{"a", "2019-07-11", "Two hurt in bar shooting", "Two men were hurt in last night's shooting outside a bar on Canal Road, police said."},
		piece{"b", "2019-07-11", "Two shot outside bar", "The shooting happened around 1:40 a.m. Thursday outside a bar on Canal Road."},
	)
	if fs := dateFindings(r); len(fs) != 0 {
		t.Fatalf("last night vs 1:40 a.m. Thursday: %+v", fs)
	}
	r = checkPieces(t,
		piece{"a", "2019-07-11", "Two hurt in bar shooting", "Two men were hurt in a shooting Wednesday morning outside a bar on Canal Road, police said."},
		piece{"b", "2019-07-11", "Two shot outside bar", "The shooting happened Thursday outside a bar on Canal Road."},
	)
	if fs := dateFindings(r); len(fs) != 1 {
		t.Fatalf("Wednesday morning vs Thursday: %+v", fs)
	}
}

// Reports of one shooting name its street, town or victim alike; two
// shootings a story's grouping joined often name nothing in common, and
// their dates' disagreement is info.
func TestDateOfViolentEventNeedsSharedNames(t *testing.T) {
	r := checkPieces(t,
		piece{"a", "2018-09-10", "Man shot on Larkspur Avenue in Dunmore", "A man was shot Saturday on Larkspur Avenue in Dunmore, police said."},
		piece{"b", "2018-09-10", "Dunmore shooting leaves man hurt", "Police said a man was shot Sunday outside a home on Larkspur Avenue in Dunmore."},
	)
	if fs := dateFindings(r); len(fs) != 1 || fs[0].Severity != "warning" {
		t.Fatalf("one shooting, Saturday vs Sunday: %+v", fs)
	}
	r = checkPieces(t,
		piece{"a", "2018-09-10", "Man shot in Dunmore - Valley News Now, Weather, Sports", "A man was shot Saturday on Larkspur Avenue in Dunmore, police said."},
		piece{"b", "2018-09-10", "Teen wounded in Westbrook - Valley News Now, Weather, Sports", "Police said a teenager was shot Sunday outside a home on Pine Hollow Road in Westbrook."},
	)
	fs := dateFindings(r)
	if len(fs) != 1 || fs[0].Severity != "info" || !strings.Contains(fs[0].Message, "fewer than two names") {
		t.Fatalf("two shootings, Saturday vs Sunday: %+v", fs)
	}
}

// A month or a day without a year, in an article without a publication
// date, cannot be placed in time: its disagreement is info.
func TestDateWithoutYearOrPublicationIsInfo(t *testing.T) {
	r := checkPieces(t,
		piece{"a", "", "Raid on compound", "Commandos carried out the raid on the compound in March, officials said."},
		piece{"b", "", "Compound raided", "Commandos carried out the raid on the compound in May, officials said."},
	)
	fs := dateFindings(r)
	if len(fs) != 1 || fs[0].Severity != "info" || !strings.Contains(fs[0].Message, "no year") {
		t.Fatalf("March vs May, undated: %+v", fs)
	}
}

// "Yesterday" counts from a publication date that may be a day after
// the writing: a day's difference from a weekday is info.
func TestDateDeicticDayApartIsInfo(t *testing.T) {
	r := checkPieces(t,
		piece{"a", "2019-05-09", "Teen hurt in Fenwick Park shooting", "A teenager was shot Wednesday in Fenwick Park in Oakdale, police said."},
		piece{"b", "2019-05-10", "Teen in court after Fenwick Park shooting", "The boy turned himself in after the shooting happened yesterday in Fenwick Park in Oakdale."},
	)
	fs := dateFindings(r)
	if len(fs) != 1 || fs[0].Severity != "info" || !strings.Contains(fs[0].Message, "a day after the writing") {
		t.Fatalf("Wednesday vs yesterday (Thursday): %+v", fs)
	}
}

// Dates of a violent incident more than a week apart are more likely two
// incidents (an earlier shooting on the same block) than sources at odds.
func TestDateOfViolentEventWeeksApartIsInfo(t *testing.T) {
	r := checkPieces(t,
		piece{"a", "2018-09-12", "Two shot on Larkspur Avenue in Dunmore", "It is the Larkspur Avenue block in Dunmore where a man was shot three weeks ago."},
		piece{"b", "2018-09-12", "Dunmore shooting on Larkspur Avenue", "Two men were shot Tuesday on Larkspur Avenue in Dunmore, police said."},
	)
	fs := dateFindings(r)
	if len(fs) != 1 || fs[0].Severity != "info" || !strings.Contains(fs[0].Message, "more than a week apart") {
		t.Fatalf("three weeks ago vs Tuesday: %+v", fs)
	}
}
