package report

import (
	"encoding/json"
	"io"

	"github.com/newsdesk/crosscheck/findings"
)

// JSONVersion is the version of the JSON schema JSON writes when the report
// does not name one.
const JSONVersion = 1

// JSON prints a report as indented JSON with a stable schema:
//
//	{"version": 1,
//	 "articles": [{"id", "path", "title", "source", "published", "story", "claims"}],
//	 "stories": [{"id", "title", "articles"}],
//	 "findings": [{"id", "rule", "kind", "severity", "subject", "message",
//	               "claims": [{"article", "sentence", "text", "span": {"start", "end"},
//	                           "sentence_span", "value", ...}], ...}],
//	 "agreements", "suppressed" (only with ShowSuppressed), "errors", "skipped"}
//
// Every list but "suppressed" is always present, [] rather than null when
// empty; HTML characters are written as they are, not as \u003c escapes.
type JSON struct{ opt Options }

// jsonReport fixes the top-level field order and which lists are optional.
type jsonReport struct {
	Version    int                   `json:"version"`
	Articles   []findings.ArticleRef `json:"articles"`
	Stories    []findings.Story      `json:"stories"`
	Findings   []findings.Finding    `json:"findings"`
	Agreements []findings.Agreement  `json:"agreements"`
	Suppressed []findings.Finding    `json:"suppressed,omitempty"`
	Errors     []string              `json:"errors"`
	Skipped    []string              `json:"skipped"`
}

// Print writes r to w as JSON, ending with a newline.
func (p *JSON) Print(w io.Writer, r *findings.Report) error {
	out := jsonReport{
		Version:    r.Version,
		Articles:   nonNil(r.Articles),
		Stories:    nonNil(r.Stories),
		Findings:   jsonFindings(r.Findings),
		Agreements: nonNil(r.Agreements),
		Errors:     nonNil(r.Errors),
		Skipped:    nonNil(r.Skipped),
	}
	if out.Version == 0 {
		out.Version = JSONVersion
	}
	if p.opt.ShowSuppressed {
		out.Suppressed = jsonFindings(r.Suppressed)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// jsonFindings copies fs with every claims list non-nil.
func jsonFindings(fs []findings.Finding) []findings.Finding {
	out := make([]findings.Finding, len(fs))
	for i, f := range fs {
		f.Claims = nonNil(f.Claims)
		out[i] = f
	}
	return out
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
