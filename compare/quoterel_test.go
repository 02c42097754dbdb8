package compare_test

import (
	"testing"

	"github.com/newsdesk/crosscheck/compare"
)

// defaultQuoteOpts are the built-in rulebook's compare.quote.normalise.
var defaultQuoteOpts = []string{"case", "punctuation", "space", "quotes"}

func TestQuoteRelation(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want string
	}{
		{"seed bruce wording",
			"Mr Rubio also offered US assistance in starting constructive talks to avoid future conflicts,",
			"offered US assistance in starting constructive talks in order to avoid future conflicts",
			compare.QuoteDifferentWord},
		{"seed vance fragment",
			"fundamentally none of our business.",
			"The conflict between the neighbours is fundamentally none of our business.",
			compare.QuoteFragment},
		{"seed bruce fragment",
			"constructive talks to avoid future conflicts.",
			"Mr Rubio also offered US assistance in starting constructive talks to avoid future conflicts,",
			compare.QuoteFragment},
		{"fragment either order",
			"The conflict between the neighbours is fundamentally none of our business.",
			"fundamentally none of our business",
			compare.QuoteFragment},
		{"same after normalising",
			"“We welcomed that arrest at the time.”",
			"we welcomed that  arrest at the time",
			compare.QuoteSame},
		{"curly vs straight apostrophe",
			"I am sure they’ll figure it out",
			"I am sure they'll figure it out.",
			compare.QuoteSame},
		{"long common run",
			"We are closely monitoring the situation today",
			"Officials said we are closely monitoring developments",
			compare.QuoteDifferentWord},
		{"unrelated",
			"We welcomed that arrest at the time.",
			"The conflict between the neighbours is fundamentally none of our business.",
			compare.QuoteUnrelated},
		{"shared function words only",
			"the end of the road",
			"a matter of the heart for the people",
			compare.QuoteUnrelated},
		{"one word differs",
			"It is harmful to the spirit of the partnership",
			"I think it is harmful for the spirit of the partnership",
			compare.QuoteDifferentWord},
		{"an article changed in a partial quote",
			"a seat at the table",
			"we want a voice, not a seat at a table",
			compare.QuoteDifferentWord},
		{"one statement reworded",
			"She says she is a moderate. But I am speaking about her record and the way she handles budgets in this city.",
			"I said that I believe she is moderate. But I am speaking about her voting record, the way she manages budgets in this city.",
			compare.QuoteDifferentWord},
		{"two statements sharing function words",
			"I was speaking about the new zoning board,",
			"She says she is a moderate. But I am speaking about her record.",
			compare.QuoteUnrelated},
		{"two statements sharing a phrase",
			"I can't help but feel that those ads are well over the top. It's shameful.",
			"Anyone who pays for ads like those has gone well over the top,",
			compare.QuoteUnrelated},
		{"empty", "", "anything", compare.QuoteUnrelated},
		{"punctuation only", "…", "…", compare.QuoteUnrelated},
	}
	for _, tt := range tests {
		if got := compare.QuoteRelation(tt.a, tt.b, defaultQuoteOpts, 0); got != tt.want {
			t.Errorf("%s: QuoteRelation(%q, %q) = %q, want %q", tt.name, tt.a, tt.b, got, tt.want)
		}
	}
	// Without normalisation the case difference matters.
	if got := compare.QuoteRelation("No escalation", "no escalation", nil, 0); got != compare.QuoteUnrelated {
		t.Errorf("without options: got %q, want %q", got, compare.QuoteUnrelated)
	}
}
