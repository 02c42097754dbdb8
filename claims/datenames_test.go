package claims

import "testing"

// A day word inside a name dates nothing: "USA Today", "the Today show".
func TestDayWordInName(t *testing.T) {
	x := testExtractor(t)
	for _, text := range []string{
		"The survey is part of a USA TODAY series on young voters.",
		"She told the Today show that she would run.",
	} {
		for _, c := range extractText(t, x, "t", text) {
			if c.Kind == Date {
				t.Errorf("%q: dated by %q", text, c.Text)
			}
		}
	}
}
