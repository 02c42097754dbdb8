/*
Package crosscheck is the front door to the source-discrepancy checker: it
reads a batch of news articles, extracts typed claims from each (casualty
tolls, counts, dates, roles, attributions, quotes), groups the articles into
stories and aligns the same claim across them through a bleve index, and
reports every place where the sources disagree, citing the sentence of each
side.

The stages live in packages of their own, and imports run one way:
article (reading) -> claims (extraction) -> index (storage, story
grouping) -> compare (judging, suppressions) -> findings (results,
baselines) -> report (printers). This package only wires them: a Checker
compiled from a rulebook runs the pipeline. Rule tests live in ruletest,
the command line in cmd/crosscheck.

Example: check a folder of articles with the built-in rulebook

	rb, _, err := rules.Load(rules.LoadOptions{Default: crosscheck.DefaultRules})
	if err != nil {
		return err // the rulebook is not valid
	}
	ck, err := crosscheck.NewChecker(rb)
	if err != nil {
		return err
	}
	arts, errs := article.Read([]string{"stories/"}, ck.ReadOptions())
	if len(errs) > 0 {
		log.Print(errs) // some files could not be read; the others are checked
	}
	rep, err := ck.CheckContext(ctx, arts, crosscheck.Options{})
	if err != nil {
		return err
	}
	for _, f := range rep.Findings {
		fmt.Println(f.Severity, f.Rule, f.Message)
	}

Example: keep an archive on disk and report only what new articles change

	opt := crosscheck.Options{IndexDir: "archive/", NewOnly: true}
	rep, err := ck.CheckContext(ctx, arrivals, opt)

A cancelled context stops a check between pieces of work and leaves an
on-disk index whole: every article in it as it was before the check or as
the check wrote it.
*/
package crosscheck
