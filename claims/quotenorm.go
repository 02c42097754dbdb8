package claims

import (
	"strings"
	"unicode"
)

// NormaliseQuote prepares quoted words for comparison. opts are the
// rulebook's compare.quote.normalise settings:
//
//   - "quotes": curly quote marks and apostrophes become straight, dashes
//     become "-", and "…" becomes "...";
//   - "punctuation": punctuation is dropped; a dash or slash between two
//     word characters becomes a space ("de-escalate" → "de escalate"), an
//     apostrophe or dot inside a word is dropped ("don't" → "dont",
//     "U.S." → "US");
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
