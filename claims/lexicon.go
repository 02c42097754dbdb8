package claims

import (
	"hash/maphash"
	"strings"
)

// entryRef points at a rulebook entry matched in text.
type entryRef struct {
	// ID is the entry's id (for plain word lists, the word itself).
	ID string
	// Index is the entry's position in its rulebook section.
	Index int
}

// phraseTrie matches lexicon phrases against token sequences, longest
// first. Phrases are compared by normalised token text. Its children are
// keyed by the word's hash, which each token carries from tokenize: a
// sentence is looked up in some twenty lexicons token by token, and a
// uint64 key is far cheaper to look up than a string. The child keeps its
// word, so a collision of hashes never matches another word.
type phraseTrie struct {
	next map[uint64]*phraseTrie
	word string
	refs []entryRef
}

// wordSeed seeds wordHash for the life of the process.
var wordSeed = maphash.MakeSeed()

// wordHash is the hash a phraseTrie keys a normalised word by.
func wordHash(w string) uint64 { return maphash.String(wordSeed, w) }

// tokenHash returns t's word hash, computing it for a token that was not
// made by tokenize.
func tokenHash(t *token) uint64 {
	if t.hash != 0 {
		return t.hash
	}
	return wordHash(t.Norm)
}

func newTrie() *phraseTrie { return &phraseTrie{} }

// add registers phrase for ref. Empty phrases are ignored.
func (p *phraseTrie) add(phrase string, ref entryRef) {
	toks := tokenize(phrase, 0)
	if len(toks) == 0 {
		return
	}
	n := p
	for _, t := range toks {
		if n.next == nil {
			n.next = map[uint64]*phraseTrie{}
		}
		h := wordHash(t.Norm)
		c := n.next[h]
		if c == nil {
			c = &phraseTrie{word: t.Norm}
			n.next[h] = c
		} else if c.word != t.Norm {
			return // a hash shared by two words (never seen): the later phrase is dropped
		}
		n = c
	}
	for _, r := range n.refs {
		if r == ref {
			return
		}
	}
	n.refs = append(n.refs, ref)
}

// addWords registers each word of words, and its plural or singular form
// when plural is true, for ref.
func (p *phraseTrie) addWords(words []string, ref entryRef, plural bool) {
	for _, w := range words {
		p.add(w, ref)
		if plural {
			for _, f := range numberForms(w) {
				p.add(f, ref)
			}
		}
	}
}

// numberForms returns the plural of a singular phrase or the singular of
// a plural one, changing only its last word.
func numberForms(phrase string) []string {
	i := strings.LastIndexByte(phrase, ' ')
	head, last := phrase[:i+1], phrase[i+1:]
	lower := strings.ToLower(last)
	var out []string
	switch {
	case strings.HasSuffix(lower, "ies") && len(lower) > 4:
		out = append(out, head+last[:len(last)-3]+"y")
	case strings.HasSuffix(lower, "men"):
		out = append(out, head+last[:len(last)-3]+"man")
	case strings.HasSuffix(lower, "man"):
		out = append(out, head+last[:len(last)-3]+"men")
	case strings.HasSuffix(lower, "ss"), strings.HasSuffix(lower, "sh"), strings.HasSuffix(lower, "ch"), strings.HasSuffix(lower, "x"):
		out = append(out, head+last+"es")
	case strings.HasSuffix(lower, "s") && len(lower) > 3:
		out = append(out, head+last[:len(last)-1])
	case strings.HasSuffix(lower, "y") && len(lower) > 2 && !strings.ContainsAny(lower[len(lower)-2:len(lower)-1], "aeiou"):
		out = append(out, head+last[:len(last)-1]+"ies")
	default:
		out = append(out, head+last+"s")
	}
	return out
}

// match returns the refs of the longest phrase starting at toks[i] and the
// number of tokens it spans (0 when nothing matches).
func (p *phraseTrie) match(toks []token, i int) ([]entryRef, int) {
	var best []entryRef
	bestN := 0
	n := p
	for j := i; j < len(toks); j++ {
		c := n.next[tokenHash(&toks[j])]
		if c == nil || c.word != toks[j].Norm {
			break
		}
		n = c
		if len(n.refs) > 0 {
			best, bestN = n.refs, j-i+1
		}
	}
	return best, bestN
}

// lexMatch is a lexicon phrase found in a sentence.
type lexMatch struct {
	Ref  entryRef
	From int // first token index
	To   int // one past the last token index
}

// findAll returns the longest non-overlapping matches of p in toks.
func (p *phraseTrie) findAll(toks []token) []lexMatch {
	var out []lexMatch
	for i := 0; i < len(toks); {
		refs, n := p.match(toks, i)
		if n == 0 {
			i++
			continue
		}
		out = append(out, lexMatch{Ref: refs[0], From: i, To: i + n})
		i += n
	}
	return out
}
