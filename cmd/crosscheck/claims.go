package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/compare"
)

func (a *app) claimsCommand() *cobra.Command {
	c := &cobra.Command{
		Use:   "claims [flags] PATH...",
		Short: "Show the claims extracted from each article",
		Args:  atLeast(1, "at least one PATH"),
		RunE:  a.runClaims,
	}
	c.Flags().String("format", "text", "output format: text or json")
	c.Flags().Int("max-article-mb", 8, "refuse articles larger than this many MiB")
	addRulesFlag(c)
	return c
}

// articleClaims is one article's claims in the JSON output of "claims".
type articleClaims struct {
	ID     string         `json:"id"`
	Path   string         `json:"path"`
	Title  string         `json:"title,omitempty"`
	Claims []claims.Claim `json:"claims"`
}

func (a *app) runClaims(c *cobra.Command, args []string) error {
	format, _ := c.Flags().GetString("format")
	if format != "text" && format != "json" {
		return usageErr(fmt.Errorf("--format %q: claims prints text or json", format))
	}
	su, err := a.setUp(c)
	if err != nil {
		return err
	}
	arts, inputErrs := a.readArticles(su.cfg, args)
	all := su.checker.Extract(arts, 0, nil)
	if format == "json" {
		out := make([]articleClaims, len(arts))
		for i, art := range arts {
			out[i] = articleClaims{ID: art.ID, Path: art.Path, Title: art.Title, Claims: all[i]}
			if out[i].Claims == nil {
				out[i].Claims = []claims.Claim{}
			}
		}
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return &exitError{code: exitInternal, err: err}
		}
	} else {
		for i, art := range arts {
			fmt.Fprintf(a.stdout, "== %s (%s)", art.ID, art.Path)
			if art.Title != "" {
				fmt.Fprintf(a.stdout, " %q", art.Title)
			}
			if art.HasDate() {
				fmt.Fprintf(a.stdout, " published %s", art.Published.Format("2006-01-02"))
			}
			fmt.Fprintf(a.stdout, ": %d claims\n", len(all[i]))
			for _, cl := range all[i] {
				line, col := art.Position(cl.Span.Start)
				fmt.Fprintf(a.stdout, "  %d:%d %-11s %-28s %s  [%s]\n", line, col, cl.Kind, clip(cl.Subject.Key, 28), compare.ValueText(&cl), stated(cl.Stated))
				fmt.Fprintf(a.stdout, "      %q\n", cl.Text)
			}
		}
	}
	if len(inputErrs) > 0 {
		return &exitError{code: exitInput}
	}
	return nil
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n-1] + "…"
}

func stated(s claims.Stated) string {
	parts := []string{s.Mode}
	if s.Source != "" {
		parts = append(parts, "by "+s.Source)
	}
	if len(s.Hedges) > 0 {
		parts = append(parts, "hedged: "+strings.Join(s.Hedges, ", "))
	}
	if s.Negated {
		parts = append(parts, "negated")
	}
	return strings.Join(parts, "; ")
}
