package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/newsdesk/crosscheck/findings"
)

// Explanation is what the explain printer says about one finding.
type Explanation struct {
	Finding *findings.Finding
	// RuleDescription is the finding rule's description in the rulebook.
	RuleDescription string
	// RuleDefinedAt is where the rule is defined ("rules.yaml:412:5"), or "".
	RuleDefinedAt string
}

// PrintExplanation writes why a finding fired: its rule and where the rule
// is defined, the comparison that fired, each side's claim with its value
// and sentence, and the rulebook entries each claim matched.
func PrintExplanation(w io.Writer, e Explanation) error {
	bw := bufio.NewWriter(w)
	f := e.Finding
	fmt.Fprintf(bw, "finding %s\n  rule      %s (%s)", f.ID, oneLine(f.Rule), f.Severity)
	if e.RuleDefinedAt != "" {
		fmt.Fprintf(bw, ", defined at %s", e.RuleDefinedAt)
	}
	fmt.Fprintln(bw)
	if e.RuleDescription != "" {
		fmt.Fprintf(bw, "  rule says %s\n", oneLine(e.RuleDescription))
	}
	fmt.Fprintf(bw, "  kind      %s\n  subject   %s\n  message   %s\n", f.Kind, oneLine(f.Subject), oneLine(f.Message))
	if f.Suppressed != "" {
		fmt.Fprintf(bw, "  hidden    %s\n", oneLine(f.Suppressed))
	}
	if x := f.Explanation; x != nil {
		fmt.Fprintf(bw, "  compared  %s: %s\n", oneLine(x.Comparison), oneLine(x.Detail))
	}
	for _, c := range f.Claims {
		fmt.Fprintf(bw, "\n  side %d: %s", c.Side+1, c.Article)
		if c.Line > 0 {
			fmt.Fprintf(bw, " (%s:%d:%d)", c.Path, c.Line, c.Col)
		}
		fmt.Fprintf(bw, "\n    claim     %s\n    value     %s\n    sentence  %s\n", quoteOnce(c.Text), oneLine(c.ValueText), quoteOnce(c.Sentence))
	}
	if x := f.Explanation; x != nil && len(x.Matched) > 0 {
		fmt.Fprintf(bw, "\n  matched rulebook entries, per claim:\n")
		for _, id := range sortedKeys(x.Matched) {
			fmt.Fprintf(bw, "    %s: %s\n", id, oneLine(strings.Join(x.Matched[id], ", ")))
		}
	}
	return bw.Flush()
}
