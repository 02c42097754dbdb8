package claims

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NormaliseQuote prepares quoted words for comparison. opts are the
// rulebook's compare.quote.normalise settings:
//
//   - "quotes": curly quote marks and apostrophes become straight, dashes
//     become "-", and "…" becomes "...";
//   - "punctuation": punctuation is dropped; a dash or slash between two
//     word characters becomes a space ("de-escalate" → "de escalate"), an
//     apostrophe or dot inside a word is dropped ("U.S." → "US"), after a
//     contraction is spelled out ("don't" → "do not", "we're" → "we
//     are", "he's" → "he is"), so that a transcript's contraction and
//     another's full form are one wording and "we're" is not "were";
//   - "case": letters are lower-cased;
//   - "space": runs of white space become one space and the ends are
//     trimmed.
//
// Unknown options are ignored.
func NormaliseQuote(s string, opts []string) string {
	var quotes, punct, lower, space bool
	for _, o := range opts {
		switch o {
		case "quotes":
			quotes = true
		case "punctuation":
			punct = true
		case "case":
			lower = true
		case "space":
			space = true
		}
	}
	if punct {
		s = ExpandContractions(s)
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range rs {
		if quotes {
			switch r {
			case '‘', '’', '‚', '‛', '′':
				r = '\''
			case '“', '”', '„', '‟', '«', '»', '″':
				r = '"'
			case '–', '—', '‒', '―', '−', '‐', '‑':
				r = '-'
			case '…':
				if !punct {
					b.WriteString("...")
				}
				continue
			}
		}
		if punct && (unicode.IsPunct(r) || unicode.IsSymbol(r)) {
			if isJoiner(r) && i > 0 && i+1 < len(rs) && isWordRune(rs[i-1]) && isWordRune(rs[i+1]) {
				b.WriteByte(' ')
			}
			continue
		}
		if lower {
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	out := b.String()
	if space {
		out = strings.Join(strings.Fields(out), " ")
	}
	return out
}

// isJoiner reports whether r, between two word characters, separates two
// words (dashes and slashes) rather than belonging to one ("don't", "U.S.").
func isJoiner(r rune) bool {
	switch r {
	case '-', '–', '—', '‒', '―', '−', '‐', '‑', '/', '\\':
		return true
	}
	return false
}

// isWordRune reports whether r is a letter or digit.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// contraction matches an English contraction: a word, an apostrophe and
// the clitic ("we're", "don’t", "he's").
var contraction = regexp.MustCompile(`(?i)\b([a-z]+)['’‘](re|ve|ll|d|m|s|t)\b`)

// splitClitic matches a clitic a tokenised text writes apart from its
// word ("do n't", "we 're").
var splitClitic = regexp.MustCompile(`(?i)(^|\s)(n['’‘]t|['’‘](?:re|ve|ll|m))\b`)

// cliticWords are the full forms of the clitics of contractions.
var cliticWords = map[string]string{"re": "are", "ve": "have", "ll": "will", "d": "would", "m": "am"}

// negatedAux are the auxiliaries whose negative contraction is not the
// auxiliary followed by "n't" ("won't", "can't").
var negatedAux = map[string]string{"wo": "will", "ca": "can", "sha": "shall"}

// isClitic are the words whose "'s" is "is" (or "us" after "let"), not a
// possessive: pronouns and wh-words.
var isClitic = map[string]bool{
	"he": true, "she": true, "it": true, "that": true, "what": true, "there": true, "here": true,
	"who": true, "where": true, "how": true, "when": true, "why": true, "this": true,
}

// ExpandContractions spells out English contractions in s: "don't" is "do
// not", "won't" "will not", "we're" "we are", "I've" "I have", "she'll"
// "she will", "he'd" "he would", "I'm" "I am", "it's" "it is", "let's"
// "let us"; a tokenised text's clitic written apart ("do n't", "we 're")
// too. A noun's "'s" is a possessive and is kept, as is "ain't".
// Contractions are grammar, like the function words, and live here.
func ExpandContractions(s string) string {
	if !strings.ContainsAny(s, "'’‘") {
		return s
	}
	s = splitClitic.ReplaceAllStringFunc(s, func(m string) string {
		lead := m[:len(m)-len(strings.TrimLeftFunc(m, unicode.IsSpace))]
		c := strings.ToLower(strings.TrimLeft(m[len(lead):], "'’‘"))
		if strings.HasPrefix(c, "n") {
			return lead + "not"
		}
		return lead + cliticWords[c]
	})
	return contraction.ReplaceAllStringFunc(s, func(m string) string {
		// m is the word, one apostrophe and the clitic: split it there
		// rather than match it again.
		i := strings.IndexAny(m, "'’‘")
		_, w := utf8.DecodeRuneInString(m[i:])
		base, clitic := m[:i], strings.ToLower(m[i+w:])
		lower := strings.ToLower(base)
		switch clitic {
		case "t":
			stem, ok := strings.CutSuffix(base, "n")
			if !ok {
				stem, ok = strings.CutSuffix(base, "N")
			}
			if !ok || stem == "" || strings.EqualFold(stem, "ai") {
				return m
			}
			if full, ok := negatedAux[strings.ToLower(stem)]; ok {
				stem = full
			}
			return stem + " not"
		case "s":
			switch {
			case lower == "let":
				return base + " us"
			case isClitic[lower]:
				return base + " is"
			}
			return m
		}
		return base + " " + cliticWords[clitic]
	})
}

// QuoteNumber returns the figure a number word of a normalised quote
// stands for ("five" → "5", "twenty-six" → "26"), so that a quote that
// spells a number and one that writes it in digits read alike. Number
// words live with the extractor's (numbers.go); multipliers alone
// ("hundred") are not read.
func QuoteNumber(w string) (string, bool) {
	v, ok := simpleWords(w)
	if !ok {
		return "", false
	}
	return strconv.FormatFloat(v, 'f', -1, 64), true
}
