package main

import (
	"os"
	"strings"
	"testing"
)

// TestColorFlag checks --color: always colours a report that is not on a
// terminal, never and auto (off a terminal) do not, and a bad value is bad
// usage.
func TestColorFlag(t *testing.T) {
	t.Setenv("NO_COLOR", "")
	for _, tc := range []struct {
		mode  string
		color bool
	}{{"always", true}, {"never", false}, {"auto", false}} {
		r := runCmd(t, "", "check", "-q", "--color", tc.mode, seeds())
		if got := strings.Contains(r.stdout, "\x1b["); got != tc.color {
			t.Errorf("--color %s: colour %v, want %v", tc.mode, got, tc.color)
		}
	}
	t.Setenv("CROSSCHECK_COLOR", "always")
	if r := runCmd(t, "", "check", "-q", seeds()); !strings.Contains(r.stdout, "\x1b[") {
		t.Error("CROSSCHECK_COLOR=always does not colour the report")
	}
	t.Setenv("CROSSCHECK_COLOR", "")
	if r := runCmd(t, "", "check", "-q", "--color", "sometimes", seeds()); r.code != exitInput || !strings.Contains(r.stderr, "--color") {
		t.Errorf("--color sometimes: exit %d, %q", r.code, r.stderr)
	}
}

func TestColorWanted(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	t.Setenv("NO_COLOR", "")
	if colorWanted(colorAuto, f) {
		t.Error("a regular file wants colour")
	}
	if !colorWanted(colorAlways, f) {
		t.Error("--color always does not colour a file")
	}
	t.Setenv("NO_COLOR", "1")
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		defer tty.Close()
		if colorWanted(colorAuto, tty) {
			t.Error("NO_COLOR=1 does not turn colour off on a terminal")
		}
	}
}

// TestColumns checks that the text report follows COLUMNS, and keeps 100
// columns when it is unset and the output is not a terminal.
func TestColumns(t *testing.T) {
	longest := func() int {
		r := runCmd(t, "", "check", "-q", "--color", "never", seeds())
		n := 0
		lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
		for _, l := range lines[:len(lines)-1] { // the summary line is not wrapped
			n = max(n, len([]rune(l)))
		}
		return n
	}
	t.Setenv("COLUMNS", "")
	if n := longest(); n > 100 || n < 90 {
		t.Errorf("without COLUMNS: longest line %d columns, want about 100", n)
	}
	t.Setenv("COLUMNS", "72")
	if n := longest(); n > 72 || n < 62 {
		t.Errorf("COLUMNS=72: longest line %d columns", n)
	}
}
