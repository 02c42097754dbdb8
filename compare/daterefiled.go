package compare

import (
	"slices"
	"strings"
	"unicode"
)

// refiledCopy says, when two sides date an event by the same relative
// words in the same sentence ("the minister visits Lisbon next week" in
// both), why the disagreement is no disagreement: the two reports are
// copies of one text filed on different days, and each relative date was
// counted from its own copy's publication date. Sentences nearly the same
// (a wire text re-edited: "said yesterday" for "said on Friday") count
// too, when nine in ten of their words are shared. It returns "" when no
// pair of the sides' dates is such a copy.
func refiledCopy(x, y []articleDate) string {
	for _, a := range x {
		da := a.head.Value.Date
		if da == nil || !da.Relative {
			continue
		}
		wa := sentenceWords(a.head.SentenceText)
		for _, b := range y {
			db := b.head.Value.Date
			if db == nil || !db.Relative || !strings.EqualFold(strings.TrimSpace(a.head.Text), strings.TrimSpace(b.head.Text)) {
				continue
			}
			wb := sentenceWords(b.head.SentenceText)
			switch {
			case slices.Equal(wa, wb):
				return "the same sentence in both reports; the dates differ only by their publication dates: a re-filed copy"
			case len(wa) >= 8 && len(wb) >= 8 && wordOverlap(wa, wb) >= 0.9:
				return "nearly the same sentence in both reports; the dates differ only by their publication dates: a re-filed copy"
			}
		}
	}
	return ""
}

// sentenceWords returns the lower-cased words of a sentence, punctuation
// and spacing left out.
func sentenceWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// wordOverlap returns the share of the longer word list's words that the
// other list holds, each word counted as often as it occurs in both.
func wordOverlap(a, b []string) float64 {
	count := map[string]int{}
	for _, w := range a {
		count[w]++
	}
	shared := 0
	for _, w := range b {
		if count[w] > 0 {
			count[w]--
			shared++
		}
	}
	return float64(shared) / float64(max(len(a), len(b)))
}
