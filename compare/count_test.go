package compare_test

import (
	"sort"
	"testing"

	"github.com/newsdesk/crosscheck"
	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/compare"
	"github.com/newsdesk/crosscheck/rules"
)

// checkTexts extracts the claims of one-article texts (by article id) with
// the default rulebook and compares them as one story.
func checkTexts(t *testing.T, texts map[string]string) compare.Result {
	t.Helper()
	rb, _, err := rules.Load(rules.LoadOptions{Default: crosscheck.DefaultRules, DefaultName: crosscheck.DefaultRulesName})
	if err != nil {
		t.Fatal(err)
	}
	x, err := claims.New(rb)
	if err != nil {
		t.Fatal(err)
	}
	st := &compare.Story{ID: "s-test", Articles: map[string]*article.Article{}}
	ids := make([]string, 0, len(texts))
	for id := range texts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := &article.Article{ID: id, Text: texts[id]}
		st.Articles[id] = a
		st.Claims = append(st.Claims, x.Extract(a)...)
	}
	return comparer(t).Compare(st)
}

// countFindings returns the count findings by rule, each with the articles
// it cites.
func countFindings(r compare.Result) map[string][][]string {
	out := map[string][][]string{}
	for _, f := range r.Findings {
		if f.Kind != string(claims.Count) {
			continue
		}
		var arts []string
		for _, c := range f.Claims {
			arts = append(arts, c.Article)
		}
		out[f.Rule] = append(out[f.Rule], arts)
	}
	return out
}

// TestCountFacts checks which figures of a measure are compared: the
// same measure of the same thing, or the same act by the same party,
// and never a change against a total or figures of different things.
func TestCountFacts(t *testing.T) {
	for _, tc := range []struct {
		name  string
		texts map[string]string
		want  string // the rule expected once, "" for none
	}{
		{
			name: "pages of one document",
			texts: map[string]string{
				"a": "The 36-page complaint against the developer was filed on Monday.",
				"b": "The 38-page complaint accuses the developer of fraud.",
			},
			want: "count-mismatch",
		},
		{
			name: "pages of a document introduced anew",
			texts: map[string]string{
				"a": "Prosecutors filed a 36-page complaint against the developer.",
				"b": "The 38-page complaint accuses the developer of fraud.",
			},
			want: "count-may-differ",
		},
		{
			name: "pages of one kind of record",
			texts: map[string]string{
				"a": "The agency said it had released 12,000 pages of the mayor's records to the committee.",
				"b": "Boxes holding 15,000 pages of printed records were sent to the committee.",
			},
			want: "count-may-differ",
		},
		{
			name: "pages of records named anew on both sides",
			texts: map[string]string{
				"a": "The agency said it had released 12,000 pages of court records to the committee.",
				"b": "Boxes holding 15,000 pages of court records were sent to the committee.",
			},
		},
		{
			name: "two contracts",
			texts: map[string]string{
				"a": "The navy awarded a $50.3 million contract to the shipyard.",
				"b": "The shipyard won a $99.2 million contract from the navy.",
			},
		},
		{
			name: "pages of different documents",
			texts: map[string]string{
				"a": "The board published a 12-page summary of its findings.",
				"b": "The full audit runs to 240 pages, and the 240-page audit will be released later.",
			},
		},
		{
			name: "money at one named place",
			texts: map[string]string{
				"a": "The treasurer spent $2,310.40 at the Blue Heron Lodge in 2019, records show.",
				"b": "Records show $2,410.40 went to the Blue Heron Lodge.",
			},
			want: "count-may-differ",
		},
		{
			name: "rounded money agrees",
			texts: map[string]string{
				"a": "He bought a $12,480 diamond Cartier bracelet.",
				"b": "The purchases included a $12,000 Cartier bracelet.",
			},
		},
		{
			name: "money at different places",
			texts: map[string]string{
				"a": "She spent $1,250 at Harbor Light Books.",
				"b": "She spent $1,350 at the Copper Kettle Diner.",
			},
		},
		{
			name: "one demand by one party",
			texts: map[string]string{
				"a": "Governor Alan Brooks is insisting that lawmakers allocate $3.4 billion for the new bridge.",
				"b": "“We are asking for $3.1 billion,” Governor Alan Brooks said on Tuesday.",
			},
			want: "count-may-differ",
		},
		{
			name: "a demand and an offer",
			texts: map[string]string{
				"a": "Governor Alan Brooks is demanding $3.4 billion for the new bridge.",
				"b": "Senate leaders stood by their offer of $2.9 billion.",
			},
		},
		{
			name: "a denied figure",
			texts: map[string]string{
				"a": "Governor Alan Brooks is demanding $3.4 billion for the bridge.",
				"b": "“Not $3.1 billion — we are asking for $3.4 billion,” Governor Alan Brooks said.",
			},
		},
		{
			name: "gained against held",
			texts: map[string]string{
				"a": "The Greens picked up four seats in the vote and now hold 41 seats.",
				"b": "The Greens picked up four seats, leaving them with 40 seats.",
			},
		},
		{
			name: "gained against lost",
			texts: map[string]string{
				"a": "The Greens picked up four seats this year.",
				"b": "The Greens have lost nearly 30 seats over the past decade.",
			},
		},
		{
			name: "one subset against another",
			texts: map[string]string{
				"a": "The 48 members who voted for the motion were named.",
				"b": "A handful of members who had backed the motion walked out.",
			},
		},
		{
			name: "a rounded share of a larger figure",
			texts: map[string]string{
				"a": "The state has spent more than $2 billion on the project.",
				"b": "The state has spent $2 billion on the project, and $2.4 billion on the project in all.",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := countFindings(checkTexts(t, tc.texts))
			n := 0
			for _, fs := range got {
				n += len(fs)
			}
			switch {
			case tc.want == "" && n > 0:
				t.Errorf("want no count finding, got %v", got)
			case tc.want != "" && (len(got[tc.want]) != 1 || n != 1):
				t.Errorf("want one %s, got %v", tc.want, got)
			}
		})
	}
}

// TestCountSides checks that three sources with two figures make one
// finding whose sides hold every article.
func TestCountSides(t *testing.T) {
	r := checkTexts(t, map[string]string{
		"a": "The 52-page report was released on Friday.",
		"b": "In a 52-page report, the inspector faulted the agency.",
		"c": "The 54-page report faults the agency.",
	})
	got := countFindings(r)
	if len(got["count-mismatch"]) != 1 {
		t.Fatalf("want one count-mismatch, got %v", got)
	}
	if arts := got["count-mismatch"][0]; len(arts) != 3 {
		t.Errorf("finding cites %v, want a, b and c", arts)
	}
}

// TestCountBridge checks that a figure meeting both sides of a finding
// ("more than $3 billion") stands on neither.
func TestCountBridge(t *testing.T) {
	r := checkTexts(t, map[string]string{
		"a": "Governor Alan Brooks is demanding more than $3 billion for the bridge.",
		"b": "Governor Alan Brooks is demanding $3.4 billion for the bridge.",
		"c": "Governor Alan Brooks is demanding $3.1 billion for the bridge.",
	})
	got := countFindings(r)
	if n := len(got["count-may-differ"]) + len(got["count-mismatch"]); n != 1 {
		t.Fatalf("want one count finding, got %v", got)
	}
	for _, fs := range got {
		for _, arts := range fs {
			for _, a := range arts {
				if a == "a" {
					t.Errorf("the bridging figure of a stands on a side: %v", arts)
				}
			}
		}
	}
}
