package claims

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedDir is the seed articles' folder, kept in the repository.
func seedDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join("..", "testdata", "seeds")
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		t.Fatalf("seed articles not found in %s", dir)
	}
	return dir
}

// wantQuote is an expected quote claim.
type wantQuote struct {
	words   string
	speaker string
	partial bool
}

// quoteClaims returns the quote claims extracted from text.
func quoteClaims(t testing.TB, x *Extractor, text string) []Claim {
	t.Helper()
	var out []Claim
	for _, c := range extractText(t, x, "t", text) {
		if c.Kind == Quote {
			out = append(out, c)
		}
	}
	return out
}

// checkQuotes compares the quote claims of text with want, in order.
func checkQuotes(t *testing.T, x *Extractor, name, text string, want []wantQuote) {
	t.Helper()
	got := quoteClaims(t, x, text)
	if len(got) != len(want) {
		for _, c := range got {
			t.Logf("%s: got %q by %q partial=%v", name, c.Value.Quote.Words, c.Value.Quote.Speaker, c.Value.Quote.Partial)
		}
		t.Fatalf("%s: got %d quotes, want %d", name, len(got), len(want))
	}
	for i, w := range want {
		c := got[i]
		q := c.Value.Quote
		if q.Words != w.words || q.Speaker != w.speaker || q.Partial != w.partial {
			t.Errorf("%s quote %d: got {%q %q partial=%v}, want {%q %q partial=%v}", name, i, q.Words, q.Speaker, q.Partial, w.words, w.speaker, w.partial)
		}
		key := "speaker:unknown"
		if w.speaker != "" {
			key = "speaker:" + strings.ToLower(w.speaker)
		}
		if c.Subject.Key != key || c.Subject.Entity != w.speaker {
			t.Errorf("%s quote %d: subject %+v, want key %q", name, i, c.Subject, key)
		}
		continued := strings.Contains(strings.Join(c.Matched, " "), "quote:continued")
		if c.Rule != "quote" || !continued && !strings.Contains(c.Text, w.words) || c.Span.End-c.Span.Start <= len(w.words) {
			t.Errorf("%s quote %d: span text %q rule %q should hold the words and their marks", name, i, c.Text, c.Rule)
		}
		if c.Span.Start < c.Sentence.Start || c.Span.Start >= c.Sentence.End {
			t.Errorf("%s quote %d: span %v does not start in its sentence %v", name, i, c.Span, c.Sentence)
		}
		if w.speaker != "" && (c.Stated.Mode != Attributed || c.Stated.Source != w.speaker) {
			t.Errorf("%s quote %d: stated %+v, want attributed to %q", name, i, c.Stated, w.speaker)
		}
	}
}

func TestQuotesSeeds(t *testing.T) {
	dir := seedDir(t)
	x := testExtractor(t)
	tests := []struct {
		file string
		want []wantQuote
	}{
		{"000_a820a5e0c21eb88f.txt", []wantQuote{
			{"constructive talks", "Tammy Bruce", true},
			{"Mr Rubio also offered US assistance in starting constructive talks to avoid future conflicts,", "Tammy Bruce", false},
		}},
		{"001_b2503cd52dd57d8c.txt", []wantQuote{
			{"constructive", "Tammy Bruce", true},
			{"avoid future conflicts", "Tammy Bruce", true},
			{"The President has expressed he wants to see this de-escalate as quickly as possible. He understands these are two countries that have been at odds with one another for decades, long before President Trump was here in the Oval Office,", "Karoline Leavitt", false},
		}},
		{"002_088fb9d32eae0aae.txt", []wantQuote{
			{"Secretary of State Marco Rubio spoke with Pakistani Army Chief Asim Munir earlier today.", "Tammy Bruce", false},
			{"constructive talks to avoid future conflicts.", "Tammy Bruce", true},
			{"no escalation, and renewed dialogue between the two countries.", "Tammy Bruce", true},
			{"The conflict between the neighbours is fundamentally none of our business.", "JD Vance", false},
			{"that has nothing to do with America’s ability to control it.", "JD Vance", true},
			{"I am sure they’ll figure it out one way or the other.", "Donald Trump", false},
		}},
		{"003_664e613bfae1bd6e.txt", []wantQuote{
			{"avoid miscalculation", "State Department", true},
			{"emphasised that both sides need to identify methods to de-escalate and re-establish direct communication to avoid miscalculation", "Tammy Bruce", true},
			{"offered US assistance in starting constructive talks in order to avoid future conflicts", "Tammy Bruce", true},
			{"fundamentally none of our business.", "JD Vance", true},
		}},
		{"004_5e4a892c2f082e20.txt", []wantQuote{
			{"We are communicating with both sides, urging them to avoid escalating the situation,", "Tammy Bruce", false},
			{"Secretary Rubio is a firm believer in diplomatic solutions,", "Tammy Bruce", false},
			{"We are closely monitoring the situation and remain in direct communication with both governments.", "Tammy Bruce", false},
			{"We welcomed that arrest at the time.", "Tammy Bruce", false},
		}},
	}
	for _, tt := range tests {
		b, err := os.ReadFile(filepath.Join(dir, tt.file))
		if err != nil {
			t.Fatal(err)
		}
		checkQuotes(t, x, tt.file, string(b), tt.want)
	}
}

func TestQuotesConstructions(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{"said after name", "Officials met on Monday.\n“We will act,” Tammy Bruce said.", []wantQuote{{"We will act,", "Tammy Bruce", false}}},
		{"said before name", "“We will act,” said Tammy Bruce.", []wantQuote{{"We will act,", "Tammy Bruce", false}}},
		{"said in a statement", "“We will act,” Tammy Bruce said in a statement.", []wantQuote{{"We will act,", "Tammy Bruce", false}}},
		{"surname resolves", "Tammy Bruce spoke first.\n“We will act,” Bruce said.", []wantQuote{{"We will act,", "Tammy Bruce", false}}},
		{"colon introducer", "Tammy Bruce said: “We will act.”", []wantQuote{{"We will act.", "Tammy Bruce", false}}},
		{"according to", "According to Tammy Bruce, “the talks will go on”.", []wantQuote{{"the talks will go on", "Tammy Bruce", true}}},
		{"reported speech partial", "Tammy Bruce said that the talks would be \"difficult but necessary\" for both sides.", []wantQuote{{"difficult but necessary", "Tammy Bruce", true}}},
		{"organisation speaker", "“We will act,” the State Department said.", []wantQuote{{"We will act,", "State Department", false}}},
		{"pronoun in next sentence", "Tammy Bruce spoke to reporters about the talks on Monday. “We will act.” She added that talks would follow.", []wantQuote{{"We will act.", "Tammy Bruce", false}}},
		{"pronoun after quote", "Marco Rubio met envoys. “We will act,” he said.", []wantQuote{{"We will act,", "Marco Rubio", false}}},
		{"title resolves to person", "State Department spokesperson Tammy Bruce spoke.\n“We will act,” the spokesperson said.", []wantQuote{{"We will act,", "Tammy Bruce", false}}},
		{"title without person", "“We will act,” the spokesperson said.", []wantQuote{{"We will act,", "spokesperson", false}}},
		{"straight quotes", `"We will act," Tammy Bruce said. "Soon."`, []wantQuote{{"We will act,", "Tammy Bruce", false}, {"Soon.", "Tammy Bruce", true}}},
		{"apostrophes are not quotes", "Pakistan’s army chief said the ’90s were hard and they don't forget 'em.", nil},
		{"single quotes", "Local man Aamir Dhawan said: ‘No one went to help the man.’", []wantQuote{{"No one went to help the man.", "Aamir Dhawan", false}}},
		{"nested quotes", "“A name can come with a ‘feeling’ about you,” the article warns.", []wantQuote{{"A name can come with a ‘feeling’ about you,", "article", false}}},
		{"nickname skipped", "Seth Rogen will play Steve Wozniak, also just known as ‘Woz’.", nil},
		{"title of work skipped", "The film “The Social Network” was a hit.", nil},
		{"scare quote given to the subject of a speech act", "Officials called the plan “constructive” on Monday.", []wantQuote{{"constructive", "officials", true}}},
		{"scare quote kept", "The plan was “constructive” on Monday.", []wantQuote{{"constructive", "", true}}},
		{"unclosed quote after speech verb", "Tammy Bruce said, “We will act and we will do it soon", []wantQuote{{"We will act and we will do it soon", "Tammy Bruce", false}}},
		{"stray unclosed mark dropped", "The 5\" pipe and a “broken valve were found.", nil},
		{"quote across paragraphs", "“We will act.\n“And we will act soon,” Tammy Bruce said.", []wantQuote{{"We will act. And we will act soon,", "Tammy Bruce", false}}},
		{"no crossing without reopening", "Tammy Bruce said, “We will act.\nOther news followed.", []wantQuote{{"We will act.", "Tammy Bruce", false}}},
		{"guillemets", "Le ministre a dit : « Nous agirons », said Jean Dupont.", []wantQuote{{"Nous agirons", "Jean Dupont", true}}},
		{"empty quote", "He wrote “” and “ ”.", nil},
		{"sentence start speech", `"It turned out they were right," Ronald Reagan said.`, []wantQuote{{"It turned out they were right,", "Ronald Reagan", false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkQuotes(t, x, tt.name, tt.text, tt.want)
		})
	}
}
