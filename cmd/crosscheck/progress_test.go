package main

import (
	"bytes"
	"testing"

	"github.com/newsdesk/crosscheck"
)

// TestProgressOnlyOnATerminal checks that the progress bar writes nothing
// when standard error is not a terminal (a pipe, a CI log, a file).
func TestProgressOnlyOnATerminal(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(&buf, false)
	for i := 0; i <= 100; i++ {
		p.update(crosscheck.Progress{Stage: "extract", Done: i, Total: 100, Claims: i * 3})
	}
	p.finish()
	if buf.Len() != 0 {
		t.Errorf("progress written to a non-terminal: %q", buf.String())
	}
	r := runCmd(t, "", "check", "--format", "json", seeds())
	if bytes.Contains([]byte(r.stderr), []byte("extract")) {
		t.Errorf("progress on a captured standard error: %q", r.stderr)
	}
}
