package claims

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsdesk/crosscheck/article"
)

var (
	satMay10 = time.Date(2025, 5, 10, 9, 30, 0, 0, time.UTC)
	tueOct21 = time.Date(2025, 10, 21, 18, 0, 0, 0, time.FixedZone("PKT", 5*3600))
)

// day is a calendar day at midnight UTC, for expectations.
func day(y, m, d int) time.Time { return ymd(y, m, d) }

func TestResolveDate(t *testing.T) {
	type want struct {
		start, end string // "2006-01-02"; end empty = start + 1 day
		gran       string
		relative   bool
	}
	cases := []struct {
		expr   string
		pub    time.Time
		future bool
		want   want
	}{
		// Publication Saturday 2025-05-10.
		{"on Friday", satMay10, false, want{"2025-05-09", "", Day, true}},
		{"Friday", satMay10, true, want{"2025-05-16", "", Day, true}},
		{"Saturday", satMay10, false, want{"2025-05-10", "", Day, true}},
		{"early Saturday (May 10)", satMay10, false, want{"2025-05-10", "", Day, true}},
		{"Saturday, May 10, 2025", satMay10, false, want{"2025-05-10", "", Day, false}},
		{"last month", satMay10, false, want{"2025-04-01", "2025-05-01", Month, true}},
		{"April 22", satMay10, false, want{"2025-04-22", "", Day, true}},
		{"April 22, 2025", satMay10, false, want{"2025-04-22", "", Day, false}},
		{"22 April", satMay10, false, want{"2025-04-22", "", Day, true}},
		{"the 22nd of April 2024", satMay10, false, want{"2024-04-22", "", Day, false}},
		{"Apr. 22", satMay10, false, want{"2025-04-22", "", Day, true}},
		{"May 10th", satMay10, false, want{"2025-05-10", "", Day, true}},
		{"April 22-23", satMay10, false, want{"2025-04-22", "2025-04-24", Day, true}},
		{"this week", satMay10, false, want{"2025-05-05", "2025-05-12", Week, true}},
		{"earlier this week", satMay10, false, want{"2025-05-05", "2025-05-10", Week, true}},
		{"later this week", tueOct21, false, want{"2025-10-22", "2025-10-27", Week, true}},
		{"earlier this month", satMay10, false, want{"2025-05-01", "2025-05-10", Month, true}},
		{"earlier this year", satMay10, false, want{"2025-01-01", "2025-05-10", Year, true}},
		{"late last month", satMay10, false, want{"2025-04-21", "2025-05-01", Part, true}},
		{"mid May", tueOct21, true, want{"2026-05-11", "2026-05-21", Part, true}},
		{"in early May", satMay10, false, want{"2025-05-01", "2025-05-11", Part, true}},
		{"late June 2019", satMay10, false, want{"2019-06-21", "2019-07-01", Part, false}},
		{"a month ago Thursday", satMay10, false, want{"2025-04-08", "", Day, true}},
		{"last week", satMay10, false, want{"2025-04-28", "2025-05-05", Week, true}},
		{"next week", satMay10, false, want{"2025-05-12", "2025-05-19", Week, true}},
		{"this year", satMay10, false, want{"2025-01-01", "2026-01-01", Year, true}},
		{"last year", satMay10, false, want{"2024-01-01", "2025-01-01", Year, true}},
		{"in 2014", satMay10, false, want{"2014-01-01", "2015-01-01", Year, false}},
		{"in early 2014", satMay10, false, want{"2014-01-01", "2014-05-03", Part, false}},
		{"yesterday", satMay10, false, want{"2025-05-09", "", Day, true}},
		{"yesterday morning", satMay10, false, want{"2025-05-09", "", Day, true}},
		{"today", satMay10, false, want{"2025-05-10", "", Day, true}},
		{"tonight", satMay10, true, want{"2025-05-10", "", Day, true}},
		{"tomorrow", satMay10, true, want{"2025-05-11", "", Day, true}},
		{"early this morning", satMay10, false, want{"2025-05-10", "", Day, true}},
		{"last night", satMay10, false, want{"2025-05-09", "", Day, true}},
		{"Sunday morning", satMay10, false, want{"2025-05-04", "", Day, true}},
		{"late Thursday", satMay10, false, want{"2025-05-08", "", Day, true}},
		{"Thursday night", satMay10, false, want{"2025-05-08", "", Day, true}},
		{"last Saturday", satMay10, false, want{"2025-05-03", "", Day, true}},
		{"next Saturday", satMay10, false, want{"2025-05-17", "", Day, true}},
		{"this past Monday", satMay10, false, want{"2025-05-05", "", Day, true}},
		{"on Jan. 4", satMay10, false, want{"2025-01-04", "", Day, true}},
		{"2015-01-04", satMay10, false, want{"2015-01-04", "", Day, false}},
		{"1/12/2014", satMay10, false, want{"2014-01-12", "", Day, false}},
		{"Tue, 21-Oct-2025", satMay10, false, want{"2025-10-21", "", Day, false}},
		{"the weekend", satMay10, false, want{"2025-05-10", "2025-05-12", Week, true}},
		{"last weekend", satMay10, false, want{"2025-05-03", "2025-05-05", Week, true}},
		{"last weekend", satMay10.AddDate(0, 0, 1), false, want{"2025-05-03", "2025-05-12", Week, true}},
		{"last Friday", satMay10, false, want{"2025-05-02", "2025-05-10", Day, true}},
		{"Saturday and Sunday", tueOct21, false, want{"2025-10-18", "2025-10-20", Day, true}},
		{"in February of 2013", satMay10, false, want{"2013-02-01", "2013-03-01", Month, false}},
		{"this Wednesday", satMay10, false, want{"2025-05-07", "", Day, true}},
		{"this Wednesday", satMay10, true, want{"2025-05-14", "", Day, true}},
		{"two days ago", satMay10, false, want{"2025-05-08", "", Day, true}},
		{"a year ago", satMay10, false, want{"2024-01-01", "2025-01-01", Year, true}},
		{"three weeks ago", satMay10, false, want{"2025-04-16", "2025-04-23", Week, true}},
		{"earlier today", satMay10, false, want{"2025-05-10", "", Day, true}},
		{"in March", satMay10, false, want{"2025-03-01", "2025-04-01", Month, true}},
		{"mid-March", satMay10, false, want{"2025-03-11", "2025-03-21", Part, true}},
		{"last March", satMay10, false, want{"2025-03-01", "2025-04-01", Month, true}},
		{"last May", satMay10, false, want{"2024-05-01", "2024-06-01", Month, true}},
		{"next May", satMay10, false, want{"2026-05-01", "2026-06-01", Month, true}},
		{"in December", satMay10, false, want{"2024-12-01", "2025-01-01", Month, true}},
		{"in December", satMay10, true, want{"2025-12-01", "2026-01-01", Month, true}},
		{"December 25", satMay10, false, want{"2024-12-25", "", Day, true}},
		{"March 2015", satMay10, false, want{"2015-03-01", "2015-04-01", Month, false}},
		// Publication Tuesday 2025-10-21 (a zone east of UTC: its own day counts).
		{"on Friday", tueOct21, false, want{"2025-10-17", "", Day, true}},
		{"Early Saturday", tueOct21, false, want{"2025-10-18", "", Day, true}},
		{"Tuesday", tueOct21, false, want{"2025-10-21", "", Day, true}},
		{"Tuesday", tueOct21, true, want{"2025-10-21", "", Day, true}},
		{"this Wednesday", tueOct21, true, want{"2025-10-22", "", Day, true}},
		{"this Wednesday", tueOct21, false, want{"2025-10-15", "", Day, true}},
		{"last month", tueOct21, false, want{"2025-09-01", "2025-10-01", Month, true}},
		{"this week", tueOct21, false, want{"2025-10-20", "2025-10-27", Week, true}},
		{"the weekend", tueOct21, false, want{"2025-10-18", "2025-10-20", Week, true}},
		{"the weekend", tueOct21, true, want{"2025-10-25", "2025-10-27", Week, true}},
		{"April 22", tueOct21, false, want{"2025-04-22", "", Day, true}},
		{"December 5", tueOct21, false, want{"2025-12-05", "", Day, true}},
		{"in January", tueOct21, false, want{"2025-01-01", "2025-02-01", Month, true}},
		{"in January", tueOct21, true, want{"2026-01-01", "2026-02-01", Month, true}},
		{"yesterday", tueOct21, false, want{"2025-10-20", "", Day, true}},
		// Unknown publication date: absolute dates only.
		{"April 22, 2025", time.Time{}, false, want{"2025-04-22", "", Day, false}},
		{"in 2014", time.Time{}, false, want{"2014-01-01", "2015-01-01", Year, false}},
		{"2015-01-04", time.Time{}, false, want{"2015-01-04", "", Day, false}},
	}
	for _, c := range cases {
		got, ok := ResolveDate(c.expr, c.pub, c.future)
		name := c.expr + " @" + c.pub.Format("2006-01-02")
		if !ok {
			t.Errorf("%s: not resolved", name)
			continue
		}
		start, _ := time.Parse("2006-01-02", c.want.start)
		end := start.AddDate(0, 0, 1)
		if c.want.end != "" {
			end, _ = time.Parse("2006-01-02", c.want.end)
		}
		if !got.Start.Equal(start) || !got.End.Equal(end) || got.Granularity != c.want.gran || got.Relative != c.want.relative || !got.YearKnown {
			t.Errorf("%s (future=%v): got [%s, %s) %s relative=%v yearKnown=%v; want [%s, %s) %s relative=%v",
				name, c.future, got.Start.Format("2006-01-02"), got.End.Format("2006-01-02"), got.Granularity, got.Relative, got.YearKnown,
				start.Format("2006-01-02"), end.Format("2006-01-02"), c.want.gran, c.want.relative)
		}
	}
}

func TestResolveDateWithoutPublication(t *testing.T) {
	// Relative expressions are never guessed.
	for _, expr := range []string{"on Friday", "last month", "this week", "yesterday", "two days ago", "the weekend", "this Wednesday"} {
		if dv, ok := ResolveDate(expr, time.Time{}, false); ok || dv.Resolved {
			t.Errorf("%q resolved without a publication date: %+v", expr, dv)
		} else if dv.Expr == "" {
			t.Errorf("%q: expression not kept", expr)
		}
	}
	// A month and day without a year: resolved, year unknown, year 1.
	for expr, want := range map[string]time.Time{
		"April 22":                day(1, 4, 22),
		"early Saturday (May 10)": day(1, 5, 10),
		"Apr. 22":                 day(1, 4, 22),
	} {
		dv, ok := ResolveDate(expr, time.Time{}, false)
		if !ok || dv.YearKnown || !dv.Start.Equal(want) || !dv.End.Equal(want.AddDate(0, 0, 1)) || dv.Relative {
			t.Errorf("%q: got %+v ok=%v; want year-unknown %s", expr, dv, ok, want.Format("01-02"))
		}
	}
}

func TestResolveDateRejects(t *testing.T) {
	for _, expr := range []string{"may have", "24/7", "the 2000 block", "February 30", "until Friday", "by 2014", "every Monday", "a 22-year-old", ""} {
		if dv, ok := ResolveDate(expr, satMay10, false); ok {
			t.Errorf("%q read as a date: %+v", expr, dv)
		}
	}
}

func TestWeekdayMismatch(t *testing.T) {
	toks := tokenize("Saturday (May 11)", 0)
	sps := scanDates(toks, nil, true)
	if len(sps) != 1 || sps[0].kind != dkDate {
		t.Fatalf("scan: %+v", sps)
	}
	dv, tags := resolveSpec(sps[0], satMay10, false)
	if !dv.Start.Equal(day(2025, 5, 11)) || !slices.Contains(tags, "date:weekday-mismatch") {
		t.Errorf("got %v %v; want May 11 with a weekday mismatch", dv.Start, tags)
	}
	if _, tags := resolveSpec(sps[0], time.Time{}, false); len(tags) != 0 {
		t.Errorf("no year known, yet tags %v", tags)
	}
}

// dateClaims extracts the date claims of a text published at pub.
func dateClaims(t *testing.T, x *Extractor, text string, pub time.Time) []Claim {
	t.Helper()
	var out []Claim
	for _, c := range x.Extract(&article.Article{ID: "t", Text: text, Published: pub}) {
		if c.Kind == Date {
			out = append(out, c)
		}
	}
	return out
}

func TestDateTraps(t *testing.T) {
	x := testExtractor(t)
	for _, text := range []string{
		"Officials may have known about the plot.",
		"May God rest her soul, the pastor said.",
		"Hundreds of protesters march through the city every year.",
		"The March was peaceful, organisers said.",
		"He wrote a column for the Sunday Times for a decade.",
		"Good Friday services drew large crowds.",
		"The shooting happened in the 2000 block of Main Street.",
		"The clinic is open 24/7 for victims.",
		"She has lived in the town since 1987.",
		"A 22-year-old man was shot in the leg.",
		"Police arrested 15 people and seized 2014 rounds of ammunition.",
		"The store stays open until Friday.",
		"Fans filled the arena for March Madness.",
		"She celebrated May Day with her family.",
		"The Mail on Sunday ran the story first.",
	} {
		for _, c := range dateClaims(t, x, text, satMay10) {
			if c.Value.Date.Bound == "" {
				t.Errorf("%q: false date %q", text, c.Text)
			}
		}
	}
}

// dateCase is a sentence, its publication date and what one of its date
// claims should say.
type dateCase struct {
	text  string
	pub   time.Time
	expr  string    // the claim's Text
	start time.Time // zero: expect unresolved
	event string    // Subject.Event; "" to skip
	place string    // a place the subject must hold; "" to skip
}

// checkDateCases runs dateCases against the default rulebook.
func checkDateCases(t *testing.T, cases []dateCase) {
	x := testExtractor(t)
	for _, c := range cases {
		var found *Claim
		cs := dateClaims(t, x, c.text, c.pub)
		for i := range cs {
			if cs[i].Text == c.expr {
				found = &cs[i]
			}
		}
		if found == nil {
			var got []string
			for _, cl := range cs {
				got = append(got, cl.Text)
			}
			t.Errorf("%q: no date %q (got %q)", c.text, c.expr, got)
			continue
		}
		dv := found.Value.Date
		if found.Rule != "date" || len(found.Matched) == 0 || !strings.HasPrefix(found.Matched[0], "date:") {
			t.Errorf("%q: rule %q matched %v", c.expr, found.Rule, found.Matched)
		}
		switch {
		case c.start.IsZero() && dv.Resolved:
			t.Errorf("%q in %q: resolved to %s without a publication date", c.expr, c.text, dv.Start.Format("2006-01-02"))
		case !c.start.IsZero() && (!dv.Resolved || !dv.Start.Equal(c.start)):
			t.Errorf("%q in %q: got %s (resolved=%v), want %s", c.expr, c.text, dv.Start.Format("2006-01-02"), dv.Resolved, c.start.Format("2006-01-02"))
		}
		if c.event != "" && found.Subject.Event != c.event {
			t.Errorf("%q in %q: subject %+v, want event %s", c.expr, c.text, found.Subject, c.event)
		}
		if c.place != "" && !slices.Contains(found.Subject.Places, c.place) {
			t.Errorf("%q: subject places %v, want %s", c.expr, found.Subject.Places, c.place)
		}
	}
}

func TestDateTense(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"Rubio will meet the ministers on Wednesday.", satMay10, "Wednesday", day(2025, 5, 14), "", ""},
		{"Rubio met the ministers on Wednesday.", satMay10, "Wednesday", day(2025, 5, 7), "", ""},
		{"Bruce indicated that Secretary Rubio plans to have direct discussions with the Pakistani and Indian foreign ministers this Wednesday.", satMay10, "this Wednesday", day(2025, 5, 14), "", ""},
		{"The trial is scheduled to begin Monday.", satMay10, "Monday", day(2025, 5, 12), "", ""},
		{"He is set to visit Riyadh on Tuesday.", satMay10, "Tuesday", day(2025, 5, 13), "visit", ""},
		{"Police said Friday that the man was shot Thursday night.", satMay10, "Friday", day(2025, 5, 9), "statement", ""},
		{"Police said Friday that the man was shot Thursday night.", satMay10, "Thursday night", day(2025, 5, 8), "attack", ""},
	})
}

// The seed articles carry no publication date (but 001's date line):
// relative dates stay unresolved, and month-days keep an unknown year.
func TestDateSeedSubjects(t *testing.T) {
	none := time.Time{}
	checkDateCases(t, []dateCase{
		{"In a diplomatic intervention aimed at calming rising tensions in South Asia, US Secretary of State Marco Rubio held a phone conversation on Friday with Pakistan’s Army Chief General Asim Munir.", none, "Friday", none, "call", ""},
		{`WASHINGTON: US Secretary of State Marco Rubio urged India and Pakistan to restore direct communication to "avoid miscalculation" in a series of calls as the conflict neared all-out war, the State Department said early Saturday (May 10).`, none, "early Saturday (May 10)", day(1, 5, 10), "statement", ""},
		{"India had earlier launched Operation Sindoor in response to a terror attack in Pahalgam last month, which killed 26 civilians.", none, "last month", none, "attack", "Pahalgam"},
		{"This diplomatic move comes as relations between Pakistan and India have worsened following the April 22 incident in Pahalgam, where it was reported that 26 individuals, including Indian navy personnel and civilians, were killed.", none, "April 22", day(1, 4, 22), "attack", "Pahalgam"},
		{"The United States has close relations with India and immediately voiced solidarity after gunmen killed 26 tourists, mostly Hindu men, last month on the Indian-run side of divided Kashmir.", none, "last month", none, "attack", ""},
		{"Tue, 21-Oct-2025", none, "Tue, 21-Oct-2025", day(2025, 10, 21), "publication", ""},
		// With a publication date the same sentences resolve.
		{"US Secretary of State Marco Rubio held a phone conversation on Friday with Pakistan’s Army Chief General Asim Munir.", satMay10, "Friday", day(2025, 5, 9), "call", ""},
		{"India had earlier launched Operation Sindoor in response to a terror attack in Pahalgam last month, which killed 26 civilians.", satMay10, "last month", day(2025, 4, 1), "attack", "Pahalgam"},
	})
}

// Two events dated in one article keep apart: the call and the statement
// announcing it.
func TestDateCallAndStatementDiffer(t *testing.T) {
	x := testExtractor(t)
	text := "US Secretary of State Marco Rubio held a phone conversation on Friday with Pakistan's army chief.\nThe State Department said early Saturday (May 10) that Rubio had urged restraint."
	cs := dateClaims(t, x, text, satMay10)
	if len(cs) != 2 {
		t.Fatalf("got %d date claims, want 2", len(cs))
	}
	if cs[0].Subject.Key == cs[1].Subject.Key {
		t.Errorf("call and statement share subject %q", cs[0].Subject.Key)
	}
	if cs[0].Subject.Event != "call" || cs[1].Subject.Event != "statement" {
		t.Errorf("subjects %q and %q, want call and statement", cs[0].Subject.Event, cs[1].Subject.Event)
	}
	if !cs[0].Value.Date.Start.Before(cs[1].Value.Date.Start) {
		t.Errorf("the call should precede the statement")
	}
}

// Sentences of the kinds local crime reports use, with their articles'
// publication dates.
func TestDateCrimeReportSentences(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"Three people were hurt in a shooting in Millbrook early this morning, deputies said.", day(2014, 1, 12), "early this morning", day(2014, 1, 12), "attack", ""},
		{"Detectives are investigating a shooting that happened on Pine Ridge Road Sunday.", day(2014, 4, 5), "Sunday", day(2014, 3, 30), "attack", ""},
		{"(June 3, 2015) – Two men were wounded in a Fairview shooting Tuesday night.", day(2015, 6, 3), "Tuesday night", day(2015, 6, 2), "attack", ""},
		{"(June 3, 2015) – Two men were wounded in a Fairview shooting Tuesday night.", day(2015, 6, 3), "June 3, 2015", day(2015, 6, 3), "publication", ""},
		{"Ana Ruiz was shot outside her apartment on Monday and died at a hospital", day(2014, 6, 3), "Monday", day(2014, 6, 2), "attack", ""},
		{"A 19-year-old college student was shot and killed at a cookout Wednesday when a handgun went off.", day(2014, 6, 5), "Wednesday", day(2014, 6, 4), "attack", ""},
		{"The latest shooting happened about 2:40 a.m. Saturday in the Eastgate neighborhood.", day(2014, 7, 12), "Saturday", day(2014, 7, 12), "attack", ""},
		{"The indictment concerns a shooting that occurred on Apr. 9, 2013 outside a diner on Pine Road.", day(2015, 2, 21), "Apr. 9, 2013", day(2013, 4, 9), "attack", ""},
		{"Officers examine the scene after a shooting wounded three people at a barber shop in Northport, Monday, March 3, 2014.", day(2014, 3, 5), "Monday, March 3, 2014", day(2014, 3, 3), "attack", ""},
		{"A hearing was postponed Thursday for the man convicted in the Harbor Street shooting that killed two people", day(2016, 3, 24), "Thursday", day(2016, 3, 24), "other", ""},
		{"Two victims were still in the hospital Friday night, recovering from Thursday's shooting near Lincoln Park.", day(2014, 5, 16), "Thursday", day(2014, 5, 15), "attack", ""},
		{"Two victims were still in the hospital Friday night, recovering from Thursday's shooting near Lincoln Park.", day(2014, 5, 16), "Friday night", day(2014, 5, 16), "main", ""},
		{"Teen hurt in accidental shooting Updated: Monday, June 2, 2014 9:12 PM CDT", day(2014, 6, 2), "Monday, June 2, 2014", day(2014, 6, 2), "publication", ""},
		{"The March 4, 2013, shooting left a family grieving and a neighborhood shaken.", day(2015, 1, 15), "March 4, 2013", day(2013, 3, 4), "attack", ""},
		{"A teenager who was shot last month and his cousin were shot Saturday night in the Riverside neighborhood.", day(2014, 4, 6), "Saturday night", day(2014, 4, 5), "attack", ""},
		{"A teenager who was shot last month and his cousin were shot Saturday night in the Riverside neighborhood.", day(2014, 4, 6), "last month", day(2014, 3, 1), "attack", ""},
		{"The trial of a woman charged in the 2013 fatal shooting of a store clerk is to begin Monday in Dover.", day(2014, 8, 2), "2013", day(2013, 1, 1), "attack", ""},
		{"The trial of a woman charged in the 2013 fatal shooting of a store clerk is to begin Monday in Dover.", day(2014, 8, 2), "Monday", day(2014, 8, 4), "", ""},
		// What someone is charged with is not dated by the filing.
		{"Prosecutors filed charges of second degree murder Monday against a 20-year-old man.", day(2014, 6, 4), "Monday", day(2014, 6, 2), "other", ""},
		// A page's furniture dates the page.
		{"Posted in Local News on Tuesday, June 3, 2014.", day(2014, 6, 4), "Tuesday, June 3, 2014", day(2014, 6, 3), "publication", ""},
		// A death is an event of its own: a victim may die days later.
		{"A woman died Sunday, two days after she was shot Friday night.", day(2015, 3, 16), "Sunday", day(2015, 3, 15), "death", ""},
		{"A woman died Sunday, two days after she was shot Friday night.", day(2015, 3, 16), "Friday night", day(2015, 3, 13), "attack", ""},
		// A date right before a past speech verb dates the statement, not
		// an event word earlier in the sentence or in what was said.
		{"Witnesses to the gunfire dispute the sheriff, who on Thursday said there was no shooting after midnight.", day(2015, 9, 20), "Thursday", day(2015, 9, 17), "statement", ""},
		{"Officials at the plant Tuesday announced the explosion had been contained.", day(2015, 9, 20), "Tuesday", day(2015, 9, 15), "statement", ""},
		// A possessive date dates the noun it determines, whatever its
		// modifiers, and nothing before it.
		{"The shooting broke out hours after Saturday's annual Harvest Festival parade downtown.", day(2015, 10, 5), "Saturday", day(2015, 10, 3), "other", ""},
		{"Troops shelled the port in reprisal for Tuesday's Northern rocket attack on a ferry.", day(2015, 10, 8), "Tuesday", day(2015, 10, 6), "attack", ""},
	})
}

// The clause's tense decides which way a weekday counts; a forecast or a
// schedule is marked as such.
func TestDateForecasts(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct {
		text, expr, tense string
		start             time.Time
	}{
		{"A decision could come as soon as Wednesday, aides said.", "Wednesday", Future, day(2025, 5, 14)},
		{"The verdict is expected Thursday.", "Thursday", Future, day(2025, 5, 15)},
		{"The runoff would be held on June 3.", "June 3", Future, day(2025, 6, 3)},
		{"Two council members are likely to meet in a runoff in July.", "July", Future, day(2025, 7, 1)},
		{"The mayor will give an upcoming speech on Monday.", "Monday", Future, day(2025, 5, 12)},
		{"The aide quit on Monday.", "Monday", Past, day(2025, 5, 5)},
		{"Crowds in the square on Monday.", "Monday", "", day(2025, 5, 5)},
	} {
		found := false
		for _, cl := range dateClaims(t, x, c.text, satMay10) {
			if cl.Text != c.expr {
				continue
			}
			found = true
			if dv := cl.Value.Date; dv.Tense != c.tense || !dv.Start.Equal(c.start) {
				t.Errorf("%q: tense %q start %s, want %q %s", c.text, dv.Tense, dv.Start.Format("2006-01-02"), c.tense, c.start.Format("2006-01-02"))
			}
		}
		if !found {
			t.Errorf("%q: no date %q", c.text, c.expr)
		}
	}
}

// A state at the time of a report, a generic word that may stand for
// another incident, or a date inside another noun's phrase, does not date
// the attack firmly.
func TestDateLooseAnchors(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct{ text, expr string }{
		{"One of the victims was in critical condition Wednesday afternoon.", "Wednesday afternoon"},
		{"The spate of shootings included Thursday night's incident on Elm Street.", "Thursday night"},
		// A date inside a noun's phrase dates that noun (a correction
		// notice's story), not an event in the next phrase.
		{"In a story on May 6 about a shooting in a Dover home, the paper misspelled a name.", "May 6"},
	} {
		for _, cl := range dateClaims(t, x, c.text, satMay10) {
			if cl.Text == c.expr && cl.Value.Date.Anchor == AnchorEvent {
				t.Errorf("%q: %q stands firmly on %s", c.text, c.expr, cl.Subject.Event)
			}
		}
	}
}

// Periods are dated by their bounds, and a person's act by its agent.
func TestDatePeriodsAndAgents(t *testing.T) {
	x := testExtractor(t)
	text := "Maria Lindqvist has led the party since 2006.\n" +
		"She follows Arthur Penn, who served from 1990 to 1998.\n" +
		"Lindqvist's second term officially ends in 2023.\n" +
		"Omar Haddad joined the agency in 2004. He left the agency last year to teach."
	want := []struct {
		expr, event, agent, bound, anchor string
	}{
		{"2006", "tenure", "Maria Lindqvist", BoundStart, AnchorEvent},
		{"1990 to 1998", "tenure", "Arthur Penn", BoundSpan, AnchorEvent},
		{"2023", "tenure", "Maria Lindqvist", BoundEnd, AnchorEvent},
		{"last year", "departure", "Omar Haddad", "", AnchorClause},
	}
	cs := dateClaims(t, x, text, satMay10)
	for _, w := range want {
		found := false
		for _, c := range cs {
			if c.Text != w.expr {
				continue
			}
			found = true
			dv := c.Value.Date
			if c.Subject.Event != w.event || c.Subject.Agent != w.agent || dv.Bound != w.bound || dv.Anchor != w.anchor {
				t.Errorf("%q: event %s agent %q bound %q anchor %s, want %s %q %q %s", w.expr, c.Subject.Event, c.Subject.Agent, dv.Bound, dv.Anchor, w.event, w.agent, w.bound, w.anchor)
			}
		}
		if !found {
			t.Errorf("no date %q", w.expr)
		}
	}
}

// A clock time takes the day of the event date before it; a sentence
// framed by another place dates another event.
func TestDateClockAndElsewhere(t *testing.T) {
	x := testExtractor(t)
	a := &article.Article{ID: "t", Title: "Man shot in Oakdale", Published: satMay10,
		Text: "Deputies were at the scene early Friday.\nThey say around 2:10 a.m., a man walked into the bar and opened fire.\nIn Riverton, police were still investigating a separate shooting Thursday."}
	var clock, other *Claim
	cs := x.Extract(a)
	for i := range cs {
		switch cs[i].Text {
		case "2:10 a.m.":
			clock = &cs[i]
		case "Thursday":
			other = &cs[i]
		}
	}
	if clock == nil || clock.Subject.Event != "attack" || !clock.Value.Date.Start.Equal(day(2025, 5, 9)) || clock.Value.Date.Anchor != AnchorClause {
		t.Errorf("clock time: %+v", clock)
	}
	if other == nil || !slices.Contains(other.Matched, "date:elsewhere") {
		t.Errorf("shooting in Riverton not marked elsewhere: %+v", other)
	}
}

// BenchmarkDates measures date extraction alone over news sentences.
func BenchmarkDates(b *testing.B) {
	x := testExtractor(b)
	text := strings.Repeat("US Secretary of State Marco Rubio held a phone conversation on Friday with Pakistan's Army Chief General Asim Munir. "+
		"The State Department said early Saturday (May 10) that the talks went well. "+
		"Five people were injured in a shooting in Elgin early this morning, authorities said. "+
		"Officials may have known about the plot since 1987, but the report was published in the 2000 block of Main Street.\n", 50)
	d := newDoc(x, &article.Article{Text: text, Published: satMay10})
	d.sents, d.blocks = splitSentences(text, x.abbrev)
	for i := range d.sents {
		d.mentions[i] = d.findMentions(&d.sents[i])
		d.events[i] = d.findEvents(&d.sents[i])
	}
	words := len(strings.Fields(text))
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		d.claims = d.claims[:0]
		for i := range d.sents {
			d.dates(&d.sents[i])
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// A number modifier before an "ago" date hedges it: "less than two weeks
// ago" reaches up to publication, "about a month ago" spans the months
// beside it.
func TestDateHedgedAgo(t *testing.T) {
	x := testExtractor(t)
	for _, c := range []struct {
		text       string
		start, end time.Time
	}{
		{"Crowds gathered to mourn a teacher killed less than two weeks ago.", day(2025, 4, 23), day(2025, 5, 11)},
		{"The clinic was set on fire about a month ago.", day(2025, 3, 1), day(2025, 6, 1)},
		{"The clinic was set on fire a month ago.", day(2025, 4, 1), day(2025, 5, 1)},
	} {
		cs := dateClaims(t, x, c.text, satMay10)
		if len(cs) != 1 {
			t.Fatalf("%q: %d date claims", c.text, len(cs))
		}
		if dv := cs[0].Value.Date; !dv.Start.Equal(c.start) || !dv.End.Equal(c.end) {
			t.Errorf("%q: [%s, %s), want [%s, %s)", c.text, dv.Start.Format("2006-01-02"), dv.End.Format("2006-01-02"), c.start.Format("2006-01-02"), c.end.Format("2006-01-02"))
		}
	}
}

// An embedded post's "today" counts from the post's own date, written
// after its author's handle; that date dates the post.
func TestDateInEmbeddedPost(t *testing.T) {
	x := testExtractor(t)
	text := "Neighbors held a vigil for the boy hurt in today's shooting. pic.twitter.com/abc123 — Dana Reyes (@danareyes) March 3, 2019"
	cs := dateClaims(t, x, text, day(2019, 3, 5))
	var today, post *Claim
	for i := range cs {
		switch cs[i].Text {
		case "today":
			today = &cs[i]
		case "March 3, 2019":
			post = &cs[i]
		}
	}
	if today == nil || post == nil {
		t.Fatalf("claims %+v", cs)
	}
	if !today.Value.Date.Start.Equal(day(2019, 3, 3)) || !slices.Contains(today.Matched, "date:in-post") {
		t.Errorf("today in the post: %s %v", today.Value.Date.Start.Format("2006-01-02"), today.Matched)
	}
	if post.Subject.Event != "post" {
		t.Errorf("the post's date dates %q", post.Subject.Event)
	}
}

// An event word inside a name ("a Walk to End the Violence") names no
// event, even in a sentence of many names.
func TestDateEventWordInName(t *testing.T) {
	x := testExtractor(t)
	cs := dateClaims(t, x, "Some Marlow residents have organized a March Against the Violence for 6 p.m. today at East Elm Avenue and North Bay Street.", satMay10)
	for _, c := range cs {
		if c.Subject.Event == "attack" {
			t.Errorf("%q dates an attack: %+v", c.Text, c.Subject)
		}
	}
}
