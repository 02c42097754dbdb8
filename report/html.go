package report

import (
	_ "embed"
	"html/template"
	"io"
	"sort"
	"strings"

	"github.com/newsdesk/crosscheck/findings"
)

//go:embed html.tmpl
var htmlSource string

var htmlTemplate = template.Must(template.New("report").Parse(htmlSource))

// HTML prints a report as one self-contained page for editors: a summary,
// filters by kind and severity, findings grouped by story and subject with
// each side's sentence, labelled by outlet, headline and date, and the
// conflicting words highlighted, agreements, and last, collapsed, the
// input's errors and what was skipped, and the articles read. CSS and script are
// inline; all article text is escaped; the page fits a 1280-pixel window
// without scrolling sideways.
type HTML struct{ opt Options }

// Print writes r to w as an HTML page.
func (p *HTML) Print(w io.Writer, r *findings.Report) error {
	return htmlTemplate.Execute(w, p.page(r))
}

type htmlPage struct {
	Summary    string
	Counts     counts
	Severities []htmlFilter
	Kinds      []htmlFilter
	Stories    []htmlStory
	Suppressed []htmlFinding
	Errors     []string
	Skipped    []string
	Articles   []findings.ArticleRef
}

type htmlFilter struct {
	Value string
	Count int
}

type htmlStory struct {
	ID, Title  string
	Articles   int
	Subjects   []htmlSubject
	Agreements []htmlAgreement
}

type htmlSubject struct {
	Subject  string
	Findings []htmlFinding
}

type htmlAgreement struct {
	Subject, Text string
	Articles      []string
}

type htmlFinding struct {
	findings.Finding
	Explain bool
	Sides   []htmlSide
	Matched []htmlMatched
}

type htmlSide struct {
	N      int
	Claims []htmlClaim
}

// htmlClaim is one claim of a side, labelled by its article's outlet,
// headline and date.
type htmlClaim struct {
	findings.ClaimRef
	Headline string
	Segments []segment
}

type htmlMatched struct {
	Claim    string
	Patterns string
}

func (p *HTML) page(r *findings.Report) htmlPage {
	c := countReport(r)
	pg := htmlPage{
		Summary:  c.String(),
		Counts:   c,
		Errors:   r.Errors,
		Skipped:  r.Skipped,
		Articles: r.Articles,
	}
	headlines := map[string]string{}
	for _, a := range r.Articles {
		headlines[a.ID] = oneLine(a.Title)
	}
	for _, s := range []string{findings.Error, findings.Warning, findings.Info} {
		n := map[string]int{findings.Error: c.Errors, findings.Warning: c.Warnings, findings.Info: c.Infos}[s]
		pg.Severities = append(pg.Severities, htmlFilter{Value: s, Count: n})
	}
	all := r.Findings
	if p.opt.ShowSuppressed {
		all = append(append([]findings.Finding(nil), r.Findings...), r.Suppressed...)
	}
	kinds := map[string]int{}
	for _, f := range all {
		kinds[f.Kind]++
	}
	for _, k := range sortedKeys(kinds) {
		pg.Kinds = append(pg.Kinds, htmlFilter{Value: k, Count: kinds[k]})
	}
	for _, g := range groupByStory(r, r.Findings, true) {
		st := htmlStory{ID: g.ID, Title: storyTitle(g), Articles: g.Articles}
		for _, s := range g.Subjects {
			hs := htmlSubject{Subject: orDefault(s.Subject, "(no subject)")}
			for _, f := range s.Findings {
				hs.Findings = append(hs.Findings, htmlFindingOf(f, headlines, p.opt.Explain))
			}
			st.Subjects = append(st.Subjects, hs)
		}
		for _, a := range g.Agreements {
			ids := append([]string(nil), a.Articles...)
			sort.Strings(ids)
			st.Agreements = append(st.Agreements, htmlAgreement{Subject: a.Subject, Text: agreementText(a), Articles: ids})
		}
		pg.Stories = append(pg.Stories, st)
	}
	if p.opt.ShowSuppressed {
		for _, f := range r.Suppressed {
			pg.Suppressed = append(pg.Suppressed, htmlFindingOf(f, headlines, p.opt.Explain))
		}
	}
	return pg
}

func htmlFindingOf(f findings.Finding, headlines map[string]string, explain bool) htmlFinding {
	hf := htmlFinding{Finding: f, Explain: explain}
	for _, sd := range sides(f) {
		hsd := htmlSide{N: len(hf.Sides) + 1}
		for _, c := range sd.Claims {
			hsd.Claims = append(hsd.Claims, htmlClaim{ClaimRef: c, Headline: headlines[c.Article], Segments: segments(c.Sentence, claimMarks(c), false)})
		}
		hf.Sides = append(hf.Sides, hsd)
	}
	if f.Explanation != nil {
		for _, k := range sortedKeys(f.Explanation.Matched) {
			hf.Matched = append(hf.Matched, htmlMatched{Claim: k, Patterns: strings.Join(f.Explanation.Matched[k], ", ")})
		}
	}
	return hf
}
