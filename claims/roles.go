package claims

import "strings"

// roles extracts role claims from s: the titles written before or after a
// person's name ("US Secretary of State Marco Rubio", "Asim Munir,
// Pakistan's army chief"), and who leads a body named after its leader
// ("the Biden administration", "now led by Donald Trump").
func (d *doc) roles(s *sentence) {
	ms := d.mentions[s.Index]
	for k := range ms {
		m := &ms[k]
		if m.Type != "person" {
			continue
		}
		d.relativeRoles(s, m)
		titles, from, to := m.Titles, m.TitleFrom, m.To
		time := ""
		if len(titles) == 0 || onlyHonorific(titles) {
			// "Lars Eide, Norway's army chief", "Mr. Okafor, then a
			// county prosecutor": an appositive describes the person at
			// the time of its clause, unless it says another time.
			if at, end := d.appositiveTitles(s, m); len(at) > 0 {
				titles, from, to, time = at, m.From, end, appositiveTime(s.Toks, m.From, end)
			}
		} else {
			time = d.preNameTime(s, from, m.To)
		}
		if len(titles) == 0 || onlyHonorific(titles) {
			continue
		}
		if d.leavesOffice(s, to) || d.tenureEndsAt(s, from) {
			// "Chairman X has resigned", "the death of Justice X", "fired
			// president X": held until the act told.
			titles = append([]titleHit(nil), titles...)
			for i := range titles {
				titles[i].Transition = true
			}
		}
		d.addRole(s, m.Name, titles, from, to, time)
	}
	d.leaders(s)
}

// tensedVerb reports whether toks[i] is a verb form that carries tense ("is",
// "said", "has"): no word of a title.
func tensedVerb(toks []token, i int) bool {
	_, ok := tenseAt(toks, i)
	return ok
}

// onlyHonorific reports whether titles are only Mr, Mrs, Dr and the like.
func onlyHonorific(titles []titleHit) bool {
	for _, t := range titles {
		if t.ID != "honorific" {
			return false
		}
	}
	return true
}

// appositiveTitles reads titles after a name and a comma: "Asim Munir,
// Pakistan's army chief," or "Rubio, the secretary of state". It returns
// the titles and the token index where they end.
func (d *doc) appositiveTitles(s *sentence, m *mention) ([]titleHit, int) {
	toks := s.Toks
	i := m.To
	if i >= len(toks) || toks[i].Text != "," {
		return nil, 0
	}
	i++
	var qual *mention
	for _, o := range d.mentions[s.Index] {
		if o.From == i && (o.Type == "country" || o.Type == "org") {
			o := o
			qual = &o
		}
	}
	for n := 0; i < len(toks) && n < 4; n++ {
		switch {
		case qual != nil && i >= qual.From && i < qual.To:
			i = qual.To
			continue
		case toks[i].Norm == "the" || toks[i].Norm == "'s" || toks[i].Norm == "a" || toks[i].Norm == "an":
			i++
			continue
		case i+1 < len(toks) && toks[i+1].Norm == "'s" && toks[i].Kind == tokWord && !toks[i].Cap:
			// "the city's police chief", "the department's spokesman"
			i += 2
			continue
		case toks[i].Kind == tokWord && !toks[i].Cap && !d.x.stopnames[toks[i].Norm] && i+1 < len(toks) && !tensedVerb(toks, i):
			// "the county sheriff", "the state attorney general"
			if _, n := d.matchTitle(toks, i); n == 0 {
				if _, n := d.matchTitle(toks, i+1); n > 0 {
					i++
					continue
				}
			}
		}
		break
	}
	var out []titleHit
	for i < len(toks) {
		th, n := d.matchTitle(toks, i)
		if n == 0 {
			break
		}
		if qual != nil {
			th.applyQualifier(qual)
		}
		out = append(out, th)
		i += n
		if i+1 < len(toks) && toks[i].Norm == "and" {
			if _, n2 := d.matchTitle(toks, i+1); n2 > 0 {
				i++
			}
		}
	}
	// An appositive title is followed by a comma, "of" or the sentence end:
	// "Rubio, the secretary, said" but not "Rubio, president Trump and
	// ...", nor "with Rubio, the secretary said" or "the secretary
	// 'looked tired'", where the title is the subject of what follows.
	if len(out) > 0 && i < len(toks) && (toks[i].Kind == tokWord && toks[i].Cap || toks[i].Kind == tokQuote || tensedVerb(toks, i)) {
		return nil, 0
	}
	if len(out) > 0 {
		i = d.titleTimeAfter(toks, i, &out[len(out)-1])
	}
	return out, i
}

// addRole records the role claim of a person with titles spanning tokens
// [from, to) of s, held at time (TitleNow, TitleThen or "") unless the
// titles' own modifiers say when.
func (d *doc) addRole(s *sentence, person string, titles []titleHit, from, to int, time string) {
	rv := &RoleValue{Person: person, Time: time}
	var words []string
	var matched []string
	for _, t := range titles {
		if t.ID == "honorific" {
			continue
		}
		if !containsString(rv.Titles, t.ID) {
			rv.Titles = append(rv.Titles, t.ID)
		}
		words = append(words, joinTokens(s.Toks[t.From:t.To]))
		matched = append(matched, "titles:"+t.ID)
		if t.Former {
			rv.Former = true
		}
		if t.Transition {
			rv.Transition = true
		}
		if t.Time != "" {
			rv.Time = t.Time
		}
		if rv.Org == "" {
			rv.Org = t.Org
			if t.OrgEntity != "" {
				rv.Org = strings.ToLower(t.OrgEntity)
			}
		}
		if rv.Country == "" {
			rv.Country = t.Country
		}
	}
	rv.TitleWords = strings.Join(words, " and ")
	start, end := s.span(from, to)
	c := Claim{
		Kind:    Role,
		Subject: Subject{Key: "person:" + strings.ToLower(person), Text: person, Entity: person},
		Value:   Value{Role: rv},
		Rule:    "role-title",
		Matched: matched,
	}
	d.add(s, c, start, end)
}

// leaders extracts who leads a body named after its leader: "the Biden
// administration", "President Donald Trump's young administration", "now
// led by Donald Trump". A body's name says who led it at the time of the
// act told, which may be long past ("the deal negotiated by the Obama
// administration"): it is a claim about the present (Time TitleNow) only
// when the sentence says so, by a lead verb of the present ("— now led by
// Donald Trump") or by a leading title of the present ("President Donald
// Trump's administration has ..."). Other names carry no time and are not
// compared.
func (d *doc) leaders(s *sentence) {
	x := d.x
	toks := s.Toks
	ledOrgs := x.ledOrgs
	type eponym struct {
		m        mention
		org      string
		from, to int
	}
	var named []eponym
	for _, m := range d.mentions[s.Index] {
		if m.Type != "person" && m.Type != "name" {
			continue
		}
		// NAME ['s] [adjective...] ORG
		j := m.To
		if j < len(toks) && toks[j].Norm == "'s" {
			j++
		}
		for n := 0; n < 2 && j < len(toks) && toks[j].Kind == tokWord && !toks[j].Cap && !ledOrgs[toks[j].Norm] && !x.stopnames[toks[j].Norm]; n++ {
			j++
		}
		if j >= len(toks) || !ledOrgs[toks[j].Norm] || m.Type == "name" && !d.nameLike(toks[m.From]) {
			continue
		}
		from := m.From
		if m.TitleFrom < m.From && len(m.Titles) > 0 {
			from = m.TitleFrom
		}
		named = append(named, eponym{m, toks[j].Norm, from, j + 1})
	}
	// "... administration — now led by Donald Trump", "the government of
	// Norland, now headed by Eva Lund": a lead verb after the last body.
	org, end := "", -1
	if len(named) > 0 {
		org, end = named[len(named)-1].org, named[len(named)-1].to
	} else {
		for i, t := range toks {
			if ledOrgs[t.Norm] && !t.Cap {
				org, end = t.Norm, i+1
			}
		}
	}
	stated := ""
	for i := end; org != "" && i < len(toks) && i < end+6; i++ {
		refs, n := x.leadVerbs.match(toks, i)
		if n == 0 {
			continue
		}
		if p := titledPersonAt(d.mentions[s.Index], i+n); p != nil {
			stated = leadVerbTime(toks, i, n)
			d.addLeader(s, p.Name, org, i, p.To, "lead-verb:"+refs[0].ID, stated)
		}
		break
	}
	for k, e := range named {
		time := ""
		switch {
		case d.preNameTime(s, e.from, e.to) == TitlePast:
			time = TitlePast
		case k == len(named)-1 && stated == TitleNow:
			time = TitleNow // the name and the leader of the present, side by side
		case d.leadingTitle(e.m) && presentClause(toks, e.from, e.to):
			time = TitleNow
		}
		d.addLeader(s, e.m.Name, e.org, e.from, e.to, "led-org:"+e.org, time)
	}
}

// leadVerbTime says when a lead verb at toks[i:i+n] holds: TitleNow unless
// a past auxiliary or "then" stands before it ("was led by", "was then
// headed by").
func leadVerbTime(toks []token, i, n int) string {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if toks[k].Norm == "then" {
			return TitlePast
		}
		if present, ok := tenseAt(toks, k); ok {
			if !present {
				return TitlePast
			}
			break
		}
	}
	return TitleNow
}

// titledPersonAt returns the person mention whose name or titles start at
// token i ("led by Prime Minister Eva Lund"), or nil.
func titledPersonAt(ms []mention, i int) *mention {
	for k := range ms {
		m := &ms[k]
		if m.Type == "person" && (i >= m.From && i < m.To || len(m.Titles) > 0 && m.TitleFrom == i) {
			return m
		}
	}
	return nil
}

// leadingTitle reports whether a mention carries a title of the present
// that leads a body ("President", not "former President").
func (d *doc) leadingTitle(m mention) bool {
	for _, th := range m.Titles {
		if th.Former || th.Time == TitleThen {
			continue
		}
		for _, t := range d.x.rb.Titles {
			if t.ID == th.ID && t.Leads {
				return true
			}
		}
	}
	return false
}

// addLeader records that person leads org, from tokens [from, to) of s, at
// time (TitleNow, TitlePast or "" when the text does not say).
func (d *doc) addLeader(s *sentence, person, org string, from, to int, matched, time string) {
	start, end := s.span(from, to)
	c := Claim{
		Kind:    Role,
		Subject: Subject{Key: "org:" + org, Text: org, Entity: org},
		Value:   Value{Role: &RoleValue{Person: person, Org: org, Leads: true, Time: time}},
		Rule:    "role-leader",
		Matched: []string{matched},
	}
	d.add(s, c, start, end)
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// nameLike reports whether a lone capitalised word before "government" or
// "administration" can be a leader's name rather than an adjective of
// nationality or party ("Greek", "Socialist", "Federal"): it ends in none of
// the rulebook's adjective endings.
func (d *doc) nameLike(t token) bool {
	for _, suf := range d.x.rb.Lexicons.AdjectiveEndings {
		if strings.HasSuffix(t.Norm, suf) {
			return false
		}
	}
	return true
}
