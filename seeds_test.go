package crosscheck

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/newsdesk/crosscheck/article"
	"github.com/newsdesk/crosscheck/expect"
	"github.com/newsdesk/crosscheck/findings"
	"github.com/newsdesk/crosscheck/rules"
)

// defaultChecker builds a checker from the embedded rulebook alone.
func defaultChecker(t testing.TB) *Checker {
	t.Helper()
	rb, _, err := rules.Load(rules.LoadOptions{Default: DefaultRules, DefaultName: DefaultRulesName})
	if err != nil {
		t.Fatal(err)
	}
	ck, err := NewChecker(rb)
	if err != nil {
		t.Fatal(err)
	}
	return ck
}

// readOptions reads articles with the default rulebook's vocabulary, as
// the command does.
func readOptions(tb testing.TB) article.Options {
	tb.Helper()
	return defaultChecker(tb).ReadOptions()
}

// checkDir runs the default checker over the articles of a folder.
func checkDir(t testing.TB, dir string) *findings.Report {
	t.Helper()
	arts, errs := article.Read([]string{dir}, readOptions(t))
	if len(errs) > 0 {
		t.Fatalf("reading %s: %v", dir, errs)
	}
	rep, err := defaultChecker(t).Check(arts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// TestSeeds runs the checker on the five seed articles and scores it by the
// rules at the top of testdata/seeds/expected.yaml: every must_flag entry
// found, no must_not_flag false alarm.
func TestSeeds(t *testing.T) {
	dir := filepath.Join("testdata", "seeds")
	exp, err := expect.Load(filepath.Join(dir, "expected.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	rep := checkDir(t, dir)
	score := expect.Evaluate(exp, rep)
	fmt.Printf("seeds score: %s\n", score)
	for _, r := range score.Results {
		if !r.OK && r.Section != "stretch" {
			t.Errorf("%s %s: not satisfied (findings %v)", r.Section, r.Entry.ID, r.Findings)
		}
	}
	if t.Failed() || testing.Verbose() {
		for _, f := range rep.Findings {
			t.Logf("%s %s %s %s: %s", f.ID, f.Severity, f.Rule, f.Subject, f.Message)
		}
	}
}
