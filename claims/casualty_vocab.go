package claims

import (
	"strings"

	"github.com/newsdesk/crosscheck/rules"
)

// casualtyVocab is the rulebook vocabulary that casualty extraction reads
// besides the casualty words: which of those words are nouns, the verbs
// that move a toll or say a person bore an injury, roundup cues and the
// words that mark further victims.
type casualtyVocab struct {
	// nouns are the normalised casualty nouns ("toll", "deaths",
	// "injuries"), by their last word.
	nouns map[string]bool
	// bareNouns are casualty nouns that are not also casualty words said
	// of a person ("injuries", not "wounded"): a person bears them only
	// through a suffer verb.
	bareNouns map[string]bool
	tollVerbs map[string]bool
	// tollRises say a toll grew to its figure (Counting.Risen).
	tollRises map[string]bool
	suffer    map[string]bool
	additive  map[string]bool
	// collectives are nouns of a group of people counted after "of".
	collectives map[string]bool
	// careVerbs and carePlaces say a victim was taken into care; care is
	// the casualty entry such words report (the first part of the hit: who
	// was taken into care may have died there), or -1.
	careVerbs  map[string]bool
	carePlaces *phraseTrie
	care       int
	careID     string
	roundup    *phraseTrie
	// tallies are cues of a count over a period (lexicons.tallies);
	// eventSets are nouns of a set of events ("a pair of shootings").
	tallies   *phraseTrie
	eventSets map[string]bool
	// otherSeries are the series words (lexicons.series_words) that name
	// another event than the story's: all but "first".
	otherSeries map[string]bool
	// perpDeath are phrases of the perpetrator's own death; superseded
	// are cues of a figure given before and since changed.
	perpDeath, superseded *phraseTrie
	// partialPlaces restrict a figure to the victims at one place ("at
	// the scene").
	partialPlaces *phraseTrie
	// habitual are cues of a generic statement ("each year").
	habitual *phraseTrie
	// links open a line that links to another story ("Related:").
	links *phraseTrie
	// police say the police did the killing ("by police").
	police *phraseTrie
}

// newCasualtyVocab compiles the casualty vocabulary of rb.
func newCasualtyVocab(rb *rules.Rulebook) *casualtyVocab {
	lx := rb.Lexicons
	v := &casualtyVocab{
		nouns:         map[string]bool{},
		bareNouns:     map[string]bool{},
		tollVerbs:     wordSet(lx.TollVerbs),
		tollRises:     wordSet(lx.TollRises),
		suffer:        wordSet(lx.SufferVerbs),
		additive:      wordSet(lx.Additive),
		roundup:       newTrie(),
		tallies:       newTrie(),
		eventSets:     wordSet(lx.EventCollectives),
		otherSeries:   map[string]bool{},
		perpDeath:     newTrie(),
		superseded:    newTrie(),
		partialPlaces: newTrie(),
		habitual:      newTrie(),
		links:         newTrie(),
		police:        newTrie(),
		collectives:   wordSet(lx.Collectives),
		careVerbs:     wordSet(lx.CareVerbs),
		carePlaces:    newTrie(),
		care:          -1,
	}
	for _, p := range lx.PerpetratorDeath {
		v.perpDeath.add(p, entryRef{p, 0})
	}
	for _, p := range lx.CarePlaces {
		v.carePlaces.add(p, entryRef{p, 0})
	}
	for i, c := range lx.Casualties {
		if c.Part && c.Status == rules.StatusShot && v.care < 0 {
			v.care, v.careID = i, c.ID
		}
	}
	for _, p := range lx.PoliceAgents {
		v.police.add(p, entryRef{p, 0})
	}
	for _, p := range lx.LinkCues {
		v.links.add(p, entryRef{p, 0})
	}
	for _, p := range lx.Habitual {
		v.habitual.add(p, entryRef{p, 0})
	}
	for _, p := range lx.Superseded {
		v.superseded.add(p, entryRef{p, 0})
	}
	for _, p := range lx.PartialPlaces {
		v.partialPlaces.add(p, entryRef{p, 0})
	}
	words := map[string]bool{}
	for _, c := range lx.Casualties {
		for _, w := range c.Words {
			words[normPhrase(w)] = true
		}
	}
	for _, c := range lx.Casualties {
		for _, w := range c.Nouns {
			p := normPhrase(w)
			last := p[strings.LastIndexByte(p, ' ')+1:]
			v.nouns[last] = true
			if !words[p] {
				v.bareNouns[p] = true
			}
		}
	}
	for i, r := range lx.Roundup {
		v.roundup.add(r, entryRef{r, i})
	}
	for _, w := range lx.SeriesWords {
		if w = strings.ToLower(w); ordinalWords[w] != 1 {
			v.otherSeries[w] = true
		}
	}
	for i, r := range lx.Tallies {
		v.tallies.add(r, entryRef{r, i})
	}
	return v
}

// normPhrase normalises a lexicon phrase as its tokens are normalised.
func normPhrase(p string) string {
	toks := tokenize(p, 0)
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Norm
	}
	return strings.Join(parts, " ")
}

// phraseOf returns the normalised text of toks[from:to].
func phraseOf(toks []token, from, to int) string {
	parts := make([]string, 0, to-from)
	for _, t := range toks[from:to] {
		parts = append(parts, t.Norm)
	}
	return strings.Join(parts, " ")
}

// isCare reports whether casualty word c says victims were taken into
// care.
func (v *casualtyVocab) isCare(c casMatch) bool { return v.care >= 0 && c.ID == v.careID }

// isLink reports whether a sentence is a line linking to another story:
// a link cue at its start, before a colon or a dash ("Related: 5 dead in
// ...", "RELATED ARTICLE - 2 killed in ..."), or a line that starts with
// "+" ("+ Two killed in county crash").
func (v *casualtyVocab) isLink(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	if toks[0].Text == "+" {
		return true
	}
	if _, n := v.links.match(toks, 0); n > 0 && n < len(toks) {
		switch toks[n].Text {
		case ":", "-", "–", "—", "|":
			return true
		}
		// "Related Coverage 4 injured in ...": a title-cased cue with no
		// verb of its own.
		return toks[0].Cap && n > 1
	}
	return false
}

// isRoundup reports whether a sentence totals casualties over several
// incidents ("wounded in shootings across the city").
func (v *casualtyVocab) isRoundup(toks []token) bool {
	return len(v.roundup.findAll(toks)) > 0
}

// isTally reports whether a sentence counts casualties over a period
// rather than in one incident: a tally cue ("so far this year", "since
// the conflict began"), the present perfect counting from a time ("since
// 10 p.m. Friday, 11 people have been shot"), a span of days or weeks
// ("in the nine days of the siege", "over the past three weeks") or
// "the number of" people "who have been" killed. Such a figure is an
// aggregate of several incidents.
func (v *casualtyVocab) isTally(toks []token) bool {
	return len(v.tallies.findAll(toks)) > 0 || tallySince(toks) || overSpan(toks) || numberWhoHave(toks)
}

// tallyClause returns where the clause a sentence's tally cue stands in
// begins, when that is a participial clause after the rest ("..., pushing
// the death toll above 600 since the war began", "..., bringing to ten the
// number of soldiers who have been killed"), or 0: figures before it are
// not the tally's.
func (v *casualtyVocab) tallyClause(toks []token) int {
	from := 0
	for b := 1; b+1 < len(toks); b++ {
		if toks[b].Norm == "," && clauseParticiple(toks[b+1]) && !v.isTally(toks[:b]) {
			from = b
		}
	}
	return from
}

// clauseParticiple reports whether a token is a present participle opening a
// clause ("pushing", "bringing", "raising"); "including", "according" and
// nouns of the time of day are not.
func clauseParticiple(t token) bool {
	w := t.Norm
	if t.Kind != tokWord || len(w) < 6 || !strings.HasSuffix(w, "ing") {
		return false
	}
	switch w {
	case "including", "according", "morning", "evening", "during", "nothing", "something", "anything", "everything":
		return false
	}
	return true
}

// overSpan reports whether a sentence counts over a span of time: a
// preposition of duration, the article and perhaps "past", "last" or
// "first", then an amount of days, weeks or months in the plural ("in the
// 12 days of the offensive", "over the past three weeks", "during the
// last two months").
func overSpan(toks []token) bool {
	for k := 0; k+3 < len(toks); k++ {
		switch toks[k].Norm {
		case "in", "over", "during", "throughout":
		default:
			continue
		}
		j := k + 1
		if toks[j].Norm != "the" {
			continue
		}
		j++
		switch toks[j].Norm {
		case "past", "last", "first":
			j++
		}
		if j+1 >= len(toks) || !timeAmount(toks[j]) || toks[j].Norm == "a" || toks[j].Norm == "an" {
			continue
		}
		switch toks[j+1].Norm {
		case "days", "weeks", "months", "years":
			return true
		}
	}
	return false
}

// numberWhoHave reports whether a sentence counts "the number of" people
// "who have been" killed, a tally over a period ("bringing to ten the
// number of soldiers who have been killed"); "the number of fatalities
// to three" may be one incident's toll and is not.
func numberWhoHave(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Norm != "number" || toks[k+1].Norm != "of" {
			continue
		}
		for j := k + 2; j+1 < len(toks) && j <= k+8; j++ {
			if (toks[j].Norm == "who" || toks[j].Norm == "that") && (toks[j+1].Norm == "have" || toks[j+1].Norm == "has") {
				return true
			}
			if toks[j].Kind == tokPunct {
				break
			}
		}
	}
	return false
}

// tallySince reports whether a sentence in the present perfect counts
// from a point in time: "since 10 p.m. Friday, 11 people have been shot",
// a tally over a period rather than one incident's toll. "Since Friday's
// shooting" names an event, not a time.
func tallySince(toks []token) bool {
	perfect := false
	for _, t := range toks {
		if t.Norm == "have" || t.Norm == "has" {
			perfect = true
		}
	}
	if !perfect {
		return false
	}
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Norm != "since" {
			continue
		}
		j := k + 1
		if toks[j].Norm == "the" && j+1 < len(toks) {
			j++
		}
		if j+1 < len(toks) && toks[j+1].Norm == "'s" {
			continue
		}
		w := toks[j].Norm
		_, wd := weekdayWords[w]
		_, mo := monthWords[w]
		clock := toks[j].Kind == tokNumber && j+1 < len(toks) && timeWords[toks[j+1].Norm]
		if wd || mo || clock || w == "midnight" || w == "weekend" {
			return true
		}
	}
	return false
}

// eventCasualties returns the casualty words of toks that tell of the
// event itself, leaving out words of a condition ("was in critical but
// stable condition Thursday"): a date next to them is the time of the
// condition, not of the event.
func (x *Extractor) eventCasualties(toks []token) []lexMatch {
	all := x.casualties.findAll(toks)
	out := all[:0:0]
	for _, m := range all {
		if !x.rb.Lexicons.Casualties[m.Ref.Index].Part {
			out = append(out, m)
		}
	}
	return out
}
