package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/newsdesk/crosscheck"
	"github.com/newsdesk/crosscheck/article"
)

// TestInterruptedCheck runs check in a cancelled context, as after
// Ctrl-C: it says it was interrupted and exits 130; the index it was
// given opens and checks afterwards.
func TestInterruptedCheck(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "archive")
	if r := runCmd(t, "", "index", "add", "-q", "--index", dir, seeds()); r.code != exitOK {
		t.Fatalf("index add: exit %d\n%s", r.code, r.stderr)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	a := newApp(strings.NewReader(""), &out, &errb)
	a.ctx = ctx
	if code := a.run([]string{"check", "-q", "--index", dir, seeds()}); code != exitInterrupted {
		t.Fatalf("interrupted check: exit %d, want %d\n%s", code, exitInterrupted, errb.String())
	}
	if !strings.Contains(errb.String(), "interrupted") {
		t.Errorf("interrupted check says %q, not that it was interrupted", errb.String())
	}
	if r := runCmd(t, "", "check", "-q", "--index", dir, seeds()); r.code != exitFindings {
		t.Errorf("check after the interrupted one: exit %d, want %d\n%s", r.code, exitFindings, r.stderr)
	}
}

// TestPanicExitsInternal makes the pipeline panic under a command and
// checks that the command reports it, naming the article the pipeline was
// working on, and exits 3, not Go's own 2 (which means bad input here).
func TestPanicExitsInternal(t *testing.T) {
	var out, errb bytes.Buffer
	a := newApp(strings.NewReader(""), &out, &errb)
	root := a.rootCommand()
	root.AddCommand(&cobra.Command{
		Use: "boom",
		RunE: func(c *cobra.Command, args []string) error {
			rb, _, err := a.loadRules(&config{})
			if err != nil {
				return err
			}
			ck, err := crosscheck.NewChecker(rb)
			if err != nil {
				return err
			}
			arts, _ := article.Read([]string{seeds()}, ck.ReadOptions())
			_, err = ck.CheckContext(a.ctx, arts, crosscheck.Options{Workers: 2, Progress: func(p crosscheck.Progress) {
				if p.Stage == crosscheck.StageExtract && p.Done == 1 {
					var m map[string]int
					//lint:ignore SA5000 the test makes a stage panic on purpose
					m["x"]++ // a bug: assignment to a nil map
				}
			}})
			return err
		},
	})
	code := a.execute(root, []string{"boom"})
	if code != exitInternal {
		t.Fatalf("exit %d, want %d\n%s", code, exitInternal, errb.String())
	}
	msg := errb.String()
	for _, want := range []string{"internal error", "while working on article ", "assignment to entry in nil map", "interrupt_test.go"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the report of the panic lacks %q:\n%s", want, msg)
		}
	}
}
