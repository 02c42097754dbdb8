package claims

import "strings"

// Counting says how a casualty claim counts toward the toll of its
// incident, so that an article's toll can be read from all its sentences.
type Counting struct {
	// As is one of AsTotal, AsPart, AsOthers, AsPerson, AsRoundup.
	As string `json:"as"`
	// Person identifies the one victim of an AsPerson claim: a canonical
	// name, or the word of a description ("mother", "man").
	Person string `json:"person,omitempty"`
	// Named is true when Person is a name the sentence gives.
	Named bool `json:"named,omitempty"`
	// Definite is true for a description or pronoun that may name a victim
	// counted already ("the boy", "she").
	Definite bool `json:"definite,omitempty"`
	// Pronoun is true when the victim is "he" or "she", taken for the
	// last person named.
	Pronoun bool `json:"pronoun,omitempty"`
	// New is true when the words mark the victim as a further one:
	// "another man", "a third victim".
	New bool `json:"new,omitempty"`
	// Also is true when the predicate adds the victim to others of the same
	// status: "Gino Nicolas was also killed".
	Also bool `json:"also,omitempty"`
	// With is how many people one coordinated subject names: "her mother
	// and the boyfriend suffered minor injuries" (2).
	With int `json:"with,omitempty"`
}

// How a casualty claim counts toward its incident's toll.
const (
	// AsTotal is the toll or a bound of it: "five people were shot".
	AsTotal = "total"
	// AsPart is a part a sentence picks out of a larger figure: "including
	// three children".
	AsPart = "part"
	// AsOthers are victims beside those already counted: "four others
	// were wounded".
	AsOthers = "others"
	// AsPerson is one victim counted one by one: "her mother was hit".
	AsPerson = "person"
	// AsRoundup is a total over several incidents: "wounded in shootings
	// across the city". It is not any one incident's toll.
	AsRoundup = "roundup"
)

// counting says how figure f counts: one person ("a man", "the boy"),
// further victims ("five others", "two more people"), a part picked out
// by a share word ("including three children") or a total.
func (sc *casualtyScan) counting(f *figure) *Counting {
	x, toks := sc.d.x, sc.toks
	if f.Article {
		c := &Counting{As: AsPerson, Definite: f.Definite, Person: personKey(x, f.Groups, toks[f.NPTo-1].Norm)}
		for _, t := range toks[f.From:f.NPTo] {
			if x.cas.additive[t.Norm] {
				c.New = true
			}
		}
		return c
	}
	for k := f.To; k < f.NPTo && k < len(toks); k++ {
		if x.cas.additive[toks[k].Norm] {
			return &Counting{As: AsOthers}
		}
	}
	if f.NPTo < len(toks) && x.cas.additive[toks[f.NPTo].Norm] && !sc.isCasualtyAt(f.NPTo) {
		return &Counting{As: AsOthers} // "two more were hurt"
	}
	for k := f.From - 1; k >= 0 && k >= f.From-3; k-- {
		if _, n := x.shares.match(toks, k); n > 0 && k+n == f.From {
			return &Counting{As: AsPart}
		}
		if toks[k].Kind == tokPunct {
			break
		}
	}
	return &Counting{As: AsTotal}
}

// isCasualtyAt reports whether a casualty word starts at token k.
func (sc *casualtyScan) isCasualtyAt(k int) bool {
	for _, c := range sc.cms {
		if c.From == k {
			return true
		}
	}
	return false
}

// personKey names the victim a description counts: the category of a
// specific description ("child"), or the head word of a generic one
// ("bystander", "mother").
func personKey(x *Extractor, gs []Group, head string) string {
	for _, g := range gs {
		if !x.tax.Generic(g.Category) {
			return g.Category
		}
	}
	return strings.TrimSuffix(head, "'s")
}
