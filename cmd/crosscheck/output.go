package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

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

// checkOutputs makes sure, before a run, that every file it is asked to
// write can be: its folder exists. A problem is bad usage (exit 2) naming
// the setting and the path asked for.
func checkOutputs(cfg *config) error {
	var errs []error
	check := func(setting, path string) {
		dir := filepath.Dir(path)
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			errs = append(errs, fmt.Errorf("%s: cannot write %s: no folder %s", setting, path, dir))
		}
	}
	for _, out := range cfg.Out {
		_, path, _ := strings.Cut(out, "=")
		check(cfg.setting("out", out), path)
	}
	if cfg.WriteBaseline != "" {
		check(cfg.setting("write-baseline", cfg.WriteBaseline), cfg.WriteBaseline)
	}
	if len(errs) > 0 {
		return usageErr(errors.Join(errs...))
	}
	return nil
}

// writeReportFile writes rep in format to path atomically, so that a
// reader never sees half a report. A file that cannot be written is bad
// usage (exit 2), named as asked for.
func writeReportFile(path, format string, o report.Options, rep *findings.Report) error {
	fail := func(err error) error {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return usageErr(fmt.Errorf("--out %s=%s: cannot write %s: %v", format, path, path, err))
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".crosscheck-report-*")
	if err != nil {
		return fail(err)
	}
	defer os.Remove(tmp.Name())
	if err := printReport(tmp, format, o, rep); err != nil {
		tmp.Close()
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return fail(err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fail(err)
	}
	return nil
}
