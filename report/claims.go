package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/compare"
)

// ArticleClaims is one article and the claims extracted from it, what the
// claims printers show.
type ArticleClaims struct {
	Article *article.Article
	Claims  []claims.Claim
}

// ClaimsFormats are the formats PrintClaims accepts.
var ClaimsFormats = []string{"text", "json"}

// PrintClaims writes what was extracted from each article: in "text", a
// heading per article and a line per claim with its position, kind,
// subject, value and how it is stated, then its words; in "json", an array
// of {"id", "path", "title", "claims"} whose claims are claims.Claim as JSON
// (offsets as "span" and "sentence_span").
func PrintClaims(w io.Writer, format string, all []ArticleClaims) error {
	switch format {
	case "json":
		return claimsJSON(w, all)
	case "text":
		return claimsText(w, all)
	}
	return fmt.Errorf("unknown claims format %q: want %s", format, strings.Join(ClaimsFormats, " or "))
}

// articleClaimsJSON is one article's claims in JSON.
type articleClaimsJSON struct {
	ID     string         `json:"id"`
	Path   string         `json:"path"`
	Title  string         `json:"title,omitempty"`
	Claims []claims.Claim `json:"claims"`
}

func claimsJSON(w io.Writer, all []ArticleClaims) error {
	out := make([]articleClaimsJSON, len(all))
	for i, ac := range all {
		out[i] = articleClaimsJSON{ID: ac.Article.ID, Path: ac.Article.Path, Title: ac.Article.Title, Claims: nonNil(ac.Claims)}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func claimsText(w io.Writer, all []ArticleClaims) error {
	bw := bufio.NewWriter(w)
	for _, ac := range all {
		art := ac.Article
		fmt.Fprintf(bw, "== %s (%s)", art.ID, art.Path)
		if art.Title != "" {
			fmt.Fprintf(bw, " %s", quoteOnce(art.Title))
		}
		if art.HasDate() {
			fmt.Fprintf(bw, " published %s", art.Published.Format("2006-01-02"))
		}
		fmt.Fprintf(bw, ": %s\n", plural(len(ac.Claims), "claim", "claims"))
		for _, cl := range ac.Claims {
			line, col := art.Position(cl.Span.Start)
			fmt.Fprintf(bw, "  %d:%d %-11s %-28s %s  [%s]\n", line, col, cl.Kind, clip(oneLine(cl.Subject.Key), 28), oneLine(compare.ValueText(&cl)), statedText(cl.Stated))
			fmt.Fprintf(bw, "      %s\n", quoteOnce(cl.Text))
		}
	}
	return bw.Flush()
}

// quoteOnce puts s, on one line, between quotation marks unless it already
// stands between them; nothing is escaped.
func quoteOnce(s string) string {
	s = oneLine(s)
	if r := []rune(s); len(r) > 1 && strings.ContainsRune(`"“„«‘'`, r[0]) && strings.ContainsRune(`"”»’'`, r[len(r)-1]) {
		return s
	}
	return `"` + s + `"`
}

// clip cuts s to n runes, ending with an ellipsis when cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// statedText says how a claim is stated: "attributed; by police; hedged:
// reportedly; negated".
func statedText(s claims.Stated) string {
	parts := []string{s.Mode}
	if s.Source != "" {
		parts = append(parts, "by "+s.Source)
	}
	if len(s.Hedges) > 0 {
		parts = append(parts, "hedged: "+strings.Join(s.Hedges, ", "))
	}
	if s.Negated {
		parts = append(parts, "negated")
	}
	return oneLine(strings.Join(parts, "; "))
}
