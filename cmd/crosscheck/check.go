package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsdesk/crosscheck"
	"github.com/newsdesk/crosscheck/findings"
	"github.com/newsdesk/crosscheck/rules"
)

func (a *app) checkCommand() *cobra.Command {
	c := &cobra.Command{
		Use:   "check [flags] PATH...",
		Short: "Check a batch of articles for disagreements between sources",
		Long: `Check reads the articles under each PATH (files, directories, or - for standard input), extracts
their claims, groups them into stories and reports where the sources of a story disagree.

Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 bad usage or input, 3 internal failure.`,
		Args: atLeast(1, "at least one PATH (a file, a directory, or - for standard input)"),
		RunE: a.runCheck,
	}
	f := c.Flags()
	f.String("format", "text", "output format: text, json, markdown, sarif, github, html")
	f.StringArray("out", nil, "also write FORMAT=PATH (repeatable)")
	f.String("fail-on", "warning", "exit 1 on findings at or above: info, warning, error, none")
	f.String("index", "", "on-disk index DIR to check against and add to")
	f.Bool("new", false, "report only findings involving the new articles (needs --index)")
	f.Bool("dry-run", false, "leave the index untouched")
	f.Bool("wait", false, "wait for another process using the index")
	f.String("baseline", "", "hide findings recorded in this baseline FILE")
	f.String("write-baseline", "", "record the current findings in FILE")
	f.Bool("show-suppressed", false, "show findings hidden by suppressions and baselines, with their reasons")
	f.Bool("explain", false, "show why each finding fired")
	f.BoolP("quiet", "q", false, "no progress bar")
	f.Int("max-article-mb", 8, "refuse articles larger than this many MiB")
	addRulesFlag(c)
	return c
}

func (a *app) runCheck(c *cobra.Command, args []string) error {
	su, err := a.setUp(c)
	if err != nil {
		return err
	}
	cfg, rb, checker := su.cfg, su.rb, su.checker
	var baseline *crosscheck.Baseline
	if cfg.Baseline != "" {
		if baseline, err = crosscheck.LoadBaseline(cfg.Baseline); err != nil {
			return usageErr(err)
		}
	}
	bar := newProgress(a.stderr, cfg.Quiet)
	arts, inputErrs, skipped := a.readInputs(cfg, args)
	rep, err := checker.Check(arts, crosscheck.Options{
		IndexDir: cfg.Index,
		NewOnly:  cfg.New,
		DryRun:   cfg.DryRun,
		Wait:     cfg.Wait,
		Progress: bar.update,
	})
	bar.finish()
	if err != nil {
		if crosscheck.IsInUse(err) {
			return usageErr(err)
		}
		return &exitError{code: exitInternal, err: err}
	}
	rep.Errors = inputErrs
	rep.Skipped = skipped
	if baseline != nil {
		baseline.Apply(rep)
	}
	if cfg.WriteBaseline != "" {
		if err := crosscheck.NewBaseline(rep, "accepted when the baseline was written").Write(cfg.WriteBaseline); err != nil {
			return &exitError{code: exitInternal, err: fmt.Errorf("writing baseline: %v", err)}
		}
	}
	if err := a.writeReports(cfg, rb, rep); err != nil {
		return err
	}
	return exitFor(rep, cfg.FailOn, len(inputErrs) > 0)
}

// exitFor decides the exit code: bad input first, then findings at or
// above the threshold.
func exitFor(rep *findings.Report, failOn string, badInput bool) error {
	if badInput {
		return &exitError{code: exitInput}
	}
	if failOn == "none" {
		return nil
	}
	if findings.SeverityRank(rep.MaxSeverity()) >= findings.SeverityRank(failOn) {
		return &exitError{code: exitFindings}
	}
	return nil
}

// writeReports prints the --format report to standard output and each
// --out report to its file.
func (a *app) writeReports(cfg *config, rb *rules.Rulebook, rep *findings.Report) error {
	opts := reportOptions(cfg, rb)
	for _, format := range strings.Split(cfg.Format, ",") {
		o := opts
		o.Color = format == "text" && a.stdout == os.Stdout && colorWanted()
		if err := printReport(a.stdout, format, o, rep); err != nil {
			return &exitError{code: exitInternal, err: err}
		}
	}
	for _, out := range cfg.Out {
		format, path, _ := strings.Cut(out, "=")
		if err := writeReportFile(path, format, opts, rep); err != nil {
			return &exitError{code: exitInternal, err: err}
		}
	}
	return nil
}
