package compare

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/findings"
	"github.com/newsdesk/crosscheck/internal/unionfind"
	"github.com/newsdesk/crosscheck/rules"
)

// quotes compares quotations: the same speaker's statement printed with
// different words (a fragment of a longer quote is consistent), and the
// same words given to different speakers.
//
// Quotes of one speaker are versions of one statement when QuoteRelation
// relates them. Versions with equal words form one side; a fragment sides
// with the version it is a part of. One finding is made per pair of
// versions that differ, citing every article on each side, with the words
// each side lacks from the other marked.
func (j *judge) quotes(cls []*claims.Claim) {
	opts := j.c.settings[string(claims.Quote)].Normalise
	minOverlap := j.c.settings[string(claims.Quote)].MinOverlap
	variants := j.c.variants
	n := len(cls)
	// Quotes that share no content word of four letters or more cannot be
	// one statement; checking that first keeps big stories cheap.
	words := make([]map[string]bool, n)
	forms := make([]*quoteForm, n) // prepared when first compared
	form := func(i int) quoteForm {
		if forms[i] == nil {
			f := variants.form(cls[i].Value.Quote.Words, opts)
			forms[i] = &f
		}
		return *forms[i]
	}
	for i, c := range cls {
		words[i] = map[string]bool{}
		for _, w := range strings.Fields(claims.NormaliseQuote(c.Value.Quote.Words, []string{"case", "punctuation", "quotes"})) {
			if len(w) >= 4 && !claims.IsFunctionWord(w) {
				words[i][w] = true
			}
		}
	}
	same := unionfind.Indexes(n)  // equal words, one speaker
	agree := unionfind.Indexes(n) // equal words or fragments, one speaker
	rel := map[[2]int]string{}    // relations between quotes of one speaker
	// Claims come grouped by article: a run of one article's quotes is
	// stepped over whole, so that one article with thousands of quotes
	// costs its quotes times the other articles' quotes, not its own
	// quotes squared.
	runEnd := articleRuns(cls)
	for a := 0; a < n; a++ {
		for b := a + 1; b < n; b++ {
			x, y := cls[a], cls[b]
			if x.Article == y.Article {
				b = runEnd[b] - 1
				continue
			}
			if !sharesWord(words[a], words[b]) {
				continue
			}
			qx, qy := x.Value.Quote, y.Value.Quote
			r := variants.relate(form(a), form(b), minOverlap)
			if r == QuoteUnrelated {
				continue
			}
			// A stitched partial quote sides with its version but does
			// not make two versions agree.
			stitch := r == QuoteDifferentWord && stitched(x, y, opts)
			if stitch {
				r = QuoteFragment
			}
			// Only quotes whose speakers are both known are judged: an
			// unknown speaker may be anyone, and a quote's wording is only
			// comparable when the same person is quoted.
			if qx.Speaker == "" || qy.Speaker == "" {
				continue
			}
			if !j.sameSpeaker(x, y) {
				if (r == QuoteSame || r == QuoteFragment) && j.directSpeaker(x) && j.directSpeaker(y) && len(strings.Fields(shorter(qx.Words, qy.Words))) >= 6 {
					j.emit(claims.Quote, rules.OutcomeQuoteSpeaker, "“"+shorter(qx.Words, qy.Words)+"”", "speaker|"+normKey(shorter(qx.Words, qy.Words)),
						fmt.Sprintf("%s gives the words to %s, %s to %s", x.Article, qx.Speaker, y.Article, qy.Speaker),
						map[string]any{"Values": versus([]*claims.Claim{x}, []*claims.Claim{y})},
						side{claims: []*claims.Claim{x}}, side{claims: []*claims.Claim{y}})
				}
				continue
			}
			rel[[2]int{a, b}] = r
			switch r {
			case QuoteSame:
				same.Union(a, b)
				agree.Union(a, b)
			case QuoteFragment:
				if !stitch && len(strings.Fields(shorter(qx.Words, qy.Words))) >= 5 {
					agree.Union(a, b)
				}
			}
		}
	}
	j.wordingFindings(cls, form, rel, same, opts)
	// One agreement per quotation: the articles whose words are the same
	// or a fragment of one another, shown with the fullest wording.
	for _, members := range agree.Joined() {
		group := make([]*claims.Claim, len(members))
		longest := cls[members[0]]
		for i, m := range members {
			group[i] = cls[m]
			if len(cls[m].Value.Quote.Words) > len(longest.Value.Quote.Words) {
				longest = cls[m]
			}
		}
		j.agree(claims.Quote, longest.Value.Quote.Speaker, "“"+strings.TrimSpace(longest.Value.Quote.Words)+"”", group)
	}
}

// articleRuns returns, for each claim, the index just past the run of
// consecutive claims of its article that it starts or belongs to.
func articleRuns(cls []*claims.Claim) []int {
	end := make([]int, len(cls))
	for i := len(cls) - 1; i >= 0; i-- {
		if i+1 < len(cls) && cls[i+1].Article == cls[i].Article {
			end[i] = end[i+1]
		} else {
			end[i] = i + 1
		}
	}
	return end
}

// stitched reports whether the shorter of two quotes is a partial quote
// whose words all stand in order in the longer: phrases of one statement
// stitched together ("look at what's in the budget and make it fair" from
// "let's look at what's in the budget, and let's make it fair"), which agrees
// with it.
func stitched(x, y *claims.Claim, opts []string) bool {
	if len(x.Value.Quote.Words) > len(y.Value.Quote.Words) {
		x, y = y, x
	}
	if !x.Value.Quote.Partial {
		return false
	}
	a := strings.Fields(claims.NormaliseQuote(x.Value.Quote.Words, opts))
	b := strings.Fields(claims.NormaliseQuote(y.Value.Quote.Words, opts))
	lcs, _ := commonWords(a, b)
	return lcs == len(a)
}

// sameSpeaker reports whether two quotes have one speaker: the same person
// by name variants ("Laura Finch", "Laura J. Finch", "Finch"), or the same
// description word for word ("spokesman for the campaign").
func (j *judge) sameSpeaker(x, y *claims.Claim) bool {
	sx, sy := x.Value.Quote.Speaker, y.Value.Quote.Speaker
	if described(x) || described(y) {
		return descriptionKey(sx) == descriptionKey(sy)
	}
	return j.people.key(sx) == j.people.key(sy) || samePerson(j.speakerName(sx), j.speakerName(sy))
}

// speakerName is a speaker's name as names are compared: with straight
// apostrophes ("Ya’alon" is "Ya'alon") and without a leading honorific
// (the words of the rulebook's title "honorific": "Mr. Reyes" is
// "Reyes").
func (j *judge) speakerName(s string) string {
	s = claims.NormaliseQuote(s, []string{"quotes"})
	f := strings.Fields(s)
	if len(f) < 2 {
		return s
	}
	if j.c.honorifics[strings.ToLower(f[0])] {
		return strings.Join(f[1:], " ")
	}
	return s
}

// descriptionKey is the form in which two descriptions of a speaker are
// the same: lower case, without the possessive ending and a leading "the"
// ("Rubio’s campaign", "the Rubio campaign").
func descriptionKey(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	s = strings.ReplaceAll(s, "'s ", " ")
	s = strings.ReplaceAll(s, "' ", " ")
	return strings.TrimPrefix(strings.Join(strings.Fields(s), " "), "the ")
}

// described reports whether a quote's speaker is a description, not a
// name ("officials", "the influential daily").
func described(c *claims.Claim) bool {
	for _, m := range c.Matched {
		if m == "speaker:description" {
			return true
		}
	}
	return false
}

// wordingFindings reports each pair of differently worded versions of one
// statement once. Versions with equal words form one side; a fragment of a
// side's version that is not also part of the other side joins it, so
// three outlets printing two wordings make one finding, not two or three.
func (j *judge) wordingFindings(cls []*claims.Claim, form func(int) quoteForm, rel map[[2]int]string, same *unionfind.Sets[int], opts []string) {
	relOf := func(a, b int) string {
		if a > b {
			a, b = b, a
		}
		if r, ok := rel[[2]int{a, b}]; ok || cls[a].Article != cls[b].Article {
			return r
		}
		// Quotes of one article are not compared for findings, but a
		// side needs to know whether one is part of the other.
		r := j.c.variants.relate(form(a), form(b), 0)
		rel[[2]int{a, b}] = r
		return r
	}
	// fragmentOf reports whether quote a is a fragment of quote b.
	fragmentOf := func(a, b int) bool {
		return relOf(a, b) == QuoteFragment && len(cls[a].Value.Quote.Words) < len(cls[b].Value.Quote.Words)
	}
	// A version is a quote no other quote of its statement contains.
	isFragment := make([]bool, len(cls))
	var pairs [][2]int
	for k, r := range rel {
		if cls[k[0]].Article == cls[k[1]].Article {
			continue
		}
		switch {
		case r == QuoteDifferentWord:
			pairs = append(pairs, k)
		case fragmentOf(k[0], k[1]):
			isFragment[k[0]] = true
		case fragmentOf(k[1], k[0]):
			isFragment[k[1]] = true
		}
	}
	version := func(a int) bool { return !isFragment[a] }
	sort.Slice(pairs, func(a, b int) bool {
		if pairs[a][0] != pairs[b][0] {
			return pairs[a][0] < pairs[b][0]
		}
		return pairs[a][1] < pairs[b][1]
	})
	seen := map[[2]int]bool{}
	for _, p := range pairs {
		a, b := p[0], p[1]
		if !version(a) || !version(b) {
			continue // a fragment differing from a version: its own version's finding covers it
		}
		ra, rb := same.Find(a), same.Find(b)
		if ra == rb {
			continue
		}
		key := [2]int{min(ra, rb), max(ra, rb)}
		if seen[key] {
			continue
		}
		seen[key] = true
		sa, sb := side{marks: map[string][]findings.Mark{}}, side{marks: map[string][]findings.Mark{}}
		// A fragment of three words or more sides with the version it is
		// part of, unless it is part of both.
		sides := func(i, own, other int) bool {
			return len(strings.Fields(cls[i].Value.Quote.Words)) >= 3 && j.sameSpeaker(cls[i], cls[own]) &&
				fragmentOf(i, own) && !fragmentOf(i, other) && relOf(i, other) != QuoteSame
		}
		for i := range cls {
			ri := same.Find(i)
			switch {
			case ri == ra || ri != rb && sides(i, a, b):
				sa.claims = append(sa.claims, cls[i])
				sa.marks[cls[i].ID] = j.c.variants.wordDiffMarks(cls[i], cls[b], opts)
			case ri == rb || sides(i, b, a):
				sb.claims = append(sb.claims, cls[i])
				sb.marks[cls[i].ID] = j.c.variants.wordDiffMarks(cls[i], cls[a], opts)
			}
		}
		x, y := cls[a], cls[b]
		speaker := x.Value.Quote.Speaker
		if len(y.Value.Quote.Speaker) > len(speaker) && !described(y) {
			speaker = y.Value.Quote.Speaker
		}
		detail := fmt.Sprintf("the quotes are one statement worded differently after normalising %s", strings.Join(opts, ", "))
		if doubt := speakerDoubt(append(append([]*claims.Claim{}, sa.claims...), sb.claims...)); doubt != "" {
			detail += "; " + doubt
		}
		j.emit(claims.Quote, rules.OutcomeQuoteWording, speaker, "wording|"+j.people.key(speaker)+"|"+normKey(x.Value.Quote.Words)+"|"+normKey(y.Value.Quote.Words),
			detail, map[string]any{"Values": versus(sa.claims, sb.claims)}, sa, sb)
	}
}

// speakerDoubt says which quotes' speakers rest on a reference or a guess
// rather than a name at the quote, or "" when none does.
func speakerDoubt(cls []*claims.Claim) string {
	var parts []string
	for _, c := range cls {
		for _, m := range c.Matched {
			if why, ok := guessedSpeaker[m]; ok {
				parts = append(parts, fmt.Sprintf("%s's speaker %s", c.Article, why))
			}
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, ", ")
}

// guessedSpeaker explains the speaker resolutions that rest on a reference
// or a guess.
var guessedSpeaker = map[string]string{
	"speaker:pronoun":     "is resolved from a pronoun",
	"speaker:title":       "is the person last given that title",
	"speaker:previous":    "continues the previous quote",
	"speaker:colon":       "is named in the sentence before",
	"speaker:next":        "is named in the sentence after",
	"speaker:subject":     "is the subject of the clause, with no speech verb",
	"speaker:description": "is a description, not a name",
	"speaker:ambiguous":   "is a surname the article gives to several people",
}

func shorter(a, b string) string {
	if len(a) <= len(b) {
		return a
	}
	return b
}

func normKey(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(claims.NormaliseQuote(s, []string{"case", "punctuation", "space", "quotes"}))), " ")
}

// quoteWord is a word of a quote claim's text: its normalised form and its
// byte range in the claim's sentence.
type quoteWord struct {
	norm       string
	start, end int
}

// quoteWords splits a quote claim's text into words with their places in
// the claim's sentence: runs of letters and digits, with the apostrophes
// and hyphens inside them.
func quoteWords(c *claims.Claim, opts []string) []quoteWord {
	var out []quoteWord
	text := c.Text
	base := c.Span.Start - c.Sentence.Start
	inWord := func(k int) bool {
		r, _ := utf8.DecodeRuneInString(text[k:])
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	for i := 0; i < len(text); {
		if !inWord(i) {
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
			continue
		}
		k := i
		for k < len(text) {
			r, n := utf8.DecodeRuneInString(text[k:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || (r == '\'' || r == '’' || r == '-') && k+n < len(text) && inWord(k+n) {
				k += n
				continue
			}
			break
		}
		for _, w := range strings.Fields(claims.NormaliseQuote(text[i:k], opts)) {
			out = append(out, quoteWord{norm: w, start: base + i, end: base + k})
		}
		i = k
	}
	return out
}

// wordDiffMarks marks, in c's sentence, the runs of c's quoted words that
// the other quote's words do not align with; the whole quote when all
// align (the difference is then in what the other has). Words that are
// one word written two ways (see QuoteVariants.wordKey) align.
func (v *QuoteVariants) wordDiffMarks(c, other *claims.Claim, opts []string) []findings.Mark {
	wc := quoteWords(c, opts)
	wo := quoteWords(other, opts)
	a, b := make([]string, len(wc)), make([]string, len(wo))
	for i, w := range wc {
		a[i] = v.wordKey(w.norm)
	}
	for i, w := range wo {
		b[i] = v.wordKey(w.norm)
	}
	inC, _ := wordAlignment(a, b)
	aligned := func(i int) bool { return i < len(inC) && inC[i] }
	var out []findings.Mark
	for i, w := range wc {
		switch {
		case aligned(i):
		case i > 0 && !aligned(i-1) && len(out) > 0:
			out[len(out)-1].End = w.end // a run of differing words
		default:
			out = append(out, findings.Mark{Start: w.start, End: w.end})
		}
	}
	if len(out) == 0 {
		base := c.Span.Start - c.Sentence.Start
		out = append(out, findings.Mark{Start: base, End: base + len(c.Text)})
	}
	return out
}

// isPersonName reports whether a speaker is a person's full name ("Tammy
// Bruce") rather than an organisation, a title or a surname alone.
func isPersonName(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		if w == "" || strings.ToUpper(w[:1]) != w[:1] {
			return false
		}
	}
	return true
}

// directSpeaker reports whether a quote's speaker is a person named at the
// quote itself, not one resolved through a pronoun, a title or a previous
// quote: only such attributions are firm enough to set against another.
func (j *judge) directSpeaker(c *claims.Claim) bool {
	if !isPersonName(j.speakerName(c.Value.Quote.Speaker)) || j.c.entityNames[strings.ToLower(c.Value.Quote.Speaker)] {
		return false
	}
	for _, m := range c.Matched {
		if _, guessed := guessedSpeaker[m]; guessed {
			return false
		}
		switch m {
		case "quote:unclosed", "quote:continued":
			return false
		}
	}
	return true
}

// sharesWord reports whether two word sets meet.
func sharesWord(a, b map[string]bool) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for w := range a {
		if b[w] {
			return true
		}
	}
	return false
}
