package claims

import "testing"

// A title and a name on two sides of a comma are apposed only when the
// apposition is closed: a comma that ends a fronted clause, a title that
// is the subject of the next verb, or a predicate after an apposition
// gives the name no title.
func TestApposition(t *testing.T) {
	x := testExtractor(t)
	for _, tc := range []struct {
		text, person string
		titled       bool
	}{
		{"She spoke with the army chief, General Omar Diaz, about the border.", "Omar Diaz", true},
		{"Despite criticising the majority leader, Ann Ruiz said she would work with him.", "Ann Ruiz", false},
		{"Emerging from talks with Tom Hale, the prime minister looked tired.", "Tom Hale", false},
		{"Leaving a meeting with Tom Hale, the governor said little.", "Tom Hale", false},
		{"Lee Park, a former aide to Tom Hale, is now chief executive of the firm.", "Tom Hale", false},
		{"The bill was backed by Tom Hale, the prime minister, on Monday.", "Tom Hale", true},
	} {
		titled := false
		for _, c := range roleClaims(extractText(t, x, "t", tc.text)) {
			if r := c.Value.Role; r.Person == tc.person && len(r.Titles) > 0 {
				titled = true
			}
		}
		if titled != tc.titled {
			t.Errorf("%q: %s titled %v, want %v", tc.text, tc.person, titled, tc.titled)
		}
	}
}
