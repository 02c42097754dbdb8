// Package ruletest runs rule tests: folders of articles with an
// expected.yaml that says which findings the checker must and must not
// report, and optionally a rulebook layer of their own. "crosscheck rules
// test" runs them, and so do the tests of the built-in rulebook and of the
// examples.
package ruletest

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsdesk/crosscheck"
	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/expect"
	"github.com/newsdesk/crosscheck/findings"
	"github.com/newsdesk/crosscheck/rules"
)

// Result is the outcome of running one rule-test folder.
type Result struct {
	Dir string
	// Expected is the folder's expected.yaml.
	Expected *expect.File
	Score    expect.Score
	Report   *findings.Report
}

// Run runs the checker over a rule-test folder: the articles in
// it, checked with base and the layers the folder names, and its
// expected.yaml, which scores the findings. A folder names its layers with a
// "rules:" list in expected.yaml (paths relative to the folder) or with a
// rules.yaml in the folder; both are layered, in that order, on top of
// base's files.
func Run(dir string, base rules.LoadOptions) (*Result, error) {
	exp, err := expect.Load(filepath.Join(dir, "expected.yaml"))
	if err != nil {
		return nil, err
	}
	opts := base
	opts.Files = append([]string{}, base.Files...)
	for _, layer := range exp.Rules {
		if !filepath.IsAbs(layer) {
			layer = filepath.Join(dir, layer)
		}
		if !fileExists(layer) {
			return nil, fmt.Errorf("%s: rules: no file %s", filepath.Join(dir, "expected.yaml"), layer)
		}
		opts.Files = appendOnce(opts.Files, layer)
	}
	if layer := filepath.Join(dir, "rules.yaml"); fileExists(layer) {
		opts.Files = appendOnce(opts.Files, layer)
	}
	rb, _, err := rules.Load(opts)
	if err != nil {
		return nil, fmt.Errorf("%s: invalid rulebook:\n%v", dir, err)
	}
	ck, err := crosscheck.NewChecker(rb)
	if err != nil {
		return nil, err
	}
	arts, errs := article.Read([]string{dir}, ck.ReadOptions())
	if len(errs) > 0 {
		return nil, errs
	}
	rep, err := ck.Check(arts, crosscheck.Options{})
	if err != nil {
		return nil, err
	}
	return &Result{Dir: dir, Expected: exp, Score: expect.Evaluate(exp, rep), Report: rep}, nil
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// appendOnce appends path to files unless a path to the same file is
// there, so that a layer given with --rules and named by the folder too is
// applied once.
func appendOnce(files []string, path string) []string {
	for _, f := range files {
		if filepath.Clean(f) == filepath.Clean(path) {
			return files
		}
		if a, b := absPath(f), absPath(path); a != "" && a == b {
			return files
		}
	}
	return append(files, path)
}

func absPath(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return ""
	}
	return a
}
