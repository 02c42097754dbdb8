package report

import (
	"testing"

	"github.com/newsdesk/crosscheck/findings"
)

// TestStoryCount checks that the summary counts every story, one-article
// stories included, and says how many have several articles, whether or
// not the report lists its stories.
func TestStoryCount(t *testing.T) {
	arts := func(stories ...string) []findings.ArticleRef {
		var out []findings.ArticleRef
		for i, s := range stories {
			out = append(out, findings.ArticleRef{ID: string(rune('a' + i)), Story: s})
		}
		return out
	}
	for _, tc := range []struct {
		r    findings.Report
		want string
	}{
		{findings.Report{Articles: arts("s1", "s1", "s1", "s1", "s1", "s2"), Stories: []findings.Story{{ID: "s1", Articles: []string{"a", "b", "c", "d", "e"}}}},
			"0 findings in 6 articles, 2 stories (1 with several articles); 0 agreements"},
		{findings.Report{Articles: arts("s1", "s2")},
			"0 findings in 2 articles, 2 stories (0 with several articles); 0 agreements"},
		{findings.Report{Articles: arts("s1", "s1", "")},
			"0 findings in 3 articles, 2 stories (1 with several articles); 0 agreements"},
		// A new article joins an archived one: the story has two articles.
		{findings.Report{Articles: arts("s1"), Stories: []findings.Story{{ID: "s1", Articles: []string{"old", "a"}}}},
			"0 findings in 1 article, 1 story (1 with several articles); 0 agreements"},
	} {
		if got := countReport(&tc.r).String(); got != tc.want {
			t.Errorf("got  %s\nwant %s", got, tc.want)
		}
	}
}
