package claims

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsdesk/crosscheck/article"
)

// cas is an expected casualty claim: status, interval and victim groups
// written "category/share[/number]".
type cas struct {
	status   string
	min, max float64
	groups   string
}

// casualtiesOf returns the casualty claims of text.
func casualtiesOf(t *testing.T, x *Extractor, text string) []Claim {
	t.Helper()
	var out []Claim
	for _, c := range extractText(t, x, "t", text) {
		if c.Kind == Casualty {
			out = append(out, c)
		}
	}
	return out
}

// groupString renders victim groups as "tourist/all hindu/mostly".
func groupString(gs []Group) string {
	var parts []string
	for _, g := range gs {
		p := g.Category + "/" + g.Share
		if g.Number != nil {
			p += "/" + g.Number.String()
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " ")
}

// TestCasualties checks casualty claims on seed and GVA sentences.
func TestCasualties(t *testing.T) {
	x := testExtractor(t)
	inf := math.Inf(1)
	cases := []struct {
		text string
		want []cas
	}{
		// Seeds.
		{"India had earlier launched Operation Sindoor in response to a terror attack in Pahalgam last month, which killed 26 civilians.",
			[]cas{{"killed", 26, 26, "civilian/all"}}},
		{"The United States has close relations with India and immediately voiced solidarity after gunmen killed 26 tourists, mostly Hindu men, last month on the Indian-run side of divided Kashmir.",
			[]cas{{"killed", 26, 26, "tourist/all hindu/mostly man/mostly"}}},
		{"This diplomatic move comes as relations between Pakistan and India have worsened following the April 22 incident in Pahalgam, where it was reported that 26 individuals, including Indian navy personnel and civilians, were killed.",
			[]cas{{"killed", 26, 26, "person/all military/including civilian/including"}}},
		// Patterns of the brief.
		{"The blast ripped through the market, killing at least 10 people, injuring dozens more.",
			[]cas{{"killed", 10, inf, "person/all"}, {"injured", 24, inf, ""}}},
		{"Three people were killed and one critically wounded in the shooting.",
			[]cas{{"killed", 3, 3, "person/all"}, {"injured", 1, 1, ""}}},
		{"A man was shot and killed on Friday night.", []cas{{"killed", 1, 1, "man/all"}}},
		{"Two men were injured.", []cas{{"injured", 2, 2, "man/all"}}},
		{"A 25-year-old man died at the hospital.", []cas{{"killed", 1, 1, "man/all"}}},
		{"A 4-year-old was fatally shot outside the store.", []cas{{"killed", 1, 1, "person/all"}}},
		{"Police said the 19-year-old was wounded in the shooting.", []cas{{"injured", 1, 1, "person/all"}}},
		{"The death toll rose to 12 on Sunday.", []cas{{"killed", 12, 12, ""}}},
		{"The fire left three dead and five injured.", []cas{{"killed", 3, 3, ""}, {"injured", 5, 5, ""}}},
		{"One person was killed and six others hurt.", []cas{{"killed", 1, 1, "person/all"}, {"injured", 6, 6, "person/all"}}},
		{"Officers found multiple teen shooting victims, who were taken to an area hospital with minor injuries.",
			[]cas{{"injured", 2, inf, "child/all"}}},
		{"No one was hurt.", []cas{{"injured", 0, 0, ""}}},
		{"No injuries were reported.", []cas{{"injured", 0, 0, ""}}},
		{"The gunman killed 26 people, including 25 tourists.", []cas{{"killed", 26, 26, "person/all tourist/including/25"}}},
		{"One man and two women were wounded in the attack.", []cas{{"injured", 3, 3, "man/all/1 woman/all/2"}}},
		{"The suspect was killed by police.", []cas{{"killed", 1, 1, "suspect/all"}}},
		// Not casualty figures.
		{"He served 26 years in prison.", nil},
		{"India struck three of its air bases.", nil},
		{"The officer was not injured.", nil},
		// GVA sentences.
		{"Five people were injured in a shooting in Elgin early this morning, authorities said.", []cas{{"injured", 5, 5, "person/all"}}},
		{"Three people were wounded in an East Harbor shooting on Thursday night, police said.", []cas{{"injured", 3, 3, "person/all"}}},
		{"1 dead, 6 wounded in Colleton County shooting", []cas{{"killed", 1, 1, ""}, {"injured", 6, 6, ""}}},
		{"WALTERBORO, S.C. (WCIV) -- One person was killed and six others were injured during a shooting at a Colleton County home early Sunday morning.",
			[]cas{{"killed", 1, 1, "person/all"}, {"injured", 6, 6, "person/all"}}},
		{"A woman involved in an eviction hearing went on a deadly rampage Thursday, killing four people and critically wounding two others in a gun and knife attack, police said.",
			[]cas{{"killed", 4, 4, "person/all"}, {"injured", 2, 2, "person/all"}}},
		{"Brooksville police: Three killed, one injured in shooting", []cas{{"killed", 3, 3, ""}, {"injured", 1, 1, ""}}},
		{"Three people were shot to death and another was injured in Brooksville on Friday night.", []cas{{"killed", 3, 3, "person/all"}}},
		{"Tampa police are investigating a shooting that injured five people early Saturday at the Supa D nightclub.", []cas{{"injured", 5, 5, "person/all"}}},
		{"A 9-year-old boy was killed on Detroit's east side Monday night in what police believe was an accidental shooting.", []cas{{"killed", 1, 1, "child/all"}}},
		{"Detectives said they could not tell whether a drive-by shooting Sunday night that left two men dead and three other people wounded was linked.",
			[]cas{{"killed", 2, 2, "man/all"}, {"injured", 3, 3, "person/all"}}},
		{"Nidal M. Hasan also used a weapon purchased from Gun Galore in the Nov. 5, 2009, Fort Hood shooting that killed 13 people and injured more than 30 others.",
			[]cas{{"killed", 13, 13, "person/all"}, {"injured", 31, inf, "person/all"}}},
		{"Hawkins is the brother of Anthony Ray Hawkins, 33, Reshowna Hawkins, 34, and Darrell Hawkins, 34 who were shot and killed at a home on Fourth Street.", nil},
		{"A woman and a child were shot outside a home on Tuckahoe Road in White Sulphur Springs.", []cas{{"shot", 2, 2, "woman/all/1 child/all/1"}}},
		{"Detroit Police Chief James Craig said two people are in custody in connection to a shooting which killed a 3-year-old girl and injured three of her family members.",
			[]cas{{"killed", 1, 1, "child/all"}, {"injured", 3, 3, "person/all"}}},
	}
	for _, c := range cases {
		got := casualtiesOf(t, x, c.text)
		if len(got) != len(c.want) {
			var gs []string
			for _, g := range got {
				gs = append(gs, g.Value.Status+" "+g.Value.Number.String()+" "+g.Text)
			}
			t.Errorf("%q:\n got %d claims %q, want %d", c.text, len(got), gs, len(c.want))
			continue
		}
		for i, w := range c.want {
			v := got[i].Value
			if v.Status != w.status || v.Number.Min != w.min || v.Number.Max != w.max || groupString(v.Victims) != w.groups {
				t.Errorf("%q claim %d:\n got %s %v %q, want %s [%v, %v] %q", c.text, i, v.Status, v.Number, groupString(v.Victims), w.status, w.min, w.max, w.groups)
			}
			if got[i].Rule != "casualty" || got[i].Subject.Key == "" || len(got[i].Matched) == 0 {
				t.Errorf("%q claim %d: rule %q subject %q matched %v", c.text, i, got[i].Rule, got[i].Subject.Key, got[i].Matched)
			}
		}
	}
}

// TestCasualtyDetails checks the span, subject, hedges and matched entries
// of one claim.
func TestCasualtyDetails(t *testing.T) {
	x := testExtractor(t)
	got := casualtiesOf(t, x, "A terror attack in Pahalgam killed at least 26 tourists, police said.")
	if len(got) != 1 {
		t.Fatalf("got %d claims", len(got))
	}
	c := got[0]
	if c.Text != "killed at least 26 tourists" {
		t.Errorf("text %q", c.Text)
	}
	if c.Subject.Key != "event:attack" {
		t.Errorf("subject %q", c.Subject.Key)
	}
	want := map[string]bool{"casualties:killed": true, "modifiers:at-least": true, "taxonomy:tourist": true}
	for _, m := range c.Matched {
		delete(want, m)
	}
	if len(want) > 0 {
		t.Errorf("matched %v lacks %v", c.Matched, want)
	}
	if len(c.Stated.Hedges) == 0 {
		t.Errorf("stated %+v: want the at-least hedge", c.Stated)
	}
}

// seedTexts reads the seed articles.
func seedTexts(tb testing.TB) map[string]string {
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out[strings.TrimSuffix(filepath.Base(f), ".txt")] = string(b)
	}
	return out
}

// BenchmarkExtractSeeds runs the whole extractor on the seed articles and
// reports words per second.
func BenchmarkExtractSeeds(b *testing.B) {
	x := testExtractor(b)
	seeds := seedTexts(b)
	if len(seeds) == 0 {
		b.Skip("no seeds")
	}
	words := 0
	for _, s := range seeds {
		words += len(strings.Fields(s))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for id, s := range seeds {
			x.Extract(&article.Article{ID: id, Text: s})
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
