package index

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsdesk/crosscheck/article"
)

// Keys returns the key terms of an article used for story grouping, sorted
// and without duplicates. They are computed from the Title and Text:
//
//   - capitalised spans (names of people, places, organisations, streets),
//     lowercased, with leading stop names and titles ("The", "Officer",
//     "Prime Minister") cut and the rulebook's place abbreviations spelled out; a span at
//     the start of a sentence counts only when it has two or more words;
//   - the words of multi-word spans on their own, so "Barbee" meets
//     "Kevin Barbee", except words common to many names ("County");
//   - ages ("15-year-old" gives "age:15").
//
// A headline in title case or capitals says nothing about which words are
// names, so such a title is skipped; the outlet suffix of a headline
// (" - WKRN News 2") is cut. Keys is deterministic and allocates little.
func (kr *KeyRules) Keys(a *article.Article) []string {
	return kr.analyse(a).keys
}

// articleKeys are an article's keys with what grouping knows of them.
type articleKeys struct {
	keys []string
	// lead are the name keys its lead holds (see leadKeys).
	lead []string
	// common are the keys made of words that its text also writes in
	// lower case: common words capitalised by their place (a menu's
	// "News, Weather, Sports", a button's "View Full Caption", "Public"
	// of "Public Works"), no evidence on their own.
	common []string
	// edge are the name keys it names only at its edges (see edgeKeys).
	edge []string
}

// analyse computes an article's keys, its lead's and its common words.
func (kr *KeyRules) analyse(a *article.Article) articleKeys {
	set := make(map[string]struct{}, 64)
	body := kr.tokenize(a.Text)
	lower := lowerWords(body)
	var head []token
	if t := trimTitle(a.Title); t != "" && !titleCased(t) {
		head = kr.tokenize(t)
		kr.keysOf(head, set, lower)
	}
	kr.keysOf(body, set, nil)
	kr.eventKeys(head, set)
	kr.eventKeys(body, set)
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	// The headline's words in lower case are common words too; only the
	// text's cut the headline's keys above.
	addLowerWords(lower, kr.tokenize(a.Title))
	var common []string
	for _, k := range out {
		if strings.IndexByte(k, ':') < 0 && kr.commonWords(k, lower) {
			common = append(common, k)
		}
	}
	return articleKeys{keys: out, lead: leadKeys(a, out), common: common, edge: edgeKeys(a, out)}
}

// agePrefix starts the key of an age an article gives ("age:15").
const agePrefix = "age:"

// eventPrefix starts the key of a class of events the article names
// ("event:attack", or "event:casualties" for people killed or hurt): not a
// name, so it weighs nothing in the similarity of
// two articles, but two reports of one event name its kind.
const eventPrefix = "event:"

// eventKeys adds a key for each class of events whose words the tokens
// hold.
func (kr *KeyRules) eventKeys(toks []token, set map[string]struct{}) {
	for i := range toks {
		w := strings.ToLower(toks[i].w)
		for _, p := range kr.eventPhrases[w] {
			if i+len(p.words) > len(toks) {
				continue
			}
			match := true
			for j := 1; j < len(p.words); j++ {
				if toks[i+j].brk || strings.ToLower(toks[i+j].w) != p.words[j] {
					match = false
					break
				}
			}
			if match {
				set[eventPrefix+p.class] = struct{}{}
			}
		}
	}
}

// commonWords reports whether every word of key k is one that the text
// writes in lower case or a generic word of names, and one at least the
// former: "weather", "news weather sports", "view full caption".
func (kr *KeyRules) commonWords(k string, lower map[string]bool) bool {
	seen := false
	for _, w := range strings.Fields(k) {
		switch {
		case lower[w]:
			seen = true
		case !kr.generic[w] && !kr.connectors[w]:
			return false
		}
	}
	return seen
}

// lowerWords returns the words that the tokens write in lower case.
func lowerWords(toks []token) map[string]bool {
	out := make(map[string]bool, len(toks)/2)
	addLowerWords(out, toks)
	return out
}

// addLowerWords adds to set the words that the tokens write in lower case.
func addLowerWords(set map[string]bool, toks []token) {
	for _, t := range toks {
		if r, _ := utf8.DecodeRuneInString(t.w); unicode.IsLower(r) {
			set[t.w] = true
		}
	}
}

// titleSeparators part a headline from the outlet's suffix.
var titleSeparators = []string{" :: ", " | ", " - ", " — "}

// trimTitle cuts an outlet suffix (" - Station", " | Site", " :: Site") of
// at most four words from a headline.
func trimTitle(t string) string {
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(t, sep); i > 0 && len(strings.Fields(t[i+len(sep):])) <= 4 {
			t = t[:i]
		}
	}
	return strings.TrimSpace(t)
}

// titleCased reports whether most longer words of s are capitalised, as in
// "Teen Charged In Fatal Shooting" or "BAHIA COCOA REVIEW".
func titleCased(s string) bool {
	n, c := 0, 0
	for _, w := range strings.Fields(s) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		n++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			c++
		}
	}
	return n > 0 && c*10 >= n*7
}

// token is one word of the text with what precedes it.
type token struct {
	w       string
	start   bool // first word of a sentence (or line)
	brk     bool // punctuation between the previous word and this one
	endStop bool // the word is followed directly by a full stop
}

// keysOf adds the keys of one text's tokens to set.
//
// In a headline (lower is then the words the body writes in lower case), a
// single capitalised word at the start is a name when the body never
// writes it in lower case and the rulebook does not know it as a word of
// news ("Hialeah killer ..." but not "Deadly shooting ..."); at the start of
// any other sentence it may be any word.
func (kr *KeyRules) keysOf(toks []token, set map[string]struct{}, lower map[string]bool) {
	var span []token
	flush := func() {
		kr.emitSpan(span, set, lower)
		span = span[:0]
	}
	for i, t := range toks {
		if age, ok := ageOf(t.w); ok {
			set[agePrefix+age] = struct{}{}
		}
		if t.brk && len(span) > 0 {
			flush()
		}
		switch {
		case isCap(t.w):
			span = append(span, t)
		case len(span) > 0 && kr.connectors[t.w] && i+1 < len(toks) && !toks[i+1].brk && isCap(toks[i+1].w):
			span = append(span, t)
		default:
			if len(span) > 0 {
				flush()
			}
		}
	}
	flush()
}

// tokenize splits s into words: runs of letters and digits joined by inner
// apostrophes, hyphens and dots ("O'Neil", "15-year-old", "U.S").
//
// It is not claims' tokenizer, on purpose: grouping reads only which words
// are capitalised, where sentences start and where punctuation breaks a
// name, so a token here is a word and three flags, with no offsets, kinds,
// quote marks, number separators or possessives split off. It runs over
// every article of a batch before anything else, and the keys it gives
// are what story grouping was tuned on; claims' tokens, which carry what
// the extractors need, would cost more and change the stories.
func (kr *KeyRules) tokenize(s string) []token {
	toks := make([]token, 0, len(s)/6)
	start, brk := true, false
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			switch r {
			case '.', '!', '?', '\n', ':':
				start, brk = true, true
			case ' ', '\t', '\r', '\u00a0':
			case '"', '“', '”', '(', ')', '[', ']', '*':
				brk = true
			default:
				brk = true
			}
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r) {
				j += n
				continue
			}
			if r == '\'' || r == '’' || r == '-' || r == '.' {
				if r2, _ := utf8.DecodeRuneInString(s[j+n:]); j+n < len(s) && isWordRune(r2) {
					j += n
					continue
				}
			}
			break
		}
		w := s[i:j]
		t := token{w: w, start: start, brk: brk}
		if j < len(s) && s[j] == '.' {
			t.endStop = true
		}
		// An abbreviation's full stop does not end the sentence.
		if t.endStop && kr.abbrev[strings.ToLower(w)] || (t.endStop && utf8.RuneCountInString(w) == 1) {
			j++ // swallow the dot
		}
		toks = append(toks, t)
		start, brk = false, false
		i = j
	}
	return toks
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isCap reports whether w starts with a capital letter.
func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// ageOf reads "15-year-old" as "15".
func ageOf(w string) (string, bool) {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 || !strings.HasPrefix(strings.ToLower(w[i:]), "-year-old") {
		return "", false
	}
	return w[:i], true
}

// emitSpan adds the keys of one capitalised span.
func (kr *KeyRules) emitSpan(span []token, set map[string]struct{}, lower map[string]bool) {
	if len(span) == 0 {
		return
	}
	atStart := span[0].start
	orig := len(span)
	words := make([]string, 0, len(span))
	for _, t := range span {
		w := strings.ReplaceAll(strings.ToLower(t.w), "’", "'") // "O’Neil" is "O'Neil"
		w = strings.TrimSuffix(w, "'s")
		w = strings.ReplaceAll(w, ".", "")
		if w != "" {
			words = append(words, w)
		}
	}
	words = kr.cutLeading(words)
	for len(words) > 0 && kr.connectors[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return
	}
	if atStart && orig == 1 {
		w := words[0]
		if lower == nil || lower[w] || kr.newsWords[w] || kr.stop[w] || kr.generic[w] || kr.titleWords[w] {
			return
		}
	}
	if len(words) > 1 {
		if full, ok := kr.spelled[words[len(words)-1]]; ok {
			words[len(words)-1] = full
		}
		set[strings.Join(words, " ")] = struct{}{}
	}
	for _, w := range words {
		if kr.nameWord(w) {
			set[w] = struct{}{}
		}
	}
}

// nameWord reports whether a single word may be a key of its own: not a
// stop name, a generic word, a title or a connector.
func (kr *KeyRules) nameWord(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && !kr.stop[w] && !kr.generic[w] && !kr.titleWords[w] && !kr.connectors[w]
}

// cutLeading cuts from the start of a span's words what precedes a name:
// stop names, connectors, title modifiers and whole titles ("prime
// minister"), longest title first.
func (kr *KeyRules) cutLeading(words []string) []string {
	for len(words) > 0 {
		w := words[0]
		if kr.stop[w] || kr.connectors[w] || kr.titleWords[w] {
			words = words[1:]
			continue
		}
		n := kr.titleAt(words)
		if n == 0 {
			return words
		}
		words = words[n:]
	}
	return words
}

// titleAt returns the length of the longest title phrase that words start
// with, or 0.
func (kr *KeyRules) titleAt(words []string) int {
	best := 0
	for _, p := range kr.titlePhrases[words[0]] {
		if len(p) <= len(words) && len(p) > best {
			match := true
			for i, w := range p {
				if words[i] != w {
					match = false
					break
				}
			}
			if match {
				best = len(p)
			}
		}
	}
	return best
}
