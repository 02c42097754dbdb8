package claims

import "strings"

// countStop ends a unit: function words, verbs that often follow a count.
var countStop = map[string]bool{
	"and": true, "or": true, "of": true, "in": true, "on": true, "at": true, "to": true, "from": true,
	"by": true, "with": true, "for": true, "was": true, "were": true, "is": true, "are": true, "had": true,
	"have": true, "has": true, "that": true, "which": true, "who": true, "as": true, "than": true,
	"after": true, "before": true, "during": true, "since": true, "ago": true, "later": true, "earlier": true,
	"more": true, "each": true, "apiece": true, "the": true, "a": true, "an": true, "this": true,
	"came": true, "were being": true, "will": true, "would": true, "could": true, "can": true, "be": true,
	"been": true, "into": true, "across": true, "over": true, "under": true, "near": true, "while": true,
	"when": true, "where": true, "but": true, "per": true, "not": true, "said": true, "says": true,
}

// counts extracts count claims from s: figures of things about an event
// ("three of its air bases", "over 200 rockets"), figures of a measure of
// a thing ("a 52-page ruling", "20,000 pages of memos") and figures
// of money. Figures of people, casualty figures, dates, times and generic
// units are skipped; a single thing ("one house") is not counted.
func (d *doc) counts(s *sentence) {
	money := d.money(s)
	x := d.x
	toks := s.Toks
	prevEnd := 0
	for i := 0; i < len(toks); i++ {
		for len(money) > 0 && i >= money[0][1] {
			money = money[1:]
		}
		if len(money) > 0 && i >= money[0][0] {
			i = money[0][1] - 1
			continue // a figure of money, already a claim
		}
		t := toks[i]
		if t.Kind != tokNumber && t.Kind != tokWord {
			continue
		}
		if f, ok := d.measureCompound(s, i); ok {
			d.addCount(s, f, prevEnd)
			prevEnd, i = f.To, f.To-1
			continue
		}
		if t.Kind == tokWord && t.Cap && i > 0 && !startsQuantity(x, toks, i) {
			continue
		}
		iv, n, matched, ok := x.parseNumber(toks, i)
		if !ok {
			continue
		}
		f := figure{From: i, To: i + n, IV: iv, Matched: matched}
		i += n - 1
		if iv.IsExact() && iv.Min <= 1 || containsString(matched, "quantities:some") {
			continue
		}
		x.nounPhrase(toks, &f)
		if f.Person || d.inCasualty(s, f.From) {
			continue
		}
		u, ok := countUnit(x, toks, f.To)
		if !ok {
			continue
		}
		cf := countFig{
			From: f.From, To: u.to, NumFrom: f.From, NumTo: f.To, IV: iv, Step: figureStep(x.counting, toks, f.From, f.To),
			Measure: u.unit, Unit: u.unit, Part: u.partitive, Matched: matched,
			Event: d.eventFor(s, f.From, false),
		}
		if u.measure != "" {
			np := x.measuredThing(toks, u.to)
			if np.head == "" {
				continue // "more than 300 pages": pages of what?
			}
			cf.Measure, cf.Thing, cf.ThingPlural, cf.Definite, cf.To = u.measure, np.head, np.plural, np.definite, np.end
		}
		d.addCount(s, cf, prevEnd)
		prevEnd = cf.To
		if cf.To-1 > i {
			i = cf.To - 1
		}
	}
}

// measureCompound reads a figure joined to its measure unit that modifies
// the thing measured: "the 52-page ruling", "a five-count
// complaint", "a 20-mile chase".
func (d *doc) measureCompound(s *sentence, i int) (countFig, bool) {
	toks := s.Toks
	t := toks[i]
	k := strings.LastIndexByte(t.Norm, '-')
	if k <= 0 {
		return countFig{}, false
	}
	measure := d.x.counting.measureWord[t.Norm[k+1:]]
	if measure == "" {
		return countFig{}, false
	}
	var v float64
	num := t.Norm[:k]
	if t.Kind == tokNumber {
		var ok bool
		if v, ok = parseDigits(num); !ok {
			return countFig{}, false
		}
	} else {
		var ok bool
		if v, ok = simpleWords(num); !ok {
			return countFig{}, false
		}
	}
	if v <= 1 {
		return countFig{}, false
	}
	np := d.x.readNP(toks, i+1)
	if np.head == "" || np.anaphor {
		return countFig{}, false
	}
	unit := t.Norm[k+1:]
	return countFig{
		From: i, To: np.end, NumFrom: i, NumTo: i + 1, IV: Exact(v), Step: digitStep(num, v),
		Measure: measure, Unit: unit, Thing: np.head, ThingPlural: np.plural, Definite: definiteBefore(toks, i),
		Event: d.eventFor(s, i, false),
	}, true
}

// measuredThing reads what a measure figure measures: "pages of Clinton's
// emails" → email.
func (x *Extractor) measuredThing(toks []token, j int) nounPhraseHead {
	if j >= len(toks) || toks[j].Norm != "of" {
		return nounPhraseHead{}
	}
	np := x.readNP(toks, j+1)
	if np.anaphor {
		return nounPhraseHead{}
	}
	return np
}

// figureStep is the rounding unit of the figure toks[from:to]: digits
// carry their own ("55,000" → 1000, "1.2 million" → 100,000), number
// words are exact.
func figureStep(cl *countLex, toks []token, from, to int) float64 {
	for k := from; k < to; k++ {
		if toks[k].Kind != tokNumber {
			continue
		}
		v, ok := parseDigits(toks[k].Text)
		if !ok {
			return 1
		}
		step := digitStep(toks[k].Text, v)
		if k+1 < to {
			m, isMul := multipliers[toks[k+1].Norm]
			if !isMul {
				m = cl.scales[toks[k+1].Norm]
			}
			if m > 1 {
				if !strings.Contains(toks[k].Text, ".") {
					step = trailingZeros(v) // "700 million": rounded to 100 million
				}
				step *= m
			}
		}
		return step
	}
	return 1
}

// startsQuantity reports whether a capitalised word at toks[i] can start a
// figure ("Three", "More than", "Dozens").
func startsQuantity(x *Extractor, toks []token, i int) bool {
	if startsNumber(toks[i]) {
		return true
	}
	if _, n := x.modifiers.match(toks, i); n > 0 {
		return true
	}
	_, n := x.quantities.match(toks, i)
	return n > 0
}

// inCasualty reports whether token i of s lies inside a casualty claim
// already extracted.
func (d *doc) inCasualty(s *sentence, i int) bool {
	pos := s.Toks[i].Start
	for k := len(d.claims) - 1; k >= 0; k-- {
		c := &d.claims[k]
		if c.Sentence.Start != s.Start {
			break
		}
		if c.Kind == Casualty && c.Span.Start <= pos && pos < c.Span.End {
			return true
		}
	}
	return false
}

// unitPhrase is the noun phrase counted by a figure.
type unitPhrase struct {
	// to is one past its last token.
	to int
	// unit is the phrase, lower case, last word singular ("air base").
	unit string
	// measure is the rulebook's measure id when the unit is a measure
	// ("pages" → page).
	measure string
	// partitive is true for "three of its air bases".
	partitive bool
}

// countUnit reads the noun phrase counted by a figure ending at token j:
// an optional partitive ("of its"), then up to three words ending in a
// plural noun. ok is false when no plausible unit follows.
func countUnit(x *Extractor, toks []token, j int) (unitPhrase, bool) {
	var u unitPhrase
	if j+1 < len(toks) && toks[j].Norm == "of" {
		switch toks[j+1].Norm {
		case "its", "their", "the", "his", "her", "our", "these", "those":
			j += 2
			u.partitive = true
		default:
			return u, false
		}
	}
	from := j
	var words []string
	k := j
	for ; k < len(toks) && k < j+3; k++ {
		t := toks[k]
		if t.Kind != tokWord || countStop[t.Norm] || monthWords[t.Norm] != 0 {
			break
		}
		if _, n := x.casualties.match(toks, k); n > 0 {
			return u, false
		}
		if _, n := x.quantities.match(toks, k); n > 0 {
			break
		}
		if _, ok := numberWords[t.Norm]; ok {
			break
		}
		words = append(words, t.Norm)
		if x.counting.measureWord[t.Norm] != "" {
			break // "pages of emails": the measure ends the unit
		}
	}
	// Keep words up to the last plural noun: "air bases came" → "air bases".
	last := -1
	for w := range words {
		if isPlural(words[w]) && !strings.HasSuffix(words[w], "'s") {
			last = w
		}
	}
	if last < 0 {
		return u, false
	}
	words = words[:last+1]
	if m := x.counting.measureWord[words[last]]; m != "" && last == 0 {
		u.to, u.unit, u.measure = from+1, words[0], m
		return u, true
	}
	head := singular(words[len(words)-1])
	if x.counting.uncounted[head] || len(head) < 3 {
		return u, false
	}
	if _, n := x.categories.match(toks, from+last); n > 0 {
		return u, false
	}
	words[len(words)-1] = head
	u.to, u.unit = from+last+1, strings.Join(words, " ")
	return u, true
}

// singular returns the singular form of a plural noun: "bases" → "base",
// "shootings" → "shooting", "casualties" → "casualty".
func singular(w string) string {
	switch {
	case pluralIrregular[w] && strings.HasSuffix(w, "men"):
		return w[:len(w)-3] + "man"
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}
