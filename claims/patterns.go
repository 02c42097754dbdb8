package claims

import (
	"regexp"
	"strings"

	"github.com/newsdesk/crosscheck/rules"
)

// compiledPattern is a rulebook pattern ready to match. Its regex is
// compiled when a sentence first needs it (see patternSet).
type compiledPattern struct {
	p rules.Pattern
	// words are strings of which every match holds one (see
	// rules.PatternWords); nil when the pattern must run on every sentence.
	words []string
}

// patternRE is a pattern's compiled regex and the indexes of its groups.
type patternRE struct {
	re      *regexp.Regexp
	value   int // index of the value group, -1 for the whole match
	subject int // index of the subject group, -1 when absent
}

// compilePatterns prepares the rulebook's patterns. Each regex is checked
// here but compiled only when a sentence holds one of its words, and only
// a bounded number stay compiled, so that memory grows gently with the
// number of patterns and a sentence costs only the patterns it might match.
func (x *Extractor) compilePatterns() error {
	x.patterns = nil
	for _, p := range x.rb.Patterns {
		if err := rules.CheckPatternSyntax(p.Regex); err != nil {
			return err
		}
		x.patterns = append(x.patterns, &compiledPattern{p: p, words: rules.PatternWords(p.Regex)})
	}
	x.patternSet = newPatternSet(x.rb, x.patterns)
	return nil
}

// patternClaims extracts the claims of every rulebook pattern from s.
func (d *doc) patternClaims(s *sentence) {
	ps := d.x.patternSet
	if ps == nil || len(ps.pats) == 0 {
		return
	}
	for _, i := range ps.candidates(s.Text) {
		pr := ps.compiled(i)
		if pr == nil {
			continue
		}
		for _, m := range pr.re.FindAllStringSubmatchIndex(s.Text, -1) {
			d.patternClaim(s, ps.pats[i], pr, m)
		}
	}
}

// patternClaim turns one match into a claim with a value of the pattern's
// type; a match whose value cannot be read is dropped.
func (d *doc) patternClaim(s *sentence, cp *compiledPattern, pr *patternRE, m []int) {
	group := func(i int) (string, int, int) {
		if i < 0 || m[2*i] < 0 {
			return "", -1, -1
		}
		return s.Text[m[2*i]:m[2*i+1]], s.Start + m[2*i], s.Start + m[2*i+1]
	}
	vtext, vs, _ := group(pr.value)
	if pr.value < 0 {
		vtext, vs = s.Text[m[0]:m[1]], s.Start+m[0]
	}
	var v Value
	matched := []string{"patterns:" + cp.p.ID}
	switch cp.p.ValueType {
	case "number":
		toks := tokenize(vtext, vs)
		iv, n, mm, ok := d.x.parseNumber(toks, 0)
		if !ok || n == 0 {
			return
		}
		v.Number = &iv
		v.Unit = cp.p.Unit
		matched = append(matched, mm...)
	case "date":
		dv, ok := ResolveDate(vtext, d.art.Published, false)
		if !ok {
			return
		}
		v.Date = &dv
	case "category":
		toks := tokenize(vtext, vs)
		refs, n := d.x.categories.match(toks, 0)
		if n == 0 {
			return
		}
		v.Category = refs[0].ID
		matched = append(matched, "taxonomy:"+refs[0].ID)
	case "entity":
		toks := tokenize(vtext, vs)
		if refs, n := d.x.entities.match(toks, 0); n == len(toks) && n > 0 {
			v.Entity = d.x.rb.Entities[refs[0].Index].Name
		} else {
			v.Entity = strings.TrimSpace(vtext)
		}
	default:
		v.Text = strings.TrimSpace(vtext)
	}
	subj := cp.p.Unit
	if st, _, _ := group(pr.subject); st != "" {
		subj = strings.TrimSpace(st)
		toks := tokenize(subj, 0)
		if refs, n := d.x.entities.match(toks, 0); n == len(toks) && n > 0 {
			subj = d.x.rb.Entities[refs[0].Index].Name
		} else if k := d.people[strings.ToLower(subj)]; k != "" {
			subj = k
		}
	}
	kind := Kind(cp.p.Kind)
	c := Claim{
		Kind:    kind,
		Subject: Subject{Key: string(kind) + ":" + strings.ToLower(subj), Text: subj, Entity: subj},
		Value:   v,
		Rule:    "pattern:" + cp.p.ID,
		Matched: matched,
	}
	d.add(s, c, s.Start+m[0], s.Start+m[1])
}
