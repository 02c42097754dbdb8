package crosscheck

import (
	"path"
	"strings"

	"github.com/newsdesk/crosscheck/findings"
)

// suppress moves findings that match a rulebook suppression to the
// report's Suppressed list, with the suppression's reason. A suppression
// matches when all its non-empty fields match: the rule id, a glob over the
// ids (or paths) of the cited articles, and the subject (case-insensitive,
// substring).
func (c *Checker) suppress(rep *findings.Report) {
	if len(c.rb.Suppress) == 0 {
		return
	}
	kept := rep.Findings[:0]
	for _, f := range rep.Findings {
		reason := ""
		for _, s := range c.rb.Suppress {
			if suppressionMatches(s.Rule, s.Article, s.Subject, &f) {
				reason = s.Reason
				break
			}
		}
		if reason == "" {
			kept = append(kept, f)
			continue
		}
		f.Suppressed = reason
		rep.Suppressed = append(rep.Suppressed, f)
	}
	rep.Findings = kept
}

func suppressionMatches(rule, articleGlob, subject string, f *findings.Finding) bool {
	if rule != "" && rule != f.Rule {
		return false
	}
	if subject != "" && !strings.Contains(strings.ToLower(f.Subject), strings.ToLower(subject)) {
		return false
	}
	if articleGlob != "" {
		hit := false
		for _, c := range f.Claims {
			if ok, _ := path.Match(articleGlob, c.Article); ok {
				hit = true
			} else if ok, _ := path.Match(articleGlob, c.Path); ok {
				hit = true
			}
		}
		if !hit {
			return false
		}
	}
	return true
}
