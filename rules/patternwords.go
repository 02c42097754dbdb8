package rules

import (
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// PatternWords returns strings of which every match of a pattern's regex
// holds at least one, lower-cased: a sentence that holds none of them,
// lower-cased, cannot match, and the pattern need not run there. It
// returns nil when the regex has no such string (every match might be
// made of placeholders and character classes alone), or when it does not
// parse. Only the regex's own literal text counts, never a placeholder's
// words, and only ASCII literals, so that lower-casing is the whole of
// case folding (with the two runes that fold to ASCII letters, see
// FoldSentence).
func PatternWords(regex string) []string {
	src, err := standInGroups(regex)
	if err != nil {
		return nil
	}
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return nil
	}
	return required(re)
}

// required returns the strings of which every match of re holds one, or
// nil when there are none.
func required(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		s := string(re.Rune)
		if !isASCII(s) {
			return nil
		}
		return []string{strings.ToLower(s)}
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
	case syntax.OpConcat:
		// Any part's strings will do; the longest shortest string is the
		// rarest to find by chance.
		var best []string
		for _, sub := range re.Sub {
			if r := required(sub); r != nil && (best == nil || shortest(r) > shortest(best)) {
				best = r
			}
		}
		return best
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			r := required(sub)
			if r == nil {
				return nil
			}
			all = append(all, r...)
		}
		return all
	}
	return nil
}

// shortest returns the length of the shortest of ss.
func shortest(ss []string) int {
	n := -1
	for _, s := range ss {
		if n < 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// FoldSentence lower-cases s for PatternWords: ASCII letters, and the two
// runes that a case-insensitive match takes for ASCII letters (the Kelvin
// sign for "k", the long s for "s"). Other runes are kept as they are.
func FoldSentence(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			b.WriteByte(byte(r) + 'a' - 'A')
		case r == '\u212A':
			b.WriteByte('k')
		case r == '\u017F':
			b.WriteByte('s')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
