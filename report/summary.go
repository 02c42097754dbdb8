package report

import (
	"fmt"
	"strings"

	"github.com/newsdesk/crosscheck/findings"
)

// counts tallies a report for its summary.
type counts struct {
	Findings, Errors, Warnings, Infos int
	Articles, Stories, Agreements     int
	Suppressed, InputErrors           int
	Skipped                           int
}

func countReport(r *findings.Report) counts {
	c := counts{
		Findings:    len(r.Findings),
		Articles:    len(r.Articles),
		Agreements:  len(r.Agreements),
		Suppressed:  len(r.Suppressed),
		InputErrors: len(r.Errors),
		Skipped:     len(r.Skipped),
		Stories:     len(r.Stories),
	}
	for _, f := range r.Findings {
		switch f.Severity {
		case findings.Error:
			c.Errors++
		case findings.Warning:
			c.Warnings++
		case findings.Info:
			c.Infos++
		}
	}
	if c.Stories == 0 {
		seen := map[string]bool{}
		for _, a := range r.Articles {
			if a.Story != "" {
				seen[a.Story] = true
			}
		}
		for _, f := range r.Findings {
			if f.Story != "" {
				seen[f.Story] = true
			}
		}
		c.Stories = len(seen)
	}
	return c
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// severityBreakdown says "1 error, 2 warnings, 2 info", leaving out zeros.
func (c counts) severityBreakdown() string {
	var parts []string
	if c.Errors > 0 {
		parts = append(parts, plural(c.Errors, "error", "errors"))
	}
	if c.Warnings > 0 {
		parts = append(parts, plural(c.Warnings, "warning", "warnings"))
	}
	if c.Infos > 0 {
		parts = append(parts, fmt.Sprintf("%d info", c.Infos))
	}
	if other := c.Findings - c.Errors - c.Warnings - c.Infos; other > 0 {
		parts = append(parts, fmt.Sprintf("%d unrated", other))
	}
	return strings.Join(parts, ", ")
}

// String is the one-line summary: "5 findings (1 error, 2 warnings, 2 info)
// in 5 articles, 1 story; 3 agreements; 1 suppressed; 1 input error".
func (c counts) String() string {
	var b strings.Builder
	b.WriteString(plural(c.Findings, "finding", "findings"))
	if s := c.severityBreakdown(); s != "" {
		b.WriteString(" (" + s + ")")
	}
	b.WriteString(" in " + plural(c.Articles, "article", "articles"))
	b.WriteString(", " + plural(c.Stories, "story", "stories"))
	b.WriteString("; " + plural(c.Agreements, "agreement", "agreements"))
	if c.Suppressed > 0 {
		b.WriteString("; " + fmt.Sprintf("%d suppressed", c.Suppressed))
	}
	if c.InputErrors > 0 {
		b.WriteString("; " + plural(c.InputErrors, "input error", "input errors"))
	}
	if c.Skipped > 0 {
		b.WriteString("; " + plural(c.Skipped, "empty input skipped", "empty inputs skipped"))
	}
	return b.String()
}

// agreementText says "26 killed: 3 sources agree".
func agreementText(a findings.Agreement) string {
	return fmt.Sprintf("%s: %s agree", oneLine(a.Value), plural(len(a.Articles), "source", "sources"))
}

// claimOrigin says "Reuters, reuters-1, 2025-04-22", leaving out what is
// unknown.
func claimOrigin(c findings.ClaimRef) string {
	var parts []string
	for _, p := range []string{c.Source, c.Article, c.Published} {
		if p = oneLine(p); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}
