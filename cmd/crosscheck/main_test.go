package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsdesk/crosscheck/claims"
	"github.com/newsdesk/crosscheck/findings"
	"github.com/newsdesk/crosscheck/index"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// result is what one run of the command produced.
type result struct {
	code           int
	stdout, stderr string
}

// runCmd runs the command line with the given standard input.
func runCmd(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := newApp(strings.NewReader(stdin), &out, &errb).run(args)
	return result{code, out.String(), errb.String()}
}

func seeds() string { return filepath.Join("..", "..", "testdata", "seeds") }

func decodeReport(t *testing.T, s string) findings.Report {
	t.Helper()
	var rep findings.Report
	if err := json.Unmarshal([]byte(s), &rep); err != nil {
		t.Fatalf("not a JSON report: %v\n%s", err, s)
	}
	return rep
}

func TestCheckSeedsJSON(t *testing.T) {
	r := runCmd(t, "", "check", "--format", "json", "-q", seeds())
	if r.code != exitFindings {
		t.Fatalf("exit %d, want %d (warnings at the default --fail-on)\n%s", r.code, exitFindings, r.stderr)
	}
	var raw map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &raw); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"version", "articles", "findings"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("JSON report lacks %q", k)
		}
	}
	rep := decodeReport(t, r.stdout)
	if rep.Version != 1 || len(rep.Articles) != 5 || len(rep.Findings) == 0 {
		t.Fatalf("version %d, %d articles, %d findings", rep.Version, len(rep.Articles), len(rep.Findings))
	}
	for _, f := range rep.Findings {
		if f.ID == "" || f.Rule == "" || f.Kind == "" || f.Severity == "" || f.Subject == "" || f.Message == "" || len(f.Claims) < 2 {
			t.Errorf("incomplete finding %+v", f)
		}
		for _, c := range f.Claims {
			if c.Article == "" || c.Sentence == "" || c.Value == nil {
				t.Errorf("finding %s: incomplete claim %+v", f.ID, c)
			}
		}
	}
}

func TestFailOn(t *testing.T) {
	for _, tc := range []struct {
		failOn string
		want   int
	}{{"info", exitFindings}, {"warning", exitFindings}, {"error", exitOK}, {"none", exitOK}} {
		r := runCmd(t, "", "check", "--fail-on", tc.failOn, "-q", "--format", "json", seeds())
		if r.code != tc.want {
			t.Errorf("--fail-on %s: exit %d, want %d", tc.failOn, r.code, tc.want)
		}
	}
	t.Setenv("CROSSCHECK_FAIL_ON", "error")
	if r := runCmd(t, "", "check", "-q", "--format", "json", seeds()); r.code != exitOK {
		t.Errorf("CROSSCHECK_FAIL_ON=error: exit %d, want 0", r.code)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"check"},
		{"check", "--no-such-flag", seeds()},
		{"check", "--format", "pdf", seeds()},
		{"check", "--fail-on", "fatal", seeds()},
		{"check", "--out", "json", seeds()},
		{"check", "--new", seeds()},
		{"frobnicate"},
	} {
		r := runCmd(t, "", args...)
		if r.code != exitInput {
			t.Errorf("%v: exit %d, want %d", args, r.code, exitInput)
		}
		if r.stderr == "" {
			t.Errorf("%v: no message", args)
		}
	}
}

// TestBadInput feeds a batch with one good article and every kind of bad
// input: each gets a one-line error naming its file (and line), the good
// article is still checked, and the exit code is 2.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	good, _ := os.ReadFile(filepath.Join(seeds(), "000_a820a5e0c21eb88f.txt"))
	files := map[string][]byte{
		"good.txt":    good,
		"binary.txt":  {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0, 0},
		"latin1.txt":  []byte("Caf\xe9 owner says 3 people were hurt.\n"),
		"empty.txt":   {},
		"broken.json": []byte(`{"id": "x", "text": "unterminated`),
		"lines.jsonl": []byte("{\"id\":\"ok1\",\"text\":\"Two people were killed on Friday.\"}\n{not json}\n"),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := runCmd(t, "", "check", "--format", "json", "-q", dir, filepath.Join(dir, "missing.txt"))
	if r.code != exitInput {
		t.Errorf("exit %d, want %d", r.code, exitInput)
	}
	for _, want := range []string{"binary.txt", "latin1.txt", "empty.txt", "broken.json", "lines.jsonl:2", "missing.txt"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr does not name %s:\n%s", want, r.stderr)
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(r.stderr), "\n") {
		if !strings.HasPrefix(line, "crosscheck: ") {
			t.Errorf("unexpected stderr line %q", line)
		}
	}
	rep := decodeReport(t, r.stdout)
	ids := map[string]bool{}
	for _, a := range rep.Articles {
		ids[a.ID] = true
	}
	if !ids["good"] || !ids["ok1"] || len(rep.Articles) != 2 {
		t.Errorf("articles checked: %v, want good and ok1", ids)
	}
	if len(rep.Errors) != 6 {
		t.Errorf("report lists %d input errors, want 6: %v", len(rep.Errors), rep.Errors)
	}
}

func TestOutFilesAndBaseline(t *testing.T) {
	dir := t.TempDir()
	sarif, html, base := filepath.Join(dir, "r.sarif"), filepath.Join(dir, "r.html"), filepath.Join(dir, "baseline.json")
	r := runCmd(t, "", "check", "-q", "--format", "json", "--out", "sarif="+sarif, "--out", "html="+html, "--write-baseline", base, seeds())
	if r.code != exitOK {
		t.Fatalf("exit %d, want 0 when writing a baseline\n%s", r.code, r.stderr)
	}
	first := decodeReport(t, r.stdout)
	for _, p := range []string{sarif, html, base} {
		if st, err := os.Stat(p); err != nil || st.Size() == 0 {
			t.Errorf("%s not written: %v", p, err)
		}
	}
	// With the baseline every finding is known: nothing fails, and
	// --show-suppressed lists them with the baseline's reason.
	r = runCmd(t, "", "check", "-q", "--format", "json", "--baseline", base, "--show-suppressed", seeds())
	if r.code != exitOK {
		t.Fatalf("with baseline: exit %d, want 0", r.code)
	}
	rep := decodeReport(t, r.stdout)
	if len(rep.Findings) != 0 || len(rep.Suppressed) != len(first.Findings) {
		t.Fatalf("with baseline: %d findings, %d suppressed; want 0 and %d", len(rep.Findings), len(rep.Suppressed), len(first.Findings))
	}
	for _, f := range rep.Suppressed {
		if !strings.HasPrefix(f.Suppressed, "baseline: ") {
			t.Errorf("suppressed finding %s has reason %q", f.ID, f.Suppressed)
		}
	}
}

// TestFingerprintsStable checks that finding ids do not change when the
// articles are read in another order or joined by an unrelated article.
func TestFingerprintsStable(t *testing.T) {
	ids := func(args ...string) map[string]bool {
		r := runCmd(t, "", append([]string{"check", "-q", "--format", "json", "--fail-on", "none"}, args...)...)
		m := map[string]bool{}
		for _, f := range decodeReport(t, r.stdout).Findings {
			m[f.ID] = true
		}
		return m
	}
	files, _ := filepath.Glob(filepath.Join(seeds(), "*.txt"))
	forward := ids(files...)
	rev := make([]string, len(files))
	for i, f := range files {
		rev[len(files)-1-i] = f
	}
	backward := ids(rev...)
	more := ids(append(append([]string{}, files...), filepath.Join("..", "..", "testdata", "arrivals", "3_unrelated.txt"))...)
	for id := range forward {
		if !backward[id] || !more[id] {
			t.Errorf("finding %s not stable (reversed: %v, with an unrelated article: %v)", id, backward[id], more[id])
		}
	}
	if len(forward) == 0 {
		t.Fatal("no findings")
	}
}

// TestArrivals checks a sequence of arrivals against an on-disk archive:
// an early report, a later one with a changed death toll (reported as an
// update), then an unrelated story (nothing to report).
func TestArrivals(t *testing.T) {
	arch := filepath.Join(t.TempDir(), "archive")
	arrivals := filepath.Join("..", "..", "testdata", "arrivals")
	r := runCmd(t, "", "index", "add", "--index", arch, filepath.Join(arrivals, "1_early.txt"))
	if r.code != exitOK || !strings.Contains(r.stdout, "1 added") {
		t.Fatalf("index add: exit %d: %s%s", r.code, r.stdout, r.stderr)
	}
	// A dry run reports the update but leaves the archive as it was.
	r = runCmd(t, "", "check", "-q", "--format", "json", "--index", arch, "--new", "--dry-run", filepath.Join(arrivals, "2_later.txt"))
	if rep := decodeReport(t, r.stdout); len(rep.Findings) != 1 || !rep.Findings[0].Update {
		t.Fatalf("dry run: want one update finding, got %+v", rep.Findings)
	}
	if n := countIndex(t, arch); n != 1 {
		t.Fatalf("dry run changed the archive: %d articles", n)
	}
	r = runCmd(t, "", "check", "-q", "--format", "json", "--index", arch, "--new", filepath.Join(arrivals, "2_later.txt"))
	rep := decodeReport(t, r.stdout)
	if r.code != exitFindings || len(rep.Findings) != 1 {
		t.Fatalf("later report: exit %d, %d findings", r.code, len(rep.Findings))
	}
	f := rep.Findings[0]
	if f.Rule != "casualty-count-update" || !f.Update || len(f.Claims) != 2 {
		t.Fatalf("later report: finding %+v", f)
	}
	cited := map[string]bool{}
	for _, c := range f.Claims {
		cited[c.Article] = true
	}
	if !cited["1_early"] || !cited["2_later"] {
		t.Errorf("update cites %v, want the archived and the new article", cited)
	}
	if n := countIndex(t, arch); n != 2 {
		t.Fatalf("archive holds %d articles after the later report, want 2", n)
	}
	r = runCmd(t, "", "check", "-q", "--format", "json", "--index", arch, "--new", filepath.Join(arrivals, "3_unrelated.txt"))
	if rep := decodeReport(t, r.stdout); r.code != exitOK || len(rep.Findings) != 0 {
		t.Fatalf("unrelated story: exit %d, findings %+v", r.code, rep.Findings)
	}
	// Adding everything again changes nothing.
	r = runCmd(t, "", "index", "add", "--index", arch, arrivals)
	if !strings.Contains(r.stdout, "0 added, 0 replaced, 3 unchanged") {
		t.Errorf("re-adding: %s", r.stdout)
	}
}

// TestIndexInUse checks that a second user of an index gets a clear error
// and exit code 2 instead of a corrupted index.
func TestIndexInUse(t *testing.T) {
	arch := filepath.Join(t.TempDir(), "archive")
	ix, err := index.Open(arch, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	r := runCmd(t, "", "check", "-q", "--index", arch, seeds())
	if r.code != exitInput || !strings.Contains(r.stderr, "is in use by another crosscheck process") {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
}

func countIndex(t *testing.T, dir string) int {
	t.Helper()
	ix, err := index.Open(dir, index.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	n, err := ix.Count()
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestRulesLint(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("version: 1\ntaxonomy:\n  - id: medic\n    is: [no-such-category]\n    wordz: [medics]\n"), 0o644)
	r := runCmd(t, "", "rules", "lint", bad)
	if r.code != exitInput {
		t.Fatalf("exit %d, want 2", r.code)
	}
	for _, want := range []string{bad + ":4:", bad + ":5:"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("lint output lacks %q:\n%s", want, r.stdout)
		}
	}
	if r := runCmd(t, "", "rules", "lint"); r.code != exitOK {
		t.Errorf("the built-in rulebook does not lint clean: %s", r.stdout)
	}
	// check refuses an invalid rulebook with the same messages.
	r = runCmd(t, "", "check", "--rules", bad, seeds())
	if r.code != exitInput || !strings.Contains(r.stderr, bad+":4:") {
		t.Errorf("check with a bad rulebook: exit %d, %s", r.code, r.stderr)
	}
}

func TestExplain(t *testing.T) {
	r := runCmd(t, "", "check", "-q", "--format", "json", seeds())
	rep := decodeReport(t, r.stdout)
	var id string
	for _, f := range rep.Findings {
		if f.Rule == "casualty-victims-mismatch" {
			id = f.ID
		}
	}
	if id == "" {
		t.Fatal("no casualty-victims-mismatch finding on the seeds")
	}
	r = runCmd(t, "", "explain", id[:8], seeds())
	if r.code != exitOK {
		t.Fatalf("explain: exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"casualty-victims-mismatch", "victims-disjoint", "taxonomy:military", "killed 26 civilians", "rule:casualty"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("explanation lacks %q:\n%s", want, r.stdout)
		}
	}
}

// TestGolden compares the text and JSON reports on the seeds with golden
// files; -update rewrites them.
func TestGolden(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	t.Setenv("COLUMNS", "")
	for _, format := range []string{"text", "json", "markdown"} {
		r := runCmd(t, "", "check", "-q", "--format", format, seeds())
		golden := filepath.Join("testdata", "seeds."+format+".golden")
		if *update {
			os.MkdirAll("testdata", 0o755)
			if err := os.WriteFile(golden, []byte(r.stdout), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./cmd/crosscheck -update)", err)
		}
		if r.stdout != string(want) {
			t.Errorf("%s report differs from %s (run go test ./cmd/crosscheck -update and review the diff)", format, golden)
		}
	}
}

func TestClaimsCommand(t *testing.T) {
	r := runCmd(t, "", "claims", "--format", "json", filepath.Join(seeds(), "002_088fb9d32eae0aae.txt"))
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var out []struct {
		Claims []claims.Claim `json:"claims"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, c := range out[0].Claims {
		kinds[string(c.Kind)]++
	}
	for _, k := range []string{"casualty", "date", "role", "attribution", "quote"} {
		if kinds[k] == 0 {
			t.Errorf("no %s claim extracted from seed 002: %v", k, kinds)
		}
	}
	r = runCmd(t, "", "claims", filepath.Join(seeds(), "002_088fb9d32eae0aae.txt"))
	if !strings.Contains(r.stdout, "killed 26 civilians") {
		t.Errorf("text claims output lacks the casualty claim:\n%s", r.stdout)
	}
}
