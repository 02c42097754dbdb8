package rules

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestDumpRoundTrip(t *testing.T) {
	rb, src := loadLayers(t)
	var b bytes.Buffer
	if err := Dump(&b, rb, src); err != nil {
		t.Fatal(err)
	}
	f := filepath.Join(t.TempDir(), "dump.yaml")
	if err := os.WriteFile(f, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	again, _, err := LoadFiles(f)
	if err != nil {
		t.Fatalf("dump does not load: %v\n%s", err, b.String())
	}
	if !reflect.DeepEqual(again, rb) {
		t.Errorf("dump loads as a different rulebook:\n%s", b.String())
	}
}

func TestDumpComments(t *testing.T) {
	rb, src := loadLayers(t)
	var b bytes.Buffer
	if err := Dump(&b, rb, src); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"# crosscheck rulebook merged from, bottom first:\n#   rules.yaml (built-in)\n#   testdata/layers/project.yaml\n#   testdata/layers/extra.yaml\n",
		"  - id: journalist # from testdata/layers/project.yaml:10\n",
		"  - id: count-disjoint # from rules.yaml (built-in):106\n",
		"    - id: dozens # from testdata/layers/project.yaml:5\n",
		"    - purportedly # from testdata/layers/project.yaml:3\n",
		"  casualties: # from testdata/layers/extra.yaml:5\n",
		"  - rule: count-disjoint # from testdata/layers/extra.yaml:12\n",
		"    words: [journalists, reporters]\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("dump lacks %q", want)
		}
	}
	if strings.Contains(out, "id: funding") || strings.Contains(out, "disable") {
		t.Error("dump shows a disabled entry or the disable list")
	}
	// Every entry with an id has its comment.
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "- id: ") && !strings.Contains(line, " # from ") {
			t.Errorf("entry without origin: %s", line)
		}
	}
}

func TestDumpWithoutSources(t *testing.T) {
	rb := &Rulebook{Version: 1, Taxonomy: []Category{{ID: "person", Words: []string{"people", "null", "1200"}}}}
	var b bytes.Buffer
	if err := Dump(&b, rb, nil); err != nil {
		t.Fatal(err)
	}
	want := "version: 1\ntaxonomy:\n  - id: person\n    words: [people, \"null\", \"1200\"]\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}
