package index

import (
	"strings"

	"github.com/newsdesk/crosscheck/rules"
)

// KeyRules is the vocabulary key extraction takes from the rulebook, so
// that a desk's layer reaches story grouping: which full stops belong to
// abbreviations, which capitalised words are no names (stopnames), which
// words and phrases are titles before a name (titles, title_modifiers),
// which words inside a name say little on their own (place_words,
// generic_name_words) and which lower-case words join a name
// (name_particles), how short forms of place words are spelled out
// (place_abbreviations), and which words name kinds of events (events) and are
// words of news rather than names (taxonomy, casualties, events). Build
// one with NewKeyRules.
type KeyRules struct {
	abbrev     map[string]bool
	stop       map[string]bool
	generic    map[string]bool
	titleWords map[string]bool
	connectors map[string]bool
	// given are given names (female_names, male_names): a given name
	// alone names no one in particular.
	given map[string]bool
	// titlePhrases holds the titles of several words by their first word.
	titlePhrases map[string][][]string
	// eventPhrases holds the words of each non-generic event class by
	// their first word.
	eventPhrases map[string][]eventPhrase
	// newsWords are the words of the taxonomy, casualty and event lexicons.
	newsWords map[string]bool
	// spelled gives the place word each short form stands for ("st":
	// "street").
	spelled map[string]string
}

// casualtyEvent is the kind of event of an article that reports people
// killed, hurt or missing (the rulebook's casualty words).
const casualtyEvent = "casualties"

// eventPhrase is one way of naming a class of events.
type eventPhrase struct {
	words []string
	class string
}

// functionWords are capitalised only at the start of a sentence or
// heading: English function words, kept here as language, not news.
const functionWords = `a an the and or but nor so yet he she it they we i you me him them us his her
their our its my your this that these those there here when where what who whom whose why how in on at
of for to from by with as after before if while during no not yes all some any each every both many
most more also then just now i'm i've i'd i'll`

// NewKeyRules compiles what key extraction needs of a rulebook; a nil
// rulebook gives function words only.
func NewKeyRules(rb *rules.Rulebook) *KeyRules {
	kr := &KeyRules{
		abbrev: map[string]bool{}, stop: map[string]bool{}, generic: map[string]bool{},
		titleWords: map[string]bool{}, connectors: map[string]bool{}, given: map[string]bool{}, titlePhrases: map[string][][]string{},
		eventPhrases: map[string][]eventPhrase{}, newsWords: map[string]bool{}, spelled: map[string]string{},
	}
	for _, w := range strings.Fields(functionWords) {
		kr.stop[w] = true
	}
	kr.connectors["of"] = true // "Bank of America"
	if rb == nil {
		return kr
	}
	lx := &rb.Lexicons
	addAll(kr.abbrev, lx.Abbreviations)
	addAll(kr.stop, lx.Stopnames)
	addAll(kr.generic, lx.PlaceWords)
	addAll(kr.generic, lx.GenericNameWords)
	addAll(kr.given, lx.FemaleNames)
	addAll(kr.given, lx.MaleNames)
	addAll(kr.connectors, lx.NameParticles)
	for _, pa := range lx.PlaceAbbreviations {
		full := strings.Join(normWords(pa.ID), " ")
		for _, w := range pa.Words {
			if ws := normWords(w); len(ws) == 1 {
				kr.spelled[ws[0]] = full
			}
		}
	}
	for _, e := range rb.Events {
		for _, w := range e.Words {
			ws := strings.Fields(strings.ToLower(w))
			for _, x := range ws {
				kr.newsWords[x] = true
			}
			// A kind of event that any story has (generic, recurring:
			// statements, arrests) or a state that lasts (a tenure) says
			// nothing about which event two reports are about.
			if len(ws) > 0 && !e.Generic && !e.Recurring && !e.Lasting {
				kr.eventPhrases[ws[0]] = append(kr.eventPhrases[ws[0]], eventPhrase{ws, e.ID})
			}
		}
	}
	for _, c := range rb.Taxonomy {
		for _, w := range c.Words {
			for _, x := range normWords(w) {
				kr.newsWords[x] = true
			}
		}
	}
	for _, c := range lx.Casualties {
		for _, w := range c.Words {
			ws := strings.Fields(strings.ToLower(w))
			for _, x := range ws {
				kr.newsWords[x] = true
			}
			// People killed or hurt are an event of their own kind,
			// whatever noun the report gives it.
			if len(ws) > 0 {
				kr.eventPhrases[ws[0]] = append(kr.eventPhrases[ws[0]], eventPhrase{ws, casualtyEvent})
			}
		}
	}
	var phrases [][]string
	for _, t := range rb.Titles {
		for _, w := range t.Words {
			phrases = append(phrases, normWords(w))
		}
	}
	for _, m := range lx.TitleModifiers {
		for _, w := range m.Words {
			phrases = append(phrases, normWords(w))
		}
	}
	for _, p := range phrases {
		switch len(p) {
		case 0:
		case 1:
			kr.titleWords[p[0]] = true
		default:
			kr.titlePhrases[p[0]] = append(kr.titlePhrases[p[0]], p)
			// The head of a title ("chief" of "police chief", "minister"
			// of "minister of finance") is a title on its own.
			head := p[len(p)-1]
			for i, w := range p {
				if w == "of" && i > 0 {
					head = p[i-1]
					break
				}
			}
			kr.titleWords[head] = true
		}
	}
	return kr
}

// normWords lowercases a rulebook word or phrase, drops full stops and
// splits it into words.
func normWords(s string) []string {
	return strings.Fields(strings.ReplaceAll(strings.ToLower(s), ".", ""))
}

// addAll adds the normalised one-word entries of words to set.
func addAll(set map[string]bool, words []string) {
	for _, w := range words {
		if ws := normWords(w); len(ws) == 1 {
			set[ws[0]] = true
		}
	}
}
