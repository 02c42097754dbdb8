package claims

import (
	"strings"
	"testing"
)

// TestActs checks who is said to have done an act, whatever the voice.
func TestActs(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct{ text, want string }{
		{"The clip, which was uploaded to a video site by \"RiverWatcher,\" went viral.", "publish:clip:RiverWatcher"},
		{"The clip is published under an account named HarborLens.", "publish:clip:HarborLens"},
		{"The memo, written by Sen. Ada Morrow, was leaked.", "write:memo:Ada Morrow"},
		{"Rep. Ana Ruiz of Ohio defeated a fellow Democrat, Rep. Tom Hale, on Tuesday.", "defeat:Tom Hale:Ana Ruiz"},
		{"Rep. Ana Ruiz won the race for caucus chair, defeating Rep. Tom Hale.", "defeat:Tom Hale:Ana Ruiz(loose)"},
		{"Judge Lee Sarno was nominated by President Carl Ames.", "nominate:Lee Sarno:Carl Ames"},
		// A common noun is no named agent; a negated act is none.
		{"The ball was signed by U.S. presidents.", ""},
		{"The letter was not written by Ms. Dunn.", ""},
		{"He wrote that more was needed.", ""},
		// An indefinite object names no one known thing.
		{"Acme posted a net profit of $3 million.", ""},
		{"A bill was introduced by Rep. Glen Harte.", ""},
		{"Ms. Dunn signed the bill on Friday.", "sign:bill:Dunn"},
	} {
		var got []string
		for _, c := range extractText(t, x, "t", tc.text) {
			a := c.Value.Attribution
			if c.Kind != Attribution || a.Act == "" {
				continue
			}
			g := a.Act + ":" + a.Object + ":" + a.Actor
			if a.Loose {
				g += "(loose)"
			}
			got = append(got, g)
		}
		if strings.Join(got, ",") != tc.want {
			t.Errorf("%q: acts %v, want %q", tc.text, got, tc.want)
		}
	}
}
