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
		{"they’ll de-escalate — now…", defaultQuoteOpts, "they will de escalate now"},
		{"We’re sure he's fine; don't ask, won’t tell, can't say: let’s go, Ana’s car", defaultQuoteOpts, "we are sure he is fine do not ask will not tell can not say let us go anas car"},
		{"the U.S. stance: “no”", defaultQuoteOpts, "the us stance no"},
		{"1,200 people", defaultQuoteOpts, "1200 people"},
		{"we do n't know , we 're told", defaultQuoteOpts, "we do not know we are told"},
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
