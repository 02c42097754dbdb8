package compare

import (
	"strconv"

	"github.com/newsdesk/crosscheck/findings"
)

// onePerDisagreement keeps one finding per disagreement. Findings of one
// kind and subject that cite the same claims (by article and span, on
// whatever side) report one disagreement, however many comparisons saw it
// ("A gives a title B lacks", "B gives a title A lacks" and "A and B give
// different titles" for one pair of sentences); so does a finding whose
// claims another finding of the subject cites all of, at no lower a
// severity (a pair of articles inside the finding that lists every article
// on each side). Of findings with the same claims the one kept is the most
// severe; among equals, the one whose rule the rulebook lists first, then
// the smallest id. Kept findings keep their own ids (fingerprints), so ids
// stay stable.
func (c *Comparer) onePerDisagreement(fs []findings.Finding) []findings.Finding {
	if len(fs) < 2 {
		return fs
	}
	cited := make([]map[string]bool, len(fs))
	for i := range fs {
		cited[i] = citedClaims(&fs[i])
	}
	drop := make([]bool, len(fs))
	for i := range fs {
		for k := range fs {
			if i == k || drop[k] || fs[i].Kind != fs[k].Kind || fs[i].Subject != fs[k].Subject {
				continue
			}
			if !subset(cited[i], cited[k]) {
				continue
			}
			same := len(cited[i]) == len(cited[k])
			if same && c.preferred(&fs[k], &fs[i]) ||
				!same && findings.SeverityRank(fs[k].Severity) >= findings.SeverityRank(fs[i].Severity) {
				drop[i] = true
				break
			}
		}
	}
	out := fs[:0:0]
	for i := range fs {
		if !drop[i] {
			out = append(out, fs[i])
		}
	}
	return out
}

// preferred reports whether finding a is kept over b when both cite the
// same claims.
func (c *Comparer) preferred(a, b *findings.Finding) bool {
	if ra, rb := findings.SeverityRank(a.Severity), findings.SeverityRank(b.Severity); ra != rb {
		return ra > rb
	}
	oa, oka := c.ruleOrder[a.Rule]
	ob, okb := c.ruleOrder[b.Rule]
	if oka && okb && oa != ob {
		return oa < ob
	}
	return a.ID < b.ID
}

// citedClaims is the set of claims a finding cites, by article and span.
func citedClaims(f *findings.Finding) map[string]bool {
	m := make(map[string]bool, len(f.Claims))
	for _, c := range f.Claims {
		m[c.Article+"\x1f"+strconv.Itoa(c.Start)+"\x1f"+strconv.Itoa(c.End)] = true
	}
	return m
}

// subset reports whether every element of a is in b.
func subset(a, b map[string]bool) bool {
	if len(a) > len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}
