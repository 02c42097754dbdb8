package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsdesk/crosscheck"
	"github.com/newsdesk/crosscheck/findings"
	"github.com/newsdesk/crosscheck/report"
)

func (a *app) explainCommand() *cobra.Command {
	c := &cobra.Command{
		Use:   "explain FINDING-ID PATH...",
		Short: "Show why a finding fired: its claims, the patterns and lexicon entries that matched, the comparison",
		Args:  atLeast(2, "a FINDING-ID (or a unique prefix) and the PATHs that were checked"),
		RunE:  a.runExplain,
	}
	c.Flags().String("index", "", "on-disk index DIR the finding was checked against (read, not changed)")
	c.Flags().Int("max-article-mb", 8, "refuse articles larger than this many MiB")
	addRulesFlag(c)
	return c
}

func (a *app) runExplain(c *cobra.Command, args []string) error {
	su, err := a.setUp(c)
	if err != nil {
		return err
	}
	in := a.readArticles(su.cfg, args[1:])
	rep, err := su.checker.CheckContext(a.ctx, in.arts, crosscheck.Options{IndexDir: su.cfg.Index, DryRun: su.cfg.Index != ""})
	if err != nil {
		return &exitError{code: exitInternal, err: err}
	}
	var hits []findings.Finding
	for _, f := range append(append([]findings.Finding{}, rep.Findings...), rep.Suppressed...) {
		if strings.HasPrefix(f.ID, args[0]) {
			hits = append(hits, f)
		}
	}
	switch len(hits) {
	case 0:
		a.printInput(in)
		return usageErr(fmt.Errorf("no finding %s among the %d findings of these articles", args[0], len(rep.Findings)+len(rep.Suppressed)))
	case 1:
	default:
		return usageErr(fmt.Errorf("finding id %s is ambiguous: %d findings start with it", args[0], len(hits)))
	}
	e := report.Explanation{Finding: &hits[0]}
	if pos, ok := su.src.Entry("findings", hits[0].Rule); ok {
		e.RuleDefinedAt = fmt.Sprint(pos)
	}
	for _, fr := range su.rb.Findings {
		if fr.ID == hits[0].Rule {
			e.RuleDescription = fr.Description
		}
	}
	if err := report.PrintExplanation(a.stdout, e); err != nil {
		return &exitError{code: exitInternal, err: err}
	}
	return nil
}
