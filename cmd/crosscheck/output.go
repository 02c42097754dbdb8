package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/newsdesk/crosscheck"
	"github.com/newsdesk/crosscheck/findings"
	"github.com/newsdesk/crosscheck/report"
	"github.com/newsdesk/crosscheck/rules"
)

// reportOptions builds the printers' options from the configuration and
// the rulebook's finding rules.
func reportOptions(cfg *config, rb *rules.Rulebook) report.Options {
	o := report.Options{
		ShowSuppressed: cfg.ShowSuppressed,
		Explain:        cfg.Explain,
		Tool:           report.ToolInfo{Name: "crosscheck", Version: crosscheck.Version, URI: "https://github.com/newsdesk/crosscheck", RulesURI: "https://github.com/newsdesk/crosscheck/blob/main/docs/rules.md"},
	}
	for _, f := range rb.Findings {
		o.Rules = append(o.Rules, report.RuleInfo{ID: f.ID, Description: f.Description, Severity: f.Severity})
	}
	return o
}

// printReport writes rep in format to w.
func printReport(w io.Writer, format string, o report.Options, rep *findings.Report) error {
	p, err := report.New(format, o)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	if err := p.Print(bw, rep); err != nil {
		return err
	}
	return bw.Flush()
}

// writeReportFile writes rep in format to path atomically, so that a
// reader never sees half a report.
func writeReportFile(path, format string, o report.Options, rep *findings.Report) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".crosscheck-report-*")
	if err != nil {
		return fmt.Errorf("--out %s=%s: %v", format, path, err)
	}
	defer os.Remove(tmp.Name())
	if err := printReport(tmp, format, o, rep); err != nil {
		tmp.Close()
		return fmt.Errorf("--out %s=%s: %v", format, path, err)
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
