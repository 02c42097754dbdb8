package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

// readmeSample is how the README's sample output block starts.
const readmeSample = "```\n$ crosscheck check testdata/seeds\n"

// TestReadmeSample checks that the README's sample output is the golden
// text report on the seeds: its lines before "…" begin the report and its
// lines after it end it. With -update the block is written anew from the
// golden file: the first finding, "…", and the summary line.
func TestReadmeSample(t *testing.T) {
	readme := filepath.Join("..", "..", "README.md")
	doc, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile(filepath.Join("testdata", "seeds.text.golden"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(doc)
	start := strings.Index(text, readmeSample)
	if start < 0 {
		t.Fatalf("README.md has no block starting %q", readmeSample)
	}
	bodyStart := start + len(readmeSample)
	end := strings.Index(text[bodyStart:], "```\n")
	if end < 0 {
		t.Fatal("README.md: the sample output block is not closed")
	}
	block := text[bodyStart : bodyStart+end]
	if *update {
		block = sampleOf(string(golden))
		if err := os.WriteFile(readme, []byte(text[:bodyStart]+block+text[bodyStart+end:]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	head, tail, cut := strings.Cut(block, "…\n")
	if !cut {
		head, tail = block, ""
	}
	if !strings.HasPrefix(string(golden), head) || !strings.HasSuffix(string(golden), tail) {
		t.Errorf("README.md's sample output is not the report on the seeds (%s); run go test ./cmd/crosscheck -update", filepath.Join("testdata", "seeds.text.golden"))
	}
	if strings.Count(head, "\n") < 10 {
		t.Errorf("README.md's sample output shows %d lines of the report: show at least the first finding", strings.Count(head, "\n"))
	}
}

// sampleOf is the README's sample of a text report: through the first
// finding's id line, "…", and the summary line.
func sampleOf(report string) string {
	lines := strings.SplitAfter(report, "\n")
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l)
		if strings.HasPrefix(l, "    id ") {
			break
		}
	}
	b.WriteString("…\n")
	b.WriteString(lines[len(lines)-2]) // the last element is the empty string after the final newline
	return b.String()
}

// TestReadmeSynopsis checks that the README's command synopsis names every
// flag of every command.
func TestReadmeSynopsis(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(doc)
	start := strings.Index(text, "## Commands\n")
	if start < 0 {
		t.Fatal("README.md has no Commands section")
	}
	synopsis := text[start:]
	synopsis = synopsis[:strings.Index(synopsis[3:], "\n## ")+3]
	root := newApp(strings.NewReader(""), &strings.Builder{}, &strings.Builder{}).rootCommand()
	for _, path := range [][]string{{"check"}, {"claims"}, {"explain"}, {"index", "add"}, {"rules", "dump"}, {"rules", "test"}} {
		c, _, err := root.Find(path)
		if err != nil {
			t.Fatal(err)
		}
		line := "crosscheck " + strings.Join(path, " ")
		if !strings.Contains(synopsis, line) {
			t.Errorf("the README's synopsis lacks %q", line)
		}
		c.LocalFlags().VisitAll(func(f *pflag.Flag) {
			if f.Name != "help" && !strings.Contains(synopsis, "--"+f.Name) {
				t.Errorf("the README's synopsis lacks %s --%s", line, f.Name)
			}
		})
	}
}
