package claims

import (
	"strings"
)

// mention is a named entity found in a sentence.
type mention struct {
	// From and To are the token range of the name itself.
	From, To int
	// Name is the canonical name.
	Name string
	// Type is person, org, country, place or group.
	Type string
	// EntityID is the rulebook entity id, when the name is a known entity.
	EntityID string
	// Country is the canonical country the entity is tied to, if known.
	Country string
	// Titles are the titles written right before a person's name.
	Titles []titleHit
	// TitleFrom is the first token of the titles and their qualifiers.
	TitleFrom int
	// Ambiguous is set when the name is a surname the article gives to
	// several people and the nearest compatible one was taken.
	Ambiguous bool
}

// titleHit is a title matched in text.
type titleHit struct {
	ID         string
	From, To   int
	Former     bool
	Transition bool
	// Time is when the title is held, as its modifiers say: "then" (a
	// past time the story speaks of), "now" or "" (not said).
	Time       string
	Org        string
	Country    string
	OrgEntity  string
	Qualifiers []string
}

// apposedAcrossComma reports whether titles from token from may belong to
// the name at [at, end): always when no comma stands between them; across
// a comma only when the name is closed too ("Pakistan's army chief,
// General Asim Munir, said"), by punctuation, a conjunction or the
// sentence end. A name that a verb follows opens a clause of its own, the
// comma closing the one before ("Despite criticising the majority leader,
// Cruz said").
func apposedAcrossComma(toks []token, from, at, end int) bool {
	comma := false
	for k := max(from, 0); k < at; k++ {
		if toks[k].Text == "," {
			comma = true
		}
	}
	if !comma || end >= len(toks) {
		return true
	}
	t := toks[end]
	return t.Kind == tokPunct || t.Norm == "and" || t.Norm == "or" || t.Norm == "'s"
}

// findMentions finds the named entities of a sentence, with the titles that
// precede person names, and remembers persons for later coreference.
func (d *doc) findMentions(s *sentence) []mention {
	x := d.x
	toks := s.Toks
	var out []mention
	var pending []titleHit
	pendingFrom := -1
	// qualifier carries a country or organisation named right before a
	// title ("Pakistan's army chief", "State Department spokesperson").
	var qual *mention
	for i := 0; i < len(toks); {
		t := toks[i]
		// Titles, with modifiers such as "former", joined by "and".
		if th, n := d.matchTitle(toks, i); n > 0 {
			if pendingFrom < 0 {
				pendingFrom = i
				if qual != nil {
					pendingFrom = qual.From
				}
			}
			if qual != nil {
				th.applyQualifier(qual)
			}
			pending = append(pending, th)
			i += n
			if complementTitle(toks, th) {
				// "spokesperson for Governor Hale": the name that
				// follows is the title's complement, not its holder.
				pending, pendingFrom, qual = nil, -1, nil
				continue
			}
			if i < len(toks) && toks[i].Norm == "and" {
				if _, n2 := d.matchTitle(toks, i+1); n2 > 0 {
					i++
				}
			}
			continue
		}
		if t.Kind == tokWord && t.Cap {
			if m, n, ok := d.demonymName(s, i, len(pending) > 0); ok {
				if n == 0 {
					// A demonym that names no one: a lone adjective.
					i++
					continue
				}
				if len(pending) > 0 {
					m.Titles, m.TitleFrom = pending, pendingFrom
					pending, pendingFrom = nil, -1
					d.rememberHolder(&m)
				}
				out = append(out, m)
				qual = &out[len(out)-1]
				i += n
				continue
			}
			if refs, n := x.entities.match(toks, i); n > 0 && entityCaseOK(toks, i, n) && !d.placeAsPerson(toks, i, n, refs[0].Index) {
				e := x.rb.Entities[refs[0].Index]
				m := mention{From: i, To: i + n, Name: e.Name, Type: e.Type, EntityID: e.ID, Country: d.countryName(e.Country)}
				if e.Type == "country" {
					m.Country = e.Name
				}
				if len(pending) > 0 && e.Type == "person" && !apposedAcrossComma(toks, pendingFrom, i, i+n) {
					pending, pendingFrom = nil, -1
				}
				if len(pending) > 0 && e.Type == "person" {
					m.Titles, m.TitleFrom = pending, pendingFrom
					pending, pendingFrom = nil, -1
					d.rememberHolder(&m)
				}
				out = append(out, m)
				if e.Type == "person" {
					d.rememberPerson(e.Name)
				}
				qual = &out[len(out)-1]
				i += n
				i += d.learnAcronym(toks, i, m)
				if i < len(toks) && toks[i].Norm == "'s" {
					i++
				}
				continue
			}
			if m, ok := d.acronymAt(toks, i); ok {
				out = append(out, m)
				qual = &out[len(out)-1]
				i++
				continue
			}
			if m, n := d.nameRun(s, i, len(pending) > 0); n > 0 {
				if m.Type == "person" && len(pending) > 0 && !apposedAcrossComma(toks, pendingFrom, i, i+n) {
					pending, pendingFrom = nil, -1
				}
				if m.Type == "person" && len(pending) > 0 {
					m.Titles, m.TitleFrom = pending, pendingFrom
					pending, pendingFrom = nil, -1
					d.rememberHolder(&m)
				}
				out = append(out, m)
				qual = &out[len(out)-1]
				i += n
				i += d.learnAcronym(toks, i, m)
				if i < len(toks) && toks[i].Norm == "'s" {
					i++
				}
				continue
			}
		}
		// Articles and possessives may stand between a qualifier and a
		// title; anything else ends both.
		switch t.Norm {
		case "the", "a", "an", "'s", "its", "their":
		default:
			qual = nil
			if len(pending) > 0 && (t.Kind != tokPunct || predicativeTitle(toks, pendingFrom)) {
				// Titles no name follows: "Pakistan's army chief said".
				// (Punctuation may stand between a title and its name:
				// "Army Chief, General Asim Munir".)
				if m, ok := d.titleHolder(pending, pendingFrom); ok {
					out = append(out, m)
				}
				pending, pendingFrom = nil, -1
			}
		}
		i++
	}
	if len(pending) > 0 {
		if m, ok := d.titleHolder(pending, pendingFrom); ok {
			out = append(out, m)
		}
	}
	return out
}

// holderKey names a title held in a country or organisation:
// "pakistan|army-chief".
func holderKey(th titleHit) string {
	where := th.Country
	if where == "" {
		where = th.OrgEntity
	}
	if where == "" {
		return ""
	}
	return strings.ToLower(where) + "|" + th.ID
}

// rememberHolder records that a person holds the titles written before
// their name, so that "Pakistan's army chief" later in the article can be
// resolved to them.
func (d *doc) rememberHolder(m *mention) {
	for _, th := range m.Titles {
		if k := holderKey(th); k != "" && !th.Former {
			d.holders[k] = m.Name
		}
	}
}

// titleHolder resolves titles written without a name to the person who
// holds them: the person this article named with the same title and
// country or organisation, or else a rulebook entity whose roles name it
// ("pakistan army-chief").
func (d *doc) titleHolder(pending []titleHit, from int) (mention, bool) {
	for _, th := range pending {
		if th.Former || th.Transition {
			continue
		}
		k := holderKey(th)
		if k == "" {
			continue
		}
		name := d.holders[k]
		if name == "" {
			name = d.x.roleHolders[k]
		}
		if name == "" {
			continue
		}
		last := pending[len(pending)-1]
		return mention{From: from, To: last.To, Name: name, Type: "person", Titles: pending, TitleFrom: from}, true
	}
	return mention{}, false
}

// placeAsPerson reports whether a one-word place or country toks[i] names
// a person: the relative "who" follows it ("Paris, who used to run the
// county office, said").
func (d *doc) placeAsPerson(toks []token, i, n, entity int) bool {
	switch d.x.rb.Entities[entity].Type {
	case "place", "country":
		return n == 1 && whoFollows(toks, i+1)
	}
	return false
}

// entityCaseOK rejects all-lower-case look-alikes of upper-case aliases
// ("us" for "US"), and a short upper-case alias in a line written in
// capitals ("WHAT IS AHEAD", "HELP US"), where every word looks like one:
// the words on both sides of it are in capitals too.
func entityCaseOK(toks []token, i, n int) bool {
	t := toks[i]
	if n != 1 || len(t.Text) > 3 {
		return true
	}
	if strings.ToUpper(t.Text) != t.Text {
		return false
	}
	shouted := func(k int) bool {
		if k < 0 || k >= len(toks) || toks[k].Kind != tokWord {
			return k < 0 || k >= len(toks) // the line's edge
		}
		w := toks[k].Text
		return len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w
	}
	return !(shouted(i-1) && shouted(i+1) && (i > 0 || i+1 < len(toks)))
}

// matchTitle matches title modifiers and a title at toks[i]. Words of
// place, party or office may stand between a modifier and its title
// ("former Nevada Gov.", "his former campaign chairman"); a title that
// begins an organisation's name ("Justice Department") is none.
func (d *doc) matchTitle(toks []token, i int) (titleHit, int) {
	x := d.x
	th := titleHit{From: i}
	j := d.titleModifiers(toks, i, &th)
	refs, n := x.titles.match(toks, j)
	if n == 0 && j > i {
		if k := d.titleQualifiers(toks, j, &th); k > j {
			if refs, n = x.titles.match(toks, k); n > 0 {
				j = k
			}
		}
	}
	if n == 0 {
		if j == i {
			return d.hyphenedTitle(toks, i)
		}
		return titleHit{}, 0
	}
	if d.orgNameAt(toks, j, n) {
		return titleHit{}, 0
	}
	ti := x.rb.Titles[refs[0].Index]
	th.ID, th.Org, th.To = ti.ID, ti.Org, j+n
	return th, th.To - i
}

// applyQualifier ties a title to the country or organisation before it.
func (th *titleHit) applyQualifier(q *mention) {
	switch q.Type {
	case "country":
		th.Country = q.Name
	case "org":
		th.OrgEntity = q.Name
		if q.Country != "" {
			th.Country = q.Country
		}
	}
}

// countryName returns the canonical name of a country entity id.
func (d *doc) countryName(id string) string {
	if id == "" {
		return ""
	}
	if n, ok := d.x.entityName[id]; ok {
		return n
	}
	return id
}

// nameRun reads a run of capitalised words at toks[i] as a person,
// organisation or place name. titled says a title precedes it.
func (d *doc) nameRun(s *sentence, i int, titled bool) (mention, int) {
	x := d.x
	toks := s.Toks
	j := i
	nick := -1
	for j < len(toks) {
		t := toks[j]
		if t.Kind == tokWord && t.Cap && (!x.stopnames[t.Norm] || d.stopnameSurname(toks, i, j)) && !(j == i && d.openingWord(toks, j)) {
			if d.isBased(t) {
				break // "Pakistan-based" qualifies a name, it is not part of it
			}
			if _, n := d.matchTitle(toks, j); n > 0 && j > i && !d.surnameAfterGiven(toks, i, j) {
				break
			}
			if _, n := x.entities.match(toks, j); n > 0 && j > i && !d.demonymSurname(toks, j, n) && !(n == 1 && d.surnameAfterGiven(toks, i, j)) {
				break
			}
			j++
			continue
		}
		if x.nameParticles[t.Norm] && j > i && j+1 < len(toks) && toks[j+1].Cap {
			j++
			continue
		}
		// A nickname in quotes inside a name: Robert "Bo" Tate.
		if t.Kind == tokQuote && j > i && j+3 < len(toks) && toks[j+1].Cap && toks[j+2].Kind == tokQuote && toks[j+3].Cap && toks[j+3].Kind == tokWord {
			nick = j
			j += 3
			continue
		}
		break
	}
	if j == i {
		return mention{}, 0
	}
	words := toks[i:j]
	if nick >= 0 {
		words = append(append([]token{}, toks[i:nick]...), toks[nick+3:j]...)
	}
	name := joinTokens(words)
	m := mention{From: i, To: j, Name: name}
	for _, w := range words {
		if x.orgWords[w.Norm] {
			m.Type = "org"
			return m, j - i
		}
	}
	for _, w := range words {
		if x.placeWords[w.Norm] {
			m.Type = "place"
			return m, j - i
		}
	}
	key := strings.ToLower(name)
	switch {
	case d.people[key] != "":
		m.Type, m.Name = "person", d.people[key]
		if len(words) == 1 && len(d.surnames[key]) > 1 {
			m.Name, m.Ambiguous = d.pickSurname(d.surnames[key], honorificSex(toks, i))
		}
	case isTitleCase(s) && !titled:
		// Headlines capitalise every word: only known names count there.
		return mention{}, 0
	case len(words) >= 2 && len(words) <= 4:
		m.Type = "person"
		d.rememberPerson(name)
	case len(words) == 1 && (titled || d.speechNear(s, i, j) && !(j < len(toks) && isPossessive(toks[j])) || whoFollows(toks, j)):
		m.Type = "person"
		d.rememberPerson(name)
	case len(words) == 1 && i > 0:
		// A lone capitalised word inside a sentence: a name of some kind.
		m.Type = "name"
	default:
		return mention{}, 0
	}
	if m.Type == "person" {
		if !m.Ambiguous {
			m.Name = d.people[strings.ToLower(m.Name)]
		}
		d.lastPerson = m.Name
		d.named++
		d.lastNamed[m.Name] = d.named
	}
	return m, j - i
}

// knownFullNames records, before the sentences are read in order, the
// full names the article writes with a common given name ("Tom Hale"),
// so that a surname used before the full name ("Hale said ..." in the
// lede) is known as the person's.
func (d *doc) knownFullNames() {
	x := d.x
	for k := range d.sents {
		toks := d.sents[k].Toks
		headline := isTitleCase(&d.sents[k])
		for i := 0; i+1 < len(toks); i++ {
			if _, given := x.givenSex[toks[i].Norm]; !given || !toks[i].Cap || toks[i].Kind != tokWord {
				continue
			}
			j := i + 1
			for j < len(toks) && j < i+3 && toks[j].Kind == tokWord && toks[j].Cap && !x.orgWords[toks[j].Norm] && !x.placeWords[toks[j].Norm] {
				// A headline capitalises every word: there a stopname
				// or a title after a given name proves nothing.
				surname := !headline && d.surnameAfterGiven(toks, i, j)
				if x.stopnames[toks[j].Norm] && !surname {
					break
				}
				if _, n := x.entities.match(toks, j); n > 0 && !d.demonymSurname(toks, j, n) && !(n == 1 && surname) {
					break
				}
				if _, n := d.matchTitle(toks, j); n > 0 && !surname {
					break
				}
				j++
			}
			if j-i < 2 || j < len(toks) && toks[j].Kind == tokWord && toks[j].Cap {
				continue
			}
			if d.people[toks[j-1].Norm] == "" {
				d.rememberPerson(joinTokens(toks[i:j]))
			}
			i = j - 1
		}
	}
}

// surnameAfterGiven reports whether the capitalised word toks[j], right
// after the given names from toks[i], is the person's surname although it reads
// as something else: a stopname, a title or a place ("Ed From", "Ruth
// Will", "Nina Pope", "Dana Denver"). The word must end the name (no
// capitalised word follows it) and be no weekday and no abbreviation
// ("Sen."); a headline's capitals prove nothing.
func (d *doc) surnameAfterGiven(toks []token, i, j int) bool {
	if j <= i || j > i+2 || j >= len(toks) {
		return false
	}
	for k, g := range toks[i:j] { // "Mary Ann King": the last a given name
		if _, given := d.x.givenSex[g.Norm]; !given && i+k == j-1 || !g.Cap || g.Kind != tokWord {
			return false
		}
	}
	if t := toks[j]; t.Kind != tokWord || !t.Cap || len(t.Text) < 2 {
		return false
	}
	t := toks[j]
	if _, day := weekdayWords[t.Norm]; day || d.x.abbrev[t.Norm] || strings.ToUpper(t.Text) == t.Text {
		return false
	}
	if next := j + 1; next < len(toks) && (toks[next].Kind == tokWord && toks[next].Cap || toks[next].Text == "." && next+1 < len(toks)) {
		return false
	}
	return true
}

// stopnameInName reports whether the capitalised stopname toks[j] ends the
// name begun at token i inside a sentence ("Harbor Watch added",
// "columnist Li Wen wrote"): it is no function word, auxiliary or
// weekday, and the name ends with it, before a lower-case word or a comma;
// a headline's capitals prove nothing.
func (d *doc) stopnameInName(toks []token, i, j int) bool {
	t := toks[j]
	if i == 0 || functionWords[t.Norm] || auxiliaries[t.Norm] || !t.Cap || t.Kind != tokWord {
		return false
	}
	if _, day := weekdayWords[t.Norm]; day {
		return false
	}
	next := j + 1
	if next >= len(toks) || !(toks[next].Kind == tokWord && !toks[next].Cap || toks[next].Text == ",") {
		return false
	}
	for k := i; k < j; k++ {
		if d.x.stopnames[toks[k].Norm] {
			return false
		}
	}
	return !d.headlineAt(toks)
}

// headlineAt reports whether the sentence of toks is written in title case.
func (d *doc) headlineAt(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	return isTitleCase(&sentence{Toks: toks})
}

// stopnameSurname reports whether the stopname toks[j] belongs to a name
// read from token i: right after a given name ("Ed From"), or alone as the
// surname of a person the article has named in full ("From said", "as
// Early put it") where it cannot be the word it looks like: inside the
// sentence, or opening it before a verb or a comma, not before a
// capitalised word or a function word ("From the start").
func (d *doc) stopnameSurname(toks []token, i, j int) bool {
	if j > i {
		return d.surnameAfterGiven(toks, i, j) || d.stopnameInName(toks, i, j)
	}
	t := toks[j]
	full := d.people[t.Norm]
	if full == "" || !strings.Contains(full, " ") || !strings.EqualFold(full[strings.LastIndexByte(full, ' ')+1:], t.Text) {
		return false
	}
	if _, day := weekdayWords[t.Norm]; day {
		return false
	}
	next := j + 1
	if next < len(toks) && toks[next].Kind == tokWord && (toks[next].Cap || functionWords[toks[next].Norm]) {
		return false
	}
	if j > 0 && toks[j-1].Kind != tokQuote && toks[j-1].Text != "(" {
		return true
	}
	return next < len(toks) && (toks[next].Kind == tokWord || toks[next].Text == ",")
}

// honorificSex returns the sex an honorific right before token i gives
// ('m' for "Mr.", 'f' for "Ms." or "Mrs."), or 0.
func honorificSex(toks []token, i int) byte {
	j := i - 1
	if j > 0 && toks[j].Text == "." {
		j--
	}
	if j < 0 {
		return 0
	}
	switch toks[j].Norm {
	case "mr", "mr.":
		return 'm'
	case "ms", "ms.", "mrs", "mrs.":
		return 'f'
	}
	return 0
}

// pickSurname resolves a surname the article gives to several people
// (names, in order of first mention) to the one most recently named whose
// given name does not contradict the honorific's sex; ambiguous is set
// unless the honorific leaves only one.
func (d *doc) pickSurname(names []string, sex byte) (name string, ambiguous bool) {
	// Only the people named so far count, unless none is.
	var seen []string
	for _, n := range names {
		if d.lastNamed[n] > 0 {
			seen = append(seen, n)
		}
	}
	if len(seen) > 0 {
		names = seen
	}
	fits := 0
	best, bestAt := "", -1
	for _, n := range names {
		f := strings.Fields(n)
		if sex != 0 {
			if s, ok := d.x.givenSex[normWord(f[0])]; ok && s != 0 && s != sex {
				continue
			}
			if s, ok := d.honorifics[n]; ok && s != sex {
				continue
			}
		}
		fits++
		if at := d.lastNamed[n]; at > bestAt {
			best, bestAt = n, at
		}
	}
	if best == "" {
		return names[len(names)-1], true
	}
	return best, fits > 1
}

// openingWord reports whether token j opens its sentence and is a function
// word capitalised only for that ("So Ann Lowe ..."): it starts no
// name, unless the article names a person so ("Ruth Will ... Will said").
func (d *doc) openingWord(toks []token, j int) bool {
	if !functionWords[toks[j].Norm] || d.people[toks[j].Norm] != "" {
		return false
	}
	return j == 0 || toks[j-1].Kind == tokQuote || toks[j-1].Text == "("
}

// demonym reports whether the entity alias toks[i:i+n] is a demonym
// ("Cuban", "South Korean").
func (d *doc) demonym(toks []token, i, n int) bool {
	if len(d.x.demonyms) == 0 {
		return false
	}
	if n == 1 {
		return d.x.demonyms[toks[i].Norm]
	}
	return d.x.demonyms[joinNorms(toks[i:i+n])]
}

// adjectival reports whether token j can be the noun a demonym before it
// qualifies: a capitalised word ("Mexican President") or a lower-case
// content word that is no verb ("Cuban officials"), not a function word,
// a speech verb, an adverb or a past form ("Cuban said", "Cuban also
// objected").
func (d *doc) adjectival(toks []token, j int) bool {
	if j >= len(toks) || toks[j].Kind != tokWord {
		return false
	}
	t := toks[j]
	if t.Cap {
		return !d.x.stopnames[t.Norm]
	}
	if functionWords[t.Norm] || strings.HasSuffix(t.Norm, "ed") || strings.HasSuffix(t.Norm, "ly") {
		return false
	}
	if _, n := d.x.speech.match(toks, j); n > 0 {
		return false
	}
	if _, n := d.x.speechActs.match(toks, j); n > 0 {
		return false
	}
	return true
}

// demonymSurname reports whether the entity alias toks[j:j+n], after a
// capitalised word, is a singular demonym used as a surname: after a given
// name ("Nora Cuban") or not before a noun ("Cuban said").
func (d *doc) demonymSurname(toks []token, j, n int) bool {
	if !d.demonym(toks, j, n) || n > 1 {
		return false
	}
	w := toks[j].Norm
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false
	}
	if _, given := d.x.givenSex[toks[j-1].Norm]; given && !(j+1 < len(toks) && toks[j+1].Cap) {
		return true
	}
	return !d.adjectival(toks, j+n)
}

// demonymName reads a demonym at toks[i] that does not qualify a noun as
// it would as the place's adjective: a person's surname before a verb or a
// comma ("Cuban said", with the person's full name when the article gave
// it), or the start of a person's name before another capitalised word
// that is no title ("German Ruiz"). ok is false when toks[i] is no such
// demonym, n is 0 when it names no one.
func (d *doc) demonymName(s *sentence, i int, titled bool) (m mention, n int, ok bool) {
	toks := s.Toks
	_, k := d.x.entities.match(toks, i)
	if k != 1 || !d.demonym(toks, i, 1) {
		return mention{}, 0, false
	}
	w := toks[i].Norm
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return mention{}, 0, false // a plural names the people: leave it to the place
	}
	if next := i + 1; next < len(toks) && toks[next].Cap && toks[next].Kind == tokWord && !d.x.stopnames[toks[next].Norm] {
		if _, tn := d.matchTitle(toks, next); tn > 0 {
			return mention{}, 0, false
		}
		if _, en := d.x.entities.match(toks, next); en > 0 {
			return mention{}, 0, false
		}
		if m, n := d.nameRun(s, i, titled); n >= 2 && m.Type == "person" {
			return m, n, true
		}
		return mention{}, 0, false
	}
	if d.adjectival(toks, i+1) {
		return mention{}, 0, false
	}
	name := d.people[w]
	if name == "" {
		name = toks[i].Text
		d.rememberPerson(name)
	}
	return mention{From: i, To: i + 1, Name: name, Type: "person"}, 1, true
}

// speechNear reports whether a speech verb stands right before or after the
// tokens [i, j) of s ("said Bruce", "Bruce said").
func (d *doc) speechNear(s *sentence, i, j int) bool {
	if _, n := d.x.speech.match(s.Toks, j); n > 0 {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if _, n := d.x.speech.match(s.Toks, k); n > 0 && k+n == i {
			return true
		}
	}
	return false
}

// whoFollows reports whether a relative "who" follows token j ("Lowe,
// who ..."): the name before it is a person's.
func whoFollows(toks []token, j int) bool {
	return j+1 < len(toks) && toks[j].Text == "," && toks[j+1].Norm == "who"
}

// rememberPerson records a person's full name and surname.
func (d *doc) rememberPerson(name string) {
	key := strings.ToLower(name)
	if _, ok := d.people[key]; !ok {
		d.people[key] = name
	}
	parts := strings.Fields(key)
	for len(parts) > 2 && IsNameSuffix(parts[len(parts)-1]) {
		parts = parts[:len(parts)-1] // "Carl Dowd Jr.": the surname is Dowd
	}
	if len(parts) > 1 {
		last := parts[len(parts)-1]
		if prev, ok := d.people[last]; !ok || len(prev) < len(name) {
			d.people[last] = name
		}
		if !containsString(d.surnames[last], d.people[key]) {
			d.surnames[last] = append(d.surnames[last], d.people[key])
		}
	}
}

// nameSuffixes follow a surname without being one ("Jr.", "III").
var nameSuffixes = wordSetOf("jr", "sr", "ii", "iii", "iv")

// IsNameSuffix reports whether a lower-case word ends a person's name
// without being the surname: "jr.", "sr", "iii".
func IsNameSuffix(w string) bool {
	return nameSuffixes[strings.TrimSuffix(strings.TrimSuffix(w, ","), ".")]
}

// joinTokens returns the text of tokens joined by single spaces.
func joinTokens(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && t.Norm != "'s" {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// personAt returns the person mention covering token i, or nil.
func personAt(ms []mention, i int) *mention {
	for k := range ms {
		if ms[k].Type == "person" && i >= ms[k].From && i < ms[k].To {
			return &ms[k]
		}
	}
	return nil
}

// isTitleCase reports whether a sentence is written in title case, as
// headlines are: most of its words capitalised, and no lower-case word of
// four letters or more other than a function word ("with", "from"). A
// sentence with a lower-case content word ("detractors") is in sentence
// case, however many names it holds.
func isTitleCase(s *sentence) bool {
	words, caps := 0, 0
	for _, t := range s.Toks {
		if t.Kind != tokWord || len(t.Text) < 4 {
			continue
		}
		words++
		if t.Cap {
			caps++
		} else if !functionWords[t.Norm] {
			return false
		}
	}
	return words >= 3 && caps*10 >= words*7
}

// isBased reports whether t is a "<Country>-based" qualifier.
func (d *doc) isBased(t token) bool {
	k := strings.LastIndexByte(t.Norm, '-')
	return k > 0 && d.x.based[t.Norm[k+1:]]
}
