package claims

import (
	"strings"
)

// figure is a quantity found in a sentence with the noun phrase it counts.
type figure struct {
	// From and To are the tokens of the figure, modifier included.
	From, To int
	IV       Interval
	Matched  []string
	// NPTo is one past the last token of the counted noun phrase; NPTo ==
	// To when the figure counts no noun phrase of people.
	NPTo int
	// Groups are the categories of the noun phrase (share all).
	Groups []Group
	// Person is true when the noun phrase names people.
	Person bool
	// Article is true for "a man", "the victim": one person.
	Article bool
}

// casMatch is a casualty word found in a sentence.
type casMatch struct {
	From, To int
	ID       string
	Status   string
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
	"either": true, "minor": true, "critical": true, "serious": true,
}

// npStop ends a noun phrase scan.
var npStop = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "and": true, "or": true, "in": true, "on": true,
	"at": true, "of": true, "who": true, "that": true, "from": true, "by": true, "with": true, "to": true,
	"after": true, "during": true, "had": true, "have": true, "has": true, "been": true, "when": true,
	"as": true, "while": true, "for": true, "but": true, "the": true, "a": true, "an": true, "their": true,
	"his": true, "her": true, "its": true, "this": true, "near": true, "into": true, "inside": true,
	"outside": true, "there": true, "which": true, "than": true, "say": true, "said": true, "says": true,
	"will": true, "would": true, "could": true, "may": true, "might": true, "not": true, "no": true,
	"be": true, "being": true, "remain": true, "remained": true, "remains": true,
}

// connectors may stand between a casualty noun and its figure: "the death
// toll rose to 12", "deaths of two men".
var connectors = map[string]bool{
	"rose": true, "risen": true, "climbed": true, "has": true, "had": true, "stood": true, "stands": true,
	"now": true, "to": true, "at": true, "of": true, "is": true, "was": true, "reached": true, "hit": true,
	"increased": true, "jumped": true,
}

// pluralIrregular are plural nouns that do not end in s.
var pluralIrregular = map[string]bool{
	"men": true, "women": true, "children": true, "people": true, "police": true, "personnel": true,
	"staff": true, "gunmen": true, "policemen": true, "servicemen": true, "militia": true, "folks": true,
}

// isPlural reports whether a noun looks plural.
func isPlural(w string) bool {
	if pluralIrregular[w] {
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
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
		if refs, n := x.casualties.match(toks, i); n > 0 {
			cands = append(cands, cand{i, n, refs[0]})
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
		out = append(out, casMatch{From: c.from, To: c.from + c.n, ID: term.ID, Status: term.Status})
	}
	return out
}

// figures finds the quantities of sentence s with the noun phrases they
// count. Figures inside a share clause ("including 25 tourists") are
// returned too; casualties folds them into the figure they belong to.
func (x *Extractor) figures(toks []token) []figure {
	var out []figure
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind != tokNumber && t.Kind != tokWord {
			continue
		}
		if iv, n, m, ok := x.parseNumber(toks, i); ok {
			f := figure{From: i, To: i + n, IV: iv, Matched: m}
			x.nounPhrase(toks, &f)
			out = append(out, f)
			i += n - 1
			continue
		}
		switch t.Norm {
		case "a", "an", "the", "another":
			f := figure{From: i, To: i + 1, IV: Exact(1), Article: true}
			x.nounPhrase(toks, &f)
			if f.Person && !isPlural(toks[f.NPTo-1].Norm) {
				out = append(out, f)
			}
		}
	}
	return out
}

// nounPhrase reads the noun phrase of people after figure f, if any: up to
// three words of description and one or more taxonomy words ("multiple
// juvenile shooting victims", "Indian navy personnel"), or a partitive
// "of the victims".
func (x *Extractor) nounPhrase(toks []token, f *figure) {
	f.NPTo = f.To
	j := f.To
	// "one of the victims", "two of them".
	if j+1 < len(toks) && toks[j].Norm == "of" && !f.Article {
		switch toks[j+1].Norm {
		case "them", "those":
			f.NPTo, f.Person = j+2, true
			f.Groups = []Group{{Category: "person", Words: toks[j+1].Text, Share: ShareAll}}
			return
		case "the", "their", "his", "her":
			j += 2
		}
	}
	other := 0
	end := -1
	var groups []Group
	for k := j; k < len(toks) && k < j+6; {
		t := toks[k]
		if t.Kind != tokWord && !(t.Kind == tokNumber && strings.Contains(t.Norm, "-")) {
			break
		}
		if refs, n := x.categories.match(toks, k); n > 0 {
			c := x.rb.Taxonomy[refs[0].Index]
			groups = append(groups, Group{Category: c.ID, Words: joinTokens(toks[k : k+n]), Share: ShareAll})
			k += n
			end = k
			continue
		}
		if npStop[t.Norm] {
			break
		}
		if _, n := x.casualties.match(toks, k); n > 0 {
			break
		}
		other++
		if other > 3 {
			break
		}
		k++
	}
	if end < 0 {
		return
	}
	// The head noun must be a taxonomy word; "victims' families" is not.
	if end < len(toks) && (toks[end].Norm == "'s" || toks[end].Norm == "'") {
		return
	}
	f.NPTo, f.Person, f.Groups = end, true, specificGroups(x, groups)
}

// specificGroups drops generic categories ("people", "victims") when a
// more specific one is named in the same phrase.
func specificGroups(x *Extractor, gs []Group) []Group {
	specific := false
	for _, g := range gs {
		if !x.tax.Generic(g.Category) {
			specific = true
		}
	}
	if !specific {
		if len(gs) > 1 {
			gs = gs[len(gs)-1:]
		}
		return gs
	}
	out := gs[:0]
	for _, g := range gs {
		if !x.tax.Generic(g.Category) {
			out = append(out, g)
		}
	}
	return out
}

// bareOK reports whether a figure without a noun phrase of people can
// still be a casualty figure: nothing but a clause boundary or auxiliary
// follows it ("three dead", "killing 3, injuring 5").
func bareOK(x *Extractor, toks []token, f *figure) bool {
	if f.Person {
		return true
	}
	if f.Article || isAgeAppositive(toks, f) {
		return false
	}
	if f.To >= len(toks) {
		return true
	}
	t := toks[f.To]
	if t.Kind == tokPunct {
		return t.Text == "," || t.Text == "." || t.Text == ";" || t.Text == ")" || t.Text == ":" || t.Text == "-" || t.Text == "—"
	}
	if _, n := x.casualties.match(toks, f.To); n > 0 {
		return true
	}
	return auxWords[t.Norm] || t.Norm == "and" || t.Norm == "in" || t.Norm == "on" || t.Norm == "at" || t.Norm == "after" || t.Norm == "others"
}

// casualties extracts casualty claims from s: figures of people killed,
// injured or missing, with the victims' categories and shares.
func (d *doc) casualties(s *sentence) {
	x := d.x
	toks := s.Toks
	cms := x.casMatches(toks)
	if len(cms) == 0 {
		return
	}
	figs := x.figures(toks)
	used := make([]bool, len(figs))
	merged := make([]bool, len(figs))
	// Figures of a share clause belong to the figure before them.
	shareMatched := make([][]string, len(figs))
	npEnd := make([]int, len(figs))
	for k := range figs {
		npEnd[k] = figs[k].NPTo
	}
	for k := range figs {
		if used[k] || !figs[k].Person {
			continue
		}
		before := append([]bool(nil), used...)
		figs[k].Groups, npEnd[k], shareMatched[k] = d.joinGroups(toks, figs, k, used)
		for q := range used {
			merged[q] = used[q] && !before[q]
		}
	}
	type emitted struct {
		status string
		iv     Interval
	}
	done := map[emitted]bool{}
	emit := func(f *figure, k int, c casMatch, zero bool) {
		iv := f.IV
		if zero {
			iv = Exact(0)
		}
		key := emitted{c.Status, iv}
		if done[key] {
			return
		}
		done[key] = true
		from, to := c.From, c.To
		if f != nil {
			if f.From < from {
				from = f.From
			}
			end := f.NPTo
			if k >= 0 && npEnd[k] > end && c.From > f.From {
				end = npEnd[k]
			}
			if end > to {
				to = end
			}
		}
		matched := []string{"casualties:" + c.ID}
		var groups []Group
		if f != nil {
			matched = append(matched, f.Matched...)
			for _, g := range f.Groups {
				matched = append(matched, "taxonomy:"+g.Category)
			}
			if k >= 0 {
				matched = append(matched, shareMatched[k]...)
			}
			groups = f.Groups
		}
		start, stop := s.span(from, to)
		num := iv
		d.add(s, Claim{
			Kind:    Casualty,
			Subject: d.eventFor(s, c.From, true),
			Value:   Value{Number: &num, Status: c.Status, Victims: groups},
			Rule:    "casualty",
			Matched: dedupe(matched),
		}, start, stop)
	}
	for _, c := range cms {
		if negatedBefore(toks, c.From) {
			if zf := zeroFigure(x, toks, c); zf != nil {
				emit(zf, -1, c, true)
			}
			continue
		}
		// The nearest unused figure ending before c.
		adj, adjAux := -1, false
		for k := len(figs) - 1; k >= 0; k-- {
			f := &figs[k]
			if f.From >= c.From || npEnd[k] > c.From || merged[k] {
				continue
			}
			if used[k] {
				break
			}
			if !bareOK(x, toks, f) {
				break
			}
			gapOK := true
			for g := npEnd[k]; g < c.From; g++ {
				if !auxWords[toks[g].Norm] {
					gapOK = false
					break
				}
				if toks[g].Norm != "others" && toks[g].Norm != "more" && toks[g].Norm != "critically" && toks[g].Norm != "seriously" && toks[g].Norm != "fatally" {
					adjAux = true
				}
			}
			if gapOK {
				adj = k
			}
			break
		}
		// The figure right after c: "killed 26 civilians".
		fol := -1
		for k := range figs {
			f := &figs[k]
			if used[k] || f.From < c.To || f.From > c.To+3 || f.Article && f.From > c.To {
				continue
			}
			ok := f.From == c.To || casNouns[toks[c.To-1].Norm]
			for g := c.To; g < f.From; g++ {
				if !connectors[toks[g].Norm] {
					ok = false
				}
			}
			if ok && bareOK(x, toks, f) && !followedByCasualty(x, toks, npEnd[k]) {
				fol = k
			}
			break
		}
		if fol < 0 && adj < 0 && casNouns[toks[c.To-1].Norm] {
			fol = tollFigure(toks, figs, used, c.To)
		}
		pick := -1
		switch {
		case adj >= 0 && (adjAux || fol < 0):
			pick = adj
		case fol >= 0:
			pick = fol
		default:
			// A figure of people further before: "multiple juvenile
			// victims, who were transported ... with injuries".
			for k := len(figs) - 1; k >= 0; k-- {
				f := &figs[k]
				if f.From >= c.From || npEnd[k] > c.From {
					continue
				}
				if used[k] || !f.Person || c.From-npEnd[k] > 25 || clauseBreak(toks, npEnd[k], c.From) || !hasVerb(toks, npEnd[k], c.From) {
					break
				}
				pick = k
				break
			}
		}
		if pick < 0 {
			continue
		}
		used[pick] = true
		emit(&figs[pick], pick, c, false)
	}
}

// clauseBreak reports whether tokens [from, to) cross a boundary that a
// casualty figure does not reach over: a semicolon or another sentence-like
// stop.
func clauseBreak(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		switch toks[k].Text {
		case ";", ":", "?", "!":
			return true
		}
		if toks[k].Norm == "but" || toks[k].Norm == "while" || toks[k].Norm == "which" || toks[k].Norm == "not" || toks[k].Norm == "n't" {
			return true
		}
	}
	return false
}

// casNouns are casualty nouns a figure may follow after a connector: "the
// death toll rose to 12", "deaths of two men".
var casNouns = map[string]bool{
	"toll": true, "deaths": true, "death": true, "fatalities": true, "injuries": true, "casualties": true, "bodies": true,
	"dead": true, "injured": true, "wounded": true, "missing": true,
}

// tollFigure finds the figure a toll noun is said to have reached further
// on in its clause: "the death toll from Friday night's earthquake in
// Jajarkot has risen to 157", "the number of deaths now stands at 40". It
// returns the figure's index, or -1.
func tollFigure(toks []token, figs []figure, used []bool, from int) int {
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
		case (lead == "to" || lead == "at") && tollVerbs[verb]:
			return k
		case lead == "reached" || lead == "hit" || lead == "surpassed" || lead == "topped" || lead == "passed":
			return k
		}
		return -1
	}
	return -1
}

// tollVerbs move a toll to a figure: "rose to", "stands at".
var tollVerbs = map[string]bool{
	"rose": true, "risen": true, "climbed": true, "jumped": true, "increased": true, "grown": true, "grew": true,
	"stands": true, "stood": true, "mounted": true, "soared": true, "gone": true, "went": true, "up": true,
	"rises": true, "climbs": true, "rising": true, "climbing": true, "revised": true, "raised": true,
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

// isAgeAppositive reports whether the bare number figure f is a person's
// age after a name: "Reshowna Hawkins, 34, and ...".
func isAgeAppositive(toks []token, f *figure) bool {
	if f.From < 2 || toks[f.From].Kind != tokNumber || f.To-f.From != 1 {
		return false
	}
	p := toks[f.From-1]
	pp := toks[f.From-2]
	return p.Text == "," && pp.Kind == tokWord && pp.Cap && f.IV.Min < 120
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

// joinGroups extends the groups of figure k with what follows its noun
// phrase: "and two women" (a group with its own number, added to the
// total) and share clauses (", mostly Hindu men", ", including Indian navy
// personnel and civilians"). Figures inside are marked used. It returns
// the groups, the end of the phrase and the rulebook entries matched.
func (d *doc) joinGroups(toks []token, figs []figure, k int, used []bool) ([]Group, int, []string) {
	x := d.x
	f := &figs[k]
	groups := append([]Group(nil), f.Groups...)
	end := f.NPTo
	var matched []string
	// "one man and two women".
	if end+1 < len(toks) && toks[end].Norm == "and" && k+1 < len(figs) {
		g := &figs[k+1]
		if g.From == end+1 && g.Person && !used[k+1] && f.IV.IsExact() && g.IV.IsExact() {
			a, b := f.IV, g.IV
			for i := range groups {
				groups[i].Number = &a
			}
			for _, gg := range g.Groups {
				gg.Number = &b
				groups = append(groups, gg)
			}
			f.IV = Exact(a.Min + b.Min)
			used[k+1] = true
			end = g.NPTo
		}
	}
	// A share clause.
	j := end
	if j < len(toks) && toks[j].Text == "," {
		j++
	}
	refs, n := x.shares.match(toks, j)
	if n == 0 {
		return groups, end, matched
	}
	sh := x.rb.Lexicons.Shares[refs[0].Index]
	matched = append(matched, "shares:"+sh.ID)
	found := false
	for p := j + n; p < len(toks) && p < j+n+14; {
		t := toks[p]
		if t.Kind == tokPunct && t.Text != "," && t.Text != "-" || t.Kind == tokQuote {
			break
		}
		if auxWords[t.Norm] && t.Norm != "all" && t.Norm != "both" && t.Norm != "other" || t.Norm == "killed" {
			break
		}
		if _, cn := x.casualties.match(toks, p); cn > 0 {
			break
		}
		var num *Interval
		for q := range figs {
			if figs[q].From == p && figs[q].Person && q != k {
				iv := figs[q].IV
				num = &iv
				used[q] = true
				p = figs[q].To
				break
			}
		}
		if rs, cn := x.categories.match(toks, p); cn > 0 {
			c := x.rb.Taxonomy[rs[0].Index]
			groups = append(groups, Group{Category: c.ID, Words: joinTokens(toks[p : p+cn]), Share: sh.Share, Number: num})
			matched = append(matched, "taxonomy:"+c.ID)
			p += cn
			end = p
			found = true
			continue
		}
		p++
	}
	if !found {
		return f.Groups, f.NPTo, nil
	}
	return groups, end, matched
}
