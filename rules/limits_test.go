package rules

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// hostile decodes data as a layer, failing the test if it takes long.
func hostile(t *testing.T, data []byte) ErrorList {
	t.Helper()
	start := time.Now()
	_, errs := decodeLayer("hostile.yaml", data)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
	return errs
}

func wantOne(t *testing.T, errs ErrorList, want string) {
	t.Helper()
	if len(errs) != 1 || errs[0].Error() != want {
		t.Fatalf("got %v\nwant %s", errs, want)
	}
}

func TestRefuseBigFile(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("lexicons:\n  hedges:\n")
	for b.Len() <= MaxFileSize {
		b.WriteString("    - reportedly\n")
	}
	wantOne(t, hostile(t, b.Bytes()), fmt.Sprintf("hostile.yaml:1:1: file is 4.1 MiB (%d bytes); the limit is 4 MiB", b.Len()))

	// From disk, the size is checked before the file is read.
	f := filepath.Join(t.TempDir(), "big.yaml")
	if err := os.WriteFile(f, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := LoadFiles(f)
	if err == nil || !strings.HasSuffix(err.Error(), fmt.Sprintf("big.yaml: file is 4.1 MiB (%d bytes); the limit is 4 MiB", b.Len())) {
		t.Fatalf("err = %v", err)
	}
}

func TestRefuseDeepNesting(t *testing.T) {
	for _, data := range []string{
		"hedges: " + strings.Repeat("[", 65) + strings.Repeat("]", 65),
		// Far past yaml.v3's own limit of 10000.
		"hedges: " + strings.Repeat("[", 20000) + strings.Repeat("]", 20000),
		"x: " + strings.Repeat("{a: ", 100) + "1" + strings.Repeat("}", 100),
	} {
		errs := hostile(t, []byte(data))
		if len(errs) != 1 || !strings.Contains(errs[0].Msg, "nesting is deeper than 64 levels") {
			t.Errorf("%.20s...: got %v", data, errs)
		}
	}
	// 64 levels are fine as far as the limit goes (the type is wrong).
	errs := hostile(t, []byte("lexicons:\n  hedges: "+strings.Repeat("[", 62)+strings.Repeat("]", 62)))
	if len(errs) != 1 || errs[0].Msg != `hedges[0]: expected a string, found a list` {
		t.Errorf("got %v", errs)
	}
}

func TestRefuseDeepNestingThroughAliases(t *testing.T) {
	// Each alias adds a level: depth grows only after expansion.
	var b strings.Builder
	b.WriteString("a0: &a0 [x]\n")
	for i := 1; i <= 70; i++ {
		fmt.Fprintf(&b, "a%d: &a%d [*a%d]\n", i, i, i-1)
	}
	errs := hostile(t, []byte(b.String()))
	wantOne(t, errs, "hostile.yaml:71:12: nesting is deeper than 64 levels")
}

func TestRefuseBillionLaughs(t *testing.T) {
	data, err := os.ReadFile("testdata/bad/laughs.yaml")
	if err != nil {
		t.Fatal(err)
	}
	wantOne(t, hostile(t, data), "hostile.yaml:1:1: file expands to more than 1048576 YAML nodes once aliases are expanded (an alias bomb?)")

	// A wider, deeper bomb: 100^5 nodes.
	var b strings.Builder
	b.WriteString("l0: &l0 [" + strings.Repeat("lol, ", 99) + "lol]\n")
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(&b, "l%d: &l%d [%s*l%d]\n", i, i, strings.Repeat(fmt.Sprintf("*l%d, ", i-1), 99), i-1)
	}
	errs := hostile(t, []byte(b.String()))
	if len(errs) != 1 || !strings.Contains(errs[0].Msg, "alias bomb") {
		t.Fatalf("got %v", errs)
	}
}

func TestAliasesWithinLimits(t *testing.T) {
	data := `version: 1
lexicons:
  hedges: &h [reportedly, allegedly]
  speech: *h
`
	l, errs := decodeLayer("ok.yaml", []byte(data))
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	if got := strings.Join(l.rb.Lexicons.Speech, ","); got != "reportedly,allegedly" {
		t.Errorf("speech = %s", got)
	}
}

func TestRecursiveAlias(t *testing.T) {
	// yaml.v3 or the shape check must refuse it; it must not hang.
	errs := hostile(t, []byte("a: &a [*a]\n"))
	if len(errs) != 1 {
		t.Fatalf("got %v", errs)
	}
}

func TestGarbage(t *testing.T) {
	for _, data := range []string{
		"\x00\x01\x02",
		"{",
		"- a\n- b\n",
		"just a string",
		"version: 1\n\tbad: tab\n",
		"? [a, b]\n: c\n",
		"version: !!binary aGVsbG8=\n",
		"taxonomy:\n  - id: a\n    id: b\n",
	} {
		if errs := hostile(t, []byte(data)); len(errs) == 0 {
			t.Errorf("%q: no problem reported", data)
		}
	}
}

// FuzzDecodeLayer checks that no input crashes or hangs the loader.
func FuzzDecodeLayer(f *testing.F) {
	files, _ := filepath.Glob("testdata/*/*.yaml")
	files = append(files, "testdata/base.yaml")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		l, errs := decodeLayer("fuzz.yaml", data)
		if l == nil {
			t.Fatal("nil layer")
		}
		for _, e := range errs {
			if e.File != "fuzz.yaml" || e.Msg == "" {
				t.Fatalf("bad problem %#v", e)
			}
		}
		rb, src, _ := merge([]*layer{l})
		var b bytes.Buffer
		if err := Dump(&b, rb, src); err != nil {
			t.Fatal(err)
		}
	})
}
