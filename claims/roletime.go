package claims

import "strings"

// TitlePast is the time of a title held at a past time the text does not
// pin down ("served as governor", "during President X's administration"):
// never compared with titles of the present.
const TitlePast = "past"

// preNameTime says when a title written before a name, in tokens [from,
// to) of s, is held: TitlePast inside a past frame ("during President
// Barack Obama's administration"), TitleNow in a present-tense clause
// ("US President Donald Trump has urged"), else "" (narration: the title
// at the time of the act told).
func (d *doc) preNameTime(s *sentence, from, to int) string {
	toks := s.Toks
	end := from // the frame ends here, articles aside
	for end > 0 && isArticle(toks[end-1].Norm) {
		end--
	}
	for j := max(0, end-5); j < end; j++ {
		if _, n := d.x.pastFrames.match(toks, j); n > 0 && j+n == end {
			return TitlePast
		}
	}
	if d.formerRelation(toks, end) {
		return TitlePast
	}
	if presentClause(toks, from, to) {
		return TitleNow
	}
	return ""
}

// formerRelation reports whether the title ending before token end is the
// object of a relation that is over: a preposition after a noun marked
// former ("a former aide to President X", "the onetime chief of staff for
// Gov. Y"). The title is the one held while the relation lasted.
func (d *doc) formerRelation(toks []token, end int) bool {
	if end < 2 {
		return false
	}
	switch toks[end-1].Norm {
	case "to", "for", "of", "under", "with":
	default:
		return false
	}
	for k := end - 2; k >= 0 && k >= end-7; k-- {
		t := toks[k]
		if t.Kind != tokWord {
			return false
		}
		if refs, n := d.x.titleMods.match(toks, k); n > 0 && k+n <= end-1 {
			if d.x.rb.Lexicons.TitleModifiers[refs[0].Index].Effect == "former" {
				return true
			}
		}
		if _, ok := tenseAt(toks, k); ok {
			return false
		}
	}
	return false
}

// appositiveTime says when an appositive title of tokens [from, to) is
// held: now when the clause it stands in is in the present tense ("Ames,
// the sheriff, has said"), else not said ("Ames, the sheriff, said": the
// time of the act told).
func appositiveTime(toks []token, from, to int) string {
	k := to
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	for j := k; j < len(toks) && j < k+4; j++ {
		if toks[j].Kind == tokPunct || toks[j].Kind == tokQuote {
			break
		}
		if present, ok := tenseAt(toks, j); ok {
			if present {
				return TitleNow
			}
			return ""
		}
	}
	if presentClause(toks, from, from) {
		return TitleNow
	}
	return ""
}

// leavesOffice reports whether the verb right after a titled name (token
// i on) says the person leaves the office ("Chairman X has resigned",
// "Gov. X will step down"): the title is then held until the act told.
func (d *doc) leavesOffice(s *sentence, i int) bool {
	toks := s.Toks
	for j := i; j < len(toks) && j < i+3; j++ {
		if _, n := d.x.leaveVerbs.match(toks, j); n > 0 {
			return true
		}
		if !isAuxiliary(toks[j].Norm) && toks[j].Norm != "will" && toks[j].Text != "," {
			return false
		}
	}
	return false
}

// tenureEndsAt reports whether the words right before a title starting at
// token from end its holder's tenure ("the death of Justice X", "fired
// president X", "the resignation of chairman X").
func (d *doc) tenureEndsAt(s *sentence, from int) bool {
	toks := s.Toks
	end := from
	for end > 0 && isArticle(toks[end-1].Norm) {
		end--
	}
	for j := max(0, end-4); j < end; j++ {
		if _, n := d.x.tenureEnds.match(toks, j); n > 0 && j+n == end {
			return true
		}
	}
	return false
}

// titleTimeAfter reads a time phrase right after a title ("the governor
// at the time", "the chairman now") into th and returns the token after it.
func (d *doc) titleTimeAfter(toks []token, i int, th *titleHit) int {
	if i >= len(toks) {
		return i
	}
	refs, n := d.x.titleMods.match(toks, i)
	if n == 0 {
		return i
	}
	switch e := d.x.rb.Lexicons.TitleModifiers[refs[0].Index].Effect; e {
	case "then", "now":
		th.applyEffect(e)
		return i + n
	}
	return i
}

// presentClause reports whether the clause of tokens [from, to) is in the
// present tense: the nearest tense cue after them (before any comma) or
// else before them (within the sentence part they stand in) is a present
// or future auxiliary ("has", "is", "will"), or a participle that one
// governs ("have been", "has encouraged").
func presentClause(toks []token, from, to int) bool {
	for k := to; k < len(toks) && k < to+6; k++ {
		if toks[k].Kind == tokPunct || toks[k].Kind == tokQuote {
			break
		}
		if present, ok := tenseAt(toks, k); ok {
			return present
		}
	}
	for k := from - 1; k >= 0 && k >= from-12; k-- {
		if t := toks[k]; t.Kind == tokQuote || t.Text == ";" || t.Text == ":" {
			break
		}
		if present, ok := tenseAt(toks, k); ok {
			// A perfect before the words ("has represented President
			// X") tells of an act at some past time: the title of its
			// object is the one of that time.
			return present && !perfectAt(toks, k)
		}
	}
	return false
}

// perfectAt reports whether toks[k] is a participle of a perfect of an
// act ("has represented", "have met"); "have been" tells of a state that
// lasts until now ("there have been signs").
func perfectAt(toks []token, k int) bool {
	if k == 0 || auxiliaryTense[toks[k].Norm] || toks[k].Norm == "been" {
		return false
	}
	switch toks[k-1].Norm {
	case "has", "have":
		return true
	}
	return false
}

// tenseAt reports whether toks[k] is a tense cue and whether it marks the
// present (or future). A past participle takes the tense of the
// auxiliary right before it.
func tenseAt(toks []token, k int) (present, ok bool) {
	t := toks[k]
	if t.Kind != tokWord {
		return false, false
	}
	if present, ok := auxiliaryTense[t.Norm]; ok {
		return present, true
	}
	if t.Norm == "been" || !t.Cap && (pastWords[t.Norm] || len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ed")) {
		if k > 0 {
			if present := auxiliaryTense[toks[k-1].Norm]; present {
				return true, true // "has encouraged", "have been"
			}
		}
		return false, true
	}
	return false, false
}

// relativeRoles reads the roles a clause right after a person's name says
// they held: "Richard Roe, who retired as deputy director in 2014"
// (former), "Jane Doe, who served as governor" (a past time), "John Roe,
// who now serves as chairman" (now). The clause runs to the next comma.
func (d *doc) relativeRoles(s *sentence, m *mention) {
	toks := s.Toks
	i := m.To
	if i < len(toks) && toks[i].Text == "," {
		i++
	}
	if i < len(toks) && toks[i].Norm == "who" {
		i++
	} else if i != m.To {
		return
	}
	for k := i; k < len(toks) && k < i+20; k++ {
		t := toks[k]
		if t.Kind == tokPunct || t.Kind == tokQuote {
			return
		}
		leave, nl := d.x.leaveVerbs.match(toks, k)
		_, ns := d.x.serveVerbs.match(toks, k)
		n := max(nl, ns)
		if n == 0 || k+n >= len(toks) || toks[k+n].Norm != "as" {
			continue
		}
		j := k + n + 1
		if j < len(toks) && isArticle(toks[j].Norm) {
			j++
		}
		th, tn := d.matchTitle(toks, j)
		if tn == 0 {
			continue
		}
		time := TitlePast
		switch {
		case len(leave) > 0 && nl >= ns:
			th.Former = true
			time = ""
		case th.Time != "":
		case presentClause(toks, k, k):
			time = TitleNow
		}
		d.addRole(s, m.Name, []titleHit{th}, k, j+tn, time)
		return
	}
}

// dropQuotedRoles removes the role claims read inside quotations: a title
// in quoted words is the speaker's form of address ("That includes Senator
// Smith," an aide wrote), not the article's statement of the office.
func (d *doc) dropQuotedRoles() {
	if len(d.quoteSpans) == 0 {
		return
	}
	kept := d.claims[:0]
	for _, c := range d.claims {
		if c.Kind == Role && d.inQuotation(c.Span.Start) {
			continue
		}
		kept = append(kept, c)
	}
	d.claims = kept
}

// inQuotation reports whether byte pos lies inside a quotation.
func (d *doc) inQuotation(pos int) bool {
	for _, sp := range d.quoteSpans {
		if pos >= sp.Start && pos < sp.End {
			return true
		}
	}
	return false
}
