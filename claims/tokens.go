package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tokWord tokKind = iota
	tokNumber
	tokPunct
	tokQuote
)

// token is a word, number, punctuation mark or quote mark of a sentence.
// Start and End are byte offsets in the article text.
type token struct {
	Start, End int
	Text       string
	// Norm is the lower-cased text with curly apostrophes made straight.
	Norm string
	Kind tokKind
	// Cap is true when the token starts with an upper-case letter.
	Cap bool
	// hash is wordHash(Norm), set by tokenize (0 for tokens made
	// elsewhere): lexicon lookups key on it.
	hash uint64
}

// isQuoteRune reports whether r opens or closes a quotation.
func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»':
		return true
	}
	return false
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == '‘' }

// tokenize splits text (which starts at byte offset base of the article)
// into tokens. Words keep inner hyphens, apostrophes and dots ("U.S.",
// "Lashkar-e-Taiba", "twenty-six"); numbers keep thousands separators and
// decimals ("1,200", "3.5"); a possessive "'s" is a token of its own.
//
// Story grouping (index/keys.go) has a lighter tokenizer of its own: it
// needs only capitalised words and sentence starts, not offsets or kinds.
func tokenize(text string, base int) []token {
	toks := make([]token, 0, len(text)/5)
	i := 0
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += w
		case strings.HasPrefix(text[i:], "``") || strings.HasPrefix(text[i:], "''"):
			// Typesetters' quotes, as in Penn-Treebank-style copy:
			// ``like this''.
			toks = append(toks, newToken(text, base, i, i+2))
			i += 2
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := scanWord(text, i)
			// Split a trailing possessive 's / ’s.
			word := text[i:j]
			if n := possessiveLen(word); n > 0 && len(word) > n {
				toks = append(toks, newToken(text, base, i, j-n))
				toks = append(toks, newToken(text, base, j-n, j))
			} else {
				toks = append(toks, newToken(text, base, i, j))
			}
			i = j
		default:
			toks = append(toks, newToken(text, base, i, i+w))
			i += w
		}
	}
	return toks
}

// scanWord returns the end of the word or number starting at i.
func scanWord(text string, i int) int {
	j := i
	for j < len(text) {
		r, w := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			j += w
			continue
		}
		// Inner joiners: a hyphen, apostrophe, dot or comma between word
		// characters; a comma or dot only between digits.
		if j+w < len(text) && (r == '-' || isApos(r) || r == '.' || r == ',') {
			nr, _ := utf8.DecodeRuneInString(text[j+w:])
			pr, _ := utf8.DecodeLastRuneInString(text[:j])
			switch {
			case (r == ',' || r == '.') && unicode.IsDigit(pr) && unicode.IsDigit(nr):
				j += w
				continue
			case r == '.' && unicode.IsLetter(nr) && isInitialRun(text[i:j]):
				j += w
				continue
			case (r == '-' || isApos(r)) && (unicode.IsLetter(nr) || unicode.IsDigit(nr)):
				j += w
				continue
			}
		}
		// A final dot after initials: "U.S." and "S." keep their last dot.
		if r == '.' && isInitialRun(text[i:j]) && unicode.IsUpper(rune(text[i])) {
			j += w
		}
		break
	}
	return j
}

// isInitialRun reports whether s is a run of single letters joined by dots
// ("U", "U.S", "U.N").
func isInitialRun(s string) bool {
	n := 0
	for _, part := range strings.Split(s, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		n++
	}
	return n >= 1
}

func possessiveLen(word string) int {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(word, suf) {
			return len(suf)
		}
	}
	if strings.HasSuffix(word, "s'") || strings.HasSuffix(word, "s’") {
		_, w := utf8.DecodeLastRuneInString(word)
		return w
	}
	return 0
}

func newToken(text string, base, s, e int) token {
	t := token{Start: base + s, End: base + e, Text: text[s:e]}
	r, _ := utf8.DecodeRuneInString(t.Text)
	switch {
	case unicode.IsDigit(r):
		t.Kind = tokNumber
	case unicode.IsLetter(r):
		t.Kind = tokWord
		t.Cap = unicode.IsUpper(r)
	case isQuoteRune(r) || t.Text == "``" || t.Text == "''":
		t.Kind = tokQuote
	case isApos(r):
		t.Kind = tokPunct
	default:
		t.Kind = tokPunct
	}
	t.Norm = normWord(t.Text)
	t.hash = wordHash(t.Norm)
	return t
}

// normWord lower-cases a word and straightens curly apostrophes.
func normWord(s string) string {
	if isASCIILower(s) {
		return s
	}
	return apostrophes.Replace(strings.ToLower(s))
}

// apostrophes straightens curly apostrophes.
var apostrophes = strings.NewReplacer("’", "'", "‘", "'")

func isASCIILower(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || (c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}
