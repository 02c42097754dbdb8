package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsdesk/crosscheck"
	"github.com/newsdesk/crosscheck/findings"
	"github.com/newsdesk/crosscheck/rules"
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
	arts, _ := a.readArticles(su.cfg, args[1:])
	rep, err := su.checker.Check(arts, crosscheck.Options{IndexDir: su.cfg.Index, DryRun: su.cfg.Index != ""})
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
		return usageErr(fmt.Errorf("no finding %s among the %d findings of these articles", args[0], len(rep.Findings)+len(rep.Suppressed)))
	case 1:
	default:
		return usageErr(fmt.Errorf("finding id %s is ambiguous: %d findings start with it", args[0], len(hits)))
	}
	explain(a.stdout, &hits[0], su.rb, su.src)
	return nil
}

// explain prints why a finding fired.
func explain(w io.Writer, f *findings.Finding, rb *rules.Rulebook, src *rules.Sources) {
	fmt.Fprintf(w, "finding %s\n  rule      %s (%s)", f.ID, f.Rule, f.Severity)
	if pos, ok := src.Entry("findings", f.Rule); ok {
		fmt.Fprintf(w, ", defined at %s", pos)
	}
	fmt.Fprintln(w)
	for _, fr := range rb.Findings {
		if fr.ID == f.Rule && fr.Description != "" {
			fmt.Fprintf(w, "  rule says %s\n", fr.Description)
		}
	}
	fmt.Fprintf(w, "  kind      %s\n  subject   %s\n  message   %s\n", f.Kind, f.Subject, f.Message)
	if f.Suppressed != "" {
		fmt.Fprintf(w, "  hidden    %s\n", f.Suppressed)
	}
	if e := f.Explanation; e != nil {
		fmt.Fprintf(w, "  compared  %s: %s\n", e.Comparison, e.Detail)
	}
	for _, c := range f.Claims {
		fmt.Fprintf(w, "\n  side %d: %s", c.Side+1, c.Article)
		if c.Line > 0 {
			fmt.Fprintf(w, " (%s:%d:%d)", c.Path, c.Line, c.Col)
		}
		fmt.Fprintf(w, "\n    claim     %q\n    value     %s\n    sentence  %q\n", c.Text, c.ValueText, c.Sentence)
	}
	if e := f.Explanation; e != nil && len(e.Matched) > 0 {
		fmt.Fprintf(w, "\n  matched rulebook entries, per claim:\n")
		ids := make([]string, 0, len(e.Matched))
		for id := range e.Matched {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			fmt.Fprintf(w, "    %s: %s\n", id, strings.Join(e.Matched[id], ", "))
		}
	}
}
