package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name.golden, or rewrites the file with
// -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test ./report -update and review the diff\n--- got ---\n%s", path, got)
	}
}

func print(t *testing.T, format string, opt Options) []byte {
	t.Helper()
	p, err := New(format, opt)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := p.Print(&buf, fixture()); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			got := print(t, format, fixtureOptions())
			golden(t, format, got)
			if again := print(t, format, fixtureOptions()); !bytes.Equal(got, again) {
				t.Errorf("%s output is not deterministic", format)
			}
		})
	}
	t.Run("text-color", func(t *testing.T) {
		opt := fixtureOptions()
		opt.Color = true
		golden(t, "text-color", print(t, "text", opt))
	})
}
