package claims

import (
	"math"
	"testing"
)

// countsOf returns the count claims extracted from text.
func countsOf(t *testing.T, x *Extractor, text string) []Claim {
	t.Helper()
	var out []Claim
	for _, c := range extractText(t, x, "t", text) {
		if c.Kind == Count {
			out = append(out, c)
		}
	}
	return out
}

// TestMoney checks figures of money: signs, codes and words, scales,
// modifiers, and the rounding step each figure is written with.
func TestMoney(t *testing.T) {
	x := testExtractor(t)
	inf := math.Inf(1)
	cases := []struct {
		text           string
		measure        string
		min, max, step float64
	}{
		{"The city paid $3,214.60 for the repairs.", "money:usd", 3214.60, 3214.60, 0.01},
		{"The budget sets aside $3.2 billion for schools.", "money:usd", 3.2e9, 3.2e9, 1e8},
		{"They gave $700 million to the fund.", "money:usd", 7e8, 7e8, 1e8},
		{"He bought a $12,000 bracelet.", "money:usd", 12000, 12000, 1000},
		{"The club raised more than $40,000 at the gala.", "money:usd", 40001, inf, 10000},
		{"The fine was about $300,000 this year.", "money:usd", 270000, 330000, 100000},
		{"The firm lost 97 mln dlrs in the quarter.", "money:usd", 97e6, 97e6, 1e6},
		{"The state will spend Rs 5 crore on the road.", "money:rupee", 5e7, 5e7, 1e7},
		{"The club paid €30m for the striker.", "money:eur", 3e7, 3e7, 1e7},
		{"Tickets cost 75 cents each.", "money:usd", 0.75, 0.75, 0.01},
		{"The council approved five million dollars for the port.", "money:usd", 5e6, 5e6, 1e6},
		{"“We need $4.5” billion, the mayor said.", "money:usd", 4.5e9, 4.5e9, 1e8},
	}
	for _, c := range cases {
		got := countsOf(t, x, c.text)
		if len(got) != 1 {
			t.Errorf("%q: got %d counts, want 1", c.text, len(got))
			continue
		}
		v := got[0].Value
		if v.Count == nil || v.Count.Measure != c.measure || v.Number.Min != c.min || v.Number.Max != c.max || math.Abs(v.Count.Step-c.step) > c.step*1e-9 {
			t.Errorf("%q: got %+v %v, want %s [%v, %v] step %v", c.text, v.Count, v.Number, c.measure, c.min, c.max, c.step)
		}
	}
}

// TestCountFrame checks what ties a figure to its fact: the thing
// measured, names, acts and their agents, its role, and denied figures.
func TestCountFrame(t *testing.T) {
	x := testExtractor(t)
	type frame struct {
		text, thing, anchor, act, agent, role string
	}
	for _, c := range []frame{
		{text: "She spent $1,250.40 at Harbor Light Books last week.", anchor: "Harbor Light Books", act: "spend", role: "total"},
		{text: "He bought a $12,480 diamond Cartier bracelet.", thing: "bracelet", anchor: "Cartier", act: "spend", role: "total"},
		{text: "The committee has reserved $120,000 of airtime in the county.", thing: "airtime", act: "spend", role: "total"},
		{text: "The charity spent $80,000 in donor funds on a retreat.", thing: "retreat", act: "spend", role: "total"},
		{text: "The county wants $2 million for that project.", act: "demand", role: "total"},
		{text: "Governor Alan Brooks is insisting that lawmakers allocate $3.4 billion for the bridge.", thing: "bridge", act: "fund", role: "total"},
		{text: "“We are asking for $3.1 billion,” Governor Alan Brooks said.", act: "demand", agent: "Alan Brooks", role: "total"},
		{text: "Prosecutors filed a 36-page complaint against the developer.", thing: "complaint", role: "total"},
		{text: "The agency released 12,000 pages of court records.", thing: "record", role: "total"},
		{text: "The Greens picked up four seats in the vote.", act: "gain", role: "gain"},
		{text: "The Greens have lost nearly 30 seats since then.", act: "loss", role: "loss"},
		{text: "Police seized 40 rifles, including 12 assault rifles.", role: "part"},
	} {
		got := countsOf(t, x, c.text)
		if len(got) == 0 {
			t.Errorf("%q: no count", c.text)
			continue
		}
		cl := got[len(got)-1]
		cv := cl.Value.Count
		act, agent := "", ""
		if len(cv.Acts) > 0 {
			act, agent = cv.Acts[0].ID, cv.Acts[0].Agent
		}
		if c.agent == "" {
			agent = ""
		}
		anchor := ""
		if len(cv.Anchors) > 0 {
			anchor = cv.Anchors[0]
		}
		if cv.Thing != c.thing || anchor != c.anchor || act != c.act || agent != c.agent || cv.Role != c.role {
			t.Errorf("%q: got thing %q anchor %q act %q agent %q role %q, want %q %q %q %q %q",
				c.text, cv.Thing, anchor, act, agent, cv.Role, c.thing, c.anchor, c.act, c.agent, c.role)
		}
	}
	// Definite things: one identified thing, or a thing named anew.
	for _, c := range []struct {
		text     string
		definite bool
	}{
		{"The 52-page brief was unsealed.", true},
		{"Prosecutors filed a 52-page brief.", false},
		{"His $12,000 watch was seized.", true},
		{"He wore a $12,000 watch.", false},
		{"It released 900 pages of the senator's emails.", true},
		{"It released 900 pages of scanned memos.", false},
	} {
		got := countsOf(t, x, c.text)
		if len(got) != 1 || got[0].Value.Count.Definite != c.definite {
			t.Errorf("%q: got %d counts, want one with definite %v", c.text, len(got), c.definite)
		}
	}
	// Figures that are no claims.
	for _, text := range []string{
		"“Not $3.1 billion,” the governor said.",
		"The audit came in at more than 200 pages.",
		"The team spent $500 rather than $800.",
	} {
		for _, c := range countsOf(t, x, text) {
			if c.Value.Count != nil && (c.Value.Number.Min == 3.1e9 || c.Value.Count.Measure == "page" || c.Value.Number.Min == 800) {
				t.Errorf("%q: got a count %q", text, c.Text)
			}
		}
	}
}
