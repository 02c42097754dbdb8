package compare

import "testing"

func TestSamePerson(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Craig Scott", "Democrat Craig Scott", true},
		{"Vance", "JD Vance", true},
		{"Mark Oberholtzer", "Mark Olberholtzer", true},
		{"Duncan D. Hunter", "Duncan Hunter", true},
		{"Jeh Johnson", "Duncan D. Hunter", false},
		{"Melania Trump", "Donald Trump", false},
		{"Lee", "Leo", false},
	} {
		if got := samePerson(tc.a, tc.b); got != tc.want {
			t.Errorf("samePerson(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}

func TestDescriptionKey(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Rubio’s campaign", "Rubio's campaign", true},
		{"Rubio’s campaign", "the Rubio campaign", true},
		{"Sanders’ campaign", "Sanders campaign", true},
		{"Rubio’s campaign", "Cruz’s campaign", false},
	} {
		if got := descriptionKey(tc.a) == descriptionKey(tc.b); got != tc.want {
			t.Errorf("descriptionKey(%q) == descriptionKey(%q): %v", tc.a, tc.b, got)
		}
	}
}
