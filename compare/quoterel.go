package compare

import (
	"slices"
	"strings"

	"github.com/newsdesk/crosscheck/claims"
)

// Relations between two quotations, as returned by QuoteRelation.
const (
	QuoteSame          = "same"
	QuoteFragment      = "fragment"
	QuoteDifferentWord = "different-wording"
	QuoteUnrelated     = "unrelated"
)

// QuoteRelation compares two quotations after normalising both with opts
// (see claims.NormaliseQuote) and says whether they are one statement:
//
//   - "same" when they are equal;
//   - "fragment" when the words of one are a contiguous run of the words
//     of the other (a partial quote of the same statement);
//   - "different-wording" when neither contains the other but they are the
//     same statement worded differently: all words of the shorter (of
//     three words or more) or all but one (of four or more), two content
//     words of it among them, stand in order in the longer ("destructive to the fabric" against
//     "destructive of the fabric"), nine in ten of a longer one, or the content
//     words they share in order (not pronouns, articles, prepositions or
//     auxiliaries) are at least three and at least minOverlap of the
//     shorter quote's content words, or a run of four words or more they
//     share holds two content words ("we are closely monitoring");
//   - "unrelated" otherwise, and whenever either is empty. Two statements
//     that share only function words and a phrase or two are unrelated.
//
// minOverlap is the rulebook's compare.quote.min_overlap; 0 means one
// half.
func QuoteRelation(a, b string, opts []string, minOverlap float64) string {
	return (*QuoteVariants)(nil).Relation(a, b, opts, minOverlap)
}

// Relation is QuoteRelation with the differences of writing that v knows
// folded first (see QuoteVariants), and with the editor's marks read: an
// ellipsis or a bracketed insertion ("[the president]", "(Jane Roe)")
// stands for words the other quote may have there, so that two quotes
// that differ only there are one wording ("same") or one a shortened
// version of the other ("fragment").
func (v *QuoteVariants) Relation(a, b string, opts []string, minOverlap float64) string {
	return v.relate(v.form(a, opts), v.form(b, opts), minOverlap)
}

// quoteForm is a quote prepared for comparison once, to be related to
// many others.
type quoteForm struct {
	norm  string // normalised text
	plain foldSide
	// gapped holds the words with the editor's marks as gapWord; nil
	// when the quote has no marks.
	gapped *foldSide
}

// form prepares a quote for comparison under the normalisations opts.
func (v *QuoteVariants) form(s string, opts []string) quoteForm {
	s = v.spellSymbols(s)
	f := quoteForm{norm: claims.NormaliseQuote(s, opts)}
	f.plain = v.side(strings.Fields(f.norm))
	if e := elide(s); e != s {
		g := v.side(strings.Fields(claims.NormaliseQuote(e, opts)))
		f.gapped = &g
	}
	return f
}

// relate is Relation on prepared quotes.
func (v *QuoteVariants) relate(a, b quoteForm, minOverlap float64) string {
	if minOverlap <= 0 {
		minOverlap = 0.5
	}
	if a.norm == "" || b.norm == "" {
		return QuoteUnrelated
	}
	if a.norm == b.norm {
		return QuoteSame
	}
	if a.gapped != nil || b.gapped != nil {
		ga, gb := a.gapped, b.gapped
		if ga == nil {
			ga = &a.plain
		}
		if gb == nil {
			gb = &b.plain
		}
		if r, ok := elidedRelation(v.fold(*ga, *gb)); ok {
			return r
		}
	}
	wa, wb := v.fold(a.plain, b.plain)
	if slices.Equal(wa, wb) {
		return QuoteSame
	}
	return wordRelation(wa, wb, minOverlap)
}

// wordRelation relates two quotes' normalised, folded words that differ.
func wordRelation(wa, wb []string, minOverlap float64) string {
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == 0 {
		return QuoteUnrelated
	}
	if containsRun(wb, wa) {
		return QuoteFragment
	}
	ca, cb := contentWords(wa), contentWords(wb)
	if len(ca) == 0 {
		return QuoteUnrelated
	}
	shared := commonCount(ca, cb)
	lcs, _ := commonWords(wa, wb)
	nearFragment := len(wa) >= 4 && lcs >= len(wa)-1 || len(wa) >= 3 && lcs == len(wa)
	if nearFragment && shared >= 2 && shared >= len(ca)-1 || len(wa) >= 8 && lcs*10 >= len(wa)*9 {
		return QuoteDifferentWord
	}
	if lcs, _ := commonWords(ca, cb); lcs >= 3 && float64(lcs) >= minOverlap*float64(len(ca)) {
		return QuoteDifferentWord
	}
	if commonRunContent(wa, wb) >= 2 {
		return QuoteDifferentWord
	}
	return QuoteUnrelated
}

// commonRunContent returns the most content words in a run of at least
// four words that a and b share ("we are closely monitoring").
func commonRunContent(a, b []string) int {
	if len(a) > maxCompareWords {
		a = a[:maxCompareWords]
	}
	if len(b) > maxCompareWords {
		b = b[:maxCompareWords]
	}
	best := 0
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cur[j] = 0
			if a[i-1] != b[j-1] {
				continue
			}
			cur[j] = prev[j-1] + 1
			if n := cur[j]; n >= 4 {
				c := len(contentWords(a[i-n : i]))
				best = max(best, c)
			}
		}
		prev, cur = cur, prev
	}
	return best
}

// contentWords returns the words that are not function words.
func contentWords(ws []string) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		if !claims.IsFunctionWord(w) {
			out = append(out, w)
		}
	}
	return out
}

// commonCount returns how many of the words of a occur in b.
func commonCount(a, b []string) int {
	in := make(map[string]bool, len(b))
	for _, w := range b {
		in[w] = true
	}
	n := 0
	for _, w := range a {
		if in[w] {
			n++
		}
	}
	return n
}

// containsRun reports whether short occurs as a contiguous run in long.
func containsRun(long, short []string) bool {
outer:
	for i := 0; i+len(short) <= len(long); i++ {
		for j, w := range short {
			if long[i+j] != w {
				continue outer
			}
		}
		return true
	}
	return false
}

// maxCompareWords bounds the quadratic word comparison of commonWords;
// longer quotes are compared on their first maxCompareWords words.
const maxCompareWords = 400

// commonWords returns the length of the longest common subsequence of a
// and b (words in order, gaps allowed) and of their longest common run.
func commonWords(a, b []string) (lcs, run int) {
	if len(a) > maxCompareWords {
		a = a[:maxCompareWords]
	}
	if len(b) > maxCompareWords {
		b = b[:maxCompareWords]
	}
	// Two rolling rows for each table.
	prevL, curL := make([]int, len(b)+1), make([]int, len(b)+1)
	prevR, curR := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				curL[j] = prevL[j-1] + 1
				curR[j] = prevR[j-1] + 1
				if curR[j] > run {
					run = curR[j]
				}
			} else {
				curL[j] = max(prevL[j], curL[j-1])
				curR[j] = 0
			}
		}
		prevL, curL = curL, prevL
		prevR, curR = curR, prevR
	}
	return prevL[len(b)], run
}

// wordAlignment returns, for two word lists, which words of each belong
// to a longest common subsequence of the two.
func wordAlignment(a, b []string) (inA, inB []bool) {
	if len(a) > maxCompareWords {
		a = a[:maxCompareWords]
	}
	if len(b) > maxCompareWords {
		b = b[:maxCompareWords]
	}
	n, m := len(a), len(b)
	t := make([][]int32, n+1)
	for i := range t {
		t[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i][j] = t[i+1][j+1] + 1
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	inA, inB = make([]bool, n), make([]bool, m)
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i] == b[j]:
			inA[i], inB[j] = true, true
			i++
			j++
		case t[i+1][j] >= t[i][j+1]:
			i++
		default:
			j++
		}
	}
	return inA, inB
}
