package index

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsdesk/crosscheck/claims"
)

// crashEnv names the index directory a re-executed test binary writes to
// until it is killed.
const crashEnv = "CROSSCHECK_INDEX_CRASH_DIR"

// crashArticles is how many articles each round of the writer rewrites.
const crashArticles = 1500

// crashDoc is version v of article i: hash "v<v>", 2+v%5 claims, each
// carrying its version in its text, so a reader can tell a mixed article.
func crashDoc(i, v int) Doc {
	id := fmt.Sprintf("c%04d", i)
	a := art(id, "v"+strconv.Itoa(v), "Shooting report "+id, fmt.Sprintf("Report %d of Crash Town shooting, version %d.", i, v))
	var cs []claims.Claim
	for k := 0; k < 2+v%5; k++ {
		c := casualty(id, k, "shooting", "crash town")
		c.ID = fmt.Sprintf("%s#%d", id, k)
		c.Text = "v" + strconv.Itoa(v)
		cs = append(cs, c)
	}
	return Doc{Article: a, Claims: cs}
}

// TestMain lets the crash test re-execute this binary as the writer.
func TestMain(m *testing.M) {
	if dir := os.Getenv(crashEnv); dir != "" {
		crashWriter(dir)
		return
	}
	os.Exit(m.Run())
}

// crashWriter rewrites all articles with a new version per round, forever,
// and reports each finished round on stdout.
func crashWriter(dir string) {
	ix, err := Open(dir, Options{})
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	for v := 1; ; v++ {
		docs := make([]Doc, crashArticles)
		for i := range docs {
			docs[i] = crashDoc(i, v)
		}
		if _, err := ix.Add(context.Background(), docs); err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		fmt.Println("round", v)
	}
}

// TestKillMidAdd kills a writer with SIGKILL in the middle of Add and
// checks that the reopened index holds every article whole: its claims all
// from the version of its stored hash, and as many as that version has.
func TestKillMidAdd(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	dir := filepath.Join(t.TempDir(), "ix")
	for trial := 0; trial < 3; trial++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashEnv+"="+dir)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(out)
		// Let it finish a round or two, then kill it at an arbitrary point
		// of the next one.
		for rounds := 0; rounds < 1+trial%2 && sc.Scan(); {
			if strings.HasPrefix(sc.Text(), "error") {
				t.Fatal(sc.Text())
			}
			rounds++
		}
		time.Sleep(time.Duration(20+trial*37) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()

		ix, err := Open(dir, Options{})
		if err != nil {
			t.Fatalf("reopen after kill: %v", err)
		}
		ids := make([]string, crashArticles)
		for i := range ids {
			ids[i] = fmt.Sprintf("c%04d", i)
		}
		docs, err := ix.Load(ids)
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) != crashArticles {
			t.Fatalf("trial %d: %d articles after kill, want %d", trial, len(docs), crashArticles)
		}
		versions := map[string]int{}
		for _, d := range docs {
			v, _ := strconv.Atoi(strings.TrimPrefix(d.Article.Hash, "v"))
			versions[d.Article.Hash]++
			if len(d.Claims) != 2+v%5 {
				t.Fatalf("trial %d: %s version %d has %d claims, want %d", trial, d.Article.ID, v, len(d.Claims), 2+v%5)
			}
			for _, c := range d.Claims {
				if c.Text != d.Article.Hash {
					t.Fatalf("trial %d: %s version %d holds claim %s of %s", trial, d.Article.ID, v, c.ID, c.Text)
				}
			}
		}
		if n, _ := ix.Count(); n != crashArticles {
			t.Fatalf("trial %d: count %d", trial, n)
		}
		t.Logf("trial %d: versions after kill %v", trial, versions)
		ix.Close()
	}
}

// TestLockAcrossProcesses runs a writer in another process and checks that
// this process gets a clear "in use" error naming it, that an open with
// Wait blocks until the writer is gone, and that the index is whole then.
func TestLockAcrossProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	dir := filepath.Join(t.TempDir(), "ix")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), crashEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	sc := bufio.NewScanner(out)
	if !sc.Scan() || !strings.HasPrefix(sc.Text(), "round") {
		t.Fatalf("writer: %q", sc.Text())
	}
	_, err = Open(dir, Options{})
	want := fmt.Sprintf("index %s is in use by another crosscheck process (pid %d)", dir, cmd.Process.Pid)
	if err == nil || err.Error() != want || !errors.Is(err, ErrInUse) {
		t.Fatalf("open beside another process: %v, want %q", err, want)
	}
	done := make(chan error, 1)
	go func() {
		ix, err := Open(dir, Options{Wait: true})
		if err == nil {
			var n int
			n, err = ix.Count()
			if err == nil && n != crashArticles {
				err = fmt.Errorf("%d articles after the writer died, want %d", n, crashArticles)
			}
			ix.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		t.Fatalf("waiting open returned while the writer lives: %v", err)
	case <-time.After(300 * time.Millisecond):
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("waiting open never got the index")
	}
}
