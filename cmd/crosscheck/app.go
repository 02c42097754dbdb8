package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/newsdesk/crosscheck"
	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/rules"
)

// app holds the streams a command writes to and the context it runs in.
type app struct {
	// ctx is cancelled by Ctrl-C; the commands run the pipeline in it.
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// vocab is the rulebook's vocabulary of news pages, for reading; set
	// by setUp.
	vocab *article.Vocabulary
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *app {
	return &app{ctx: context.Background(), stdin: stdin, stdout: stdout, stderr: stderr}
}

// rootCommand builds the command tree.
func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:           "crosscheck",
		Short:         "Find where news sources disagree",
		Long:          "crosscheck reads a batch of news articles about a story from different outlets, extracts typed claims\n(casualties, counts, dates, roles, attributions, quotes), aligns them across articles and reports every\nplace where the sources disagree, citing the sentence of each side.",
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       crosscheck.Version,
	}
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageErr(err) })
	root.AddCommand(a.checkCommand(), a.claimsCommand(), a.rulesCommand(), a.explainCommand(), a.indexCommand())
	return root
}

// addRulesFlag adds the --rules flag shared by commands that load a
// rulebook.
func addRulesFlag(c *cobra.Command) {
	c.Flags().StringArray("rules", nil, "rulebook layer FILE on top of the defaults (repeatable)")
}

// loadRules merges the built-in rulebook, the project's layer and the
// --rules files.
func (a *app) loadRules(cfg *config) (*rules.Rulebook, *rules.Sources, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, nil, err
	}
	project := cfg.Rulebook
	if project != "" && !filepath.IsAbs(project) && cfg.dir != "" {
		project = filepath.Join(cfg.dir, project)
	}
	rb, src, err := rules.Load(rules.LoadOptions{
		Default:     crosscheck.DefaultRules,
		DefaultName: crosscheck.DefaultRulesName,
		Dir:         wd,
		ProjectFile: project,
		Files:       cfg.Rules,
	})
	if err != nil {
		return nil, nil, usageErr(fmt.Errorf("invalid rulebook:\n%v", err))
	}
	return rb, src, nil
}

// setup is what most commands start from: the configuration, the merged
// rulebook with the files its entries came from, and a checker built from
// it.
type setup struct {
	cfg     *config
	rb      *rules.Rulebook
	src     *rules.Sources
	checker *crosscheck.Checker
}

// setUp reads the configuration of command c, loads the rulebook and builds
// a checker; every failure is bad usage or input (exit code 2).
func (a *app) setUp(c *cobra.Command) (*setup, error) {
	cfg, err := loadConfig(c.Flags())
	if err != nil {
		return nil, usageErr(err)
	}
	rb, src, err := a.loadRules(cfg)
	if err != nil {
		return nil, err
	}
	ck, err := crosscheck.NewChecker(rb)
	if err != nil {
		return nil, usageErr(fmt.Errorf("rulebook: %v", err))
	}
	a.vocab = crosscheck.ArticleVocabulary(rb)
	return &setup{cfg: cfg, rb: rb, src: src, checker: ck}, nil
}

// atLeast returns a cobra argument check that wants at least n arguments
// and otherwise says, as bad usage, what is missing.
func atLeast(n int, what string) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) < n {
			return usageErr(fmt.Errorf("%s needs %s", c.CommandPath()[len(c.Root().Name())+1:], what))
		}
		return nil
	}
}
