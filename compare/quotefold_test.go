package compare_test

import (
	"testing"

	crosscheck "github.com/newsdesk/crosscheck"
	"github.com/newsdesk/crosscheck/compare"
	"github.com/newsdesk/crosscheck/rules"
)

// TestQuoteVariants checks that differences of writing are not
// differences of wording, and that a real one-word difference still is.
func TestQuoteVariants(t *testing.T) {
	rb, _, err := rules.Load(rules.LoadOptions{Default: crosscheck.DefaultRules, DefaultName: crosscheck.DefaultRulesName})
	if err != nil {
		t.Fatal(err)
	}
	v := compare.NewQuoteVariants(rb.Lexicons.Variants)
	tests := []struct {
		name string
		a, b string
		want string
	}{
		{"spelling variant", "Send the harbour board an e-mail before the vote on Tuesday",
			"Send the harbor board an email before the vote on Tuesday", compare.QuoteSame},
		{"per cent", "Rents rose nine per cent in the valley this spring",
			"Rents rose 9 percent in the valley this spring", compare.QuoteSame},
		{"percent sign", "Rents rose 9% in the valley this spring",
			"Rents rose nine per cent in the valley this spring", compare.QuoteSame},
		{"organise", "We will organise the volunteers and the neighbourhood patrols",
			"We will organize the volunteers and the neighborhood patrols", compare.QuoteSame},
		{"abbreviation", "The CEO told the mill workers their jobs were safe for now",
			"The chief executive officer told the mill workers their jobs were safe for now", compare.QuoteSame},
		{"country", "The U.S. will keep funding the river clean-up project",
			"The United States will keep funding the river cleanup project", compare.QuoteSame},
		{"us the pronoun is left alone", "They asked us to keep funding the river project",
			"They asked them to keep funding the river project", compare.QuoteDifferentWord},
		{"compound", "Our work force at the depot is loyal and well trained",
			"Our workforce at the depot is loyal and well-trained", compare.QuoteSame},
		{"contraction", "We're not going to close the ferry terminal, and I don't think we should",
			"We are not going to close the ferry terminal, and I do not think we should", compare.QuoteSame},
		{"curly quotes and dashes", "It’s a fair deal — for the growers and the town",
			"It's a fair deal -- for the growers and the town", compare.QuoteSame},
		{"bracketed name", "We thanked her [Dana Holt] and her crew for their courage at the dam",
			"We thanked her and her crew for their courage at the dam", compare.QuoteSame},
		{"bracket for a pronoun", "[The mayor] promised the bridge would reopen by spring",
			"He promised the bridge would reopen by spring", compare.QuoteFragment},
		{"ellipsis for words left out", "The orchard lost its whole crop … we will replant next year",
			"The orchard lost its whole crop to the frost, and we will replant next year", compare.QuoteFragment},
		{"a real one-word difference", "It is harmful to the trust between the two towns",
			"It is harmful for the trust between the two towns", compare.QuoteDifferentWord},
		{"reordered names beside a bracket", "Rusty, Blade (and) Moth ran the whole warehouse scheme",
			"Blade, Rusty and Moth ran the whole warehouse scheme", compare.QuoteDifferentWord},
		{"different words away from the ellipsis", "The orchard lost its whole crop … we will replant next year",
			"The orchard lost half its crop to the frost, and we will replant next year", compare.QuoteDifferentWord},
		{"four is not for", "Give the clinic four more nurses this winter",
			"Give the clinic for more nurses this winter", compare.QuoteDifferentWord},
	}
	for _, tt := range tests {
		if got := v.Relation(tt.a, tt.b, defaultQuoteOpts, 0); got != tt.want {
			t.Errorf("%s: Relation(%q, %q) = %q, want %q", tt.name, tt.a, tt.b, got, tt.want)
		}
		if got := v.Relation(tt.b, tt.a, defaultQuoteOpts, 0); got != tt.want {
			t.Errorf("%s (swapped): Relation(%q, %q) = %q, want %q", tt.name, tt.b, tt.a, got, tt.want)
		}
	}
}

// TestQuoteSpeakerNameVariants checks that a speaker's name written with
// another apostrophe or with an honorific is the same speaker, and that
// a quote differing only by a spelling variant is no wording finding.
func TestQuoteSpeakerNameVariants(t *testing.T) {
	c := comparer(t)
	got := rulesFired(c.Compare(story(nil,
		quote("a", "Rosa O’Dell", "We will rebuild every home that was lost in this fire"),
		quote("b", "Rosa O'Dell", "We will rebuild every home that was lost in this fire"))))
	if len(got) != 0 {
		t.Errorf("one speaker, two apostrophes: %v", got)
	}
	got = rulesFired(c.Compare(story(nil,
		quote("a", "Mr. Hale", "Our little ferry sails from the harbour twice daily, weather permitting"),
		quote("b", "Victor Hale", "Our little ferry sails from the harbor twice daily, weather permitting"))))
	if len(got) != 0 {
		t.Errorf("an honorific and a spelling variant: %v", got)
	}
}
