package claims

import "strings"

// casMatch is a casualty word found in a sentence.
type casMatch struct {
	From, To int
	ID       string
	Status   string
	// Part is true for words of a condition only some casualties may be
	// in ("in critical condition").
	Part bool
}

// auxWords may stand between a figure and the casualty word that reports
// it: "three people were killed", "one critically wounded".
var auxWords = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "been": true, "have": true, "has": true,
	"had": true, "be": true, "being": true, "got": true, "get": true, "reportedly": true, "critically": true,
	"seriously": true, "fatally": true, "severely": true, "gravely": true, "mortally": true, "badly": true,
	"slightly": true, "also": true, "later": true, "all": true, "both": true, "each": true, "confirmed": true,
	"initially": true, "now": true, "allegedly": true, "believed": true, "reported": true, "found": true,
	"left": true, "lay": true, "were later": true, "others": true, "more": true, "other": true, "people": true,
	"then": true, "eventually": true, "subsequently": true, "apparently": true, "who": true, "that": true,
	"either": true, "minor": true, "critical": true, "serious": true, "remain": true, "remains": true,
	"remained": true,
}

// casMatches finds casualty words in toks, longest first and without
// overlaps, so "was shot and killed" reads as killed, not shot.
func (x *Extractor) casMatches(toks []token) []casMatch {
	type cand struct {
		from, n int
		ref     entryRef
	}
	var cands []cand
	for i := range toks {
		if toks[i].Kind != tokWord {
			continue
		}
		refs, n := x.casualties.match(toks, i)
		if n == 0 && i+2 < len(toks) && innerAdverbs[toks[i+1].Norm] {
			// An adverb inside the verb group: "was also shot".
			end := min(len(toks), i+8)
			spliced := append([]token{toks[i]}, toks[i+2:end]...)
			if r, m := x.casualties.match(spliced, 0); m >= 2 {
				refs, n = r, m+1
			}
		}
		if n > 0 {
			cands = append(cands, cand{i, n, refs[0]})
		} else if m := x.cas.careAt(toks, i); m > 0 {
			cands = append(cands, cand{i, m, entryRef{"care", x.cas.care}})
		}
	}
	var out []casMatch
	for k := 0; k < len(cands); k++ {
		c := cands[k]
		// A longer match starting inside this one wins.
		if k+1 < len(cands) && cands[k+1].from < c.from+c.n && cands[k+1].from+cands[k+1].n > c.from+c.n {
			continue
		}
		if len(out) > 0 && out[len(out)-1].To > c.from {
			continue
		}
		term := x.rb.Lexicons.Casualties[c.ref.Index]
		out = append(out, casMatch{From: c.from, To: c.from + c.n, ID: term.ID, Status: term.Status, Part: term.Part})
	}
	return out
}

// innerAdverbs may stand inside a casualty verb group: "was also shot",
// "were later found dead".
var innerAdverbs = map[string]bool{
	"also": true, "later": true, "reportedly": true, "allegedly": true, "apparently": true, "then": true,
	"critically": true, "seriously": true, "badly": true, "each": true, "both": true, "all": true,
}

// clauseBreak reports whether tokens [from, to) cross a boundary that a
// casualty figure does not reach over: a semicolon or another sentence-like
// stop, a contrast, or a clause with a subject pronoun of its own ("three
// children, was at home when she was struck").
func clauseBreak(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		switch toks[k].Text {
		case ";", ":", "?", "!":
			return true
		}
		switch toks[k].Norm {
		case "but", "while", "which", "not", "n't":
			return true
		case "he", "she", "they", "we", "i", "you":
			return true // a clause with a subject of its own
		}
	}
	return false
}

// tollFigure finds the figure a toll noun is said to have reached further
// on in its clause: "the death toll from Friday night's earthquake in
// Jajarkot has risen to 157", "the number of deaths now stands at 40", or
// that a participle governing the noun brings it to ("bringing the death
// toll in the attack to four"). It returns the figure's index, or -1.
func (v *casualtyVocab) tollFigure(toks []token, figs []figure, used []bool, noun, from int) int {
	governed := governingParticiple(toks, noun)
	for k := range figs {
		f := &figs[k]
		if used[k] || f.From <= from || f.From > from+15 || f.From < 2 {
			continue
		}
		for g := from; g < f.From; g++ {
			if t := toks[g]; t.Kind == tokPunct && t.Norm != "'s" && t.Norm != "-" || t.Kind == tokQuote {
				return -1
			}
		}
		lead, verb := toks[f.From-1].Norm, toks[f.From-2].Norm
		switch {
		case (lead == "to" || lead == "at") && v.tollVerbs[verb]:
			return k
		case lead == "to" && governed:
			return k
		case v.tollVerbs[lead]:
			return k // "has reached 40", "topped 100"
		}
		return -1
	}
	return -1
}

// governingParticiple reports whether a present participle opening a
// clause governs the noun phrase a toll noun at noun ends, with at most a
// determiner and a modifier between: "bringing the death toll", "raising
// the number of dead".
func governingParticiple(toks []token, noun int) bool {
	for k := noun - 1; k >= 0 && k >= noun-4; k-- {
		if clauseParticiple(toks[k]) {
			return true
		}
		if toks[k].Kind != tokWord {
			return false
		}
	}
	return false
}

// hasVerb reports whether tokens [from, to) hold an auxiliary verb, so a
// noun phrase before them is the subject of a clause ("victims, who were
// taken ... with injuries").
func hasVerb(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		switch toks[k].Norm {
		case "was", "were", "is", "are", "been", "had", "have", "has":
			return true
		}
	}
	return false
}

// followedByCasualty reports whether a casualty word follows token j
// (after auxiliaries), so a figure there reports its own status.
func followedByCasualty(x *Extractor, toks []token, j int) bool {
	for k := j; k < len(toks) && k < j+3; k++ {
		if _, n := x.casualties.match(toks, k); n > 0 {
			return true
		}
		if !auxWords[toks[k].Norm] {
			return false
		}
	}
	return false
}

// negatedBefore reports whether casualty word at c is denied by the few
// words before it: "no one was hurt", "no injuries", "was not injured".
func negatedBefore(toks []token, c int) bool {
	if c >= 2 && toks[c-1].Norm == "the" && toks[c-2].Norm == "of" || c >= 1 && toks[c-1].Norm == "of" {
		return false // "none of the injuries appear life-threatening": the injuries are there
	}
	for k := c - 1; k >= 0 && k >= c-5; k-- {
		switch toks[k].Norm {
		case "no", "nobody", "none", "not", "n't", "never", "neither", "without":
			return true
		}
		if toks[k].Kind == tokPunct || toks[k].Kind == tokNumber {
			return false
		}
	}
	return false
}

// zeroFigure returns a figure of none for "no one was hurt", "nobody was
// injured", "no injuries were reported", "there were no deaths"; nil when the
// negation denies something else ("was not injured" of a named person).
func zeroFigure(x *Extractor, toks []token, c casMatch) *figure {
	for k := c.From - 1; k >= 0 && k >= c.From-5; k-- {
		w := toks[k].Norm
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1].Norm
		}
		switch {
		case w == "nobody" || w == "none":
		case w == "no" && (next == "one" || next == "other" || next == "others" || next == "further" || next == "additional" || next == "reported" || next == "serious" || next == "known" || k+1 == c.From):
		case w == "no":
			if _, n := x.categories.match(toks, k+1); n == 0 {
				return nil
			}
		default:
			continue
		}
		return &figure{From: k, To: k + 1, NPTo: k + 1, IV: Exact(0)}
	}
	return nil
}

// connectorWords may stand between a casualty noun and its figure besides
// the toll verbs: "the death toll has risen to 12", "deaths of two men".
var connectorWords = map[string]bool{
	"has": true, "had": true, "now": true, "to": true, "at": true, "of": true, "is": true, "was": true,
}

// pick returns the figure that casualty word c reports, or -1: the
// nearest figure before it with nothing but auxiliaries between ("three
// people were killed"), the figure right after it ("killed 26 civilians"),
// the figure a toll noun reaches ("the toll rose to 12"), or the subject
// of its clause further before ("multiple victims, who were taken ...
// with injuries").
func (sc *casualtyScan) pick(c casMatch) int {
	adj, adjAux := sc.adjacentBefore(c)
	fol := sc.following(c)
	v := sc.d.x.cas
	if fol < 0 && adj < 0 && v.nouns[sc.toks[c.To-1].Norm] {
		fol = v.tollFigure(sc.toks, sc.figs, sc.used, c.From, c.To)
	}
	agent := fol < 0 && !adjAux && sc.activeOnPerson(c)
	switch {
	case adj >= 0 && (adjAux || fol < 0) && !agent:
		return adj
	case fol >= 0:
		return fol
	case agent:
		return -1 // "a 22-year-old man shot and killed his neighbor": the figure did it
	}
	return sc.subjectBefore(c)
}

// activeOnPerson reports whether casualty word c is an active verb whose
// object is a person: "shot and killed 14-year-old Todd", "accused of
// killing his wife", "killing the suspect". A figure before it then names
// who did it, not a victim.
func (sc *casualtyScan) activeOnPerson(c casMatch) bool {
	toks := sc.toks
	for _, t := range toks[c.From:c.To] {
		if passiveAux[t.Norm] {
			return false
		}
	}
	for k := c.From - 1; k >= 0 && k >= c.From-3; k-- {
		if passiveAux[toks[k].Norm] {
			return false
		}
		if !innerAdverbs[toks[k].Norm] && !auxWords[toks[k].Norm] {
			break
		}
	}
	k := c.To
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	if t.Kind == tokNumber && strings.Contains(t.Norm, "-") || personAt(sc.d.mentions[sc.s.Index], k) != nil {
		return true // an age ("14-year-old") or a name
	}
	switch t.Norm {
	case "the", "a", "an", "his", "her", "their", "its", "another":
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if _, n := sc.d.x.categories.match(toks, j); n > 0 {
				return true
			}
			if toks[j].Kind != tokWord {
				break
			}
		}
	case "him", "them":
		return true
	}
	return false
}

// adjacentBefore returns the nearest unused figure ending before c with
// only auxiliaries between, and whether a verb auxiliary stands there
// ("were", as against "critically").
func (sc *casualtyScan) adjacentBefore(c casMatch) (int, bool) {
	x, toks := sc.d.x, sc.toks
	for k := len(sc.figs) - 1; k >= 0; k-- {
		f := &sc.figs[k]
		if f.From >= c.From || sc.npEnd[k] > c.From || sc.merged[k] {
			continue
		}
		if sc.used[k] || !bareOK(x, toks, f) {
			return -1, false
		}
		aux := false
		g0 := sc.npEnd[k]
		if sc.npEnd[k] > f.NPTo && g0 < c.From && toks[g0].Text == "," {
			g0++ // the comma closing a share clause: "five people, including a boy, were shot"
		}
		g0 = agePhraseEnd(toks, g0, c.From) // "four men between the ages of 19 and 45 were shot"
		for g := g0; g < c.From; g++ {
			w := toks[g].Norm
			if !auxWords[w] {
				return -1, false
			}
			if (w == "who" || w == "that") && sc.npEnd[k] > f.NPTo {
				return -1, false // "seven victims, including one who died": said of the part
			}
			if w != "others" && w != "more" && w != "critically" && w != "seriously" && w != "fatally" {
				aux = true
			}
		}
		return k, aux
	}
	return -1, false
}

// following returns the unused figure right after c ("killed 26
// civilians", "deaths of two men"), or -1.
func (sc *casualtyScan) following(c casMatch) int {
	x, toks := sc.d.x, sc.toks
	for k := range sc.figs {
		f := &sc.figs[k]
		if sc.used[k] || f.From < c.To || f.From > c.To+3 || f.Article && f.From > c.To {
			continue
		}
		ok := f.From == c.To || x.cas.nouns[toks[c.To-1].Norm]
		for g := c.To; g < f.From; g++ {
			if !connectorWords[toks[g].Norm] && !x.cas.tollVerbs[toks[g].Norm] {
				ok = false
			}
			if toks[g].Norm == "at" && (g == c.To || !x.cas.tollVerbs[toks[g-1].Norm]) {
				ok = false // "pronounced dead at 5": a time; "the toll stands at 40"
			}
		}
		if ok && bareOK(x, toks, f) && !followedByCasualty(x, toks, sc.npEnd[k]) {
			return k
		}
		return -1
	}
	return -1
}

// subjectBefore returns a figure of people further before c that is the
// subject of c's clause, or -1. A figure that is the whole of a partitive
// hands over to its part: in "one of four people struck by bullets has
// died", "has died" is said of "one".
func (sc *casualtyScan) subjectBefore(c casMatch) int {
	toks := sc.toks
	for k := len(sc.figs) - 1; k >= 0; k-- {
		f := &sc.figs[k]
		if f.From >= c.From || sc.npEnd[k] > c.From {
			continue
		}
		if sc.used[k] && f.Part >= 0 && !sc.used[f.Part] {
			k = f.Part
			f = &sc.figs[k]
		}
		if sc.used[k] || !f.Person || c.From-sc.npEnd[k] > 25 || clauseBreak(toks, sc.npEnd[k], c.From) || !hasVerb(toks, sc.npEnd[k], c.From) {
			return -1
		}
		if sc.otherSubject(sc.npEnd[k], c) || afterPreposition(toks, f.From) {
			return -1
		}
		if inRelative(toks, f.From) {
			continue // "one of the victims in the shooting that sent five people to the hospital has died"
		}
		return k
	}
	return -1
}

// otherSubject reports whether something between a figure ending at from
// and casualty word c is the subject c is said of instead: a person named
// there, or a relative pronoun that does not follow the figure ("the second
// man charged over the killing of Quist, who was stabbed"). A casualty
// noun is said of a figure before it only through "with" or a suffer verb
// ("victims, who were taken to hospital with injuries").
func (sc *casualtyScan) otherSubject(from int, c casMatch) bool {
	toks := sc.toks
	x := sc.d.x
	if x.cas.bareNouns[phraseOf(toks, c.From, c.To)] || x.cas.nouns[toks[c.To-1].Norm] && !auxBefore(toks, c.From) {
		ok := false
		for g := c.From - 1; g >= from && g >= c.From-4; g-- {
			if toks[g].Norm == "with" || x.cas.suffer[toks[g].Norm] {
				ok = true
			}
		}
		if !ok {
			return true
		}
	}
	for g := from; g < c.From; g++ {
		if personAt(sc.d.mentions[sc.s.Index], g) != nil {
			return true
		}
		if w := toks[g].Norm; (w == "who" || w == "that") && g != from && !(g == from+1 && toks[from].Text == ",") {
			return true
		}
	}
	return false
}

// auxBefore reports whether a verb auxiliary stands right before token k:
// "were injured", "are dead".
func auxBefore(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	return passiveAux[toks[k-1].Norm] || toks[k-1].Norm == "critically" || toks[k-1].Norm == "seriously"
}

// afterPreposition reports whether the phrase starting at k, past a
// determiner, is the object of a preposition.
func afterPreposition(toks []token, k int) bool {
	k--
	if k >= 0 && (toks[k].Norm == "the" || toks[k].Norm == "his" || toks[k].Norm == "her" || toks[k].Norm == "their") {
		k--
	}
	return k >= 0 && prepositions[toks[k].Norm]
}

// careAt returns the length of words at token i that say a victim was
// taken into care, "taken to Mercy Hospital", "rushed to a local hospital",
// or 0: a care verb, "to", and a care place within a few words.
func (v *casualtyVocab) careAt(toks []token, i int) int {
	if v.care < 0 || !v.careVerbs[toks[i].Norm] || i+2 >= len(toks) || toks[i+1].Norm != "to" {
		return 0
	}
	for j := i + 2; j < len(toks) && j <= i+6; j++ {
		if _, n := v.carePlaces.match(toks, j); n > 0 {
			return j + n - i
		}
		if toks[j].Kind != tokWord {
			return 0
		}
	}
	return 0
}

// inRelative reports whether the figure starting at token k is the object
// inside a relative clause: a relative pronoun and a verb stand just
// before it ("that sent five people", "which left two people").
func inRelative(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch toks[j].Norm {
		case "that", "which", "who":
			return j < k-1 // a word, the verb, between
		}
		if toks[j].Kind != tokWord {
			return false
		}
	}
	return false
}
