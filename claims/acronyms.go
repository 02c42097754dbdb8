package claims

import "strings"

// learnAcronym reads an acronym written in parentheses right after the
// name of a party or place that ends at toks[i] ("the Free Ranger Front
// (FRF)", "Islamic State (IS)"), and remembers it for the rest of the
// article as another name of m: where the article later writes "FRF", it
// names the same party. It returns the tokens the parenthesis takes (3),
// or 0 when none follows. People's names are left alone: "(D-Calif.)"
// and "(R)" after a name are party labels, not the person's acronym.
func (d *doc) learnAcronym(toks []token, i int, m mention) int {
	if m.Type == "person" || m.Type == "" || i+2 >= len(toks) || toks[i].Text != "(" || toks[i+2].Text != ")" {
		return 0
	}
	a := toks[i+1].Text
	if !isAcronym(a) || !initialsOf(a, toks[m.From:m.To]) {
		return 0
	}
	if d.acronyms == nil {
		d.acronyms = map[string]mention{}
	}
	if _, known := d.acronyms[a]; !known {
		d.acronyms[a] = mention{Name: m.Name, Type: m.Type, EntityID: m.EntityID, Country: m.Country}
	}
	return 3
}

// acronymAt returns the mention an acronym the article defined before
// makes at toks[i].
func (d *doc) acronymAt(toks []token, i int) (mention, bool) {
	m, ok := d.acronyms[toks[i].Text]
	if !ok {
		return mention{}, false
	}
	m.From, m.To = i, i+1
	return m, true
}

// isAcronym reports whether w is written as an acronym: two to six
// letters, all in capitals.
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// initialsOf reports whether acronym a begins with the initial of the
// name's first capitalised word and its letters are initials of the
// name's capitalised words, in order ("IS" of "Islamic State", "FRF" of
// "Free Ranger Front"): a parenthesis after a name may hold anything
// else ("the ministry (AFP)").
func initialsOf(a string, name []token) bool {
	var initials []byte
	for _, t := range name {
		if t.Cap && t.Kind == tokWord {
			initials = append(initials, strings.ToUpper(t.Text)[0])
		}
	}
	if len(initials) == 0 || initials[0] != a[0] {
		return false
	}
	k := 0
	for j := 0; j < len(a) && k < len(initials); j++ {
		if a[j] == initials[k] {
			k++
		}
	}
	return k >= 2 || len(initials) == 1
}
