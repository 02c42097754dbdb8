package compare_test

import (
	"strings"
	"testing"
)

// TestDateRefiledCopy checks that two copies of one text filed on
// different days, each relative date counted from its own copy's
// publication date, make an info finding at most, the doubt said, for
// the same sentence word for word and for one re-edited in a word or two.
func TestDateRefiledCopy(t *testing.T) {
	cases := []struct{ name, a, b string }{
		{"word for word",
			"The trade minister Oskar Venn visits Portugal next week, his office said on Monday.",
			"The trade minister  Oskar Venn visits Portugal next week, his office said on Monday."},
		{"re-edited",
			"The trade minister Oskar Venn said yesterday that last week's flooding in the north had forced the government to delay the new budget for the coming year.",
			"The trade minister Oskar Venn said on Friday that last week's flooding in the north had forced the government to delay the new budget for the coming year."},
	}
	for _, c := range cases {
		r := checkPieces(t,
			piece{"a", "2023-03-06", "Minister Venn on the budget", c.a},
			piece{"b", "2023-03-14", "Minister Venn on the budget", c.b})
		fs := dateFindings(r)
		if len(fs) == 0 {
			t.Errorf("%s: no date finding", c.name)
		}
		for _, f := range fs {
			if f.Severity != "info" || !strings.Contains(f.Message, "re-filed copy") {
				t.Errorf("%s: %s %s", c.name, f.Severity, f.Message)
			}
		}
	}
}
