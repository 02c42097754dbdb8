package compare

import (
	"strconv"
	"strings"
	"unicode"
)

// measureReach is how many words a measure's figure may stand from its
// word: "a magnitude-5.2 quake", "a magnitude of 6.1", "measuring 5.6 on
// the Richter scale".
const measureReach = 3

// otherMeasure returns an article of others whose headline and opening
// give the event a measure of its strength (lexicons.event_measures) that
// e's article does not give it, while neither shares a figure of it with
// the other, or "": a quake of magnitude 5.2 is not one of magnitude 5.6.
func (j *judge) otherMeasure(e tollEntry, others []tollEntry) string {
	a := j.leadMeasures(e.article)
	if len(a) == 0 {
		return ""
	}
	for _, o := range others {
		b := j.leadMeasures(o.article)
		if len(b) == 0 || o.article == e.article {
			continue
		}
		shared := false
		for v := range a {
			shared = shared || b[v]
		}
		if !shared {
			return o.article
		}
	}
	return ""
}

// leadMeasures returns the figures of event measures an article's
// headline and opening give, found once per article.
func (j *judge) leadMeasures(article string) map[float64]bool {
	if m, ok := j.measures[article]; ok {
		return m
	}
	if j.measures == nil {
		j.measures = map[string]map[float64]bool{}
	}
	var m map[float64]bool
	if a := j.st.Articles[article]; a != nil && len(j.c.measureWords) > 0 {
		m = measuresIn(headlineOnly(a.Title)+" . "+leadText(a), j.c.measureWords)
	}
	j.measures[article] = m
	return m
}

// measuresIn returns the figures standing within measureReach words of
// a measure word (is, lower-cased) in text, each the nearest figure to
// its word.
func measuresIn(text string, is map[string]bool) map[float64]bool {
	toks := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.'
	})
	for i, t := range toks {
		toks[i] = strings.Trim(t, ".")
	}
	out := map[float64]bool{}
	for i, t := range toks {
		if !is[t] {
			continue
		}
		for d := 1; d <= measureReach; d++ {
			if v, ok := figureAt(toks, i-d); ok {
				out[v] = true
				break
			}
			if v, ok := figureAt(toks, i+d); ok {
				out[v] = true
				break
			}
		}
	}
	return out
}

// figureAt returns the number token k of toks is, if any.
func figureAt(toks []string, k int) (float64, bool) {
	if k < 0 || k >= len(toks) || toks[k] == "" || !unicode.IsDigit(rune(toks[k][0])) {
		return 0, false
	}
	v, err := strconv.ParseFloat(toks[k], 64)
	return v, err == nil
}
