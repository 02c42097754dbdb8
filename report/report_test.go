package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/newsdesk/crosscheck/findings"
)

func TestNewUnknownFormat(t *testing.T) {
	_, err := New("yaml", Options{})
	if err == nil {
		t.Fatal("New(yaml) succeeded")
	}
	for _, f := range []string{"text", "json", "markdown", "sarif", "github", "html"} {
		if !strings.Contains(err.Error(), f) {
			t.Errorf("error %q does not list %s", err, f)
		}
	}
	if got := strings.Join(Formats(), ","); got != "github,html,json,markdown,sarif,text" {
		t.Errorf("Formats() = %s", got)
	}
}

func TestJSONEmptyAndStable(t *testing.T) {
	var buf bytes.Buffer
	if err := (&JSON{}).Print(&buf, &findings.Report{}); err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"version\": 1,\n  \"articles\": [],\n  \"stories\": [],\n  \"findings\": [],\n  \"agreements\": [],\n  \"errors\": [],\n  \"skipped\": []\n}\n"
	if buf.String() != want {
		t.Errorf("empty report:\n%s\nwant:\n%s", buf.String(), want)
	}

	buf.Reset()
	if err := (&JSON{}).Print(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Version  int               `json:"version"`
		Articles []map[string]any  `json:"articles"`
		Findings []map[string]any  `json:"findings"`
		Supp     []json.RawMessage `json:"suppressed"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Version != 1 || len(doc.Articles) != 7 || len(doc.Findings) != 5 {
		t.Fatalf("version %d, %d articles, %d findings", doc.Version, len(doc.Articles), len(doc.Findings))
	}
	if doc.Supp != nil {
		t.Error("suppressed findings printed without ShowSuppressed")
	}
	for _, k := range []string{"id", "path", "title", "source", "published"} {
		if _, ok := doc.Articles[0][k]; !ok {
			t.Errorf("article lacks %q", k)
		}
	}
	for _, k := range []string{"id", "rule", "kind", "severity", "subject", "message", "claims"} {
		if _, ok := doc.Findings[0][k]; !ok {
			t.Errorf("finding lacks %q", k)
		}
	}
	c := doc.Findings[0]["claims"].([]any)[0].(map[string]any)
	for _, k := range []string{"article", "sentence", "text", "start", "end", "span", "sentence_span", "value"} {
		if _, ok := c[k]; !ok {
			t.Errorf("claim lacks %q", k)
		}
	}
	span := c["span"].(map[string]any)
	if span["start"] != c["start"] || span["end"] != c["end"] {
		t.Errorf("span %v is not start %v, end %v", span, c["start"], c["end"])
	}
	// A report read back from its JSON is the report printed.
	var back findings.Report
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if got, want := back.Findings[0].Claims[0], fixture().Findings[0].Claims[0]; got.Start != want.Start || got.End != want.End || got.SentenceStart != want.SentenceStart {
		t.Errorf("read back %+v, want %+v", got, want)
	}
}

func TestSARIFShape(t *testing.T) {
	var buf bytes.Buffer
	if err := (&SARIF{opt: fixtureOptions()}).Print(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Schema  string `json:"$schema"`
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID               string `json:"id"`
						ShortDescription struct {
							Text string `json:"text"`
						} `json:"shortDescription"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex *int   `json:"ruleIndex"`
				Level     string `json:"level"`
				Message   struct {
					Text string `json:"text"`
				} `json:"message"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
				Suppressions        []struct {
					Kind          string `json:"kind"`
					Justification string `json:"justification"`
				} `json:"suppressions"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine   int `json:"startLine"`
							StartColumn int `json:"startColumn"`
							Snippet     struct {
								Text string `json:"text"`
							} `json:"snippet"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log.Schema, "sarif-schema-2.1.0.json") || log.Version != "2.1.0" {
		t.Errorf("$schema %q, version %q", log.Schema, log.Version)
	}
	if len(log.Runs) != 1 || log.Runs[0].Tool.Driver.Name != "crosscheck" {
		t.Fatalf("runs: %+v", log.Runs)
	}
	run := log.Runs[0]
	rules := map[string]string{}
	for _, r := range run.Tool.Driver.Rules {
		rules[r.ID] = r.ShortDescription.Text
	}
	if !strings.HasPrefix(rules["casualty-victims"], "Sources agree on a casualty count") {
		t.Errorf("casualty-victims description %q", rules["casualty-victims"])
	}
	if len(run.Results) != 6 { // five findings and one suppressed
		t.Fatalf("%d results, want 6", len(run.Results))
	}
	levels := map[string]string{"error": "error", "warning": "warning", "info": "note"}
	fx := fixture()
	all := append(fx.Findings, fx.Suppressed...)
	for i, res := range run.Results {
		f := all[i]
		if res.RuleID != f.Rule || res.Level != levels[f.Severity] || res.Message.Text == "" {
			t.Errorf("result %d: ruleId %q level %q message %q", i, res.RuleID, res.Level, res.Message.Text)
		}
		if res.RuleIndex == nil || run.Tool.Driver.Rules[*res.RuleIndex].ID != f.Rule {
			t.Errorf("result %d: ruleIndex does not point at %s", i, f.Rule)
		}
		if res.PartialFingerprints[fingerprintKey] != f.ID {
			t.Errorf("result %d: partial fingerprint %v", i, res.PartialFingerprints)
		}
		if len(res.Locations) != len(f.Claims) {
			t.Fatalf("result %d: %d locations, want %d", i, len(res.Locations), len(f.Claims))
		}
		for j, l := range res.Locations {
			c := f.Claims[j]
			pl := l.PhysicalLocation
			if pl.ArtifactLocation.URI != c.Path || pl.Region.StartLine != c.Line || pl.Region.StartColumn != c.Col || pl.Region.Snippet.Text != c.Sentence {
				t.Errorf("result %d location %d: %+v", i, j, pl)
			}
		}
		if (f.Suppressed != "") != (len(res.Suppressions) == 1) {
			t.Errorf("result %d: suppressions %+v", i, res.Suppressions)
		}
	}
}

func TestGitHubEscaping(t *testing.T) {
	f := findings.Finding{
		Rule: "odd:rule,id", Severity: findings.Error, Message: "100% sure\r\nor not",
		Claims: []findings.ClaimRef{
			{Article: "a", Path: "dir/we,ird:name.md", Line: 2, Col: 5, Sentence: "One."},
			{Article: "b", Side: 1, Sentence: "Two %0A."},
		},
	}
	got := githubCommand(f)
	want := `::error file=dir/we%2Cird%3Aname.md,line=2,col=5,title=odd%3Arule%2Cid::100%25 sure or not (other side: article b: "Two %250A.")`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if got := escapeData("a%b\r\nc:d,e"); got != "a%25b%0D%0Ac:d,e" {
		t.Errorf("escapeData = %s", got)
	}
	if got := escapeProperty("a%b\r\nc:d,e"); got != "a%25b%0D%0Ac%3Ad%2Ce" {
		t.Errorf("escapeProperty = %s", got)
	}
}

func TestMarkdownEscape(t *testing.T) {
	s := "1. A *bold* <b>claim</b> with [link](x) & `code`, 26 killed."
	c := findings.ClaimRef{Sentence: s, Marks: []findings.Mark{mark(s, " 26 killed.")}}
	got := mdSentence(c)
	want := "1\\. A \\*bold\\* \\<b\\>claim\\</b\\> with \\[link\\](x) \\& \\`code\\`, **26 killed**."
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestSegmentsClampAndMerge(t *testing.T) {
	s := "killed 26 civilians, police said"
	segs := segments(s, []findings.Mark{{Start: 10, End: 15}, {Start: 13, End: 19}, {Start: 90, End: 99}, {Start: -3, End: 0}}, false)
	var b strings.Builder
	for _, sg := range segs {
		if sg.Marked {
			b.WriteString("[" + sg.Text + "]")
		} else {
			b.WriteString(sg.Text)
		}
	}
	if b.String() != "killed 26 [civilians], police said" {
		t.Errorf("got %s", b.String())
	}
	// A mark inside a multi-byte rune is widened to whole runes.
	segs = segments("café au lait", []findings.Mark{{Start: 4, End: 5}}, false)
	if len(segs) != 3 || segs[1].Text != "é" {
		t.Errorf("got %+v", segs)
	}
}

// TestTextWidth checks that the text report wraps at the width asked for
// (100 columns by default) and that only the summary line may be longer.
func TestTextWidth(t *testing.T) {
	for _, width := range []int{0, 80, 60} {
		opt := fixtureOptions()
		opt.Width = width
		out := string(print(t, "text", opt))
		want := width
		if want == 0 {
			want = DefaultWidth
		}
		longest := 0
		for _, l := range strings.Split(out, "\n") {
			if strings.HasPrefix(l, "5 findings") {
				continue
			}
			n := len([]rune(l))
			longest = max(longest, n)
			if n > want {
				t.Errorf("width %d: line of %d columns: %s", width, n, l)
			}
		}
		if longest < want-10 {
			t.Errorf("width %d: the longest line has %d columns: the text does not fill the width", width, longest)
		}
	}
	out := string(print(t, "text", fixtureOptions()))
	if !strings.HasSuffix(out, "5 findings (1 error, 2 warnings, 2 info) in 7 articles, 3 stories (2 with several articles); 2 agreements; 1 suppressed; 2 input errors; 1 skipped\n") {
		t.Error("the summary line is not last")
	}
	noSupp := fixtureOptions()
	noSupp.ShowSuppressed = false
	if strings.Contains(string(print(t, "text", noSupp)), "date-differs") {
		t.Error("suppressed finding printed without ShowSuppressed")
	}
}
