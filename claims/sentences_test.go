package claims

import (
	"reflect"
	"testing"
)

// TestSplitSentences checks where sentences end: at a stop before a
// capitalised word, and not inside a party-and-state designation, after an
// initial or after one of the rulebook's abbreviations.
func TestSplitSentences(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The mayor spoke. Nobody listened.", []string{"The mayor spoke.", "Nobody listened."}},
		{"Rep. Ann Voss, R-S.C., said the bill would pass. Others doubted it.",
			[]string{"Rep. Ann Voss, R-S.C., said the bill would pass.", "Others doubted it."}},
		{"Sen. Paul Imrie, D-N.Y., and Rep. Joan Hale, R-N.C., voted against it. The bill failed.",
			[]string{"Sen. Paul Imrie, D-N.Y., and Rep. Joan Hale, R-N.C., voted against it.", "The bill failed."}},
		{"The vote was 52-48. Leaders of both parties spoke.", []string{"The vote was 52-48.", "Leaders of both parties spoke."}},
		{"A statement by Mary K. Olsen and John Q. Public followed.", []string{"A statement by Mary K. Olsen and John Q. Public followed."}},
		{"Gov. Lee met Dr. Ruiz at St. Mark's. Then he left.", []string{"Gov. Lee met Dr. Ruiz at St. Mark's.", "Then he left."}},
		{"The ex-Gov. Hart declined to comment.", []string{"The ex-Gov. Hart declined to comment."}},
		{"Officials in the U.S. Capitol said so. “We are ready,” she said.", []string{"Officials in the U.S. Capitol said so.", "“We are ready,” she said."}},
		{"He said it at 9 p.m. Friday.", []string{"He said it at 9 p.m. Friday."}},
		{"Is it over? No one knows.", []string{"Is it over?", "No one knows."}},
	} {
		sents, _ := splitSentences(tc.text, x.abbrev)
		var got []string
		for _, s := range sents {
			got = append(got, s.Text)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("splitSentences(%q)\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
