package crosscheck

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsdesk/crosscheck/rules"
)

// ruleTestDirs lists the test folders (those holding expected.yaml) under
// dir.
func ruleTestDirs(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if e.IsDir() && fileExists(filepath.Join(dir, e.Name(), "expected.yaml")) {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	if len(out) == 0 {
		t.Fatalf("no rule tests under %s", dir)
	}
	return out
}

func baseRules(files ...string) rules.LoadOptions {
	return rules.LoadOptions{Default: DefaultRules, DefaultName: DefaultRulesName, Files: files}
}

// TestDefaultRuleTests runs the rule tests of the built-in rulebook.
func TestDefaultRuleTests(t *testing.T) {
	for _, dir := range ruleTestDirs(t, filepath.Join("testdata", "rules")) {
		rt, err := RunRuleTest(dir, baseRules())
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %s", dir, rt.Score)
		if !rt.Score.Pass() {
			t.Errorf("%s: %s", dir, rt.Score)
		}
	}
}

// TestExampleExtensions runs each example layer's tests with the layer,
// and shows the layer does the work: without it the tests that expect a
// finding miss it.
func TestExampleExtensions(t *testing.T) {
	for _, ex := range []string{"health-desk", "elections"} {
		layer := filepath.Join("examples", ex, "rules.yaml")
		missedWithout := 0
		for _, dir := range ruleTestDirs(t, filepath.Join("examples", ex, "tests")) {
			rt, err := RunRuleTest(dir, baseRules(layer))
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s with %s: %s", dir, layer, rt.Score)
			if !rt.Score.Pass() {
				t.Errorf("%s with %s: %s", dir, layer, rt.Score)
			}
			plain, err := RunRuleTest(dir, baseRules())
			if err != nil {
				t.Fatal(err)
			}
			missedWithout += plain.Score.MustFlag - plain.Score.Found
		}
		if missedWithout == 0 {
			t.Errorf("%s: its tests pass without its layer; they do not test the extension", ex)
		}
	}
}
