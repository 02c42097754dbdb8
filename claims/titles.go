package claims

import "strings"

// Title time values: when a role claim says a title is held.
const (
	// TitleNow is a title stated of the present: "current", "now", an
	// appositive, a present-tense clause.
	TitleNow = "now"
	// TitleThen is a title of a past time the story speaks of: "then",
	// "at the time", "during President X's administration", "served as".
	TitleThen = "then"
)

// titleModifiers reads the title modifiers at toks[i] ("former", "then",
// "acting"), and the articles that may follow one ("then an", "now the"),
// into th. It returns the token after them.
func (d *doc) titleModifiers(toks []token, i int, th *titleHit) int {
	x := d.x
	j := i
	for j < len(toks) {
		refs, n := x.titleMods.match(toks, j)
		if n == 0 {
			// "ex-West German Chancellor": a modifier joined to a
			// qualifier by a hyphen.
			if mod, ok := d.hyphenedModifier(toks[j]); ok {
				th.applyEffect(mod)
				j++
				continue
			}
			break
		}
		th.applyEffect(x.rb.Lexicons.TitleModifiers[refs[0].Index].Effect)
		j += n
		if j < len(toks) && isArticle(toks[j].Norm) {
			if _, n2 := x.titles.match(toks, j+1); n2 > 0 {
				j++
			} else if _, n2 := x.titleMods.match(toks, j+1); n2 > 0 {
				j++
			}
		}
	}
	return j
}

// applyEffect records what a title modifier says of its title.
func (th *titleHit) applyEffect(effect string) {
	switch effect {
	case "former":
		th.Former = true
	case "transition":
		th.Transition = true
	case "then":
		th.Time = TitleThen
	case "now":
		th.Time = TitleNow
	}
}

// titleQualifiers skips the words that may stand between a title modifier
// and its title: up to three capitalised words of place, party or body
// ("former Vermont Gov.", "former Democratic Rep.", "former U.S.
// Attorney"), a possessive after them, then at most one lower-case noun
// ("former campaign chairman"). A country or organisation among them
// qualifies the title. It returns the token after them.
func (d *doc) titleQualifiers(toks []token, j int, th *titleHit) int {
	x := d.x
	k := j
	for caps := 0; k < len(toks) && caps < 3; caps++ {
		t := toks[k]
		if t.Kind != tokWord || !t.Cap || x.stopnames[t.Norm] {
			break
		}
		if _, n := x.titles.match(toks, k); n > 0 {
			break
		}
		if refs, n := x.entities.match(toks, k); n > 0 {
			e := x.rb.Entities[refs[0].Index]
			switch e.Type {
			case "country":
				th.Country = e.Name
			case "org":
				th.OrgEntity = e.Name
				if c := d.countryName(e.Country); c != "" {
					th.Country = c
				}
			}
			k += n
		} else {
			k++
		}
		if k < len(toks) && toks[k].Norm == "'s" {
			k++
		}
	}
	if k < len(toks) {
		if _, n := x.titles.match(toks, k); n > 0 {
			return k
		}
		if t := toks[k]; t.Kind == tokWord && !t.Cap && !x.stopnames[t.Norm] {
			return k + 1
		}
	}
	return k
}

// hyphenedModifier returns the effect of a title modifier joined by a
// hyphen to a capitalised word that is no title ("ex-West", "then-Texas").
func (d *doc) hyphenedModifier(t token) (string, bool) {
	k := strings.IndexByte(t.Text, '-')
	if t.Kind != tokWord || k <= 0 || k == len(t.Text)-1 {
		return "", false
	}
	rest := tokenize(t.Text[k+1:], t.Start+k+1)
	if len(rest) == 0 || !rest[0].Cap {
		return "", false
	}
	if _, n := d.x.titles.match(rest, 0); n > 0 {
		return "", false // "ex-president": a title of its own
	}
	mod := tokenize(t.Text[:k], t.Start)
	refs, n := d.x.titleMods.match(mod, 0)
	if n == 0 || n != len(mod) {
		return "", false
	}
	return d.x.rb.Lexicons.TitleModifiers[refs[0].Index].Effect, true
}

// hyphenedTitle matches a title written with its modifier in one word:
// "ex-president", "then-Sen.".
func (d *doc) hyphenedTitle(toks []token, i int) (titleHit, int) {
	x := d.x
	if i >= len(toks) {
		return titleHit{}, 0
	}
	t := toks[i]
	k := strings.IndexByte(t.Text, '-')
	if t.Kind != tokWord || k <= 0 || k == len(t.Text)-1 {
		return titleHit{}, 0
	}
	mod := tokenize(t.Text[:k], t.Start)
	rest := tokenize(t.Text[k+1:], t.Start+k+1)
	mrefs, mn := x.titleMods.match(mod, 0)
	if mn == 0 || mn != len(mod) {
		return titleHit{}, 0
	}
	refs, n := x.titles.match(rest, 0)
	if n == 0 || n != len(rest) {
		return titleHit{}, 0
	}
	th := titleHit{From: i, To: i + 1}
	th.applyEffect(x.rb.Lexicons.TitleModifiers[mrefs[0].Index].Effect)
	ti := x.rb.Titles[refs[0].Index]
	th.ID, th.Org = ti.ID, ti.Org
	return th, 1
}

// orgNameAt reports whether the title words toks[j:j+n] begin the name of
// an organisation: capitalised and followed by a capitalised organisation
// word ("Justice Department", "Sheriff Office").
func (d *doc) orgNameAt(toks []token, j, n int) bool {
	k := j + n
	return k < len(toks) && toks[k-1].Cap && toks[k].Cap && d.x.orgWords[toks[k].Norm]
}

// complementTitle reports whether a title ends in a preposition that takes
// the next name as its complement ("spokesperson for", "adviser to"): that
// name is not the title's holder.
func complementTitle(toks []token, th titleHit) bool {
	if th.To == 0 || th.To > len(toks) {
		return false
	}
	switch toks[th.To-1].Norm {
	case "for", "to", "of":
		return true
	}
	return false
}

// predicativeTitle reports whether the titles starting at token from
// follow "as" or an article ("ran the office as secretary of state,
// Mrs. Vale said", "Dunmore, a former senator, Sen. Ortiz said",
// "praise for the former senator, Sen. Ortiz said"): a role of the
// clause's subject or a description of its own, which a comma ends, not a
// title of the name after the comma.
func predicativeTitle(toks []token, from int) bool {
	// Lower-case modifiers may stand between: "the minority leader,".
	for from > 0 && isNounLike(toks[from-1]) && !strings.HasSuffix(toks[from-1].Norm, "ed") {
		from--
	}
	if from <= 0 {
		return false
	}
	switch toks[from-1].Norm {
	case "as", "a", "an", "the":
		return true
	}
	return false
}
