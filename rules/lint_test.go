package rules

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/lint.golden")

func readBase(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/base.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestLintGolden lints every file of testdata/bad on top of the base and
// compares the problems with testdata/lint.golden.
func TestLintGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/bad/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	errs := Lint(readBase(t), "testdata/base.yaml", files...)
	got := errs.Error() + "\n"
	const golden = "testdata/lint.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("lint problems differ from %s (go test -update rewrites it)\ngot:\n%s\nwant:\n%s", golden, got, want)
	}
	// Every fixture must report at least one problem of its own.
	for _, f := range files {
		if !strings.Contains(got, f+":") {
			t.Errorf("%s: no problem reported", f)
		}
	}
}

func TestLintClean(t *testing.T) {
	if errs := Lint(readBase(t), "base.yaml"); len(errs) != 0 {
		t.Fatalf("base rulebook has problems:\n%v", errs)
	}
	if errs := Lint(readBase(t), "base.yaml", "testdata/layers/project.yaml", "testdata/layers/extra.yaml"); len(errs) != 0 {
		t.Fatalf("layers have problems:\n%v", errs)
	}
}

func TestLintMissingFile(t *testing.T) {
	errs := Lint(readBase(t), "base.yaml", "testdata/nope.yaml")
	if len(errs) != 1 || errs[0].Error() != "testdata/nope.yaml: cannot read rulebook: file does not exist" {
		t.Fatalf("got %v", errs)
	}
}
