package index

import (
	"strings"
	"unicode"

	"github.com/newsdesk/crosscheck/claims"
)

// claimTerms returns the index terms of a claim: "kind|term" for each
// normalised subject term (the subject key, text, event, entity, places and
// terms, whole and word by word). Prefixing the kind makes a match on
// "casualty|rocky mount" a match on a casualty claim about Rocky Mount, not
// on any claim of an article that mentions it.
func claimTerms(c *claims.Claim) []string {
	s := &c.Subject
	var out []string
	add := func(v string) {
		for _, t := range normTerms(v) {
			out = append(out, string(c.Kind)+"|"+t)
		}
	}
	if s.Key != "" {
		out = append(out, string(c.Kind)+"|key:"+strings.ToLower(s.Key))
		if i := strings.IndexByte(s.Key, ':'); i >= 0 {
			add(s.Key[i+1:])
		} else {
			add(s.Key)
		}
	}
	add(s.Text)
	add(s.Event)
	add(s.Entity)
	for _, p := range s.Places {
		add(p)
	}
	for _, t := range s.Terms {
		add(t)
	}
	return out
}

// normTerms lowercases v and returns it whole (when it has several words)
// and word by word, without stopwords.
func normTerms(v string) []string {
	words := strings.FieldsFunc(strings.ToLower(v), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\''
	})
	var out []string
	if len(words) > 1 {
		out = append(out, strings.Join(words, " "))
	}
	for _, w := range words {
		if len(w) > 1 && !stopwords[w] {
			out = append(out, w)
		}
	}
	return out
}
