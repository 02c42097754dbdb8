package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/newsdesk/crosscheck"
	"github.com/newsdesk/crosscheck/rules"
	"github.com/newsdesk/crosscheck/ruletest"
)

func (a *app) rulesCommand() *cobra.Command {
	c := &cobra.Command{
		Use:   "rules",
		Short: "Show, validate and test rulebooks",
	}
	dump := &cobra.Command{
		Use:   "dump",
		Short: "Print the merged rulebook, with the file each entry came from",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			cfg, err := loadConfig(c.Flags())
			if err != nil {
				return usageErr(err)
			}
			rb, src, err := a.loadRules(cfg)
			if err != nil {
				return err
			}
			if err := rules.Dump(a.stdout, rb, src); err != nil {
				return &exitError{code: exitInternal, err: err}
			}
			return nil
		},
	}
	addRulesFlag(dump)
	lint := &cobra.Command{
		Use:   "lint [FILE...]",
		Short: "Validate rulebook layers: every problem as file:line:col: message",
		Long:  "Lint checks each FILE as a layer on top of the built-in rulebook (the built-in rulebook alone without FILEs)\nand reports every problem as file:line:col: message. Exit code 2 when there is any.",
		RunE: func(c *cobra.Command, args []string) error {
			errs := rules.Lint(crosscheck.DefaultRules, crosscheck.DefaultRulesName, args...)
			for _, e := range errs {
				fmt.Fprintln(a.stdout, e.Error())
			}
			if len(errs) > 0 {
				return &exitError{code: exitInput, err: fmt.Errorf("%d problem(s)", len(errs))}
			}
			fmt.Fprintln(a.stdout, "rulebook OK")
			return nil
		},
	}
	test := &cobra.Command{
		Use:   "test DIR...",
		Short: "Run rule tests: folders of articles with an expected.yaml (and optionally a rules.yaml layer)",
		Args:  atLeast(1, "at least one DIR"),
		RunE:  a.runRuleTests,
	}
	addRulesFlag(test)
	c.AddCommand(dump, lint, test)
	return c
}

// runRuleTests runs each test folder and prints a line per expected entry
// and a score line per folder; it fails when an entry is missed or a false
// alarm fires.
func (a *app) runRuleTests(c *cobra.Command, args []string) error {
	cfg, err := loadConfig(c.Flags())
	if err != nil {
		return usageErr(err)
	}
	wd, _ := os.Getwd()
	base := rules.LoadOptions{Default: crosscheck.DefaultRules, DefaultName: crosscheck.DefaultRulesName, Dir: wd, Files: cfg.Rules}
	failed := 0
	for _, dir := range expandTestDirs(args) {
		rt, err := ruletest.Run(dir, base)
		if err != nil {
			fmt.Fprintf(a.stdout, "FAIL %s: %v\n", dir, err)
			failed++
			continue
		}
		for _, r := range rt.Score.Results {
			status := "ok  "
			switch {
			case !r.OK && r.Section == "stretch":
				status = "miss"
			case !r.OK && r.Section == "must_not_flag":
				status = "FALSE ALARM"
			case !r.OK:
				status = "MISSED"
			}
			fmt.Fprintf(a.stdout, "%-11s %s %s/%s\n", status, dir, r.Section, r.Entry.ID)
		}
		verdict := "PASS"
		if !rt.Score.Pass() {
			verdict = "FAIL"
			failed++
		}
		fmt.Fprintf(a.stdout, "%s %s: %s\n", verdict, dir, rt.Score)
	}
	if failed > 0 {
		return &exitError{code: exitFindings, err: fmt.Errorf("%d rule test folder(s) failed", failed)}
	}
	return nil
}

// expandTestDirs turns each argument into test folders: the folder itself
// when it holds an expected.yaml, else its subfolders that do.
func expandTestDirs(args []string) []string {
	var out []string
	for _, d := range args {
		if _, err := os.Stat(d + "/expected.yaml"); err == nil {
			out = append(out, d)
			continue
		}
		entries, err := os.ReadDir(d)
		if err != nil {
			out = append(out, d) // reported when run
			continue
		}
		for _, e := range entries {
			sub := d + "/" + e.Name()
			if _, err := os.Stat(sub + "/expected.yaml"); e.IsDir() && err == nil {
				out = append(out, sub)
			}
		}
	}
	return out
}
