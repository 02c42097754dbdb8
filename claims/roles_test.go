package claims

import (
	"strings"
	"testing"

	"github.com/newsdesk/crosscheck/rules"
)

func roleClaims(cls []Claim) []Claim {
	var out []Claim
	for _, c := range cls {
		if c.Kind == Role {
			out = append(out, c)
		}
	}
	return out
}

func TestRoleTitles(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		text    string
		person  string
		titles  []string
		country string
		former  bool
	}{
		{"British Foreign Secretary Helen Marsh spoke on Monday.", "Helen Marsh", []string{"foreign-minister"}, "United Kingdom", false},
		{"She met Egypt’s Army Chief General Omar Fahmy.", "Omar Fahmy", []string{"army-chief", "general"}, "Egypt", false},
		{"French Foreign Minister and Deputy Prime Minister Claire Dubois has called.", "Claire Dubois", []string{"foreign-minister", "deputy-prime-minister"}, "France", false},
		{"Former Mayor Gibbs, who won the seat back this year, kept quiet.", "Gibbs", []string{"mayor"}, "", true},
		{"Dubois spoke with Japanese Defense Minister K. Tanaka later.", "K. Tanaka", []string{"defence-minister"}, "Japan", false},
		{"The meeting was chaired by Omar Fahmy, Egypt's army chief, on Tuesday.", "Omar Fahmy", []string{"army-chief"}, "Egypt", false},
		{"Finance Minister and Senator Paulo Reis Lima flew in.", "Paulo Reis Lima", []string{"finance-minister", "senator"}, "", false},
		{"Police Chief Dana Whitfield said officers found the victims.", "Dana Whitfield", []string{"police-chief"}, "", false},
		{"John Smith, the city's police chief, said officers arrived within minutes.", "John Smith", []string{"police-chief"}, "", false},
		{"UN Secretary-General Antonio Guterres called for a ceasefire.", "Antonio Guterres", []string{"secretary-general"}, "", false},
	} {
		rs := roleClaims(extractText(t, x, "t", tc.text))
		if len(rs) != 1 {
			t.Errorf("%q: %d role claims, want 1: %+v", tc.text, len(rs), rs)
			continue
		}
		r := rs[0].Value.Role
		if r.Person != tc.person || strings.Join(r.Titles, ",") != strings.Join(tc.titles, ",") || r.Country != tc.country || r.Former != tc.former {
			t.Errorf("%q: got %s %v country %q former %v", tc.text, r.Person, r.Titles, r.Country, r.Former)
		}
		if !strings.Contains(tc.text, rs[0].Text) || rs[0].SentenceText != tc.text {
			t.Errorf("%q: span %q, sentence %q", tc.text, rs[0].Text, rs[0].SentenceText)
		}
	}
}

func TestRoleSurnameResolvesToFullName(t *testing.T) {
	x := testExtractor(t)
	rs := roleClaims(extractText(t, x, "t", "British Foreign Secretary Helen Marsh arrived. Later, Secretary Marsh left."))
	if len(rs) != 2 || rs[1].Value.Role.Person != "Helen Marsh" || rs[1].Subject.Key != "person:helen marsh" {
		t.Fatalf("claims %+v", rs)
	}
}

func TestLeaders(t *testing.T) {
	x := testExtractor(t)
	cls := roleClaims(extractText(t, x, "t", "The aide restated the Keller government’s — now led by Anna Brandt — main goals."))
	var leaders []string
	for _, c := range cls {
		if c.Value.Role.Leads {
			leaders = append(leaders, c.Value.Role.Person+"/"+c.Value.Role.Org+"/"+c.Value.Role.Time)
		}
	}
	if strings.Join(leaders, ",") != "Keller/government/now,Anna Brandt/government/now" {
		t.Errorf("leaders %v", leaders)
	}
	for _, text := range []string{
		"The Greek government's planned cuts drew protests.",
		"The Socialist government pushed the measures through.",
		"Cable and Wireless and the government hold the shares.",
	} {
		for _, c := range roleClaims(extractText(t, x, "t", text)) {
			if c.Value.Role.Leads {
				t.Errorf("%q: an adjective or a company taken for a leader: %+v", text, c.Value.Role)
			}
		}
	}
}

func attributionClaims(cls []Claim) []*AttributionValue {
	var out []*AttributionValue
	for _, c := range cls {
		if c.Kind == Attribution {
			out = append(out, c.Value.Attribution)
		}
	}
	return out
}

func TestAttributions(t *testing.T) {
	x := testExtractor(t)
	text := "A car bombing in Kessab on Sunday killed 14 civilians. The bombing was attributed to a Syria-based Hawks of the North cell."
	as := attributionClaims(extractText(t, x, "t", text))
	if len(as) != 1 || as[0].Stance != StanceFact || !strings.HasPrefix(as[0].Actor, "Hawks") || strings.Join(as[0].ActorCountries, ",") != "Syria" {
		t.Fatalf("fact: %+v", as)
	}
	text = "Militants killed nine soldiers at the border. Ankara blamed Damascus for the raid, although Damascus has denied any role."
	as = attributionClaims(extractText(t, x, "t", text))
	if len(as) != 2 || as[0].Stance != StanceClaimed || as[0].Actor != "Syria" || as[0].By != "Turkey" ||
		as[1].Stance != StanceDenied || as[1].Actor != "Syria" {
		t.Fatalf("claimed and denied: %+v", as)
	}
	// A lack of evidence, however it is worded.
	for _, lack := range []string{
		"has not offered any credible evidence",
		"has so far produced no hard evidence",
		"has not shared evidence",
		"has failed to make public any evidence",
	} {
		text = "The ambush near Mosul killed 11. Baghdad has tried to link Tehran to the ambush, but " + lack + "."
		as = attributionClaims(extractText(t, x, "t", text))
		if len(as) != 2 || as[1].Stance != StanceNoEvidence || as[1].Actor != "Iran" || as[1].By != "Iraq" {
			t.Errorf("no evidence (%s): %+v", lack, as)
		}
	}
	// Reported claims are claimed, not facts; a denial outside any violent
	// context is no attribution.
	as = attributionClaims(extractText(t, x, "t", "A bomb attack hit the market. Police said the bombing was reportedly carried out by the Northern Front."))
	if len(as) != 1 || as[0].Stance != StanceClaimed {
		t.Fatalf("hedged: %+v", as)
	}
	if as := attributionClaims(extractText(t, x, "t", "The company denied the report about its earnings.")); len(as) != 0 {
		t.Fatalf("no violent event: %+v", as)
	}
	// Acts a plural noun names are other acts; what a group's successor
	// did, the group did not.
	for _, text := range []string{
		"A bomb attack hit the market. The blast resembled raids carried out by the Northern Front.",
		"A bomb attack hit the market. It recalled the bombing committed by the Northern Front's former allies.",
		"A bomb attack hit the market. Another photograph attributed to the Kessab bombing shows a crowd.",
	} {
		if as := attributionClaims(extractText(t, x, "t", text)); len(as) != 0 {
			t.Errorf("%q: %+v", text, as)
		}
	}
	as = attributionClaims(extractText(t, x, "t", "A car bombing hit the market. The bombing was carried out by Syria's Hawks of the North."))
	if len(as) != 1 || !strings.HasPrefix(as[0].Actor, "Hawks") || strings.Join(as[0].ActorCountries, ",") != "Syria" {
		t.Errorf("a country's group: %+v", as)
	}
}

func TestSentencesAndTokens(t *testing.T) {
	x := testExtractor(t)
	text := "Headline Without A Stop\nGen. Omar Fahmy met K. Tanaka in the U.S. on Friday. “It went well,” he said. Then they left!\n\nNew paragraph here."
	sents, blocks := splitSentences(text, x.abbrev)
	var got []string
	for _, s := range sents {
		got = append(got, s.Text)
	}
	want := []string{
		"Headline Without A Stop",
		"Gen. Omar Fahmy met K. Tanaka in the U.S. on Friday.",
		"“It went well,” he said.",
		"Then they left!",
		"New paragraph here.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences:\n got %q\nwant %q", got, want)
	}
	if len(blocks) != 3 {
		t.Errorf("%d paragraphs, want 3", len(blocks))
	}
	for _, s := range sents {
		if text[s.Start:s.End] != s.Text {
			t.Errorf("offsets of %q are wrong", s.Text)
		}
	}
	toks := tokenize("Egypt’s 1,200 twenty-six U.S. Ahl-e-Sunnat", 0)
	var words []string
	for _, tk := range toks {
		words = append(words, tk.Text)
	}
	if strings.Join(words, " ") != "Egypt ’s 1,200 twenty-six U.S. Ahl-e-Sunnat" {
		t.Errorf("tokens %q", words)
	}
}

func TestPatternsAddAKind(t *testing.T) {
	x := testExtractor(t)
	x.rb.Patterns = append(x.rb.Patterns, rulesPattern("votes-received", "votes", `{entity:subject}\s+(?:won|received)\s+{number:value}\s+votes`, "number"))
	if err := x.compilePatterns(); err != nil {
		t.Fatal(err)
	}
	cls := extractText(t, x, "t", "Maria Okafor received more than 12,400 votes on Tuesday.")
	var found bool
	for _, c := range cls {
		if c.Kind == "votes" {
			found = true
			if c.Subject.Key != "votes:maria okafor" || c.Value.Number.Min != 12401 {
				t.Errorf("votes claim %+v %+v", c.Subject, c.Value.Number)
			}
		}
	}
	if !found {
		t.Fatal("no votes claim")
	}
}

// TestTypesettersQuotes checks quotations written “like this”, as in
// Penn-Treebank-style copy.
func TestTypesettersQuotes(t *testing.T) {
	x := testExtractor(t)
	var got []QuoteValue
	for _, c := range extractText(t, x, "t", "Boeing CEO Scott Carson said `` We 're continuing our research effort . '' He left .") {
		if c.Kind == Quote {
			got = append(got, *c.Value.Quote)
		}
	}
	if len(got) != 1 || got[0].Speaker != "Scott Carson" || !strings.HasPrefix(got[0].Words, "We 're continuing") {
		t.Fatalf("quotes %+v", got)
	}
}

// TestTitleWithoutName checks that "Pakistan's army chief" with no name
// resolves to the person the article named with that title, or else to a
// rulebook entity whose roles name it.
func TestTitleWithoutName(t *testing.T) {
	x := testExtractor(t)
	text := "Marsh spoke with Egyptian army chief Omar Fahmy on Friday. Egypt's army chief said the talks were useful."
	var persons []string
	for _, c := range roleClaims(extractText(t, x, "t", text)) {
		persons = append(persons, c.Value.Role.Person)
	}
	if strings.Join(persons, ",") != "Omar Fahmy,Omar Fahmy" {
		t.Errorf("in-article holder: %v", persons)
	}
	x.rb.Entities = append(x.rb.Entities, rules.Entity{ID: "omar-fahmy", Name: "Omar Fahmy", Type: "person", Country: "egypt", Roles: []string{"egypt army-chief"}})
	y, err := New(x.rb)
	if err != nil {
		t.Fatal(err)
	}
	rs := roleClaims(extractText(t, y, "t", "Egypt's army chief said the talks were useful."))
	if len(rs) != 1 || rs[0].Value.Role.Person != "Omar Fahmy" {
		t.Errorf("rulebook holder: %+v", rs)
	}
}
