package claims

import "testing"

// defaultQuoteOpts are the built-in rulebook's compare.quote.normalise.
var defaultQuoteOpts = []string{"case", "punctuation", "space", "quotes"}

func TestNormaliseQuote(t *testing.T) {
	tests := []struct {
		in   string
		opts []string
		want string
	}{
		{"  Fundamentally  none of OUR business. ", defaultQuoteOpts, "fundamentally none of our business"},
		{"they’ll de-escalate — now…", defaultQuoteOpts, "theyll de escalate now"},
		{"the U.S. stance: “no”", defaultQuoteOpts, "the us stance no"},
		{"1,200 people", defaultQuoteOpts, "1200 people"},
		{"“It’s” – done…", []string{"quotes"}, `"It's" - done...`},
		{"A  B", []string{"case"}, "a  b"},
		{"A  B\n", []string{"space"}, "A B"},
		{"A, b.", []string{"punctuation"}, "A b"},
		{"unchanged’s “text”", nil, "unchanged’s “text”"},
	}
	for _, tt := range tests {
		if got := NormaliseQuote(tt.in, tt.opts); got != tt.want {
			t.Errorf("NormaliseQuote(%q, %v) = %q, want %q", tt.in, tt.opts, got, tt.want)
		}
	}
}

func TestQuoteRelation(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want string
	}{
		{"seed bruce wording",
			"Mr Rubio also offered US assistance in starting constructive talks to avoid future conflicts,",
			"offered US assistance in starting constructive talks in order to avoid future conflicts",
			QuoteDifferentWord},
		{"seed vance fragment",
			"fundamentally none of our business.",
			"The conflict between the neighbours is fundamentally none of our business.",
			QuoteFragment},
		{"seed bruce fragment",
			"constructive talks to avoid future conflicts.",
			"Mr Rubio also offered US assistance in starting constructive talks to avoid future conflicts,",
			QuoteFragment},
		{"fragment either order",
			"The conflict between the neighbours is fundamentally none of our business.",
			"fundamentally none of our business",
			QuoteFragment},
		{"same after normalising",
			"“We welcomed that arrest at the time.”",
			"we welcomed that  arrest at the time",
			QuoteSame},
		{"curly vs straight apostrophe",
			"I am sure they’ll figure it out",
			"I am sure they'll figure it out.",
			QuoteSame},
		{"long common run",
			"We are closely monitoring the situation today",
			"Officials said we are closely monitoring developments",
			QuoteDifferentWord},
		{"unrelated",
			"We welcomed that arrest at the time.",
			"The conflict between the neighbours is fundamentally none of our business.",
			QuoteUnrelated},
		{"shared function words only",
			"the end of the road",
			"a matter of the heart for the people",
			QuoteUnrelated},
		{"empty", "", "anything", QuoteUnrelated},
		{"punctuation only", "…", "…", QuoteUnrelated},
	}
	for _, tt := range tests {
		if got := QuoteRelation(tt.a, tt.b, defaultQuoteOpts); got != tt.want {
			t.Errorf("%s: QuoteRelation(%q, %q) = %q, want %q", tt.name, tt.a, tt.b, got, tt.want)
		}
	}
	// Without normalisation the case difference matters.
	if got := QuoteRelation("No escalation", "no escalation", nil); got != QuoteUnrelated {
		t.Errorf("without options: got %q, want %q", got, QuoteUnrelated)
	}
}
