package compare

import (
	"strings"

	"github.com/newsdesk/crosscheck/claims"
)

// gapWord stands, in a quote's words, for a place where the editor left
// words out (an ellipsis) or put their own in (a bracketed insertion).
const gapWord = "\x1f"

// maxInsertion bounds, in bytes, a bracketed insertion: a longer bracket
// is the speaker's own aside, not an editor's word or two.
const maxInsertion = 60

// elide replaces the editor's marks in a quote's text by gapWord: a
// bracketed insertion ("[the president]", "(Jane Roe)") and an ellipsis
// ("...", "…", ". . ."). A text without them is returned as it is.
func elide(s string) string {
	if !strings.ContainsAny(s, "[(…") && !strings.Contains(s, "..") && !strings.Contains(s, ". .") {
		return s
	}
	gap := " " + gapWord + " "
	var b strings.Builder
	for i := 0; i < len(s); {
		switch {
		case s[i] == '[' || s[i] == '(':
			closer := byte(']')
			if s[i] == '(' {
				closer = ')'
			}
			k := strings.IndexByte(s[i+1:], closer)
			if k >= 0 && k <= maxInsertion && !strings.ContainsAny(s[i+1:i+1+k], "[(") {
				b.WriteString(gap)
				i += k + 2
				continue
			}
		case strings.HasPrefix(s[i:], "…"):
			b.WriteString(gap)
			i += len("…")
			continue
		case strings.HasPrefix(s[i:], ". . ."):
			b.WriteString(gap)
			i += len(". . .")
			continue
		case strings.HasPrefix(s[i:], ".."):
			b.WriteString(gap)
			for i < len(s) && s[i] == '.' {
				i++
			}
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// elidedRelation relates two quotes whose words hold gaps: they are one
// wording when every word one has and the other lacks stands where the
// other has a gap, or at an end of the words they share (one quote goes
// on where the other stops). It returns "same" when the gaps stand for
// nothing, "fragment" otherwise, and false when the words differ
// elsewhere, stand in another order, or the quotes share fewer than three
// words, two of them content words.
func elidedRelation(a, b []string) (string, bool) {
	wa, gapsA := splitGaps(a)
	wb, gapsB := splitGaps(b)
	if len(gapsA) == 0 && len(gapsB) == 0 {
		return "", false
	}
	if len(wa) > maxCompareWords || len(wb) > maxCompareWords {
		return "", false
	}
	inA, inB := wordAlignment(wa, wb)
	var pa, pb []int // aligned positions, in order
	for i, ok := range inA {
		if ok {
			pa = append(pa, i)
		}
	}
	for j, ok := range inB {
		if ok {
			pb = append(pb, j)
		}
	}
	if len(pa) < 3 || len(pa) != len(pb) {
		return "", false
	}
	shared := make([]string, len(pa))
	for k, i := range pa {
		shared[k] = wa[i]
	}
	if len(contentWords(shared)) < 2 {
		return "", false
	}
	// A content word both quotes have but not in the same place is a
	// change of order, which no mark explains.
	loose := map[string]bool{}
	for i, w := range wa {
		if !inA[i] && !claims.IsFunctionWord(w) {
			loose[w] = true
		}
	}
	for j, w := range wb {
		if !inB[j] && loose[w] {
			return "", false
		}
	}
	// gapIn reports whether a gap stands before a word in (from, to].
	gapIn := func(gaps map[int]bool, from, to int) bool {
		for p := from + 1; p <= to; p++ {
			if gaps[p] {
				return true
			}
		}
		return false
	}
	extra := false
	// Between consecutive shared words, and before the first and after
	// the last (k = -1 and k = len(pa)-1).
	for k := -1; k < len(pa); k++ {
		fromA, fromB := -1, -1
		if k >= 0 {
			fromA, fromB = pa[k], pb[k]
		}
		toA, toB := len(wa), len(wb)
		if k+1 < len(pa) {
			toA, toB = pa[k+1], pb[k+1]
		}
		onlyA, onlyB := toA-fromA-1, toB-fromB-1
		if onlyA == 0 && onlyB == 0 {
			continue
		}
		extra = true
		edge := k == -1 || k == len(pa)-1
		if edge && (onlyA == 0 || onlyB == 0) {
			continue // one quote goes on where the other stops
		}
		// Words only one quote has stand where the other has a gap (a
		// bracket holds the editor's words in place of the speaker's).
		ok := (onlyA == 0 || gapIn(gapsB, fromB, toB)) && (onlyB == 0 || gapIn(gapsA, fromA, toA))
		if !ok {
			return "", false
		}
	}
	if extra {
		return QuoteFragment, true
	}
	return QuoteSame, true
}

// splitGaps returns the words of ws without gapWord and the positions
// (indexes into the words returned) before which a gap stands; a gap at
// the end stands before len(words).
func splitGaps(ws []string) ([]string, map[int]bool) {
	out := make([]string, 0, len(ws))
	gaps := map[int]bool{}
	for _, w := range ws {
		if w == gapWord {
			gaps[len(out)] = true
			continue
		}
		out = append(out, w)
	}
	return out, gaps
}
