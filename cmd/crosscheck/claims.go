package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsdesk/crosscheck/report"
)

func (a *app) claimsCommand() *cobra.Command {
	c := &cobra.Command{
		Use:   "claims [flags] PATH...",
		Short: "Show the claims extracted from each article",
		Args:  atLeast(1, "at least one PATH"),
		RunE:  a.runClaims,
	}
	c.Flags().String("format", "text", "output format: "+strings.Join(report.ClaimsFormats, " or "))
	c.Flags().Int("max-article-mb", 8, "refuse articles larger than this many MiB")
	addRulesFlag(c)
	return c
}

func (a *app) runClaims(c *cobra.Command, args []string) error {
	format, _ := c.Flags().GetString("format")
	if format != "text" && format != "json" {
		return usageErr(fmt.Errorf("--format %q: claims prints %s", format, strings.Join(report.ClaimsFormats, " or ")))
	}
	su, err := a.setUp(c)
	if err != nil {
		return err
	}
	in := a.readArticles(su.cfg, args)
	all, err := su.checker.Extract(a.ctx, in.arts, 0, nil)
	if err != nil {
		return err
	}
	out := make([]report.ArticleClaims, len(in.arts))
	for i, art := range in.arts {
		out[i] = report.ArticleClaims{Article: art, Claims: all[i]}
	}
	if err := report.PrintClaims(a.stdout, format, out); err != nil {
		return &exitError{code: exitInternal, err: err}
	}
	a.printInput(in)
	return in.failed()
}
