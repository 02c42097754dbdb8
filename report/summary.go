package report

import (
	"fmt"
	"strings"

	"github.com/newsdesk/crosscheck/findings"
)

// counts tallies a report for its summary.
type counts struct {
	Findings, Errors, Warnings, Infos int
	Articles, Agreements              int
	// Stories counts every story of the articles checked, one-article
	// stories included; Compared those with several articles.
	Stories, Compared       int
	Suppressed, InputErrors int
	Skipped                 int
}

func countReport(r *findings.Report) counts {
	c := counts{
		Findings:    len(r.Findings),
		Articles:    len(r.Articles),
		Agreements:  len(r.Agreements),
		Suppressed:  len(r.Suppressed),
		InputErrors: len(r.Errors),
		Skipped:     len(r.Skipped),
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
	c.Stories, c.Compared = countStories(r)
	return c
}

// countStories counts the stories of a report's articles and those of them
// with several articles (archived ones included, when the report lists the
// story). An article without a story is a story of its own.
func countStories(r *findings.Report) (all, several int) {
	size := map[string]int{}
	for _, s := range r.Stories {
		size[s.ID] = len(s.Articles)
	}
	seen := map[string]int{}
	for _, a := range r.Articles {
		switch _, listed := size[a.Story]; {
		case a.Story == "":
			all++
		case !listed:
			seen[a.Story]++
		}
	}
	for _, m := range []map[string]int{size, seen} {
		for _, n := range m {
			all++
			if n > 1 {
				several++
			}
		}
	}
	return all, several
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
// in 5 articles, 2 stories (1 with several articles); 3 agreements; 1
// suppressed; 1 input error; 1 skipped".
func (c counts) String() string {
	var b strings.Builder
	b.WriteString(plural(c.Findings, "finding", "findings"))
	if s := c.severityBreakdown(); s != "" {
		b.WriteString(" (" + s + ")")
	}
	b.WriteString(" in " + plural(c.Articles, "article", "articles"))
	b.WriteString(", " + plural(c.Stories, "story", "stories") + fmt.Sprintf(" (%d with several articles)", c.Compared))
	b.WriteString("; " + plural(c.Agreements, "agreement", "agreements"))
	if c.Suppressed > 0 {
		b.WriteString("; " + fmt.Sprintf("%d suppressed", c.Suppressed))
	}
	if c.InputErrors > 0 {
		b.WriteString("; " + plural(c.InputErrors, "input error", "input errors"))
	}
	if c.Skipped > 0 {
		b.WriteString("; " + fmt.Sprintf("%d skipped", c.Skipped))
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
