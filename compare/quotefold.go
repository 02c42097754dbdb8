package compare

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/rules"
)

// QuoteVariants folds, between two normalised quotes, the differences of
// writing that are not differences of wording: a word or phrase of the
// rulebook's lexicons.variants written one way in one quote and another
// way in the other ("e-mail" and "email", "CEO" and "chief executive
// officer", "neighbour" and "neighbor"), a number in words and in digits
// ("five" and "5"), and a compound written open, hyphenated or closed
// ("work force", "work-force" and "workforce"). A nil *QuoteVariants
// folds numbers and compounds only.
type QuoteVariants struct {
	// phrases maps a normalised word or phrase to the normalised id it
	// is a variant of (the id maps to itself).
	phrases map[string]string
	// longest is the most words of a phrase.
	longest int
	// inside are the in-word spellings (id "-or", word "-our"), longest
	// variant first.
	inside []insideSpelling
	// symbols are the forms that normalising would drop ("%"), with the
	// id each is written as before normalising, in lexicon order.
	symbols [][2]string
}

// insideSpelling is a spelling inside a word: variant is written where
// canonical is meant.
type insideSpelling struct{ variant, canonical string }

// foldOpts normalise the lexicon's words the way the built-in rulebook
// normalises quotes.
var foldOpts = []string{"case", "punctuation", "space", "quotes"}

// NewQuoteVariants compiles the rulebook's variants.
func NewQuoteVariants(vs []rules.Variant) *QuoteVariants {
	v := &QuoteVariants{phrases: map[string]string{}}
	for _, e := range vs {
		if strings.HasPrefix(e.ID, "-") {
			canon := strings.ToLower(strings.TrimPrefix(e.ID, "-"))
			for _, w := range e.Words {
				if w = strings.ToLower(strings.TrimPrefix(w, "-")); w != "" && w != canon {
					v.inside = append(v.inside, insideSpelling{variant: w, canonical: canon})
				}
			}
			continue
		}
		id := claims.NormaliseQuote(e.ID, foldOpts)
		if id == "" {
			continue
		}
		for _, w := range append([]string{e.ID}, e.Words...) {
			n := claims.NormaliseQuote(w, foldOpts)
			if n == "" {
				if w = strings.TrimSpace(w); w != "" {
					v.symbols = append(v.symbols, [2]string{w, e.ID})
				}
				continue
			}
			if _, taken := v.phrases[n]; !taken {
				v.phrases[n] = id
			}
			v.longest = max(v.longest, len(strings.Fields(n)))
		}
	}
	sort.SliceStable(v.inside, func(a, b int) bool { return len(v.inside[a].variant) > len(v.inside[b].variant) })
	return v
}

// foldSide is one quote's words prepared for fold: what it needs of them
// computed once per quote, not once per pair.
type foldSide struct {
	words []string
	runs  []keyedRun      // variant and number runs (keyedRuns)
	set   map[string]bool // the words
	joins map[string]bool // two adjacent words written as one
	// spelled reports whether a word has an in-word spelling of the
	// variants.
	spelled bool
}

// side prepares words for fold.
func (v *QuoteVariants) side(ws []string) foldSide {
	f := foldSide{words: ws, runs: v.keyedRuns(ws), set: wordSet(ws), joins: map[string]bool{}}
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != gapWord && ws[i+1] != gapWord {
			f.joins[ws[i]+ws[i+1]] = true
		}
	}
	if v != nil {
		for _, w := range ws {
			if len(w) > 3 && v.canonicalSpelling(w) != w {
				f.spelled = true
				break
			}
		}
	}
	return f
}

// fold rewrites the words of two normalised quotes so that what both
// write, each its own way, is written alike in both. Only a form the
// other quote also has (by its key) is rewritten, so a word that merely
// could be a variant ("us") is left alone when the other quote does not
// have the thing it would stand for ("U.S.", "United States").
func (v *QuoteVariants) fold(fa, fb foldSide) ([]string, []string) {
	a, b := foldPhrases(fa.words, fb.words, fa.runs, fb.runs)
	setA, setB := fa.set, fb.set
	rewritten := !slices.Equal(a, fa.words) || !slices.Equal(b, fb.words)
	if rewritten {
		setA, setB = wordSet(a), wordSet(b)
	}
	if rewritten || meets(fa.joins, fb.words) || meets(fb.joins, fa.words) {
		a, b = joinCompounds(a, setB), joinCompounds(b, setA)
	}
	if fa.spelled || fb.spelled {
		a, b = v.foldInside(a, b)
	}
	return a, b
}

// meets reports whether a word of ws is in set.
func meets(set map[string]bool, ws []string) bool {
	for _, w := range ws {
		if set[w] {
			return true
		}
	}
	return false
}

// keyedRun is a run of words of a quote that stands for key.
type keyedRun struct {
	start, end int
	key        string
}

// keyedRuns finds, left to right and longest first, the runs of ws that
// are a lexicon variant or a number.
func (v *QuoteVariants) keyedRuns(ws []string) []keyedRun {
	var out []keyedRun
	longest := 2 // "twenty six"
	if v != nil {
		longest = max(longest, v.longest)
	}
	for i := 0; i < len(ws); {
		found := false
		for n := min(longest, len(ws)-i); n >= 1 && !found; n-- {
			run := ws[i : i+n]
			if run[0] == gapWord || run[n-1] == gapWord {
				continue
			}
			phrase := strings.Join(run, " ")
			if v != nil {
				if id, ok := v.phrases[phrase]; ok {
					out = append(out, keyedRun{i, i + n, id})
					i, found = i+n, true
					continue
				}
			}
			if n > 2 {
				continue
			}
			if d, ok := claims.QuoteNumber(strings.Join(run, "-")); ok {
				out = append(out, keyedRun{i, i + n, d})
				i, found = i+n, true
			} else if n == 1 && isDigits(phrase) {
				out = append(out, keyedRun{i, i + 1, phrase})
				i, found = i+1, true
			}
		}
		if !found {
			i++
		}
	}
	return out
}

// isDigits reports whether s is a figure.
func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// foldPhrases writes every variant or number run (ra of a, rb of b, as
// keyedRuns finds them) whose key both quotes have as its key.
func foldPhrases(a, b []string, ra, rb []keyedRun) ([]string, []string) {
	if len(ra) == 0 || len(rb) == 0 {
		return a, b
	}
	ka, kb := map[string]bool{}, map[string]bool{}
	for _, r := range ra {
		ka[r.key] = true
	}
	for _, r := range rb {
		kb[r.key] = true
	}
	rewrite := func(ws []string, runs []keyedRun, other map[string]bool) []string {
		out := make([]string, 0, len(ws))
		last := 0
		for _, r := range runs {
			if !other[r.key] {
				continue
			}
			out = append(out, ws[last:r.start]...)
			out = append(out, strings.Fields(r.key)...)
			last = r.end
		}
		return append(out, ws[last:]...)
	}
	return rewrite(a, ra, kb), rewrite(b, rb, ka)
}

// joinCompounds joins two adjacent words of ws that the other quote (its
// words in) writes as one ("work force" for "workforce", "e mail" for "email"; a
// hyphen is already a space).
func joinCompounds(ws []string, in map[string]bool) []string {
	if len(ws) < 2 {
		return ws
	}
	var out []string
	for i := 0; i < len(ws); i++ {
		if i+1 < len(ws) && ws[i] != gapWord && ws[i+1] != gapWord {
			if joined := ws[i] + ws[i+1]; in[joined] {
				if out == nil {
					out = append(make([]string, 0, len(ws)), ws[:i]...)
				}
				out = append(out, joined)
				i++
				continue
			}
		}
		if out != nil {
			out = append(out, ws[i])
		}
	}
	if out == nil {
		return ws
	}
	return out
}

// canonicalSpelling rewrites the in-word spellings of w, each after its
// first two letters ("neighbour" → "neighbor", "organise" → "organize";
// "our" and "four" are left alone).
func (v *QuoteVariants) canonicalSpelling(w string) string {
	for _, s := range v.inside {
		if k := strings.Index(w[min(2, len(w)):], s.variant); k >= 0 {
			w = w[:2+k] + s.canonical + w[2+k+len(s.variant):]
		}
	}
	return w
}

// foldInside rewrites a word of one quote into the other's spelling when
// the other has no such word but one that is the same in canonical
// spelling.
func (v *QuoteVariants) foldInside(a, b []string) ([]string, []string) {
	if v == nil || len(v.inside) == 0 {
		return a, b
	}
	inA, inB := wordSet(a), wordSet(b)
	onlyB := map[string]string{}
	for _, w := range b {
		if !inA[w] && len(w) > 3 {
			c := v.canonicalSpelling(w)
			if _, ok := onlyB[c]; !ok {
				onlyB[c] = w
			}
		}
	}
	if len(onlyB) == 0 {
		return a, b
	}
	var out []string
	for i, w := range a {
		if inB[w] || len(w) <= 3 {
			continue
		}
		if to, ok := onlyB[v.canonicalSpelling(w)]; ok {
			if out == nil {
				out = append([]string{}, a...)
			}
			out[i] = to
		}
	}
	if out == nil {
		return a, b
	}
	return out, b
}

// wordSet returns the words of ws as a set.
func wordSet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// wordKey is the form in which a single normalised word is compared for
// marking differences: a number word's figure ("five" → "5"), a one-word
// variant's one-word id ("e-mail" is one word here: "email"), or the
// word in canonical spelling ("neighbour" → "neighbor").
func (v *QuoteVariants) wordKey(w string) string {
	if d, ok := claims.QuoteNumber(w); ok {
		return d
	}
	if v == nil {
		return w
	}
	if id, ok := v.phrases[w]; ok && !strings.Contains(id, " ") {
		return id
	}
	return v.canonicalSpelling(w)
}

// spellSymbols writes the lexicon's symbol forms in s as their ids ("5%"
// → "5 percent"), which normalising would otherwise drop.
func (v *QuoteVariants) spellSymbols(s string) string {
	if v == nil {
		return s
	}
	for _, sym := range v.symbols {
		if strings.Contains(s, sym[0]) {
			s = strings.ReplaceAll(s, sym[0], " "+sym[1]+" ")
		}
	}
	return s
}
