package claims

import (
	"github.com/newsdesk/crosscheck/rules"
)

// countLex is the compiled counting vocabulary of the rulebook: currencies,
// scale words, money nouns, measure units and count acts.
type countLex struct {
	currencies *phraseTrie
	// currencyWord holds the one-token currency words and signs, which
	// make a figure beside them money rather than a count.
	currencyWord map[string]bool
	// currencyFirst holds the first token of every currency word, so
	// that sentences without money are passed over cheaply.
	currencyFirst map[string]bool
	// scales maps scale words ("million", "bn", "crore") to their factor:
	// the rulebook's scales and the English multipliers.
	scales     map[string]float64
	moneyWords map[string]bool
	// uncounted are nouns whose counts are no claims ("years", "people").
	uncounted map[string]bool
	measures  *phraseTrie
	// measureWord maps a one-word measure unit ("page", "pages") to its
	// id, for compounds such as "52-page".
	measureWord map[string]string
	acts        *phraseTrie
}

// newCountLex compiles the counting vocabulary of rb.
func newCountLex(rb *rules.Rulebook) *countLex {
	lx := rb.Lexicons
	c := &countLex{
		currencies:    newTrie(),
		currencyWord:  map[string]bool{},
		currencyFirst: map[string]bool{},
		scales:        map[string]float64{},
		moneyWords:    wordSet(lx.MoneyWords),
		uncounted:     wordSet(lx.UncountedNouns),
		measures:      newTrie(),
		measureWord:   map[string]string{},
		acts:          newTrie(),
	}
	for i, cur := range lx.Currencies {
		for _, w := range cur.Words {
			c.currencies.add(w, entryRef{cur.ID, i})
			toks := tokenize(w, 0)
			if len(toks) == 1 {
				c.currencyWord[toks[0].Norm] = true
			}
			if len(toks) > 0 {
				c.currencyFirst[toks[0].Norm] = true
			}
		}
	}
	for w, f := range multipliers {
		if w != "dozen" && w != "dozens" && w != "hundred" {
			c.scales[w] = f
		}
	}
	for _, sc := range lx.Scales {
		for _, w := range sc.Words {
			c.scales[normWord(w)] = sc.Factor
		}
	}
	for i, m := range lx.Measures {
		c.measures.addWords(m.Words, entryRef{m.ID, i}, false)
		for _, w := range m.Words {
			if toks := tokenize(w, 0); len(toks) == 1 {
				c.measureWord[toks[0].Norm] = m.ID
			}
		}
	}
	for i, a := range lx.CountActs {
		c.acts.addWords(a.Words, entryRef{a.ID, i}, false)
	}
	return c
}
