package claims

import (
	"strings"

	"github.com/newsdesk/crosscheck/rules"
)

// victim is one person a casualty predicate is said of.
type victim struct {
	// From and To are the tokens that name the person.
	From, To int
	// Key identifies the person within the article: a canonical name or
	// the word of a description.
	Key                            string
	Named, Definite, Pronoun, Newc bool
	Groups                         []Group
}

// personAux may stand between a person and the casualty predicate said of
// them: "was also killed", "remains in critical condition", "had been
// critically wounded".
var personAux = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "being": true,
	"has": true, "have": true, "had": true, "got": true, "get": true, "also": true, "later": true,
	"then": true, "reportedly": true, "critically": true, "seriously": true, "severely": true,
	"gravely": true, "badly": true, "slightly": true, "apparently": true, "allegedly": true,
	"eventually": true, "subsequently": true, "initially": true, "now": true, "still": true,
	"found": true, "left": true, "remains": true, "remained": true, "listed": true, "lay": true,
	"believed": true, "confirmed": true, "once": true, "twice": true,
}

// passiveAux are the auxiliaries of a passive or a predicate adjective:
// "was killed", "got hurt".
var passiveAux = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "being": true,
	"got": true, "get": true, "found": true, "left": true, "remains": true, "remained": true, "listed": true,
}

// subjectStart are words after which a subject may begin: conjunctions
// and complementisers ("while her mother ...", "police said that ...").
var subjectStart = map[string]bool{
	"and": true, "but": true, "while": true, "when": true, "after": true, "before": true, "as": true,
	"because": true, "although": true, "though": true, "where": true, "whereas": true, "that": true,
	"then": true, "so": true, "until": true, "since": true, "if": true, "meanwhile": true,
}

// people emits one claim for each person casualty word c is said of when
// no figure counts them: the subject before it ("Ray Cole, 24, was
// also killed", "his uncle, who lived, was struck in the hip", "the
// neighbour has been taken into surgery") or, after a noun of death, the
// people it names ("the stabbing death of Mara Quist"). Only articles
// that tell of a violent event or have given a casualty figure count
// people one by one.
func (sc *casualtyScan) people(c casMatch) {
	if sc.d.lastEvent == nil && !sc.d.hasCasualty() {
		return
	}
	vs, also := sc.subjectOf(c)
	if vs == nil {
		vs = sc.namedAfter(c)
	}
	if len(vs) == 0 {
		return
	}
	sc.victims = vs
	for _, v := range vs {
		one := Exact(1)
		cnt := &Counting{As: AsPerson, Person: v.Key, Named: v.Named, Definite: v.Definite || v.Pronoun, Pronoun: v.Pronoun, New: v.Newc, Also: also}
		if len(vs) > 1 {
			cnt.With = len(vs)
		}
		matched := []string{"casualties:" + c.ID}
		for _, g := range v.Groups {
			matched = append(matched, "taxonomy:"+g.Category)
		}
		from := v.From
		if c.From < from {
			from = c.From
		}
		to := c.To
		if v.To > to {
			to = v.To
		}
		sc.add(c, from, to, Value{Number: &one, Status: c.Status, Victims: v.Groups, Counting: cnt}, matched)
	}
}

// subjectOf reads the people casualty word c is predicated of, and
// whether "also" adds them to others. A casualty noun needs a suffer verb
// ("suffered minor injuries"); a participle followed by its object tells
// of the agent, not a victim ("killed his wife").
func (sc *casualtyScan) subjectOf(c casMatch) ([]victim, bool) {
	x, toks := sc.d.x, sc.toks
	from := c.From
	if x.cas.bareNouns[phraseOf(toks, c.From, c.To)] {
		k := c.From - 1
		for k >= 0 && k >= c.From-4 && !x.cas.suffer[toks[k].Norm] && toks[k].Kind == tokWord && !toks[k].Cap && !npStop[toks[k].Norm] || k >= 0 && (toks[k].Norm == "a" || toks[k].Norm == "an") && k >= c.From-4 {
			k--
		}
		if k < 0 || !x.cas.suffer[toks[k].Norm] {
			return nil, false
		}
		from = k
	}
	switch toks[c.From].Norm {
	case "who":
		// "her mother, who survived": the antecedent.
		k := c.From - 1
		if k >= 0 && toks[k].Text == "," {
			k--
		}
		return sc.subjects(k), false
	case "but", "and":
		return sc.victims, false // "was shot, but survived"
	}
	k := from - 1
	also, passive := false, false
	for _, t := range toks[c.From:c.To] {
		also = also || t.Norm == "also"
		passive = passive || passiveAux[t.Norm]
	}
	for k >= 0 && personAux[toks[k].Norm] {
		also = also || toks[k].Norm == "also"
		passive = passive || passiveAux[toks[k].Norm]
		k--
	}
	if !passive && from == c.From && hasObject(sc, c.To) {
		return nil, false
	}
	if k < 0 {
		return nil, false
	}
	switch toks[k].Norm {
	case "who", "that":
		k--
		if k >= 0 && toks[k].Text == "," {
			k--
		}
		return sc.subjects(k), also
	case "and", "but":
		if k > 0 && toks[k-1].Text == "," && len(sc.victims) > 0 {
			return sc.victims, also // "was shot, and later died"
		}
	}
	if toks[k].Text == "," {
		// An appositive or relative clause set off by commas: "Ray
		// Cole, 24, was", "a passer-by, who had no tie to them, was".
		j := k - 1
		for j >= 0 && j >= k-14 && toks[j].Text != "," {
			if toks[j].Kind == tokPunct && toks[j].Text != "-" || toks[j].Kind == tokQuote {
				return nil, false
			}
			j--
		}
		if j < 0 || toks[j].Text != "," {
			return nil, false
		}
		vs := sc.subjects(j - 1)
		if len(vs) == 1 && !vs[0].Named {
			// "The student, identified as Lena Ortiz, was taken
			// ...": the apposition names the person described.
			if m := sc.nameIn(j+1, k); m != nil {
				vs[0].Key, vs[0].Named, vs[0].Definite = m.Name, true, false
			}
		}
		return vs, also
	}
	return sc.subjects(k), also
}

// hasObject reports whether the word at k starts the object of a verb:
// "killed his wife", "injured two officers", "shot Smith".
func hasObject(sc *casualtyScan, k int) bool {
	if k >= len(sc.toks) {
		return false
	}
	t := sc.toks[k]
	switch t.Norm {
	case "the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "him", "them",
		"himself", "herself", "themselves", "me", "us", "my", "our", "your":
		return true
	}
	if t.Kind == tokNumber {
		return true
	}
	return personAt(sc.d.mentions[sc.s.Index], k) != nil
}

// subjects reads one person or several joined by "and" or commas, ending
// at token k, and checks that a subject may start where they start.
func (sc *casualtyScan) subjects(k int) []victim {
	var out []victim
	for k >= 0 {
		v, ok := sc.onePerson(k)
		if !ok {
			return nil
		}
		out = append(out, v)
		k = v.From - 1
		// A list ends in "and": "Allen, Daniels and Williams"; a comma
		// alone sets off an appositive, "Jones, the girl's mother".
		if k >= 1 && (sc.toks[k].Norm == "and" || sc.toks[k].Text == "," && len(out) > 1) {
			if _, more := sc.onePerson(k - 1); more {
				k--
				continue
			}
		}
		break
	}
	if len(out) == 0 || !sc.subjectMayStart(out[len(out)-1].From) {
		return nil
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// subjectMayStart reports whether a subject may begin at token k: at the
// start of the sentence, after punctuation, a conjunction or a speech verb
// ("police said the man was ..."), and not after a preposition ("taken to
// Jackson Memorial in critical condition").
func (sc *casualtyScan) subjectMayStart(k int) bool {
	if k == 0 {
		return true
	}
	p := sc.toks[k-1]
	if p.Kind == tokPunct || p.Kind == tokQuote || subjectStart[p.Norm] {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if _, n := sc.d.x.speech.match(sc.toks, j); n > 0 && j+n == k {
			return true
		}
	}
	return false
}

// onePerson reads the person named by the tokens ending at k: a name, "he"
// or "she" (the last person named), or a singular description with a
// determiner ("the 17-year-old girlfriend", "her mother", "the girl's
// mother", "another man").
func (sc *casualtyScan) onePerson(k int) (victim, bool) {
	x, toks, d := sc.d.x, sc.toks, sc.d
	if k < 0 {
		return victim{}, false
	}
	for _, m := range d.mentions[sc.s.Index] {
		if m.Type == "person" && m.To == k+1 {
			return victim{From: m.From, To: m.To, Key: m.Name, Named: true}, true
		}
	}
	switch toks[k].Norm {
	case "he", "she":
		// Only a person already counted as a victim ("Norton was shot ...
		// He died") or named in this sentence or the one before, not
		// whoever was named last.
		if d.lastPerson == "" || !d.isVictim(d.lastPerson) && !d.namedNear(sc.s.Index, d.lastPerson) {
			return victim{}, false
		}
		return victim{From: k, To: k + 1, Key: d.lastPerson, Pronoun: true}, true
	}
	if isPlural(toks[k].Norm) {
		return victim{}, false
	}
	// The head: a taxonomy word ending at k.
	st := -1
	var g Group
	for s := k; s >= 0 && s >= k-2; s-- {
		if refs, n := x.categories.match(toks, s); n > 0 && s+n == k+1 {
			c := x.rb.Taxonomy[refs[0].Index]
			st, g = s, Group{Category: c.ID, Words: joinTokens(toks[s : k+1]), Share: ShareAll}
		}
	}
	if st < 0 && isAgeNominal(toks[k]) {
		// An age used as a noun names one person: "a 7-year-old was
		// fatally shot".
		if id := x.genericCategory(); id != "" {
			st, g = k, Group{Category: id, Words: toks[k].Text, Share: ShareAll}
		}
	}
	if st < 0 {
		return victim{}, false
	}
	v := victim{To: k + 1, Key: personKey(x, []Group{g}, toks[k].Norm), Groups: []Group{g}}
	// Modifiers and the determiner, read leftwards.
	for j := st - 1; j >= 0 && j >= st-5; j-- {
		t := toks[j]
		switch t.Norm {
		case "a", "an":
			v.From = j
			return v, true
		case "another":
			v.From, v.Newc = j, true
			return v, true
		case "the", "his", "her", "their", "its", "my", "our", "your":
			v.From, v.Definite = j, true
			return v, true
		case "'s":
			// "the girl's mother": the possessor's own determiner.
			for q := j - 1; q >= 0 && q >= j-3; q-- {
				switch toks[q].Norm {
				case "the", "his", "her", "their", "a", "an":
					v.From, v.Definite = q, true
					return v, true
				}
				if toks[q].Cap && toks[q].Kind == tokWord {
					v.From, v.Definite = q, true
					if q == 0 || toks[q-1].Kind != tokWord || !toks[q-1].Cap {
						return v, true
					}
				}
			}
			return victim{}, false
		}
		if x.cas.additive[t.Norm] {
			v.Newc = true
			continue
		}
		if t.Kind == tokWord && !t.Cap && !npStop[t.Norm] && !personAux[t.Norm] || t.Kind == tokNumber && len(t.Norm) > 2 {
			continue // "17-year-old", "unidentified", "male"
		}
		break
	}
	return victim{}, false
}

// namedAfter reads the people a noun of death names after "of": "the
// stabbing death of Mara Quist", "the deaths of 40-year-old Ted Vance
// and 37-year-old Omar Pell".
func (sc *casualtyScan) namedAfter(c casMatch) []victim {
	x, toks := sc.d.x, sc.toks
	if c.Status != rules.StatusKilled || !x.cas.nouns[toks[c.To-1].Norm] || c.To >= len(toks) || toks[c.To].Norm != "of" {
		return nil
	}
	var out []victim
	k := c.To + 1
	for k < len(toks) {
		if toks[k].Kind == tokNumber || toks[k].Kind == tokWord && !toks[k].Cap && len(toks[k].Norm) > 6 && toks[k].Norm[0] >= '0' && toks[k].Norm[0] <= '9' {
			k++ // an age: "7-year-old"
		}
		m := personAt(sc.d.mentions[sc.s.Index], k)
		if m == nil || m.From != k {
			break
		}
		out = append(out, victim{From: m.From, To: m.To, Key: m.Name, Named: true})
		k = m.To
		if k < len(toks) && (toks[k].Norm == "and" || toks[k].Text == ",") {
			k++
			continue
		}
		break
	}
	return out
}

// hasCasualty reports whether the article has given a casualty claim so
// far.
func (d *doc) hasCasualty() bool {
	for i := len(d.claims) - 1; i >= 0; i-- {
		if d.claims[i].Kind == Casualty {
			return true
		}
	}
	return false
}

// isVictim reports whether the article has counted the person named key
// as a victim already.
func (d *doc) isVictim(key string) bool {
	for i := len(d.claims) - 1; i >= 0; i-- {
		if ct := d.claims[i].Value.Counting; ct != nil && ct.Person == key && ct.Named {
			return true
		}
	}
	return false
}

// namedNear reports whether the person named name is mentioned in
// sentence i or the one before it.
func (d *doc) namedNear(i int, name string) bool {
	for _, k := range []int{i, i - 1} {
		for _, m := range d.mentions[k] {
			if m.Type == "person" && m.Name == name {
				return true
			}
		}
	}
	return false
}

// victimSubject returns the subject of the first claim that counted the
// person named key, or nil.
func (d *doc) victimSubject(key string) *Subject {
	for i := range d.claims {
		if ct := d.claims[i].Value.Counting; ct != nil && ct.Person == key && ct.Named {
			return &d.claims[i].Subject
		}
	}
	return nil
}

// isAgeNominal reports whether t is an age written as one word that can
// head a noun phrase: "7-year-old", "18-month-old".
func isAgeNominal(t token) bool {
	n := t.Norm
	if t.Kind != tokWord && t.Kind != tokNumber || n == "" || n[0] < '0' || n[0] > '9' {
		return false
	}
	return strings.HasSuffix(n, "-year-old") || strings.HasSuffix(n, "-month-old") || strings.HasSuffix(n, "-week-old") || strings.HasSuffix(n, "-day-old")
}

// genericCategory returns the rulebook's generic victim category (people
// in general), or "" when it has none.
func (x *Extractor) genericCategory() string {
	for _, c := range x.rb.Taxonomy {
		if c.Generic {
			return c.ID
		}
	}
	return ""
}

// reducedRelative reports whether casualty word cms[ci] is a participle
// that modifies the person before it while a later casualty word is the
// predicate of the clause: in "a teenager wounded in the shooting has
// died", "wounded" tells how he came to die, and "has died" is what the
// sentence says of him. A later word whose clause has a subject of its
// own after "and" ("two men died and a boy was wounded") is the
// predicate of another clause, not of the person before this word.
func (sc *casualtyScan) reducedRelative(ci int) bool {
	toks, c := sc.toks, sc.cms[ci]
	last := toks[c.To-1].Norm
	if c.From == 0 || passiveAux[toks[c.From].Norm] || !(strings.HasSuffix(last, "ed") || last == "shot" || last == "hurt") {
		return false
	}
	if !sc.personEndsAt(c.From) {
		return false
	}
	for _, c2 := range sc.cms[ci+1:] {
		if c2.Status == c.Status || clauseBreak(toks, c.To, c2.From) || sc.coordinateSubject(c.To, c2.From) {
			continue
		}
		for k := c2.From - 1; k >= c.To && k >= c2.From-3; k-- {
			w := toks[k].Norm
			if passiveAux[w] || w == "has" || w == "have" || w == "had" {
				return true
			}
			if !innerAdverbs[w] && !auxWords[w] {
				break
			}
		}
	}
	return false
}

// coordinateSubject reports whether a figure of people opens a clause of
// its own after "and" between tokens from and to ("... and a boy was
// wounded").
func (sc *casualtyScan) coordinateSubject(from, to int) bool {
	for q := range sc.figs {
		f := &sc.figs[q]
		if f.Person && f.From > from && f.From < to && sc.toks[f.From-1].Norm == "and" {
			return true
		}
	}
	return false
}

// personEndsAt reports whether a noun phrase of people ends right before
// token k: a figure of people, or a taxonomy word.
func (sc *casualtyScan) personEndsAt(k int) bool {
	for q := range sc.figs {
		if sc.figs[q].Person && sc.npEnd[q] == k {
			return true
		}
	}
	for s := k - 1; s >= 0 && s >= k-3; s-- {
		if _, n := sc.d.x.categories.match(sc.toks, s); n > 0 && s+n == k {
			return true
		}
	}
	return false
}

// nameIn returns the one person named in tokens [from, to) of the
// sentence, or nil when none or several are.
func (sc *casualtyScan) nameIn(from, to int) *mention {
	var found *mention
	for i := range sc.d.mentions[sc.s.Index] {
		m := &sc.d.mentions[sc.s.Index][i]
		if m.Type == "person" && m.From >= from && m.To <= to {
			if found != nil {
				return nil
			}
			found = m
		}
	}
	return found
}
