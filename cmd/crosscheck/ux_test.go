package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsdesk/crosscheck/index"
)

// writeFiles writes name -> content files under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestConfigFileUnknownKey checks that a misspelt key in .crosscheck.yaml
// is an error naming file:line, exit 2, with the key meant.
func TestConfigFileUnknownKey(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{".crosscheck.yaml": "fail-on: error\nfromat: json\n"})
	t.Chdir(dir)
	r := runCmd(t, "", "check", "-q", seeds())
	want := filepath.Join(dir, ".crosscheck.yaml") + `:2:1: unknown key "fromat" (did you mean "format"?)`
	if r.code != exitInput || !strings.Contains(r.stderr, want) {
		t.Errorf("exit %d, stderr %q; want 2 and %q", r.code, r.stderr, want)
	}
}

// TestSettingSource checks that a bad value is reported with where it was
// set: the flag, the environment variable or the file and line.
func TestSettingSource(t *testing.T) {
	dir := t.TempDir()
	abs, _ := filepath.Abs(seeds())
	writeFiles(t, dir, map[string]string{".crosscheck.yaml": "# desk settings\nfail-on: eror\n"})
	t.Chdir(dir)
	for _, tc := range []struct {
		env  string
		args []string
		want string
	}{
		{"", nil, filepath.Join(dir, ".crosscheck.yaml") + `:2: fail-on "eror": want info, warning, error or none`},
		{"bogus", nil, `CROSSCHECK_FAIL_ON="bogus": want info, warning, error or none`},
		{"bogus", []string{"--fail-on", "fatal"}, `--fail-on "fatal": want info, warning, error or none`},
	} {
		t.Setenv("CROSSCHECK_FAIL_ON", tc.env)
		r := runCmd(t, "", append(append([]string{"check", "-q"}, tc.args...), abs)...)
		if r.code != exitInput || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("CROSSCHECK_FAIL_ON=%q %v: exit %d, stderr %q; want 2 and %q", tc.env, tc.args, r.code, r.stderr, tc.want)
		}
	}
}

// TestOutToMissingFolder checks that a report that cannot be written is bad
// usage naming the path asked for, found before the run.
func TestOutToMissingFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "x.json")
	r := runCmd(t, "", "check", "-q", "--out", "json="+path, seeds())
	if r.code != exitInput || !strings.Contains(r.stderr, "--out \"json="+path+"\": cannot write "+path) || strings.Contains(r.stderr, ".crosscheck-report") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestNoArticles checks that a folder without articles is bad input, and
// that files of other types are counted in one message.
func TestNoArticles(t *testing.T) {
	empty := t.TempDir()
	r := runCmd(t, "", "check", "-q", empty)
	if r.code != exitInput || !strings.Contains(r.stderr, "no articles found in "+empty) {
		t.Errorf("empty folder: exit %d, stderr %q", r.code, r.stderr)
	}
	dir := t.TempDir()
	good, _ := os.ReadFile(filepath.Join(seeds(), "000_a820a5e0c21eb88f.txt"))
	writeFiles(t, dir, map[string]string{"a.txt": string(good), "memo.doc": "x", "scan.pdf": "x", "sub/b.pdf": "x", ".hidden.doc": "x"})
	r = runCmd(t, "", "check", "-q", "--format", "json", dir)
	if r.code != exitOK {
		t.Errorf("exit %d: %s", r.code, r.stderr)
	}
	const want = "skipped 3 files that are not articles: .doc, .pdf"
	if !strings.Contains(r.stderr, want) {
		t.Errorf("stderr %q lacks %q", r.stderr, want)
	}
	if rep := decodeReport(t, r.stdout); len(rep.Skipped) != 1 || rep.Skipped[0] != want {
		t.Errorf("skipped %q", rep.Skipped)
	}
}

// TestInputAfterFindings checks that the text report lists the input's
// errors and what was skipped after its findings, counted, and that standard error
// gets them only after the report.
func TestInputAfterFindings(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"000_a820a5e0c21eb88f.txt", "003_664e613bfae1bd6e.txt"} {
		data, _ := os.ReadFile(filepath.Join(seeds(), name))
		writeFiles(t, dir, map[string]string{name: string(data)})
	}
	writeFiles(t, dir, map[string]string{"broken.json": `{"id": `, "notes.pdf": "x"})
	r := runCmd(t, "", "check", "-q", "--color", "never", dir)
	out := r.stdout
	errs, skippedAt, findings := strings.Index(out, "Input errors (1)\n"), strings.Index(out, "Skipped (1)\n"), strings.Index(out, "  info ")
	if findings < 0 || errs < findings || skippedAt < errs {
		t.Errorf("findings at %d, input errors at %d, skipped at %d:\n%s", findings, errs, skippedAt, out)
	}
	if !strings.Contains(r.stderr, "broken.json") || r.code != exitInput {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestWriteBaseline checks that writing a baseline says what it wrote,
// exits 0 and keeps the reasons of entries that were already there.
func TestWriteBaseline(t *testing.T) {
	base := filepath.Join(t.TempDir(), "accepted.json")
	r := runCmd(t, "", "check", "-q", "--format", "json", "--write-baseline", base, seeds())
	if r.code != exitOK || !strings.Contains(r.stderr, "wrote 8 findings to baseline "+base+"\n") {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	var b struct {
		Findings []struct{ ID, Reason string }
	}
	data, _ := os.ReadFile(base)
	if err := json.Unmarshal(data, &b); err != nil || len(b.Findings) != 8 {
		t.Fatalf("baseline %s: %v", data, err)
	}
	// An editor explains one entry; rewriting keeps that reason.
	kept := b.Findings[0].ID
	data = bytes.Replace(data, []byte(`"reason": "accepted when the baseline was written"`), []byte(`"reason": "both figures are right: different dates"`), 1)
	os.WriteFile(base, data, 0o644)
	r = runCmd(t, "", "check", "-q", "--format", "json", "--baseline", base, "--write-baseline", base, seeds())
	if r.code != exitOK || !strings.Contains(r.stderr, "(8 kept with their reasons, 0 new, 0 no longer found)") {
		t.Fatalf("rewriting: exit %d, stderr %q", r.code, r.stderr)
	}
	data, _ = os.ReadFile(base)
	json.Unmarshal(data, &b)
	for _, e := range b.Findings {
		if e.ID == kept && e.Reason != "both figures are right: different dates" {
			t.Errorf("the reason of %s became %q", e.ID, e.Reason)
		}
		if strings.HasPrefix(e.Reason, "baseline:") {
			t.Errorf("reason %q of %s", e.Reason, e.ID)
		}
	}
}

// lockedBuffer is a bytes.Buffer safe for a writer and a reader at once.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestWaitSaysWhatItWaitsFor checks that --wait says, once, which index it
// waits for, and goes on when the index is free.
func TestWaitSaysWhatItWaitsFor(t *testing.T) {
	arch := filepath.Join(t.TempDir(), "archive")
	ix, err := index.Open(arch, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out, errb lockedBuffer
	done := make(chan int)
	go func() {
		done <- newApp(strings.NewReader(""), &out, &errb).run([]string{"check", "-q", "--format", "json", "--wait", "--index", arch, seeds()})
	}()
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(errb.String(), "waiting") && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	msg := errb.String()
	ix.Close()
	code := <-done
	if !strings.Contains(msg, "index "+arch+" is in use by another crosscheck process") || !strings.Contains(msg, "waiting until it is free") {
		t.Errorf("stderr while waiting: %q", msg)
	}
	if strings.Count(errb.String(), "waiting") != 1 || code != exitFindings {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
}

// TestRulesTestAsDocumented runs the README's rule-test command as written:
// each folder names its own layer, and naming it again changes nothing.
func TestRulesTestAsDocumented(t *testing.T) {
	tests := filepath.Join("..", "..", "examples", "health-desk", "tests")
	for _, args := range [][]string{
		{"rules", "test", tests},
		{"rules", "test", "--rules", filepath.Join("..", "..", "examples", "health-desk", "rules.yaml"), tests},
	} {
		r := runCmd(t, "", args...)
		if r.code != exitOK || !strings.Contains(r.stdout, "PASS ") || strings.Contains(r.stdout, "FAIL") {
			t.Errorf("%v: exit %d\n%s%s", args, r.code, r.stdout, r.stderr)
		}
	}
}

// TestOneOffsetShape checks that check and claims give offsets the same
// way: span {start, end} (and check keeps its flat start and end).
func TestOneOffsetShape(t *testing.T) {
	type spanned struct {
		Kind  string         `json:"kind"`
		Span  map[string]int `json:"span"`
		Start *int           `json:"start"`
	}
	r := runCmd(t, "", "check", "-q", "--format", "json", seeds())
	var rep struct {
		Findings []struct {
			Claims []spanned `json:"claims"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil || len(rep.Findings) == 0 {
		t.Fatalf("check: %v", err)
	}
	for _, f := range rep.Findings {
		for _, c := range f.Claims {
			if c.Span == nil || c.Span["end"] < c.Span["start"] || c.Start == nil || *c.Start != c.Span["start"] {
				t.Fatalf("check: claim offsets %+v", c)
			}
		}
	}
	r = runCmd(t, "", "claims", "--format", "json", filepath.Join(seeds(), "002_088fb9d32eae0aae.txt"))
	var arts []struct {
		Claims []spanned `json:"claims"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &arts); err != nil || len(arts) != 1 || len(arts[0].Claims) == 0 {
		t.Fatalf("claims: %v", err)
	}
	for _, c := range arts[0].Claims {
		if c.Span["end"] <= c.Span["start"] || c.Kind == "" {
			t.Fatalf("claims: claim offsets %+v", c)
		}
	}
}

// TestInvalidRulebookChecksNothing checks what the exit-code table says:
// with an invalid rulebook no article is checked.
func TestInvalidRulebookChecksNothing(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	writeFiles(t, filepath.Dir(bad), map[string]string{"bad.yaml": "version: 1\nfindings:\n  - {id: x, kind: count, when: value-disjoint, severity: fatal}\n"})
	r := runCmd(t, "", "check", "--format", "json", "--rules", bad, seeds())
	if r.code != exitInput || r.stdout != "" {
		t.Errorf("exit %d, stdout %q", r.code, r.stdout)
	}
}
