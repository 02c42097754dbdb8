// Package report prints a findings.Report for people and tools: plain or
// coloured text for a terminal, JSON with a stable schema, Markdown for a pull
// request or a newsroom chat, SARIF 2.1.0 for code scanning, GitHub Actions
// workflow commands, and a self-contained HTML page for editors.
//
// It also prints what the other commands show: PrintClaims, the claims
// extracted from each article, and PrintExplanation, why a finding fired.
//
// The report printers read only package findings, and every printer writes
// deterministic output: the same input always prints the same bytes. Nothing
// here looks at the terminal or the environment; the caller says, through
// Options, whether to colour and how wide to wrap.
package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/newsdesk/crosscheck/findings"
)

// ToolInfo describes the program that produced the report, for SARIF.
type ToolInfo struct {
	// Name is the tool's name ("crosscheck").
	Name string
	// Version is the tool's version.
	Version string
	// URI is where the tool is documented (SARIF informationUri).
	URI string
	// RulesURI is where the rules are documented; a rule's help link is
	// RulesURI + "#" + rule id.
	RulesURI string
}

// RuleInfo describes one finding rule, for SARIF rule metadata.
type RuleInfo struct {
	// ID is the rule's id, as in findings.Finding.Rule.
	ID string
	// Description explains the rule in one or two sentences.
	Description string
	// Severity is the rule's default severity: info, warning or error.
	Severity string
}

// Options tune the printers. The zero value prints plain, uncoloured output
// without suppressed findings or explanations.
type Options struct {
	// Color turns on ANSI colours in the text format.
	Color bool
	// Width is the column the text format wraps at (a terminal's width);
	// 0 means DefaultWidth.
	Width int
	// ShowSuppressed prints suppressed findings with their reasons.
	ShowSuppressed bool
	// Explain prints why each rule fired, when the finding says.
	Explain bool
	// Tool names the program, for SARIF.
	Tool ToolInfo
	// Rules are the rules' metadata, for SARIF.
	Rules []RuleInfo
}

// Printer writes a report in one format.
type Printer interface {
	// Print writes r to w.
	Print(w io.Writer, r *findings.Report) error
}

var constructors = map[string]func(Options) Printer{
	"text":     func(o Options) Printer { return &Text{opt: o} },
	"json":     func(o Options) Printer { return &JSON{opt: o} },
	"markdown": func(o Options) Printer { return &Markdown{opt: o} },
	"sarif":    func(o Options) Printer { return &SARIF{opt: o} },
	"github":   func(o Options) Printer { return &GitHub{opt: o} },
	"html":     func(o Options) Printer { return &HTML{opt: o} },
}

// Formats returns the names of the formats New accepts, sorted.
func Formats() []string {
	names := make([]string, 0, len(constructors))
	for name := range constructors {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// New returns the printer for format, one of Formats().
func New(format string, opt Options) (Printer, error) {
	c, ok := constructors[strings.ToLower(strings.TrimSpace(format))]
	if !ok {
		return nil, fmt.Errorf("unknown output format %q: want one of %s", format, strings.Join(Formats(), ", "))
	}
	return c(opt), nil
}
