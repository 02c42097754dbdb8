package claims

import (
	"math/rand"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newsdesk/crosscheck/rules"
)

// TestWordMatcher checks the automaton against a plain search of every
// word in random texts over a small alphabet, where words overlap often.
func TestWordMatcher(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	word := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = "abc"[rng.Intn(3)]
		}
		return string(b)
	}
	for trial := 0; trial < 200; trial++ {
		var words []string
		var owners []int
		for i := 0; i < 1+rng.Intn(12); i++ {
			words = append(words, word(1+rng.Intn(4)))
			owners = append(owners, i)
		}
		m := newWordMatcher(words, owners)
		text := word(rng.Intn(40))
		got := map[int]int{}
		m.each(text, func(o int) { got[o]++ })
		for i, w := range words {
			if n := strings.Count(text, w) + overlapsMissed(text, w); got[i] != n {
				t.Fatalf("words %q text %q: %q found %d times, want %d", words, text, w, got[i], n)
			}
		}
	}
}

// overlapsMissed is how many overlapping occurrences of w in text
// strings.Count does not count.
func overlapsMissed(text, w string) int {
	n := 0
	for i := 0; i+len(w) <= len(text); i++ {
		if text[i:i+len(w)] == w {
			n++
		}
	}
	return n - strings.Count(text, w)
}

// TestPatternCandidates checks that a pattern is a candidate for every
// sentence its regex matches: the word filter only ever skips patterns
// that cannot match.
func TestPatternCandidates(t *testing.T) {
	x := testExtractor(t)
	regexes := []string{
		`{number:value} (?:people|residents) (?:fled|left)`,
		`{entity:subject}\s+(?:won|received)\s+{number:value}\s+votes`,
		`turnout (?:was|of) {number:value}(?:%| per ?cent)`,
		`{number:value}`,
		`(?:K|ſ)ilns? {number:value}`,
		`\{number} braces`,
	}
	for i, re := range regexes {
		x.rb.Patterns = append(x.rb.Patterns, rulesPattern("p"+string(rune('a'+i)), "test", re, "number"))
	}
	if err := x.compilePatterns(); err != nil {
		t.Fatal(err)
	}
	sentences := []string{
		"More than 300 residents fled the valley on Sunday.",
		"About 40 PEOPLE LEFT before the storm.",
		"Maria Okafor received 12,400 votes.",
		"Turnout was 61 percent, and turnout of 58% the year before.",
		"Two \u212Ailns and 4 \u017Filos burned.",
		"A line with {number} braces in it.",
		"Nothing to see here.",
	}
	for _, s := range sentences {
		cands := x.patternSet.candidates(s)
		for i, p := range x.rb.Patterns {
			re := regexp.MustCompile("(?i)" + mustExpand(t, x.rb, p.Regex))
			if re.MatchString(s) && !slices.Contains(cands, i) {
				t.Errorf("%q matches %q but the pattern is not a candidate (words %q)", s, p.Regex, x.patterns[i].words)
			}
		}
	}
	if w := x.patterns[3].words; w != nil {
		t.Errorf("a bare {number} has words %q", w)
	}
}

func mustExpand(t *testing.T, rb *rules.Rulebook, re string) string {
	t.Helper()
	x, err := rules.ExpandPattern(rb, re)
	if err != nil {
		t.Fatal(err)
	}
	return x
}
