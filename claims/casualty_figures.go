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
	// Definite is true for an article figure with "the": a person the
	// story may have counted already.
	Definite bool
	// Part is the index of the figure that is this one's part in a
	// partitive ("one of three people"), or -1.
	Part int
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
			if ageRange(toks, i, i+n) || ageAdjective(toks, i+n) || x.possessed(toks, i) {
				i += n - 1
				continue // "aged between 20 and 37", "a mother of three"
			}
			f := figure{From: i, To: i + n, IV: iv, Matched: m, Part: -1}
			x.nounPhrase(toks, &f)
			x.collective(toks, &f)
			out = append(out, f)
			i += n - 1
			continue
		}
		switch t.Norm {
		case "a", "an", "the", "another":
			f := figure{From: i, To: i + 1, IV: Exact(1), Article: true, Definite: t.Norm == "the", Part: -1}
			x.nounPhrase(toks, &f)
			if f.Person && !isPlural(toks[f.NPTo-1].Norm) {
				out = append(out, f)
			}
		case "both":
			// "both teens": a set of exactly two.
			f := figure{From: i, To: i + 1, IV: Exact(2), Part: -1}
			x.nounPhrase(toks, &f)
			if f.Person && isPlural(toks[f.NPTo-1].Norm) {
				out = append(out, f)
			}
		}
	}
	linkPartitives(toks, out)
	return out
}

// ageWords introduce the ages of people: "aged 20 to 37", "between the
// ages of 21 and 58", "ranging in age from 17 to 25".
var ageWords = map[string]bool{"aged": true, "ages": true, "age": true}

// ageRange reports whether the figure at tokens [from, to) is a bound of
// a range of ages: an age word stands a few tokens before it with only
// numbers and the words of a range between ("aged 20 to 37", "between the
// ages of 21 and 58"), or right after it a range follows an age word.
func ageRange(toks []token, from, to int) bool {
	for k := from - 1; k >= 0 && k >= from-6; k-- {
		t := toks[k]
		if ageWords[t.Norm] {
			return true
		}
		if t.Kind != tokNumber && !ageRangeWords[t.Norm] {
			if _, ok := numberWords[t.Norm]; !ok {
				break
			}
		}
	}
	// "between 20 and 37 years of age" is rare; a range before "years old"
	// is read as ages too.
	return to+1 < len(toks) && (toks[to].Norm == "and" || toks[to].Norm == "to") && ageAfterRange(toks, to+1)
}

// possessed reports whether the figure at token i counts what a person
// has: "a mother of three" (her children), not victims.
func (x *Extractor) possessed(toks []token, i int) bool {
	if i < 2 || toks[i-1].Norm != "of" || isPlural(toks[i-2].Norm) {
		return false
	}
	_, n := x.categories.match(toks, i-2)
	return n == 1
}

// agePhraseEnd returns where a phrase of ages that starts at token from
// ends, before token limit ("between the ages of 19 and 45", "aged 20 to
// 37"), or from when none starts there.
func agePhraseEnd(toks []token, from, limit int) int {
	seenAge, end := false, from
	for k := from; k < limit; k++ {
		t := toks[k]
		_, word := numberWords[t.Norm]
		switch {
		case ageWords[t.Norm]:
			seenAge = true
		case t.Kind == tokNumber || word || ageRangeWords[t.Norm] || t.Text == ",":
		default:
			if seenAge {
				return end
			}
			return from
		}
		if seenAge && (t.Kind == tokNumber || word) {
			end = k + 1
		}
	}
	if seenAge {
		return end
	}
	return from
}

// ageAdjective reports whether the words at k make the figure before them
// an age written apart: "a 20 year-old man", "the 16 year old".
func ageAdjective(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	w := toks[k].Norm
	if strings.HasPrefix(w, "year-old") || strings.HasPrefix(w, "years-old") {
		return true
	}
	return (w == "year" || w == "years") && k+1 < len(toks) && (toks[k+1].Norm == "old" || toks[k+1].Norm == "-old" || toks[k+1].Norm == "-")
}

// ageRangeWords may stand inside a range of ages.
var ageRangeWords = map[string]bool{"between": true, "from": true, "and": true, "to": true, "of": true, "the": true, "-": true, "in": true, "ranging": true}

// ageAfterRange reports whether the upper bound of a range starting at k
// is followed by "years old" or "years of age".
func ageAfterRange(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k].Kind != tokNumber {
		return false
	}
	return toks[k+1].Norm == "years" && (toks[k+2].Norm == "old" || toks[k+2].Norm == "of")
}

// collective reads a figure that counts the members of a collective noun
// of people from the rulebook ("a family of five", "a household of four")
// as a figure of people.
func (x *Extractor) collective(toks []token, f *figure) {
	if f.Person || f.From < 2 || toks[f.From-1].Norm != "of" || !x.cas.collectives[toks[f.From-2].Norm] {
		return
	}
	f.Person = true
	f.Groups = []Group{{Category: "person", Words: joinTokens(toks[f.From-2 : f.To]), Share: ShareAll}}
	f.NPTo = f.To
}

// linkPartitives ties the part of a partitive to its whole: in "one of
// four people struck by bullets", "one" is a part of "four people", and a
// predicate the whole cannot take ("has died") belongs to the part.
func linkPartitives(toks []token, figs []figure) {
	for k := 0; k+1 < len(figs); k++ {
		f, g := &figs[k], &figs[k+1]
		if f.Article || f.To >= len(toks) || toks[f.To].Norm != "of" {
			continue
		}
		if g.From == f.To+1 || g.From == f.To+2 && toks[f.To+1].Norm == "the" {
			g.Part = k
			if g.Person {
				f.Person = true
				f.Groups = g.Groups
			}
		}
	}
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
		if end >= 0 && (strings.HasSuffix(t.Norm, "ed") || x.cas.suffer[t.Norm]) {
			break // a verb after the head: "the boyfriend suffered minor injuries"
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
	if f.To+2 < len(toks) && toks[f.To].Text == "," && toks[f.To+1].Kind == tokNumber && len(toks[f.To+1].Text) == 3 && f.IV.Max < 1000 {
		return false // "1 , 400": a figure spaced around its thousands separator
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

// listOf reads a list of people that goes on from token k, its items
// set off by commas and the last by "and": ", a 4-year-old boy, and his
// mother", ", two women and a child". An item is a figure of people or one
// person with a possessive ("his mother"). It returns how many people the
// items count, where they end and their groups, marking their figures
// used; 0 when no such list follows.
func (d *doc) listOf(toks []token, figs []figure, k int, used []bool) (float64, int, []Group) {
	if k >= len(toks) || toks[k].Text != "," {
		return 0, k, nil
	}
	var n float64
	var gs []Group
	var taken []int
	for k < len(toks) && (toks[k].Text == "," || toks[k].Norm == "and") {
		last := toks[k].Norm == "and"
		j := k + 1
		if toks[k].Text == "," && j < len(toks) && toks[j].Norm == "and" {
			last, j = true, j+1
		}
		c, to, g, fig := d.listItem(toks, figs, j, used)
		if c == 0 {
			return 0, k, nil
		}
		n += c
		gs = append(gs, g)
		if fig >= 0 {
			taken = append(taken, fig)
		}
		k = to
		if last {
			for _, q := range taken {
				used[q] = true
			}
			return n, k, gs
		}
	}
	return 0, k, nil
}

// listItem reads one item of a list of people at token j: a figure of
// people ("two women", "a 4-year-old boy") or a possessive and a singular
// person ("his mother"). It returns how many it counts, where it ends, its
// group and its figure's index (-1 for none); 0 when none is there.
func (d *doc) listItem(toks []token, figs []figure, j int, used []bool) (float64, int, Group, int) {
	x := d.x
	for q := range figs {
		if figs[q].From == j && figs[q].Person && !used[q] && figs[q].IV.IsExact() && len(figs[q].Groups) > 0 {
			g := figs[q].Groups[0]
			iv := figs[q].IV
			g.Number = &iv
			return iv.Min, figs[q].NPTo, g, q
		}
	}
	if j >= len(toks) {
		return 0, j, Group{}, -1
	}
	switch toks[j].Norm {
	case "his", "her", "their":
	default:
		return 0, j, Group{}, -1
	}
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		if refs, n := x.categories.match(toks, k); n > 0 && !isPlural(toks[k+n-1].Norm) {
			one := Exact(1)
			c := x.rb.Taxonomy[refs[0].Index]
			return 1, k + n, Group{Category: c.ID, Words: joinTokens(toks[j : k+n]), Share: ShareAll, Number: &one}, -1
		}
		if toks[k].Kind != tokWord && !(toks[k].Kind == tokNumber && strings.Contains(toks[k].Norm, "-")) {
			break
		}
	}
	return 0, j, Group{}, -1
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
	// "four adults, a 4-year-old boy, and his mother".
	if n, to, gs := d.listOf(toks, figs, end, used); n > 0 && f.IV.IsExact() && n != f.IV.Min {
		// "three other victims, a man, a woman and a boy" names the
		// three: an apposition, not more people.
		for i := range groups {
			if groups[i].Number == nil {
				a := f.IV
				groups[i].Number = &a
			}
		}
		groups = append(groups, gs...)
		f.IV = Exact(f.IV.Min + n)
		end = to
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
