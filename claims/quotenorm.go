package claims

import (
	"strings"
	"unicode"
)

// Relations between two quotations, as returned by QuoteRelation.
const (
	QuoteSame          = "same"
	QuoteFragment      = "fragment"
	QuoteDifferentWord = "different-wording"
	QuoteUnrelated     = "unrelated"
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

// QuoteRelation compares two quotations after normalising both with opts
// (see NormaliseQuote). It returns:
//
//   - "same" when they are equal;
//   - "fragment" when the words of one are a contiguous run of the words
//     of the other (a partial quote of the same statement);
//   - "different-wording" when neither contains the other but they share
//     a substantial part: a common run of at least 4 words, or at least 3
//     words in order that make up half or more of the shorter quote;
//   - "unrelated" otherwise, and whenever either is empty.
func QuoteRelation(a, b string, opts []string) string {
	return QuoteRelationMin(a, b, opts, 0.5)
}

// QuoteRelationMin is QuoteRelation with the share of the shorter quote's
// words that two quotes must share in order to be the same quotation
// worded differently (the rulebook's compare.quote.min_overlap); 0 means
// one half.
func QuoteRelationMin(a, b string, opts []string, minOverlap float64) string {
	if minOverlap <= 0 {
		minOverlap = 0.5
	}
	na, nb := NormaliseQuote(a, opts), NormaliseQuote(b, opts)
	if na == "" || nb == "" {
		return QuoteUnrelated
	}
	if na == nb {
		return QuoteSame
	}
	wa, wb := strings.Fields(na), strings.Fields(nb)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == 0 {
		return QuoteUnrelated
	}
	if containsRun(wb, wa) {
		return QuoteFragment
	}
	lcs, run := commonWords(wa, wb)
	if run >= 4 || (lcs >= 3 && float64(lcs) >= minOverlap*float64(len(wa))) {
		return QuoteDifferentWord
	}
	return QuoteUnrelated
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
