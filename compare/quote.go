package compare

import (
	"fmt"
	"strings"

	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/findings"
)

// quotes compares quotations: the same speaker's words printed differently
// (a fragment of a longer quote is consistent), and the same words given to
// different speakers.
func (j *judge) quotes(cls []*claims.Claim) {
	opts := j.c.settings[string(claims.Quote)].Normalise
	minOverlap := j.c.settings[string(claims.Quote)].MinOverlap
	agree := newUnion(len(cls))
	var wordings [][2]int
	// Quotes that share no word of four letters or more cannot be the same
	// quotation; checking that first keeps big stories cheap.
	words := make([]map[string]bool, len(cls))
	for i, c := range cls {
		words[i] = map[string]bool{}
		for _, w := range strings.Fields(claims.NormaliseQuote(c.Value.Quote.Words, []string{"case", "punctuation", "quotes"})) {
			if len(w) >= 4 {
				words[i][w] = true
			}
		}
	}
	// Claims come grouped by article: a run of one article's quotes is
	// stepped over whole, so that one article with thousands of quotes
	// costs its quotes times the other articles' quotes, not its own
	// quotes squared.
	runEnd := articleRuns(cls)
	for a := 0; a < len(cls); a++ {
		for b := a + 1; b < len(cls); b++ {
			x, y := cls[a], cls[b]
			if x.Article == y.Article {
				b = runEnd[b] - 1
				continue
			}
			if !sharesWord(words[a], words[b]) {
				continue
			}
			qx, qy := x.Value.Quote, y.Value.Quote
			rel := claims.QuoteRelationMin(qx.Words, qy.Words, opts, minOverlap)
			if rel == "unrelated" {
				continue
			}
			// Only quotes whose speakers are both known are judged: an
			// unknown speaker may be anyone, and a quote's wording is only
			// comparable when the same person is quoted.
			if qx.Speaker == "" || qy.Speaker == "" {
				continue
			}
			sx := j.people.key(qx.Speaker)
			sameSpeaker := sx == j.people.key(qy.Speaker) || samePerson(qx.Speaker, qy.Speaker)
			switch {
			case !sameSpeaker && (rel == "same" || rel == "fragment") && j.directSpeaker(x) && j.directSpeaker(y) && len(strings.Fields(shorter(qx.Words, qy.Words))) >= 6:
				j.emit(claims.Quote, "quote-speaker", "“"+shorter(qx.Words, qy.Words)+"”", "speaker|"+normKey(shorter(qx.Words, qy.Words)),
					fmt.Sprintf("%s gives the words to %s, %s to %s", x.Article, qx.Speaker, y.Article, qy.Speaker),
					map[string]any{"Values": versus([]*claims.Claim{x}, []*claims.Claim{y})},
					side{claims: []*claims.Claim{x}}, side{claims: []*claims.Claim{y}})
			case sameSpeaker && rel == "different-wording":
				wordings = append(wordings, [2]int{a, b})
			case sameSpeaker && len(strings.Fields(shorter(qx.Words, qy.Words))) >= 5:
				agree.join(a, b)
			}
		}
	}
	j.wordingFindings(cls, agree, wordings, opts)
	// One agreement per quotation: the articles whose words are the same
	// or a fragment of one another, shown with the fullest wording.
	for _, members := range agree.groups() {
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

// union is a union-find over claim indexes.
type union struct{ parent []int }

func newUnion(n int) *union {
	u := &union{parent: make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *union) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

func (u *union) join(a, b int) { u.parent[u.find(a)] = u.find(b) }

// sets returns every set of joined indexes, singletons included, in
// index order.
func (u *union) sets() [][]int {
	byRoot := map[int][]int{}
	var roots []int
	for i := range u.parent {
		r := u.find(i)
		if byRoot[r] == nil {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], i)
	}
	out := make([][]int, 0, len(roots))
	for _, r := range roots {
		out = append(out, byRoot[r])
	}
	return out
}

// groups returns the sets of two or more joined indexes, in index order.
func (u *union) groups() [][]int {
	var out [][]int
	for _, set := range u.sets() {
		if len(set) > 1 {
			out = append(out, set)
		}
	}
	return out
}

// wordingFindings reports each pair of differently worded quotations once:
// the quotes that agree with each other (the same words, or a fragment of
// them) form one side, so two outlets printing one wording and a third
// printing another make one finding, not two.
func (j *judge) wordingFindings(cls []*claims.Claim, agree *union, pairs [][2]int, opts []string) {
	members := map[int][]int{}
	for i := range cls {
		r := agree.find(i)
		members[r] = append(members[r], i)
	}
	seen := map[[2]int]bool{}
	for _, p := range pairs {
		ra, rb := agree.find(p[0]), agree.find(p[1])
		if ra == rb {
			continue
		}
		key := [2]int{min(ra, rb), max(ra, rb)}
		if seen[key] {
			continue
		}
		seen[key] = true
		x, y := cls[p[0]], cls[p[1]]
		mx, my := wordDiffMarks(x, y, opts)
		sa, sb := side{marks: mx}, side{marks: my}
		for _, m := range members[ra] {
			sa.claims = append(sa.claims, cls[m])
		}
		for _, m := range members[rb] {
			sb.claims = append(sb.claims, cls[m])
		}
		speaker := x.Value.Quote.Speaker
		j.emit(claims.Quote, "quote-wording", speaker, "wording|"+j.people.key(speaker)+"|"+normKey(x.Value.Quote.Words)+"|"+normKey(y.Value.Quote.Words),
			fmt.Sprintf("the quotes share words but neither contains the other after normalising %s", strings.Join(opts, ", ")),
			map[string]any{"Values": versus(sa.claims, sb.claims)}, sa, sb)
	}
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

// wordDiffMarks marks, in each quote's sentence, the words of the quote that
// the other quote lacks.
func wordDiffMarks(x, y *claims.Claim, opts []string) (map[string][]findings.Mark, map[string][]findings.Mark) {
	words := func(c *claims.Claim) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(claims.NormaliseQuote(c.Value.Quote.Words, opts)) {
			m[w] = true
		}
		return m
	}
	wx, wy := words(x), words(y)
	return map[string][]findings.Mark{x.ID: marksMissing(x, wy, opts)}, map[string][]findings.Mark{y.ID: marksMissing(y, wx, opts)}
}

// marksMissing marks words of c's span that are not in other.
func marksMissing(c *claims.Claim, other map[string]bool, opts []string) []findings.Mark {
	var out []findings.Mark
	text := c.Text
	base := c.Span.Start - c.Sentence.Start
	i := 0
	for i < len(text) {
		for i < len(text) && !isWordByte(text[i]) {
			i++
		}
		j := i
		for j < len(text) && (isWordByte(text[j]) || text[j] == '\'') {
			j++
		}
		if j > i {
			w := strings.TrimSpace(claims.NormaliseQuote(text[i:j], opts))
			if w != "" && !other[w] {
				out = append(out, findings.Mark{Start: base + i, End: base + j})
			}
		}
		i = j
	}
	if len(out) == 0 {
		out = append(out, findings.Mark{Start: base, End: base + len(text)})
	}
	return out
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
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
	if !isPersonName(c.Value.Quote.Speaker) || j.c.entityNames[strings.ToLower(c.Value.Quote.Speaker)] {
		return false
	}
	for _, m := range c.Matched {
		switch m {
		case "speaker:pronoun", "speaker:title", "speaker:previous", "quote:unclosed", "quote:continued":
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
