package claims

import (
	"sort"
	"strings"
)

// gapWords is how many words a gap ("*") of a cue phrase may stand for.
const gapWords = 3

// gapPhrase is a cue phrase with gaps: "not * evidence" matches "has not
// presented any verifiable evidence" and "not offered credible evidence".
// Each "*" stands for up to gapWords words (no punctuation).
type gapPhrase struct {
	parts [][]string // the normalised words between gaps
	ref   entryRef
}

// newGapPhrase compiles a phrase holding "*"; ok is false for a phrase
// without a gap.
func newGapPhrase(phrase string, ref entryRef) (gapPhrase, bool) {
	if !strings.Contains(phrase, "*") {
		return gapPhrase{}, false
	}
	g := gapPhrase{ref: ref}
	for _, part := range strings.Split(phrase, "*") {
		toks := tokenize(part, 0)
		if len(toks) == 0 {
			continue
		}
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = t.Norm
		}
		g.parts = append(g.parts, words)
	}
	return g, len(g.parts) > 0
}

// matchAt returns the number of tokens g spans from toks[i], or 0.
func (g gapPhrase) matchAt(toks []token, i int) int {
	j := i
	for p, words := range g.parts {
		found := false
		for skip := 0; skip <= gapWords && (p > 0 || skip == 0); skip++ {
			if skip > 0 && (j+skip-1 >= len(toks) || toks[j+skip-1].Kind != tokWord) {
				break
			}
			if wordsAt(toks, j+skip, words) {
				j += skip + len(words)
				found = true
				break
			}
		}
		if !found {
			return 0
		}
	}
	return j - i
}

// wordsAt reports whether toks[i:] starts with words.
func wordsAt(toks []token, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		if toks[i+k].Norm != w {
			return false
		}
	}
	return true
}

// cueMatches returns the attribution cues of a sentence: the rulebook's
// plain phrases and its phrases with gaps, longest first where they
// overlap, in text order.
func (d *doc) cueMatches(toks []token) []lexMatch {
	all := d.x.cues.findAll(toks)
	if len(d.x.gapCues) > 0 {
		for i := range toks {
			for _, g := range d.x.gapCues[toks[i].Norm] {
				if n := g.matchAt(toks, i); n > 0 {
					all = append(all, lexMatch{Ref: g.ref, From: i, To: i + n})
				}
			}
		}
	}
	sort.SliceStable(all, func(a, b int) bool {
		if all[a].From != all[b].From {
			return all[a].From < all[b].From
		}
		return all[a].To > all[b].To
	})
	var out []lexMatch
	end := -1
	for _, m := range all {
		if m.From < end {
			continue
		}
		out = append(out, m)
		end = m.To
	}
	return out
}
