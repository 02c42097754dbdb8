package ruletest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsdesk/crosscheck"
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
	return rules.LoadOptions{Default: crosscheck.DefaultRules, DefaultName: crosscheck.DefaultRulesName, Files: files}
}

// TestDefaultRuleTests runs the rule tests of the built-in rulebook.
func TestDefaultRuleTests(t *testing.T) {
	for _, dir := range ruleTestDirs(t, filepath.Join("..", "testdata", "rules")) {
		rt, err := Run(dir, baseRules())
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %s", dir, rt.Score)
		if !rt.Score.Pass() {
			t.Errorf("%s: %s", dir, rt.Score)
		}
	}
}

// TestExampleExtensions runs each example's tests as "crosscheck rules
// test" does, with the layer their expected.yaml names, and shows the layer
// does the work: without it the tests that expect a finding miss it.
func TestExampleExtensions(t *testing.T) {
	for _, ex := range []string{"health-desk", "elections"} {
		missedWithout := 0
		for _, dir := range ruleTestDirs(t, filepath.Join("..", "examples", ex, "tests")) {
			rt, err := Run(dir, baseRules())
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %s", dir, rt.Score)
			if !rt.Score.Pass() {
				t.Errorf("%s: %s", dir, rt.Score)
			}
			if len(rt.Expected.Rules) == 0 {
				t.Errorf("%s: its expected.yaml names no layer", dir)
			}
			plain, err := Run(withoutLayers(t, dir), baseRules())
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

// withoutLayers copies a rule-test folder to a temporary one whose
// expected.yaml names no layer.
func withoutLayers(t *testing.T, dir string) string {
	t.Helper()
	out := t.TempDir()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if e.Name() == "expected.yaml" {
			var kept []string
			for _, l := range strings.Split(string(data), "\n") {
				if !strings.HasPrefix(l, "rules:") {
					kept = append(kept, l)
				}
			}
			data = []byte(strings.Join(kept, "\n"))
		}
		if err := os.WriteFile(filepath.Join(out, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return out
}
