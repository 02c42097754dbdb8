package report

import (
	"strings"
	"testing"

	"github.com/newsdesk/crosscheck/findings"
)

// bracket renders a claim's sentence with its shown marks between [[ ]].
func bracket(c findings.ClaimRef) string {
	var b strings.Builder
	for _, sg := range bracketed(segments(c.Sentence, claimMarks(c), false), "[[", "]]") {
		b.WriteString(sg.Text)
	}
	return b.String()
}

func TestClaimMarks(t *testing.T) {
	quoteClaim := func(sentence, quote string, marked ...string) findings.ClaimRef {
		c := findings.ClaimRef{Sentence: sentence, SentenceStart: 100}
		i := strings.Index(sentence, quote)
		c.Start, c.End = 100+i, 100+i+len(quote)
		for _, w := range marked {
			c.Marks = append(c.Marks, mark(sentence, w))
		}
		return c
	}
	for _, tc := range []struct {
		c    findings.ClaimRef
		want string
	}{
		// Neighbouring words are one run, across spaces and punctuation.
		{quoteClaim("“The new mayor, who took office, will act soon,” she said.", "“The new mayor, who took office, will act soon,”", "“The", "new", "mayor", "act"),
			"[[“The new mayor]], who took office, will [[act]] soon,” she said."},
		// Most words differ: the whole quote is marked, once.
		{quoteClaim("He said “we will never give up the harbour” on Monday.", "“we will never give up the harbour”", "we", "never", "give", "harbour"),
			"He said [[“we will never give up the harbour”]] on Monday."},
		// One run stays as it is.
		{quoteClaim("Police said 12 people were hurt.", "12 people were hurt", "12 people"),
			"Police said [[12 people]] were hurt."},
	} {
		if got := bracket(tc.c); got != tc.want {
			t.Errorf("got  %s\nwant %s", got, tc.want)
		}
	}
}
