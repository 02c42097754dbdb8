package claims

import (
	"strings"
)

// countFig is a figure found by the count or money extractor, ready to
// become a claim once its frame is read.
type countFig struct {
	// From and To are the claim's tokens: the figure and its unit words.
	From, To int
	// NumFrom is the first token of the figure itself (its modifier
	// included); NumTo is one past its last token, before the unit words
	// (0: the same as To).
	NumFrom, NumTo int
	IV             Interval
	Step           float64
	// Measure, Unit and Thing are those of CountValue; Thing may be filled
	// by the frame.
	Measure, Unit, Thing string
	// ThingPlural is true when the thing is written in the plural;
	// Definite when it is one identified thing (CountValue.Definite).
	ThingPlural, Definite bool
	// Money is true for figures of money, whose thing follows the figure.
	Money bool
	// Part is true for a part of a larger figure ("two of the officials").
	Part    bool
	Matched []string
	// Event is the event subject the figure is told with.
	Event Subject
}

// maxWindow bounds how far from a figure its frame is read, in tokens.
const maxWindow = 12

// addCount reads the frame of figure f of s and records it as a count
// claim. lo is the first token the frame may look at on the left: the end
// of the sentence's previous figure, whose verb is its own. A denied
// figure ("not $2.5 billion") is no claim.
func (d *doc) addCount(s *sentence, f countFig, lo int) {
	toks := s.Toks
	if d.negated(toks, f.NumFrom, lo) {
		return
	}
	cv := &CountValue{Measure: f.Measure, Thing: f.Thing, ThingPlural: f.ThingPlural, Definite: f.Definite, Role: RoleTotal, Step: f.Step}
	ws := clauseStart(toks, f.NumFrom, lo)
	cv.Acts = d.countActs(s, ws, f.NumFrom, f.To)
	if f.Money && cv.Thing == "" {
		np := d.x.moneyThing(toks, f.To)
		cv.Thing, cv.ThingPlural = np.head, np.plural
		cv.Definite = np.definite || np.compound && definiteBefore(toks, f.NumFrom)
	}
	if !shouted(toks) {
		cv.Anchors = anchorsAfter(d.x, toks, f.To)
	}
	switch {
	case f.Part || precededByShare(d.x, toks, f.NumFrom):
		cv.Role = RolePart
	case len(cv.Acts) > 0:
		if ch := d.x.actChange(cv.Acts[0].ID); ch != "" {
			cv.Role = ch
		}
	}
	num := f.IV
	start, end := s.span(f.From, f.To)
	subj := f.Event
	subj.Key = "count:" + f.Measure
	subj.Text = countSubjectText(cv, f.Unit)
	subj.Terms = append([]string(nil), cv.Anchors...)
	if cv.Thing != "" {
		subj.Terms = append(subj.Terms, cv.Thing)
	}
	matched := append([]string(nil), f.Matched...)
	for _, a := range cv.Acts {
		matched = append(matched, "count_acts:"+a.ID)
	}
	d.add(s, Claim{
		Kind:    Count,
		Subject: subj,
		Value:   Value{Number: &num, Unit: f.Unit, Count: cv},
		Rule:    "count",
		Matched: matched,
	}, start, end)
}

// countSubjectText names what a figure measures, for people: "the pages
// of the indictment", "the amount for the vacation (Cedar Lake
// Wellness Lodge)", "seats".
func countSubjectText(cv *CountValue, unit string) string {
	thing := cv.Thing
	if cv.ThingPlural {
		thing = pluralWord(thing)
	}
	switch {
	case strings.HasPrefix(cv.Measure, "money:"):
		s := "the amount"
		if thing != "" {
			s += " for the " + thing
		}
		if len(cv.Anchors) > 0 {
			s += " (" + cv.Anchors[0] + ")"
		}
		return s
	case thing != "":
		return "the " + pluralWord(unit) + " of the " + thing
	}
	return pluralWord(unit)
}

// pluralWord returns the plural of a singular noun phrase: "page" →
// "pages", "air base" → "air bases"; a plural is kept.
func pluralWord(w string) string {
	if w == "" || isPlural(w) {
		return w
	}
	return numberForms(w)[0]
}

// negated reports whether the figure starting at token i is denied by a
// word right before it: "not $2.5 billion", "rather than 40 pages".
func (d *doc) negated(toks []token, i, lo int) bool {
	if i-1 >= lo && i > 0 && negators[toks[i-1].Norm] {
		return true
	}
	if i-2 >= lo && i > 1 {
		p := toks[i-2].Norm + " " + toks[i-1].Norm
		return p == "rather than" || p == "instead of"
	}
	return false
}

// clauseStart returns the first token of the clause that holds token i,
// looking back to lo and at most maxWindow tokens: a clause ends at a
// semicolon, colon, dash, parenthesis or quotation mark, and at a comma
// that a subordinating word follows (", while Democrats want").
func clauseStart(toks []token, i, lo int) int {
	k := i
	for k > lo && i-k < maxWindow {
		t := toks[k-1]
		if t.Kind == tokQuote {
			break
		}
		if t.Kind == tokPunct {
			switch t.Text {
			case ";", ":", "—", "–", "(", ")", ".", "!", "?":
				return k
			case ",":
				if clauseOpeners[toks[k].Norm] {
					return k
				}
			}
		}
		k--
	}
	return k
}

// countActs finds the count acts that govern a figure: those of its clause
// before it (ws to from), nearest first, and an act right after the figure
// when the figure is the subject of its verb ("$300,000 has been set aside",
// "41 Republicans who voted"). Each act carries its agent when the clause
// names it: the nearest name before the act, or the speaker of a
// quotation for "we" and "I".
func (d *doc) countActs(s *sentence, ws, from, to int) []CountAct {
	toks := s.Toks
	var acts []CountAct
	seen := map[string]bool{}
	ms := d.x.counting.acts.findAll(toks[ws:from])
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if at := ws + m.From; at > 0 && toks[at].Cap {
			continue // "Harlow Books" is a name, not a purchase
		}
		id := d.x.rb.Lexicons.CountActs[m.Ref.Index].ID
		if seen[id] {
			continue
		}
		seen[id] = true
		acts = append(acts, CountAct{ID: id, Agent: d.agentBefore(s, ws, ws+m.From)})
	}
	// A verb after the figure: skip auxiliaries and relative pronouns.
	k := to
	for n := 0; k < len(toks) && n < 4 && verbGap[toks[k].Norm]; n++ {
		k++
	}
	if k < len(toks) {
		if refs, n := d.x.counting.acts.match(toks, k); n > 0 {
			id := d.x.rb.Lexicons.CountActs[refs[0].Index].ID
			if !seen[id] {
				acts = append([]CountAct{{ID: id}}, acts...)
			}
		}
	}
	return acts
}

// agentBefore returns who performs an act at token at of s: the nearest
// person, organisation or group named before it in its clause (from ws);
// a pronoun in between leaves the agent unknown, except "we" or "I" in a
// sentence attributed to a speaker.
func (d *doc) agentBefore(s *sentence, ws, at int) string {
	ms := d.mentions[s.Index]
	for k := at - 1; k >= ws; k-- {
		for i := range ms {
			m := &ms[i]
			if m.From <= k && k < m.To && (m.Type == "person" || m.Type == "org" || m.Type == "group") {
				return m.Name
			}
		}
		w := s.Toks[k].Norm
		if a := strings.IndexByte(w, '\''); a > 0 {
			w = w[:a] // "we're", "I've"
		}
		if firstPersons[w] {
			if st := d.stated(s); st.Mode == Attributed {
				return st.Source
			}
			return ""
		}
		if subjectPronouns[w] {
			return ""
		}
	}
	return ""
}

// actChange returns the change ("gain", "loss") a count act denotes, or "".
func (x *Extractor) actChange(id string) string {
	for _, a := range x.rb.Lexicons.CountActs {
		if a.ID == id {
			return a.Change
		}
	}
	return ""
}

// precededByShare reports whether a figure is introduced as part of a
// larger one: "including four men", "among them two children".
func precededByShare(x *Extractor, toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if refs, n := x.shares.match(toks, k); n > 0 && k+n == i {
			return x.rb.Lexicons.Shares[refs[0].Index].Share == ShareIncluding
		}
	}
	return false
}
