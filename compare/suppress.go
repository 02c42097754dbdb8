package compare

import (
	"path"
	"strings"

	"github.com/newsdesk/crosscheck/findings"
	"github.com/newsdesk/crosscheck/rules"
)

// Suppress moves the report's findings that match one of the rulebook's
// suppressions to its Suppressed list, with the suppression's reason. A
// suppression matches when all its non-empty fields match: the rule id, a
// glob over the ids (or paths) of the cited articles, and the subject
// (case-insensitive, substring).
func (c *Comparer) Suppress(rep *findings.Report) {
	if len(c.rb.Suppress) == 0 {
		return
	}
	rep.Hide(func(f *findings.Finding) string {
		for _, s := range c.rb.Suppress {
			if suppressionMatches(s, f) {
				return s.Reason
			}
		}
		return ""
	})
}

func suppressionMatches(s rules.Suppression, f *findings.Finding) bool {
	if s.Rule != "" && s.Rule != f.Rule {
		return false
	}
	if s.Subject != "" && !strings.Contains(strings.ToLower(f.Subject), strings.ToLower(s.Subject)) {
		return false
	}
	if s.Article != "" {
		for _, c := range f.Claims {
			if ok, _ := path.Match(s.Article, c.Article); ok {
				return true
			}
			if ok, _ := path.Match(s.Article, c.Path); ok {
				return true
			}
		}
		return false
	}
	return true
}
