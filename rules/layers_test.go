package rules

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
)

func loadLayers(t *testing.T) (*Rulebook, *Sources) {
	t.Helper()
	rb, src, err := Load(LoadOptions{
		Default:     readBase(t),
		DefaultName: "rules.yaml (built-in)",
		ProjectFile: "testdata/layers/project.yaml",
		Files:       []string{"testdata/layers/extra.yaml"},
	})
	if err != nil {
		t.Fatal(err)
	}
	return rb, src
}

func ids[T any](list []T) []string {
	var out []string
	for _, e := range list {
		out = append(out, reflect.ValueOf(e).FieldByName("ID").String())
	}
	return out
}

func TestMergeOverrideByID(t *testing.T) {
	rb, src := loadLayers(t)
	// project.yaml replaces dozens in place and keeps hundreds.
	if got := ids(rb.Lexicons.Quantities); !slices.Equal(got, []string{"dozens", "hundreds"}) {
		t.Errorf("quantities = %v", got)
	}
	d := rb.Lexicons.Quantities[0]
	if !slices.Equal(d.Words, []string{"dozens"}) || d.Max == nil || *d.Max != 99 {
		t.Errorf("dozens not overridden: %+v", d)
	}
	// A later layer's finding replaces the default's, in place.
	if got := ids(rb.Findings); !slices.Equal(got, []string{"count-disjoint", "title-conflict"}) {
		t.Errorf("findings = %v", got)
	}
	if f := rb.Findings[1]; f.Severity != "info" || f.Message != "Titles differ" {
		t.Errorf("title-conflict not overridden: %+v", f)
	}
	// New entries are appended.
	if got := ids(rb.Taxonomy); !slices.Equal(got, []string{"person", "civilian", "tourist", "soldier", "journalist"}) {
		t.Errorf("taxonomy = %v", got)
	}
	p, ok := src.Entry("taxonomy", "journalist")
	if !ok || p.File != "testdata/layers/project.yaml" || p.Line != 10 || p.Col != 5 {
		t.Errorf("journalist from %v %v", p, ok)
	}
	p, ok = src.Entry("findings", "count-disjoint")
	if !ok || p.File != "rules.yaml (built-in)" || p.Line != 106 {
		t.Errorf("count-disjoint from %v %v", p, ok)
	}
	if p, _ := src.Entry("quantities", "dozens"); p.File != "testdata/layers/project.yaml" {
		t.Errorf("dozens from %v", p)
	}
	if got := src.Files(); !slices.Equal(got, []string{"rules.yaml (built-in)", "testdata/layers/project.yaml", "testdata/layers/extra.yaml"}) {
		t.Errorf("files = %v", got)
	}
}

func TestMergeUnionsStringLists(t *testing.T) {
	rb, _ := loadLayers(t)
	if got := rb.Lexicons.Hedges; !slices.Equal(got, []string{"reportedly", "allegedly", "purportedly"}) {
		t.Errorf("hedges = %v", got)
	}
	if got := rb.Lexicons.Speech; !slices.Equal(got, []string{"said", "told", "according to"}) {
		t.Errorf("speech = %v", got)
	}
}

func TestMergeCompareFieldByField(t *testing.T) {
	rb, _ := loadLayers(t)
	want := CompareSettings{Tolerance: 0.2, Granularity: "day"}
	if got := rb.Compare["casualties"]; !reflect.DeepEqual(got, want) {
		t.Errorf("compare casualties = %+v, want %+v", got, want)
	}
	want = CompareSettings{Normalise: []string{"case", "punctuation"}, MinOverlap: 0.6}
	if got := rb.Compare["quote"]; !reflect.DeepEqual(got, want) {
		t.Errorf("compare quote = %+v, want %+v", got, want)
	}
}

func TestMergeDisableAndSuppress(t *testing.T) {
	rb, src := loadLayers(t)
	if got := ids(rb.Lexicons.Modifiers); !slices.Equal(got, []string{"at-least", "more-than"}) {
		t.Errorf("modifiers = %v (about should be disabled)", got)
	}
	if got := ids(rb.Patterns); !slices.Equal(got, []string{"casualty-count", "votes"}) {
		t.Errorf("patterns = %v (funding should be disabled)", got)
	}
	if _, ok := src.Entry("patterns", "funding"); ok {
		t.Error("disabled pattern still has a source")
	}
	if len(rb.Disable) != 0 {
		t.Errorf("merged rulebook keeps disable %v", rb.Disable)
	}
	if len(rb.Suppress) != 2 || rb.Suppress[1].Reason != "Known wire-copy lag." {
		t.Errorf("suppress = %+v", rb.Suppress)
	}
	if p, ok := src.Suppression(1); !ok || p.File != "testdata/layers/extra.yaml" || p.Line != 12 {
		t.Errorf("suppression 1 from %v", p)
	}
}

func TestDisableThenRedefine(t *testing.T) {
	dir := t.TempDir()
	layer := filepath.Join(dir, "l.yaml")
	write(t, layer, "disable: [soldier]\ntaxonomy:\n  - id: soldier\n    words: [fighters]\n")
	rb, _, err := Load(LoadOptions{Default: readBase(t), Files: []string{layer}})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.Index(ids(rb.Taxonomy), "soldier")
	if i < 0 || !slices.Equal(rb.Taxonomy[i].Words, []string{"fighters"}) || rb.Taxonomy[i].Is != nil {
		t.Fatalf("soldier not redefined from scratch: %+v", rb.Taxonomy)
	}
}

func TestLoadReportsAllProblems(t *testing.T) {
	_, _, err := Load(LoadOptions{Default: readBase(t), DefaultName: "base", Files: []string{"testdata/bad/enums.yaml", "testdata/bad/refs.yaml"}})
	var errs ErrorList
	if !errors.As(err, &errs) {
		t.Fatalf("err = %v, want an ErrorList", err)
	}
	if len(errs) != 13 {
		t.Errorf("got %d problems, want 13:\n%v", len(errs), errs)
	}
	for _, e := range errs {
		if !strings.HasPrefix(e.File, "testdata/bad/") || e.Line == 0 || e.Col == 0 {
			t.Errorf("problem without a position: %v", e)
		}
	}
	if !sort.IsSorted(errs) || errs[5].Line != 23 || errs[6].File != "testdata/bad/refs.yaml" {
		t.Errorf("problems not sorted:\n%v", err)
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestProjectFileFoundUpward(t *testing.T) {
	root := t.TempDir()
	proj := filepath.Join(root, ".crosscheck", "rules.yaml")
	write(t, proj, "taxonomy:\n  - id: medic\n    words: [medics]\n    is: [civilian]\n")
	deep := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := FindProjectFile(deep); got != proj {
		t.Fatalf("FindProjectFile = %q, want %q", got, proj)
	}
	rb, src, err := Load(LoadOptions{Default: readBase(t), Dir: deep})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(ids(rb.Taxonomy), "medic") {
		t.Error("project layer not loaded")
	}
	if p, _ := src.Entry("taxonomy", "medic"); p.File != proj || p.Line != 2 {
		t.Errorf("medic from %v", p)
	}
	// An explicit project file wins over the one found, relative to Dir.
	write(t, filepath.Join(deep, "mine.yaml"), "lexicons:\n  hedges: [supposedly]\n")
	rb, _, err = Load(LoadOptions{Default: readBase(t), Dir: deep, ProjectFile: "mine.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(ids(rb.Taxonomy), "medic") || !slices.Contains(rb.Lexicons.Hedges, "supposedly") {
		t.Errorf("explicit project file not used instead: %v %v", ids(rb.Taxonomy), rb.Lexicons.Hedges)
	}
	// No project file anywhere: the default alone.
	empty := t.TempDir()
	if FindProjectFile(empty) != "" && !strings.HasPrefix(FindProjectFile(empty), root) {
		t.Skip("a .crosscheck/rules.yaml exists above the temp dir")
	}
}

func TestProjectFileMissing(t *testing.T) {
	_, _, err := Load(LoadOptions{Default: readBase(t), ProjectFile: "testdata/absent.yaml"})
	if err == nil || err.Error() != "testdata/absent.yaml: cannot read rulebook: file does not exist" {
		t.Fatalf("err = %v", err)
	}
}

func TestLoadFilesNeedsVersion(t *testing.T) {
	_, _, err := LoadFiles("testdata/layers/project.yaml")
	if err == nil || !strings.Contains(err.Error(), "testdata/layers/project.yaml:1:1: version is missing") {
		t.Fatalf("err = %v", err)
	}
	rb, _, err := LoadFiles("testdata/base.yaml", "testdata/layers/project.yaml")
	if err != nil || rb.Version != 1 {
		t.Fatalf("rb = %v, err = %v", rb, err)
	}
}

func TestEmptyLayer(t *testing.T) {
	dir := t.TempDir()
	for _, text := range []string{"", "# only a comment\n", "---\n"} {
		f := filepath.Join(dir, "empty.yaml")
		write(t, f, text)
		if _, _, err := Load(LoadOptions{Default: readBase(t), Files: []string{f}}); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
}

func TestValidateInGo(t *testing.T) {
	rb, _ := loadLayers(t)
	if errs := rb.Validate(); len(errs) != 0 {
		t.Fatalf("merged rulebook invalid: %v", errs)
	}
	rb.Taxonomy = append(rb.Taxonomy, Category{ID: "x", Is: []string{"nope"}})
	rb.Findings[0].Severity = "loud"
	rb.Version = 3
	errs := rb.Validate()
	want := []string{
		`category "x" is "nope", which is not in the taxonomy`,
		`finding severity "loud" is not one of info, warning, error`,
		`version must be 1, not 3`,
	}
	if got := strings.Split(errs.Error(), "\n"); !slices.Equal(got, want) {
		t.Errorf("got\n%v\nwant\n%v", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestMergeKeysAndAliases(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "m.yaml")
	write(t, f, `version: 1
findings:
  - &base
    id: a
    kind: casualties
    when: count-update
    severity: info
    message: 'updated'
  - <<: *base
    id: b
    severity: warning
`)
	rb, _, err := LoadFiles(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(rb.Findings) != 2 || rb.Findings[1].ID != "b" || rb.Findings[1].Severity != "warning" || rb.Findings[1].Message != "updated" {
		t.Fatalf("findings = %+v", rb.Findings)
	}
}
