package crosscheck

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/expect"
	"github.com/newsdesk/crosscheck/findings"
	"github.com/newsdesk/crosscheck/rules"
)

// RuleTest is the outcome of running one rule-test folder.
type RuleTest struct {
	Dir    string
	Score  expect.Score
	Report *findings.Report
}

// RunRuleTest runs the checker over a rule-test folder: the articles in
// it, its optional rules.yaml layered on top of base, and its
// expected.yaml, which scores the findings.
func RunRuleTest(dir string, base rules.LoadOptions) (*RuleTest, error) {
	exp, err := expect.Load(filepath.Join(dir, "expected.yaml"))
	if err != nil {
		return nil, err
	}
	opts := base
	opts.Files = append([]string{}, base.Files...)
	if layer := filepath.Join(dir, "rules.yaml"); fileExists(layer) {
		opts.Files = append(opts.Files, layer)
	}
	rb, _, err := rules.Load(opts)
	if err != nil {
		return nil, fmt.Errorf("%s: invalid rulebook:\n%v", dir, err)
	}
	ck, err := NewChecker(rb)
	if err != nil {
		return nil, err
	}
	arts, errs := article.Read([]string{dir}, ck.ReadOptions())
	if len(errs) > 0 {
		return nil, errs
	}
	rep, err := ck.Check(arts, Options{})
	if err != nil {
		return nil, err
	}
	return &RuleTest{Dir: dir, Score: expect.Evaluate(exp, rep), Report: rep}, nil
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}
