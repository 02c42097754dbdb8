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
		titles, from, to := m.Titles, m.TitleFrom, m.To
		if len(titles) == 0 {
			titles, to = d.appositiveTitles(s, m)
			from = m.From
		}
		if len(titles) == 0 || onlyHonorific(titles) {
			continue
		}
		d.addRole(s, m.Name, titles, from, to)
	}
	d.leaders(s)
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
	// "Rubio, the secretary, said" but not "Rubio, president Trump and ...".
	if len(out) > 0 && i < len(toks) && toks[i].Kind == tokWord && toks[i].Cap {
		return nil, 0
	}
	return out, i
}

// addRole records the role claim of a person with titles spanning tokens
// [from, to) of s.
func (d *doc) addRole(s *sentence, person string, titles []titleHit, from, to int) {
	rv := &RoleValue{Person: person}
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
// led by Donald Trump".
func (d *doc) leaders(s *sentence) {
	x := d.x
	toks := s.Toks
	ledOrgs := x.ledOrgs
	lastOrg := ""
	lastOrgEnd := -1
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
		if j >= len(toks) || !ledOrgs[toks[j].Norm] || m.Type == "name" && !nameLike(toks[m.From]) {
			continue
		}
		org := toks[j].Norm
		from := m.From
		if m.TitleFrom < m.From && len(m.Titles) > 0 {
			from = m.TitleFrom
		}
		d.addLeader(s, m.Name, org, from, j+1, "led-org:"+org)
		lastOrg, lastOrgEnd = org, j+1
	}
	if lastOrg == "" {
		return
	}
	// "... administration — now led by Donald Trump"
	for i := lastOrgEnd; i < len(toks) && i < lastOrgEnd+6; i++ {
		refs, n := x.leadVerbs.match(toks, i)
		if n == 0 {
			continue
		}
		if p := personAt(d.mentions[s.Index], i+n); p != nil {
			d.addLeader(s, p.Name, lastOrg, i, p.To, "lead-verb:"+refs[0].ID)
		}
		break
	}
}

// addLeader records that person leads org, from tokens [from, to) of s.
func (d *doc) addLeader(s *sentence, person, org string, from, to int, matched string) {
	start, end := s.span(from, to)
	c := Claim{
		Kind:    Role,
		Subject: Subject{Key: "org:" + org, Text: org, Entity: org},
		Value:   Value{Role: &RoleValue{Person: person, Org: org, Leads: true}},
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
// nationality or party ("Greek", "Socialist", "Federal").
func nameLike(t token) bool {
	w := t.Norm
	for _, suf := range []string{"ist", "ian", "ese", "ish", "ic", "al", "ary", "ive", "ch", "ek", "ern"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}
