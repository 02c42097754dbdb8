package compare

import (
	"testing"

	"github.com/newsdesk/crosscheck/claims"
)

// TestQuoteText checks that a claim appears in a message as typed: inside
// one pair of quotation marks, never escaped.
func TestQuoteText(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"killed 12 miners", `"killed 12 miners" (a)`},
		{`"ready to talk at any time"`, `"ready to talk at any time" (a)`},
		{"“We will rebuild,”", "“We will rebuild,” (a)"},
		{"the \"final\" offer\nof the union", `"the "final" offer of the union" (a)`},
	} {
		if got := quoteText(&claims.Claim{Text: tc.text, Article: "a"}); got != tc.want {
			t.Errorf("quoteText(%q) = %s, want %s", tc.text, got, tc.want)
		}
	}
}
