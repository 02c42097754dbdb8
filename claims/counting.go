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
	// status: "Ray Cole was also killed".
	Also bool `json:"also,omitempty"`
	// With is how many people one coordinated subject names: "his aunt
	// and the driver suffered minor injuries" (2).
	With int `json:"with,omitempty"`
	// Part says what picks out an AsPart figure: PartShare ("including
	// three children"), PartPartitive ("one of the victims died"),
	// PartCondition ("two are in critical condition"), PartEllipsis
	// ("eight victims, one critically injured"), PartOrdinal ("a fifth
	// victim") or PartPlace ("one died at the scene": those at one place).
	Part string `json:"part,omitempty"`
	// Beside is, for AsOthers, the status of the victims the sentence
	// counted before them ("one died and five others were hurt":
	// killed), and BesideN how many those were; "" when the sentence
	// counted none, so the others stand beside victims counted elsewhere,
	// or not at all.
	Beside  string  `json:"beside,omitempty"`
	BesideN float64 `json:"beside_n,omitempty"`
	// Perpetrator is true when the claim counts the perpetrator among the
	// dead ("seven dead, including the gunman") or tells of his own death
	// ("before taking his own life").
	Perpetrator bool `json:"perpetrator,omitempty"`
	// Earlier is why the figure is not the story's current toll, or "":
	// EarlierEvent (an earlier event: "six months before that, a gunman
	// killed 14"), EarlierReport (a figure given before and since
	// changed: "in initial reports, police said two had been killed") or
	// Habitual (a generic statement: "two to five children die each
	// year"), Tally (a count over a period: "so far this year", "since
	// the conflict began") or OtherEvent (another incident the sentence
	// names: "in another shooting nearby last month").
	Earlier string `json:"earlier,omitempty"`
	// Risen is true for a toll said to have grown to its figure ("the
	// death toll rose to 12", "bringing the toll to 11"): an earlier
	// report gave a lower one.
	Risen bool `json:"risen,omitempty"`
}

// What picks out a part (Counting.Part).
const (
	PartShare     = "share"
	PartPartitive = "partitive"
	PartCondition = "condition"
	PartEllipsis  = "ellipsis"
	PartOrdinal   = "ordinal"
	PartPlace     = "place"
)

// Why a figure is not the story's current toll (Counting.Earlier).
const (
	EarlierEvent  = "event"
	EarlierReport = "report"
	Habitual      = "habitual"
	Tally         = "tally"
	OtherEvent    = "other"
)

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

// counting says how figure f, reported by casualty word c, counts: one
// person ("a man", "the boy"), further victims ("five others", "two more
// people"), a part ("including three children", "one of the victims",
// "two in critical condition") or a total.
func (sc *casualtyScan) counting(f *figure, c casMatch) *Counting {
	x, toks := sc.d.x, sc.toks
	if f.Article && !countedBeside(f) {
		ct := &Counting{As: AsPerson, Definite: f.Definite, Person: personKey(x, f.Groups, toks[f.NPTo-1].Norm)}
		for _, t := range toks[f.From:f.NPTo] {
			if x.cas.additive[t.Norm] {
				ct.New = true
			}
		}
		if !f.Definite && ordinalIn(toks[f.From:f.NPTo]) > 1 && genericHead(x, f) && !sc.otherStatusSaid(c.Status) {
			// "a fifth victim was also hit": five in all, at least.
			return &Counting{As: AsPart, Part: PartOrdinal}
		}
		return ct
	}
	for k := f.To; k < f.NPTo && k < len(toks); k++ {
		if x.cas.additive[toks[k].Norm] {
			return sc.others(f)
		}
	}
	if f.NPTo < len(toks) && x.cas.additive[toks[f.NPTo].Norm] && !sc.isCasualtyAt(f.NPTo) {
		return sc.others(f) // "two more were hurt"
	}
	if f.From > 0 && x.cas.additive[toks[f.From-1].Norm] {
		return sc.others(f) // "the other two victims", "the remaining four"
	}
	for k := f.From - 1; k >= 0 && k >= f.From-3; k-- {
		if _, n := x.shares.match(toks, k); n > 0 && k+n == f.From {
			return &Counting{As: AsPart, Part: PartShare}
		}
		if toks[k].Kind == tokPunct {
			break
		}
	}
	if sc.partitive(f, c) {
		return &Counting{As: AsPart, Part: PartPartitive}
	}
	if sc.elliptical(f, c) {
		return &Counting{As: AsPart, Part: PartEllipsis}
	}
	if c.Part {
		return &Counting{As: AsPart, Part: PartCondition}
	}
	if sc.atPartialPlace(c) {
		return &Counting{As: AsPart, Part: PartPlace}
	}
	return &Counting{As: AsTotal}
}

// partialPlaceReach is how many words may stand between a casualty word
// and a place that restricts it: "died later at the hospital".
const partialPlaceReach = 2

// atPartialPlace reports whether a place that restricts a figure to the
// victims there (lexicons.partial_places) follows casualty word c in its
// clause: "one died at the scene", "was pronounced dead later at the
// hospital". Such a figure is a part: others may have died elsewhere.
func (sc *casualtyScan) atPartialPlace(c casMatch) bool {
	toks := sc.toks
	for k := c.To; k < len(toks) && k <= c.To+partialPlaceReach; k++ {
		if _, n := sc.d.x.cas.partialPlaces.match(toks, k); n > 0 {
			return true
		}
		if toks[k].Kind != tokWord || toks[k].Norm == "and" || toks[k].Norm == "but" {
			return false
		}
	}
	return false
}

// others counts figure f as victims beside those the sentence counted
// before it, if any: "one died and five others were hurt".
func (sc *casualtyScan) others(f *figure) *Counting {
	ct := &Counting{As: AsOthers}
	for i := len(sc.said) - 1; i >= 0; i-- {
		if e := sc.said[i]; e.to <= f.From {
			if !e.loose {
				// "two more people dead and four others hurt" stand
				// beside someone counted before the sentence.
				ct.Beside, ct.BesideN = e.status, e.n
			}
			break
		}
	}
	return ct
}

// partitive reports whether figure f picks some out of a larger set, "one
// of the victims", "three of them", "one of four people hit by gunfire",
// rather than breaking the set down by how it fared right after: "six
// were shot, two of them fatally".
func (sc *casualtyScan) partitive(f *figure, c casMatch) bool {
	toks := sc.toks
	if f.To >= len(toks) || toks[f.To].Norm != "of" || !f.Person {
		return false
	}
	whole := ""
	if f.To+1 < len(toks) {
		whole = toks[f.To+1].Norm
	}
	if (whole == "them" || whole == "those") && c.From == f.NPTo && strings.HasSuffix(toks[c.From].Norm, "ly") {
		return false // "two of them fatally": the breakdown of the set
	}
	return true
}

// elliptical reports whether a bare figure set off by a comma or dash
// counts some of a larger set the sentence named before it, its noun left
// out: "eight victims, one critically injured", "four were hurt, one in
// critical condition". A figure of another status beside an earlier one
// is a list of statuses instead ("three killed, two injured"), and one
// beside the hit breaks them down ("five were shot, one fatally").
func (sc *casualtyScan) elliptical(f *figure, c casMatch) bool {
	toks := sc.toks
	if f.Person || f.From == 0 {
		return false
	}
	switch toks[f.From-1].Text {
	case ",", "-", "–", "—":
	default:
		return false
	}
	for i := len(sc.said) - 1; i >= 0; i-- {
		if e := sc.said[i]; e.to <= f.From {
			return e.status == c.Status && e.n > f.IV.Max
		}
	}
	for k := range sc.figs {
		g := &sc.figs[k]
		if g.NPTo <= f.From && g.Person && !sc.used[k] && g.IV.Min > f.IV.Max {
			return true // "Eight victims - two of which are men, one critically injured"
		}
	}
	return false
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

// ordinalIn returns the value of the first ordinal word among toks, or 0.
func ordinalIn(toks []token) int {
	for _, t := range toks {
		if n, ok := ordinalWords[t.Norm]; ok {
			return n
		}
	}
	return 0
}

// otherStatusSaid reports whether the sentence counted victims of another
// status before: "killed two men and injured a third man" counts the
// third among all the victims, not among the injured.
func (sc *casualtyScan) otherStatusSaid(status string) bool {
	for _, e := range sc.said {
		if e.status != status {
			return true
		}
	}
	return false
}

// genericHead reports whether a figure's noun says nothing of who ("a
// third victim", "a fourth person"): its ordinal then counts the victims.
// "A third female passenger" counts passengers, "a second girl" girls.
func genericHead(x *Extractor, f *figure) bool {
	for _, g := range f.Groups {
		if !x.tax.Generic(g.Category) {
			return false
		}
	}
	return len(f.Groups) > 0
}

// countedBeside reports whether a person's figure was joined in a list
// with a figure of several ("a police officer and two others"): the list
// counts its victims as a total, not one person.
func countedBeside(f *figure) bool {
	for _, g := range f.Groups {
		if g.Number != nil && g.Number.Min >= 2 {
			return true
		}
	}
	return false
}
