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

Settings come from the flags, then CROSSCHECK_* environment variables (CROSSCHECK_FAIL_ON=error,
CROSSCHECK_FORMAT=json, CROSSCHECK_RULES=a.yaml,b.yaml, CROSSCHECK_COLOR=never), then .crosscheck.yaml
in the working directory or the nearest parent, whose keys are the flags' names (fail-on: error,
format: json, rules: [extra.yaml], index: archive/) and rulebook, the project's own layer. An unknown
key is an error. The text report wraps at the terminal's width (COLUMNS), 100 columns off a terminal.

Exit codes: 0 no finding at or above --fail-on (or a baseline written), 1 findings at or above
--fail-on, 2 bad usage or input, 3 internal failure, 130 interrupted (Ctrl-C; an index is left whole).`,
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
	f.String("write-baseline", "", "record the current findings in FILE, keeping the reasons of its entries; exits 0")
	f.Bool("show-suppressed", false, "show findings hidden by suppressions and baselines, with their reasons")
	f.Bool("explain", false, "show why each finding fired")
	f.String("color", colorAuto, "colour the text report: auto (on a terminal, unless NO_COLOR is set), always, never")
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
	if err := checkOutputs(cfg); err != nil {
		return err
	}
	var baseline *findings.Baseline
	if cfg.Baseline != "" {
		if baseline, err = findings.LoadBaseline(cfg.Baseline); err != nil {
			return usageErr(err)
		}
	}
	bar := newProgress(a.stderr, cfg.Quiet)
	in := a.readArticles(cfg, args)
	rep, err := checker.CheckContext(a.ctx, in.arts, crosscheck.Options{
		IndexDir: cfg.Index,
		NewOnly:  cfg.New,
		DryRun:   cfg.DryRun,
		Wait:     cfg.Wait,
		Waiting:  a.waiting,
		Progress: bar.update,
	})
	bar.finish()
	if err != nil {
		a.printInput(in)
		if crosscheck.IsInUse(err) {
			return usageErr(err)
		}
		return &exitError{code: exitInternal, err: err}
	}
	rep.Errors, rep.Skipped = in.errs, in.allSkipped()
	if baseline != nil {
		baseline.Apply(rep)
	}
	if cfg.WriteBaseline != "" {
		if err := a.writeBaseline(cfg.WriteBaseline, rep); err != nil {
			return err
		}
	}
	if err := a.writeReports(cfg, rb, rep); err != nil {
		return err
	}
	// The text report on a terminal lists the input's errors and what was skipped
	// after its findings; elsewhere they go to standard error, after the
	// report.
	if !strings.Contains(","+cfg.Format+",", ",text,") || terminal(a.stdout) == nil {
		a.printInput(in)
	}
	if cfg.WriteBaseline != "" {
		// Recording the findings is the point of the run: they do not fail it.
		return in.failed()
	}
	return exitFor(rep, cfg.FailOn, len(in.errs) > 0)
}

// writeBaseline records rep's findings in path, keeping the reasons of the
// entries an existing baseline there already has, and says what it wrote.
func (a *app) writeBaseline(path string, rep *findings.Report) error {
	var previous *findings.Baseline
	if _, err := os.Stat(path); err == nil {
		if previous, err = findings.LoadBaseline(path); err != nil {
			return usageErr(fmt.Errorf("--write-baseline %s: %v; remove it to start a new baseline", path, err))
		}
	}
	b := findings.NewBaseline(rep, previous, "accepted when the baseline was written")
	if err := b.Write(path); err != nil {
		return usageErr(fmt.Errorf("--write-baseline %s: cannot write it: %v", path, err))
	}
	msg := fmt.Sprintf("wrote %s to baseline %s", plural(len(b.Findings), "finding", "findings"), path)
	if previous != nil {
		ch := b.Compare(previous)
		msg += fmt.Sprintf(" (%d kept with their reasons, %d new, %d no longer found)", ch.Kept, ch.Added, ch.Dropped)
	}
	fmt.Fprintln(a.stderr, "crosscheck:", msg)
	return nil
}

// plural says "1 finding" or "3 findings".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// waiting says, once, what a --wait run waits for.
func (a *app) waiting(holder error) {
	fmt.Fprintf(a.stderr, "crosscheck: %v; waiting until it is free (--wait)\n", holder)
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
		if format == "text" {
			o.Color, o.Width = colorWanted(cfg.Color, a.stdout), textWidth(a.stdout)
		}
		if err := printReport(a.stdout, format, o, rep); err != nil {
			return &exitError{code: exitInternal, err: err}
		}
	}
	for _, out := range cfg.Out {
		format, path, _ := strings.Cut(out, "=")
		if err := writeReportFile(path, format, opts, rep); err != nil {
			return err
		}
	}
	return nil
}
