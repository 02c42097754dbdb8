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
				// "spokesperson for Governor Romney": the name that
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
			if refs, n := x.entities.match(toks, i); n > 0 && entityCaseOK(toks[i:i+n]) {
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
				if i < len(toks) && toks[i].Norm == "'s" {
					i++
				}
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

// entityCaseOK rejects all-lower-case look-alikes of upper-case aliases
// ("us" for "US").
func entityCaseOK(toks []token) bool {
	t := toks[0]
	if len(toks) == 1 && len(t.Text) <= 3 && strings.ToUpper(t.Text) != t.Text {
		return false
	}
	return true
}

// matchTitle matches title modifiers and a title at toks[i]. Words of
// place, party or office may stand between a modifier and its title
// ("former Oklahoma Gov.", "his former campaign chairman"); a title that
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
		if t.Kind == tokWord && t.Cap && !x.stopnames[t.Norm] {
			if d.isBased(t) {
				break // "Pakistan-based" qualifies a name, it is not part of it
			}
			if _, n := d.matchTitle(toks, j); n > 0 && j > i {
				break
			}
			if _, n := x.entities.match(toks, j); n > 0 && j > i {
				break
			}
			j++
			continue
		}
		if x.nameParticles[t.Norm] && j > i && j+1 < len(toks) && toks[j+1].Cap {
			j++
			continue
		}
		// A nickname in quotes inside a name: William "Mo" Cowan.
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
	case isTitleCase(s) && !titled:
		// Headlines capitalise every word: only known names count there.
		return mention{}, 0
	case len(words) >= 2 && len(words) <= 4:
		m.Type = "person"
		d.rememberPerson(name)
	case len(words) == 1 && (titled || d.speechNear(s, i, j) || whoFollows(toks, j)):
		m.Type = "person"
		d.rememberPerson(name)
	case len(words) == 1 && i > 0:
		// A lone capitalised word inside a sentence: a name of some kind.
		m.Type = "name"
	default:
		return mention{}, 0
	}
	if m.Type == "person" {
		m.Name = d.people[strings.ToLower(m.Name)]
		d.lastPerson = m.Name
	}
	return m, j - i
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

// whoFollows reports whether a relative "who" follows token j ("Pelosi,
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
	if len(parts) > 1 {
		last := parts[len(parts)-1]
		if prev, ok := d.people[last]; !ok || len(prev) < len(name) {
			d.people[last] = name
		}
	}
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

// isTitleCase reports whether most words of a sentence are capitalised, as
// in headlines.
func isTitleCase(s *sentence) bool {
	words, caps := 0, 0
	for _, t := range s.Toks {
		if t.Kind != tokWord || len(t.Text) < 4 {
			continue
		}
		words++
		if t.Cap {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*7
}

// isBased reports whether t is a "<Country>-based" qualifier.
func (d *doc) isBased(t token) bool {
	k := strings.LastIndexByte(t.Norm, '-')
	return k > 0 && d.x.based[t.Norm[k+1:]]
}
