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
	suffer    map[string]bool
	additive  map[string]bool
	roundup   *phraseTrie
}

// newCasualtyVocab compiles the casualty vocabulary of rb.
func newCasualtyVocab(rb *rules.Rulebook) *casualtyVocab {
	lx := rb.Lexicons
	v := &casualtyVocab{
		nouns:     map[string]bool{},
		bareNouns: map[string]bool{},
		tollVerbs: wordSet(lx.TollVerbs),
		suffer:    wordSet(lx.SufferVerbs),
		additive:  wordSet(lx.Additive),
		roundup:   newTrie(),
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

// isRoundup reports whether a sentence totals casualties over several
// incidents ("wounded in shootings across the city").
func (v *casualtyVocab) isRoundup(toks []token) bool {
	return len(v.roundup.findAll(toks)) > 0
}
