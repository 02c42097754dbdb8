package claims

import "testing"

// TestCasualtyNumberAgreement checks that a plural figure inside a clause
// of the subject does not count the victims of a singular verb, while a
// figure after "of" may take one.
func TestCasualtyNumberAgreement(t *testing.T) {
	x := testExtractor(t)
	cases := []struct {
		text string
		want []float64 // the figures of the casualty claims, in order
	}{
		{"Omar Vance, the smuggler who freed two British and two American hostages held by the gang, has been injured in a raid.", nil},
		{"The guard who carried two children out of the burning house was injured, firefighters said.", nil},
		{"A family of five was shot at a rest stop on Sunday.", []float64{5}},
		{"Three people were injured when the bridge collapsed.", []float64{3}},
	}
	for _, c := range cases {
		var got []float64
		for _, cl := range casualtiesOf(t, x, c.text) {
			if cl.Value.Number != nil && cl.Value.Number.Min > 1 {
				got = append(got, cl.Value.Number.Min)
			}
		}
		if len(got) != len(c.want) || len(got) > 0 && got[0] != c.want[0] {
			t.Errorf("%q: plural figures %v, want %v", c.text, got, c.want)
		}
	}
}
