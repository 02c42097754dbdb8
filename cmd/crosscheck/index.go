package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/newsdesk/crosscheck"
)

func (a *app) indexCommand() *cobra.Command {
	c := &cobra.Command{
		Use:   "index",
		Short: "Manage an on-disk archive of checked articles",
	}
	add := &cobra.Command{
		Use:   "add --index DIR PATH...",
		Short: "Add articles to an on-disk index; an unchanged article is left as it is, a changed one replaces its claims",
		Args:  atLeast(1, "at least one PATH"),
		RunE: func(c *cobra.Command, args []string) error {
			su, err := a.setUp(c)
			if err != nil {
				return err
			}
			cfg := su.cfg
			if cfg.Index == "" {
				return usageErr(errors.New("index add needs --index DIR"))
			}
			in := a.readArticles(cfg, args)
			st, err := su.checker.AddToIndexContext(a.ctx, in.arts, crosscheck.Options{IndexDir: cfg.Index, Wait: cfg.Wait, Waiting: a.waiting})
			if err != nil {
				if crosscheck.IsInUse(err) {
					return usageErr(err)
				}
				return &exitError{code: exitInternal, err: err}
			}
			if !cfg.Quiet {
				fmt.Fprintf(a.stdout, "%s: %d added, %d replaced, %d unchanged, %d claims written\n", cfg.Index, st.Added, st.Replaced, st.Unchanged, st.Claims)
			}
			a.printInput(in)
			return in.failed()
		},
	}
	add.Flags().String("index", "", "index DIR (created when missing)")
	add.Flags().Bool("wait", false, "wait for another process using the index")
	add.Flags().BoolP("quiet", "q", false, "print nothing on success")
	add.Flags().Int("max-article-mb", 8, "refuse articles larger than this many MiB")
	addRulesFlag(add)
	c.AddCommand(add)
	return c
}
