package claims

import "strings"

// genericUnits are nouns whose counts say nothing checkable about an event
// (durations, measures, people) or that belong to other claim kinds.
var genericUnits = map[string]bool{
	"time": true, "year": true, "day": true, "week": true, "month": true, "hour": true, "minute": true,
	"second": true, "decade": true, "century": true, "night": true, "morning": true, "weekend": true,
	"people": true, "person": true, "percent": true, "dollar": true, "mile": true, "foot": true, "feet": true,
	"inch": true, "pound": true, "yard": true, "meter": true, "metre": true, "kilometer": true,
	"kilometre": true, "km": true, "kg": true, "ton": true, "tonne": true, "other": true, "more": true,
	"thing": true, "way": true, "point": true, "part": true, "side": true, "each": true, "one": true,
	"hand": true, "case": true, "degree": true, "grade": true, "grader": true, "page": true, "edition": true,
	"member": true, "child": true, "kid": true, "son": true, "daughter": true, "time-frame": true,
	"story": true, "photo": true, "video": true, "comment": true, "share": true, "view": true,
	"follower": true, "like": true, "vote": true, "lakh": true, "crore": true,
	"country": true, "nation": true, "leader": true, "level": true, "party": true, "reason": true,
	"option": true, "issue": true, "word": true, "step": true, "thousand": true, "hundred": true,
}

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
// ("three of its air bases", "over 200 rockets"). Figures of people,
// casualty figures, dates, times, money and generic units are skipped;
// a single thing ("one house") is not counted.
func (d *doc) counts(s *sentence) {
	x := d.x
	toks := s.Toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind != tokNumber && t.Kind != tokWord {
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
		from, to, unit := countUnit(x, toks, f.To)
		if unit == "" {
			continue
		}
		ev := d.eventFor(s, f.From, false)
		num := iv
		start, end := s.span(f.From, to)
		_ = from
		d.add(s, Claim{
			Kind:    Count,
			Subject: Subject{Key: "count:" + unit, Text: unit, Event: ev.Event, Places: ev.Places},
			Value:   Value{Number: &num, Unit: unit},
			Rule:    "count",
			Matched: matched,
		}, start, end)
	}
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

// countUnit reads the noun phrase counted by a figure ending at token j:
// an optional partitive ("of its"), then up to three words ending in a
// plural noun. It returns the token range and the normalised unit (lower
// case, last word singular), or "" when no plausible unit follows.
func countUnit(x *Extractor, toks []token, j int) (int, int, string) {
	if j+1 < len(toks) && toks[j].Norm == "of" {
		switch toks[j+1].Norm {
		case "its", "their", "the", "his", "her", "our", "these", "those":
			j += 2
		default:
			return 0, 0, ""
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
			return 0, 0, ""
		}
		if _, n := x.quantities.match(toks, k); n > 0 {
			break
		}
		if _, ok := numberWords[t.Norm]; ok {
			break
		}
		words = append(words, t.Norm)
	}
	// Keep words up to the last plural noun: "air bases came" → "air bases".
	last := -1
	for w := range words {
		if isPlural(words[w]) && !strings.HasSuffix(words[w], "'s") {
			last = w
		}
	}
	if last < 0 {
		return 0, 0, ""
	}
	words = words[:last+1]
	// A figure followed directly by a capitalised word is often a name
	// or heading ("20 Questions"); keep only lower-case phrases or ones
	// whose head is lower case too.
	head := singular(words[len(words)-1])
	if genericUnits[head] || len(head) < 3 {
		return 0, 0, ""
	}
	if _, n := x.categories.match(toks, from+last); n > 0 {
		return 0, 0, ""
	}
	words[len(words)-1] = head
	return from, from + last + 1, strings.Join(words, " ")
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
